"""baomoi-21492701: TP Hồ Chí Minh, 100-million-đồng social housing after the visit to Bình Dương."""

from _dsl import B, E, S

P = "Hồ Chí Minh"
TP = dict(level="province", province=P)
D = dict(level="district", province=P)
BD = dict(level="province", province="Bình Dương")
SXD = dict(canonical="Sở Xây dựng Thành phố Hồ Chí Minh", **TP)
KCN = dict(type="industrial_park", province=P)

BOILERPLATE = [
    B("Căn hộ 100 triệu đồng ở Bình Dương.", "Ảnh: Minh Duy."),
    B("Theo Vnexpress", kind="source"),
]

STATS = [
    S("100 triệu đồng", "VND", "money", ind="giá"),
    S("100 triệu", "VND", "money", ind="giá"),
    S("từ 300 đến 500 triệu đồng", "VND", "range", ind="giá"),
    S("100 triệu mỗi căn", "VND/căn", "rate", ind="giá"),
    S("3 điều kiện", "điều kiện", "count"),
    S("khoảng 25 m2", "m2", "measure", q="approx", ind="diện tích căn hộ"),
    S("4 triệu đồng mỗi m2", "VND/m2", "rate", ind="suất đầu tư"),
    S("100 triệu đồng", "VND", "money", ctx="muốn xây dựng nhà ở giá", ind="giá"),
    S("2 khu vực", "khu vực", "count"),
    S("100 triệu", "VND", "money"),
    S("5.000 căn nhà", "căn", "count"),
    S("20 m2", "m2", "measure"),
    S("10 m2", "m2", "measure", ind="gác lửng"),
    S("từ 100 triệu đồng", "VND", "money", q="at_least", ind="giá"),
]

ENTS = [
    E("Sở Xây dựng", "ORG", **SXD),
    E("Trần Trọng Tuấn", "PER", role="Giám đốc Sở Xây dựng"),
    E("KCN Hiệp Phước", "LOC", **KCN),
    E("huyện Nhà Bè", "LOC", **D),
    E("Linh Trung", "LOC", canonical="KCN Linh Trung", **KCN),
    E("quận Thủ Đức", "LOC", **D),
    E("Sở Xây dựng TP HCM", "ORG", **SXD),
    E("Trần Trọng Tuấn", "PER", role="Giám đốc Sở Xây dựng TP HCM"),
    E("Bình Dương", "LOC", **BD),
    # caption "Căn hộ 100 triệu đồng ở Bình Dương. Ảnh: Minh Duy." is boilerplate
    E("TP HCM", "LOC", **TP),
    E("KCN Hiệp Phước", "LOC", **KCN),
    E("huyện Nhà Bè", "LOC", **D),
    E("Linh Trung", "LOC", canonical="KCN Linh Trung", **KCN),
    E("quận Thủ Đức", "LOC", **D),
    E("Tuấn", "PER"),
    E("UBND thành phố", "ORG", canonical="Ủy ban nhân dân Thành phố Hồ Chí Minh", **TP),
    E("Lê Văn Khoa", "PER", role="Phó Chủ tịch UBND thành phố"),
    E("Sở Xây dựng", "ORG", **SXD),
    E("tỉnh Bình Dương", "LOC", **BD),
    E("TP HCM", "LOC", **TP),
    E("tỉnh Bình Dương", "LOC", **BD),
    E("Thành ủy TP HCM", "ORG", canonical="Thành ủy Thành phố Hồ Chí Minh", **TP),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP HCM"),
    E("tỉnh Bình Dương", "LOC", **BD),
]
