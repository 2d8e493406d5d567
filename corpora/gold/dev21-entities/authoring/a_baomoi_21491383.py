"""baomoi-21491383: Hà Tĩnh, works of the Ngàn Trươi - Cẩm Trang irrigation project (run by the agriculture department's
project board for the provincial committee) fail before completion; the commune and the district on compensation
(entities only)."""

from _dsl import B, E

# Six photo captions stand alone between body sentences, each repeating or describing what the body says next to it
# (test README 2, dev5 decision 5); only the fourth holds an entity ("Tập đoàn Sơn Hải").
BOILERPLATE = [
    B("Mái kè bị sạt lở dài khoảng 90m, chiều rộng khoảng 25m, sâu hàng chục mét."),
    B("Toàn bộ cấu kiện bê tông lục lăng dày 25cm bị cuối trôi xuống sông, chỉ còn lại một phần rất nhỏ."),
    B("Cống xả đáy, xả cặn lòng hồ, được thiết kế ngay sát mép kè,", "áp lực xả tương đối lớn."),
    B("Tập đoàn Sơn Hải đã triển khai khắc phục sự cố.", "tốc độ khắc phục rất chậm."),
    B("Hàng chục hecta lúa và hoa màu của người dân chìm trong nước."),
    B("Đê vỡ làm bùn đất xuống vùi lấp toàn bộ diện tích hoa màu của người dân."),
]

STATS: list = []

HT = dict(province="Hà Tĩnh")
VQ = dict(level="district", **HT)
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh", level="province", **HT)
BQL = dict(canonical="Ban Quản lý dự án Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh", level="province", **HT)
# the irrigation works named by its two ends, with its word (dev8 A decision 6: "thủy lợi Đông Tiển", "hồ thủy lợi
# Đông Tiển"); the project's name gives the works (rule 30, "dự án Đông Tiển")
NTCT = dict(type="facility", **HT)

ENTS = [
    E("Thủy lợi Ngàn Trươi - Cẩm Trang", "LOC", **NTCT),
    E("Hà Tĩnh", "LOC", level="province", **HT),
    E("UBND Tỉnh Hà Tĩnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Tĩnh", level="province", **HT),
    # "Ban quản lý dự án (BQLDA) Sở Nông nghiệp và Phát triển Nông thôn Hà Tĩnh (NN&PTNT)": the parenthesis breaks the
    # name (dev2 decision 2: ORG + ORG abbreviation), the parent department is its own ORG (dev4 decision 5, test
    # README 9); "NN&PTNT" abbreviates part of the department's name only (rule 26, "CSXH") and is not annotated
    E("Ban quản lý dự án", "ORG", **BQL),
    E("BQLDA", "ORG", **BQL),
    E("Sở Nông nghiệp và Phát triển Nông thôn Hà Tĩnh", "ORG", **SNN),
    E("đập dâng Vũ Quang", "LOC", type="dam", **HT),  # "công trình đập dâng Vũ Quang": the weir with its word
    # a unit with its parent and no separator is one ORG (dev8 B decision 5, dev17 B decision 5)
    E("BQLDA Sở NN&PTNT Hà Tĩnh", "ORG", **BQL),
    E("Tập đoàn Sơn Hải", "ORG"),
    E("Quảng Bình", "LOC", level="province", province="Quảng Bình"),  # the contractor's province
    E("Tập đoàn Sơn Hải", "ORG"),
    E("Thủy lợi Ngàn Trươi - Cẩm Trang", "LOC", **NTCT),  # "hệ thống Thủy lợi …"
    E("xã Đức Bồng", "LOC", level="commune", **HT),
    E("huyện Vũ Quang", "LOC", **VQ),
    E("thôn 7", "LOC", level="village", **HT),  # test README 5
    E("cánh đồng Nhà Ngâm", "LOC", type="field", **HT),  # test README 6 ("cánh đồng Mẫu Trại")
    E("cánh đồng Nhà Bè", "LOC", type="field", **HT),
    E("Báo Xây dựng", "ORG"),  # "PV Báo Xây dựng"
    E("Trần Quốc Thể", "PER", role="cán bộ địa chính xã Đức Bồng"),
    E("xã Đức Bồng", "LOC", level="commune", **HT),
    # the project's board named by its project: one ORG, no nested LOC (rule 18)
    E("BQLDA Thủy lợi Ngàn Trươi - Cẩm Trang", "ORG", canonical="Ban Quản lý dự án Thủy lợi Ngàn Trươi - Cẩm Trang",
      **HT),
    # "Tiểu ban GPMB của huyện": the district's standing site-clearance sub-committee (dev11 B decision 1), the "của"
    # tail left out (dev15 B decision 4)
    E("Tiểu ban GPMB", "ORG", canonical="Tiểu ban Giải phóng mặt bằng huyện Vũ Quang", **VQ),
    E("BQL", "ORG", canonical="Ban Quản lý dự án Thủy lợi Ngàn Trươi - Cẩm Trang", **HT),  # dev10 B decision 2
    E("Nghị quyết 02", "DOC", type="Nghị quyết", number="02", issuer="Ủy ban nhân dân tỉnh Hà Tĩnh"),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Tĩnh", level="province", **HT),
    E("Phòng NN&PTNT huyện Vũ Quang", "ORG", canonical="Phòng Nông nghiệp và Phát triển nông thôn huyện Vũ Quang", **VQ),
    E("Thể", "PER"),  # "ông Thể" (rule 19)
    E("Thủy lợi Ngàn Trươi - Cẩm Trang", "LOC", **NTCT),  # "dự án Thủy lợi …"
    E("Báo Xây dựng", "ORG"),
    # "BQLDA của Sở NN&PTNT Hà Tĩnh": the "của" separates the unit from its parent: two ORGs
    E("BQLDA", "ORG", **BQL),
    E("Sở NN&PTNT Hà Tĩnh", "ORG", **SNN),
    E("Phi Long", "PER"),  # byline
    E("An Yên", "PER"),
]
