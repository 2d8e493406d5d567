"""baomoi-21488776: Thái Nguyên, the provincial committee orders the compensation and pollution complaints of Hà
Thượng commune against the Núi Pháo mining company settled (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Người dân xã Hà Thượng, huyện Đại Từ phản ứng", "ảnh tư liệu."),
    # photos of the two documents, glued before the next body sentence (test README 2)
    B("Văn bản “phản pháo” Công ty Núi Pháo của UBND huyện Đại Từ"),
    B("Báo cáo của UBND tỉnh Thái Nguyên"),
]

STATS: list = []

TN = dict(province="Thái Nguyên")
UBT = dict(canonical="Ủy ban nhân dân tỉnh Thái Nguyên", level="province", **TN)
UBH = dict(canonical="Ủy ban nhân dân huyện Đại Từ", level="district", **TN)
NP = dict(canonical="Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo")
MINE = dict(type="mine", **TN)
HT = dict(level="commune", **TN)
DT = dict(level="district", **TN)
PROV = dict(level="province")
VILLAGE = dict(level="village", **TN)
BTN = dict(canonical="Bộ Tài nguyên và Môi trường", level="national")
STN = dict(canonical="Sở Tài nguyên và Môi trường tỉnh Thái Nguyên", level="province", **TN)
TTTU = dict(canonical="Thường trực Tỉnh ủy Thái Nguyên", level="province", **TN)
VB1333 = dict(type="Văn bản", number="1333", code="UBND- TNMT", date="2013-11-14", issuer="UBND huyện Đại Từ")
KL91 = dict(type="Kết luận", number="91", code="KL/TU", date="2017-01-09", issuer="Thường trực Tỉnh ủy Thái Nguyên")

ENTS = [
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("Công ty TNHH khai thác và chế biến khoáng sản Núi Pháo", "ORG", **NP),
    # the caption "Người dân xã Hà Thượng, huyện Đại Từ ... ảnh tư liệu." is boilerplate
    E("mỏ đa kim Núi Pháo", "LOC", **MINE),  # the mine named in "Dự án khai thác mỏ đa kim Núi Pháo"
    E("Việt Nam", "LOC", level="country"),
    E("Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    E("NUIPHAO MINING", "ORG", **NP),  # its own name in parentheses
    E("huyện Đại Từ", "LOC", **DT),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Núi Pháo", "LOC", ctx="dự án Núi Pháo", **MINE),  # a place inside a project's name (dev8 A d6)
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    E("xã Hà Thượng", "LOC", **HT),
    E("huyện Đại Từ", "LOC", **DT),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Văn bản số 526/UBND-TNMT", "DOC", type="Văn bản", number="526", code="UBND-TNMT", issuer="UBND huyện Đại Từ"),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("UBND huyện Đại Từ", "ORG", **UBH),
    E("Núi Pháo", "LOC", ctx="dự án Khai thác chế biến khoáng sản Núi Pháo", **MINE),
    E("xóm 3", "LOC", **VILLAGE),
    E("xóm 4", "LOC", **VILLAGE),
    E("xóm 6", "LOC", **VILLAGE),
    E("xã Hà Thượng", "LOC", **HT),
    E("Văn bản số 1333/UBND- TNMT", "DOC", **VB1333),
    E("Sở Tài nguyên &Môi trưởng tỉnh Thái Nguyên", "ORG", **STN),  # typo and glued "&" as written
    E("UBND huyện Đại Từ", "ORG", **UBH),
    E("Trương Mạnh Kiểm", "PER", role="Phó Chủ tịch UBND huyện Đại Từ"),
    E("huyện Đại Từ", "LOC", **DT),
    E("Núi Pháo", "LOC", ctx="dự án khai thác chế biến khoáng sản Núi Pháo", **MINE),
    E("xóm 3", "LOC", **VILLAGE),
    E("xóm 4", "LOC", **VILLAGE),
    E("xã Hà Thượng", "LOC", **HT),
    E("huyện Đại Từ", "LOC", **DT),
    E("UBND huyện Đại Từ", "ORG", **UBH),
    E("Văn bản số 1333/UBND- TNMT", "DOC", **VB1333),
    E("UBND huyện Đại Từ", "ORG", **UBH),
    E("Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    E("Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    E("UBND huyện Đại Từ", "ORG", **UBH),
    E("Công ty TNHH Khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    # the caption "Văn bản “phản pháo” Công ty Núi Pháo của UBND huyện Đại Từ" is boilerplate
    E("xã Hà Thượng", "LOC", **HT),
    E("huyện Đại Từ", "LOC", **DT),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Núi Pháo", "LOC", ctx="dự án khoáng sản Núi Pháo", **MINE),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("công văn số 147", "DOC", type="Công văn", number="147", date="2016-07-14", issuer="UBND tỉnh Thái Nguyên"),
    E("Công ty Núi Pháo", "ORG", **NP),
    E("xã Hà Thượng", "LOC", **HT),
    E("huyện Đại Từ", "LOC", **DT),
    E("Thái Nguyên", "LOC", **PROV),
    E("Bộ Tài nguyên & Môi trường", "ORG", **BTN),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Công ty Núi Pháo", "ORG", **NP),
    # the caption "Báo cáo của UBND tỉnh Thái Nguyên" is boilerplate
    E("Sở Tài nguyên và Môi trường Thái Nguyên", "ORG", **STN),
    E("Công ty Núi Pháo", "ORG", **NP),
    E("suối Cát", "LOC", type="river", **TN),
    E("Công ty Núi Pháo", "ORG", **NP),
    # "xóm 3,4,6,7,8,9": the conjuncts glued by commas read as one number to the builder (dev14 B d3)
    E("xóm 3", "LOC", **VILLAGE),
    E("xã Hà Thượng", "LOC", **HT),
    E("xóm 13", "LOC", **VILLAGE),
    E("14", "LOC", canonical="xóm 14", **VILLAGE),  # elliptical conjunct (rule 21)
    E("xã Tân Linh", "LOC", **HT),
    E("xóm 1", "LOC", **VILLAGE),
    E("xã Hùng Sơn", "LOC", **HT),
    E("Đập khe vối", "LOC", type="dam", **TN),  # lower-case name as written
    E("suối Cát", "LOC", type="river", **TN),
    E("công ty Núi Pháo", "ORG", **NP),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("công ty Núi Pháo", "ORG", **NP),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    # "Đoàn Thanh tra của Bộ ..." is an ad hoc team (dev3 d1); the ministry is the ORG
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTN),
    E("Hoàng Văn Thức", "PER", role="Phó Tổng Cục trưởng Tổng cục Môi trường"),
    E("Tổng cục Môi trường", "ORG", level="national"),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTN),
    E("Núi Pháo", "LOC", ctx="Dự án Núi Pháo", **MINE),
    E("huyện Đại Từ", "LOC", **DT),
    E("tỉnh Thái Nguyên", "LOC", **PROV),
    E("Thường trực Tỉnh ủy Thái Nguyên", "ORG", **TTTU),
    E("huyện Đại Từ", "LOC", **DT),
    E("Kết luận số 91-KL/TU ngày 09/01/2017", "DOC", **KL91),
    E("Thường trực Tỉnh ủy Thái Nguyên", "ORG", **TTTU),
    E("UBND tỉnh Thái Nguyên", "ORG", **UBT),
    E("Văn bản số 331/UBND-TH", "DOC", type="Văn bản", number="331", code="UBND-TH", date="2017-02-06",
      issuer="UBND tỉnh Thái Nguyên"),
    E("Kết luận số 91-KL/TU", "DOC", **KL91),
    E("Thường trực Tỉnh ủy", "ORG", **TTTU),
    E("Công ty TNHH khai thác và Chế biến khoáng sản Núi Pháo", "ORG", **NP),
    E("Thái Nguyên Nhân", "PER"),  # the byline, read as one pen name
]
