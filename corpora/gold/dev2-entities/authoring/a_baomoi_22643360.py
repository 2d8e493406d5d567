"""baomoi-22643360: Lai Châu: households moved away from a sinkhole (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ngôi nhà 2 tầng của hộ ông Hoàng Phó Chuông", "di dời đến nơi an toàn."),
]

STATS: list = []

ENTS = [
    E("Quốc lộ 4D", "LOC", type="road"),
    E("bản Sùng Chô", "LOC"),
    E("xã Nậm Loỏng", "LOC"),
    E("thành phố Lai Châu", "LOC"),
    E("tỉnh Lai Châu", "LOC"),
    E("xã Nậm Loỏng", "LOC"),
    E("UBND xã", "ORG"),
    E("UBND thành phố Lai Châu", "ORG"),
    E("UBND thành phố Lai Châu", "ORG"),
    E("xã Nậm Loỏng", "LOC"),
    E("Lê Bá Anh", "PER"),
    E("UBND thành phố Lai Châu", "ORG"),
    E("Hoàng Phó Chuông", "PER", ctx="Hộ gia đình ông"),
    E("bản Sùng Chô", "LOC"),
    E("Chuông", "PER", ctx="Ông Chuông"),
    E("thành phố Lai Châu", "LOC"),
    E("Quang Duy", "PER"),
]
