"""vntc-test-XH_VNE_T_-770: Thái Nguyên, dozens of karaoke bars breaking the rules in xã Sơn Cẩm (huyện Phú
Lương); the commune's acting chairman and its officer on what the commune has (not) done (local order /
commune administration) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

TN = dict(province="Thái Nguyên")

ENTS = [
    E("Phú Lương", "LOC", level="district", **TN),  # title
    E("xã Sơn Cẩm", "LOC", level="commune", **TN),
    E("huyện Phú Lương", "LOC", level="district", **TN),
    E("Thái Nguyên", "LOC", level="province", **TN),
    E("xóm 8", "LOC", level="village", **TN),  # a numbered hamlet (test README decision 5)
    E("xã Sơn Cẩm", "LOC", level="commune", **TN),
    E("Vũ Thị Hòa", "PER"),
    E("karaoke Phương Nam", "ORG", **TN),  # "hàng karaoke Phương Nam": a named business
    E("quán Phương Nam", "ORG", **TN),  # lower-case head kept (test README decision 7)
    E("Bệnh viện 198", "ORG"),
    E("Hà Nội", "LOC", level="province"),
    E("Hòa", "PER"),
    E("UBND xã Sơn Cẩm", "ORG", level="commune", **TN),
    E("Đặng Văn Sinh", "PER", role="quyền Chủ tịch UBND xã Sơn Cẩm"),
    E("Sơn Cẩm", "LOC", level="commune", **TN),
    E("Sinh", "PER"),
    E("công an huyện", "ORG", canonical="Công an huyện Phú Lương", level="district", **TN),  # dev3 decision 3
    E("Phạm Nguyên Hạnh", "PER", role="cán bộ phụ trách xã Sơn Cẩm"),
    E("xã Sơn Cẩm", "LOC", level="commune", **TN),
    E("Sơn Cẩm", "LOC", level="commune", **TN),
]
