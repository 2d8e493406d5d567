"""baomoi-22458401: Quảng Bình, why social housing is hard to develop in the province (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Quảng Bình", "LOC"),
    E("Chính phủ", "ORG"),
    E("Quảng Bình", "LOC"),
    E("Quảng Bình", "LOC"),
    E("Quảng Bình", "LOC"),
    E("thành phố Đồng Hới", "LOC"),
    E("đường Trần Quang Khải", "LOC"),
    E("Khu dân cư đường Phan Đình Phùng", "LOC"),
    E("Quảng Bình", "LOC"),
    E("Nghị quyết số 18/NQ-CP", "DOC", type="Nghị quyết"),
    E("Chính phủ", "ORG"),
    E("tỉnh Quảng Bình", "LOC"),
    E("tỉnh Quảng Bình", "LOC"),
    E("Võ Văn Tuần", "PER"),
    E("phòng Nhà ở và Thị trường Bất động sản", "ORG"),
    E("Sở Xây dựng Quảng Bình", "ORG"),
    E("Quảng Bình", "LOC"),
    E("Phạm Quốc Anh", "PER"),
    E("Sở Xây dựng Quảng Bình", "ORG"),
    E("Luật Nhà ở", "DOC", type="Luật"),
    E("Quảng Bình", "LOC"),
    E("Nhất Linh", "PER"),
]
