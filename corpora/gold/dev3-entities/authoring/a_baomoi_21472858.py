"""baomoi-21472858: Hà Nam: the Prime Minister visits high-tech farms and the land-ceiling rule (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Thủ tướng tham quan khu nông nghiệp công nghệ cao của VinEco tại Hà Nam"),
]

STATS: list = []

ENTS = [
    E("Hà Nam", "LOC"),
    E("Vinaseed", "ORG"),
    E("Tập đoàn Vingroup", "ORG"),
    E("Chính phủ", "ORG"),
    E("Nguyễn Xuân Phúc", "PER"),
    E("Hà Nam", "LOC"),
    E("Vinaseed", "ORG"),
    E("Tập đoàn Vingroup", "ORG"),
    E("Chính phủ", "ORG"),
    E("Nguyễn Xuân Phúc", "PER"),
    E("Việt Nam", "LOC"),
    E("Việt Nam", "LOC", ctx="nông nghiệp Việt Nam dứt"),
    E("Việt Nam", "LOC", ctx="nông nghiệp Việt Nam bằng"),
    E("Vingroup", "ORG"),
    E("Vinaseed", "ORG"),
    E("Việt Nam", "LOC", ctx="ở Việt Nam"),
    E("Vingroup", "ORG"),
    E("Tỉnh ủy Hà Nam", "ORG"),
    E("Nguyễn Đình Khang", "PER"),
    E("Khang", "PER", ctx="ông Khang"),
    E("tỉnh Hà Nam", "LOC"),
    E("Chính phủ", "ORG"),
    E("Hà Nam", "LOC"),
    E("miền Bắc", "LOC"),
    E("Chính phủ", "ORG"),
    E("Quốc hội", "ORG"),
    E("Luật Đất đai 2013", "DOC", type="Luật"),
    E("Bộ Kế hoạch Đầu tư", "ORG"),
    E("Nghị định 210", "DOC", type="Nghị định"),
    E("Đào Minh Tú", "PER"),
    E("Ngân hàng Nhà nước Việt Nam", "ORG"),
    E("Ngân hàng Nhà nước", "ORG"),
    E("Chính phủ", "ORG"),
    E("Việt Nam", "LOC", ctx="của Việt Nam ra"),
    E("Vinaseed", "ORG"),
    E("Vingroup", "ORG"),
    E("Luật Đất đai 2013", "DOC", type="Luật"),
    E("Chính phủ", "ORG"),
    E("Trần Kim Liên", "PER"),
    E("Vinaseed", "ORG"),
]
