"""baomoi-21473267: Hà Tĩnh, huyện Đức Thọ leads new rural development."""

from _dsl import B, E, S

P = "Hà Tĩnh"
DT = dict(level="district", province=P)
HU = dict(canonical="Huyện ủy Đức Thọ", level="district", province=P)
UB = dict(canonical="Ủy ban nhân dân huyện Đức Thọ", level="district", province=P)

BOILERPLATE = [
    B('Phong trào làm', 'tích cực.'),
    B('Ông Võ Công Hàm, Bí thư Huyện ủy kiêm', 'Hà Tĩnh.'),
    B('Một buổi lao', 'Đức Đồng.'),
]

STATS = [
    S("28 chỉ tiêu", "chỉ tiêu", "count", ind="tổng số chỉ tiêu kinh tế - xã hội"),
    S("18 chỉ tiêu", "chỉ tiêu", "count"),
    S("64,3%", "%", "percent"),
    S("609 tỷ đồng", "VND", "money", ind="tổng thu ngân sách"),
    S("7,8%", "%", "percent", ch="increase", ind="tổng nguồn vốn huy động"),
    S("5.473 tỷ đồng", "VND", "money", ind="tổng giá trị sản xuất"),
    S("102,6%", "%", "percent", ind="tổng giá trị sản xuất"),
    S("33,8 triệu đồng/người/năm", "VND/người/năm", "rate", value=33.8e6, ind="thu nhập bình quân đầu người"),
    S("63 dự án", "dự án", "count"),
    S("24 công trình", "công trình", "count"),
    S("39 công trình", "công trình", "count"),
    S("1.121 tỷ đồng", "VND", "money", ind="tổng nguồn vốn đầu tư"),
    S("50 tiêu chí", "tiêu chí", "count"),
    S("404/495 tiêu chí", "tiêu chí", "ratio", ch="increase", ind="tổng số tiêu chí đạt được"),
    S("81,6%", "%", "percent", ind="tổng số tiêu chí đạt được"),
    S("4 xã", "xã", "count", ch="increase"),
]

ENTS = [
    E("huyện Đức Thọ", "LOC", **DT),
    E("tỉnh Hà Tĩnh", "LOC", level="province", province=P),
    E("Đảng bộ", "ORG", canonical="Đảng bộ huyện Đức Thọ", level="district", province=P),
    E("huyện Đức Thọ", "LOC", **DT),
    E("Võ Công Hàm", "PER", role="Bí thư Huyện ủy, Chủ tịch UBND huyện Đức Thọ"),
    E("Huyện ủy", "ORG", **HU),
    E("UBND huyện Đức Thọ", "ORG", **UB),
    E("Đức Thọ", "LOC", ctx="diện mạo cho Đức Thọ", **DT),
    E("Đức Thọ", "LOC", **DT),
    E("huyện Đức Thọ", "LOC", **DT),
    E("Đức Thọ", "LOC", **DT),
    E("huyện Đức Thọ", "LOC", ctx="năm 2017, huyện Đức Thọ", **DT),
    E("huyện Đức Thọ", "LOC", **DT),
    E("Đức Thọ", "LOC", **DT),
    E("Đức Thọ", "LOC", **DT),
    E("Huyện ủy", "ORG", **HU),
    E("UBND huyện", "ORG", **UB),
    E("Võ Công Hàm", "PER", role="Bí thư Huyện ủy kiêm Chủ tịch UBND huyện"),
    E("Phi Long", "PER"),
    E("Phương Dung", "PER"),
]
