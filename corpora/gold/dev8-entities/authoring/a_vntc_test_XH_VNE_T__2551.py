"""vntc-test-XH_VNE_T_-2551: Quảng Ngãi, fake graves built to claim site-clearance compensation; the commune, the
compensation board and the province's agencies detect them and recover the money (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Xã Bình Đông", "LOC"),
    E("huyện Bình Sơn", "LOC"),
    E("Quảng Ngãi", "LOC"),
    E("tuyến đường trục số 5", "LOC"),  # a numbered road of the industrial park, word kept (as "tuyến metro số 1")
    E("Khu công nghiệp (KCN) Dung Quất", "LOC"),  # the name does not stand without its end (dev2 decision 8)
    E("Cao Tấn Sơn", "PER"),
    E("Công an xã Bình Đông", "ORG"),
    E("Sơn", "PER"),
    E("nhà máy đóng tàu Dung Quất", "LOC"),  # a named plant in "dự án ..." (dev2 decision 10)
    E("Ban Giải phóng mặt bằng", "ORG"),
    E("UBND xã Bình Thạnh", "ORG"),  # "trụ sở UBND xã ..." gives the body (dev4 decision 1)
    E("Nguyễn Tấn Thịnh", "PER"),
    E("Ban Đền bù Tái định cư tỉnh Quảng Ngãi", "ORG"),  # "Phó Ban ...": the title fuses with the head
    E("Cao Tấn Sơn", "PER"),
    E("Phan Hòa", "PER"),
    E("UBND xã Bình Đông", "ORG"),
    E("Ban Quản lý", "ORG"),  # the (industrial park's) management board: a short name of one body
    E("Ban Quản lý", "ORG"),
    E("Nguyễn Luật", "PER"),
    E("xã Bình Đông", "LOC"),
    E("Nguyễn Đỗ", "PER"),
    E("Bình Thuận", "LOC"),  # communes after "các xã lân cận": bare
    E("Bình Hải", "LOC"),
    E("Bình Trị", "LOC"),
    E("huyện Bình Sơn", "LOC"),
    E("Quảng Ngãi", "LOC"),
    E("Nguyễn Tấn Thịnh", "PER"),
    E("Quảng Ngãi", "LOC"),
]
