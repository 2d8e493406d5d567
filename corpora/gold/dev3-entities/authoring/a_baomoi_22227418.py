"""baomoi-22227418: Bạc Liêu: a ministry's delegation surveys sea-dike erosion (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

BNN = "Bộ Nông nghiệp và Phát triển nông thôn"

ENTS = [
    E(BNN, "ORG"),
    E("Trần Quang Hoài", "PER"),
    E("Tổng cục Thủy lợi", "ORG"),
    E("tỉnh Bạc Liêu", "LOC"),
    E("UBND tỉnh Bạc Liêu", "ORG"),
    E("Dương Thành Trung", "PER"),
    E("UBND tỉnh", "ORG"),
    E("Bạc Liêu", "LOC"),
    E("kè đê biển Gành Hào", "LOC"),
    E("thị trấn Gành Hào", "LOC"),
    E("huyện Đông Hải", "LOC"),
    E("kè Nhà Mát", "LOC"),
    E("phường Nhà Mát", "LOC"),
    E("thành phố Bạc Liêu", "LOC"),
    E("UBND tỉnh Bạc Liêu", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("Liên doanh Công ty TNHH Một thành viên Trường Đại học Thủy lợi và Viện Khoa học thủy lợi miền Nam", "ORG"),
    E("UBND tỉnh Bạc Liêu", "ORG"),
    E("Bạc Liêu", "LOC", ctx="cho Bạc Liêu"),
    E("UBND tỉnh Bạc Liêu", "ORG"),
    E(BNN, "ORG"),
    E("Đồng bằng sông Cửu Long", "LOC"),
    E("tỉnh Bạc Liêu", "LOC"),
    E("Trần Quang Hoài", "PER"),
    E("Tổng cục Thủy lợi", "ORG"),
    E("Hoài", "PER", ctx="ông Hoài"),
    E("UBND tỉnh Bạc Liêu", "ORG"),
]
