"""baomoi-21480387: Quảng Ngãi, huyện Mộ Đức: crop restructuring and high-income model fields."""

from _dsl import B, E, S

P = "Quảng Ngãi"
D = dict(level="district", province=P)
X = dict(level="commune", province=P)
F = dict(type="field", province=P)
R = "VND/ha/năm"
TN = "thu nhập trên 1ha đất sản xuất nông nghiệp"

BOILERPLATE = [
    B("Nhờ chuyển đổi cơ cấu cây trồng, nhiều cánh đồng", "Ảnh: H.H"),
]

STATS = [
    S("26 cánh đồng", "cánh đồng", "count"),
    S("14 vùng", "vùng", "count"),
    S("trên 246ha", "ha", "measure", q="more_than", ind="tổng diện tích"),
    S("250 triệu đồng/ha/năm", R, "rate", ind="doanh thu bình quân"),
    S("600-700 triệu đồng/ha/năm", R, "range", value=600e6, ind="doanh thu"),
    S("hơn 200ha", "ha", "measure", q="more_than"),
    S("trên 100 triệu đồng/ha/năm", R, "rate", q="more_than", ind="thu nhập"),
    S("trên 340 triệu", R, "rate", q="more_than", ind="doanh thu"),  # unit shared with the next figure
    S("trên 250 triệu đồng/ha/năm", R, "rate", q="more_than", ind="doanh thu"),
    S("399ha", "ha", "measure"),
    S("khoảng 10ha/điểm", "ha/điểm", "rate", q="approx", ind="diện tích thực hiện"),
    S("2ha", "ha", "measure", ind="tổng diện tích"),
    S("19,5ha", "ha", "measure"),
    S("70 triệu đồng/ha/năm", R, "rate", ind=TN),
    S("13%", "%", "percent", ch="increase", ind=TN),
    S("17 triệu đồng/ha/năm", R, "rate", ch="increase", ind=TN),  # "cao hơn 17 triệu ... so với"
    S("3 triệu đồng/người", "VND/người", "rate", ch="increase",
      ind="thu nhập của hộ nông dân trong sản xuất nông nghiệp"),
]

ENTS = [
    E("huyện Mộ Đức", "LOC", **D),
    E("Phòng NN&PTNT huyện", "ORG", canonical="Phòng Nông nghiệp và Phát triển nông thôn huyện Mộ Đức", **D),
    E("Mộ Đức", "LOC", **D),
    E("Mộ Đức", "LOC", **D),
    E("cánh đồng Mẫu Trại", "LOC", **F),
    E("Đức Thắng", "LOC", **X),
    E("cánh đồng Gò Chụp", "LOC", **F),
    E("Đức Chánh", "LOC", **X),
    # caption "Nhờ chuyển đổi ... ở Mộ Đức ... Ảnh: H.H" is boilerplate
    E("cánh đồng Soi Huyện", "LOC", **F),
    E("xã Đức Nhuận", "LOC", **X),
    E("Mộ Đức", "LOC", ctx="2016, Mộ Đức", **D),
    E("Đức Tân", "LOC", **X),
    E("Đức Hiệp", "LOC", **X),
    E("Đức Phú", "LOC", **X),
    E("Đức Lân", "LOC", **X),
    E("Đức Thắng", "LOC", **X),
    E("Mộ Đức", "LOC", **D),
    E("UBND huyện Mộ Đức", "ORG", canonical="Ủy ban nhân dân huyện Mộ Đức", **D),
    E("Vũ Nhân", "PER", role="Phó Chủ tịch UBND huyện Mộ Đức"),
    E("Thạch Trụ", "ORG", canonical="Hợp tác xã Thạch Trụ", **X),
    E("Đức Chánh", "ORG", canonical="Hợp tác xã Đức Chánh", **X),
    E("Tú Sơn", "ORG", canonical="Hợp tác xã Tú Sơn", **X),
    E("xã Đức Thắng", "LOC", **X),
    E("Đức Thạnh", "LOC", **X),
    E("Đức Hòa", "LOC", **X),
    E("Đức Tân", "LOC", **X),
    E("xã Đức Tân", "LOC", **X),
    E("huyện Mộ Đức", "LOC", **D),
    E("Hồng Hoa", "PER"),
    E("Báo Quảng Ngãi", "ORG", canonical="Báo Quảng Ngãi", level="province", province=P),
]
