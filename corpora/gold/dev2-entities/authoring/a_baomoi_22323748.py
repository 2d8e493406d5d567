"""baomoi-22323748: Đà Nẵng: the international terminal inaugurated (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Lãnh đạo Bộ GTVT, TP Đà Nẵng và quan khách tham quan nhà ga mới."),
    B("Toàn cảnh nhà ga hành khách quốc tế mới."),
]

STATS: list = []

ENTS = [
    E("Bộ GTVT", "ORG"),
    E("UBNDTP", "ORG"),
    E("Nhà ga Cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("Cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("APEC", "ORG"),
    E("TP Đà Nẵng", "LOC"),
    E("Cty CP Đầu tư khai thác nhà ga quốc tế Đà Nẵng", "ORG"),
    E("AHT", "ORG"),
    E("Bộ GTVT", "ORG"),
    E("UBND TP Đà Nẵng", "ORG"),
    E("Liên danh tư vấn CPG-ADCC-PAE", "ORG"),
    E("Singapore", "LOC"),
    E("CONINCO", "ORG"),
    E("Chính phủ", "ORG"),
    E("UBNDTP", "ORG"),
    E("Lê Khắc Hồng", "PER"),
    E("AHT", "ORG"),
    E("APEC", "ORG", ctx="sự kiện APEC, chúng"),
    E("Hồng", "PER", ctx="ông Hồng tự hào"),
    E("biển Đông", "LOC", type="sea"),
    E("cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("Bộ GTVT", "ORG"),
    E("Đà Nẵng", "LOC", ctx="Phần Đà Nẵng"),
    E("Cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("Đà Nẵng", "LOC", ctx="kinh tế của Đà Nẵng"),
    E("miền Trung", "LOC"),
    E("Bộ GTVT", "ORG"),
    E("Lê Đình Thọ", "PER"),
    E("Việt Nam", "LOC"),
    E("cảng hàng không quốc tế Đà Nẵng", "LOC", type="airport"),
    E("Đà Nẵng", "LOC", ctx="du lịch của Đà Nẵng"),
    E("miền Trung", "LOC"),
    E("Tây Nguyên", "LOC"),
    E("Chính phủ", "ORG"),
    E("Bộ GTVT", "ORG"),
    E("Bộ GTVT", "ORG"),
    E("UBNDTP", "ORG"),
    E("Huỳnh Đức Thơ", "PER"),
    E("Đà Nẵng", "LOC"),
    E("APEC", "ORG"),
    E("AHT", "ORG"),
    E("Bộ GTVT", "ORG"),
    E("Đà Nẵng", "LOC", ctx="Đà Nẵng cũng vậy"),
    E("nhà ga quốc tế Đà Nẵng", "LOC", type="airport"),
    E("Công Hạnh", "PER"),
]
