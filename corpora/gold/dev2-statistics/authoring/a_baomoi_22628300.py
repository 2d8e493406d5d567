"""baomoi-22628300: Hà Tĩnh, rubber-growing area, yield, plans to 2020 (agriculture)."""

from _dsl import B, S

BOILERPLATE = [
    B("Khi cao su rớt giá, công tác chăm sóc cũng chỉ ở mức cầm chừng."),
    B("Đường vào các lô cao su do thiếu kinh phí sửa chữa nên ngày càng xuống cấp"),
]

STATS = [
    S("khoảng 9.345 ha", "ha", "measure", q="approx", ind="cao su"),
    S("8.078 ha", "ha", "measure", ind="đại điền"),
    S("1.267 ha", "ha", "measure", ind="tiểu điền"),
    S("1.792 ha", "ha", "measure", ind="diện tích cao su đưa vào khai thác"),
    S("từ 1 - 1,1 tấn/ha", "tấn/ha", "range", high=1.1, ind="năng suất mủ bình quân"),
    S("gần 70-170 triệu đồng/ha", "VND/ha", "range", value=70e6, high=170e6, q="approx", ind="vốn đầu tư ban đầu"),
    # "7 năm mới cho cạo mủ": a duration
    S("trên 500 ha", "ha", "measure", q="more_than", ch="decrease", ind="cao su"),  # "mất trắng": lost
    S("955 ha", "ha", "measure"),
    S("13.197 ha", "ha", "measure", ind="diện tích cây cao su"),
    S("khoảng 9.345 ha", "ha", "measure", q="approx", ch="decrease", ind="diện tích cây cao su"),
    S("dưới 50 km", "km", "measure", q="less_than"),
    S("khoảng 2.750 ha", "ha", "measure", q="approx", ch="increase"),
    S("trên 12.100 ha", "ha", "measure", q="more_than", ind="diện tích cao su đứng"),
    S("khoảng 9.500 ha", "ha", "measure", q="approx", ind="diện tích cao su đại điền"),
    S("2.600 ha", "ha", "measure", ind="cao su tiểu điền"),
    S("2.667 ha", "ha", "measure"),
    S("2.750 tấn", "tấn", "measure", ind="sản lượng"),
    S("151.250 triệu đồng", "VND", "money", value=151250e6, ind="giá trị sản xuất"),
    S("4.500 lao động", "lao động", "count"),
    S("2 hướng", "hướng", "count"),
]

ENTS: list = []
