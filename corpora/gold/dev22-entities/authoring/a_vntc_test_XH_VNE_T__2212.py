"""vntc-test-XH_VNE_T_-2212: Thái Nguyên, 49 households of làng Suối Vìn (xã Yên Ninh, huyện Phú Lương) have had no
household registration for 14 years; the district chairman explains why (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Thái Nguyên")
V = dict(level="village", **P)
SV = dict(canonical="làng Suối Vìn", **V)
LP = dict(canonical="thôn Liên Phú", **V)
XNBT = dict(canonical="Xí nghiệp Bê tông xây dựng", **P)

ENTS = [
    E("làng Suối Vìn", "LOC", **SV),
    E("thôn Liên Phú", "LOC", **LP),
    E("xã Yên Ninh", "LOC", level="commune", **P),
    E("huyện Phú Lương", "LOC", level="district", **P),
    E("Thái Nguyên", "LOC", level="province", **P),
    E("Vương Thị Hai", "PER"),
    E("Công ty Xây Lắp số 2", "ORG", **P),
    # "(nay là Xí nghiệp Bê Tông xây dựng, Công ty vật liệu xây dựng Thái Nguyên)": the enterprise and its parent
    # company, separated by a comma: two ORGs
    E("Xí nghiệp Bê Tông xây dựng", "ORG", **XNBT),
    E("Công ty vật liệu xây dựng Thái Nguyên", "ORG", **P),
    # "theo điều động của Công ty" (a capitalised reference, rule 20) nothing
    E("mỏ đá Suối Vìn", "LOC", type="mine", **P),
    E("thôn Liên Phú", "LOC", **LP),
    # "sinh hoạt đảng" (lower case) nothing
    E("UBND xã Yên Ninh", "ORG", canonical="Ủy ban nhân dân xã Yên Ninh", level="commune", **P),
    E("Hai", "PER"),
    # "kỳ bầu cử Hội đồng nhân dân" (the councils' election, a class and an event) nothing
    E("Vũ Thị Nguyên", "PER"),
    E("Đào Xuân Lạc", "PER", role="trưởng thôn Liên Phú"),
    E("thôn Liên Phú", "LOC", **LP),  # "trưởng thôn Liên Phú" gives the village (dev3 d4)
    # "Nhà nước giải phóng mặt bằng" (rule 20) nothing
    E("quốc lộ 3", "LOC", type="road"),
    E("làng Suối Vìn", "LOC", **SV),
    E("Lê Thiện Đán", "PER", role="Chủ tịch UBND huyện Phú Lương"),
    E("UBND huyện Phú Lương", "ORG", canonical="Ủy ban nhân dân huyện Phú Lương", level="district", **P),
    E("làng Vìn", "LOC", **SV),  # the village's short name, as written
    E("Xí nghiệp Bê tông xây dựng", "ORG", **XNBT),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Thái Nguyên", level="province", **P),
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Phú Lương", level="district", **P),
    E("Đán", "PER"),
]
