"""baomoi-22573007: Bạc Liêu, the province pays huyện Phước Long's new-rural-development debts."""

from _dsl import B, E, S

P = "Bạc Liêu"
PV = dict(level="province", province=P)
PL = dict(level="district", province=P)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Bạc Liêu", **PV)
DANG = dict(canonical="Đảng Cộng sản Việt Nam", level="national")

BOILERPLATE = [
    B('Ông Dương Thành', 'Việt Tường.'),
    B('Một trong những', 'Ảnh:Việt Tường.'),
    B('Huyện Phước Long', 'Google Maps.'),
]

STATS = [
    S("khoảng 70 tỷ đồng", "VND", "money", q="approx"),
    S("68 tỷ đồng", "VND", "money"),
    S("2 tỷ", "VND", "money"),
    S("3 cán bộ", "cán bộ", "count"),
    S("124 tỷ đồng", "VND", "money", ind="nợ đọng"),
    S("211 tỷ", "VND", "money", ch="increase", ind="nợ đọng"),
    S("gần 400 tỷ đồng", "VND", "money", q="approx", ch="increase", ind="nợ đọng"),
    S("hai cấp phó", "cấp phó", "count", value=2),
    S("trên 13 tỷ đồng", "VND", "money", q="more_than"),
]

ENTS = [
    E("UBND tỉnh Bạc Liêu", "ORG", **UBT),
    E("huyện Phước Long", "LOC", **PL),
    E("UBND tỉnh Bạc Liêu", "ORG", **UBT),
    E("Dương Thành Trung", "PER", role="Chủ tịch UBND tỉnh Bạc Liêu"),
    E("huyện Phước Long", "LOC", **PL),
    E("Phước Long", "LOC", **PL),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính tỉnh Bạc Liêu", **PV),
    E("Phước Long", "LOC", **PL),
    E("Phước Long", "LOC", **PL),
    E("Trung", "PER", ctx="ông Trung"),
    E("tỉnh Bạc Liêu", "LOC", **PV),
    E("huyện Phước Long", "LOC", **PL),
    E("Phước Long", "LOC", **PL),
    E("Sở Nông nghiệp và Phát triển nông thôn", "ORG",
      canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Bạc Liêu", **PV),
    E("UBND tỉnh", "ORG", **UBT),
    E("huyện Phước Long", "LOC", **PL),
    E("Dương Thành Trung", "PER"),
    E("huyện Phước Long", "LOC", **PL),
    E("Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu", "ORG", canonical="Ủy ban Kiểm tra Tỉnh ủy Bạc Liêu", **PV),
    E("Đảng", "ORG", **DANG),
    E("Phan Thành Đông", "PER", role="Phó bí thư, nguyên Chủ tịch UBND huyện"),
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Phước Long", **PL),
    E("Lâm Thành Sáo", "PER", role="Phó bí thư, nguyên Chủ tịch HĐND huyện"),
    E("HĐND huyện", "ORG", canonical="Hội đồng nhân dân huyện Phước Long", **PL),
    E("Huyện ủy Phước Long", "ORG", canonical="Huyện ủy Phước Long", **PL),
    E("Trần Hoàng Duyên", "PER", role="Nguyên Bí thư Huyện ủy Phước Long"),
    E("Tỉnh ủy Bạc Liêu", "ORG", canonical="Tỉnh ủy Bạc Liêu", **PV),
    E("Đảng", "ORG", **DANG),
    E("huyện Phước Long", "LOC", **PL),
    E("Đảng bộ", "ORG", canonical="Đảng bộ huyện Phước Long", **PL),
    E("Duyên", "PER"),
    E("Ban Thường vụ Huyện ủy", "ORG", canonical="Ban Thường vụ Huyện ủy Phước Long", **PL),
    E("huyện Phước Long", "LOC", **PL),
    E("Phước Long", "LOC", ctx="nợ đọng ở Phước Long", **PL),
    E("Duyên", "PER"),
    E("Quỹ an sinh xã hội", "ORG", canonical="Quỹ an sinh xã hội huyện Phước Long", **PL),
    E("Duyên", "PER"),
    E("Quỹ an sinh", "ORG", canonical="Quỹ an sinh xã hội huyện Phước Long", **PL),
    E("Việt Tường", "PER", ctx="Google Maps. Việt Tường"),
]
