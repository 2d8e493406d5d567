"""baomoi-22245940: Lâm Đồng: the Ministry of Construction works with the province (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ảnh: lamdongtv.vn"),
    B("Ảnh: lamdongtv.vn"),
]

STATS: list = []

ENTS = [
    E("Bộ xây dựng", "ORG"),
    E("Phan Thị Mỹ Linh", "PER"),
    E("Bộ xây dựng", "ORG"),
    E("tỉnh Lâm Đồng", "LOC"),
    E("tỉnh Lâm Đồng", "LOC"),
    E("Phạm S", "PER"),
    E("UBND tỉnh Lâm Đồng", "ORG"),
    E("Sở xây dựng", "ORG"),
    E("tỉnh Lâm Đồng", "LOC"),
    E("thành phố Đà Lạt", "LOC"),
    E("thị trấn Lạc Dương", "LOC"),
    E("tỉnh Lâm Đồng", "LOC"),
    E("Trại Mát", "LOC"),
    E("Phường 11", "LOC"),
    E("thành phố Đà Lạt", "LOC"),
    E("khu dân cư 5B", "LOC"),
    E("Phường 3", "LOC"),
    E("4", "LOC", ctx="và 4 thành"),
    E("thành phố Đà Lạt", "LOC"),
    E("khu du lịch Hồ Tuyền Lâm", "LOC"),
    E("khu du lịch Madaguoi", "LOC"),
    E("khu du lịch Đại Ninh", "LOC"),
    E("UBND tỉnh Lâm Đồng", "ORG"),
    E("Phạm S", "PER"),
    E("Bộ xây dựng", "ORG"),
    E("Chính phủ", "ORG"),
    E("Phan Thị Mỹ Linh", "PER"),
    E("Bộ xây dựng", "ORG"),
    E("Hoàng Ái", "PER"),
    E("Lamdongtv.vn", "ORG"),
]
