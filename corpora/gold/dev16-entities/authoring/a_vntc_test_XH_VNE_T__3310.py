"""vntc-test-XH_VNE_T_-3310: TP Hồ Chí Minh, the city's association of Agent Orange/dioxin victims is founded,
with the city vice-chairman as honorary president (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Hội nạn nhân chất độc da cam/dioxin HCM", "ORG"),
    # "Hội chính thức ra mắt": bare capitalised "Hội" as a reference (like "Sở", rule 20) is not annotated
    E("TP HCM", "LOC"),
    E("Mỹ", "LOC"),
    E("Mỹ", "LOC"),
    E("Làng Hòa Bình Từ Dũ", "ORG"),
    E("Cơ sở Thiên Phước", "ORG"),
    E("quận 12", "LOC"),
    E("TP HCM", "LOC"),
    E("Hội nạn nhân chất độc da cam/dioxin TP HCM", "ORG"),
    E("Hội nạn nhân chất độc da cam/dioxin TP HCM", "ORG"),
    E("UBND thành phố", "ORG"),
    E("Nguyễn Thành Tài", "PER"),
    E("Quân đội Mỹ", "ORG"),
    E("Nguyễn Răng", "PER"),
    E("Mỹ", "LOC"),
    E("Việt Nam", "LOC"),
    E("Mỹ", "LOC"),
    E("Việt Nam", "LOC"),
]
