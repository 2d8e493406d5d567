"""baomoi-21488544: Quảng Ngãi, huyện Trà Bồng: a commune short of the pre-school standard (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

SCHOOL = "Trường Phổ thông dân tộc bán trú (PTDTBT) TH và THCS xã Trà Bùi"

ENTS = [
    E("tỉnh Quảng Ngãi", "LOC"),
    E("Bộ GD-ĐT", "ORG"),
    E("tỉnh Quảng Ngãi", "LOC"),
    E("xã Trà Bùi", "LOC"),
    E("Trà Bồng", "LOC"),
    E("thị trấn Trà Xuân", "LOC"),
    E("thôn Nước Nia", "LOC"),
    E("Quế", "LOC", ctx=", Quế, Niên"),
    E("Niên", "LOC"),
    E("xã Trà Bùi", "LOC"),
    E("H. Trà Bồng", "LOC"),
    E("Trần Minh Điệp", "PER"),
    E("phòng GD-ĐT H. Trà Bồng", "ORG"),
    E("Trà Bồng", "LOC", ctx="GD-ĐT Trà Bồng"),
    E("tỉnh Quảng Ngãi", "LOC"),
    E("xã Trà Bùi", "LOC"),
    E("Điệp", "PER", ctx="thầy Điệp"),
    E("Dương Văn Nhân", "PER"),
    E(SCHOOL, "ORG"),
    E("Trường PTDTBT TH và THCS xã Trà Bùi", "ORG"),
    E("thôn Nước Nia", "LOC"),
    E("Nguyễn Thị Tâm", "PER"),
    E("Trường Mầm non Trà Bùi", "ORG"),
    E("Trường Mầm non Trà Bùi", "ORG"),
    E("thôn Tây", "LOC"),
    E("thôn Quế", "LOC"),
    E("H. Trà Bồng", "LOC"),
    E("xã Trà Bùi", "LOC"),
    E("huyện Trà Bồng", "LOC"),
    E("Dương Văn Nhân", "PER"),
    E("thôn Nước Nia", "LOC"),
    E("Quế", "LOC", ctx=", Quế, Niên"),
    E("Niên", "LOC"),
    E("Trường Mầm non Trà Bùi", "ORG"),
    E("Nguyễn Thị Tâm", "PER"),
    E("Khải Minh", "PER"),
]
