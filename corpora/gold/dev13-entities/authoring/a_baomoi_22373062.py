"""baomoi-22373062: Cà Mau, the Minister of Information and Communications works with the province on press
management (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bộ trưởng Bộ Thông tin - Truyền thông Trương Minh Tuấn phát biểu tại buổi làm việc."),
    B("Chủ tịch UBND tỉnh Cà Mau Nguyễn Tiến Hải đại diện Đảng bộ tỉnh Cà Mau", "(bìa trái)."),
    B("Theo Báo Cà Mau", kind="source"),
]

STATS: list = []

CM = dict(province="Cà Mau")
BTTTT = "Bộ Thông tin và Truyền thông"
LBC = dict(type="Luật", canonical="Luật Báo chí")

ENTS = [
    E("Luật Báo chí", "DOC", **LBC),
    E("Bộ TT&TT", "ORG", canonical=BTTTT, level="national"),
    E("Trương Minh Tuấn", "PER", role="Bộ trưởng Bộ TT&TT"),
    E("tỉnh Cà Mau", "LOC", level="province", **CM),
    E("tỉnh Cà Mau", "LOC", level="province", **CM),
    E("Đài PT-TH", "ORG", canonical="Đài Phát thanh - Truyền hình Cà Mau", level="province", **CM),
    E("Báo Cà Mau", "ORG", level="province", **CM),
    E("Báo ảnh Đất Mũi", "ORG", level="province", **CM),
    E("Tạp chí văn nghệ Cà Mau", "ORG", level="province", **CM),
    E("Cà Mau", "LOC", level="province", **CM),  # Báo chí Cà Mau (the province's press)
    # caption "Bộ trưởng ... phát biểu tại buổi làm việc." (boilerplate)
    E("Đảng", "ORG", level="national"),  # các cơ quan Đảng, Nhà nước (rule 25)
    E("TP. Cà Mau", "ORG", canonical="Ủy ban nhân dân thành phố Cà Mau", level="district", **CM),  # UBND các huyện, TP. Cà Mau
    E("Trung tâm giải quyết thủ tục hành chính", "ORG", canonical="Trung tâm giải quyết thủ tục hành chính tỉnh Cà Mau",
      level="province", **CM),
    # caption "Chủ tịch UBND tỉnh Cà Mau ... (bìa trái)." (boilerplate)
    E("Bộ Thông tin - Truyền thông", "ORG", canonical=BTTTT, level="national", ctx="Trước tình hình phát triển"),
    E("Trương Minh Tuấn", "PER", role="Bộ trưởng Bộ Thông tin - Truyền thông"),
    E("Cục Báo chí", "ORG", level="national"),
    E("Nghị định 159/2013/NĐ-CP", "DOC", type="Nghị định", number="159", code="2013/NĐ-CP", issuer="Chính phủ"),
    E("Đảng", "ORG", level="national"),
    E("Chính phủ", "ORG", level="national"),
    E("Việt Nam", "LOC", level="country"),
    E("ASEAN", "ORG"),
    E("Luật Báo chí", "DOC", **LBC),
    E("Sở Thông tin - Truyền thông", "ORG", canonical="Sở Thông tin và Truyền thông tỉnh Cà Mau", level="province", **CM),
    E("Cục Báo chí", "ORG", level="national"),
    E("Cục PT-TH", "ORG", canonical="Cục Phát thanh, truyền hình và thông tin điện tử", level="national"),
    E("Nhà xuất bản Phương Đông", "ORG"),
    E("Bộ Thông tin - Truyền thông", "ORG", canonical=BTTTT, level="national"),
]
