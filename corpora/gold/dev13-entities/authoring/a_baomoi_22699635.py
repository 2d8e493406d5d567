"""baomoi-22699635: Đà Nẵng, the information and communications director answers questions on the press at the
city council's session (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Thanh cho biết Đà Nẵng có khoảng 0,85 người/km2.", "Ảnh: TÂM TRI"),
]

STATS: list = []

DN = dict(province="Đà Nẵng")
HDND = "Hội đồng nhân dân thành phố Đà Nẵng"

ENTS = [
    E("Sở TT&TT", "ORG", canonical="Sở Thông tin và Truyền thông thành phố Đà Nẵng", level="province", **DN),
    E("Nguyễn Quang Thanh", "PER", role="Giám đốc Sở TT&TT"),
    E("HDND TP Đà Nẵng", "ORG", canonical=HDND, level="province", **DN),  # typo "HDND" kept as written
    E("Thanh", "PER"),
    E("TP Đà Nẵng", "LOC", level="province", **DN),
    E("Đà Nẵng", "LOC", level="province", **DN),
    E("Ban Tuyên giao TP Đà Nẵng", "ORG", canonical="Ban Tuyên giáo Thành ủy Đà Nẵng", level="province", **DN),
    E("TP Đà Nẵng", "LOC", level="province", **DN),
    E("Thanh", "PER"),
    E("Hoàng Sa", "LOC", type="island", **DN),
    # caption "Ông Thanh cho biết Đà Nẵng ... Ảnh: TÂM TRI" (boilerplate)
    E("Thanh", "PER", ctx="Theo ông Thanh"),
    E("HĐND TP Đà Nẵng", "ORG", canonical=HDND, level="province", **DN),
    E("Nguyễn Xuân Anh", "PER", role="Chủ tịch HĐND TP Đà Nẵng"),
    E("TP Đà Nẵng", "LOC", level="province", **DN),
    E("Anh", "PER", ctx="Theo ông Anh"),
    E("Đà Nẵng", "LOC", level="province", **DN),
    E("TP Đà Nẵng", "LOC", level="province", **DN),
    E("Xuân Anh", "PER"),
    E("Huỳnh Đức Thơ", "PER", role="Chủ tịch UBND TP Đà Nẵng"),
    E("UBND TP Đà Nẵng", "ORG", canonical="Ủy ban nhân dân thành phố Đà Nẵng", level="province", **DN),
    E("Thơ", "PER", ctx="Ông Thơ"),
]
