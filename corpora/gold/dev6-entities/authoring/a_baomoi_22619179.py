"""baomoi-22619179: Quảng Trị, the provincial committee's meeting on compensation for the marine environmental
incident (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("UBND tỉnh Quảng Trị họp chỉ đạo", "ẢNH: V.N."),
]

STATS: list = []

ENTS = [
    E("UBND tỉnh Quảng Trị", "ORG"),
    E("UBND tỉnh", "ORG", ctx="kinh phí UBND tỉnh"),
    E("Sở NN&PTNT", "ORG"),
    E("Vĩnh Linh", "LOC"),
    E("Gio Linh", "LOC"),
    E("Triệu Phong", "LOC"),
    E("Hải Lăng", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Nguyễn Đức Chính", "PER"),
    E("Chính phủ", "ORG"),
    E("Chính", "PER", ctx="ông Chính nói"),
    E("H.Thành", "PER"),
]
