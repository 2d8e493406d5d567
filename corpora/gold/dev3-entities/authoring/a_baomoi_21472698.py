"""baomoi-21472698: Khánh Hòa, TX Ninh Hòa: villagers attack a waste-treatment company (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Cửa kính của Cty CP Môi trường Khánh Hòa bị ném đá"),
    B("Ông Phạm Văn Báu, bảo vệ Cty, bị quăng chất bẩn vào người"),
    B("Khu vực xử lý chất thải của Công ty CP Môi trường Khánh Hòa"),
]

STATS: list = []

CTY = "Cty CP Môi trường Khánh Hòa"

ENTS = [
    E("Báo NNVN", "ORG"),
    E("thôn Ninh Ích", "LOC"),
    E("xã Ninh An", "LOC"),
    E("TX Ninh Hòa", "LOC"),
    E("Khánh Hòa", "LOC"),
    E(CTY, "ORG"),
    E("Hà Quang Hòa", "PER"),
    E(CTY, "ORG"),
    E("Bộ Tài nguyên - Môi trường", "ORG"),
    E("thôn Ninh Ích", "LOC"),
    E("Phạm Văn Báu", "PER", ctx="Ông Phạm Văn Báu (SN"),
    E("xã Ninh Sơn", "LOC"),
    E("Bé", "PER", ctx="anh Bé"),
    E("Hà", "PER", ctx="anh Hà"),
    E("Nguyễn Thị Dung", "PER"),
    E("thôn Ninh Ích", "LOC"),
    E("xã Ninh An", "LOC"),
    E("Cúc", "PER", ctx="chị Cúc"),
    E("Thoa", "PER", ctx="chị Thoa"),
    E("Dung", "PER", ctx="chị Dung nhận"),
    E("Dung", "PER", ctx="chị Dung, rồi"),
    E("công an xã", "ORG"),
    E("Dung", "PER", ctx="chị Dung tâm"),
    E("Hòa", "PER", ctx="ông Hòa bức"),
    E("Lê Đức Vinh", "PER"),
    E("UBND tỉnh Khánh Hòa", "ORG"),
    E("Công an tỉnh", "ORG"),
    E("Đào Công Thiên", "PER"),
    E("UBND tỉnh", "ORG"),
    E("Công an tỉnh", "ORG"),
    E("Công an TX Ninh Hòa", "ORG"),
    E(CTY, "ORG"),
    E("UBND tỉnh Khánh Hòa", "ORG"),
    E("Khu kinh tế Vân Phong", "LOC"),
    E("Chính phủ", "ORG"),
    E("khu Bắc Vân Phong", "LOC"),
    E("Khánh Hòa", "LOC"),
    E(CTY, "ORG"),
    E("khu kinh tế Vân Phong", "LOC"),
    E("tỉnh Khánh Hòa", "LOC"),
]
