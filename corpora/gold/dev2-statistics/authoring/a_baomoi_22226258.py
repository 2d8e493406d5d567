"""baomoi-22226258: Quảng Ninh, unsold pigs and falling prices; the province asks coal companies and
supermarkets for help (agriculture)."""

from _dsl import B, S

BOILERPLATE = [
    B("Người nuôi lợn giống Móng Cái cũng trong cơn lao đao. Ảnh: Nguyễn Quý"),
]

STATS = [
    S("gần 420.000 con", "con", "count", q="approx", ind="tổng đàn lợn"),
    # the breakdown by place is a list of the same quantity
    S("trên 16.000 con", "con", "count", q="more_than", ind="tổng đàn lợn"),
    S("13.000 con", "con", "count", ind="tổng đàn lợn"),
    S("4.200 con", "con", "count", ind="tổng đàn lợn"),
    S("1.500 con", "con", "count", ind="tổng đàn lợn"),
    S("từ 80kg-120kg/con", "kg/con", "range", high=120, ind="trọng lượng"),
    S("khoảng 10%", "%", "percent", q="approx", ind="lượng lợn thương phẩm"),
    S("gần 40.000 con", "con", "count", q="approx"),
    S("gần 3.900 tấn", "tấn", "measure", q="approx", ind="tổng trọng lượng"),
    S("hơn 50 con/đơn vị", "con/đơn vị", "rate", q="more_than", ind="quy mô"),
    S("14.600 con", "con", "count", ind="lượng lợn thương phẩm tồn đọng"),
    S("gần 1.400 tấn", "tấn", "measure", q="approx", ind="trọng lượng"),
    S("trên dưới 50.000 đồng/kg", "VND/kg", "rate", q="approx", ind="giá thịt lợn"),
    S("trên dưới 30.000 đồng/kg", "VND/kg", "rate", q="approx", ch="decrease", ind="giá thịt lợn"),
]

ENTS: list = []
