"""vntc-test-XH_VNE_T_-4796: Nam Định, a former commune chairman of xã Nam Phong leaves overpriced works and
4 billion đồng of debts; water-plant contributions kept off the books by the commune's finance officials
(commune finances / cadre conduct) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

NP = dict(level="commune", province="Nam Định")

ENTS = [
    E("trường THCS Nam Phong", "ORG", level="commune", province="Nam Định"),
    E("xã Nam Phong", "LOC", **NP),
    E("Nam Định", "LOC", level="district", province="Nam Định"),  # the city (xã Nam Phong belongs to it)
    E("Phạm Văn Tuấn", "PER", role="cựu chủ tịch xã"),
    E("UBND phường Cửa Nam", "ORG", **NP),
    E("Nam Định", "LOC", level="district", province="Nam Định"),
    E("Tuấn", "PER"),
    E("Tuấn", "PER"),
    E("xã Nam Phong", "LOC", **NP),
    E("Đỗ Hữu Lâm", "PER", role="Phó Ban tài chính xã"),
    E("Ban tài chính xã", "ORG", canonical="Ban tài chính xã Nam Phong", **NP),  # "Phó Ban …" (rule 23)
    E("UBND xã", "ORG", canonical="Ủy ban nhân dân xã Nam Phong", **NP),
    E("Tuấn", "PER"),
    E("Tuấn", "PER"),
    E("phường Cửa Nam", "LOC", **NP),  # "Chủ tịch phường Cửa Nam" (dev3 decision 4)
    E("Tuấn", "PER"),
    E("kho bạc Nhà nước thành phố Nam Định", "ORG", level="district", province="Nam Định"),  # lower-case head, one body
    E("Vĩnh", "PER"),
    E("Lâm", "PER"),
    E("Phạm Văn Tuấn", "PER"),
    E("xã Nam Phong", "LOC", **NP),
    E("Lâm", "PER"),
    E("Vĩnh", "PER"),
    E("Đảng ủy xã", "ORG", canonical="Đảng ủy xã Nam Phong", **NP),  # "Bí thư Đảng ủy xã" (rule 24)
    E("Lâm", "PER"),
    E("Lâm", "PER"),
    E("Lâm", "PER"),
    E("Lâm", "PER"),
]
