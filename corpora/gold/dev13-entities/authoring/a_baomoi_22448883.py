"""baomoi-22448883: TP Hồ Chí Minh, the city committee asks the police to investigate the Rubyland developer
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tân Hoàng Thắng mang dự án Rubyland thế chấp ngân hàng", "Ảnh: Người Lao Động"),
]

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
UB = "Ủy ban nhân dân thành phố Hồ Chí Minh"
THT = "Công ty Tân Hoàng Thắng"
SCB = "Ngân hàng thương mại cổ phần Sài Gòn"
RUBY = dict(type="building", **HCM)

ENTS = [
    E("UBND TP HCM", "ORG", canonical=UB, level="province", **HCM),
    E("Công an Thành phố", "ORG", canonical="Công an thành phố Hồ Chí Minh", level="province", **HCM),
    E("Rubyland", "LOC", **RUBY),  # dự án Rubyland: the apartment complex's name (dev8 A decision 6)
    # caption (boilerplate)
    E("UBND TP HCM", "ORG", canonical=UB, level="province", **HCM),
    E("Sở Xây dựng thành phố", "ORG", canonical="Sở Xây dựng thành phố Hồ Chí Minh", level="province", **HCM),
    E("Ban quản trị chung cư Rubyland", "ORG", **HCM),
    E("Tân Hồng Ngọc", "LOC", **RUBY),
    E("Rubyland", "LOC", **RUBY),
    E("phường Tân Thới Hòa", "LOC", level="commune", **HCM),
    E("quận Tân Phú", "LOC", level="district", **HCM),
    E("TP HCM", "LOC", level="province", **HCM),
    E("Công ty Tân Hoàng Thắng", "ORG"),
    E("Tân Hoàng Thắng", "ORG", canonical=THT),
    E("Ngân hàng thương mại cổ phần Sài Gòn", "ORG"),
    E("SCB", "ORG", canonical=SCB),
    E("Công ty Tân Hoàng Thắng", "ORG"),
    E("Sở Xây dựng TP HCM", "ORG", canonical="Sở Xây dựng thành phố Hồ Chí Minh", level="province", **HCM),
    E("Ngân hàng Nhà nước", "ORG", level="national"),
    E("Sở Tài nguyên Môi trường", "ORG", canonical="Sở Tài nguyên và Môi trường thành phố Hồ Chí Minh",
      level="province", **HCM),
    E("UBND TP HCM", "ORG", canonical=UB, level="province", **HCM),
    E("VnExpress", "ORG"),
    E("Ngân hàng Sài Gòn", "ORG", canonical=SCB),
    E("SCB", "ORG", canonical=SCB),
    E("Công ty Tân Hoàng Thắng", "ORG"),
    E("Lũy Bán Bích", "LOC", type="road", **HCM),
    E("phường Tân Thới Hòa", "LOC", level="commune", **HCM),
    E("quận Tân Phú", "LOC", level="district", **HCM),
    E("Rubyland", "LOC", **RUBY),
    E("Tân Hoàng Thắng", "ORG", canonical=THT),
    E("SCB", "ORG", canonical=SCB),
    E("Rubyland", "LOC", **RUBY),
    E("SCB", "ORG", canonical=SCB),
    E("SCB", "ORG", canonical=SCB),
    E("Công ty Tân Hoàng Thắng", "ORG"),
    E("chung cư Rubyland", "LOC", **RUBY),
    E("ngân hàng SCB", "ORG", canonical=SCB),
]
