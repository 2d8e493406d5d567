"""vntc-train-XH_NLD_-4360: TP Hồ Chí Minh, quận 7: the district committee will resettle 16 households burnt out
on the bank of kênh Tẻ without waiting for the embankment project, which will move about 500 households of three
wards (land / resettlement) (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # caption glued between the title and the lead
    B("Các hộ dân không quen điều kiện sống tạm cư", "(ảnh chụp sáng 2-3)"),
]

STATS: list = []

QT = dict(type="Quyết định", number="150", code="2004/QĐ-UB", issuer="Ủy ban nhân dân TP Hồ Chí Minh")

ENTS = [
    E("kênh Tẻ", "LOC"),
    E("Tân Kiểng", "LOC"),  # "hai phường Tân Kiểng và Tân Hưng": bare after the plural (rule 28)
    E("Tân Hưng", "LOC"),
    E("quận 7", "LOC"),
    E("UBND quận 7", "ORG"),
    E("kênh Tẻ", "LOC"),
    E("Báo Người Lao Động", "ORG"),
    E("Tân Kiểng", "LOC"),  # "2 phường Tân Kiểng và Tân Hưng"
    E("Tân Hưng", "LOC"),
    E("quận 7", "LOC"),
    E("UBND quận", "ORG", canonical="UBND quận 7"),
    E("Phạm Thị Hồng", "PER"),
    E("Báo Người Lao Động", "ORG"),
    E("Trương Văn Thủ", "PER"),
    E("UBND quận 7", "ORG"),
    E("Thủ", "PER"),
    E("HĐND TP", "ORG", canonical="HĐND TP Hồ Chí Minh"),
    E("Phạm Phương Thảo", "PER"),
    E("UBND TP", "ORG", canonical="UBND TP Hồ Chí Minh"),
    E("Nguyễn Văn Đua", "PER"),
    E("kênh Tẻ", "LOC"),
    E("Quyết định 150/2004/QĐ-UB", "DOC", **QT),
    E("UBND TP", "ORG", canonical="UBND TP Hồ Chí Minh"),
    E("Thủ", "PER"),
    E("UBND TP", "ORG", canonical="UBND TP Hồ Chí Minh"),
    E("UBND quận 7", "ORG"),
    E("Tân Thuận Tây", "LOC"),  # "3 phường Tân Thuận Tây, Tân Kiểng và Tân Hưng"
    E("Tân Kiểng", "LOC"),
    E("Tân Hưng", "LOC"),
    E("Thủ", "PER"),
    E("UBND quận", "ORG", canonical="UBND quận 7"),
    E("kênh Tẻ", "LOC"),
    E("đường Nguyễn Hữu Thọ", "LOC"),  # "khu 4,6 ha trên đường ...": the zone has no name
    E("chợ Tân Kiểng", "LOC"),
]
