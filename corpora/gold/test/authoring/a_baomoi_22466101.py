"""baomoi-22466101: Hòa Bình, fish restocking in the Hòa Bình reservoir against electric fishing."""

from _dsl import B, E, S

P = "Hòa Bình"
PV = dict(level="province", province=P)
D = dict(level="district", province=P)
X = dict(level="commune", province=P)
HO = dict(type="lake", province=P)

BOILERPLATE = [
    B("Nghịch lý Nhà nước thả nuôi, người dân tận diệt cá.", "Ảnh minh họa: TTXVN"),
]

STATS = [
    S("gần 9.000 ha", "ha", "measure", q="approx", ind="diện tích mặt nước"),
    S("5 huyện", "huyện", "count"),
    S("19 xã", "xã", "count"),
    S("35.000 con cá giống", "con", "count"),
    S("57.100 con cá giống", "con", "count"),
    S("1,2 tấn", "tấn", "measure"),
    S("khoảng 30.000 con", "con", "count", q="approx"),
    S("từ 2 - 5 m", "m", "range", ind="bán kính"),
    S("24.000 vôn", "vôn", "measure"),
    S("4 trường hợp", "trường hợp", "count"),
    S("40 hộ", "hộ", "count"),
    S("2 người", "người", "count"),
    S("từ 1 đến 2 triệu đồng", "VND", "range", ind="trị giá"),
    S("70 hộ", "hộ", "count"),
]

ENTS = [
    E("sông Đà", "LOC", type="river"),
    E("hồ Hòa Bình", "LOC", **HO),
    E("Mai Châu", "LOC", **D),
    E("Đà Bắc", "LOC", **D),
    E("Tân Lạc", "LOC", **D),
    E("Cao Phong", "LOC", **D),
    E("thành phố Hòa Bình", "LOC", **D),
    # caption "Nghịch lý ... Ảnh minh họa: TTXVN" is boilerplate
    E("tỉnh Hòa Bình", "LOC", **PV),
    E("Tổng cục Thủy sản", "ORG", canonical="Tổng cục Thủy sản", level="national"),
    E("hồ Hòa Bình", "LOC", **HO),
    E("hồ Hòa Bình", "LOC", **HO),
    E("Đinh Công Út", "PER", role="Bí thư Chi bộ xóm Xăng Trạch"),
    E("Chi bộ xóm Xăng Trạch", "ORG", canonical="Chi bộ xóm Xăng Trạch, xã Vầy Nưa", level="village", province=P),
    E("xã Vầy Nưa", "LOC", **X),
    E("huyện Đà Bắc", "LOC", **D),
    E("UBND tỉnh Hòa Bình", "ORG", canonical="Ủy ban nhân dân tỉnh Hòa Bình", **PV),
    E("Bùi Văn Kỳ", "PER", role="Chủ tịch UBND xã Vầy Nưa"),
    E("UBND xã Vầy Nưa", "ORG", canonical="Ủy ban nhân dân xã Vầy Nưa", **X),
    E("Vương Đắc Hùng", "PER", role="Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình"),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình", "ORG",
      canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình", **PV),
]
