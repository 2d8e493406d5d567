"""vntc-test-XH_VNE_T_-948: Hậu Giang, three months after the province was split its departments, newspaper, women's
union and museum lack offices, staff and housing; the provincial committee's support (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Hậu Giang")
HG = dict(level="province", **P)

ENTS = [
    E("Hậu Giang", "LOC", **HG),
    E("Hậu Giang", "LOC", **HG),
    E("Sở Văn hóa thông tin - thể dục thể thao", "ORG",
      canonical="Sở Văn hóa Thông tin - Thể dục Thể thao tỉnh Hậu Giang", **HG),
    E("UBND tỉnh Hậu Giang", "ORG", **HG),
    E("K.", "PER"),  # "Anh K." (initials, dev14 A d1)
    E("Sở VHTT", "ORG", canonical="Sở Văn hóa Thông tin - Thể dục Thể thao tỉnh Hậu Giang", **HG),
    E("báo Hậu Giang", "ORG", canonical="Báo Hậu Giang", **P),  # dev7 A d9
    E("Hồng Đào", "PER", role="Phó tổng biên tập báo Hậu Giang"),
    E("Hội Liên hiệp phụ nữ tỉnh Hậu Giang", "ORG", **HG),
    E("Bảo tàng Hậu Giang", "ORG", **HG),  # the museum as an institution with its staff (dev16 B d1, dev18 B d2)
    # "phòng bán vé ... của rạp hát thị xã Vị Thanh": the town's unnamed theatre gives only the town (dev7 B d5)
    E("thị xã Vị Thanh", "LOC", level="district", **P),
    E("Hậu Giang", "LOC", **HG),
    E("Cần Thơ", "LOC", level="province", province="Cần Thơ"),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hậu Giang", **HG),
    E("N.K.K.", "PER"),
    E("Nguyễn Minh Thạnh", "PER", role="phó văn phòng UBND tỉnh Hậu Giang"),
    E("văn phòng UBND tỉnh", "ORG", canonical="Văn phòng UBND tỉnh Hậu Giang", **HG),  # test README d8
    # "trung ương hỗ trợ tỉnh" (the central level, rule 20) nothing
]
