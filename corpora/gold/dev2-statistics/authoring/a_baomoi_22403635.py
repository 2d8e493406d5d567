"""baomoi-22403635: Cà Mau / Mekong delta, coastal erosion and mangrove loss; the Deputy Prime Minister's
inspection and funding (resource protection)."""

from _dsl import B, S

BOILERPLATE = [
    B("Phó Thủ tướng Trịnh Đình Dũng đi kiểm tra khu vực sạt lở ở ĐBSCL- Ảnh: Xuân Tuyến"),
    B("Phó Thủ tướng Trịnh Đình Dũng đi thuyền ra kiểm tra tình trạng sạt lở bờ biển Khánh Tiến, huyện U Minh, Cà Mau."),
    B("Phó Thủ tướng Trịnh Đình Dũng chủ trì cuộc họp"),
]

STATS = [
    S("240km", "km", "measure"),
    # "mỗi năm mất 500ha đất": the land lost each year ("mỗi" before the number: not a rate)
    S("500ha", "ha", "measure", ch="decrease", ind="đất"),
    S("24 khu vực", "khu vực", "count"),
    S("khoảng 147km", "km", "measure", q="approx", ind="tổng chiều dài"),
    S("từ 5-45 m/năm", "m/năm", "range", high=45, ind="tốc độ xói lở"),
    S("khoảng 500ha", "ha", "measure", q="approx", ch="decrease", ind="đất"),
    S("24 khu vực", "khu vực", "count"),
    S("khoảng 113m", "m", "measure", q="approx", ind="tổng chiều dài"),
    S("từ 3-10m/năm", "m/năm", "range", high=10, ind="tốc độ bồi lắng"),
    S("80m/năm", "m/năm", "rate"),
    S("4 khu vực", "khu vực", "count"),
    S("khoảng 95km", "km", "measure", q="approx", ind="tổng chiều dài"),
    S("trên 240 km", "km", "measure", q="more_than"),
    # "trong vòng 5 (từ 2011- 2016)": a period
    S("gần 10%", "%", "percent", q="approx", ch="decrease", ind="diện tích rừng ngập mặn"),
    S("194.723 ha", "ha", "measure", ind="diện tích rừng ngập mặn"),
    S("179.384 ha", "ha", "measure", ch="decrease", ind="diện tích rừng ngập mặn"),
    S("15.339ha", "ha", "measure", ch="decrease", ind="diện tích rừng ngập mặn"),
    S("7 nguyên nhân", "nguyên nhân", "count"),
    S("khoảng 3 triệu m3", "m3", "measure", q="approx", ind="tổng lượng bùn cát đọng lại"),
    S("28 triệu m3", "m3", "measure", ind="tổng lượng cát bị khai thác"),
    S("khoảng 3cm/năm", "cm/năm", "rate", q="approx", ind="tốc độ lún sụt"),
    # "trong vòng 20 năm qua": a period
    S("từ 2 – 3mm/năm", "mm/năm", "range", high=3),
    S("13%", "%", "percent", ind="diện tích cả nước"),
    S("gần 20 triệu người", "người", "count", q="approx", ind="dân số"),
    S("khoảng 32,7%", "%", "percent", q="approx", ind="đầu tư cho giao thông"),
    S("gần 59.000 tỉ đồng", "VND", "money", q="approx", ind="đầu tư cho giao thông"),
    S("khoảng 18,5%", "%", "percent", q="approx", ind="thủy lợi"),
    S("khoảng 28%", "%", "percent", q="approx", ind="vốn bố trí cho công tác thủy lợi"),
    S("khoảng hơn 21.000 tỉ đồng", "VND", "money", q="approx", ind="vốn bố trí cho công tác thủy lợi"),
    S("1.434,8/3.232 tỉ đồng", "VND", "ratio", value=1434.8e9, den=3232e9,
      ind="kinh phí bố trí cho khu vực ĐBSCL"),
    S("44,4%", "%", "percent", ind="kinh phí bố trí cho khu vực ĐBSCL"),
    S("trên 4.400 tỉ đồng", "VND", "money", q="more_than", ind="kinh phí bố trí cho khu vực ĐBSCL"),
    S("khoảng 40%", "%", "percent", q="approx", ind="kinh phí bố trí cho khu vực ĐBSCL"),  # "khoảng khoảng"
]

ENTS: list = []
