"""baomoi-22267347: Hải Phòng / Thái Bình: groundbreaking of the coastal road BOT project."""

from _dsl import B, E, S

P = "Hải Phòng"
HP = dict(level="province", province=P)
TB = dict(level="province", province="Thái Bình")
D = dict(level="district", province=P)
BV = dict(canonical="Báo Bảo vệ pháp luật", level="national")
UBTP = dict(canonical="Ủy ban nhân dân thành phố Hải Phòng", **HP)
BR = dict(type="bridge")
CC1 = dict(canonical="Tổng công ty Xây dựng số 1 - CTCP")
BVU = dict(canonical="Công ty cổ phần Đầu tư và Xây dựng Bùi Vũ")
IDI = dict(canonical="Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp Việt Nam - TNHH MTV")
C9 = dict(canonical="Công ty cổ phần Đầu tư phát triển hạ tầng giao thông 9")

BOILERPLATE = [
    B("Đồng chí Lê Văn Thành – Bí thư Thành ủy Hải Phòng phát biểu tại buổi lễ"),
    B("Các vị đại biểu nhấn nút khởi công dự án"),
]

STATS = [
    S("9 km", "km", "measure"),
    S("9 km", "km", "measure"),
    S("6 tỉnh", "tỉnh", "count"),
    S("550 km", "km", "measure"),
    S("4 nhà đầu tư", "nhà đầu tư", "count"),
    S("9 km", "km", "measure"),
    S("3.460 tỷ đồng", "VND", "money", ind="tổng vốn đầu tư"),
    S("411,754 tỷ đồng", "VND", "money", ind="vốn góp của Nhà nước"),
    S("29,7 km", "km", "measure", ind="tổng chiều dài toàn tuyến"),
    S("khoảng 20,8 km", "km", "measure", q="approx", ind="tổng chiều dài"),
    S("9 km", "km", "measure"),
    S("12m", "m", "measure", ind="chiều rộng nền đường"),
    S("11m", "m", "measure", ind="bề rộng mặt đường"),
    S("16m", "m", "measure", ind="chiều rộng nền đường"),
    S("9 cầu", "cầu", "count"),
    S("5 cầu", "cầu", "count"),
    S("3,5 km", "km", "measure", ind="chiều dài"),
    S("4 cầu", "cầu", "count"),
    S("127,6m", "m", "measure"),
    S("gần 3.461 tỷ đồng", "VND", "money", q="approx", ind="tổng mức đầu tư"),
    S("4 nhà đầu tư", "nhà đầu tư", "count"),
    S("gần 412 tỷ đồng", "VND", "money", q="approx"),
]

ENTS = [
    # the lead is printed twice; both copies are text
    E("BVPL", "ORG", **BV),
    E("UBND thành phố Hải Phòng", "ORG", **UBTP),
    E("thành phố Hải Phòng", "LOC", **HP),
    E("tỉnh Thái Bình", "LOC", **TB),
    E("BVPL", "ORG", **BV),
    E("UBND thành phố Hải Phòng", "ORG", **UBTP),
    E("thành phố Hải Phòng", "LOC", **HP),
    E("tỉnh Thái Bình", "LOC", **TB),
    E("Quảng Ninh", "LOC", level="province", province="Quảng Ninh"),
    E("Hải Phòng", "LOC", **HP),
    E("Thái Bình", "LOC", **TB),
    E("Nam Định", "LOC", level="province", province="Nam Định"),
    E("Ninh Bình", "LOC", level="province", province="Ninh Bình"),
    E("Thanh Hóa", "LOC", level="province", province="Thanh Hóa"),
    E("Chính phủ", "ORG", canonical="Chính phủ", level="national"),
    E("Tổng công ty Xây dựng số 1 – CTCP", "ORG", **CC1),
    E("CC1", "ORG", **CC1),
    E("Công ty CP Đầu tư và Xây dựng Bùi Vũ", "ORG", **BVU),
    E("Tổng công ty Đầu tư phát triển đô thị và khu công nghiệp Việt Nam – TNHH MTV", "ORG", **IDI),
    E("IDICO", "ORG", **IDI),
    E("Công ty CP Đầu tư phát triển hạ tầng giao thông 9", "ORG", **C9),
    E("CIENCO 9", "ORG", **C9),
    # caption "Đồng chí Lê Văn Thành – Bí thư Thành ủy Hải Phòng ..." is boilerplate
    E("TP. Hải Phòng", "LOC", **HP),
    E("tỉnh Thái Bình", "LOC", **TB),
    E("quận Đồ Sơn", "LOC", **D),
    E("Kiến Thụy", "LOC", **D),
    E("Tiên Lãng", "LOC", **D),
    E("TP. Hải Phòng", "LOC", **HP),
    E("huyện Thái Thụy", "LOC", level="district", province="Thái Bình"),
    E("tỉnh Thái Bình", "LOC", **TB),
    E("TP. Hải Phòng", "LOC", **HP),
    E("tỉnh Thái Bình", "LOC", **TB),
    E("đường Phạm Văn Đồng", "LOC", type="road", province=P),
    E("đường tỉnh 361", "LOC", type="road", province=P),
    E("Quy chuẩn quốc gia về báo hiệu đường bộ QC41:2016/ BGTVT", "DOC", type="Quy chuẩn", number="41",
      code="2016/BGTVT", issuer="Bộ Giao thông vận tải"),
    E("TP. Hải Phòng", "LOC", **HP),
    E("sông Lạch Họng", "LOC", type="river", province=P),
    E("sông Văn Úc", "LOC", type="river", province=P),
    E("ĐT.212", "LOC", type="road", province=P),
    E("Kênh Nam", "LOC", type="canal", province=P),
    E("sông Thái Bình", "LOC", type="river"),
    E("Thái Bình", "LOC", **TB),
    E("cầu sông Tiên", "LOC", province="Thái Bình", **BR),
    E("cầu Chùa Xú", "LOC", province="Thái Bình", **BR),
    E("cầu Thụy Trường", "LOC", province="Thái Bình", **BR),
    E("cầu Thụy An", "LOC", province="Thái Bình", **BR),
    E("Tổng công ty xây dựng số 1", "ORG", **CC1),
    E("Công ty cổ phần đầu tư và xây dựng Bùi Vũ", "ORG", **BVU),
    E("Tổng công ty đầu tư phát triển đô thị và KCN Việt Nam", "ORG", **IDI),
    E("Công ty cổ phần đầu tư phát triển hạ tầng giao thông 9", "ORG", **C9),
    E("thành phố Hải Phòng", "LOC", **HP),
    # caption "Các vị đại biểu nhấn nút khởi công dự án" is boilerplate
    E("Bắc Bộ", "LOC", level="region"),
    E("Hải Phòng", "LOC", **HP),
    E("Thái Bình", "LOC", **TB),
    E("thành phố Hải Phòng", "LOC", **HP),
    E("Hải Phòng", "LOC", **HP),
    E("đường ven biển Hải Phòng-Thái Bình", "LOC", type="road"),
    E("Minh Trang", "PER"),
]
