"""baomoi-22651974: Hà Tĩnh, health-insurance coverage and claims (provincial social insurance)."""

from _dsl import B, E, S

P = "Hà Tĩnh"
PV = dict(level="province", province=P)
BH = dict(canonical="Bảo hiểm xã hội tỉnh Hà Tĩnh", **PV)
CP = dict(canonical="Chính phủ", level="national")
TL = "tỷ lệ bao phủ BHYT"
ST = "số tiền đề nghị BHXH thanh toán"
CPPS = "chi phí phát sinh"

BOILERPLATE = [
    B("Nhân ngày BHYT Việt Nam 1/7", "Bệnh viện Đa khoa tỉnh."),  # photo caption before a subheading
]

STATS = [
    S("186.000 người", "người", "count"),
    S("73%", "%", "percent", ch="decrease", ind=TL),
    S("79%", "%", "percent", ind="tỷ lệ bao phủ"),
    S("trên 90%", "%", "percent", q="more_than", ind="tỷ lệ bao phủ"),
    S("100%", "%", "percent"),
    S("100%", "%", "percent", ind="người cận nghèo trong tỉnh đã được cấp thẻ BHYT"),
    S("30%", "%", "percent"),
    S("70%", "%", "percent"),
    S("100%", "%", "percent", ind="mức đóng BHYT"),
    S("25 cơ sở", "cơ sở", "count"),
    S("1.002.945 lượt", "lượt", "count"),
    S("438,8 tỷ đồng", "VND", "money", ind=ST),
    S("1.412.999 lượt", "lượt", "count"),
    S("720 tỷ đồng", "VND", "money", ind=ST),
    S("70%", "%", "percent", ch="increase", ind=ST),
    S("563.321 lượt người", "lượt người", "count"),
    S("31.047 lượt", "lượt", "count", ch="increase"),
    S("5,8%", "%", "percent", ch="increase"),
    S("369.438 triệu đồng", "VND", "money", ind=CPPS),
    S("104.284 triệu đồng", "VND", "money", ch="increase", ind=CPPS),
    S("39,3%", "%", "percent", ch="increase", ind=CPPS),
    S("2 ngành", "ngành", "count"),
]

ENTS = [
    E("Hà Tĩnh", "LOC", **PV),
    E("Đảng", "ORG", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("Quyết định 50/2016", "DOC", type="Quyết định", number="50", code="2016", issuer="Thủ tướng Chính phủ"),
    E("Chính phủ", "ORG", **CP),
    E("Quyết định số 705/QĐ-TTg", "DOC", type="Quyết định", number="705", code="QĐ-TTg",
      issuer="Thủ tướng Chính phủ"),
    E("BHXH", "ORG", ctx="đề nghị BHXH", **BH),  # the agency that pays the claims
    E("Phòng Giám định BHYT BHXH tỉnh", "ORG",
      canonical="Phòng Giám định Bảo hiểm y tế, Bảo hiểm xã hội tỉnh Hà Tĩnh", **PV),
    E("BHXH", "ORG", ctx="đề nghị BHXH", **BH),
    E("BHXH", "ORG", ctx="đề nghị BHXH", **BH),
    E("BHXH tỉnh", "ORG", **BH),
    E("Hoàng Văn Minh", "PER", role="Giám đốc BHXH tỉnh"),
    E("BHXH tỉnh", "ORG", **BH),
    E("Sở Y tế", "ORG", canonical="Sở Y tế tỉnh Hà Tĩnh", **PV),
    E("BHXH tỉnh", "ORG", **BH),
    E("Sở Y tế", "ORG", canonical="Sở Y tế tỉnh Hà Tĩnh", **PV),
    E("Vũ Huyền", "PER"),
]
