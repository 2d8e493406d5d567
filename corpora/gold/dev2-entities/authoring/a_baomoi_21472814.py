"""baomoi-21472814: Tuyên Quang, huyện Sơn Dương: policy-bank loans for clean water (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Gia đình ông Lê Văn Thư xây dựng được", "ảnh: Đức Thịnh"),
]

STATS: list = []

ENTS = [
    E("Ngân hàng Chính sách xã hội", "ORG"),
    E("tỉnh Tuyên Quang", "LOC"),
    E("huyện Sơn Dương", "LOC"),
    E("Lê Văn Thư", "PER"),
    E("xã Ninh Lai", "LOC"),
    E("Thư", "PER", ctx="ông Thư phấn"),
    E("Ngân hàng CSXH", "ORG"),
    E("Thư", "PER", ctx="ông Thư tạm"),
    E("Thư", "PER", ctx="ông Thư được vay"),
    E("Thư", "PER", ctx="ông Thư được Ngân"),
    E("Ngân hàng CSXH huyện Sơn Dương", "ORG"),
    E("Thư", "PER", ctx="ông Thư mua"),
    E("Thư", "PER", ctx="Ông Thư thổ"),
    E("Ngân hàng CSXH", "ORG"),
    E("Thôn Hưng Thủy", "LOC"),
    E("xã Tú Thịnh", "LOC"),
    E("huyện Sơn Dương", "LOC"),
    E("Tống Thị Láng", "PER"),
    E("thôn Hưng Thủy", "LOC"),
    E("Ngân hàng CSXH", "ORG"),
    E("Láng", "PER", ctx="bà Láng"),
    E("Lê Văn Thư", "PER"),
    E("xã Ninh Lai", "LOC"),
    E("huyện Yên Sơn", "LOC"),
    E("Tuyên Quang", "LOC"),
    E("Hoàng Văn Mão", "PER"),
    E("Phòng Giao dịch Ngân hàng CSXH huyện Sơn Dương", "ORG"),
    E("Phòng giao dịch Ngân hàng CSXH huyện Sơn Dương", "ORG"),
    E("Phòng giao dịch Ngân hàng CSXH huyện Sơn Dương", "ORG"),
    E("Hoàng Văn Mão", "PER"),
    E("Trương Viết Hùng", "PER"),
    E("Đảng ủy xã Ninh Lai", "ORG"),
]
