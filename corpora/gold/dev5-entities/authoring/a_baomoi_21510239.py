"""baomoi-21510239: TP Hồ Chí Minh, the city's party secretary and the labour federation on social housing prices
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bí thư Thành ủy TP.HCM Đinh La Thăng tại buổi làm việc."),
]

STATS: list = []

ENTS = [
    E("Thành ủy", "ORG"),
    E("Liên đoàn Lao động TP.HCM", "ORG"),
    E("LĐLĐ", "ORG"),
    E("Thành ủy TP.HCM", "ORG"),
    E("Đinh La Thăng", "PER"),
    E("Bình Dương", "LOC"),
    E("TP.HCM", "LOC"),
    E("TP.HCM", "LOC"),
    E("Nguyễn Phi Hùng", "PER"),
    E("Sở Xây dựng TP", "ORG"),
    E("Thành ủy", "ORG"),
    E("Sở Xây dựng", "ORG"),
    E("Hùng", "PER", ctx="Ông Hùng báo cáo"),
    E("Sở Xây dựng", "ORG"),
    E("Thành ủy TP", "ORG"),
    E("Đinh La Thăng", "PER"),
    E("Thành ủy TP.HCM", "ORG"),
    E("Thăng", "PER", ctx="Bí thư Thăng"),
    E("Quỳnh Mai", "PER"),
    E("Trường Nguyên", "PER"),
]
