"""baomoi-21480199: TP Hồ Chí Minh, traffic-congestion projects in 2017 (infrastructure investment)."""

from _dsl import B, S

BOILERPLATE = [
    B("Thi công nhánh cầu Nguyễn Văn Cừ nối đường Võ Văn Kiệt - Ảnh: Linh Hoàng"),
]

STATS = [
    # "trước 3 tháng so với kế hoạch": a duration
    S("8 làn xe", "làn xe", "count"),
    S("1,2km", "km", "measure", ind="chiều dài"),
    S("2 cầu vượt", "cầu vượt", "count"),
    S("hai cầu vượt", "cầu vượt", "count", ch="increase"),
    S("164 tỷ đồng", "VND", "money", ind="tổng mức đầu tư"),
    S("3 mũi thi công", "mũi", "count"),
    # "khoảng 100m dài": a length; "cọc bê tông cốt thép 30x30cm": a specification, not a statistic
    S("khoảng 100m", "m", "measure", q="approx"),
    S("80 dự án", "dự án", "count"),
    S("50 dự án", "dự án", "count"),
    S("8.417 tỷ đồng", "VND", "money"),
    S("3 dự án", "dự án", "count"),
    S("9.253 tỷ đồng", "VND", "money"),
    S("3 dự án", "dự án", "count"),
    S("9.440 tỷ đồng", "VND", "money"),
    S("24 dự án", "dự án", "count"),
    S("12.153 tỷ đồng", "VND", "money"),
    S("Hai cầu vượt", "cầu vượt", "count"),
    S("4 dự án", "dự án", "count"),
    S("6 dự án", "dự án", "count"),
    S("1.380 tỷ đồng", "VND", "money", ind="tổng vốn đầu tư"),
    S("2,7km", "km", "measure"),
]

ENTS: list = []
