"""baomoi-22252266: TP Hồ Chí Minh, the education department proposes a policy to keep preschool teachers
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bảng thống kê giáo viên thôi giảng dạy hàng năm ba năm gần đây tại TP.HCM"),
    B("Công việc nhiều nhưng đãi ngộ cho giáo viên mầm non còn thấp", "quận Bình Tân)"),
]

STATS: list = []

ENTS = [
    E("Sở GD&ĐT TP.HCM", "ORG"),
    E("UBND TP.HCM", "ORG"),
    E("TP.HCM", "LOC"),
    E("Bộ GD&ĐT", "ORG"),
]
