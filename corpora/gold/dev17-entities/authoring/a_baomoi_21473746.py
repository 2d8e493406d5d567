"""baomoi-21473746: Đắk Lắk, the Central Highlands steering committee and the provincial committee announce the
regional investment-promotion conference and the Buôn Ma Thuột coffee festival (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

TN = dict(level="region")
BMT = dict(level="district", province="Đắk Lắk")
BCD = dict(canonical="Ban Chỉ đạo Tây Nguyên", level="national")

ENTS = [
    # places inside the events' names are LOC (dev9 A decision 3, dev15 B decision 6)
    E("Tây Nguyên", "LOC", **TN),
    E("Buôn Ma Thuột", "LOC", **BMT),
    E("Tây Nguyên", "LOC", **TN),
    E("Thành phố Buôn Ma Thuột", "LOC", **BMT),
    E("Việt Nam", "LOC", level="country"),  # "Thủ phủ cà phê Việt Nam"
    E("Ban Chỉ đạo Tây Nguyên", "ORG", **BCD),
    E("UBND tỉnh Đắk Lắk", "ORG", canonical="Ủy ban nhân dân tỉnh Đắk Lắk", level="province", province="Đắk Lắk"),
    E("Tô Lâm", "PER", role="Bộ trưởng Bộ Công an"),
    E("Bộ Công an", "ORG", level="national"),
    E("Ban chỉ đạo Tây Nguyên", "ORG", **BCD),
    E("Tây Nguyên", "LOC", **TN),
    E("Lào", "LOC", level="country"),
    E("Campuchia", "LOC", level="country"),
    E("Việt Nam", "LOC", level="country"),
    E("Tây Nguyên", "LOC", **TN),
    # the brand “Cà phê Buôn Ma Thuột”, "cà phê Đắk Lắk", "cà phê Việt Nam" (products by origin) give nothing
    E("tỉnh Đắk Lắk", "LOC", level="province"),
    E("Đắk Lắk", "LOC", level="province", ctx="du lịch của Đắk Lắk"),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),  # inside the heritage's name "Không gian Văn hóa Cồng chiêng Tây Nguyên"
    E("UNESCO", "ORG"),
    E("Điểu Kré", "PER", role="Phó Trưởng ban thường trực Ban chỉ đạo Tây Nguyên"),
    E("Ban chấp hành Trung ương Đảng", "ORG", canonical="Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
      level="national"),
    E("Ban chỉ đạo Tây Nguyên", "ORG", **BCD),
    E("Buôn Ma Thuột", "LOC", **BMT),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),
    E("Chính phủ", "ORG", level="national"),
    E("tỉnh Đắk Lắk", "LOC", level="province"),
    E("Chính phủ", "ORG", level="national"),
    E("Khu du lịch quốc gia Yok Đôn", "LOC", province="Đắk Lắk"),  # inside the unnumbered plan's title
    E("Đắk Lắk", "LOC", level="province"),
    E("Đắk Lắk", "LOC", level="province"),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),
    E("Buôn Ma Thuột", "LOC", **BMT),
    E("Buôn Ma Thuột", "LOC", **BMT),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),
    E("Tây Nguyên", "LOC", **TN),
    E("Việt Nam", "LOC", level="country"),  # the country's coffee sector, in the seminar's title
    E("Thùy Liên", "PER"),
]
