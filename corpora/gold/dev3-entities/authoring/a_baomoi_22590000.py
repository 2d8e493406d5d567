"""baomoi-22590000: Vĩnh Long: the Vice President receives the province's war veterans (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phó Chủ tịch nước Đặng Thị Ngọc Thịnh chụp ảnh lưu niệm", "Doãn Tấn/TTXVN"),
    B("Phó Chủ tịch nước Đặng Thị Ngọc Thịnh với các đại biểu.", "Doãn Tấn/TTXVN"),
]

STATS: list = []

ENTS = [
    E("Phủ Chủ tịch", "LOC"),
    E("Đặng Thị Ngọc Thịnh", "PER"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("Hà Nội", "LOC"),
    E("Hồ Chí Minh", "PER"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("Vĩnh Long", "LOC"),
    E("Pháp", "LOC"),
    E("Việt Nam", "LOC", ctx="Việt Nam hiện có"),
    E("Đảng", "ORG", ctx="Đảng, Nhà nước"),
    E("Đặng Thị Ngọc Thịnh", "PER"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("Sở Lao động, Thương binh và Xã hội tỉnh Vĩnh Long", "ORG"),
    E("Phan Thị Mỹ Hạnh", "PER"),
    E("Tỉnh Vĩnh Long", "LOC"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("tỉnh Vĩnh Long", "LOC"),
    E("Hiền Hạnh", "PER"),
    E("TTXVN", "ORG"),
]
