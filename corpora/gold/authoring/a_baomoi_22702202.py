"""baomoi-22702202: Thừa Thiên - Huế, compensation for the 2016 marine-environment incident."""

from _dsl import E, S

P = "Thừa Thiên Huế"
PV = dict(level="province", province=P)
D = dict(level="district", province=P)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Thừa Thiên Huế", **PV)
CP = dict(canonical="Chính phủ", level="national")
QD = dict(type="Quyết định", issuer="Thủ tướng Chính phủ")
KP = "nguồn kinh phí bồi thường tạm cấp"
SL = "tổng sản lượng khai thác hải sản"

BOILERPLATE: list = []

STATS = [
    S("923,835 tỷ đồng/1.010 tỷ đồng", "VND", "ratio", ind=KP),
    S("91,47%", "%", "percent", ind=KP),
    S("41.766 đối tượng", "đối tượng", "count"),
    S("28 xã, thị trấn", "xã, thị trấn", "count"),
    S("86,165 tỷ đồng", "VND", "money"),
    S("76,051 tỷ đồng", "VND", "money"),
    S("3.421 đối tượng", "đối tượng", "count"),
    S("104,769 tỷ đồng", "VND", "money"),
    S("6.304 đối tượng", "đối tượng", "count"),
    S("357,983 tỷ đồng", "VND", "money"),
    S("17.276 đối tượng", "đối tượng", "count"),
    S("330,247 tỷ đồng", "VND", "money"),
    S("12.406 đối tượng", "đối tượng", "count"),
    S("50,269 tỷ đồng", "VND", "money"),
    S("2.299 đối tượng", "đối tượng", "count"),
    S("trên 17.000 tấn", "tấn", "measure", q="more_than", ind=SL),
    S("29,2%", "%", "percent", ch="increase", ind=SL),
]

ENTS = [
    E("tỉnh Thừa Thiên-Huế", "LOC", **PV),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG", **UBT),
    E("Nguyễn Văn Phương", "PER", role="Phó Chủ tịch UBND tỉnh Thừa Thiên - Huế"),
    E("Phong Điền", "LOC", **D),
    E("Quảng Điền", "LOC", **D),
    E("Phú Vang", "LOC", **D),
    E("Phú Lộc", "LOC", **D),
    E("thị xã Hương Trà", "LOC", **D),
    E("Quyết định số 1880/QĐ-TTg", "DOC", number="1880", code="QĐ-TTg", **QD),
    E("Quyết định số 309/QĐ-TTg", "DOC", number="309", code="QĐ-TTg", **QD),
    E("Chính phủ", "ORG", **CP),
    E("huyện Phong Điền", "LOC", **D),
    E("huyện Quảng Điền", "LOC", **D),
    E("huyện Phú Vang", "LOC", **D),
    E("huyện Phú Lộc", "LOC", **D),
    E("thị xã Hương Trà", "LOC", **D),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG", **UBT),
    E("Chính phủ", "ORG", **CP),
    E("UBND tỉnh", "ORG", **UBT),
    E("tỉnh Thừa Thiên - Huế", "LOC", **PV),
    E("Thừa Thiên - Huế", "LOC", **PV),
]
