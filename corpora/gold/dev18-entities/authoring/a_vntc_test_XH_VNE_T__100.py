"""vntc-test-XH_VNE_T_-100: Thừa Thiên - Huế, the núi Bân national relic site (xã Thủy An) is carved up and sold
as burial plots; the commune chairman and the provincial museum on its lax management (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    # title: "Di tích núi Bân": "di tích" (relic) is no place word, the mountain keeps its word
    E("núi Bân", "LOC"),
    E("Núi Bân", "LOC"),
    E("xã Thủy An", "LOC"),
    E("thành phố Huế", "LOC"),
    E("Quang Trung", "PER"),  # "vua Quang Trung"
    E("Thôn Xóm Hành", "LOC"),  # sentence start, unit word kept as written
    E("xã Thủy An", "LOC"),
    E("E.", "PER"),  # "anh E.", an anonymised villager (dev14 A's "N.T.T.")
    E("xóm Hành", "LOC"),
    E("xóm Hành", "LOC"),
    E("núi Bân", "LOC"),  # "di tích núi Bân trở thành cái cần câu cơm"
    E("núi Bân", "LOC"),
    E("xã Thủy An", "LOC"),
    E("thành phố Huế", "LOC"),
    E("Nguyễn Huệ", "PER"),
    # "lấy niên hiệu Quang Trung": the reign title, not a mention of the person; "quân Thanh" (a dynasty's army) nothing
    E("Thăng Long", "LOC"),
    E("núi Bân", "LOC"),
    E("Bảo tàng Tổng hợp Thừa Thiên - Huế", "ORG"),
    E("núi Bân", "LOC"),
    E("núi Bân", "LOC"),  # "đường lên núi Bân"
    E("E.", "PER"),
    E("E.", "PER"),
    E("núi Bân", "LOC"),  # "cả ngọn núi Bân"
    E("núi Bân", "LOC"),  # "thực trạng núi Bân"
    E("Nguyễn Thiến", "PER"),
    E("UBND xã Thủy An", "ORG"),
    E("Bảo tàng Tổng hợp Thừa Thiên - Huế", "ORG"),
    E("Nguyễn Thiến", "PER"),
    E("núi Bân", "LOC"),
    E("Thiến", "PER"),
    E("Bảo tàng Tổng hợp Thừa Thiên - Huế", "ORG"),
    E("UBND xã", "ORG"),
]
