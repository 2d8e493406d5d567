"""baomoi-21487690: Bình Định, coral reefs and coastal fisheries; the fisheries department and communes."""

from _dsl import B, E, S

P = "Bình Định"
PV = dict(level="province", province=P)
X = dict(level="commune", province=P)
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định", **PV)
MCD = dict(canonical="Trung tâm Nghiên cứu bảo tồn sinh vật biển và phát triển cộng đồng")
TP = dict(canonical="Doanh nghiệp Tấn Phát", province=P)
IS = dict(type="island", province=P)

BOILERPLATE = [
    B("Doanh nghiệp Tấn Phát chưa có giải pháp bảo vệ rạn san hô"),  # caption glued before the body
]

STATS = [
    S("134km", "km", "measure", ind="chiều dài bờ biển"),
    S("trên 500 loài cá", "loài", "count", q="more_than"),
    S("38 loài cá", "loài", "count"),
    S("65%", "%", "percent", ind="tỷ lệ cá nổi"),
    S("khoảng 38.000 tấn", "tấn", "measure", q="approx", ind="trữ lượng"),
    S("21.000 tấn", "tấn", "measure", ind="khả năng khai thác"),
    S("35%", "%", "percent", ind="tỷ lệ cá đáy"),
    S("khoảng 22.000 tấn", "tấn", "measure", q="approx", ind="trữ lượng"),
    S("11.000 tấn", "tấn", "measure", ind="khả năng khai thác"),
    S("khoảng 7.339 tàu cá", "tàu cá", "count", q="approx"),
    S("980.838 CV", "CV", "measure", ind="tổng công suất"),
    S("dưới 90 CV", "CV", "measure", q="less_than", ind="công suất"),
    S("4.592 chiếc", "chiếc", "count"),
    S("37%", "%", "percent"),
    S("hơn 1.200 chiếc", "chiếc", "count", q="more_than"),
    S("1 tổ", "tổ", "count"),
    S("8 người", "người", "count"),
    S("3 người", "người", "count"),
    S("5 thanh niên", "thanh niên", "count"),
    S("2 lần", "lần", "count"),
    S("7ha", "ha", "measure"),
    S("2ha", "ha", "measure"),
    S("hơn 108ha", "ha", "measure", q="more_than", ind="diện tích rạn san hô"),
]

ENTS = [
    E("Tỉnh Bình Định", "LOC", **PV),
    # caption "Doanh nghiệp Tấn Phát chưa có giải pháp ..." is boilerplate
    E("Bình Định", "LOC", **PV),
    E("Trần Văn Phúc", "PER", role="Phó Giám đốc Sở NN-PTNT Bình Định"),
    E("Sở NN-PTNT Bình Định", "ORG", **SNN),
    E("Phúc", "PER"),
    E("Phúc", "PER"),
    E("Bình Định", "LOC", **PV),  # inside the quoted project title
    E("Sở NN-PTNT Bình Định", "ORG", **SNN),
    E("Trung tâm Nghiên cứu bảo tồn sinh vật biển và phát triển cộng đồng", "ORG", **MCD),
    E("MCD", "ORG", **MCD),
    E("Nhơn Lý", "LOC", **X),
    E("Nhơn Hội", "LOC", **X),
    E("Nhơn Hải", "LOC", **X),
    E("TP Quy Nhơn", "LOC", level="district", province=P),
    E("Nguyễn Tôn Xuân Sáng", "PER", role="Phó Giám đốc HTX Dịch vụ du lịch - thủy sản xã Nhơn Hải"),
    E("HTX Dịch vụ du lịch - thủy sản xã Nhơn Hải", "ORG",
      canonical="Hợp tác xã Dịch vụ du lịch - thủy sản xã Nhơn Hải", **X),
    E("Sáng", "PER"),
    E("Nhơn Hải", "LOC", **X),
    E("Hòn Khô lớn", "LOC", **IS),
    E("UBND tỉnh Bình Định", "ORG", canonical="Ủy ban nhân dân tỉnh Bình Định", **PV),
    E("doanh nghiệp Tấn Phát", "ORG", **TP),
    E("Hòn Khô nhỏ", "LOC", **IS),
    E("Bình Định", "LOC", **PV),
    E("Nguyễn Văn Tiến", "PER", role="Phó Chủ tịch UBND xã Nhơn Hải"),
    E("UBND xã Nhơn Hải", "ORG", canonical="Ủy ban nhân dân xã Nhơn Hải", **X),
    E("doanh nghiệp Tấn Phát", "ORG", **TP),
    E("Hòn Khô lớn", "LOC", **IS),
    E("Trần Thu Huệ", "PER", role="Giám đốc Trung tâm Nghiên cứu bảo tồn sinh vật biển và phát triển cộng đồng"),
    E("Trung tâm Nghiên cứu bảo tồn sinh vật biển và phát triển cộng đồng", "ORG", **MCD),
    E("Bình Định", "LOC", **PV),
]
