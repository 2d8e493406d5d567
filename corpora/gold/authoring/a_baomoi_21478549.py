"""baomoi-21478549: Thái Bình and nationwide, local budgets entrusted to the social-policy bank (Chỉ thị 40)."""

from _dsl import E, S

P = "Thái Bình"
PV = dict(level="province", province=P)
NHCS = dict(canonical="Ngân hàng Chính sách xã hội Việt Nam", level="national")
NHCS_TB = dict(canonical="Chi nhánh Ngân hàng Chính sách xã hội tỉnh Thái Bình", **PV)
BBT = dict(canonical="Ban Bí thư Trung ương Đảng", level="national")
DANG = dict(canonical="Đảng Cộng sản Việt Nam", level="national")
TU = dict(canonical="Tỉnh ủy Thái Bình", **PV)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Thái Bình", **PV)
BDD = dict(canonical="Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội tỉnh Thái Bình", **PV)
CT40 = dict(type="Chỉ thị", number="40", code="CT/TW", issuer="Ban Bí thư Trung ương Đảng")
UT = "nguồn vốn ngân sách địa phương ủy thác sang NHCSXH"

BOILERPLATE: list = []

STATS = [
    S("1.888 tỷ đồng", "VND", "money", ch="increase", ind="số vốn ngân sách địa phương ủy thác"),
    S("35%", "%", "percent", ch="increase", ind="số vốn ngân sách địa phương ủy thác"),
    S("6.783 tỷ đồng", "VND", "money", ind="tổng nguồn vốn nhận ủy thác tại địa phương"),
    S("11.189 chi bộ", "chi bộ", "count"),
    S("100%", "%", "percent", ind="Ban đại diện HĐQT NHCSXH cấp tỉnh, cấp huyện"),
    S("hơn 9,55 tỷ đồng", "VND", "money", q="more_than", ind="tổng số tiền chuyển sang NHCSXH"),
    S("hơn 19,970 tỷ đồng", "VND", "money", q="more_than", ch="increase",
      ind="tổng nguồn vốn ủy thác đầu tư toàn tỉnh"),
    S("trên 3.000 tỷ đồng", "VND", "money", q="more_than", ind="tổng giá trị hỗ trợ"),
    S("2.981 tỷ đồng", "VND", "money", ind=UT),
    S("74,3%", "%", "percent", ch="increase", ind=UT),
    S("1.888 tỷ đồng", "VND", "money", ch="increase", ind="vốn ủy thác"),
    S("35,8%", "%", "percent", ch="increase", ind="vốn ủy thác"),
    S("6.783 tỷ đồng", "VND", "money", ind="tổng nguồn vốn nhận ủy thác tại địa phương"),
    S("1.888 tỷ đồng", "VND", "money", ch="increase",
      ind="nguồn vốn của các địa phương chuyển sang cho NHCSXH"),
]

