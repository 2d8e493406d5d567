"""baomoi-22441191: Kiên Giang, the provincial committee's meeting on the causes of abnormal seafood deaths
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Hải sản chết bất thường ở Kiên Giang"),
]

STATS: list = []

ENTS = [
    E("Kiên Giang", "LOC"),
    E("UBND tỉnh Kiên Giang", "ORG"),
    E("xã Bình An", "LOC"),
    E("huyện Kiên Lương", "LOC"),
    E("xã Thuận Yên", "LOC"),
    E("thị xã Hà Tiên", "LOC"),
    E("Cục Thú y", "ORG"),
    E("Tổng cục thủy sản", "ORG"),
    E("Sở Tài nguyên & Môi trường tỉnh Kiên Giang", "ORG"),
    E("Bộ Nông nghiệp – Phát triển nông thôn", "ORG"),
    E("Cục Thú y", "ORG"),
    E("Tổng cục thủy sản", "ORG"),
    E("Sở Tài nguyên & Môi trường tỉnh Kiên Giang", "ORG"),
    E("huyện Kiên Lương", "LOC"),
    E("Thị xã Hà Tiên", "LOC"),
    E("Kiên Giang", "LOC"),
    E("Lam Hiếu", "PER"),
    E("VOV-ĐBSCL", "ORG"),
]
