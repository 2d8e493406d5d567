"""baomoi-21481254: Quảng Nam, new rural development targets for 2017."""

from _dsl import B, E, S

P = "Quảng Nam"
QN = dict(level="province", province=P)

BOILERPLATE = [
    B('Cơ sở hạ', 'Đỗ Trưởng/TTXVN'),
]

STATS = [
    S("9 đến 10 xã", "xã", "range", high=10, ch="increase"),
    S("35-36%", "%", "range", high=36, ch="increase", ind="tỷ lệ số xã đạt chuẩn"),
    S("13 - 13,5 tiêu chí/xã", "tiêu chí/xã", "range", high=13.5, ind="số tiêu chí đạt chuẩn bình quân chung"),
    S("9 huyện", "huyện", "count"),
    S("12,5 tiêu chí/xã", "tiêu chí/xã", "rate", ind="số tiêu chí đạt chuẩn nông thôn mới"),
    S("1 tiêu chí/xã", "tiêu chí/xã", "rate", ch="increase", ind="số tiêu chí đạt chuẩn nông thôn mới"),
    S("9 xã", "xã", "count", ch="increase"),
    S("62 xã", "xã", "count", ch="increase", ind="tổng số xã đạt chuẩn"),
    S("30,39%", "%", "percent", ind="tổng số xã đạt chuẩn"),
    S("trên 200 mô hình", "mô hình", "count", q="more_than"),
]

ENTS = [
    E("Quảng Nam", "LOC", **QN),
    E("Quảng Nam", "LOC", ctx="Ngày 7/2", **QN),
    E("Đinh Văn Thu", "PER", role="Chủ tịch UBND tỉnh Quảng Nam"),
    E("UBND tỉnh Quảng Nam", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Nam", **QN),
    E("Quảng Nam", "LOC", **QN),
    E("Quảng Nam", "LOC", **QN),
    E("tỉnh Quảng Nam", "LOC", **QN),
    E("Nguyễn Sơn", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
