"""baomoi-22477531: Phú Yên, thị xã Sông Cầu: lobster deaths leave farmers in debt (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Phú Yên", "LOC"),
    E("vịnh Xuân Đài", "LOC"),
    E("tỉnh Phú Yên", "LOC"),
    E("xã Xuân Phương", "LOC"),
    E("phường Xuân Yên", "LOC"),
    E("thị xã Sông Cầu", "LOC"),
    E("Trịnh Thị Bợ", "PER"),
    E("thị xã Sông Cầu", "LOC"),
    E("tỉnh Phú Yên", "LOC"),
    E("thị xã Sông Cầu", "LOC"),
    E("tỉnh Phú Yên", "LOC"),
    E("Trần Hữu Thế", "PER"),
    E("UBND tỉnh Phú Yên", "ORG"),
    E("Hữu Thế", "PER", ctx="ông Hữu Thế"),
    E("Phú Yên", "LOC", ctx="Hiện nay, Phú Yên"),
    E("thị xã Sông Cầu", "LOC"),
    E("tỉnh Phú Yên", "LOC"),
    E("Đông Phương", "PER"),
    E("An Bang", "PER"),
    E("VOV-Miền Trung", "ORG"),
]
