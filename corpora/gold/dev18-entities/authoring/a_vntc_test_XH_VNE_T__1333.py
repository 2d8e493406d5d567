"""vntc-test-XH_VNE_T_-1333: Điện Biên, the provincial vice-chairman on making tourism the province's spearhead
sector and its incentives for investors (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("Tỉnh Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("VnExpress", "ORG"),
    E("Bùi Viết Bính", "PER", role="Phó chủ tịch tỉnh Điện Biên"),
    E("tỉnh Điện Biên", "LOC", level="province", province="Điện Biên"),  # "Phó chủ tịch tỉnh Điện Biên" (dev3 d4)
    E("Điên Biên", "LOC", level="province", province="Điện Biên"),  # typo kept as written
    # "quần thể di tích Điện Biên Phủ": "di tích" (relic) is no place word (as "Di tích núi Bân" in batch B)
    E("Điện Biên Phủ", "LOC", province="Điện Biên"),
    # "Nhà nước" (rule 20) nothing
    E("Điện Biên Phủ", "LOC", province="Điện Biên"),  # "cụm di tích cứ điểm Điện Biên Phủ"
    E("Việt Nam", "LOC", level="country"),
    E("Điện Biên", "LOC", level="province", province="Điện Biên"),
    # "Tuyến đường 6": "tuyến" is a classifier (dev12 A d2)
    E("đường 6", "LOC", type="road"),
    E("đèo Pha Đin", "LOC", type="pass"),
    E("Hà Nội", "LOC", level="province"),
    E("Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("Chính phủ", "ORG", level="national"),
    # "cụm cảng hàng không quốc tế" (unnamed) nothing
    E("Đông Nam Á", "LOC", level="region"),
    E("cụm cảng hàng không Điện Biên Phủ", "LOC", type="airport", province="Điện Biên"),  # dev6 d3 "cụm cảng biển"
    E("Tỉnh Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính tỉnh Điện Biên", level="province", province="Điện Biên"),
    E("khu suối khoáng Hua Pe", "LOC", type="tourist_zone", province="Điện Biên"),
    E("U Va", "LOC", type="tourist_zone", canonical="khu suối khoáng U Va", province="Điện Biên"),  # rule 21
    E("Mường Luân", "LOC", type="tourist_zone", canonical="khu suối khoáng Mường Luân", province="Điện Biên"),
    E("hồ Pá Khoang", "LOC", type="lake", province="Điện Biên"),
    E("Tỉnh Điện Biên", "LOC", level="province", province="Điện Biên"),
    E("Trung Quốc", "LOC", level="country"),  # "2 nước Trung Quốc và Lào": bare after the plural
    E("Lào", "LOC", level="country"),
]
