"""vntc-test-XH_VNE_T_-1438: Hà Nội, the city vice-chairman orders the key-projects management board and Đống Đa
district to speed up site clearance for the Ngã Tư Sở flyover and the Ngã Tư Vọng underpass (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Hà Nội")
UB = dict(canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **P)
BQL = dict(canonical="Ban Quản lý các dự án trọng điểm thành phố Hà Nội", level="province", **P)
NTS = dict(type="intersection", **P)

ENTS = [
    E("Hà Nội", "LOC", level="province", **P),  # title
    E("nút Ngã Tư Sở", "LOC", **NTS),
    E("UBND thành phố", "ORG", **UB),
    E("Lê Quý Đôn", "PER", role="Phó chủ tịch UBND thành phố"),
    E("Ban Quản lý các dự án trọng điểm", "ORG", **BQL),
    # "dự án xây dựng cầu vượt Ngã Tư Sở": the project gives nothing, the flyover named inside it is a LOC
    E("cầu vượt Ngã Tư Sở", "LOC", type="bridge", **P),
    E("nút Ngã Tư Sở", "LOC", **NTS),
    E("Làng quốc tế Thăng Long", "LOC", type="residential_zone", **P),
    E("UBND thành phố", "ORG", **UB),
    E("Ban quản lý dự án", "ORG", **BQL),  # the same board, fixed by its context (rule 19)
    E("UBND quận Đống Đa", "ORG", canonical="Ủy ban nhân dân quận Đống Đa", level="district", **P),
    E("Hội đồng giải phóng mặt bằng quận Đống Đa", "ORG", level="district", **P),
    # "Thành phố cũng chỉ đạo" (capitalised reference) gives nothing (rule 20)
    E("Ban quản lý các dự án trọng điểm", "ORG", **BQL),
    E("phường Phương Liệt", "LOC", level="commune", **P),
    E("quận Thanh Xuân", "LOC", level="district", **P),
    E("cầu vượt Ngã Tư Vọng", "LOC", type="bridge", **P),
    E("đường Giải Phóng", "LOC", type="road", **P),
    E("đường Trường Chinh", "LOC", type="road", **P),
]
