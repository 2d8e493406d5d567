"""baomoi-22704368: Tuyên Quang, xã Mỹ Bằng: illegal gem digging (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Những hố sâu 4-5m rộng khoảng 1m được các đối tượng đào sâu vào lòng núi để tìm đá quý."),
    B("Máng bê tông kiên cố dùng để tuyển rửa đá quý."),
    B("Nước từ khu vực tuyển rửa khoáng sản được xả thẳng xuống sông Chảy."),
]

STATS: list = []

ENTS = [
    E("thôn Cây Quýt 2", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("sông Chảy", "LOC"),
    E("tỉnh Tuyên Quang", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("huyện Yên Sơn", "LOC"),
    E("thôn Cây Quýt 2", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("sông Chảy", "LOC"),
    E("Lý Văn Cảnh", "PER"),
    E("thôn Mỹ Hoa", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("thôn 14", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("sông Chảy", "LOC"),
    E("Đỗ Văn Dậu", "PER"),
    E("UBND xã Mỹ Bằng", "ORG"),
    E("huyện Yên Sơn", "LOC"),
    E("Dậu", "PER", ctx="Ông Dậu"),
    E("xóm 14", "LOC"),
    E("thôn Cây Quýt 2", "LOC"),
    E("Đinh Xuân Khu", "PER"),
    E("Đặng Thị Ánh", "PER"),
    E("thôn Cây Quýt 2", "LOC"),
    E("xã Mỹ Bằng", "LOC"),
    E("huyện Yên Sơn", "LOC"),
    E("UBND xã", "ORG"),
    E("Đặng Thị Ánh", "PER"),
    E("UBND xã", "ORG"),
    E("Nguyễn Văn Tý", "PER"),
    E("TTXVN", "ORG"),
]
