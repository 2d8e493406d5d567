"""vntc-train-XH_NLD_-4209: Thừa Thiên - Huế, land of xã Thủy An recovered by the provincial committee for urban
projects that investors leave undeveloped; the commune lacks land for its school (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # photo caption glued to the title (as dev7's vntc-train-XH_NLD_-4728)
    B("Một khu đất của người dân xã Thủy An được thu hồi để cấp cho các dự án nhưng hiện còn bị bỏ hoang"),
]

STATS: list = []

ENTS = [
    E("xã Thủy An", "LOC", skip=1),  # the first occurrence is in the caption
    E("TP Huế", "LOC"),
    E("xã Thủy An", "LOC"),
    E("Xã Thủy An", "LOC"),
    E("TP Huế", "LOC"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("xã Thủy An", "LOC"),
    E("UBND xã Thủy An", "ORG"),
    E("xã Thủy An", "LOC"),
    E("khu đô thị mới Đông Nam Thủy An", "LOC"),  # "Dự án xây dựng khu đô thị mới ...": the zone (test README 6)
    E("Ngũ Đông", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Ngũ Đông", "LOC"),
    E("Lê Văn Dàn", "PER"),
    E("UBND xã Thủy An", "ORG"),
    E("xã Thủy An", "LOC"),
    E("UBND xã", "ORG"),
    E("TP Huế", "LOC"),  # "chính quyền TP Huế và tỉnh"
    E("Thủy An", "LOC"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("xã Thủy An", "LOC"),
    E("Trường Tiểu học số 1 Thủy An", "ORG"),
    E("đình Văn Thánh", "LOC"),  # a communal house (temples and relic sites are LOC, dev4)
    E("đình Văn Thánh", "LOC"),
    E("nhà trẻ An Đông", "ORG"),  # a named kindergarten (a school)
    E("chùa An Cựu", "LOC"),  # "nhà tăng chùa An Cựu": the unnamed building gives its pagoda
    E("xã Thủy An", "LOC"),
    E("Công ty Cổ phần Bất động sản Sông Đà", "ORG"),
    E("Tổng Công ty Sông Đà", "ORG"),
    E("xã Thủy An", "LOC"),
    E("tờ trình số 20 TT/SĐ-DA", "DOC", type="Tờ trình", number="20", code="TT/SĐ-DA",
      issuer="Công ty Cổ phần Bất động sản Sông Đà"),
    E("khu đô thị mới đường Tự Đức - Thủy Dương", "LOC"),  # one zone named by its road (dev6 decision 4)
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("Công ty Cổ phần Xây dựng và Sản xuất Vật liệu số 7", "ORG"),
    E("Tổng Công ty Xây dựng Miền Trung", "ORG"),
    E("khu đô thị mới An Vân Dương", "LOC"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("văn bản số 360 BC/CTCD7", "DOC", type="Văn bản", number="360", code="BC/CTCD7",
      issuer="Công ty Cổ phần Xây dựng và Sản xuất Vật liệu số 7"),
]
