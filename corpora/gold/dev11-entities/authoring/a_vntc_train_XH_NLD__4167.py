"""vntc-train-XH_NLD_-4167: Quảng Trị, the Minister of Natural Resources and Environment inspects the Tân Hiệp
subsidence and the Động Mối resettlement site, and meets the provincial committee (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # caption glued between the title and the lead (dev7 B decision 10, dev10 B decision 9)
    B("Bộ trưởng Mai Ái Trực (bên phải)", "đang sống ở Động Mối"),
]

STATS: list = []

ENTS = [
    E("Bộ Tài nguyên – Môi trường", "ORG"),
    E("Mai Ái Trực", "PER"),  # the caption's mention is boilerplate
    E("thôn Tân Hiệp", "LOC"),
    E("xã Cam Tuyền", "LOC"),
    E("huyện Cam Lộ", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("Động Mối", "LOC"),
    E("xã Cam Tuyền", "LOC"),
    E("Mai Ái Trực", "PER"),
    E("thôn Tân Hiệp", "LOC"),
    E("Động Mối", "LOC"),
    E("Mai Ái Trực", "PER"),
    E("Nguyễn Thị Tấm", "PER"),
    E("Mai Ái Trực", "PER"),
    E("Nguyễn Công Phán", "PER"),
    E("UBND huyện Cam Lộ", "ORG"),
    E("thôn Tân Hiệp", "LOC"),
    E("Động Mối", "LOC"),
    E("Nguyễn Huệ", "PER"),
    E("Động Mối", "LOC"),
    E("thôn Tân Hiệp", "LOC"),
    E("Mai Ái Trực", "PER"),
    E("Động Mối", "LOC"),
    E("Động Mối", "LOC"),  # "vùng đất Động Mối": "vùng đất" is no place word (rule 28)
    E("UBND tỉnh Quảng Trị", "ORG"),  # "lãnh đạo UBND tỉnh Quảng Trị"
    E("Mai Ái Trực", "PER"),
    E("Tân Hiệp", "LOC"),
]
