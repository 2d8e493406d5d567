"""vntc-test-XH_VNE_T_-697: Lâm Đồng, the province and Đà Lạt city plan to clear and redevelop three central
residential areas (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Đà Lạt", "LOC"),
    E("Tỉnh Lâm Đồng", "LOC"),
    E("Đà Lạt", "LOC"),
    E("công viên văn hóa Bùi Thị Xuân - Đinh Tiên Hoàng", "LOC"),  # a park named in a quoted plan title
    E("Đà Lạt", "LOC"),
    E("khu Hòa Bình", "LOC"),
    E("đường Phan Bội Châu", "LOC"),
    E("chợ Đà Lạt", "LOC"),
    E("đường Nguyễn Thị Minh Khai", "LOC"),
    E("đường Phan Bội Châu", "LOC"),
    E("Lê Chinh", "PER"),
    E("UBND thành phố Đà Lạt", "ORG"),
    E("Lê Chinh", "PER"),
    E("UBND tỉnh Lâm Đồng", "ORG"),
    E("Hoàng Sĩ Sơn", "PER"),
    E("Pháp", "LOC"),
    E("Đà Lạt", "LOC"),
    E("Hoàng Sĩ Sơn", "PER"),
]
