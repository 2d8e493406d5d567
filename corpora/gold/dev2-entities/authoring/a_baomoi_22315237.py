"""baomoi-22315237: Hưng Yên: Nestlé opens a factory in an industrial park (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Nestle Việt Nam", "ORG"),
    E("nhà máy Bông Sen", "LOC", type="facility"),
    E("Khu công nghiệp Thăng Long II", "LOC", type="industrial_park"),
    E("Hưng Yên", "LOC"),
    E("Nguyễn Minh Quang", "PER"),
    E("UBND tỉnh Hưng Yên", "ORG"),
    E("Hưng Yên", "LOC"),
    E("Nestle", "ORG"),
    E("Hưng Yên", "LOC"),
    E("Quang", "PER", ctx="ông Quang nói"),
    E("tỉnh Hưng Yên", "LOC"),
    E("Hưng Yên", "LOC"),
    E("Tập đoàn Nestlé", "ORG"),
    E("Châu Á", "LOC"),
    E("Châu Đại Dương", "LOC"),
    E("Châu Phi", "LOC"),
    E("Wan Ling Martello", "PER"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Hưng Yên", "LOC"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Nestlé", "ORG"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Nestlé Việt Nam", "ORG"),
    E("Wan Ling Martello", "PER"),
    E("Ganesan Ampalavanar", "PER"),
    E("Công ty Nestlé Việt Nam", "ORG"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
    E("Nestlé", "ORG"),
    E("Nestlé", "ORG"),
    E("Việt Nam", "LOC"),
]
