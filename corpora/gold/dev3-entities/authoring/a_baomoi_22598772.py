"""baomoi-22598772: Cần Thơ: Mekong-delta transport works stall for lack of sand (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phó thủ tướng Trịnh Đình Dũng chỉ đạo sớm rà soát", "Ảnh: Cửu Long"),
]

STATS: list = []

ENTS = [
    E("miền Tây", "LOC"),
    E("đồng bằng Sông Cửu Long", "LOC"),
    E("Trịnh Đình Dũng", "PER"),
    E("Cần Thơ", "LOC"),
    E("Lâm Quang Thi", "PER"),
    E("UBND tỉnh An Giang", "ORG"),
    E("Thi", "PER", ctx="ông Thi"),
    E("Luật Khoáng sản", "DOC", type="Luật"),
    E("Nguyễn Trung Hoàng", "PER"),
    E("UBND tỉnh Trà Vinh", "ORG"),
    E("Chính phủ", "ORG"),
    E("Hoàng", "PER", ctx="ông Hoàng"),
    E("UBND tỉnh Trà Vinh", "ORG"),
    E("Bộ Giao thông Vận tải", "ORG"),
    E("Tỉnh Đồng Tháp", "LOC"),
    E("Cao Lãnh", "LOC"),
    E("Vàm Cống", "LOC"),
    E("Đồng Tháp", "LOC", ctx="lãnh đạo Đồng Tháp"),
    E("UBND tỉnh Hậu Giang", "ORG"),
    E("Nguyễn Văn Tuấn", "PER"),
    E("Công ty cổ phần BOT Cao tốc Trung Lương – Mỹ Thuận", "ORG"),
    E("Phan Anh Dũng", "PER"),
    E("Dũng", "PER", ctx="Ông Dũng"),
    E("Chính phủ", "ORG"),
    E("miền Tây", "LOC"),
    E("Sóc Trăng", "LOC"),
    E("Nguyễn Văn Thể", "PER"),
    E("miền Tây", "LOC"),
    E("Thể", "PER", ctx="ông Thể"),
    E("Chính phủ", "ORG"),
    E("cao tốc Trung Lương – Mỹ Thuận", "LOC"),
    E("đồng bằng sông Cửu Long", "LOC"),
    E("Chính phủ", "ORG"),
    E("Tỉnh ủy Sóc Trăng", "ORG"),
    E("Cục quản lý xây dựng", "ORG"),
    E("Bộ Xây dựng", "ORG"),
    E("Trịnh Đình Dũng", "PER"),
    E("Bộ Giao thông Vận tải", "ORG"),
    E("Bộ Tài nguyên & môi trường", "ORG"),
    E("Xây dựng", "ORG"),
    E("miền Tây", "LOC"),
    E("Chính phủ", "ORG"),
    E("Bộ Xây dựng", "ORG"),
    E("Cửu Long", "PER"),
]
