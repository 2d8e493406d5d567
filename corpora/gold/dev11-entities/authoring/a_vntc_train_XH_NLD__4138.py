"""vntc-train-XH_NLD_-4138: Hà Nội, households of xã Đại Mạch (Đông Anh) and village cadres claim culling
compensation for poultry they never had; the commune committee's re-inspection team digs up the pits
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Biên bản khai quật hố chôn... rơm của một gia đình."),  # caption standing alone between paragraphs
    B("Người dân bức xúc trước những hành vi \"chôn rơm lấy tiền tiêu hủy gia cầm\"."),  # caption
]

STATS: list = []

ENTS = [
    E("xã Đại Mạch", "LOC"),
    E("huyện Đông Anh", "LOC"),
    E("Hà Nội", "LOC"),
    E("Tiểu ban tiêu hủy gia cầm xã", "ORG", canonical="Tiểu ban tiêu hủy gia cầm xã Đại Mạch"),  # one standing body
    E("UBND xã Đại Mạch", "ORG"),
    E("Trần Thị Dẫn", "PER"),
    E("Nguyễn Thị Tý", "PER"),
    E("Hà Văn Minh", "PER"),
    E("Tiểu ban tiêu hủy gia cầm", "ORG", canonical="Tiểu ban tiêu hủy gia cầm xã Đại Mạch"),  # "... của xã"
    E("Tiều ban tiêu hủy", "ORG", canonical="Tiểu ban tiêu hủy gia cầm xã Đại Mạch"),  # typo kept as written
    E("UBND xã Đại Mạch", "ORG"),
    E("Trần Văn Toán", "PER"),
    E("Thời báo Kinh tế Việt Nam", "ORG"),
    E("báo Kinh tế đối ngoại", "ORG"),
    E("công an xã", "ORG", canonical="Công an xã Đại Mạch"),  # dev3 decision 3
    E("UBND xã", "ORG", canonical="UBND xã Đại Mạch"),
    E("UBND", "ORG", ctx="kéo về UBND", canonical="UBND xã Đại Mạch"),  # bare, the commune's (dev10 A d5)
    E("Nguyễn Thị Minh", "PER"),
    E("đội 6", "LOC"),  # a numbered production team of the commune, village level (test README 5)
    E("UBND xã", "ORG", canonical="UBND xã Đại Mạch"),
    E("xã Đại Đồng", "LOC"),  # the source's slip for Đại Mạch, kept as written
    E("Nguyễn Hữu Vượng", "PER"),
    E("UBND xã", "ORG", canonical="UBND xã Đại Mạch"),
    E("công an huyện Đông Anh", "ORG"),
    E("Vượng", "PER"),
]
