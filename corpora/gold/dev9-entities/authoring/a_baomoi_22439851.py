"""baomoi-22439851: Phú Yên, the provincial press conference on mass lobster deaths in vịnh Xuân Đài (entities
only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phó Chủ tịch UBND tỉnh Phú Yên Trần Hữu Thế trả lời câu hỏi", "họp báo sáng ngày 2-6."),
    B("Chủ tịch UBND thị xã Sông Cầu trả lời câu hỏi", "Báo CAND"),
]

STATS: list = []

ENTS = [
    E("vịnh Xuân Đài", "LOC"),
    E("thị xã Sông Cầu", "LOC"),
    E("Phú Yên", "LOC"),
    E("Trần Hữu Thế", "PER"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Nguyễn Tri Phương", "PER"),
    E("Sở NN-PTNT Phú Yên", "ORG"),
    E("vịnh Xuân Đài", "LOC"),
    E("xã Xuân Phương", "LOC"),
    E("phường Xuân Yên", "LOC"),
    # caption (boilerplate) here
    E("vịnh Xuân Đài", "LOC", ctx="mặt nước vịnh Xuân Đài"),
    E("Trung tâm quan trắc môi trường và bệnh thủy sản miền Trung", "ORG"),
    E("Viện nghiên cứu nuôi trồng thủy sản (NC-NTTS) III", "ORG"),
    E("Trường Đại học nông – lâm Thủ Đức", "ORG"),
    E("Chi cục thủy sản", "ORG"),
    E("Trung tâm giống và kỹ thuật thủy sản", "ORG"),
    E("Phú Yên", "LOC"),
    # caption (boilerplate) here
    E("thị xã Sông Cầu", "LOC", ctx="thời tiết thị xã Sông Cầu"),
    E("vịnh Xuân Đài", "LOC"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Sở NN-PTNT Phú Yên", "ORG"),
    E("UBND thị xã Sông Cầu", "ORG"),
    E("Công ty TNHH Nguyễn Hưng", "ORG"),
    E("xã Xuân Phương", "LOC"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Nguyễn Chí Hiến", "PER"),
    E("Trần Hữu Thế", "PER"),
    E("UBND thị xã Sông Cầu", "ORG"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Công ty TNHH Nguyễn Hưng", "ORG"),
    E("Chi cục chăn nuôi và thú y", "ORG"),
    E("Trung tâm giống KTTS", "ORG"),
    E("Sở NN-PTNT Phú Yên", "ORG"),
    E("Viện NC-NTTS III", "ORG"),
    E("Trường Đại học nông – lâm Thủ Đức", "ORG"),
    E("vịnh Xuân Đài", "LOC"),
    E("Công ty TNHH Nguyễn Hưng", "ORG"),
    E("vịnh Xuân Đài", "LOC"),
    E("UBND thị xã Sông Cầu", "ORG"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Trần Hữu Thế", "PER"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Chính phủ", "ORG"),
    E("Sở NN-PTNT Phú Yên", "ORG"),
    E("UBND thị xã Sông Cầu", "ORG"),
    E("Phạm Kiên", "PER"),
    E("UBND thị xã Sông Cầu", "ORG"),
    E("Lương Công Tuấn", "PER"),
    E("Lê Đào Anh Xuân", "PER"),
    E("Sở tài nguyên – môi trường", "ORG"),
    E("Nguyễn Tri Phương", "PER"),
    E("Sở NN-PTNT Phú Yên", "ORG"),
    E("vịnh Xuân Đài", "LOC"),
    E("vịnh Xuân Đài", "LOC"),
    E("Công ty TNHH Nguyễn Hưng", "ORG"),
    E("Nhà máy chế biến bột cá Phú Bình", "LOC", type="facility"),
    E("xã Xuân Cảnh", "LOC"),
    E("HỮU TOÀN", "PER"),
]
