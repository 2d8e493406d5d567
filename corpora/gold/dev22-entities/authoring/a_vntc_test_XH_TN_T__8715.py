"""vntc-test-XH_TN_T_-8715: TP Hồ Chí Minh, the education department's rules for the 2006-2007 grade-10 entrance
exams (districts that admit by record, specialised schools' exam dates, bonus points, the end of semi-public
classes) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HCM = dict(level="province", **P)
D = dict(level="district", **P)
SGD = dict(canonical="Sở Giáo dục và Đào tạo TP Hồ Chí Minh", **HCM)
BGD = dict(canonical="Bộ Giáo dục và Đào tạo", level="national")


def school(name):
    return dict(canonical=f"Trường THPT chuyên {name}", **P)


def school2(name):
    return dict(canonical=f"Trường THPT {name}", **P)


ENTS = [
    # title glued to the lead: "3 quận, huyện Bình Chánh, Cần Giờ, Củ Chi": bare names after the plural (rule 28)
    E("Bình Chánh", "LOC", **D),
    E("Cần Giờ", "LOC", **D),
    E("Củ Chi", "LOC", **D),
    E("Sở GD-ĐT TP.HCM", "ORG", **SGD),
    E("Trường THPT chuyên Lê Hồng Phong", "ORG", **P),
    # the next schools of the list are conjuncts (rule 21, dev2 d5); the second writes its "chuyên"
    E("chuyên Trần Đại Nghĩa", "ORG", **school("Trần Đại Nghĩa")),
    E("Nguyễn Thượng Hiền", "ORG", **school("Nguyễn Thượng Hiền")),
    E("Gia Định", "ORG", **school2("Gia Định")),
    # "Trường PT năng khiếu (ĐH Quốc gia TP.HCM)": the school and its parent university
    E("Trường PT năng khiếu", "ORG", canonical="Trường Phổ thông Năng khiếu", **P),
    E("ĐH Quốc gia TP.HCM", "ORG", canonical="Đại học Quốc gia TP Hồ Chí Minh", **P),
    E("Nguyễn Chí Thanh", "LOC", type="street", **P),  # "tại 153 Nguyễn Chí Thanh" (house number out, dev14 B d1)
    E("Trường TH Sư phạm", "ORG", canonical="Trường Trung học Thực hành Sư phạm", **P),
    E("ĐHSP", "ORG", canonical="Trường Đại học Sư phạm TP Hồ Chí Minh", **P),
    # "Toán, Văn, Pháp" are exam subjects (a language, like "tiếng Việt"): nothing
    E("An Dương Dương", "LOC", type="street", **P),  # typo for An Dương Vương, as written (dev8 B d8)
    # "Quy chế tuyển sinh THCS và tuyển sinh THPT năm học 2006-2007 của Bộ": unnumbered, no DOC; bare "Bộ" nothing;
    # "bà mẹ Việt Nam anh hùng" (a title) nothing
    E("Bộ GD-ĐT", "ORG", **BGD),
    E("Sở GD-ĐT", "ORG", **SGD),
    E("Sở GD-ĐT", "ORG", **SGD),
    # interview labels (dev6 d9)
    E("Nguyễn Văn Ngai", "PER", role="Phó giám đốc Sở GD - ĐT TP.HCM"),
    E("Sở GD - ĐT TP.HCM", "ORG", **SGD),
    E("Bình Chánh", "LOC", **D),
    E("Cần Giờ", "LOC", **D),
    E("Củ Chi", "LOC", **D),
    E("Hồ Phú Bạc", "PER", role="Trưởng phòng Khảo thí và Kiểm định chất lượng, Sở GD-ĐT TP.HCM"),
    E("phòng Khảo thí và Kiểm định chất lượng", "ORG", **P),  # rule 23
    E("Sở GD-ĐT TP.HCM", "ORG", **SGD),
    # "các trường chuyên Lê Hồng Phong, Trần Đại Nghĩa, ...": the first keeps "chuyên" as "4 trường THPT Nguyễn
    # Trung Trực" keeps "THPT" (dev2 d5), the rest are bare
    E("chuyên Lê Hồng Phong", "ORG", **school("Lê Hồng Phong")),
    E("Trần Đại Nghĩa", "ORG", **school("Trần Đại Nghĩa")),
    E("Nguyễn Thượng Hiền", "ORG", **school("Nguyễn Thượng Hiền")),
    E("Gia Định", "ORG", **school2("Gia Định")),
    E("Lê Hồng Phong", "ORG", **school("Lê Hồng Phong")),  # "tại 2 trường Lê Hồng Phong, Trần Đại Nghĩa"
    E("Trần Đại Nghĩa", "ORG", **school("Trần Đại Nghĩa")),
]
