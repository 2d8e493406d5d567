"""baomoi-21509166: TP Hồ Chí Minh, the city party secretary asks the construction department about social and
low-cost housing for workers (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Đinh La Thăng, Bí thư Thành ủy TP HCM tại buổi làm việc chiều 10-2"),
    B("Ông Đỗ Phi Hùng, Phó Giám đốc Sở Xây dựng TP HCM phát biểu tại buổi làm việc"),
    B("Ông Đinh La Thăng, Bí Thư Thành ủy TP HCM làm việc với Liên đoàn Lao động TP HCM vào chiều 10-2."),
]

STATS: list = []

ENTS = [
    # lead
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP HCM"),
    E("Thành ủy TP HCM", "ORG"),
    E("Sở Xây dựng TP", "ORG"),
    # body
    E("Thành ủy TP HCM", "ORG", ctx="Ngày 10-2"),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP HCM"),
    E("Liên đoàn Lao động TP HCM", "ORG"),
    E("Đỗ Phi Hùng", "PER", role="Phó Giám đốc sở Xây dựng TP"),
    E("sở Xây dựng TP", "ORG"),
    E("Sở Xây dựng TP", "ORG"),
    E("Thăng", "PER"),
    E("Hùng", "PER"),
    E("Thăng", "PER"),
    E("Sở Xây dựng", "ORG"),
    E("Thăng", "PER"),
    E("Sở Xây dựng", "ORG"),
    E("Hùng", "PER", ctx="buổi làm việc Ông Hùng"),
    E("UBND TP", "ORG"),
    E("Thành ủy TP", "ORG"),
    E("Sở Xây dựng", "ORG"),
    E("Thăng", "PER"),
    E("Hùng", "PER"),
    E("Thăng", "PER"),
    E("Sở Xây dựng TP", "ORG"),
    E("Thăng", "PER"),
    E("Thăng", "PER"),
    E("Sở Xây dựng", "ORG"),
    E("Thành ủy TP", "ORG", ctx="Đặc biệt"),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP"),
    E("Sở Xây dựng", "ORG"),
    # byline
    E("LÊ PHONG", "PER"),
    E("HỒNG ĐÀO", "PER"),
]
