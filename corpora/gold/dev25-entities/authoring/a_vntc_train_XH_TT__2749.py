"""vntc-train-XH_TT_-2749: TP Hồ Chí Minh, the city committee's leaders answer investors on land clearance,
land-use fees and procedures for housing projects (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
DUA = "Phó Chủ tịch UBND TP Hồ Chí Minh"
ND198 = dict(type="Nghị định", number="198")
LDD = dict(type="Luật", canonical="Luật Đất đai")

ENTS = [
    # title; "Chính quyền" (the authorities) nothing
    E("TP.HCM", "LOC", level="province", **P),
    E("UBND TP.HCM", "ORG", **UB),
    E("Lê Thanh Hải", "PER", role="Chủ tịch UBND TP Hồ Chí Minh"),
    E("UBND TP", "ORG", **UB),  # as dev20's "UBND TP" (dev5 d4: "TP" alone is nothing)
    E("Nguyễn Văn Đua", "PER", role=DUA),
    # subheading "Không hồi tố nếu bất lợi cho doanh nghiệp": no entity
    E("UBND TP", "ORG", **UB),
    E("Nguyễn Văn Đua", "PER", role=DUA),
    # “TP sẽ tiếp sức …”, "TP sẽ ra quyết định": "TP" alone, nothing
    E("Đua", "PER", ctx="Theo ông Đua"),
    E("Đua", "PER", ctx="ông Đua đề nghị"),
    E("Nguyễn Đình Tấn", "PER", role="Phó Cục trưởng Cục Thuế TP Hồ Chí Minh"),
    E("Cục Thuế TP.HCM", "ORG", canonical="Cục Thuế TP Hồ Chí Minh", level="province", **P),
    # subheading "Chỉ được chậm nộp tiền SDĐ …": "SDĐ" (sử dụng đất) is no entity
    E("Sở Tài nguyên - môi trường", "ORG", canonical="Sở Tài nguyên và Môi trường TP Hồ Chí Minh",
      level="province", **P),
    E("nghị định 198", "DOC", **ND198),  # lower-case, as dev's "nghị định 22"
    E("Luật đất đai", "DOC", **LDD),
    E("nghị định 198", "DOC", **ND198),
    E("Bộ Tài chính", "ORG", canonical="Bộ Tài chính", level="national"),
    # "thẩm quyền giải quyết của TP.": "TP" alone, nothing
]
