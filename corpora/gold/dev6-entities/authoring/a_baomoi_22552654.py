"""baomoi-22552654: Lâm Đồng, the provincial committee gives a 20-ton semi-precious stone to the Langbiang
biosphere reserve (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tảng đá bán quý đang được trưng bày tại Khu dự trữ sinh quyển thế giới Langbiang"),  # caption glued
    B("Tảng đá có nhiều đường vân màu sắc khác nhau"),  # caption glued
]

STATS: list = []

ENTS = [
    E("UBND tỉnh Lâm Đồng", "ORG"),
    E("Khu dự trữ sinh quyển thế giới Langbiang", "LOC"),
    E("Phạm Quang Tường", "PER"),
    E("Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "ORG"),
    E("Khu dự trữ sinh quyển thế giới Langbiang", "LOC"),
    E("K'Cường", "PER"),
    E("thôn 3", "LOC"),
    E("xã Lộc Tân", "LOC"),
    E("huyện Bảo Lâm", "LOC"),
    E("Phạm Văn Chính", "PER"),
    E("Phạm Văn Chính", "PER"),
    E("UBND xã Lộc Tân", "ORG"),
    E("Phạm Văn Chính", "PER"),
    E("Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "ORG"),
    E("TPHCM", "LOC"),
    E("ĐOÀN KIÊN", "PER"),
]
