"""baomoi-21472495: Bà Rịa-Vũng Tàu, the provincial leaders meet investors at Tết, promise to revoke slow projects
and grant investment certificates (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Lãnh đạo tỉnh trao giấy chứng nhận đầu tư và hoa cho doanh nghiệp"),
]

STATS: list = []

ENTS = [
    E("Tỉnh Bà Rịa-Vũng Tàu", "LOC"),
    # after the caption
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("Nguyễn Hồng Lĩnh", "PER", role="Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu"),
    E("Tỉnh ủy Bà Rịa-Vũng Tàu", "ORG"),
    E("Lĩnh", "PER"),
    E("Lĩnh", "PER"),
    E("Bà Rịa-Vũng Tàu", "LOC"),
    E("Lĩnh", "PER"),
    E("Nguyễn Văn Trình", "PER", role="Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu"),
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("tỉnh Bà Rịa-Vũng Tàu", "LOC"),
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    # byline
    E("Nguyễn Long", "PER"),
]
