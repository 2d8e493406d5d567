"""baomoi-22556372: Hải Dương, investment promotion in agriculture: few agricultural firms, support levels."""

from _dsl import B, S

BOILERPLATE = [
    B("Tiền năng, lợi thế tốt, nhưng thu hút đầu tư vào nông nghiệp ở Hải Dương chưa đạt yêu cầu"),
]

STATS = [
    S("1,6 nghìn DN", "DN", "count", value=1600),
    S("khoảng 300 DN", "DN", "count", q="approx", ind="số DN thực sự hoạt động trong lĩnh vực nông nghiệp"),
    S("hơn 11,5 nghìn DN", "DN", "count", value=11500, q="more_than"),
    S("gần 3%", "%", "percent", q="approx", ind="DN hoạt động trong lĩnh vực nông nghiệp"),  # subheading
    S("khoảng 120.000ha", "ha", "measure", q="approx", ind="lúa"),
    S("gần 30.000ha", "ha", "measure", q="approx", ind="rau màu các loại"),
    S("hơn 60 tạ/ha", "tạ/ha", "rate", q="more_than", ind="năng suất lúa bình quân"),
    S("từ 150-300 triệu đồng/ha/năm", "VND/ha/năm", "range", value=150e6, high=300e6, ind="giá trị SX"),
    S("trên 600 triệu đồng/ha/năm", "VND/ha/năm", "rate", q="more_than", ind="giá trị SX"),
    S("hơn 11,5 nghìn DN", "DN", "count", value=11500, q="more_than"),
    S("khoảng 300 DN", "DN", "count", q="approx"),
    S("gần 3%", "%", "percent", q="approx"),
    S("tối đa 6,5 triệu đồng/ha", "VND/ha", "rate", q="at_most", ind="tiền giống và thuốc BVTV"),
    S("5ha/vùng", "ha/vùng", "rate", q="at_least", ind="quy mô"),
    S("40 triệu đồng/ha", "VND/ha", "rate"),
    S("5 triệu đồng/ha/năm", "VND/ha/năm", "rate", ind="tiền thuê đất"),
    # "trong 2 năm": a duration
    S("5 ha/vùng", "ha/vùng", "rate", q="at_least", ind="quy mô"),
    S("40%", "%", "percent", ind="kinh phí cải tạo hệ thống thủy lợi, giao thông"),
    S("100 nghìn đồng/m2", "VND/m2", "rate"),
    S("50 nghìn đồng/m2", "VND/m2", "rate"),
    S("20 ha/vùng", "ha/vùng", "rate", q="at_least", ind="quy mô"),
    S("50%", "%", "percent", ind="kinh phí xây dựng hạ tầng"),
    S("3 tỷ đồng/dự án", "VND/dự án", "rate"),
    S("tối đa 5 tỷ đồng/dự án", "VND/dự án", "rate", q="at_most"),
    S("trên 32 tỷ USD", "USD", "money", q="more_than", ind="kim ngạch XK"),
    S("100 triệu đồng/sào", "VND/sào", "rate"),
    S("29 triệu đồng/sào", "VND/sào", "rate"),
]

ENTS: list = []
