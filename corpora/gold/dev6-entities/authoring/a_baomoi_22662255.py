"""baomoi-22662255: Nam Định, the planning ministry and the provincial committee license a coal power plant
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Trao Giấy chứng nhận đăng ký đầu tư cho dự án Nhà máy nhiệt điện BOT Nam Định 1"),  # caption glued to the text
]

STATS: list = []

ENTS = [
    E("Nhà máy nhiệt điện BOT Nam Định 1", "LOC"),
    E("Công ty TNHH Điện lực Nam Định 1", "ORG"),
    E("Singapore", "LOC"),
    E("Bộ KHĐT", "ORG"),
    E("UBND tỉnh Nam Định", "ORG"),
    E("Nhiệt điện BOT Nam Định 1", "LOC"),
    E("xã Hải Châu", "LOC"),
    E("Hải Ninh", "LOC"),
    E("huyện Hải Hậu", "LOC"),
    E("TKV", "ORG"),
    E("Bộ Công Thương", "ORG"),
    E("Trọng Nhân", "PER"),
]
