"""baomoi-22570147: TP Hồ Chí Minh, the city transport department will price the temporary use of pavements street by
street and revise the city's 2008 decision before the scheme goes to the city council (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
GTVT = dict(canonical="Sở Giao thông Vận tải TP Hồ Chí Minh", level="province", **HCM)
HD = dict(canonical="Hội đồng nhân dân TP Hồ Chí Minh", level="province", **HCM)
UB = "Ủy ban nhân dân TP Hồ Chí Minh"
D = dict(level="district", **HCM)
CUONG = dict(canonical="Bùi Xuân Cường")

ENTS = [
    E("Sở GTVT TP.HCM", "ORG", **GTVT),
    E("Bùi Xuân Cường", "PER", role="Giám đốc Sở GTVT TP.HCM"),
    E("Sở GTVT TP.HCM", "ORG", **GTVT),
    E("Bùi Xuân Cường", "PER", role="Giám đốc Sở GTVT TP.HCM"),
    E("Sở GTVT TP.HCM", "ORG", **GTVT),
    # "lãnh đạo TP": bare "TP" is the common noun (rule 20)
    E("HĐND TP", "ORG", **HD),
    # "Sở sẽ nghiên cứu": bare "Sở" (rule 20)
    E("Cường", "PER", **CUONG),
    E("Sở GTVT", "ORG", **GTVT),
    E("Sở Tư pháp", "ORG", canonical="Sở Tư pháp TP Hồ Chí Minh", level="province", **HCM),
    E("UBND TP", "ORG", canonical=UB, level="province", **HCM),
    E("Quyết định 74/2008", "DOC", type="Quyết định", number="74", code="2008", issuer=UB),
    E("Sở GTVT", "ORG", **GTVT),
    E("Cường", "PER", **CUONG),
    E("Sở GTVT", "ORG", **GTVT),
    E("HĐND", "ORG", **HD),  # "kiến nghị TP xem xét trình HĐND đề án": the city's council (dev10, dev11)
    E("Sở GTVT", "ORG", **GTVT),
    E("quận 1", "LOC", **D),
    E("quận 3", "LOC", **D),
    E("5", "LOC", **D),  # "quận 3, 5, 6, 10, 11, Phú Nhuận, Bình Thạnh" (rule 21, dev8 B decision 6)
    E("6", "LOC", **D),
    E("10", "LOC", **D),
    E("11", "LOC", **D),
    E("Phú Nhuận", "LOC", **D),
    E("Bình Thạnh", "LOC", **D),
    E("7", "LOC", **D),  # "các quận 7, 8, 9, 12, Gò Vấp, Bình Tân": bare after the plural (rule 28)
    E("8", "LOC", **D),
    E("9", "LOC", **D),
    E("12", "LOC", **D),
    E("Gò Vấp", "LOC", **D),
    E("Bình Tân", "LOC", **D),
]
