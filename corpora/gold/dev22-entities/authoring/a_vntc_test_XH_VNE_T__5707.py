"""vntc-test-XH_VNE_T_-5707: Hà Nội, the city council debates the city committee's plan to renovate old apartment
blocks and does not pass the resolution (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Hà Nội")
HN = dict(level="province", **P)
UBND = dict(canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **P)
HDND = dict(canonical="Hội đồng nhân dân thành phố Hà Nội", level="province", **P)
BLD = dict(type="building", **P)

ENTS = [
    E("Hà Nội", "LOC", **HN),  # title: the city as its authorities (rule 29)
    E("HĐND thành phố Hà Nội", "ORG", **HDND),
    E("UBND thành phố", "ORG", **UBND),  # "tờ trình của UBND thành phố" (an unnumbered submission: no DOC)
    E("Nguyễn Hiệp", "PER", role="Chủ tịch HĐQT Tổng công ty Đầu tư phát triển hạ tầng và đô thị"),
    # "Chủ tịch HĐQT <company>": the board is part of the title; the company is the ORG (dev12's "Công ty TNHH Sâm Sâm")
    E("Tổng công ty Đầu tư phát triển hạ tầng và đô thị", "ORG", **P),
    E("Hà Nội", "LOC", **HN),
    # "các khu B7, B10 Kim Liên": blocks of the Kim Liên estate named by codes after a plural (dev17 A d1, dev18 A d1)
    E("B7", "LOC", canonical="khu B7 Kim Liên", **BLD),
    E("B10", "LOC", canonical="khu B10 Kim Liên", **BLD),
    E("Kim Liên", "LOC", canonical="khu tập thể Kim Liên", type="residential_zone", **P),
    E("Hiệp", "PER"),
    E("Vũ Huy Hùng", "PER", role="Chủ tịch HĐQT Tổng công ty đầu tư phát triển nhà Hà Nội"),
    E("Tổng công ty đầu tư phát triển nhà Hà Nội", "ORG", **P),  # lower-case trade kept (test README 7)
    # "khu phố cổ" (the old quarter, unnamed) gives nothing
    E("Hùng", "PER"),
    E("UBND thành phố", "ORG", **UBND),
    E("Hùng", "PER"),
    E("Nguyễn Thịnh Thành", "PER", role="Phó văn phòng HĐND"),
    E("văn phòng HĐND", "ORG", canonical="Văn phòng HĐND thành phố Hà Nội", level="province", **P),  # rule 23
    E("Trần Trọng Hanh", "PER", role="Hiệu trưởng ĐH Kiến trúc"),
    E("ĐH Kiến trúc", "ORG", canonical="Trường Đại học Kiến trúc Hà Nội", **P),
    E("HĐND", "ORG", **HDND),  # the city's council (dev10 A d5)
    E("Nguyễn Khắc Thọ", "PER"),
    E("UBND thành phố", "ORG", **UBND),
    E("Thọ", "PER"),
    E("UBND thành phố", "ORG", **UBND),
    E("Nguyễn Quốc Triệu", "PER", role="Chủ tịch UBND thành phố"),
    # "Nhà nước" (rule 20) nothing
    E("HĐND", "ORG", **HDND),
    E("UBND thành phố Hà Nội", "ORG", **UBND),
    E("Hà Nội", "LOC", **HN),
    E("nghị định 61", "DOC", type="Nghị định", number="61"),  # lower case, numbered (dev4 d4); no issuer written
    # "Thành phố sẽ dành" (a capitalised reference, rule 20) nothing
]
