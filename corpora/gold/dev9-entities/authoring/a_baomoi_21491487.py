"""baomoi-21491487: Hưng Yên, the provincial labour federation's work for workers' rights (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chủ tịch LĐLĐ tỉnh Hưng Yên Nguyễn Thị Thanh Tuyết (phải)", "Ảnh: H.Nguyễn"),
]

STATS: list = []

ENTS = [
    E("tỉnh Hưng Yên", "LOC", ctx="toàn tỉnh Hưng Yên"),
    E("LĐLĐ tỉnh", "ORG", ctx="khảo sát của LĐLĐ tỉnh"),
    E("LĐLĐ tỉnh", "ORG"),
    E("Tổng LĐLĐVN", "ORG"),
    E("tỉnh Hưng Yên", "LOC"),
    E("Tổng LĐLĐVN", "ORG"),
    E("Ban Chấp hành Tổng LĐLĐVN", "ORG"),
    E("Ban Thường vụ LĐLĐ tỉnh", "ORG"),
    E("LĐLĐ", "ORG", ctx="LĐLĐ chỉ đạo"),
    E("LĐLĐ tỉnh Hưng Yên", "ORG"),
    E("Nguyễn Thị Thanh Tuyết", "PER"),
    E("Thu Nguyệt", "PER"),
]
