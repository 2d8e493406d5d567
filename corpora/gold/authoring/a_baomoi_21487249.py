"""baomoi-21487249: Quảng Nam, resources for the mountain districts."""

from _dsl import B, E, S

P = "Quảng Nam"
QN = dict(level="province", province=P)
D = dict(level="district", province=P)

BOILERPLATE = [
    B('Tiêu hương là', 'Đỗ Trưởng/TTXVN'),
]

STATS = [
    S("9 huyện", "huyện", "count"),
    S("102 xã, thị trấn", "xã, thị trấn", "count"),
    S("96 xã", "xã", "count"),
    S("hơn 331 tỷ đồng", "VND", "money", q="more_than",
      ind="tổng nguồn vốn từ Trung ương, tỉnh hỗ trợ đầu tư trực tiếp"),
    S("452 ha", "ha", "measure", ind="tổng diện tích"),
    S("5,1%", "%", "percent", ch="decrease", ind="tỷ lệ hộ nghèo"),
    S("96 xã", "xã", "count"),
    S("gần 9 tiêu chí/xã", "tiêu chí/xã", "rate", q="approx"),
    S("7,9 tiêu chí/xã", "tiêu chí/xã", "rate", ch="increase"),
    S("8 cơ sở", "cơ sở", "count"),
    S("gần 2.000 người", "người", "count", q="approx",
      ind="số lao động người dân tộc thiểu số được tuyển sinh học nghề và hỗ trợ học nghề"),
    S("hơn 112,5 tỷ đồng", "VND", "money", q="more_than", ind="nguồn kinh phí Trung ương phân bổ"),
    S("209 công trình", "công trình", "count"),
    S("hơn 8.000 hộ", "hộ", "count", q="more_than"),
    S("hơn 26,7 tỷ đồng", "VND", "money", q="more_than", ind="tổng giá trị hỗ trợ"),
    S("100%", "%", "percent", ind="số xã miền núi có trạm y tế"),
]

ENTS = [
    E("tỉnh Quảng Nam", "LOC", **QN),
    E("Tỉnh Quảng Nam", "LOC", **QN),
    E("Tây Giang", "LOC", **D),
    E("Nam Giang", "LOC", **D),
    E("Phước Sơn", "LOC", **D),
    E("Nam Trà My", "LOC", **D),
    E("tỉnh Quảng Nam", "LOC", **QN),
    E("tỉnh Quảng Nam", "LOC", **QN),
    E("Sở Lao động, Thương binh và Xã hội tỉnh Quảng Nam", "ORG",
      canonical="Sở Lao động, Thương binh và Xã hội tỉnh Quảng Nam", **QN),
    E("tỉnh Quảng Nam", "LOC", **QN),
    E("Đỗ Trưởng", "PER", ctx="trạm y tế"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
