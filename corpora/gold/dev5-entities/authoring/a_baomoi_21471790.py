"""baomoi-21471790: Bà Rịa-Vũng Tàu, the provincial committee's investment day (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Một dự án của nhà đầu tư Nhật tại Vũng Tàu", "Ảnh: Báo Bà Rịa-Vũng Tàu"),
]

STATS: list = []

ENTS = [
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("UBND tỉnh", "ORG", ctx="Tại ngày hội, UBND tỉnh"),
    E("công ty TNHH Nhà máy bia Heineken Việt Nam-Vũng Tàu", "ORG"),
    E("Công ty cổ phần kính Nam Việt Hưng", "ORG"),
    E("tỉnh Bà Rịa-Vũng Tàu", "LOC"),
    E("tổ hợp hóa dầu miền Nam", "LOC"),
    E("cảng nước sâu Cái Mép Hạ", "LOC"),
    E("Trung tâm logistics Cái Mép Hạ", "ORG"),
    E("cảng Cái Mép-Thị Vải", "LOC"),
    E("đường 991B", "LOC"),
    E("cầu Phước An", "LOC"),
    E("khu Paradise", "LOC"),
    E("khu Núi Dinh", "LOC"),
    E("khu Safari", "LOC"),
    E("Trung tâm nghề cá tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("Nguyễn Anh Triết", "PER"),
    E("Ban Quản lý Các khu công nghiệp tỉnh", "ORG"),
    E("Ban Quản lý Các khu công nghiệp", "ORG"),
    E("Thanh Hằng", "PER"),
]
