"""baomoi-21487467: Cần Thơ: the Minister of Education on the city's universities (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("\nBộ trưởng Bộ GD-ĐT Phùng Xuân Nhạ"),
]

STATS: list = []

ENTS = [
    E("Bộ GD-ĐT", "ORG"),
    E("Phùng Xuân Nhạ", "PER"),
    E("Thành ủy", "ORG"),
    E("UBND TP.Cần Thơ", "ORG"),
    E("TP.Cần Thơ", "LOC", ctx="Ngành giáo dục TP.Cần Thơ"),
    E("Võ Thành Thống", "PER"),
    E("UBND TP.Cần Thơ", "ORG"),
    E("Cần Thơ", "LOC", ctx="tại Cần Thơ, gồm"),
    E("Trường ĐH Cần Thơ", "ORG"),
    E("Trường CĐ Kinh tế kỹ thuật", "ORG"),
    E("Trường ĐH Kỹ thuật công nghệ Cần Thơ", "ORG"),
    E("Bộ GD-ĐT", "ORG"),
    E("Phùng Xuân Nhạ", "PER"),
    E("Cần Thơ", "LOC", ctx="rằng Cần Thơ"),
    E("Trường ĐH Kiến trúc", "ORG"),
    E("ĐH Quốc tế", "ORG"),
    E("Trường ĐH Khoa học xã hội và nhân văn", "ORG"),
    E("Khoa Khoa học xã hội và nhân văn", "ORG"),
    E("Trường ĐH Cần Thơ", "ORG"),
    E("Cần Thơ", "LOC", ctx="kiện, Cần Thơ"),
    E("khoa khoa học xã hội và nhân văn", "ORG"),
    E("Trường ĐH Y Dược Cần Thơ", "ORG"),
    E("Nhạ", "PER", ctx="ông Nhạ nói"),
    E("Trường CĐ Kinh tế kỹ thuật Cần Thơ", "ORG"),
    E("Trường ĐH Kỹ thuật công nghệ Cần Thơ", "ORG"),
    E("Bộ GD-ĐT", "ORG"),
    E("Bộ LĐ-TB-XH", "ORG"),
    E("Cần Thơ", "LOC", ctx="chính sách. Cần Thơ"),
    E("ĐBSCL", "LOC"),
    E("ĐBSCL", "LOC"),
    E("Đình Tuyển", "PER"),
]
