"""baomoi-22232441: Lâm Đồng, xã Lộc Nga: the commune's Farmers' Union chairman grows Japanese tomatoes (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Mai Thanhf Nhã - người tiên phong", "Ảnh: Thu Hằng."),
    B("Vườn cà chua Sakata của ông Nhã sai trĩu quả.", "Ảnh: Hoài Thanh"),
    B("Cà chua Sakata (Nhật Bản) không chỉ", "Ảnh: Đình Thi"),
]

STATS: list = []

ENTS = [
    E("Mai Thành Nhã", "PER"),
    E("Hội Nông dân xã Lộc Nga", "ORG"),
    E("thành phố Bảo Lộc", "LOC"),
    E("Lâm Đồng", "LOC"),
    E("Nhật Bản", "LOC"),
    E("Mai Thành Nhã", "PER"),
    E("thôn Đại Nga 1", "LOC"),
    E("huyện Đức Trọng", "LOC"),
    E("Nhật Bản", "LOC"),
    E("Nhã", "PER", ctx="Ông Nhã cho"),
    E("Lộc Nga", "LOC", ctx="ở Lộc Nga;"),
    E("Bảo Lộc", "LOC", ctx="từ Bảo Lộc"),
    E("Đức Trọng", "LOC", ctx="lên Đức Trọng"),
    E("Nhã", "PER", ctx="ông Nhã xanh"),
    E("Nhã", "PER", ctx="ông Nhã thu"),
    E("Nhã", "PER", ctx="ông Nhã sẽ"),
    E("Nguyễn Văn Thành", "PER"),
    E("UBND xã Lộc Nga", "ORG"),
    E("Nhã", "PER", ctx="ông Nhã thu hoạch hết"),
    E("Hội Nông dân xã", "ORG"),
    E("Lộc Nga", "LOC", ctx="ở Lộc Nga, Bảo"),
    E("Bảo Lộc", "LOC"),
    E("Thu Hằng", "PER", ctx="Theo Thu Hằng"),
    E("Báo Lâm Đồng", "ORG"),
]
