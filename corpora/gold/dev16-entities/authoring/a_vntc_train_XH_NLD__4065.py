"""vntc-train-XH_NLD_-4065: Quảng Ngãi, the Vice President inspects the province's recovery after storms and floods;
Bình Định's committee grants relief (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Quảng Ngãi", "LOC"),
    E("NLĐ", "ORG"),
    E("Trương Mỹ Hoa", "PER"),
    E("Quảng Ngãi", "LOC"),
    E("Chính phủ", "ORG"),
    E("Quảng Ngãi", "LOC"),
    E("Đặng Thị Thùy Vân", "PER"),
    E("xã Nghĩa Phương", "LOC"),
    E("huyện Tư Nghĩa", "LOC"),
    E("Cửa Lở", "LOC"),  # "vùng Cửa Lở": "vùng" is no unit word (rule 28)
    E("xã Đức Lợi", "LOC"),
    E("huyện Mộ Đức", "LOC"),
    E("UBND tỉnh Bình Định", "ORG"),
]
