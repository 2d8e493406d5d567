"""baomoi-22253786: Trà Vinh: the Front's chairman supervises a power plant's environment (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị", "làm việc tại Trung tâm điện lực Duyên Hải."),
    B("Trung tâm điện lực Duyên Hải gồm các nhà máy Nhiệt điện 1,2,3 và 3 mở rộng."),
]

STATS: list = []

ENTS = [
    E("Nguyễn Thiện Nhân", "PER"),
    E("Bộ Chính trị", "ORG"),
    E("ủy ban trung ương MTTQ Việt Nam", "ORG"),
    E("Thành ủy TPHCM", "ORG"),
    E("Nhà máy nhiệt điện 1", "LOC", type="facility"),
    E("2", "LOC", ctx=", 2 và 3 thuộc"),
    E("3", "LOC", ctx="và 3 thuộc"),
    E("Trung tâm điện lực Duyên Hải", "LOC", type="facility"),
    E("tỉnh Trà Vinh", "LOC"),
    E("Nguyễn Thiện Nhân", "PER", ctx="Sáng 12/5"),
    E("Bộ Chính trị", "ORG"),
    E("ủy ban trung ương MTTQ Việt Nam", "ORG"),
    E("Thành ủy TPHCM", "ORG"),
    E("tỉnh Trà Vinh", "LOC"),
    E("Trung tâm điện lực Duyên Hải", "LOC", type="facility"),
    E("tỉnh Trà Vinh", "LOC"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("ĐBSCL", "LOC"),
    E("Nhà máy nhiệt điện 1", "LOC", type="facility"),
    E("2", "LOC", ctx=", 2 và 3)"),
    E("3", "LOC", ctx="và 3)"),
    E("Nhà máy nhiệt điện 1", "LOC", type="facility"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("Đoàn Đại biểu Quốc hội", "ORG"),
    E("tỉnh Trà Vinh", "LOC"),
    E("Nhân", "PER", ctx="ông Nhân sắp"),
    E("Nguyễn Tiến Khoa", "PER"),
    E("Cty Phát điện 1", "ORG"),
    E("tỉnh Trà Vinh", "LOC"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("Nhân", "PER", ctx="Ông Nhân cũng"),
    E("Trung tâm nhiệt điện Duyên Hải", "LOC", type="facility"),
    E("Sở Tài nguyên và Môi trường tỉnh Trà Vinh", "ORG"),
    E("Nhân", "PER", ctx="ông Nhân lưu"),
    E("nhà máy Nhiệt điện Duyên Hải 1", "LOC", type="facility"),
    E("Trung tâm điện lực Duyên Hải", "LOC", type="facility"),
    E("Bộ Tài nguyên và Môi trường", "ORG"),
    E("nhà máy Nhiệt điện Duyên Hải 1", "LOC", type="facility"),
    E("Nhiệt điện Duyên Hải 1", "LOC", type="facility"),
    E("2", "LOC", ctx=", 2, 3 và"),
    E("3", "LOC", ctx=", 3 và"),
    E("3 mở rộng", "LOC", ctx="và 3 mở rộng", type="facility"),
    E("Trung tâm điện lực Duyên Hải", "LOC", type="facility"),
    E("Văn Minh", "PER"),
]
