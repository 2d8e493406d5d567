"""baomoi-21480992: Thừa Thiên-Huế, the province's tourism figures for January 2017 and the tourism department's
measures for Tết (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Du khách quốc tế đến tham quan Đại nội, TP Huế.", "Ảnh: TTXVN"),
]

STATS: list = []

TTH = dict(province="Thừa Thiên - Huế")

ENTS = [
    E("UBND tỉnh Thừa Thiên - Huế", "ORG", canonical="Ủy ban nhân dân tỉnh Thừa Thiên - Huế", level="province", **TTH),
    E("Huế", "LOC", ctx="đến với Huế"),
    E("tỉnh Thừa Thiên - Huế", "LOC", level="province"),
    E("Việt Nam", "LOC", level="country"),
    E("Huế", "LOC", ctx="và Huế nói riêng"),
    E("Thanh Tiên", "LOC", level="village", **TTH),  # "làng hoa giấy Thanh Tiên": the trade stands between word and name
    E("Thủ Lễ", "LOC", level="village", **TTH),  # place inside a festival's name
    E("làng Sình", "LOC", level="village", **TTH),
    E("Sở Du lịch Thừa Thiên - Huế", "ORG", canonical="Sở Du lịch tỉnh Thừa Thiên - Huế", level="province", **TTH),
    E("Thế Công", "PER"),  # byline "Thế Công (t/h)"
]
