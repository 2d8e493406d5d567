"""baomoi-21491492: trade-union news from several provinces (Hải Phòng, Ninh Bình, Khánh Hòa, Hòa Bình,
Hà Nội, Quảng Trị): awards, wages, Tết support (mass organisation)."""

from _dsl import B, S

BOILERPLATE = [
    B("CNLĐ Cty TNHH Sankoh", "Ảnh: Bích Ngọc"),
]

STATS = [
    S("9 tập thể", "tập thể", "count"),  # subheading
    S("9 tập thể", "tập thể", "count"),
    S("29 tập thể", "tập thể", "count"),
    S("41 cá nhân", "cá nhân", "count"),
    S("4 đơn vị", "đơn vị", "count"),
    S("6 cờ thi đua", "cờ thi đua", "count"),
    S("43 cờ", "cờ", "count"),
    S("197 tập thể", "tập thể", "count"),
    S("310 cá nhân", "cá nhân", "count"),
    # "kỷ niệm 87 năm Ngày thành lập Đảng": an anniversary; "sơ kết 5 năm": a duration
    S("trên 6,3 triệu đồng/tháng", "VND/tháng", "rate", q="more_than", ind="lương bình quân của người lao động"),
    S("9 LĐLĐ", "LĐLĐ", "count"),
    S("10 CĐ", "CĐ", "count"),
    S("1 CĐCS", "CĐCS", "count"),
    S("92.008 đoàn viên", "đoàn viên", "count"),
    S("1.535 CĐCS", "CĐCS", "count"),
    S("34 doanh nghiệp", "doanh nghiệp", "count"),
    S("34 doanh nghiệp", "doanh nghiệp", "count"),
    S("6.324.000 đồng/người/tháng", "VND/người/tháng", "rate", ind="tiền lương bình quân"),
    S("4,15%", "%", "percent", ch="increase", ind="tiền lương bình quân"),
    S("24/28 doanh nghiệp", "doanh nghiệp", "ratio"),  # subheading
    S("24/28 DN", "DN", "ratio"),
    S("97,3%", "%", "percent", ind="NLĐ đi làm"),
    S("từ 50 - 100 nghìn đồng/người", "VND/người", "range", value=50e3, high=100e3, ind="mức phổ biến"),
    S("500.000 đồng/người", "VND/người", "rate"),
    S("4 tháng lương", "tháng lương", "count", ind="mức thưởng tết trung bình"),
    S("Trên 1 tỉ đồng", "VND", "money", q="more_than"),  # subheading
    S("trên 700 triệu đồng", "VND", "money", q="more_than", ind="tổng trị giá"),
    S("300.000 - 500.000đ/suất", "VND/suất", "range", high=500000),
    S("1.000 suất", "suất", "count"),
    S("400 triệu đồng", "VND", "money", ind="trị giá"),
    S("gần 500 suất", "suất", "count", q="approx"),
    S("trên 300 triệu đồng", "VND", "money", q="more_than", ind="trị giá"),
    S("gần 1 tỉ đồng", "VND", "money", q="approx", ind="trị giá"),
]

ENTS: list = []
