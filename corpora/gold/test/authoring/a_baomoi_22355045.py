"""baomoi-22355045: Nghệ An, huyện Tương Dương: compensation for the Nậm Nơn hydropower site clearance."""

from _dsl import B, E, S

P = "Nghệ An"
PV = dict(level="province", province=P)
D = dict(level="district", province=P)
X = dict(level="commune", province=P)
V = dict(level="village", province=P)
TD = dict(type="facility", province=P)
HD = dict(canonical="Hội đồng giải phóng mặt bằng huyện Tương Dương", **D)
TDB = "tiền đền bù"

BOILERPLATE = [
    B("XEM CLIP:", kind="related"),
    B("Dự án Nhà máy thủy điện Nậm Nơn đã hoàn thành xong đưa vào sử dụng."),
    B("Người dân phản ánh sự việc với VietNamNet"),
    B("Hồ sơ gốc người dân ký trước ngày nhận tiền", "chỉ bằng 1/3"),
    B("XEM CLIP:", kind="related"),
    B("Ông Nguyễn Phùng Hùng."),
]

STATS = [
    S("91 gia đình", "gia đình", "count"),
    S("3 xã", "xã", "count"),
    S("1/3", None, "ratio", ind=TDB),
    S("91 hộ", "hộ", "count"),
    S("hơn 88 triệu đồng", "VND", "money", q="more_than"),
    S("266 triệu đồng", "VND", "money"),
    S("1/3", None, "ratio"),
    S("hơn 38 triệu đồng", "VND", "money", q="more_than"),
    S("gần 13 triệu", "VND", "money", q="approx"),
    S("121 triệu đồng", "VND", "money"),
    S("40 triệu", "VND", "money"),
    S("1/3", None, "ratio", ind=TDB),
    S("105 triệu đồng", "VND", "money", ind=TDB),
    S("40 triệu", "VND", "money"),
    S("100%", "%", "percent", ind=TDB),
    S("4 hộ", "hộ", "count"),
    S("91 hộ", "hộ", "count"),
    S("gần 1,2 tỷ đồng", "VND", "money", q="approx", ind="tổng số tiền"),
    S("1/3", None, "ratio", ind="tổng số tiền"),
]

ENTS = [
    E("huyện Tương Dương", "LOC", **D),
    E("Nghệ An", "LOC", **PV),
    E("thủy điện Nâm Nơn", "LOC", canonical="thủy điện Nậm Nơn", **TD),
    E("bản Lả", "LOC", **V),
    E("xã Lượng Minh", "LOC", **X),
    E("Xá Lượng", "LOC", **X),
    E("huyện Tương Dương", "LOC", **D),
    E("Nghệ An", "LOC", **PV),
    E("hội đồng GPMB huyện", "ORG", **HD),
    E("Hội đồng GPMB huyện Tương Dương", "ORG", **HD),
    E("công ty CP Tổng công ty phát triển năng lượng Nghệ An", "ORG",
      canonical="Công ty cổ phần Tổng công ty Phát triển năng lượng Nghệ An", province=P),
    E("thủy điện Nậm Nơn", "LOC", **TD),
    E("Lượng Minh", "LOC", **X),
    E("Xá Lượng", "LOC", **X),
    E("Yên Na", "LOC", **X),
    E("bản Lả", "LOC", **V),
    E("xã Lượng Minh", "LOC", **X),
    E("hội đồng GPMB huyện Tương Dương", "ORG", **HD),
    E("Vi Xá Hương", "PER"),
    E("bản Lả", "LOC", **V),
    E("xã Lượng Minh", "LOC", **X),
    E("thủy điện Nậm Nơn", "LOC", **TD),
    E("Hương", "PER"),
    E("Lô Văn Bính", "PER"),
    E("bản Lả", "LOC", **V),
    E("Lay Đại Cương", "PER"),
    E("bản Cửa Rào 1", "LOC", **V),
    E("xã Xá Lượng", "LOC", **X),
    E("Vi Trọng Khánh", "PER"),
    E("Khánh", "PER"),
    E("Vi Văn Phúc", "PER", role="Chủ tịch UBND xã Lượng Minh"),
    E("UBND xã Lượng Minh", "ORG", canonical="Ủy ban nhân dân xã Lượng Minh", **X),
    E("huyện Tương Dương", "LOC", **D),
    E("hội đồng GPMB huyện", "ORG", **HD),
    E("hội đồng GPMB huyện", "ORG", **HD),
    E("phòng TNMT huyện", "ORG", canonical="Phòng Tài nguyên và Môi trường huyện Tương Dương", **D),
    E("thủy điện Nậm Nơn", "LOC", **TD),
    E("Phúc", "PER"),
    E("Nguyễn Văn Hải", "PER", role="Chủ tịch UBND huyện Tương Dương"),
    E("UBND huyện Tương Dương", "ORG", canonical="Ủy ban nhân dân huyện Tương Dương", **D),
    E("hội đồng GPMB huyện", "ORG", **HD),
    E("Phòng TN&MT huyện Tương Dương", "ORG", canonical="Phòng Tài nguyên và Môi trường huyện Tương Dương", **D),
    E("Nguyễn Phùng Hùng", "PER", role="Trưởng Phòng TN&MT huyện Tương Dương"),
    E("bản Lả", "LOC", **V),
    E("xã Lượng Minh", "LOC", **X),
    E("Phòng Cảnh sát điều tra kinh tế", "ORG",
      canonical="Phòng Cảnh sát điều tra tội phạm về kinh tế Công an tỉnh Nghệ An", **PV),
    E("PC46", "ORG", canonical="Phòng Cảnh sát điều tra tội phạm về kinh tế Công an tỉnh Nghệ An", **PV),
    E("Công an Nghệ An", "ORG", canonical="Công an tỉnh Nghệ An", **PV),
    E("Quốc Huy", "PER"),
]
