"""vntc-train-XH_NLD_-3760: Quảng Trị, the education ministry's inspection team recognises the province's
universal lower-secondary education (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Quảng trị", "LOC"),  # title, lower-case typo kept as written
    E("NLĐO", "ORG"),
    E("Bộ GD-ĐT", "ORG"),  # "Đoàn kiểm tra của Bộ GD-ĐT": the team is ad hoc (dev3 decision 1)
    E("tỉnh Quảng Trị", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("TTXVN", "ORG"),
    E("Bộ GD-ĐT", "ORG"),
    E("Ban chỉ đạo PCGD THCS tỉnh", "ORG"),
    E("Cam Lộ", "LOC"),
    E("Đakrông", "LOC"),
    E("Hải Lăng", "LOC"),
    E("Hướng Hóa", "LOC"),
    E("Triệu Phong", "LOC"),
    E("Vĩnh Linh", "LOC"),
    E("Đông Hà", "LOC"),
    # "Ban chỉ đạo PCGD THCS từ tỉnh đến xã": committees of every level, a class (rule 20)
    E("tỉnh Quảng Trị", "LOC"),
    E("Hướng Hóa", "LOC"),
    E("Đakrông", "LOC"),
    E("Tỉnh Quảng Trị", "LOC"),
    E("Nguyễn Đức Chính", "PER"),
    E("UBND tỉnh", "ORG"),
    E("ban chỉ đạo PCGD THCS tỉnh Quảng Trị", "ORG"),  # "Trưởng ban chỉ đạo ...": rule 23
    E("Quảng Trị", "LOC"),
]
