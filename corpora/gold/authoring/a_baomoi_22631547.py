"""baomoi-22631547: Nghệ An, the Provincial Party Standing Committee reviews industrial development."""

from _dsl import B, E, S

P = "Nghệ An"
PV = dict(level="province", province=P)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Nghệ An", **PV)
TU = dict(canonical="Tỉnh ủy Nghệ An", **PV)
BTV = dict(canonical="Ban Thường vụ Tỉnh ủy Nghệ An", **PV)
IND = "tốc độ tăng giá trị sản xuất công nghiệp bình quân"

BOILERPLATE = [
    B('Đồng chí Nguyễn', 'Nguyên Sơn'),
    B('Đồng chí Nguyễn', 'Nguyên Nguyên'),
    B('Phát triển công', 'Hồ Phương'),
    B('» Đồng chí', 'hành chính', kind="related"),
]

STATS = [
    S("50 CCN", "CCN", "count"),
    S("920,4ha", "ha", "measure", ind="tổng diện tích theo qui hoạch"),
    S("33 CCN", "CCN", "count"),
    S("18 CCN", "CCN", "count"),
    S("10 CCN", "CCN", "count"),
    S("8 CCN", "CCN", "count"),
    S("4 CCN", "CCN", "count"),
    S("11 CCN", "CCN", "count"),
    S("trên 21.245,7 tỷ đồng", "VND", "money", q="more_than", ind="nguồn vốn"),
    S("trên 4.410 tỷ đồng", "VND", "money", q="more_than"),
    S("8 khu công nghiệp", "khu công nghiệp", "count"),
    S("15,07%", "%", "percent", ind=IND),
    S("16-17%", "%", "range", high=17, ind=IND),
    S("15,07%", "%", "percent", ind=IND),
    S("9,64%", "%", "percent", ind="mức bình quân chung cả nước"),
    S("886 doanh nghiệp", "doanh nghiệp", "count", ind="tổng số doanh nghiệp công nghiệp"),
    S("199 doanh nghiệp", "doanh nghiệp", "count", ch="increase", ind="tổng số doanh nghiệp công nghiệp"),
    S("trên 59.020 người", "người", "count", q="more_than",
      ind="tổng số lao động trong các doanh nghiệp công nghiệp"),
    S("50.805 lao động", "lao động", "count"),
]

ENTS = [
    E("UBND tỉnh", "ORG", **UBT),
    E("Ban thường vụ Tỉnh ủy", "ORG", **BTV),
    E("Nghị quyết số 06-NQ/TU ngày 04/11/2011", "DOC", type="Nghị quyết", number="06", code="NQ/TU",
      date="2011-11-04", issuer="Ban Chấp hành Đảng bộ tỉnh Nghệ An"),
    E("BCH Đảng bộ tỉnh Nghệ An", "ORG", canonical="Ban Chấp hành Đảng bộ tỉnh Nghệ An", **PV),
    E("Nguyễn Đắc Vinh", "PER", ctx="Sáng 28/6",
      role="Ủy viên BCH Trung ương Đảng, Trưởng đoàn Đại biểu Quốc hội tỉnh Nghệ An, Bí thư Tỉnh ủy"),
    E("BCH Trung ương Đảng", "ORG", canonical="Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
      level="national"),
    E("đoàn Đại biểu Quốc hội tỉnh Nghệ An", "ORG", canonical="Đoàn đại biểu Quốc hội tỉnh Nghệ An", **PV),
    E("Tỉnh ủy", "ORG", **TU),
    E("Ban thường vụ Tỉnh ủy", "ORG", **BTV),
    E("Nguyễn Xuân Sơn", "PER", role="Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
    E("Tỉnh ủy", "ORG", **TU),
    E("HĐND tỉnh", "ORG", canonical="Hội đồng nhân dân tỉnh Nghệ An", **PV),
    E("Tỉnh ủy", "ORG", **TU),
    E("Nguyễn Xuân Đường", "PER", role="Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
    E("UBND tỉnh", "ORG", **UBT),
    E("Lê Quang Huy", "PER", role="Phó Bí thư Tỉnh ủy"),
    E("Nguyễn Văn Thông", "PER", role="Phó Bí thư Tỉnh ủy"),
    E("Ban thường vụ Tỉnh ủy", "ORG", **BTV),
    E("UBND tỉnh", "ORG", **UBT),
    E("Văn phòng Trung ương Đảng", "ORG", canonical="Văn phòng Trung ương Đảng", level="national"),
    E("Nghệ An", "LOC", **PV),
    E("tỉnh Nghệ An", "LOC", **PV),
    E("UBND tỉnh", "ORG", **UBT),
    E("tỉnh Nghệ An", "LOC", **PV),
    E("Ban thường vụ Tỉnh ủy Nghệ An", "ORG", **BTV),
    E("Nguyên Nguyên", "PER", ctx="hành chính Nguyên"),
]
