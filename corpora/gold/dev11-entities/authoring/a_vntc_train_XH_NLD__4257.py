"""vntc-train-XH_NLD_-4257: TP Hồ Chí Minh, quận 5: the district party congress for 2005-2010 opens; the district
party committee's results (trade growth, party cells in private firms) and targets (party building / district
socio-economic work) (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chung cư Sư Vạn Hạnh, P.9, Q.5 - TPHCM", "Ảnh: B. Trung"),  # caption + credit glued after the title
]

STATS: list = []

DB5 = dict(canonical="Đảng bộ quận 5")
QU5 = dict(canonical="Quận ủy quận 5")

ENTS = [
    E("Đảng", "ORG"),  # "xây dựng Đảng vững mạnh" (rule 25)
    E("quận 5", "LOC"),
    E("Đảng bộ quận 5", "ORG"),  # inside the event "Đại hội Đảng bộ quận 5 - TPHCM, nhiệm kỳ ..." (rule 20)
    E("TPHCM", "LOC"),
    E("Đặng Công Luận", "PER", role="Phó Bí thư Quận ủy quận 5"),
    E("Quận ủy quận 5", "ORG"),
    # the resolution of the 8th district congress, cited by name in lower case (rule 33, dev4 decision 4)
    E("nghị quyết Đại hội Đảng bộ lần thứ VIII", "DOC", type="Nghị quyết",
      issuer="Đại hội Đảng bộ quận 5 lần thứ VIII"),
    E("Đảng bộ", "ORG", **DB5),
    E("Đảng", "ORG"),  # "Công tác xây dựng Đảng"
    E("Quận ủy", "ORG", **QU5),
    E("Đảng bộ cơ sở ngoài quốc doanh", "ORG"),  # the one grassroots committee the district founded
    # "trực thuộc Đảng bộ phường": the wards' committees, a class (rule 20), not annotated
    E("Nguyễn Trung Tín", "PER", role="Bí thư Quận ủy quận 5"),
    E("Quận ủy", "ORG", **QU5),
    E("Đảng bộ", "ORG", **DB5),
    E("quận 5", "LOC"),
    E("Đảng", "ORG"),
    E("quận 5", "LOC"),
    E("Lê Thanh Hải", "PER", role="Phó Bí thư Thành ủy TPHCM"),
    E("Trung ương Đảng", "ORG"),  # "Ủy viên Trung ương Đảng" (dev3 decision 4)
    E("Thành ủy TPHCM", "ORG"),
    E("Đảng bộ quận 5", "ORG"),
    E("quận 5", "LOC"),
]
