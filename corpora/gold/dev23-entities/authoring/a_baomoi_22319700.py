"""baomoi-22319700: TP Hồ Chí Minh, the city committee orders the science department and others to check whether
Chinese ductile-iron water pipes affect drinking water, after a former SAWACO official's petition (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
CITY = dict(canonical="TP Hồ Chí Minh", level="province", **P)
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
SAW = dict(canonical="Tổng Công ty TNHH MTV Cấp nước Sài Gòn", **P)
GTVT = dict(canonical="Sở Giao thông vận tải TP Hồ Chí Minh", level="province", **P)
CN = dict(level="country")

ENTS = [
    E("UBND TP.HCM", "ORG", **UB),
    E("Sở Khoa học và Công nghệ", "ORG", canonical="Sở Khoa học và Công nghệ TP Hồ Chí Minh", level="province", **P),
    E("Sở GTVT", "ORG", **GTVT),
    E("Sở Y tế", "ORG", canonical="Sở Y tế TP Hồ Chí Minh", level="province", **P),
    E("Tổng Công ty TNHH MTV Cấp nước Sài Gòn", "ORG", **SAW),
    E("SAWACO", "ORG", **SAW),
    E("Công ty Cổ phần hạ tầng nước Sài Gòn", "ORG", **P),  # lower-case trade kept (test README d7)
    E("Trương Văn Hải", "PER", role="nguyên cán bộ SAWACO"),
    E("SAWACO", "ORG", **SAW),
    # "gửi đơn lên Thành ủy, HĐND, UBND TP.HCM": elliptical coordination (rule 21)
    E("Thành ủy", "ORG", canonical="Thành ủy TP Hồ Chí Minh", level="province", **P),
    E("HĐND", "ORG", canonical="Hội đồng nhân dân TP Hồ Chí Minh", level="province", **P),
    E("UBND TP.HCM", "ORG", **UB),
    E("SAWACO", "ORG", **SAW),
    E("SAWACO", "ORG", **SAW),  # "trên địa bàn TP" (bare "TP") gives nothing (dev5 d4)
    E("SAWACO", "ORG", **SAW),
    # "các công ty Trung Quốc sản xuất như Xinxing, Sun": the makers' nationality (dev4 d3) and the companies listed
    E("Trung Quốc", "LOC", **CN),
    E("Xinxing", "ORG"),
    E("Sun", "ORG"),
    E("Hải", "PER"),
    E("Hải", "PER"),
    # "ống gang dẻo Trung Quốc", "ống gang dẻo Xinxing", "ống gang Xinxing và Sun của Trung Quốc": products named
    # by their origin or maker give nothing (dev4 d3, dev5 d3); "PLA", glossed as a material, gives nothing
    E("Việt Nam", "LOC", **CN),  # "được chào bán ở Việt Nam"
    E("Hải", "PER"),
    E("Đoàn Đình Phương", "PER", role="Phó Viện trưởng Viện Khoa học vật liệu"),  # "TS" out
    E("Viện Khoa học vật liệu", "ORG", level="national"),
    E("Trung Quốc", "LOC", **CN),  # "nhà thầu Trung Quốc" (the contractors' nationality)
    E("Việt Nam", "LOC", **CN),
    E("Việt Nam", "LOC", **CN),  # "cơ quan kiểm định độc lập của Việt Nam"; "ống gang dẻo của Trung Quốc" nothing
    E("Hải", "PER"),
    E("TP.HCM", "LOC", **CITY),  # "10 triệu dân TP.HCM"
    E("UBND TP.HCM", "ORG", **UB),
    E("Nguyễn Văn Tám", "PER", role="Phó Giám đốc Sở GTVT TP"),
    E("Sở GTVT TP", "ORG", **GTVT),  # as "Sở Xây dựng TP" (dev5 d4)
    E("TP.HCM", "LOC", **CITY),  # "ngành cấp nước TP.HCM": the sector gives its place (dev6 d7)
]
