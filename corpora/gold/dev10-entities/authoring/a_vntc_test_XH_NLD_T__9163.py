"""vntc-test-XH_NLD_T_-9163: Vĩnh Phúc, the local party committees found party cells in foreign-invested enterprises
(party building) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Vĩnh Phúc", "LOC"),  # title
    E("Đảng", "ORG"),  # "phát triển Đảng" (rule 25)
    E("Vĩnh Phúc", "LOC"),
    E("Đảng", "ORG"),
    E("Đảng", "ORG"),  # "tổ chức cơ sở Đảng"
    E("tỉnh Vĩnh Phúc", "LOC"),
    E("Đảng", "ORG"),  # "phấn đấu vào Đảng"
    E("Đảng", "ORG"),  # "sinh hoạt Đảng"
    E("Đảng", "ORG"),
    E("Đảng", "ORG"),  # "tổ chức Đảng"
    E("Đảng", "ORG"),  # "các cấp ủy Đảng địa phương"
    E("Đảng", "ORG"),  # "tổ chức Đảng"
    E("Đảng", "ORG"),  # "xây dựng Đảng"
    E("Đảng", "ORG"),  # "thành lập tổ chức Đảng"
    E("Đảng", "ORG"),  # "sinh hoạt Đảng ở nơi cư trú"
    E("Việt Nam", "LOC"),  # "các cơ quan, đơn vị phía Việt Nam"
    E("Đảng", "ORG"),  # "hình thành tổ chức Đảng"
    E("Công ty liên doanh Cao su INOUE", "ORG"),
    E("Việt Nam", "LOC"),  # "đại diện phía Việt Nam"
    E("Đảng CSVN", "ORG"),
    E("Đảng", "ORG"),  # "chi bộ Đảng trong công ty" (a class: only the Party)
    E("Việt Nam", "LOC"),  # "người lao động Việt Nam"
    E("Đảng", "ORG"),  # "kết nạp ... vào Đảng"
    E("Chi bộ trại gà Tam Dương", "ORG"),  # a named party cell (one body, longest name)
    E("Chi bộ Công ty JAPFACOMFEED", "ORG"),
    E("Tổ đảng Công ty HONDA Việt Nam", "ORG"),
    E("Tổ đảng Công ty TOYOTA", "ORG"),
    E("Đảng", "ORG"),  # "tổ chức Đảng đều chấp hành"
    E("Đảng", "ORG"),  # "chính sách của Đảng"
]
