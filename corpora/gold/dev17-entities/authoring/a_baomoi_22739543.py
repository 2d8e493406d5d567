"""baomoi-22739543: Hà Nội, residents of the Đại Kim urban area (quận Hoàng Mai) without water; the ward and district
committees, the water companies and a halted pumping station (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

KDT = dict(type="urban_area", province="Hà Nội")
HN = dict(province="Hà Nội")
VIWACO = dict(canonical="Công ty cổ phần Đầu tư xây dựng và Kinh doanh nước sạch", **HN)
HANHUD = dict(canonical="Công ty TNHH MTV Khai thác và Quản lý dịch vụ Đô thị và Thương mại", **HN)
UBND_P = dict(canonical="Ủy ban nhân dân phường Đại Kim", level="commune", **HN)
UBND_Q = dict(canonical="Ủy ban nhân dân quận Hoàng Mai", level="district", **HN)
UBND_TP = dict(canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **HN)
TQT = dict(canonical="Trường Quốc tế Việt Nam ISV", **HN)

ENTS = [
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("quận Hoàng Mai", "LOC", level="district", **HN),
    # subheading "Chấp nhận mua nước giá cao vẫn không đủ dùng" is body text (no entity)
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("UBND phường Đại Kim", "ORG", **UBND_P),
    E("Công văn số 453/CV-UBND", "DOC", type="Công văn", number="453", code="CV-UBND", date="2017-07-03",
      issuer="Ủy ban nhân dân phường Đại Kim"),
    E("Công ty cổ phần Đầu tư xây dựng và Kinh doanh nước sạch", "ORG", **VIWACO),
    E("Viwaco", "ORG", **VIWACO),
    E("Khu đô thị Đại Kim - Định Công", "LOC", **KDT),
    E("Công ty Viwaco", "ORG", **VIWACO),
    E("Đàm Thị Loan", "PER", role="Tổ trưởng tổ dân phố 2A"),
    E("tổ dân phố 2A", "LOC", level="village", **HN),
    # buildings of the residential group, named by their codes (the later ones bare, rule 21)
    E("nhà B1", "LOC", type="building", **HN),
    E("B2", "LOC", type="building", canonical="nhà B2", **HN),
    E("B3", "LOC", type="building", canonical="nhà B3", **HN),
    E("B4", "LOC", type="building", canonical="nhà B4", **HN),
    E("B5", "LOC", type="building", canonical="nhà B5", **HN),
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("UBND TP Hà Nội", "ORG", **UBND_TP),
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("Đàm Thị Loan", "PER"),
    # subheading "Chờ đợi đến bao giờ?" is body text
    E("Trần Hữu Trúc", "PER", role="Chủ tịch UBND phường Đại Kim"),
    E("UBND phường Đại Kim", "ORG", **UBND_P),
    E("Đại Kim", "LOC", ctx="khu vực Đại Kim ở cuối nguồn", level="commune", **HN),
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("Công ty TNHH MTV Khai thác và Quản lý dịch vụ Đô thị và Thương mại", "ORG", **HANHUD),
    E("Hanhud", "ORG", **HANHUD),
    E("Công ty cổ phần Đầu tư xây dựng và Kinh doanh nước sạch", "ORG", **VIWACO),
    E("Viwaco", "ORG", **VIWACO),
    E("Công ty Viwaco", "ORG", **VIWACO),
    E("Hanhud", "ORG", **HANHUD),
    E("UBND thành phố", "ORG", **UBND_TP),
    E("UBND quận Hoàng Mai", "ORG", **UBND_Q),
    E("Công ty cổ phần Tư vấn thiết kế kiến trúc xây dựng Việt Nam", "ORG"),
    # "khu vực Đại Kim - Định Công": "khu vực" is no place word; the area is named by its two wards
    E("Đại Kim", "LOC", ctx="khu vực Đại Kim - Định Công", level="commune", **HN),
    E("Định Công", "LOC", level="commune", **HN),
    E("Công ty cổ phần Kinh doanh phát triển nhà và đô thị Hà Nội", "ORG", **HN),
    E("Công ty cổ phần Tư vấn thiết kế kiến trúc xây dựng Việt Nam", "ORG"),
    E("UBND quận Hoàng Mai", "ORG", **UBND_Q),
    # "giấy phép đào hè - đào đường số 03/GPĐH": a licence number is no DOC (dev5 decision 3)
    E("Công ty Viwaco", "ORG", **VIWACO),
    E("đường Nguyễn Công Thái", "LOC", type="street", **HN),
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("UBND quận Hoàng Mai", "ORG", **UBND_Q),
    E("Công văn số 1496/UBND-QLĐT", "DOC", type="Công văn", number="1496", code="UBND-QLĐT", date="2017-06-09",
      issuer="Ủy ban nhân dân quận Hoàng Mai"),
    E("Công ty Viwaco", "ORG", **VIWACO),
    E("Nguyễn Đức Hải", "PER", role="Phó Chủ tịch UBND quận Hoàng Mai"),
    E("UBND quận Hoàng Mai", "ORG", **UBND_Q),
    E("Trường Quốc tế Việt Nam ISV", "ORG", **TQT),
    E("Hải", "PER", ctx="Ông Hải cho biết"),
    E("UBND quận", "ORG", **UBND_Q),
    E("UBND thành phố", "ORG", **UBND_TP),
    E("phường Đại Kim", "LOC", level="commune", **HN),
    E("đường Nguyễn Công Thái", "LOC", type="street", **HN),
    E("Trường Quốc tế Việt Nam ISV", "ORG", **TQT),
    E("Sở Xây dựng Hà Nội", "ORG", level="province", **HN),
    E("UBND quận Hoàng Mai", "ORG", **UBND_Q),
    # elliptical "UBND quận Hoàng Mai, phường Đại Kim": the ward's committee (rule 21)
    E("phường Đại Kim", "ORG", **UBND_P),
    E("Công ty cấp nước", "ORG", **VIWACO),
    E("Khu đô thị Đại Kim", "LOC", **KDT),
    E("Kim Vũ", "PER"),
]
