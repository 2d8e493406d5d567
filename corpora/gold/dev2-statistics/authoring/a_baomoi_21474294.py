"""baomoi-21474294: Nghệ An, remittances from emigrants and labour exporters; bank fees (economy)."""

from _dsl import B, S

BOILERPLATE = [
    B("Ngôi nhà khang trang của gia đình anh Hòa, chị Thủy ở quỳnh Hậu, Quỳnh Lưu. Ảnh: Thu Huyền"),
    B("Giao dịch tại Ngân hàng Vietinbank chi nhánh Nghệ An. Ảnh: Thu Huyền"),
]

STATS = [
    S("khoảng trên 55.000 người", "người", "count", q="approx"),
    S("trên 445 triệu USD", "USD", "money", q="more_than"),
    S("gần 20.000 người", "người", "count", q="approx",
      ind="lượng kiều bào, lao động sinh sống, làm việc và học tập"),
    S("11.226 người", "người", "count"),
    S("khoảng trên 70 triệu USD", "USD", "money", q="approx", ind="lượng kiều hối"),
    S("2 người con", "người", "count"),
    S("hơn 10 cửa hàng", "cửa hàng", "count", q="more_than"),
    S("khoảng 40 lao động", "lao động", "count", q="approx"),
    S("5 tỷ đồng", "VND", "money"),
    S("1 khách sạn", "khách sạn", "count"),
    S("khoảng 13.000 lao động", "lao động", "count", q="approx"),
    S("82.204 món kiều hối", "món", "count"),
    S("98,9 triệu USD", "USD", "money", ind="doanh số chi trả"),
    S("hơn 82.500 món kiều hối", "món", "count", q="more_than"),
    S("105,5 triệu USD", "USD", "money", ind="doanh số"),
    S("11 triệu USD", "USD", "money", ind="doanh số chi trả kiều hối"),
    S("1 triệu USD", "USD", "money", ind="doanh số chi trả kiều hối"),
    S("0,05%", "%", "percent", ind="phí báo có"),
    S("0,15%", "%", "percent", ind="phí rút tiền"),
    # "ít nhất sau 2 tuần", "Sau 15 ngày": durations
]

ENTS: list = []
