"""baomoi-21472844: Hà Nội, World Bank loans for clean-water stations in rural districts (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Người dân xã Phong Vân (huyện Ba Vì) đã có nước sạch", "Ảnh: Trọng Tùng"),
]

STATS: list = []

ENTS = [
    E("Ngân hàng thế giới", "ORG"),
    E("WB", "ORG"),
    E("Hà Nội", "LOC"),
    E("Xã Phong Vân", "LOC"),
    E("huyện Ba Vì", "LOC"),
    E("Vũ Văn Tường", "PER"),
    E("thôn Tân Phong", "LOC"),
    E("Tường", "PER", ctx="gia đình ông Tường phải"),
    E("Trạm cấp nước sạch liên xã Phong Vân - Cổ Đô", "LOC"),
    E("Tường", "PER", ctx="gia đình ông Tường cùng"),
    E("Bộ Y tế", "ORG"),
    E("Lê Văn Cường", "PER"),
    E("UBND xã Phong Vân", "ORG"),
    E("WB", "ORG"),
    E("WB", "ORG"),
    E("Phong Vân", "LOC"),
    E("Cổ Đô", "LOC"),
    E("Trạm cấp nước sạch liên xã Phong Vân - Cổ Đô", "LOC"),
    E("WB", "ORG"),
    E("Ban Quản lý dự án Chương trình nước sạch và vệ sinh nông thôn", "ORG"),
    E("trạm Phong Vân - Cổ Đô", "LOC"),
    E("trạm cấp nước sạch xã Hương Sơn", "LOC"),
    E("huyện Mỹ Đức", "LOC"),
    E("trạm liên xã Hiệp Thuận - Liên Hiệp", "LOC"),
    E("huyện Phúc Thọ", "LOC"),
    E("Tam Hưng - Thanh Thùy", "LOC"),
    E("huyện Thanh Oai", "LOC"),
    E("Trung Hòa - Trường Yên", "LOC"),
    E("huyện Chương Mỹ", "LOC"),
    E("Liên Phương - Hồng Vân - Thư Phú - Hà Hồi - Vân Tảo", "LOC"),
    E("huyện Thường Tín", "LOC"),
    E("Trần Thanh Nhã", "PER"),
    E("Sở NN&PTNT Hà Nội", "ORG"),
    E("Thanh Oai", "LOC"),
    E("Chương Mỹ", "LOC"),
    E("Thường Tín", "LOC"),
    E("UBND TP", "ORG"),
    E("trạm cấp nước sạch liên xã Thanh Lâm - Tam Đồng - Đại Thịnh", "LOC"),
    E("huyện Mê Linh", "LOC"),
    E("Sở NN&PTNT Hà Nội", "ORG"),
]
