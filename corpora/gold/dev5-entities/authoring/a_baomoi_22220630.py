"""baomoi-22220630: Đà Nẵng, the tourism department and a world golf-tourism body hold an international seminar
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Tổ chức Du lịch Golf Thế giới IAGTO", "ORG"),
    E("Sở Du lịch Đà Nẵng", "ORG"),
    E("châu Á", "LOC"),
    E("Việt Nam", "LOC"),
    E("châu Á", "LOC"),
    E("Việt Nam", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Tổ chức Du lịch Golf Thế giới IAGTO", "ORG"),
    E("Sở Du lịch Đà Nẵng", "ORG"),
    E("Peter Walton", "PER"),
    E("IAGTO", "ORG"),
    E("Đà Nẵng", "LOC"),
    E("TP Đà Nẵng", "LOC"),
    E("Sân Golf Bana Hills Golf Club", "LOC"),
    E("miền Trung", "LOC"),
    E("châu Á", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Đặng Việt Dũng", "PER"),
    E("UBND TP Đà Nẵng", "ORG"),
    E("Đà Nẵng", "LOC"),
    E("miền Trung", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Nguyễn Nam", "PER"),
]
