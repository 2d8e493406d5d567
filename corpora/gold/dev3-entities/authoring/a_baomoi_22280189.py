"""baomoi-22280189: An Giang: the Deputy Prime Minister inspects a riverbank collapse (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Hiện trường vụ sạt lở tại Mỹ Hội Đông (ảnh TÍN HUY)", "cho bà con (ảnh TÍN HUY)"),
    B("Phó Thủ tướng làm việc với lãnh đạo các tỉnh thành vùng ĐBSCL (ảnh TÍN HUY)"),
]

STATS: list = []

ENTS = [
    E("Chính phủ", "ORG"),
    E("Trịnh Đình Dũng", "PER"),
    E("tổ 12", "LOC"),
    E("ấp Mỹ Hội", "LOC"),
    E("xã Mỹ Hội Đông", "LOC"),
    E("huyện Chợ Mới", "LOC"),
    E("An Giang", "LOC"),
    E("sông Hậu", "LOC"),
    E("Trịnh Đình Dũng", "PER"),
    E("ĐBSCL", "LOC"),
    E("Vương Bình Thạnh", "PER"),
    E("UBND tỉnh An Giang", "ORG"),
    E("Chính phủ", "ORG"),
    E("Thạnh", "PER", ctx="ông Thạnh"),
    E("Bộ NN&PTNT", "ORG"),
    E("ĐBSCL", "LOC"),
    E("Cà Mau", "LOC"),
    E("Tiền Giang", "LOC"),
    E("Trà Vinh", "LOC"),
    E("sông Tiền", "LOC"),
    E("sông Hậu", "LOC"),
    E("An Giang", "LOC"),
    E("Chính phủ", "ORG"),
    E("Trịnh Đình Dũng", "PER"),
]
