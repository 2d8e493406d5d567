"""baomoi-21488504: Quảng Trị, tourism recovering after the marine pollution incident (visitors, revenue)."""

from _dsl import B, S

BOILERPLATE = [
    B("Du khách thăm Thành cổ Quảng Trị. (Ảnh: Thanh Thủy/TTXVN)"),
]

STATS = [
    S("trên 3.000 lượt khách", "lượt khách", "count", q="more_than", ind="lượng khách du lịch"),
    S("52 người", "người", "count"),
    S("1,14 triệu lượt khách", "lượt khách", "count", ind="tổng lượng khách"),
    S("31,7%", "%", "percent", ch="decrease", ind="tổng lượng khách"),
    S("30,9%", "%", "percent", ch="decrease", ind="tổng lượng khách"),
    S("995.000 lượt", "lượt", "count", ind="khách nội địa"),
    S("32,4%", "%", "percent", ch="decrease", ind="khách nội địa"),
    S("31,5%", "%", "percent", ch="decrease", ind="khách nội địa"),
    S("145.000 lượt", "lượt", "count", ind="khách quốc tế"),
    S("26,3%", "%", "percent", ch="decrease", ind="khách quốc tế"),
    S("26,1%", "%", "percent", ch="decrease", ind="khách quốc tế"),
    S("1.045 tỷ đồng", "VND", "money", ind="tổng doanh thu kinh doanh du lịch xã hội"),
    S("19,6%", "%", "percent", ch="decrease", ind="tổng doanh thu kinh doanh du lịch xã hội"),
]

ENTS: list = []
