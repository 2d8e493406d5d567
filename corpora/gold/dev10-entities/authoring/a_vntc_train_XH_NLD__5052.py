"""vntc-train-XH_NLD_-5052: TP Cần Thơ, resettlement zones of the Cần Thơ bridge without power or water, and households
of Thốt Nốt facing clearance with no resettlement site; the district compensation board and ward and commune
officials explain (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bà Nguyễn Thị Ba, KTĐC Hưng Phú 2, đang bơm nước nhiễm sắt, bùn để dùng"),  # caption glued to the title
    B("Trạm cấp nước đóng cửa suốt 2 năm qua và đang xuống cấp"),  # caption alone after a subheading
]

STATS: list = []

ENTS = [
    E("TP Cần Thơ", "LOC"),
    E("đồng bằng sông Cửu Long", "LOC"),  # region
    E("cầu Cần Thơ", "LOC"),
    E("Ban Quản lý dự án cầu Cần Thơ", "ORG"),
    E("Ban Bồi thường giải phóng mặt bằng", "ORG"),  # "(BTGPMB)" abbreviates part of the name only (rule 26)
    E("quận Cái Răng", "LOC"),
    E("TP Cần Thơ", "LOC"),
    E("KTĐC Hưng Phú 1", "LOC"),  # resettlement zone with its word (dev6 decision 4)
    E("Hưng Phú 2", "LOC"),  # elliptical (rule 21)
    E("phường Hưng Phú", "LOC"),
    E("KTĐC Tân Phú Thạnh", "LOC"),
    E("phường Ba Láng", "LOC"),
    E("Ban BTGPMB quận Cái Răng", "ORG"),
    E("Hưng Phú 1", "LOC"),  # "2 KTĐC Hưng Phú 1 và Hưng Phú 2": bare after the plural
    E("Hưng Phú 2", "LOC"),
    E("Hồ Thị Quá", "PER"),
    E("KTĐC Hưng Phú 1", "LOC"),
    E("Quá", "PER"),
    E("huyện Thốt Nốt", "LOC"),
    E("ấp Thới Thạnh", "LOC"),
    E("xã Thới Thuận", "LOC"),
    E("Nguyễn Văn Nơi", "PER"),
    E("rạch Rạp", "LOC"),
    E("Nơi", "PER"),
    E("rạch Rạp", "LOC"),
    E("Nguyễn Công Cảnh", "PER"),
    E("Thới Thạnh", "LOC"),
    E("Hưng Phú 1", "LOC"),  # "các ktđc Hưng Phú 1, Hưng Phú 2, Tân Phú Thạnh": bare after the plural
    E("Hưng Phú 2", "LOC"),
    E("Tân Phú Thạnh", "LOC"),
    E("Ban BTGPMB quận", "ORG"),
    E("Nguyễn Văn Phúc", "PER"),
    E("Ban BTGPMB quận Cái Răng", "ORG"),  # "Trưởng Ban BTGPMB ...": the title is written apart
    E("Huỳnh Thị Phụng", "PER"),
    E("UBND phường Hưng Phú", "ORG"),
    E("cầu Cần Thơ", "LOC"),
    E("UBND phường", "ORG"),  # the ward's committee just named (rule 19)
    E("Ban Quản lý dự án cầu Cần Thơ", "ORG"),
    E("Thốt Nốt", "LOC"),
    E("UBND xã Thới Thuận", "ORG"),
    E("Lê Mạnh Hùng", "PER"),
]
