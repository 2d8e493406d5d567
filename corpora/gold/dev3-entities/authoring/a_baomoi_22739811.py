"""baomoi-22739811: Quảng Nam, huyện Nam Trà My: four small hydropower plants in an earthquake zone (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Khu vực Nước Xa, huyện Nam Trà My liên tục bị động đất", "Ảnh VnExpress"),
    B("Thủy điện sông Tranh 2. Ảnh Nông nghiệp Việt Nam"),
]

STATS: list = []

ENTS = [
    E("Quảng Nam", "LOC"),
    E("huyện Nam Trà My", "LOC"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("HĐND tỉnh", "ORG"),
    E("Nghị quyết số 161/2010/NQ-NĐND", "DOC", type="Nghị quyết"),
    E("HĐND tỉnh", "ORG"),
    E("tỉnh Quảng Nam", "LOC"),
    E("Thủy điện Nước Xa", "LOC"),
    E("xã Trà Mai", "LOC"),
    E("huyện Nam Trà My", "LOC"),
    E("Thủy điện Ag Rồng", "LOC"),
    E("xã A Tiêng", "LOC"),
    E("huyện Tây Giang", "LOC"),
    E("huyện Nam Trà My", "LOC"),
    E("Đất Việt", "ORG"),
    E("Hồ Quang Bửu", "PER"),
    E("UBND huyện Nam Trà My", "ORG"),
    E("Chính phủ", "ORG"),
    E("thủy điện sông Tranh 2", "LOC"),
    E("Bửu", "PER", ctx="ông Bửu, nếu"),
    E("huyện Nam Trà My", "LOC"),
    E("huyện Nam Trà My", "LOC"),
    E("TP Tam Kỳ", "LOC"),
    E("Nam Trà My", "LOC", ctx="cho Nam Trà My"),
    E("huyện Nam Trà My", "LOC"),
    E("huyện Nam Trà My", "LOC"),
    E("Tổng công ty điện lực", "ORG"),
    E("Bửu", "PER", ctx="ông Bửu nhận"),
    E("Đất Việt", "ORG"),
    E("Cao Đình Triều", "PER"),
    E("Hội Khoa học kỹ thuật địa vật lý Việt Nam", "ORG"),
    E("huyện Nam Trà My", "LOC"),
    E("thủy điện sông Tranh 2", "LOC"),
    E("Triều", "PER", ctx="Ông Triều"),
    E("huyện Nam Trà My", "LOC"),
    E("thủy điện sông Tranh 2", "LOC"),
    E("Vũ Trọng Hồng", "PER"),
    E("Bộ NNPTNT", "ORG"),
    E("Hội Thủy lợi Việt Nam", "ORG"),
    E("thủy điện sông Tranh 2", "LOC"),
    E("tỉnh Quảng Nam", "LOC"),
    E("EVN", "ORG"),
    E("Châu An", "PER"),
]
