"""baomoi-22266085: Cà Mau, the agriculture department reports coastal erosion of about 450 ha a year; the
provincial vice-chairman asks central funding for embankments and resettlement (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Khu dân cư ven sông Gành Hào, xã Tân Thuận (Cà Mau)", "Ảnh: Huỳnh Thế Anh/TTXVN"),
]

STATS: list = []

CM = dict(province="Cà Mau")
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau", level="province", **CM)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Cà Mau", level="province", **CM)
COAST = dict(type="coast", **CM)
SEA = dict(type="sea", **CM)  # the province's East and West seas (its two coasts)
DIST = dict(level="district", **CM)
COMM = dict(level="commune", **CM)
PLACE = dict(**CM)  # stretches of coast named by their localities

ENTS = [
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau", "ORG", **SNN),
    E("bờ biển Tây", "LOC", **COAST),
    E("vàm Tiểu Dừa", "LOC", type="river_mouth", **CM),
    E("huyện U Minh", "LOC", **DIST),
    E("cửa sông Bảy Háp", "LOC", type="estuary", **CM),
    E("huyện Phú Tân", "LOC", **DIST),
    E("Tiểu Dừa", "LOC", **PLACE),
    E("Ba Tỉnh", "LOC", **PLACE),
    E("Ba Tỉnh", "LOC", **PLACE),
    E("Mũi Tràm", "LOC", **PLACE),
    E("Sông Đốc", "LOC", **PLACE),
    E("cửa Bảy Háp", "LOC", type="estuary", **CM),
    E("bờ biển Đông", "LOC", **COAST),
    # the caption "Khu dân cư ven sông Gành Hào ... Ảnh: Huỳnh Thế Anh/TTXVN" is boilerplate;
    # "gió mùa Đông Bắc" (the north-east monsoon) is no place
    E("bờ biển Đông", "LOC", **COAST),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau", "ORG", **SNN),
    E("Tô Quốc Nam", "PER", role="Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Cà Mau"),
    E("biển Đông", "LOC", **SEA),
    E("biển Tây", "LOC", **SEA),
    E("bờ biển Tây", "LOC", **COAST),
    E("biển Đông", "LOC", **SEA),
    E("Cà Mau", "LOC", level="province"),
    E("Cà Mau", "LOC", level="province"),
    E("UBND tỉnh Cà Mau", "ORG", **UBT),
    E("Lê Văn Sử", "PER", role="Phó Chủ tịch UBND tỉnh Cà Mau"),
    # "hỗ trợ kinh phí từ Trung ương": the central level (rule 20)
    E("Sử", "PER"),
    E("đê biển Đông", "LOC", type="dike", **CM),  # "tuyến" is a classifier (dev12 A d2)
    E("tỉnh Cà Mau", "LOC", level="province"),
    E("Hố Gùi", "LOC", **PLACE),
    E("xã Tam Giang Đông", "LOC", **COMM),
    E("huyện Năm Căn", "LOC", **DIST),
    E("Ô Rô", "LOC", **PLACE),
    E("xã Đất Mũi", "LOC", **COMM),
    E("huyện Ngọc Hiển", "LOC", **DIST),
    E("Rạch Rốc", "LOC", **PLACE),
    E("xã Viên An", "LOC", **COMM),
    E("huyện Ngọc Hiển", "LOC", **DIST),
    E("Hốc Năng", "LOC", **PLACE),
    E("xã Tân Ân", "LOC", **COMM),
    E("huyện Ngọc Hiển", "LOC", **DIST),
    E("UBND tỉnh Cà Mau", "ORG", **UBT),
    E("Huỳnh Anh", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
