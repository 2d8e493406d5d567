"""baomoi-22654964: Yên Bái, appointment and assets of the director of natural resources and environment."""

from _dsl import B, E, S

P = "Yên Bái"
PV = dict(level="province", province=P)
N = dict(level="national")
VP = dict(canonical="Văn phòng Ủy ban nhân dân tỉnh Yên Bái", **PV)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Yên Bái", **PV)
STN = dict(canonical="Sở Tài nguyên và Môi trường tỉnh Yên Bái", **PV)
CP = dict(canonical="Chính phủ", **N)
BNV = dict(canonical="Bộ Nội vụ", **N)
CCTN = dict(canonical="Cục Chống tham nhũng, Thanh tra Chính phủ", **N)
QUY_ROLE = "Giám đốc Sở Tài nguyên và Môi trường Yên Bái"
NGU_ROLE = "Chánh văn phòng UBND tỉnh Yên Bái"

BOILERPLATE = [
    B("Ông Phạm Sỹ Quý- Giám đốc Sở Tài nguyên và Môi trường Yên Bái."),
    B('Dinh cơ "khủng" của ông Phạm Sỹ Quý.'),
]

STATS = [
    S("600 m2", "m2", "measure", ind="diện tích xây dựng"),
    S("trên 130 m2", "m2", "measure", q="more_than"),
    S("2,5 tỷ đồng", "VND", "money", ind="giá trị tại thời điểm xây dựng"),
    S("150 m2", "m2", "measure", ind="diện tích xây dựng"),
    S("200 triệu đồng", "VND", "money", ind="giá trị"),
    S("1.000 m2", "m2", "measure"),
    S("500 triệu đồng", "VND", "money", ind="trị giá"),
    S("2 ha", "ha", "measure", ind="diện tích"),
    S("1 tỷ đồng", "VND", "money", ind="giá trị"),
    S("1 tỷ đồng", "VND", "money", ch="increase", ind="tổng thu nhập"),
    S("hơn 13.000 m2", "m2", "measure", q="more_than"),
    S("20 tỷ đồng", "VND", "money"),
    S("20 tỷ đồng", "VND", "money", ind="khoản vay"),
    S("20 tỷ đồng", "VND", "money"),
    S("khoảng 230-250 triệu/tháng", "VND/tháng", "range", q="approx", value=230e6, ind="thu nhập"),
]

ENTS = [
    E("Chu Đình Ngữ", "PER", role=NGU_ROLE),
    E("văn phòng UBND tỉnh Yên Bái", "ORG", **VP),
    E("Phạm Sỹ Quý", "PER", role=QUY_ROLE),
    E("Sở Tài nguyên và Môi trường Yên Bái", "ORG", **STN),
    # caption "Ông Phạm Sỹ Quý- Giám đốc ..." is boilerplate
    E("Bộ Nội vụ", "ORG", **BNV),
    E("Phạm Sỹ Quý", "PER", role=QUY_ROLE),
    E("Sở Tài nguyên và Môi trường Yên Bái", "ORG", **STN),
    E("UBND tỉnh Yên Bái", "ORG", **UBT),
    E("tỉnh Yên Bái", "LOC", **PV),
    E("Chu Đình Ngữ", "PER", role=NGU_ROLE),
    E("văn phòng UBND tỉnh Yên Bái", "ORG", **VP),
    E("Bộ Nội vụ", "ORG", **BNV),
    E("UBND tỉnh Yên Bái", "ORG", **UBT),
    E("Chính phủ", "ORG", **CP),
    E("Thanh tra Bộ Nội vụ", "ORG", canonical="Thanh tra Bộ Nội vụ", **N),
    E("Chính phủ", "ORG", **CP),
    E("UBND tỉnh Yên Bái", "ORG", **UBT),
    E("Chính phủ", "ORG", **CP),
    E("Phạm Sỹ Quý", "PER"),
    E("Quý", "PER"),
    E("văn phòng UBND tỉnh Yên Bái", "ORG", **VP),
    E("công văn số 5678/VPCP-TCCV ngày 1/6/2017", "DOC", type="Công văn", number="5678", code="VPCP-TCCV",
      date="2017-06-01", issuer="Văn phòng Chính phủ"),
    E("Văn phòng Chính phủ", "ORG", canonical="Văn phòng Chính phủ", **N),
    E("Chính phủ", "ORG", **CP),
    E("Phạm Sỹ Quý", "PER"),
    E("Phạm Sỹ Quý", "PER"),
    E("Sở Tài nguyên và Môi trường", "ORG", **STN),
    E("Trung tâm Phát triển quỹ đất tỉnh Yên Bái", "ORG", canonical="Trung tâm Phát triển quỹ đất tỉnh Yên Bái",
      **PV),
    E("Phạm Thị Thanh Trà", "PER", role="Bí thư Tỉnh ủy Yên Bái"),
    E("UBND tỉnh Yên Bái", "ORG", **UBT),
    E("Tỉnh ủy Yên Bái", "ORG", canonical="Tỉnh ủy Yên Bái", **PV),
    E("Trà", "PER"),
    E("Thường trực Tỉnh ủy", "ORG", canonical="Thường trực Tỉnh ủy Yên Bái", **PV),
    E("Thường vụ Tỉnh ủy tỉnh Yên bái", "ORG", canonical="Ban Thường vụ Tỉnh ủy Yên Bái", **PV),
    E("UBND tỉnh", "ORG", **UBT),
    E("Trà", "PER"),
    E("Phạm Sỹ Quý", "PER"),
    E("Tổ 51", "LOC", level="village", province=P),
    E("phường Minh Tân", "LOC", level="commune", province=P),
    E("khu chung cư Mandarin Garden", "LOC", type="facility", province="Hà Nội"),
    E("đường Trần Duy Hưng", "LOC", type="road", province="Hà Nội"),
    E("quận Cầu Giấy", "LOC", level="district", province="Hà Nội"),
    E("Hà Nội", "LOC", level="province", province="Hà Nội"),
    E("Quý", "PER"),
    E("Quý", "PER"),
    # caption 'Dinh cơ "khủng" của ông Phạm Sỹ Quý.' is boilerplate
    E("Cục Chống tham nhũng", "ORG", **CCTN),
    E("Thanh tra Chính phủ", "ORG", canonical="Thanh tra Chính phủ", **N),
    E("Phạm Sỹ Quý", "PER"),
    E("Quý", "PER"),
    E("Phạm Trọng Đạt", "PER", role="Cục trưởng Cục Chống tham nhũng"),
    E("Cục Chống tham nhũng", "ORG", **CCTN),
    E("Quý", "PER"),
    E("Quý", "PER"),
    E("Quý", "PER"),
    E("Thế Kha", "PER"),
    E("Tuấn Hợp", "PER"),
    E("Dân Trí", "ORG", canonical="Báo Dân trí", **N),
]
