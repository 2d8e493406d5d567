"""baomoi-22353955: Thanh Hóa, the Ministry of Natural Resources sets up an inspection team on the province's sale
of prime land at low prices (Đông Hương urban zone, Quảng Cư villas in Sầm Sơn) on the Prime Minister's order
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # photo caption with its credit
    B("Dự án khu đô thị thương mại Đông Hương", "Nguồn ảnh: Báo GĐ&XH."),
    # the lead repeated as a second photo's caption before the next body sentence (dev5 decision 5)
    B("Bộ Tài nguyên Môi trường vừa thành lập đoàn kiểm tra", "theo sự chỉ đạo của Thủ tướng Chính phủ."),
]

STATS: list = []

TH = dict(province="Thanh Hóa")
BTNMT = dict(canonical="Bộ Tài nguyên và Môi trường", level="national")
GOV = dict(level="national")
TCQLDD = dict(canonical="Tổng cục Quản lý đất đai", level="national")
CKT = dict(canonical="Cục Kinh tế và Phát triển quỹ đất", level="national")
QD1143 = dict(type="Quyết định", number="1143", code="QĐ-BTNMT", date="2017-05-16",
              issuer="Bộ Tài nguyên và Môi trường")
PM = "Thủ tướng Chính phủ"

ENTS = [
    E("Bộ Tài nguyên Môi trường", "ORG", **BTNMT),
    E("Thanh Hóa", "LOC", level="province", **TH),
    E("Chính phủ", "ORG", **GOV),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTNMT),
    E("Quyết định 1143/QĐ-BTNMT ngày 16/5/2017", "DOC", **QD1143),
    E("Nguyễn Thị Phương Hoa", "PER", role="Thứ trưởng"),
    E("tỉnh Thanh Hóa", "LOC", level="province", **TH),
    E("Chính phủ", "ORG", **GOV),
    E("Nguyễn Xuân Phúc", "PER", role=PM),
    # the date is garbled in the source ("24/42017"); kept in the span as written (rule 31)
    E("công văn số 4147/VPCP-NN ngày 24/42017", "DOC", type="Công văn", number="4147", code="VPCP-NN",
      date="2017-04-24", issuer="Văn phòng Chính phủ"),
    E("Văn phòng Chính phủ", "ORG", **GOV),
    E("Quyết định 1143/QĐ-BTNMT", "DOC", **QD1143),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTNMT),
    E("Lê Văn Lịch", "PER", role="Phó Tổng cục trưởng Tổng cục Quản lý đất đai"),
    E("Tổng cục Quản lý đất đai", "ORG", **TCQLDD),
    E("Đoàn Ngọc Phương", "PER", role="Quyền Cục trưởng Cục Kinh tế và Phát triển quỹ đất"),
    E("Cục Kinh tế và Phát triển quỹ đất", "ORG", **CKT),
    E("Tổng cục Quản lý đất đai", "ORG", **TCQLDD),
    E("Hoàng Văn Mạnh", "PER", role="Thanh tra viên chính, Vụ I - Thanh tra Chính phủ"),
    # a department of the Government Inspectorate named by its numeral, then its parent (test README 9)
    E("Vụ I", "ORG", canonical="Vụ I, Thanh tra Chính phủ", level="national"),
    E("Thanh tra Chính phủ", "ORG", **GOV),
    E("Lê Đức Hoàng", "PER", role="chuyên viên Cục Quản lý công sản (Bộ Tài chính)"),
    E("Cục Quản lý công sản", "ORG", level="national"),
    E("Bộ Tài chính", "ORG", **GOV),
    E("Nguyễn Thị Thu Hà", "PER", role="Phó Chánh văn phòng Cục Quản lý đấu thầu (Bộ Kế hoạch và Đầu tư)"),
    # "Phó Chánh văn phòng Cục ...": the title fuses with "văn phòng" (rule 23, test README 8)
    E("văn phòng Cục Quản lý đấu thầu", "ORG", canonical="Văn phòng Cục Quản lý đấu thầu", level="national"),
    E("Bộ Kế hoạch và Đầu tư", "ORG", **GOV),
    E("Phạm Văn Long", "PER", role="thanh tra viên, Thanh tra Bộ Tài nguyên và Môi trường"),
    E("Thanh tra Bộ Tài nguyên và Môi trường", "ORG", **GOV),
    E("Nguyễn Thị Kim Uyên", "PER", role="chuyên viên Cục Kiểm soát quản lý và sử dụng đất đai"),
    E("Cục Kiểm soát quản lý và sử dụng đất đai", "ORG", level="national"),
    E("Tổng cục Quản lý đất đai", "ORG", **TCQLDD),
    E("Hà Trọng Vĩnh", "PER"),
    E("Cục Kinh tế và Phát triển quỹ đất", "ORG", **CKT),
    E("Tổng cục Quản lý đất đai", "ORG", **TCQLDD),
    E("Nguyễn Hữu Trưởng", "PER", role="chuyên viên Cục Kinh tế và Phát triển quỹ đất"),
    E("Cục Kinh tế và Phát triển quỹ đất", "ORG", **CKT),
    E("Bộ Tài nguyên Môi trường", "ORG", **BTNMT),
    # a zone named by a code (dev2's "khu dân cư 5B") inside an urban zone (test README 6)
    E("Khu thương mại dịch vụ và dân cư B-TM1", "LOC", type="residential_zone", **TH),
    E("khu đô thị mới Đông Hương", "LOC", type="urban_area", **TH),
    # "khu biệt cự [sic] cao cấp Quảng Cư": an adjective between the word and the name gives the name (dev2 d1)
    E("Quảng Cư", "LOC", canonical="khu biệt thự cao cấp Quảng Cư", type="residential_zone", **TH),
    E("thị xã Sầm Sơn", "LOC", level="district", **TH),
    E("tỉnh Thanh Hóa", "LOC", level="province", **TH),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTNMT),
    E("Bộ Tài nguyên Môi trường", "ORG", **BTNMT),
    E("UBND tỉnh Thanh Hóa", "ORG", canonical="Ủy ban nhân dân tỉnh Thanh Hóa", level="province", **TH),
    E("Thanh Hóa", "LOC", ctx="vụ việc ở Thanh Hóa", level="province", **TH),
    E("khu thương mại dịch vụ và dân cư B-TM1", "LOC", type="residential_zone", **TH),
    E("khu đô thị mới Đông Hương", "LOC", type="urban_area", **TH),
    E("Quảng Cư", "LOC", canonical="khu biệt thự cao cấp Quảng Cư", type="residential_zone", **TH),
    E("thị xã Sầm Sơn", "LOC", level="district", **TH),
    # the code glued to the name is part of it (dev4 decision 5)
    E("Công ty TNHH Điện tử-Tin học-Viễn Thông EITC", "ORG", **TH),
    E("Thanh Hóa", "LOC", level="province", **TH),
    E("Thanh Hóa", "LOC", level="province", **TH),
    E("Nguyễn Xuân Phúc", "PER", role="Thủ tướng"),
    E("Chính phủ", "ORG", **GOV),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTNMT),
    E("Bộ Tài chính", "ORG", **GOV),
    E("Thanh tra Chính phủ", "ORG", **GOV),
    E("Thanh Hóa", "LOC", level="province", **TH),
    E("Bộ Tài nguyên và Môi trường", "ORG", **BTNMT),
    # "PV Kiến Thức": the outlet whose reporter it is (dev9 B decision 7)
    E("Kiến Thức", "ORG", canonical="Báo điện tử Kiến Thức", level="national"),
]
