"""baomoi-22272340: Bình Định: a fisherman on the steel boats built for the province's fishermen (entities
only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tàu cá vỏ thép nằm “nối đuôi”", "huyện Phù Cát, Bình Định)"),
]

STATS: list = []

ENTS = [
    E("Mạnh", "PER"),
    E("Bình Định", "LOC"),
    E("Công ty TNHH Đại Nguyên Dương", "ORG"),
    E("tỉnh Nam Định", "LOC"),
    E("Công ty TNHH một thành viên Đóng tàu Nam Triệu", "ORG"),
    E("Hải Phòng", "LOC"),
    E("Đất Việt", "ORG"),
    E("Nguyễn Văn Mạnh", "PER"),
    E("thôn Phú Hòa", "LOC"),
    E("xã Mỹ Đức", "LOC"),
    E("huyện Phù Mỹ", "LOC"),
    E("Đất Việt", "ORG"),
    E("Mạnh", "PER"),
    E("Cty TNHH Đại Nguyên Dương", "ORG"),
    E("Nam Định", "LOC"),
    E("Mạnh", "PER", ctx="ông Mạnh nhận"),
    E("Mạnh", "PER"),
    E("Mạnh", "PER"),
    E("Nam Định", "LOC"),
    E("Bình Định", "LOC"),
    E("Mạnh", "PER"),
    E("Nam Định", "LOC"),
    E("Mạnh", "PER"),
    E("Mạnh", "PER"),
    E("đảo Phú Quý", "LOC"),
    E("Bình Thuận", "LOC"),
    E("Trung tâm đăng kiểm tàu cá", "ORG"),
    E("Mạnh", "PER"),
    E("Cam Ranh", "LOC"),
    E("Khánh Hòa", "LOC"),
    E("Mạnh", "PER"),
    E("Mạnh", "PER"),
    E("Mạnh", "PER"),
    E("UBND tỉnh Bình Định", "ORG"),
    E("Mạnh", "PER"),
    E("Châu An", "PER"),
]
