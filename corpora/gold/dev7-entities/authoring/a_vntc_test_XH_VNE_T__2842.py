"""vntc-test-XH_VNE_T_-2842: Cà Mau and other southern provinces' agriculture and veterinary departments plan to raise
the support paid for culled poultry (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Thái Lan báo động sau đợt bùng phát dịch cúm mới", "Thịt bò, thủy sản đắt hàng(19/01/2005)", kind="related"),
]

STATS: list = []

ENTS = [
    E("Ngô Chí Dũng", "PER"),
    E("Sở Nông nghiệp và Phát triển nông thôn Cà Mau", "ORG"),
    E("Bạc Liêu", "LOC"),
    E("Sóc Trăng", "LOC"),
    E("Hậu Giang", "LOC"),
    E("Kiên Giang", "LOC"),
    E("Cà Mau", "LOC"),
    E("Cà Mau", "LOC"),
    E("quyết định 396", "DOC", type="Quyết định"),
    E("Chính phủ", "ORG"),
    E("Dũng", "PER"),
    E("TP HCM", "LOC"),
    E("Long An", "LOC"),
    E("Dũng", "PER"),
    E("Chính phủ", "ORG"),
    E("Bến Tre", "LOC"),
    E("Mai Văn Hiệp", "PER"),
    E("Thú y tỉnh Bến Tre", "ORG"),  # "Chi cục trưởng Thú y tỉnh Bến Tre": the unit after the fused title
    E("UBND tỉnh", "ORG"),
    E("Long An", "LOC"),
    E("Chính phủ", "ORG"),
    E("Thú y", "ORG"),  # "Chi cục trưởng Thú y" (Long An's)
    E("Nguyễn Duy Long", "PER"),
    E("Tây Ninh", "LOC"),
    E("Dương Văn Hội", "PER"),
    E("Sở Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("Chính phủ", "ORG"),
    E("Tây Ninh", "LOC"),
    E("Chính phủ", "ORG"),
    E("Hà Tây", "LOC"),
    E("Thanh Hóa", "LOC"),
    E("Bắc Ninh", "LOC"),
    E("Thái Nguyên", "LOC"),
    E("Vĩnh Phúc", "LOC"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("Phan Văn Khải", "PER"),
    E("quyết định số 396 ngày 20/4/2004", "DOC", type="Quyết định"),
    E("Bùi Quang Anh", "PER"),
    E("Thú y", "ORG"),  # "Cục trưởng Thú y"
    E("Hà Nội", "LOC"),
    E("Nguyễn Tấn Dũng", "PER"),
    E("Cục Thú y", "ORG"),
    E("Long An", "LOC"),
    E("Bạc Liêu", "LOC"),
    E("Hải Dương", "LOC"),
    E("Hải Dương", "LOC"),
    E("Lai Cách", "LOC"),
    E("huyện Cẩm Giàng", "LOC"),
    E("Bình Minh", "LOC"),
    E("huyện Bình Giang", "LOC"),
    E("Cổ Dũng", "LOC"),
    E("huyện Kim Thanh", "LOC"),
    E("Ngọc Châu", "LOC"),
    E("thành phố Hải Dương", "LOC"),
]
