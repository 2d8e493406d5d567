"""baomoi-21511875: Bình Phước, housing for poor ethnic-minority households."""

from _dsl import B, E, S

P = "Bình Phước"
PV = dict(level="province", province=P)

BOILERPLATE = [
    B('Bình Phước trao', 'K GƯỈH/TTXVN'),
]

STATS = [
    S("gần 14.000 hộ", "hộ", "count", q="approx"),
    S("hơn 5.800 hộ", "hộ", "count", q="more_than"),
    S("2.743 hộ", "hộ", "count"),
    S("khoảng 700 nhà", "nhà", "count", q="approx"),
    S("gần 36 tỷ đồng", "VND", "money", q="approx"),
    S("từ 32 - 40m2/căn", "m2/căn", "range", high=40, ind="diện tích"),
]

ENTS = [
    E("Ban vận động Ngày vì người nghèo tỉnh Bình Phước", "ORG",
      canonical="Ban vận động Ngày vì người nghèo tỉnh Bình Phước", **PV),
    E("huyện Bù Gia Mập", "LOC", level="district", province=P),
    E("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước", "ORG",
      canonical="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước", **PV),
    E("Nguyễn Quang Toản", "PER", role="Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Phước"),
    E("Tỉnh Bình Phước", "LOC", **PV),
    E("Sở Xây dựng tỉnh Bình Phước", "ORG", canonical="Sở Xây dựng tỉnh Bình Phước", **PV),
    E("tỉnh Bình Phước", "LOC", **PV),
    E("Dương Chí Tưởng", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
