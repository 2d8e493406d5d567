"""baomoi-22508065: TP Hồ Chí Minh, the city committee and the city's Phạm Ngọc Thạch medical university on enrolling
candidates from the whole country (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
UB = dict(canonical="Ủy ban nhân dân Thành phố Hồ Chí Minh", level="province", **HCM)
TU = dict(canonical="Thành ủy Thành phố Hồ Chí Minh", level="province", **HCM)
PNT = dict(canonical="Trường Đại học Y khoa Phạm Ngọc Thạch", **HCM)
BGD = dict(canonical="Bộ Giáo dục và Đào tạo", level="national")
CITY = dict(level="province", **HCM)

ENTS = [
    E("UBND TP.HCM", "ORG", **UB),
    E("Trường ĐH Y khoa Phạm Ngọc Thạch", "ORG", **PNT),
    E("VietNamNet", "ORG"),
    E("Ngô Minh Xuân", "PER", role="hiệu trưởng Trường ĐH Y Phạm Ngọc Thạch"),  # "PGS.TS" stays out
    E("Trường ĐH Y Phạm Ngọc Thạch", "ORG", **PNT),
    E("Trường ĐH Y Phạm Ngọc Thạch", "ORG", **PNT),
    E("TP.HCM", "LOC", **CITY),
    E("Ngô Minh Xuân", "PER", role="Hiệu trưởng Trường ĐH Y Phạm Ngọc Thạch"),
    E("Bộ GD-ĐT", "ORG", **BGD),
    E("TP.HCM", "LOC", **CITY),
    E("Trường ĐH Y khoa Phạm Ngọc Thạch", "ORG", **PNT),  # the venue of the secretary's visit (dev4 decision 1)
    E("thành ủy", "ORG", **TU),  # "Bí thư thành ủy" in lower case: the one city committee (rule 24)
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP Hồ Chí Minh"),
    E("UBND TP.HCM", "ORG", **UB),
    E("Văn phòng Thành ủy TP.HCM", "ORG", canonical="Văn phòng Thành ủy Thành phố Hồ Chí Minh", level="province", **HCM),
    E("Thành ủy", "ORG", ctx="kết luận của Bí thư Thành ủy", **TU),
    E("Bộ GD&ĐT", "ORG", **BGD),
    E("UBND TP.HCM", "ORG", **UB),
    E("Thành ủy", "ORG", ctx="Vì kết luận của Bí thư Thành ủy", **TU),
    E("Bộ GD&ĐT", "ORG", **BGD),
    E("UBND TP.HCM", "ORG", **UB),
    E("Trường ĐH Y Phạm Ngọc Thạch", "ORG", **PNT),
    E("Trường ĐH Y khoa Phạm Ngọc Thạch", "ORG", **PNT),
    E("Bộ GD&ĐT", "ORG", **BGD),
    E("Trường ĐH Y khoa Phạm Ngọc Thạch", "ORG", **PNT),
    # "quy chế tuyển sinh", "Đề án tuyển sinh" (unnumbered) are no DOC (rule 33, dev8 A decision 7)
    E("Bộ GD&ĐT", "ORG", **BGD),
    E("Bộ GD&ĐT", "ORG", ctx="Cổng thông tin của Bộ GD&ĐT", **BGD),
    E("Trường ĐH Y khoa Phạm Ngọc Thạch", "ORG", **PNT),
    E("Trường ĐH Y khoa Pham Ngọc Thạch", "ORG", **PNT),  # the source's "Pham" kept as written (dev3 decision 8)
    E("TP.HCM", "LOC", **CITY),
    E("TP.HCM", "LOC", **CITY),
]
