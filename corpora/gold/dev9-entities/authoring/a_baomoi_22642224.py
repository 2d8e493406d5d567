"""baomoi-22642224: Cần Thơ (Mekong Delta), the Southwest Region steering committee's half-year conference on the
region's economy and regional linkage (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phó Thủ tướng Vương Đình Huệ phát biểu tại Hội nghị.", "Ảnh: Ngọc Thiện/TTXVN"),
]

STATS: list = []

BCD = "Ban Chỉ đạo Tây Nam bộ"
DBSCL = "Đồng bằng sông Cửu Long"

ENTS = [
    E("thành phố Cần Thơ", "LOC"),
    E(BCD, "ORG"),
    # after the caption
    E(DBSCL, "LOC", level="region"),
    E("Bộ Chính trị", "ORG"),
    E("Chính phủ", "ORG"),
    E("ban Chỉ đạo Tây Nam bộ", "ORG", canonical=BCD),  # Trưởng ban Chỉ đạo Tây Nam bộ (rule 23)
    E("Vương Đình Huệ", "PER",
      role="Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Trưởng ban Chỉ đạo Tây Nam bộ"),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng"),
    E("Tây Nam bộ", "LOC", level="region"),
    E(DBSCL, "LOC", level="region"),
    E(DBSCL, "LOC", level="region"),
    E("Nghị quyết 19", "DOC", type="Nghị quyết", number="19", issuer="Thủ tướng Chính phủ"),
    E("Nghị quyết 35", "DOC", type="Nghị quyết", number="35", issuer="Thủ tướng Chính phủ"),
    E("Chính phủ", "ORG"),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng"),
    E(BCD, "ORG"),
    E("Quyết định 593", "DOC", type="Quyết định", number="593", issuer="Thủ tướng Chính phủ"),
    E("Chính phủ", "ORG"),
    E("Bộ Kế hoạch và Đầu tư", "ORG"),
    E(BCD, "ORG"),
    E("Ban Chỉ Tây Nam bộ", "ORG", canonical=BCD),  # garbled as written
    E(DBSCL, "LOC", level="region"),
    E(DBSCL, "LOC", level="region"),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng"),
    E("Chính phủ", "ORG"),
    E("Bộ Tài chính", "ORG"),
    E(BCD, "ORG"),
    E(BCD, "ORG"),
    E("Kế hoạch 28", "DOC", type="Kế hoạch", number="28", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG"),
    E(DBSCL, "LOC", level="region"),
    E("Quốc hội", "ORG"),
    E("Khu hành chính kinh tế Phú Quốc", "LOC"),
    E(BCD, "ORG"),
    E("Bộ Chính trị", "ORG"),
    E("Ban Bí thư", "ORG"),
    E("Chính phủ", "ORG"),
    E("Đảng", "ORG"),  # cấp ủy Đảng (rule 25)
    E(DBSCL, "LOC", level="region"),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng"),
    E("Thường trực Ban Bí thư", "ORG"),
    E("Lê Hùng Dũng", "PER", role="Phó Trưởng ban Chỉ đạo Tây Nam bộ"),
    E("ban Chỉ đạo Tây Nam bộ", "ORG", canonical=BCD),  # Phó Trưởng ban Chỉ đạo Tây Nam bộ (rule 23)
    # byline
    E("Ngọc Thiện", "PER"),
    E("TTXVN", "ORG"),
]
