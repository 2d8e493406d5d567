"""baomoi-21474166: Đồng Tháp: flood and livelihood project (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Nuôi tôm càng xanh trên ruộng lúa", "Huỳnh Phúc Hậu/TTXVN"),
]

STATS: list = []

ENTS = [
    E("UBND tỉnh Đồng Tháp", "ORG"),
    E("Đồng Tháp Mười", "LOC"),
    E("Hồng Ngự", "LOC"),
    E("Tam Nông", "LOC"),
    E("Thanh Bình", "LOC"),
    E("thị xã Hồng Ngự", "LOC"),
    E("tỉnh Đồng Tháp", "LOC"),
    E("Nguyễn Thanh Hùng", "PER"),
    E("UBND tỉnh Đồng Tháp", "ORG"),
    E("tỉnh Đồng Tháp", "LOC"),
    E("Đồng Tháp Mười", "LOC"),
    E("Đồng bằng sông Cửu Long", "LOC"),
    E("Nguyễn Thanh Hùng", "PER"),
    E("Nguyễn Văn Trí", "PER"),
    E("TTXVN", "ORG"),
]
