"""baomoi-22693093: Lâm Đồng reports its socio-economic situation to a government delegation."""

from _dsl import B, E, S

P = "Lâm Đồng"
PV = dict(level="province", province=P)
D = dict(level="district", province=P)
CP = dict(canonical="Chính phủ", level="national")
KDL = "khách du lịch"
NS = "tổng thu ngân sách trên địa bàn"

BOILERPLATE = [
    B('Phó Thủ tướng Vương Đình Huệ làm việc với', 'Lâm Đồng.'),
    B('Đoàn Công tác', 'Đà Lạt.'),
]

STATS = [
    S("3.048 tỷ đồng", "VND", "money", ind=NS),
    S("36%", "%", "percent", ch="increase", ind=NS),
    S("55%", "%", "percent", ind="nguồn vốn đầu tư công đã giải ngân và thanh toán"),
    S("gần 3 triệu lượt người", "lượt người", "count", q="approx", ind=KDL),
    S("13,4%", "%", "percent", ch="increase", ind=KDL),
    S("204.000 lượt người", "lượt người", "count", ind="khách quốc tế"),
    S("trên 49.000 ha", "ha", "measure", q="more_than", ind="đất canh tác sản xuất"),
    S("17,7%", "%", "percent", ind="diện tích canh tác ứng dụng công nghệ cao"),
    S("trên 19.300 con", "con", "count", q="more_than", ind="đàn bò sữa"),
    S("1 trang trại", "trang trại", "count"),
    S("500 con", "con", "count"),
    S("194 hợp tác xã", "hợp tác xã", "count"),
    S("trên 90 ngàn thành viên", "thành viên", "count", q="more_than"),
    S("189 tổ hợp tác", "tổ hợp tác", "count"),
    S("trên 3.600 thành viên", "thành viên", "count", q="more_than"),
]

ENTS = [
    E("Chính phủ", "ORG", **CP),
    E("Vương Đình Huệ", "PER", role="Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ"),
    E("Bộ Chính trị", "ORG", canonical="Bộ Chính trị Ban Chấp hành Trung ương Đảng", level="national"),
    E("Chính phủ", "ORG", **CP),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("UBND tỉnh Lâm Đồng", "ORG", canonical="Ủy ban nhân dân tỉnh Lâm Đồng", **PV),
    E("Đoàn Văn Việt", "PER", role="Chủ tịch UBND tỉnh Lâm Đồng"),
    E("Chính phủ", "ORG", **CP),
    E("Lâm Đồng", "LOC", **PV),
    E("Đơn Dương", "LOC", **D),
    E("Tỉnh Lâm Đồng", "LOC", **PV),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("Chính phủ", "ORG", **CP),
    E("đường ĐT 725", "LOC", type="road", province=P),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("đường cao tốc Dầu Giây - Liên Khương", "LOC", type="road"),
    E("đường Quốc lộ 27", "LOC", type="road"),
    E("sân bay Liên Khương", "LOC", type="airport", province=P),
    E("Trung tâm huấn luyện thể thao tỉnh Lâm Đồng", "ORG",
      canonical="Trung tâm huấn luyện thể thao tỉnh Lâm Đồng", **PV),
    E("Chính phủ", "ORG", ctx="Thay mặt", **CP),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng"),
    E("Đảng bộ", "ORG", canonical="Đảng bộ tỉnh Lâm Đồng", **PV),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("Chính phủ", "ORG", **CP),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("Chính phủ", "ORG", **CP),
    E("tỉnh Lâm Đồng", "LOC", **PV),
    E("Công ty Trách nhiệm hữu hạn Hoa Mặt Trời", "ORG", canonical="Công ty TNHH Hoa Mặt Trời", province=P),
    E("huyện Đức Trọng", "LOC", **D),
    E("Nhật", "LOC", level="country"),
    E("Australia", "LOC", level="country"),
    E("Nga", "LOC", level="country"),
    E("Singapore", "LOC", level="country"),
    E("huyện Đức Trọng", "LOC", **D),
    E("thành phố Đà Lạt", "LOC", **D),
    E("Chính phủ", "ORG", **CP),
    E("Chu Quốc Hùng", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
