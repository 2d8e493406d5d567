"""baomoi-22693586: Đắk Nông, Nhân Cơ industrial park infrastructure: budget, progress, disbursement."""

from _dsl import B, S

BOILERPLATE = [
    B("Quang cảnh lễ động thổ xây dựng nhà máy ngày 4/9/2014. Ảnh: K'gửi H/TTXVN"),
]

STATS = [
    S("148,2ha", "ha", "measure", ind="tổng diện tích"),
    S("gần 700 triệu đô la", "USD", "money", q="approx", ind="mức đầu tư dự kiến"),
    S("128 ha", "ha", "measure", ind="diện tích được giao"),
    S("gần 1.658 tỷ", "VND", "money", q="approx", ind="tổng kinh phí thực hiện dự án"),
    S("993 tỷ", "VND", "money", ch="decrease", ind="tổng kinh phí thực hiện dự án"),
    S("875 tỷ", "VND", "money", ind="vốn Trung ương hỗ trợ"),
    S("hai dự án", "dự án", "count"),
    S("14 hạng mục", "hạng mục", "count"),
    S("5 hạng mục", "hạng mục", "count"),
    S("80%", "%", "percent", ind="khối lượng thi công"),
    S("1 cơ", "cơ", "count"),
    S("khoảng 60%", "%", "percent", q="approx", ind="tổng khối lượng"),
    S("gần 30%", "%", "percent", q="approx"),
    S("300m", "m", "measure"),
    S("585,7 tỷ đồng", "VND", "money", ind="lũy kế bố trí vốn"),
    S("380 tỷ đồng", "VND", "money", ind="Ngân sách Trung ương hỗ trợ"),
    S("205,7 tỷ đồng", "VND", "money", ind="Ngân sách tỉnh"),
    S("59,6 tỷ đồng", "VND", "money", ind="khoản ứng trước"),
    S("180 tỷ đồng", "VND", "money"),
    S("20 tỷ đồng", "VND", "money"),
    S("khoảng gần 72/160 tỷ đồng", "VND", "ratio", value=72e9, den=160e9, q="approx", ind="giải ngân"),
    S("35 tỷ đồng", "VND", "money"),
    S("5 hạng mục", "hạng mục", "count"),
    S("hai đơn vị", "đơn vị", "count"),
    S("100 triệu đồng", "VND", "money"),  # "mỗi đơn vị 100 triệu đồng": "mỗi" before the number
    S("100 tỷ đồng", "VND", "money", ind="nguồn vốn"),
]

ENTS: list = []
