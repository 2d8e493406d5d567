"""baomoi-21494856: Hà Tĩnh, the provincial committee lets Formosa Hà Tĩnh build worker housing and flats in thị xã
Kỳ Anh; the economic zone board and the town on the projects and site clearance (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # uncredited photo caption (a perspective drawing) glued before the next body sentence (test README d2)
    B("Phối cảnh Dự án xây dựng nhà ở cho công nhân thuê", "Hưng nghiệp Formosa Hà Tĩnh."),
]

STATS: list = []

P = dict(province="Hà Tĩnh")
FHS = dict(canonical="Công ty TNHH Gang thép Hưng nghiệp Formosa Hà Tĩnh", **P)
BQL = dict(canonical="Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", level="province", **P)
KA = dict(canonical="thị xã Kỳ Anh", level="district", **P)

ENTS = [
    E("UBND tỉnh Hà Tĩnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Tĩnh", level="province", **P),
    E("Cty TNHH Gang thép Hưng nghiệp Formosa Hà Tĩnh", "ORG", **FHS),
    E("FHS", "ORG", **FHS),  # its abbreviation in parentheses (rule 26)
    # "Cty này" (a reference) gives nothing
    # caption (boilerplate): "Phối cảnh Dự án xây dựng nhà ở cho công nhân thuê của Cty ... Formosa Hà Tĩnh."
    E("BQL Khu kinh tế tỉnh Hà Tĩnh", "ORG", **BQL),
    E("tỉnh Hà Tĩnh", "LOC", level="province", **P),  # "tỉnh Hà Tĩnh đã đồng ý" (rule 29)
    E("Cty FHS", "ORG", **FHS),
    # quoted project title: the project is no entity, the company named inside it is (rule 20)
    E("Cty TNHH Gang thép Hưng nghiệp Formosa Hà Tĩnh", "ORG", **FHS),
    E("FHS", "ORG", **FHS),
    E("phường Kỳ Liên", "LOC", level="commune", **P),
    E("thị xã Kỳ Anh", "LOC", **KA),
    E("Hà Tĩnh", "LOC", level="province", **P),
    # second quoted project title, the company inside it
    E("Công ty TNHH Gang thép Hưng nghiệp Formosa Hà Tĩnh", "ORG", **FHS),
    E("phường Kỳ Phương", "LOC", level="commune", **P),
    E("thị xã Kỳ Anh", "LOC", **KA),
    E("phường Kỳ Liên", "LOC", level="commune", **P),
    E("Cty FHS", "ORG", **FHS),
    # "công nhân của Cty": bare "Cty" gives nothing (dev5 d3)
    E("BQL Khu kinh tế tỉnh Hà Tĩnh", "ORG", **BQL),
    E("Kỳ Phương", "LOC", canonical="phường Kỳ Phương", level="commune", **P),
    E("Cty FHS", "ORG", **FHS),
    E("Kỳ Phương", "LOC", canonical="phường Kỳ Phương", level="commune", **P),  # the reporter's question
    E("Cty FHS", "ORG", **FHS),
    E("BQL Khu kinh tế Hà Tĩnh", "ORG", **BQL),
    E("Luật Kinh doanh bất động sản", "DOC", type="Luật"),
    E("Phan Duy Vĩnh", "PER", role="Phó Chủ tịch UBND thị xã Kỳ Anh"),
    E("UBND thị xã Kỳ Anh", "ORG", canonical="Ủy ban nhân dân thị xã Kỳ Anh", level="district", **P),
    E("Cty FHS", "ORG", **FHS),
    E("Kỳ Anh", "LOC", **KA),  # "Chính quyền Kỳ Anh" gives the place (dev10 A d3)
    E("BQL Khu kinh tế Hà Tĩnh", "ORG", **BQL),
    E("Cty FHS", "ORG", **FHS),
    # "người Việt" (an ethnonym) gives nothing (dev6 d9); "người Đài Loan (TQ)": nationality, country LOCs
    # (dev4 d3, dev9 A d3's "cán bộ Lào")
    E("Đài Loan", "LOC", level="country"),
    E("TQ", "LOC", canonical="Trung Quốc", level="country"),
    E("TRẦN TUẤN", "PER"),  # byline
]
