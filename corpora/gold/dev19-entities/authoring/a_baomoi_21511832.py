"""baomoi-21511832: Hải Phòng, the city committee's conference on the trial of a free solar-powered electric bus on
Cát Bà island with the Japanese city of Kitakyushu (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # two photo captions without credit, glued before the next body sentence (test README 2)
    B("Cận cảnh chiếc xe buýt điện", "trị giá 8 tỷ đồng"),
    B("Lãnh đạo TP Hải Phòng và TPKitakyushu", "khai trương xe buýt điện"),
]

STATS: list = []

HP = dict(province="Hải Phòng")
UBHP = dict(canonical="Ủy ban nhân dân thành phố Hải Phòng", level="province", **HP)
QH = dict(canonical="Công ty TNHH Thương mại Quốc Hưng", **HP)
KITA = dict(canonical="thành phố Kitakyushu")
JP = dict(level="country")
ROUTE = dict(type="bus_route", **HP)

ENTS = [
    E("quần đảo Cát Bà", "LOC", type="island", **HP),
    E("UBND TP Hải Phòng", "ORG", **UBHP),
    E("đảo Cát Bà", "LOC", type="island", **HP),
    E("TP Kitakyushu", "LOC", **KITA),
    E("Nhật Bản", "LOC", **JP),
    # the city inside the unnumbered plan's quoted title (rule 30; the plan is no DOC)
    E("TP Hải Phòng", "LOC", level="province", **HP),
    E("Kengo Ishida", "PER",
      role="Giám đốc Trung tâm giảm thiểu Cacbon khu vực châu Á - Cục Môi trường TP Kitakyushu"),
    # a unit and its parent joined by a dash: two ORGs (test README 9, dev13 B "Cục Công sản - Bộ Tài chính")
    E("Trung tâm giảm thiểu Cacbon khu vực châu Á", "ORG"),
    E("Cục Môi trường TP Kitakyushu", "ORG"),
    E("đảo Cát Bà", "LOC", type="island", **HP),
    E("Nhật Bản", "LOC", **JP),  # "đối tác Nhật Bản" (dev4 decision 3)
    E("Cty TNHH Thương mại Quốc Hưng", "ORG", **QH),
    E("Kengo Ishida", "PER"),
    E("Kengo Ishia", "PER"),  # the source's slip, as written (dev8 B decision 8)
    E("huyện đảo Cát Bà", "LOC", level="district", **HP),  # dev2 decision 1 keeps "huyện đảo"
    E("Vũ Thị Bích Liên", "PER", role="đại diện Cty TNHH Thương mại Quốc Hưng"),
    E("Cty TNHH Thương mại Quốc Hưng", "ORG", **QH),
    E("Cty Quốc Hưng", "ORG", **QH),
    # numbered bus routes: the number names the line (dev11 A decision 1's "Tuyến 1", dev5's "tuyến metro số 1")
    E("tuyến số 13", "LOC", **ROUTE),
    E("tuyến số 14", "LOC", **ROUTE),
    E("Nhật Bản", "LOC", **JP),
    E("tuyến 13", "LOC", canonical="tuyến số 13", **ROUTE),
    E("14", "LOC", canonical="tuyến số 14", **ROUTE),  # elliptical conjunct (rule 21)
    E("Cát Bà", "LOC", type="island", **HP),
    E("Liên", "PER"),
    E("UBND TP Hải Phòng", "ORG", **UBHP),
    E("Nhật Bản", "LOC", **JP),
    # "cơ chế Nhật Bản đề xuất": the country that proposes (rule 29); "JCM" (a mechanism) gives nothing
    E("Nhật Bản", "LOC", **JP),
    E("UBND TP Hải Phòng", "ORG", **UBHP),
    E("Lê Thanh Sơn", "PER", role="Phó Chủ tịch UBND TP Hải Phòng"),
    E("TP Hải Phòng", "LOC", level="province", **HP),
    E("Sơn", "PER"),
    E("Cty Quốc Hưng", "ORG", **QH),
    E("TP Kitakuyshu", "LOC", **KITA),  # typo as written
    E("TP Hải Phòng", "LOC", level="province", **HP),
    E("đảo Cát Bà", "LOC", type="island", **HP),
    E("Văn Khúc", "PER"),  # byline
]