ENTS = [
    E("Ngân hàng Chính sách xã hội Việt Nam", "ORG", **NHCS),
    E("NHCSXH", "ORG", **NHCS),
    E("Chỉ thị 40 – CT/TW", "DOC", **CT40),
    E("Ban Bí thư", "ORG", **BBT),
    E("Đảng", "ORG", **DANG),
    E("NHCSXH tỉnh Thái Bình", "ORG", **NHCS_TB),
    E("Tỉnh ủy", "ORG", **TU),
    E("Tỉnh ủy", "ORG", **TU),
    E("UBND tỉnh", "ORG", **UBT),
    E("Chi nhánh NHCSXH tỉnh", "ORG", **NHCS_TB),
    E("Ban đại diện HĐQT", "ORG", **BDD),
    E("Ban Tuyên giáo Tỉnh ủy", "ORG", canonical="Ban Tuyên giáo Tỉnh ủy Thái Bình", **PV),
    E("Mặt trận Tổ quốc", "ORG", canonical="Mặt trận Tổ quốc Việt Nam"),
    E("Vũ Văn Thuân", "PER", role="Phó Giám đốc NHCSXH Thái Bình"),
    E("NHCSXH Thái Bình", "ORG", **NHCS_TB),
    E("Chỉ thị 40 – CT/TW", "DOC", **CT40),
    E("NHCSXH Thái Bình", "ORG", **NHCS_TB),
    E("Ban đại diện HĐQT NHCSXH tỉnh", "ORG", **BDD),
    E("Chỉ thị 40 – CT/TW", "DOC", **CT40),
    E("NHCSXH", "ORG", ctx="100% Ban đại diện HĐQT NHCSXH", **NHCS),
    E("NHCSXH", "ORG", ctx="Phòng giao dịch NHCSXH", **NHCS),
    E("Hội sở NHCSXH tỉnh", "ORG", canonical="Hội sở Ngân hàng Chính sách xã hội tỉnh Thái Bình", **PV),
    E("HĐND", "ORG", canonical="Hội đồng nhân dân tỉnh Thái Bình", **PV),
    E("UBND tỉnh", "ORG", **UBT),
    E("NHCSXH", "ORG", **NHCS),
    E("Ban Bí thư", "ORG", **BBT),
    E("Chỉ thị 40 – CT/TW", "DOC", **CT40),
    E("Ban Bí thư Trung ương Đảng", "ORG", **BBT),
    E("NHCSXH", "ORG", **NHCS),
    E("Ban Chỉ đạo Tây Nam bộ", "ORG", canonical="Ban Chỉ đạo Tây Nam Bộ", level="national"),
    E("Tây Nguyên", "ORG", canonical="Ban Chỉ đạo Tây Nguyên", level="national"),
    E("Tây Bắc", "ORG", canonical="Ban Chỉ đạo Tây Bắc", level="national"),
    E("Chỉ thị số 40 – CT/TW", "DOC", **CT40),
    E("NHCSXH", "ORG", **NHCS),
    E("NHCSXH", "ORG", **NHCS),
    E("NHCSXH", "ORG", **NHCS),
    E("Chỉ thị số 40 – CT/TW", "DOC", **CT40),
    E("Chỉ thị số 40-CT/TW", "DOC", **CT40),
    E("Chỉ thị 40 – CT/TW", "DOC", **CT40),
    E("Chỉ thị 40", "DOC", type="Chỉ thị", number="40", issuer="Ban Bí thư Trung ương Đảng"),
    E("Ban Bí thư", "ORG", **BBT),
    E("Đảng", "ORG", **DANG),
    E("NHCSXH", "ORG", **NHCS),
    E("Nguyễn Văn Lý", "PER", role="Phó Tổng Giám đốc NHCSXH"),
    E("NHCSXH", "ORG", **NHCS),
    E("NHCSXH", "ORG", **NHCS),
    E("Việt Nam", "LOC", level="country"),
    E("Đảng", "ORG", **DANG),
    E("Bộ Chính trị", "ORG", canonical="Bộ Chính trị Ban Chấp hành Trung ương Đảng", level="national"),
    E("ban Kinh tế Trung ương", "ORG", canonical="Ban Kinh tế Trung ương", level="national"),
    E("Ban Chỉ đạo Tây Bắc", "ORG", canonical="Ban Chỉ đạo Tây Bắc", level="national"),
    E("Nguyễn Văn Bình", "PER",
      role="Ủy viên Bộ Chính trị, Trưởng ban Kinh tế Trung ương - Trưởng Ban Chỉ đạo Tây Bắc"),
    E("Ban Bí thư", "ORG", **BBT),
    E("Chỉ thị số 40-CT/TW ngày 22/11/2014", "DOC", date="2014-11-22", **CT40),
    E("Đảng", "ORG", **DANG),
    E("Tây Bắc", "LOC", level="region"),
    E("H.Thủy", "PER"),
]
