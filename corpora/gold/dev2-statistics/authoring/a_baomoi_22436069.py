"""baomoi-22436069: Đồng Nai, stone quarrying: inspections, fines, output, budget contribution (resources)."""

from _dsl import B, S

BOILERPLATE = [
    B("Tỉnh lộ 768 hàng ngày chìm trong bụi."),
    B("Xe tải hoạt động rầm rộ trên tỉnh lộ 768."),
]

STATS = [
    S("gần 120 cuộc thanh, kiểm tra", "cuộc", "count", q="approx"),
    S("53 trường hợp", "trường hợp", "count"),
    S("hơn 5 tỷ đồng", "VND", "money", q="more_than"),
    S("2 mỏ đá", "mỏ đá", "count"),
    S("2 địa phương", "địa phương", "count"),
    S("22 mỏ", "mỏ", "count"),
    S("khoảng 900 ha", "ha", "measure", q="approx", ind="diện tích"),
    S("gần 400 triệu m3", "m3", "measure", q="approx", ind="trữ lượng khai thác"),
    S("khoảng 25%", "%", "percent", q="approx"),
    S("14 triệu m3", "m3", "measure", ind="sản lượng khai thác khoáng sản"),
    S("gần 2.000 tỷ đồng", "VND", "money", q="approx", ind="doanh thu"),
    S("319 tỷ đồng", "VND", "money"),
    S("144 tỷ đồng", "VND", "money", ind="thuế tài nguyên"),
    S("hơn 60 tỷ đồng", "VND", "money", q="more_than"),
    S("khoảng 4,6 tỷ đồng/năm", "VND/năm", "rate", q="approx"),
    S("850 xe", "xe", "count"),
    S("hơn 9 tỷ đồng", "VND", "money", q="more_than"),
    S("3 tổ", "tổ", "count"),
    S("13 mỏ", "mỏ", "count"),
    S("17 mỏ đá", "mỏ đá", "count"),
    S("1 doanh nghiệp", "doanh nghiệp", "count"),
    S("quá 3 lần", "lần", "count", q="more_than"),
    S("hơn 60 tỷ đồng", "VND", "money", q="more_than"),
]

ENTS: list = []
