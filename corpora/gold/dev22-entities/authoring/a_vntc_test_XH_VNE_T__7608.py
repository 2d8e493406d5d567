"""vntc-test-XH_VNE_T_-7608: TP Hồ Chí Minh, the chairman of the city's committee for overseas Vietnamese on the
visa and housing policies it asks of the Government before Tết and on the city's programme for returning
Vietnamese (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ý kiến của bạn", kind="related"),  # the page's closing prompt (dev20 B d3)
]

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HCM = dict(level="province", **P)
UBVK = dict(canonical="Ủy ban về người Việt Nam ở nước ngoài TP Hồ Chí Minh", **HCM)
CP = dict(level="national")
VN = dict(level="country")
NQ36 = dict(type="Nghị quyết", number="36", code="NQ/TW", date="2004-03-26", issuer="Bộ Chính trị")

ENTS = [
    E("Ủy ban người Việt Nam ở nước ngoài TP HCM", "ORG", **UBVK),
    E("Chính phủ", "ORG", **CP),
    # "theo tinh thần Nghị quyết 36 của Bộ Chính trị ngày 26/3/2004": "của <issuer>" ends the span (rule 31)
    E("Nghị quyết 36", "DOC", **NQ36),
    E("Bộ Chính trị", "ORG", **CP),
    # "Chủ nhiệm Ủy ban": bare "Ủy ban" is a capitalised reference (dev13 A d3)
    E("Nguyễn Chơn Trung", "PER", role="Chủ nhiệm Ủy ban người Việt Nam ở nước ngoài TP HCM"),
    E("VnExpress", "ORG"),
    E("Chính phủ", "ORG", **CP),
    E("Chính phủ", "ORG", **CP),
    E("Việt Nam", "LOC", **VN),
    E("Quốc hội", "ORG", **CP),  # "kỳ họp Quốc hội": the body inside an event (rule 20)
    E("Chính phủ", "ORG", **CP),
    E("Nghị quyết 36-NQ/TW", "DOC", **NQ36),  # a repeat takes the first mention's date (dev13 B d4)
    E("Bộ Chính trị", "ORG", **CP),
    E("Việt Nam", "LOC", **VN),  # "Người Việt Nam ở nước ngoài" (nationality, dev10 B d5's "người lao động Việt Nam")
    E("Việt Nam", "LOC", **VN),  # "cộng đồng dân tộc Việt Nam"
    # "Nhà nước có trách nhiệm": rule 20, nothing
    E("Việt Nam", "LOC", **VN),  # "cộng đồng người Việt Nam ở nước ngoài"
    E("Chính phủ", "ORG", **CP),
    E("Asean", "ORG", canonical="Hiệp hội các quốc gia Đông Nam Á"),  # "các nước Asean" (dev13 A d5's "ASEAN")
    E("Chính phủ", "ORG", **CP),
    E("TP HCM", "LOC", **HCM),
    # "cửa khẩu sân bay Tân Sơn Nhất": the unnamed border gate stays out (dev13 A d1)
    E("sân bay Tân Sơn Nhất", "LOC", type="airport", **P),
    E("TP HCM", "LOC", **HCM),
    E("Chính phủ", "ORG", **CP),
    E("TP HCM", "LOC", **HCM),
    E("Việt Nam", "LOC", **VN),
    E("Đặng Lương Mô", "PER"),
    # "chương trình xây dựng Trung tâm vi mạch thuộc Đại học quốc gia TP HCM": a planned centre (rule 27) and its
    # university; "thuộc" ends the centre's name
    E("Trung tâm vi mạch", "ORG", **P),
    E("Đại học quốc gia TP HCM", "ORG", canonical="Đại học Quốc gia TP Hồ Chí Minh", **P),
    E("Nguyễn Chánh Khê", "PER", role="Giám đốc Trung tâm nghiên cứu thuộc Khu công nghệ cao TP HCM"),
    E("Trung tâm nghiên cứu", "ORG", **P),  # the park's one research centre (test README d8)
    E("Khu công nghệ cao TP HCM", "LOC", type="industrial_park", **P),  # dev10 B d1
    E("Mỹ", "LOC", **VN),  # "Việt kiều Mỹ"
    E("Trung tâm quang chẩn", "ORG", **P),  # the planned diagnostic centre of the project (rule 27)
    E("khu đô thị mới Phú Mỹ Hưng", "LOC", type="residential_zone", **P),
    E("quận 7", "LOC", level="district", **P),
    E("TP HCM", "LOC", **HCM),
    E("UBND TP HCM", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
    E("Bộ Kế hoạch đầu tư", "ORG", canonical="Bộ Kế hoạch và Đầu tư", **CP),
    E("Bộ Y tế", "ORG", **CP),
    # "khu chẩn đoán y khoa Medic": the private diagnostic clinic, named "Medic" (a business, dev14 B d6)
    E("Medic", "ORG", canonical="Trung tâm Chẩn đoán Y khoa Medic", **P),
    E("UBND TP HCM", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
    E("Việt Nam", "LOC", **VN),  # "người Việt Nam sinh sống ... ở hơn 100 quốc gia"
]
