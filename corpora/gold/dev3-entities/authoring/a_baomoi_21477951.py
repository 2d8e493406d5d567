"""baomoi-21477951: Bà Rịa - Vũng Tàu: tourism businesses and land rent (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Theo ngành du lịch tỉnh Bà Rịa – Vũng Tàu, du lịch mùa tết", "Ảnh: T.T"),
]

STATS: list = []

ENTS = [
    E("tỉnh Bà Rịa – Vũng Tàu", "LOC"),
    E("Lê Tấn Dũng", "PER"),
    E("Công ty CP Du lịch Nghinh Phong", "ORG"),
    E("KDL Gió Biển", "LOC"),
    E("KDL Gió Biển", "LOC"),
    E("Dũng", "PER", ctx="Ông Dũng"),
    E("Nguyễn Ngọc Linh", "PER"),
    E("Sở TNMT tỉnh", "ORG"),
    E("Luật Đất đai", "DOC", type="Luật"),
    E("Nguyễn Hồng Lĩnh", "PER"),
    E("Trung ương Đảng", "ORG"),
    E("Tỉnh ủy Bà Rịa - Vũng Tàu", "ORG"),
]
