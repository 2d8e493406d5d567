"""baomoi-21487267: Đà Nẵng / Khánh Hòa, the city vice-chairman's and the provincial chairman's meetings on the works and
preparations for APEC 2017 (entities only)."""

from _dsl import B, E

# an uncredited sentence describing the photo of the meeting, glued between the lead and the first body sentence
# (test README 2)
BOILERPLATE = [
    B("Phó Chủ tịch UBND TP Đà Nẵng Nguyễn Ngọc Tuấn chủ trì buổi làm việc."),
]

STATS: list = []

DN = dict(province="Đà Nẵng")
KH = dict(province="Khánh Hòa")
UBDN = dict(canonical="Ủy ban nhân dân thành phố Đà Nẵng", level="province", **DN)
APEC = dict(canonical="Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương")
TUAN = dict(canonical="Nguyễn Ngọc Tuấn")
ST = dict(type="street", **DN)
PROV = dict(level="province")
NT = dict(level="district", **KH)
CR = dict(type="airport", **KH)

ENTS = [
    E("UBND TP", "ORG", **UBDN),  # "Phó Chủ tịch UBND TP Nguyễn Ngọc Tuấn" (dev5 decision 4)
    E("Nguyễn Ngọc Tuấn", "PER", role="Phó Chủ tịch UBND TP"),
    # "các Sở, ngành" is a class (rule 20). The forum's full name is the international body (rule 26); "2017" (the
    # year of its meetings) stays out, as "APEC" is the ORG in "Tuần lễ cấp cao APEC 2017" (dev21 B decision 6)
    E("Diễn đàn hợp tác Kinh tế Châu Á – Thái Bình Dương", "ORG", **APEC),
    E("APEC", "ORG", **APEC),
    # caption "Phó Chủ tịch UBND TP Đà Nẵng Nguyễn Ngọc Tuấn chủ trì buổi làm việc." is boilerplate
    E("Ban Quản lý Dự án Đầu tư Xây dựng các công trình Dân dụng và Công nghiệp Đà Nẵng", "ORG", level="province", **DN),
    # inside the works' name "Công trình Cải tạo ... thành ... phục vụ APEC 2017": the two buildings (dev21 B decision 6)
    E("Trung tâm Hội chợ triển lãm", "LOC", type="facility", canonical="Trung tâm Hội chợ Triển lãm Đà Nẵng", **DN),
    E("Trung tâm Báo chí", "LOC", type="facility", canonical="Trung tâm Báo chí APEC 2017 Đà Nẵng", **DN),
    E("APEC", "ORG", **APEC),
    E("Cung thể thao Tiên Sơn", "LOC", type="facility", **DN),
    E("APEC", "ORG", **APEC),
    # an axis made of consecutive streets: one LOC per street, the first with its word (dev11 A decision 1)
    E("đường Hoàng Sa", "LOC", **ST),
    E("Võ Nguyên Giáp", "LOC", **ST),
    E("Trường Sa", "LOC", **ST),
    E("Nguyễn Văn Linh", "LOC", **ST),
    E("Võ Văn Kiệt", "LOC", **ST),
    # streets after "các tuyến đường" are bare (rule 28); the unnamed "đường gom hai đầu cầu Sông Hàn" gives its bridge
    E("Lê Đại Hành", "LOC", **ST),
    E("30-4", "LOC", canonical="đường 30 tháng 4", **ST),
    E("Phan Đăng Lưu", "LOC", **ST),
    E("cầu Sông Hàn", "LOC", type="bridge", **DN),
    E("Lê Đức Thọ", "LOC", **ST),
    E("Trần Cao Vân", "LOC", **ST),
    E("Trần Quý Cáp", "LOC", **ST),
    E("Nguyễn Hữu Thọ", "LOC", **ST),
    E("Nguyễn Ngọc Tuấn", "PER", **TUAN),
    E("APEC", "ORG", **APEC),
    E("Nguyễn Ngọc Tuấn", "PER", **TUAN),
    E("Sở Xây dựng", "ORG", canonical="Sở Xây dựng thành phố Đà Nẵng", level="province", **DN),
    # Khánh Hòa
    E("Lê Đức Vinh", "PER", role="Chủ tịch UBND tỉnh Khánh Hòa"),
    E("UBND tỉnh Khánh Hòa", "ORG", canonical="Ủy ban nhân dân tỉnh Khánh Hòa", level="province", **KH),
    E("APEC", "ORG", **APEC),
    E("TP Nha Trang", "LOC", **NT),
    E("Khánh Hòa", "LOC", **PROV, **KH),
    # "Ban chỉ đạo của tỉnh Khánh Hòa": the "của" tail is the place (dev16 B decision 3)
    E("Ban chỉ đạo", "ORG", canonical="Ban Chỉ đạo APEC 2017 tỉnh Khánh Hòa", level="province", **KH),
    E("tỉnh Khánh Hòa", "LOC", **PROV, **KH),
    E("Tỉnh Khánh Hòa", "LOC", **PROV, **KH),
    # the province's conference centre, the venue turned press centre (dev9 A decision 5); the lower-case
    # "trung tâm báo chí" after it is its new function, not a name
    E("Trung tâm hội nghị tỉnh", "LOC", type="facility", canonical="Trung tâm Hội nghị tỉnh Khánh Hòa", **KH),
    E("tỉnh Khánh Hòa", "LOC", **PROV, **KH),
    E("Khánh Hòa", "LOC", ctx="con người Khánh Hòa", **PROV, **KH),
    # sights listed as places to visit: LOC (the museum is a place here, not an actor)
    E("Tháp Bà Ponagar", "LOC", type="relic", **KH),
    E("Hòn Chồng", "LOC", type="scenic", **KH),
    E("Bảo tàng Bác sĩ Yersin", "LOC", type="facility", **KH),
    # "trầm hương Khánh Hòa" (agarwood named by its origin) gives nothing
    E("Khánh Hòa", "LOC", ctx="Khánh Hòa cũng đã chuẩn bị", **PROV, **KH),
    E("tỉnh Khánh Hòa", "LOC", ctx="ngành chức năng tỉnh Khánh Hòa", **PROV, **KH),
    E("đại lộ Nguyễn Tất Thành", "LOC", type="street", **KH),
    E("Cảng hàng không quốc tế Cam Ranh", "LOC", **CR),
    E("thành phố Nha Trang", "LOC", **NT),
    E("Công an tỉnh Khánh Hòa", "ORG", level="province", **KH),
    E("Cảng hàng không quốc tế Cam Ranh", "LOC", **CR),
    E("thành phố Nha Trang", "LOC", **NT),
    E("Khánh Hòa", "LOC", ctx="Ngành y tế Khánh Hòa", **PROV, **KH),
    E("Nha Trang", "LOC", ctx="lưu lại Nha Trang", **NT),
    E("Xuân Đương", "PER"),  # byline of two reporters
    E("Tiên Minh", "PER"),
    # the box after the byline is body text (dev14 A decision 7)
    E("APEC", "ORG", **APEC),
    E("Đà Nẵng", "LOC", **PROV, **DN),
    E("Hà Nội", "LOC", level="province", province="Hà Nội"),
    E("TPHCM", "LOC", level="province", province="TP Hồ Chí Minh"),
    E("Hội An", "LOC", level="district", province="Quảng Nam"),
    E("Quảng Nam", "LOC", level="province", province="Quảng Nam"),
    E("Cần Thơ", "LOC", level="province", province="Cần Thơ"),
    E("Hạ Long", "LOC", level="district", province="Quảng Ninh"),
    E("Quảng Ninh", "LOC", level="province", province="Quảng Ninh"),
    E("Nha Trang", "LOC", **NT),
    E("Khánh Hòa", "LOC", **PROV, **KH),
    E("Đà Nẵng", "LOC", **PROV, **DN),
    E("Nha Trang", "LOC", **NT),
    E("APEC", "ORG", **APEC),  # inside the meeting's name (rule 20)
    E("Nha Trang", "LOC", **NT),
    E("APEC", "ORG", **APEC),
    E("APEC", "ORG", **APEC),
]
