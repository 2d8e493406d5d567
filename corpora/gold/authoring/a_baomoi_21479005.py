"""baomoi-21479005: Hà Nội, huyện Ba Vì green-clean-beautiful villages and the mass organisations."""

from _dsl import B, E, S

P = "Hà Nội"
BV = dict(level="district", province=P)
XA = dict(level="commune", province=P)
TH = dict(level="village", province=P)

BOILERPLATE = [
    B('Đường làng, ngõ', 'Phương Nguyên'),
]

STATS = [
    S("300 cây xanh", "cây xanh", "count"),
    S("gần 107.000m2", "m2", "measure", q="approx"),
    S("gần 34.000m2", "m2", "measure", q="approx"),
    S("gần 21.000m2", "m2", "measure", q="approx"),
    S("gần 18.000m2", "m2", "measure", q="approx"),
    S("51 điểm", "điểm", "count"),
    S("220km", "km", "measure"),
    S("gần 258km", "km", "measure", q="approx"),
    S("30km", "km", "measure"),
    S("100%", "%", "percent", ind="cán bộ, hội viên tích cực tham gia bảo vệ môi trường"),
    S("gần 154.300 lượt cán bộ", "lượt cán bộ", "count", q="approx"),
]

ENTS = [
    E("huyện Ba Vì", "LOC", **BV),
    E("huyện Ba Vì", "LOC", **BV),
    E("Đà Giang", "LOC", type="river"),
    E("xã Thuần Mỹ", "LOC", **XA),
    E("Ba Vì", "LOC", **BV),
    E("Đảng ủy xã Thuần Mỹ", "ORG", canonical="Đảng ủy xã Thuần Mỹ", **XA),
    E("Phạm Văn Sơn", "PER", role="Bí thư Đảng ủy xã Thuần Mỹ"),
    E("xã Thuần Mỹ", "LOC", **XA),
    E("Hội Phụ nữ", "ORG", canonical="Hội Liên hiệp Phụ nữ xã Thuần Mỹ", **XA),
    E("Hội Người cao tuổi", "ORG", canonical="Hội Người cao tuổi xã Thuần Mỹ", **XA),
    E("xã Cổ Đô", "LOC", ctx="Xuôi xuống", **XA),
    E("Cổ Đô", "LOC", ctx="các thôn: Cổ Đô", **TH),
    E("Kiều Mộc", "LOC", **TH),
    E("Vu Chu", "LOC", **TH),
    E("xã Thụy An", "LOC", **XA),
    E("huyện Ba Vì", "LOC", **BV),
    E("Ba Vì", "LOC", **BV),
    E("Đoàn Thanh niên", "ORG", canonical="Đoàn Thanh niên Cộng sản Hồ Chí Minh huyện Ba Vì", **BV),
    E("Hội Nông dân huyện", "ORG", canonical="Hội Nông dân huyện Ba Vì", **BV),
    E("Phan Thị Hải Yến", "PER", role="Chủ tịch Hội Nông dân huyện"),
    E("Hội Nông dân", "ORG", canonical="Hội Nông dân huyện Ba Vì", **BV),
    E("Hội Nông dân huyện", "ORG", canonical="Hội Nông dân huyện Ba Vì", **BV),
    E("Hội Phụ nữ", "ORG", canonical="Hội Liên hiệp Phụ nữ", level="commune", province=P),
    E("UBND huyện Ba Vì", "ORG", canonical="Ủy ban nhân dân huyện Ba Vì", **BV),
    E("Bạch Công Tiến", "PER", role="Chủ tịch UBND huyện Ba Vì"),
    E("Huyện Ba Vì", "LOC", **BV),
    E("huyện Ba Vì", "LOC", **BV),
    E("Sơn Tùng", "PER"),
]
