"""baomoi-21478924: Hà Nội, parking fees at temples above the regulated price (HĐND survey)."""

from _dsl import B, S

BOILERPLATE = [
    B("Điểm trông giữ xe tại Di tích lịch sử", "Ảnh: Anh Tuấn"),
]

STATS = [
    # a comparison with the regulated price, not a change over time: change null
    S("2-3 lần", "lần", "range", high=3),
    S("3.000 đồng", "VND", "money", ind="giá vé Nhà nước quy định đối với xe máy"),
    S("10.000 đồng", "VND", "money"),
    S("25.000 đồng", "VND", "money"),
    S("50.000 đồng", "VND", "money"),
    S("10.000 đồng/lượt", "VND/lượt", "rate"),
    S("50.000 đồng/lượt", "VND/lượt", "rate"),
    S("4.500 đồng/xe máy", "VND/xe máy", "rate"),
    S("10.000 đồng/xe máy", "VND/xe máy", "rate"),
    S("7.000 đồng/xe máy", "VND/xe máy", "rate"),
    S("30.000 đồng/ô tô", "VND/ô tô", "rate"),
    S("dưới 9 chỗ", "chỗ", "count", q="less_than"),
    S("10.000 đồng/xe", "VND/xe", "rate"),
    S("40.000 đồng/ô tô", "VND/ô tô", "rate"),
    S("trên 9 chỗ", "chỗ", "count", q="more_than"),
    S("15.000 đồng/ô tô", "VND/ô tô", "rate"),
    S("7.000 đồng/xe máy", "VND/xe máy", "rate"),
]

ENTS: list = []
