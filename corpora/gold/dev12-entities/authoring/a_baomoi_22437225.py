"""baomoi-22437225: Thừa Thiên - Huế, the province and KOICA exhibit the detailed plan for the two banks of the
Hương river and gather residents' and experts' opinions (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

SH = dict(type="river")

ENTS = [
    E("sông Hương", "LOC", **SH),  # inside the unnumbered plan's quoted title (no DOC)
    E("sông Hương", "LOC", **SH),
    E("đồi Vọng Cảnh", "LOC"),
    E("phố cổ Bao Vinh", "LOC"),
    E("cồn Hến", "LOC", type="island"),
    E("cồn Dã Viên", "LOC", type="island"),
    E("Tỉnh Thừa Thiên - Huế", "LOC", level="province"),  # the unit word kept as written (rule 28)
    E("Cơ quan Hợp tác quốc tế Hàn Quốc", "ORG"),
    E("KOICA", "ORG"),
    E("sông Hương", "LOC", **SH),
    E("KOICA", "ORG"),
    E("sông Hương", "LOC", **SH),
    E("Huế", "LOC", level="district"),  # đô thị Huế
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("thành phố Huế", "LOC", level="district"),
    E("phố đi bộ Nguyễn Đình Chiểu", "LOC", type="road"),
    E("công viên Lý Tự Trọng", "LOC", type="park"),
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("đồi Vọng Cảnh", "LOC"),
    E("phố cổ Bao Vinh", "LOC"),
    E("cồn Hến", "LOC", type="island"),
    E("cồn Dã Viên", "LOC", type="island"),
    E("cồn Hến", "LOC", type="island"),
    E("cồn Dã Viên", "LOC", type="island"),
    E("sông Hương", "LOC", **SH),
    E("UBND tỉnh Thừa Thiên - Huế", "ORG", canonical="Ủy ban nhân dân tỉnh Thừa Thiên - Huế"),
    E("Nguyễn Văn Cao", "PER", role="Chủ tịch UBND tỉnh Thừa Thiên - Huế"),
    E("thành phố Huế", "LOC", level="district"),
    E("Huế", "LOC", level="district"),
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("sông Hương", "LOC", **SH),
    E("Huế", "LOC", level="district"),
    E("sông Hương", "LOC", **SH),
    E("Huế", "LOC", level="district"),
    E("Hồ Viết Vinh", "PER"),
    E("Trường Đại học Kiến trúc thành phố Hồ Chí Minh", "ORG"),
    E("sông Hương", "LOC", **SH),
    E("Việt Nam", "LOC", level="country"),
    E("sông Hương", "LOC", **SH),
    E("Huế", "LOC", level="district"),
]
