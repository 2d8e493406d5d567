"""baomoi-22330585: Bạc Liêu, xã Ninh Thạnh Lợi A: a once-barren area grown rich (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Những trại giống thủy sản của nông dân", "Ảnh: Phúc Hưng."),
    B("Những căn biệt thự tiền tỷ mọc lên", "Ảnh: Phúc Hưng."),
    B("Phó chủ tịch UBND xã Ninh Thạnh Lợi A Nguyễn Ngọc Tửng", "Ảnh: Phúc Hưng."),
]

STATS: list = []

ENTS = [
    E("Bạc Liêu", "LOC"),
    E("ấp Nhà Lầu 2", "LOC"),
    E("Nhà Lầu 1", "LOC"),
    E("ấp Thống Nhất", "LOC"),
    E("huyện Hồng Dân", "LOC"),
    E("Bạc Liêu", "LOC"),
    E("sông Phó Sinh - Cạnh Đền", "LOC", type="river"),
    E("Ninh Thạnh Lợi A", "LOC", ctx="giàu có ở"),
    E("Vĩnh Thuận", "LOC"),
    E("Kiên Giang", "LOC"),
    E("chợ Ngan Dừa", "LOC", type="market"),
    E("huyện Hồng Dân", "LOC"),
    E("ấp Nhà Lầu", "LOC"),
    E("Cả Trí", "PER"),
    E("bán đảo Cà Mau", "LOC", type="peninsula"),
    E("Võ Văn Kiệt", "PER"),
    E("Kênh 12", "LOC", type="canal"),
    E("Dân Quân", "LOC", type="canal"),
    E("Kênh xáng Phó Sinh – Cạnh Đền", "LOC", type="canal"),
    E("sông Hậu", "LOC", type="river"),
    E("Võ Văn Xô", "PER"),
    E("ấp Thống Nhất", "LOC"),
    E("Mỹ Nhàn", "PER"),
    E("Ninh Thạnh Lợi A", "LOC"),
    E("Nam Bộ", "LOC"),
    E("Nhàn", "PER", ctx="chị Nhàn"),
    E("Phạm Văn Thùy", "PER"),
    E("Năm Thùy", "PER"),
    E("Năm Thùy", "PER"),
    E("Thùy", "PER", ctx="ông Thùy nói"),
    E("Kiên Giang", "LOC"),
    E("Cà Mau", "LOC"),
    E("Võ Hoàng Khánh", "PER"),
    E("Khánh", "PER", ctx="anh Khánh tháng"),
    E("Khánh", "PER", ctx="anh Khánh khẳng"),
    E("Lê Văn Đang", "PER"),
    E("ấp Nhà Lầu 2", "LOC"),
    E("Kênh Xáng Xả Thòn", "LOC", type="canal"),
    E("Cỏ Thum", "LOC"),
    E("Đang", "PER", ctx="ông Đang nói"),
    E("Ninh Thạnh Lợi A", "LOC"),
    E("ấp Nhà Lầu 1", "LOC"),
    E("Nhà Lầu 2", "LOC"),
    E("Phúc Hưng", "PER", ctx="Theo Phúc Hưng"),
    E("VNE", "ORG"),
]
