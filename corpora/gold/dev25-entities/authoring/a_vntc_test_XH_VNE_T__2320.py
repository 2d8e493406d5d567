"""vntc-test-XH_VNE_T_-2320: TP Hồ Chí Minh, the city vice-chairman postpones devolving temporary building permits to
communes and wards and orders the construction and planning departments to draw up a roadmap (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
SXD = dict(canonical="Sở Xây dựng TP Hồ Chí Minh", level="province", **P)
D = dict(level="district", **P)

ENTS = [
    E("TP HCM", "LOC", canonical="TP Hồ Chí Minh", level="province", **P),
    # "phòng quản lý đô thị các quận huyện" (a class) gives nothing (rule 20)
    E("UBND TP HCM", "ORG", **UB),
    E("Nguyễn Thiện Nhân", "PER", role="Phó chủ tịch UBND TP HCM"),
    # "Quyết định này" (anaphoric, rule 33) gives nothing
    E("UBND thành phố", "ORG", **UB),
    E("Sở Xây dựng", "ORG", **SXD),
    E("Sở Quy hoạch Kiến trúc", "ORG", canonical="Sở Quy hoạch - Kiến trúc TP Hồ Chí Minh", level="province", **P),
    E("Ban cải cách hành chính thành phố", "ORG",
      canonical="Ban Cải cách hành chính TP Hồ Chí Minh", level="province", **P),
    E("Sở Xây dựng", "ORG", **SXD),
    # "ở quận 3, 11 và Bình Thạnh": elliptical coordination, each conjunct a LOC (rule 21)
    E("quận 3", "LOC", **D),
    E("11", "LOC", canonical="quận 11", **D),
    E("Bình Thạnh", "LOC", canonical="quận Bình Thạnh", **D),
    E("Phòng quản lý đô thị quận 11", "ORG", canonical="Phòng Quản lý đô thị quận 11", **D),
    E("quận 11", "LOC", **D),
    E("Quận 11", "LOC", canonical="quận 11", **D),  # "Quận 11 đề nghị" (rule 29)
    E("quận 3", "LOC", **D),
    E("Nguyễn Thiện Nhân", "PER", role="Phó chủ tịch"),
]
