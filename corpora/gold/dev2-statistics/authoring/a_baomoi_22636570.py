"""baomoi-22636570: Thanh Hóa, Hà Ninh commune cooperative forged signatures for support money."""

from _dsl import B, S

BOILERPLATE = [
    B("Đơn tố cáo của người dân xã Hà Ninh"),
    B("Ông Tín bức xúc trước việc làm sai trái của HTX dịch vụ nông nghiệp Hà Ninh"),
    B("Trụ sở xã Hà Ninh"),
]

STATS = [
    S("120 người", "người", "count"),  # "120 người dân thôn 3" (head noun, rule 2)
    S("5 người", "người", "count"),
    S("120 người", "người", "count"),  # subheading
    S("140 triệu đồng", "VND", "money"),
    S("75 triệu đồng", "VND", "money"),
    S("9,3 triệu đồng", "VND", "money"),
    S("55,7 triệu đồng", "VND", "money"),
    S("120 hộ", "hộ", "count"),
    S("120 hộ", "hộ", "count"),
    S("5 người", "người", "count"),
]

ENTS: list = []
