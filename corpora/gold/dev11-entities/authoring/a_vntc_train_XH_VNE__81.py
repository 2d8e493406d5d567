"""vntc-train-XH_VNE_-81: TP Hồ Chí Minh, the city committee's meeting on site-clearance compensation: the finance
department's two options for partly recovered land, the chairman's orders to districts (land / compensation)
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("UBND TP HCM", "ORG"),
    E("Lê Thanh Hải", "PER", role="Chủ tịch thành phố"),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính TP Hồ Chí Minh"),
    E("Nghị định 22", "DOC", type="Nghị định", number="22", issuer="Chính phủ"),
    E("Chính phủ", "ORG"),
    E("Lê Thanh Hải", "PER"),
    E("UBND thành phố", "ORG", canonical="UBND TP Hồ Chí Minh"),
    E("Sở Quy hoạch kiến trúc", "ORG", canonical="Sở Quy hoạch - Kiến trúc TP Hồ Chí Minh"),
    E("UBND thành phố", "ORG", canonical="UBND TP Hồ Chí Minh"),
    E("Lê Thanh Hải", "PER", role="Chủ tịch UBND thành phố"),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính TP Hồ Chí Minh"),
]
