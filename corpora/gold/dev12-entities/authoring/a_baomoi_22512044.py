"""baomoi-22512044: Quảng Nam, the provincial committee's workshop on conserving and developing Ngọc Linh ginseng
(entities only). "sâm Ngọc Linh" (a plant / product) is never annotated (guidelines rule 20)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Lê Trí Thanh - Phó Chủ tịch UBND tỉnh Quảng Nam phát biểu tại Hội thảo.", "Ảnh: Trương Hồng"),
    B("Hội thảo \"Giải pháp phát triển cây sâm Ngọc Linh\" do Báo Nhân dân", "Ảnh: Trương Hồng"),
    B("Sâm Ngọc Linh có giá trị kinh tế rất cao, nhiều củ sâm", "Ảnh: Trương Hồng"),
    B("Đến nay, sâm Ngọc Linh vẫn còn khai thác nhỏ lẻ", "Ảnh: Trương Hồng"),
]

STATS: list = []

UBND = "Ủy ban nhân dân tỉnh Quảng Nam"

ENTS = [
    E("Chính phủ", "ORG", level="national"),  # Thủ tướng Chính phủ (rule 24)
    E("Quảng Nam", "LOC", level="province"),
    E("Kon Tum", "LOC", level="province"),
    E("TP Tam Kỳ", "LOC", level="district"),
    E("UBND tỉnh Quảng Nam", "ORG", canonical=UBND),
    E("Lê Trí Thanh", "PER", role="Phó Chủ tịch UBND tỉnh Quảng Nam"),
    E("UBND tỉnh Quảng Nam", "ORG", canonical=UBND),
    E("tỉnh Quảng Nam", "LOC", level="province"),
    E("Kon Tum", "LOC", level="province"),
    E("tỉnh Quảng Nam", "LOC", level="province"),
    E("Thanh", "PER"),
    E("Quảng Nam", "LOC", level="province"),  # 2 tỉnh Quảng Nam và Kon Tum: bare after a plural
    E("Kon Tum", "LOC", level="province"),
    E("Quảng Nam", "LOC", level="province"),
    E("Chính phủ", "ORG", level="national"),
    E("Chính phủ", "ORG", level="national"),
    E("Chính phủ", "ORG", level="national"),
    # caption (boilerplate)
    E("Nguyễn Hồng Sơn", "PER", role="Cục trưởng Cục Trồng trọt"),
    E("Cục Trồng trọt", "ORG", level="national"),
    E("Bộ NNPTNT", "ORG", canonical="Bộ Nông nghiệp và Phát triển nông thôn", level="national"),
    E("UBND tỉnh Quảng Nam", "ORG", canonical=UBND),
    E("tỉnh Quảng Nam", "LOC", level="province"),  # inside the draft scheme's quoted title
    E("Quảng Nam", "LOC", level="province"),  # thương hiệu đặc trưng Quảng Nam
    E("Nam Trà My", "LOC", level="district"),
    E("Phước Sơn", "LOC", level="district"),
    E("Tây Giang", "LOC", level="district"),
    E("huyện Nam Trà My", "LOC", level="district"),
    E("huyện Nam Trà My", "LOC", level="district"),
    # caption (boilerplate)
    E("Quảng Nam", "LOC", ctx="tín hiệu lạc quan cho Quảng Nam", level="province"),
    E("Nghị định 02", "DOC", type="Nghị định", number="02", issuer="Chính phủ"),
    E("Chính phủ", "ORG", level="national"),
    E("Sơn", "PER", ctx="ông Sơn nhấn mạnh"),
    E("Dân Việt", "ORG"),
    E("Nguyễn Xuân Phúc", "PER", role="Thủ tướng"),
    E("Chính phủ", "ORG", level="national"),
    E("huyện Nam Trà My", "LOC", level="district"),
    E("Quảng Nam", "LOC", level="province"),
    E("Trần Thị Liên", "PER"),
    E("Viện Dược liệu", "ORG"),
    E("Kon Tum", "LOC", level="province"),  # inside a research project's title
    E("Nguyễn Bá Hoạt", "PER"),
    # caption (boilerplate)
    E("Liên", "PER", ctx="bà Liên nói"),
    E("Liên", "PER", ctx="theo bà Liên"),
    E("Bộ Y tế", "ORG", level="national"),
    # caption (boilerplate)
    E("Trương Thị Phương Lan", "PER", role="Phó Chủ tịch Hội đồng Quản trị Công ty TNHH Sâm Sâm"),
    E("Công ty TNHH Sâm Sâm", "ORG"),
    E("Công ty TNHH Sâm Sâm", "ORG"),
    E("Sở Khoa học & Công nghệ Quảng Nam", "ORG", canonical="Sở Khoa học và Công nghệ tỉnh Quảng Nam"),
    E("Sở KH&CN Quảng Nam", "ORG", canonical="Sở Khoa học và Công nghệ tỉnh Quảng Nam"),
    E("Quảng Nam", "LOC", ctx="thương hiệu đặc trưng Quảng Nam", level="province"),
    E("Lan", "PER", ctx="bà Lan nói"),
]
