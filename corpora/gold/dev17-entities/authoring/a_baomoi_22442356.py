"""baomoi-22442356: Đà Nẵng, the forest-protection sub-department reports illegal logging by a gold-mining company in
xã Hòa Bắc; the district committee orders a check (entities only)."""

from _dsl import B, E

# three photo captions credited "Ảnh: HOÀI AN"
BOILERPLATE = [
    B("Những cây gỗ cực lớn", "Ảnh: HOÀI AN"),
    B("Gỗ rừng bị Công ty", "Ảnh: HOÀI AN"),
    B("Hàng đống gỗ rừng", "Ảnh: HOÀI AN"),
]

STATS: list = []

DNG = dict(province="Đà Nẵng")
BSV = dict(canonical="Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", **DNG)
KL = dict(canonical="Chi cục Kiểm lâm thành phố Đà Nẵng", level="province", **DNG)
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn thành phố Đà Nẵng", level="province", **DNG)
MINE = dict(type="mine", **DNG)

ENTS = [
    E("Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", "ORG", **BSV),
    E("Chi cục Kiểm lâm TP Đà Nẵng", "ORG", **KL),
    # "Thành ủy, UBND TP Đà Nẵng": elliptical coordination (rule 21)
    E("Thành ủy", "ORG", canonical="Thành ủy Đà Nẵng", level="province", **DNG),
    E("UBND TP Đà Nẵng", "ORG", canonical="Ủy ban nhân dân thành phố Đà Nẵng", level="province", **DNG),
    E("mỏ vàng Khe Đương", "LOC", **MINE),
    E("tiểu khu 29", "LOC", type="forest_compartment", **DNG),
    E("xã Hòa Bắc", "LOC", level="commune", **DNG),
    E("huyện Hòa Vang", "LOC", level="district", **DNG),
    E("mỏ vàng Khe Đương", "LOC", **MINE),
    E("tiểu khu 29", "LOC", type="forest_compartment", **DNG),
    E("xã Hòa Bắc", "LOC", level="commune", **DNG),
    E("Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", "ORG", ctx="trong phạm vi rừng của", **BSV),
    E("Trần Viết Phương", "PER",
      role="Phó Giám đốc Sở NN&PTNT TP Đà Nẵng, kiêm Chi cục trưởng Chi cục Kiểm lâm"),
    E("Sở NN&PTNT TP Đà Nẵng", "ORG", **SNN),
    E("Chi cục Kiểm lâm", "ORG", **KL),
    E("Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", "ORG", **BSV),
    E("Phương", "PER", ctx="Ông Phương cho hay tại"),
    E("Chi cục Kiểm lâm", "ORG", **KL),
    E("Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", "ORG", ctx="“Tạm thời ghi nhận", **BSV),
    E("Phương", "PER"),
    E("Trần Viết Phương", "PER"),
    E("Sở NN&PTNT", "ORG", **SNN),
    E("Chi cục Kiểm lâm", "ORG", **KL),
    E("Công ty TNHH MTV Bông Sen Vàng Đà Nẵng", "ORG", **BSV),
    E("UBND huyện Hòa Vang", "ORG", canonical="Ủy ban nhân dân huyện Hòa Vang", level="district", **DNG),
    E("Đặng Phú Hành", "PER", role="Phó Chủ tịch UBND huyện Hòa Vang"),
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Hòa Vang", level="district", **DNG),
    E("Hạt Kiểm lâm", "ORG", canonical="Hạt Kiểm lâm huyện Hòa Vang", level="district", **DNG),
    E("Hành", "PER", ctx="ông Hành nói"),
]
