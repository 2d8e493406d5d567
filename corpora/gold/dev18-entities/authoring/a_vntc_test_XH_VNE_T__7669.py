"""vntc-test-XH_VNE_T_-7669: Hà Tĩnh, Thái Bình, Ninh Bình and Hải Dương, unsold poultry starved or abandoned in the
bird-flu epidemic; the provincial veterinary sub-departments and Hải Dương's steering committee (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("6,8 triệu USD cho phòng chống dịch cúm gia cầm(28/11/2005)", "ở HN(25/11/2005)", kind="related"),
]

STATS: list = []

ENTS = [
    E("Hải Dương", "LOC"),
    E("Hà Tĩnh", "LOC"),
    E("Thái Bình", "LOC"),
    E("Ninh Bình", "LOC"),
    # "huyện Cẩm Xuyên, Can Lộc, Nghi Xuyên, Thạch Hà": the unit word on the first, bare conjuncts (rule 21)
    E("huyện Cẩm Xuyên", "LOC"),
    E("Can Lộc", "LOC"),
    E("Nghi Xuyên", "LOC"),
    E("Thạch Hà", "LOC"),
    E("tỉnh Hà Tĩnh", "LOC"),
    E("Trần Bính", "PER", role="Chi cục trưởng Thú y Hà Tĩnh"),
    E("Thú y Hà Tĩnh", "ORG", canonical="Chi cục Thú y tỉnh Hà Tĩnh"),  # fused title (dev7 B decision 1)
    E("Hà Tĩnh", "LOC"),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Tĩnh"),
    E("Hà Tĩnh", "LOC"),
    E("Thái Bình", "LOC"),
    E("Đăng Đức Riểu", "PER", role="Chi cục trưởng Thú y tỉnh"),
    E("Thú y tỉnh", "ORG", canonical="Chi cục Thú y tỉnh Thái Bình"),
    E("Riểu", "PER"),
    E("Thái Bình", "LOC"),
    E("Quảng Ninh", "LOC"),
    E("Riểu", "PER"),
    E("Ninh Bình", "LOC"),
    E("Đinh Quốc Sự", "PER", role="Chi cục trưởng Thú y Ninh Bình"),
    E("Thú y Ninh Bình", "ORG", canonical="Chi cục Thú y tỉnh Ninh Bình"),
    E("Gia Viễn", "LOC"),  # after "các huyện": bare (rule 28)
    E("Yên Khánh", "LOC"),
    E("Kim Sơn", "LOC"),
    E("Hải Dương", "LOC"),
    E("Nguyễn Văn Quynh", "PER", role="Chi cục phó Thú y"),
    E("Thú y", "ORG", canonical="Chi cục Thú y tỉnh Hải Dương"),  # "Chi cục phó Thú y": fused title
    # "Ban chỉ đạo ... của tỉnh": the "của tỉnh" tail stays out (dev15 B decision 4)
    E("Ban chỉ đạo phòng chống dịch cúm gia cầm", "ORG",
      canonical="Ban chỉ đạo phòng chống dịch cúm gia cầm tỉnh Hải Dương"),
    E("Ngân hàng nông nghiệp", "ORG"),  # the one (agriculture) bank the province negotiated with
    E("Quynh", "PER"),
]
