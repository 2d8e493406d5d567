"""baomoi-22265905: Thừa Thiên - Huế: trade development plan and markets (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Siêu thi BigC Huế luôn chiếm lĩnh", "Quốc Việt - TTXVN"),
]

STATS: list = []

ENTS = [
    E("tỉnh Thừa Thiên - Huế", "LOC"),
    E("thành phố Huế", "LOC"),
    E("tỉnh Thừa Thiên - Huế", "LOC"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("chợ Đông Ba", "LOC", type="market"),
    E("Ban quản lý chợ Đông Ba", "ORG"),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG"),
    E("Nguyễn Văn Cao", "PER"),
]
