"""baomoi-22292403: national, MTTQ and the Central Mass Mobilisation Commission review social supervision."""

from _dsl import B, E, S

N = dict(level="national")
MTTQ = dict(canonical="Mặt trận Tổ quốc Việt Nam", **N)
UBTU = dict(canonical="Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", **N)
BDV = dict(canonical="Ban Dân vận Trung ương", **N)
BCT = dict(canonical="Bộ Chính trị Ban Chấp hành Trung ương Đảng", **N)
DANG = dict(canonical="Đảng Cộng sản Việt Nam", **N)
NHAN = "Nguyễn Thiện Nhân"

BOILERPLATE = [
    B('Trưởng Ban Dân', 'Thị Mai'),
    B('Chủ tịch MTTQ', 'Thiện Nhân'),
]

STATS = [
    S("63 tỉnh, thành phố", "tỉnh, thành phố", "count"),
    S("721 cuộc giám sát", "cuộc", "count"),
    S("6.404 cuộc", "cuộc", "count"),
    S("49.564 cuộc", "cuộc", "count"),
    S("56 nghìn cuộc giám sát", "cuộc", "count"),
    S("63 tỉnh thành", "tỉnh thành", "count"),
    S("trên 56 nghìn cuộc giám sát", "cuộc", "count", q="more_than"),
    S("56 nghìn lần", "lần", "count"),
    S("56 nghìn bản kiến nghị", "bản", "count"),
    S("hơn 3 vạn ý kiến", "ý kiến", "count", q="more_than"),
    S("hơn 90 nghìn cuộc đối thoại", "cuộc", "count", q="more_than"),
    S("178 ngàn lần", "lần", "count"),
]

ENTS = [
    E("Quyết định số 217", "DOC", type="Quyết định", number="217", issuer="Bộ Chính trị"),
    E("số 218", "DOC", type="Quyết định", number="218", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Ủy ban TƯ Mặt trận Tổ quốc Việt Nam", "ORG", **UBTU),
    E("MTTQ", "ORG", **MTTQ),
    E("Ban Dân vận Trung ương", "ORG", **BDV),
    E("Quyết định số 217-QĐ/TƯ", "DOC", type="Quyết định", number="217", code="QĐ/TƯ", issuer="Bộ Chính trị"),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Quyết định số 218-QĐ/TƯ", "DOC", type="Quyết định", number="218", code="QĐ/TƯ", issuer="Bộ Chính trị"),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Đảng", "ORG", **DANG),
    E("Bộ Chính trị", "ORG", **BCT),
    E("ban Dân vận Trung ương", "ORG", **BDV),
    E("Trương Thị Mai", "PER", role="Trưởng ban Dân vận Trung ương"),
    E("Đảng", "ORG", **DANG),
    E("Đảng", "ORG", **DANG),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Quyết định số 217", "DOC", type="Quyết định", number="217", issuer="Bộ Chính trị"),
    E("số 218", "DOC", type="Quyết định", number="218", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Đảng", "ORG", **DANG),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Chính phủ", "ORG", canonical="Chính phủ", **N),
    E("UBTƯ MTTQ Việt Nam", "ORG", **UBTU),
    E("Thành ủy TP.HCM", "ORG", canonical="Thành ủy Thành phố Hồ Chí Minh", level="province",
      province="Hồ Chí Minh"),
    E(NHAN, "PER", role="Chủ tịch UBTƯ MTTQ Việt Nam, Bí thư Thành ủy TP.HCM"),
    E("Mặt trận", "ORG", **MTTQ),
    E("Đảng", "ORG", ctx="“Nếu không có", **DANG),
    E("Mặt trận", "ORG", **MTTQ),
    E("Mặt trận", "ORG", **MTTQ),
    E("Mặt trận", "ORG", **MTTQ),
    E(NHAN, "PER"),
    E(NHAN, "PER"),
    E("Mặt trận", "ORG", **MTTQ),
    E("Mặt trận", "ORG", **MTTQ),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Mặt trận", "ORG", **MTTQ),
    E("Mặt trận", "ORG", **MTTQ),
    E(NHAN, "PER"),
    E("UBTVQH", "ORG", canonical="Ủy ban Thường vụ Quốc hội", **N),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Đảng", "ORG", **DANG),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Quyết định 218", "DOC", type="Quyết định", number="218", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Mặt trận", "ORG", **MTTQ),
    E("Đảng", "ORG", **DANG),
    E(NHAN, "PER"),
    E("UBTƯ MTTQ Việt Nam", "ORG", **UBTU),
    E("Ban Dân vận Trung ương", "ORG", **BDV),
    E("Mặt trận", "ORG", **MTTQ),
    E("Đảng", "ORG", **DANG),
    E("Ban Dân vận", "ORG", **BDV),
    E("MTTQ Việt Nam", "ORG", **MTTQ),
    E("Đảng", "ORG", ctx="tổ chức Đảng", **DANG),
    E("Mặt trận", "ORG", **MTTQ),
    E("Văn Bình", "PER"),
]
