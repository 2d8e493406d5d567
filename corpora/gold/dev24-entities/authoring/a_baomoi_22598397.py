"""baomoi-22598397: TP Hồ Chí Minh, the Prime Minister's concluding remarks at his working session with the city's
leaders on its socio-economic results, land use, waste, flooding and its development model (entities only)."""

from _dsl import B, E

# three credited photo captions ("... Ảnh: VGP"); the third is the block between the subheading "“Áo đã quá chật”"
# and its credit, as dev2-statistics' baomoi-22618669 marks "Trước hết, Thủ tướng yêu cầu ... Ảnh: VGP"
BOILERPLATE = [
    B("Ảnh: Thủ tướng Chính phủ Nguyễn Xuân Phúc làm việc", "Ảnh: VGP"),
    B("Thủ tướng Nguyễn Xuân Phúc: \"TP.HCM phải là thành phố toàn cầu", "Ảnh: VGP"),
    B("Cái áo của TP đã quá chật, là như thế nào", "Ảnh: VGP"),
    B("Thủ tướng Nguyễn Xuân Phúc đề nghị TP xây dựng các giải pháp", "Ảnh: VGP"),
]

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
CITY = dict(level="province", **HCM)
BCT = dict(canonical="Bộ Chính trị", level="national")
CP = dict(canonical="Chính phủ", level="national")

ENTS = [
    E("Bộ Chính trị", "ORG", **BCT),
    E("Chính phủ", "ORG", **CP),
    E("TP.HCM", "LOC", **CITY),
    E("TP.HCM", "LOC", **CITY),  # "lãnh đạo chủ chốt TP.HCM về tình hình"
    E("Nguyễn Xuân Phúc", "PER", role="Thủ tướng"),
    # "Thủ tướng ấn tượng TP là địa phương": bare "TP" (rule 20); "mọi miền Tổ quốc": common noun
    E("chợ Bến Thành", "LOC", type="market", **HCM),
    # caption "Ảnh: Thủ tướng Chính phủ Nguyễn Xuân Phúc ... Ảnh: VGP" is boilerplate
    E("TP.HCM", "LOC", ctx="không thể để TP.HCM", **CITY),
    E("TPHCM", "LOC", **CITY),
    # caption "Thủ tướng Nguyễn Xuân Phúc: "TP.HCM phải là ..." Ảnh: VGP" is boilerplate
    E("TP.HCM", "LOC", ctx="phát triển đối với TP.HCM", **CITY),
    E("Việt Nam", "LOC", level="country"),  # "của người Việt Nam": nationality (dev4 decision 3)
    E("TPHCM", "LOC", ctx="cốt lõi của TPHCM", **CITY),
    E("TP.HCM", "LOC", ctx="Theo đó, TP.HCM", **CITY),
    # "Đại hội X của Đảng bộ TP.HCM": the congress is an event, its party organisation is ORG (rule 20)
    E("Đảng bộ TP.HCM", "ORG", canonical="Đảng bộ TP Hồ Chí Minh", level="province", **HCM),
    E("Bộ Tài nguyên và Môi trường", "ORG", level="national"),
    # "các bộ liên quan và Thành phố": common noun (rule 20)
    E("Hà Nội", "LOC", level="province", province="Hà Nội"),
    E("TP.HCM", "LOC", ctx="TP.HCM cần đi tiên phong", **CITY),
    E("TP.HCM", "LOC", ctx="đến TP.HCM", **CITY),
    # caption "Cái áo của TP đã quá chật ... Ảnh: VGP" is boilerplate
    E("TP.HCM", "LOC", ctx="lưu ý TP.HCM", **CITY),
    E("TP.HCM", "LOC", ctx="TP.HCM cũng cần", **CITY),
    E("TP.HCM", "LOC", ctx="ủng hộ TP.HCM", **CITY),
    # subheading "“Áo đã quá chật”" is body text and gives nothing; the caption after it is boilerplate
    E("TP.HCM", "LOC", ctx="TP.HCM phải tiếp tục", **CITY),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Chính phủ", "ORG", **CP),
    # "đề xuất với TƯ": the central level (rule 20, as "Trung ương")
    E("TP.HCM", "LOC", ctx="Đội ngũ của TP.HCM", **CITY),
    E("Xuân Linh", "PER"),
]
