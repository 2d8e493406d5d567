"""baomoi-22546632: Quảng Nam, huyện Đại Lộc: the Deputy Prime Minister meets the district's delegation of
martyrs' children (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phó Thủ tướng Chính phủ Vũ Đức Đam với các đại biểu", "Ảnh: Văn Điệp/TTXVN"),
]

STATS: list = []

ENTS = [
    E("Chính phủ", "ORG"),
    E("Chính phủ", "ORG"),
    E("Vũ Đức Đam", "PER"),
    E("huyện Đại Lộc", "LOC"),
    E("tỉnh Quảng Nam", "LOC"),
    E("Hà Nội", "LOC"),
    E("Lăng Chủ tịch Hồ Chí Minh", "LOC"),
    E("Đại Lộc", "LOC", ctx="TTXVN Đại Lộc"),
    E("Quảng Nam - Đà Nẵng", "LOC"),
    E("Đại Lộc", "LOC"),
    E("Đại Lộc", "LOC"),
    E("Vũ Đức Đam", "PER"),
    E("Đảng", "ORG"),
    E("Chính phủ", "ORG"),
    E("Chính phủ", "ORG"),
    E("huyện Đại Lộc", "LOC"),
    E("Đảng", "ORG"),
    E("Đảng", "ORG"),
    E("Chính phủ", "ORG"),
    E("Phúc Hằng", "PER"),
    E("TTXVN", "ORG"),
]
