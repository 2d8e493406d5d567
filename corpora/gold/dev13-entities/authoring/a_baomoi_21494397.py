"""baomoi-21494397: Bắc Ninh, pollution of the province's craft villages (Đa Hội, Châu Khê, Phong Khê) and the
province's treatment projects that stall (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Rác thải tràn ngập hai bên đường tại làng Đa Hội.", "Ảnh: L.A"),
]

STATS: list = []

BN = dict(province="Bắc Ninh")
TNMT = "Sở Tài nguyên - Môi trường Bắc Ninh"

ENTS = [
    E("tỉnh Bắc Ninh", "LOC", level="province"),
    # subheading "Sống chung với… “bẩn”" glued to the next sentence (body text)
    E("Làng nghề Đa Hội", "LOC", level="village", **BN),  # a craft village with its word, name right after it
    E("phường Châu Khê", "LOC", level="commune", **BN),
    E("Từ Sơn", "LOC", level="district", **BN),
    E("Bắc Ninh", "LOC", level="province"),
    E("miền Bắc", "LOC", level="region"),
    E("UBND phường Châu Khê", "ORG", level="commune", **BN),
    E("cụm công nghiệp làng nghề Châu Khê", "LOC", type="industrial_park", **BN),
    E("Đa Hội", "LOC", level="village", **BN),
    # caption (boilerplate)
    E(TNMT, "ORG", level="province"),
    E("Phong Khê", "LOC", level="village", **BN),  # "làng nghề giấy Phong Khê": the trade stands between word and name
    E("Đa Hội", "LOC", level="village", **BN),  # "làng nghề sản xuất thép Đa Hội"
    E("làng nghề Đa Hội", "LOC", level="village", **BN),
    E("làng nghề Đa Hội", "LOC", level="village", **BN),
    E("làng Đa Hội", "LOC", level="village", **BN),
    E("Đa Hội", "LOC", level="village", **BN),
    E("Châu Khê", "LOC", level="village", **BN),  # "làng nghề sản xuất sắt thép Châu Khê"
    E("phường Châu Khê", "LOC", level="commune", **BN),
    E("thị xã Từ Sơn", "LOC", level="district", **BN),
    E("Bắc Ninh", "LOC", level="province"),
    E(TNMT, "ORG", level="province"),
    E("Châu Khê", "LOC", level="village", **BN),
    E("tỉnh Bắc Ninh", "LOC", level="province"),
    E("Phong Khê", "LOC", level="village", **BN),
    E("xã Đại Bái", "LOC", level="commune", **BN),
    E("Bắc Ninh", "LOC", level="province"),
    E("Đại Lâm", "LOC", level="village", **BN),  # "làng nghề nấu rượu Đại Lâm"
    E("làng nghề Phong Khê", "LOC", level="village", **BN),
    E("thành phố Bắc Ninh", "LOC", level="district", **BN),
    E("thị xã Từ Sơn", "LOC", level="district", **BN),
    E("Bắc Ninh", "LOC", level="province"),
    E("tỉnh Bắc Ninh", "LOC", level="province"),
    E("Hà Nội", "LOC", level="province"),
]
