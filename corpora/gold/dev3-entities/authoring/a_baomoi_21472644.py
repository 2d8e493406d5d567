"""baomoi-21472644: Hải Dương, xã Đoàn Tùng: the commune's schools (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tập thể giáo viên trường THCS Đoàn Tùng đón chào năm học mới."),
]

STATS: list = []

ENTS = [
    E("Đoàn Tùng", "LOC"),
    E("huyện Thanh Miện", "LOC"),
    E("tỉnh Hải Dương", "LOC"),
    E("Đoàn Tùng", "LOC"),
    E("huyện Thanh Miện", "LOC"),
    E("tỉnh Hải Dương", "LOC"),
    E("Đoàn Tùng", "LOC", ctx="nhân dân Đoàn Tùng"),
    E("huyện Thanh Miện", "LOC"),
    E("trường THCS Đoàn Tùng", "ORG", ctx="thầy và trò trường THCS"),
    E("Khương Thị Hằng", "PER"),
    E("trường Mầm non Đoàn Tùng", "ORG"),
    E("UBND tỉnh Hải Dương", "ORG"),
    E("Nguyễn Viết Hà", "PER"),
    E("UBND xã Đoàn Tùng", "ORG"),
    E("Đoàn Tùng", "LOC", ctx="người dân Đoàn Tùng"),
    E("Thái Tân", "PER"),
    E("KD&PL", "ORG"),
]
