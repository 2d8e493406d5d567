"""baomoi-21488003: Hà Tĩnh, huyện Hương Khê: cattle deaths (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("8 con bò của gia đình ông Vân chết bất thường"),
    B("Trên kênh N1, đoạn qua thôn Vĩnh Mới cũng xuất hiện nhiều xác lợn bốc mùi hôi thối"),
]

STATS: list = []

ENTS = [
    E("huyện Hương Khê", "LOC"),
    E("Hà Tĩnh", "LOC"),
    E("xã Hương Vĩnh", "LOC"),
    E("Lê Quang Vinh", "PER"),
    E("phòng Nông nghiệp và Phát triển nông thôn huyện Hương Khê", "ORG"),
    E("tỉnh Hà Tĩnh", "LOC"),
    E("Chi cục thú y huyện", "ORG"),
    E("Công an huyện Hương Khê", "ORG"),
    E("Trần Hữu Vân", "PER"),
    E("xóm Trại Tuần", "LOC"),
    E("xã Hương Vĩnh", "LOC"),
    E("Khe Lạnh", "LOC"),
    E("Khe Lạnh", "LOC"),
    E("Dương Văn Kỷ", "PER"),
    E("UBND xã Hương Vĩnh", "ORG"),
    E("Kỷ", "PER", ctx="ông Kỷ"),
    E("Lê Quang Vinh", "PER"),
    E("phòng Nông nghiệp và phát triển nông thôn huyện Hương Khê", "ORG"),
    E("tỉnh Hà Tĩnh", "LOC"),
    E("Vân", "PER", ctx="nhà ông Vân"),
    E("kênh N1", "LOC", ctx="thời gian qua, trên kênh N1", type="canal"),
    E("thôn Vĩnh Mới", "LOC"),
    E("xã Thạch Tiến", "LOC"),
    E("huyện Thạch Hà", "LOC"),
    E("tỉnh Hà Tĩnh", "LOC"),
    E("Sỹ Hòa", "PER"),
]
