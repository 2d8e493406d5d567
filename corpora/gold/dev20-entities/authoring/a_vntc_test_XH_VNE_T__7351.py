"""vntc-test-XH_VNE_T_-7351: TP Hồ Chí Minh (listed as Đồng Nai), the city sets up four interdepartmental mobile teams
at its gateways to control poultry, the market-management sub-department lists six illegal slaughter spots, the trade
department funds food reserves; Đồng Nai's veterinary force burns ducks without papers (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
DN = dict(province="Đồng Nai")
D = dict(level="district", **P)
C = dict(level="commune", **P)
ROAD = dict(type="road")

ENTS = [
    E("TP HCM", "LOC", level="province", **P),
    # the four forces that make up the teams, each the city's one body (dev7 A d4: "Thanh tra" alone in a list)
    E("Quản lý thị trường", "ORG", canonical="Chi cục Quản lý thị trường TP Hồ Chí Minh", level="province", **P),
    E("Công an", "ORG", canonical="Công an TP Hồ Chí Minh", level="province", **P),
    E("Thú y", "ORG", canonical="Chi cục Thú y TP Hồ Chí Minh", level="province", **P),
    E("Thanh niên xung phong", "ORG", canonical="Lực lượng Thanh niên xung phong TP Hồ Chí Minh",
      level="province", **P),
    # gateways named by their districts, bare after "gồm:" (rule 28)
    E("Bình Tân", "LOC", canonical="quận Bình Tân", **D),
    E("miền Tây", "LOC", level="region"),  # "các tỉnh miền Tây" (dev10 A d6)
    E("Hóc Môn", "LOC", canonical="huyện Hóc Môn", **D),
    # "hướng Tây Nam" (a direction, dev4 d2) nothing
    E("Thủ Đức", "LOC", canonical="quận Thủ Đức", **D),
    E("Đông Nam bộ", "LOC", level="region"),
    E("Nhà Bè", "LOC", canonical="huyện Nhà Bè", **D),
    E("huyện Cần Giờ", "LOC", **D),
    E("Chi cục Quản lý thị trường", "ORG", canonical="Chi cục Quản lý thị trường TP Hồ Chí Minh",
      level="province", **P),
    E("TP HCM", "LOC", level="province", **P),
    E("hẻm 399", "LOC", type="road", **P),  # dev3 d6
    E("quốc lộ 50", "LOC", **ROAD),
    E("phường 5", "LOC", **C),
    E("quận 8", "LOC", **D),
    E("xã Bình Hưng", "LOC", **C),
    E("huyện Bình Chánh", "LOC", **D),
    E("quận 8", "LOC", **D),
    E("cầu Tham Lương", "LOC", type="bridge", **P),
    # "3 quận 12, Tân Bình, Tân Phú": bare districts after the plural, the number included (dev8 B d6)
    E("12", "LOC", canonical="quận 12", **D),
    E("Tân Bình", "LOC", canonical="quận Tân Bình", **D),
    E("Tân Phú", "LOC", canonical="quận Tân Phú", **D),
    E("đường Bình Long", "LOC", **ROAD, **P),
    E("Tân Phú", "LOC", canonical="quận Tân Phú", **D),
    E("Bình Tân", "LOC", canonical="quận Bình Tân", **D),
    E("bến xe Chợ Lớn", "LOC", type="facility", **P),
    E("quận 6", "LOC", **D),
    E("chợ Trần Chánh Chiếu", "LOC", type="market", **P),
    E("phường 14", "LOC", **C),
    E("quận 5", "LOC", **D),
    E("Chi cục thú y", "ORG", canonical="Chi cục Thú y TP Hồ Chí Minh", level="province", **P),
    E("TP HCM", "LOC", level="province", **P),
    E("Sở Thương mại", "ORG", canonical="Sở Thương mại TP Hồ Chí Minh", level="province", **P),
    # "Tết Bính Tuất" (a holiday, dev7 B d9) nothing
    E("TP HCM", "LOC", level="province", **P),
    E("TP HCM", "LOC", level="province", **P),
    E("Coop mart", "ORG", canonical="Co.opmart", **P),  # a supermarket chain that receives the loan
    E("Tổng công ty thương mại Sài Gòn", "ORG", **P),
    E("Tổng công ty nông nghiệp Sài Gòn", "ORG", **P),
    E("TP HCM", "LOC", level="province", **P),
    E("Thú y tỉnh Đồng Nai", "ORG", canonical="Chi cục Thú y tỉnh Đồng Nai", level="province", **DN),
    E("huyện Thống Nhất", "LOC", level="district", **DN),
    E("Vĩnh Long", "LOC", level="province", province="Vĩnh Long"),
    E("Đồng Nai", "LOC", level="province", **DN),
    E("Thú y", "ORG", canonical="Chi cục Thú y tỉnh Đồng Nai", level="province", **DN),  # "lực lượng Thú y" again
    E("chợ Dầu Giây", "LOC", type="market", **DN),
    E("huyện Thống Nhất", "LOC", level="district", **DN),
]
