"""baomoi-21481605: Đà Nẵng, the city committee converts the exhibition centre into the APEC 2017 press centre
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # the lead repeated without its final period and glued before the first body sentence: a photo caption that
    # repeats the lead (dev5 decision 5). The anchor starts at the line break, because the builder finds the first
    # occurrence of a begin anchor and the lead itself is that first occurrence (dev19 A decision 1's limitation).
    B("\nUBND TP Đà Nẵng đã đầu tư hơn 160 tỷ đồng", "Tuần lễ cấp cao APEC 2017"),
]

STATS: list = []

DN = dict(province="Đà Nẵng")
UBDN = dict(canonical="Ủy ban nhân dân thành phố Đà Nẵng", level="province", **DN)
APEC = dict(canonical="Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương")
TTHC = dict(type="facility", canonical="Trung tâm Hội chợ Triển lãm Đà Nẵng", **DN)
TTBC = dict(type="facility", canonical="Trung tâm Báo chí APEC 2017 Đà Nẵng", **DN)

ENTS = [
    E("UBND TP Đà Nẵng", "ORG", **UBDN),
    E("Trung tâm hội chợ triển lãm", "LOC", **TTHC),  # the building converted (a facility, dev5 decision 2)
    E("Trung tâm báo chí", "LOC", **TTBC),
    E("APEC", "ORG", **APEC),  # inside the event's name (rule 20)
    # the repeated lead (a caption) is boilerplate; "Đinh Dậu" (the lunar year) gives nothing
    E("Thành ủy Đà Nẵng", "ORG", canonical="Thành ủy Đà Nẵng", level="province", **DN),
    E("Võ Công Trí", "PER", role="Phó Bí thư Thành ủy Đà Nẵng"),
    E("UBND TP Đà Nẵng", "ORG", **UBDN),
    E("Trung tâm báo chí", "LOC", **TTBC),
    E("APEC", "ORG", **APEC),
    E("Đà Nẵng", "LOC", level="province"),
    # inside the works' name "Công trình Cải tạo ... thành ... tại Tuần lễ cấp cao APEC 2017" (rule 30, dev9 B d2)
    E("Trung tâm hội chợ triển lãm", "LOC", **TTHC),
    E("Trung tâm báo chí", "LOC", **TTBC),
    E("APEC", "ORG", **APEC),
    E("Ban Quản lý Dự án Đầu tư Xây dựng các công trình dân dụng và công nghiệp Đà Nẵng", "ORG", level="province", **DN),
    # "Pool", "Booth" (English common nouns) give nothing
    E("Trung tâm Báo chí", "LOC", **TTBC),
    E("Hồ Xuân Mai", "PER"),  # byline
]
