"""vntc-test-XH_VNE_T_-1501: TP Hồ Chí Minh, the city election council reviews the 2004 people's council elections and
the by-elections they required (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    # title "đại biểu HĐND" and "HĐND các cấp": the councils of every level (a class), not annotated
    E("TP HCM", "LOC"),
    E("Hội đồng bầu cử TP HCM", "ORG"),
    E("Võ Văn Cương", "PER"),
    E("Luật bầu cử", "DOC", type="Luật"),
    E("Cương", "PER"),
    E("Hội đồng bầu cử TP HCM", "ORG"),
    E("HĐND cấp thành phố", "ORG"),  # the one city-level council of TP HCM
    E("Cần Giờ", "LOC"),
    E("Tân Bình", "LOC"),
    E("Củ Chi", "LOC"),
    E("quận 8", "LOC"),
    E("Đỗ Duy Thường", "PER"),
    E("luật bầu cử", "DOC", type="Luật"),  # the same election law, in lower case
    E("Đỗ Duy Thường", "PER"),
    E("Đòan chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "ORG"),
    E("TP HCM", "LOC"),
    E("Thường", "PER"),
    E("Bắc Ninh", "LOC"),
]
