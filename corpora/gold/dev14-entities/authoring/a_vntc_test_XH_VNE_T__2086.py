"""vntc-test-XH_VNE_T_-2086: Long An, villagers of Long Cang (Cần Đước) build houses overnight to claim compensation on
land planned for an industrial park; the commune and the project board respond (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("ấp 3", "LOC", level="village"),
    E("ấp 4", "LOC", level="village"),
    E("xã Long Cang", "LOC", level="commune"),
    E("huyện Cần Đước", "LOC", level="district"),
    E("Long An", "LOC", level="province"),
    E("Lưu Văn Nghĩa", "PER"),
    E("Ban quản lý dự án đầu tư cơ sở hạ tầng", "ORG"),
    E("xã Long Cang", "LOC", level="commune"),
    E("ấp 3", "LOC", level="village"),
    E("4", "LOC", ctx=", 4 - khu", level="village", canonical="ấp 4"),  # elliptical conjunct (rule 21)
    E("ấp 3", "LOC", level="village"),
    E("Long Cang", "LOC", level="commune"),
    E("N.T.T.", "PER"),  # a man named by his initials
    E("TP HCM", "LOC", level="province"),
    E("Phan Văn Việt", "PER", role="Phó chủ tịch UBND xã Long Cang"),
    E("UBND xã Long Cang", "ORG", level="commune"),
    E("UBND huyện", "ORG", level="district", canonical="Ủy ban nhân dân huyện Cần Đước"),
    E("UBND tỉnh", "ORG", level="province", canonical="Ủy ban nhân dân tỉnh Long An"),
    E("UBND xã", "ORG", level="commune", canonical="Ủy ban nhân dân xã Long Cang"),
    E("Phan Văn Việt", "PER"),
    E("xã Long Định", "LOC", level="commune"),
    E("UBND tỉnh", "ORG", level="province", canonical="Ủy ban nhân dân tỉnh Long An"),
    E("Long Cang", "LOC", level="commune"),
    E("Ban quản lý dự án", "ORG", canonical="Ban quản lý dự án đầu tư cơ sở hạ tầng"),
    E("nghị định 22", "DOC", type="Nghị định", number="22", issuer="Chính phủ"),
    E("Chính phủ", "ORG", level="national"),
]
