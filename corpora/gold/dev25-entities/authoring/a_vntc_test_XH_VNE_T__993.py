"""vntc-test-XH_VNE_T_-993: Điện Biên, the provincial trade and tourism department's director on lodging, room prices
and transport for the coming tourism festival (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Điện Biên")
DB = dict(level="province", **P)
SO = dict(canonical="Sở Thương mại Du lịch tỉnh Điện Biên", level="province", **P)

ENTS = [
    # title
    E("Điện Biên", "LOC", **DB),
    # "lễ hội du lịch Điện Biên": the festival is no entity, the province inside it is (rule 20)
    E("Điện Biên", "LOC", **DB),
    E("Nguyễn Văn Tưởng", "PER", role="Giám đốc Sở Thương mại Du lịch Điện Biên"),
    E("Sở Thương mại Du lịch Điện Biên", "ORG", **SO),
    E("VnExpress", "ORG"),
    E("Điện Biên", "LOC", ctx="khách sạn ở Điện Biên", **DB),
    # "Sở có phương án …", "Sở có chỉ đạo …": bare "Sở", a capitalised reference (rule 20), nothing
    E("Điện Biên", "LOC", **DB),
    E("UBND tỉnh Điện Biên", "ORG", canonical="Ủy ban nhân dân tỉnh Điện Biên", level="province", **P),
    E("Điện Biên", "LOC", ctx="nhưng Điện Biên", **DB),
    E("VN", "LOC", level="country", canonical="Việt Nam"),
    E("Điện Biên", "LOC", ctx="lên Điện Biên", **DB),
    E("Điện Biên", "LOC", ctx="ăn ở Điện Biên", **DB),
    E("Điện Biên", "LOC", ctx="văn hóa của Điện Biên", **DB),
    # "đồng bào Thái": an ethnonym, nothing (dev6 d9)
    E("Điện Biên", "LOC", ctx="sá lên Điện Biên", **DB),
    # the festival's organising committee: one body in context (rule 19)
    E("Ban tổ chức", "ORG", canonical="Ban tổ chức Lễ hội du lịch Điện Biên", **P),
    E("Điện Biên", "LOC", ctx="đến Điện Biên", **DB),
    E("Lào Cai", "LOC", level="province"),
    E("Hà Nội", "LOC", level="province"),
]
