"""vntc-test-XH_TT_T_-9956: TP Hồ Chí Minh, the city council's supervision team on clearance, compensation and
resettlement for the high-tech park in quận 9, and the park board's costly gate (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Khu công nghệ cao TP.HCM", "LOC"),  # title; the park (industrial-park type, test README rule 6)
    E("Lê Trọng Sang", "PER"),
    E("UBND quận 9", "ORG"),
    E("Khu công nghệ cao (CNC) TP.HCM", "LOC"),  # one LOC over the parenthesis (dev8 B decision 1)
    E("khu CNC", "LOC"),  # the park's short name in this article
    E("quận 9", "LOC"),
    E("Tân Phú", "LOC"),  # "năm phường của quận 9: ...": bare
    E("Hiệp Phú", "LOC"),
    E("Long Thạnh Mỹ", "LOC"),
    E("Tăng Nhơn Phú A", "LOC"),
    E("Tăng Nhơn Phú B", "LOC"),
    E("Lê Trọng Sang", "PER"),
    E("ban quản lý", "ORG"),  # "ban quản lý (BQL) khu CNC": parentheses break the name (dev2 decision 2)
    E("BQL", "ORG"),
    E("khu CNC", "LOC"),
    E("Nguyễn Ngọc Hoằng", "PER"),
    E("BQL khu CNC", "ORG"),  # "phó BQL khu CNC"
    E("BQL", "ORG"),  # the park's board, short name (dev8 B decision 3)
    E("quận 9", "LOC"),
    E("UBNDTP", "ORG"),
    E("Lê Trọng Sang", "PER"),
    E("quận 9", "LOC"),
    E("Lê Trọng Sang", "PER"),
    E("quận 9", "LOC"),
    E("Sang", "PER"),
    E("Huỳnh Công Hùng", "PER"),
    E("quận 9", "LOC"),
    E("Huỳnh Công Hùng", "PER"),
    E("Ban kinh tế - ngân sách HĐNDTP", "ORG"),  # "phó Ban ...": the title stays out (rule 23)
    E("Hùng", "PER"),
    E("khu CNC", "LOC"),
    E("khu CNC", "LOC"),
    E("UBND TP", "ORG"),
    E("BQL khu CNC", "ORG"),
    E("Nguyễn Anh Tuấn", "PER"),
    E("Tuấn", "PER"),
    E("BQL", "ORG"),
    E("UBNDTP", "ORG"),
    E("khu CNC", "LOC"),
    E("Tuấn", "PER"),
    E("HĐND", "ORG"),  # the city council (short reference)
    E("HĐNDTP", "ORG"),
    E("Huỳnh Thành Lập", "PER"),
    E("Nguyễn Ngọc Hoằng", "PER"),
    E("Hoằng", "PER"),
    E("Tuổi Trẻ", "ORG"),
    E("Huỳnh Thành Lập", "PER"),
    E("BQL", "ORG"),
    E("HĐND", "ORG"),
    E("Phạm Phương Thảo", "PER"),
    E("HĐNDTP", "ORG"),
    E("Khu CNC", "LOC"),  # the park as an actor stays LOC (rule 29)
    E("BQL", "ORG"),
    E("BQL", "ORG"),  # "kiện toàn bộ máy BQL"
    E("UBNDTP", "ORG"),
    E("BQL", "ORG"),
]
