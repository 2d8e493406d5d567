"""baomoi-22259485: Tiền Giang: the agriculture department's conference on unsold pigs (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tiền Giang kêu gọi mở quầy thịt", "vượt khó- Đông Hà"),
]

STATS: list = []

ENTS = [
    E("tỉnh Tiền Giang", "LOC"),
    E("Sở NN&PTNT tỉnh Tiền Giang", "ORG"),
    E("Tiền Giang", "LOC"),
    E("ĐBSCL", "LOC"),
    E("Tiền Giang", "LOC"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Nguyễn Văn Minh", "PER"),
    E("xã Nhị Bình", "LOC"),
    E("huyện Châu Thành", "LOC"),
    E("Minh", "PER", ctx="Ông Minh"),
    E("Phan Văn Tiến", "PER"),
    E("xã Hòa Định", "LOC"),
    E("huyện Chợ Gạo", "LOC"),
    E("Tiến", "PER", ctx="ông Tiến xuất"),
    E("Tiến", "PER", ctx="Ông Tiến đại"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Tiến", "PER", ctx="Ông Tiến nói"),
    E("Tiến", "PER", ctx="Ông Tiến đề"),
    E("Võ Thanh Nhã", "PER"),
    E("Ngân hàng nhà nước", "ORG"),
    E("NHNN", "ORG"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Nhã", "PER", ctx="ông Nhã"),
    E("NHNN", "ORG"),
    E("NHNN", "ORG"),
    E("Hiệp hội chăn nuôi tỉnh Tiền Giang", "ORG"),
    E("Hiệp hội chăn nuôi tỉnh", "ORG"),
    E("Hiệp hội chăn nuôi", "ORG"),
    E("Sở NNPTNT", "ORG"),
    E("Sở Công thương", "ORG"),
    E("Cao Văn Hóa", "PER"),
    E("Sở NN&PTNT tỉnh Tiền Giang", "ORG"),
    E("TP HCM", "LOC"),
    E("Hóa", "PER", ctx="Ông Hóa"),
]
