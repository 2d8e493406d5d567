"""baomoi-22291926: Bình Thuận: the Minister of Health works with the province (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến (thứ ba", "Nguyễn Thanh - TTXVN"),
]

STATS: list = []

ENTS = [
    E("Bộ Y tế", "ORG"),
    E("Nguyễn Thị Kim Tiến", "PER"),
    E("tỉnh Bình Thuận", "LOC"),
    E("Nguyễn Quốc Việt", "PER"),
    E("Sở Y tế tỉnh Bình Thuận", "ORG"),
    E("Chính phủ", "ORG"),
    E("Bộ Y tế", "ORG"),
    E("Tỉnh Bình Thuận", "LOC"),
    E("Bình Thuận", "LOC"),
    E("Chính phủ", "ORG"),
    E("tỉnh Bình Thuận", "LOC"),
    E("Bình Thuận", "LOC"),
    E("Bộ Y tế", "ORG"),
    E("B ệnh viện Sản - Nhi tỉnh Bình Thuận", "ORG"),
    E("Bệnh viện đa khoa tỉnh", "ORG"),
    E("Bộ Y tế", "ORG"),
    E("Nguyễn Thị Kim Tiến", "PER"),
    E("Bộ Y tế", "ORG"),
    E("Bình Thuận", "LOC"),
    E("Bình Thuận", "LOC"),
    E("Bộ Y tế", "ORG"),
    E("Bộ Y tế", "ORG"),
]
