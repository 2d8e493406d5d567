"""vntc-test-XH_VNE_T_-1214: TP Hồ Chí Minh (listed as Hòa Bình), the city chairman and the new quận Tân Phú on
infrastructure funds: recover 200 ha of farmland to auction, schools and seven key roads (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HCM = dict(level="province", province="TP Hồ Chí Minh")

ENTS = [
    E("Tân Phú", "LOC", level="district", province="TP Hồ Chí Minh"),  # title
    E("UBND TP HCM", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
    E("Lê Thanh Hải", "PER", role="Chủ tịch UBND TP HCM"),
    E("Tân Phú", "LOC", level="district", province="TP Hồ Chí Minh"),  # "quận mới Tân Phú" (dev8 A decision 10)
    E("UBND quận Tân Phú", "ORG", level="district", province="TP Hồ Chí Minh"),
    E("Đổng Thị Kim Vui", "PER", role="Chủ tịch UBND quận Tân Phú"),
    E("Quận Tân Phú", "LOC", level="district", province="TP Hồ Chí Minh"),
    # addresses: the house numbers stay out, the street is a bare LOC
    E("Lũy Bán Bích", "LOC", type="road"),
    E("phường Tân thới Hòa", "LOC", level="commune", province="TP Hồ Chí Minh"),  # as written
    E("Âu Cơ", "LOC", type="road"),
    E("phường Phú Trung", "LOC", level="commune", province="TP Hồ Chí Minh"),
    # "Nút giao thông Hòa Bình Lũy Bán Bích": an intersection named by its two roads gives the roads
    # (dev7 A decision 7, dev11 A decision 1)
    E("Hòa Bình", "LOC", type="road", ctx="Nút giao thông Hòa Bình"),
    E("Lũy Bán Bích", "LOC", type="road"),
    E("đường Hòa Bình", "LOC", type="road"),
    E("Thoại Ngọc Hầu", "LOC", type="road"),  # roads listed after "7 công trình giao thông": bare
    E("Lê Trọng Tấn", "LOC", type="road"),
    E("Lý Thánh Tông", "LOC", type="road"),
    E("Chế Lan Viên", "LOC", type="road"),
    E("miền Nam", "LOC", level="region"),  # inside the name of a commemorative works (dev9 A decision 3)
    E("đường Dương Đức Hiền", "LOC", type="road"),
    E("đướng Dân tộc", "LOC", type="road"),  # typo kept as written
    E("đường số 5", "LOC", type="road"),
    # "đường số 5,7": the second road "7" cannot be a span (the builder refuses a digit after ","); left out
    E("Sở Quy hoạch kiến trúc", "ORG", canonical="Sở Quy hoạch - Kiến trúc TP Hồ Chí Minh", **HCM),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính TP Hồ Chí Minh", **HCM),
    E("Nguyễn Thị Hồng", "PER", role="Giám đốc Sở Tài chính"),
    E("Sở Kế hoạch và Đầu tư", "ORG", canonical="Sở Kế hoạch và Đầu tư TP Hồ Chí Minh", **HCM),
    E("Lê Thanh Hải", "PER", role="Chủ tịch UBND TP HCM"),
    E("UBND thành phố", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
    E("quận Tân Phú", "LOC", level="district", province="TP Hồ Chí Minh"),
    E("Hải", "PER"),
    E("Hải", "PER"),
    E("UBND thành phố", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
]
