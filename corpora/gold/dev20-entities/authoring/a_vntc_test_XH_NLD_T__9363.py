"""vntc-test-XH_NLD_T_-9363: TP Hồ Chí Minh, the city party secretary inspects the Hiệp Phước industrial park and
backs the farmers' capital scheme for the Hiệp Phước port city (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # photo caption glued between the title and the lead (dev7 A d10)
    B("Bí thư Thành ủy Nguyễn Minh Triết (thứ 2", "Ảnh: N.Triều"),
]

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
TU = dict(canonical="Thành ủy TP Hồ Chí Minh", level="province", **P)
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
KCN = dict(canonical="Khu công nghiệp Hiệp Phước", type="industrial_park", **P)
KDT = dict(type="urban_area", **P)
IPC = dict(canonical="Công ty Phát triển Công nghiệp Tân Thuận", level="province", **P)
HP = dict(canonical="xã Hiệp Phước", level="commune", **P)
SOAIRAP = dict(type="river", **P)

ENTS = [
    # title: "TP" alone is no entity (dev5 d4); skip=1: the first mentions are in the caption
    E("Thành ủy", "ORG", skip=1, **TU),
    E("Nguyễn Minh Triết", "PER", role="Bí thư Thành ủy TP Hồ Chí Minh"),
    # "đề án nông dân góp vốn xây dựng Khu Đô thị ...": the planned zone inside the scheme is a LOC
    E("Khu Đô thị công nghiệp cảng Hiệp Phước", "LOC", **KDT),
    E("Thành ủy", "ORG", **TU),
    E("Nguyễn Minh Triết", "PER", role="Bí thư Thành ủy TP Hồ Chí Minh"),
    E("Khu Công nghiệp (KCN) Hiệp Phước", "LOC", **KCN),  # one LOC over the parenthesis (dev8 B d1)
    E("huyện Nhà Bè", "LOC", level="district", **P),
    E("UBND TP", "ORG", **UB),
    E("Nguyễn Văn Đua", "PER", role="Phó Chủ tịch UBND TP Hồ Chí Minh"),
    # "các sở ngành TP" (a class; "TP" alone) nothing
    E("Phan Hồng Quân", "PER", role="Tổng Giám đốc Công ty Phát triển Công nghiệp Tân Thuận"),
    E("Công ty Phát triển Công nghiệp Tân Thuận", "ORG", **IPC),
    E("IPC", "ORG", **IPC),
    E("KCN Hiệp Phước", "LOC", **KCN),
    E("IPC", "ORG", **IPC),
    E("tập đoàn P&amp;O", "ORG", canonical="Tập đoàn P&O"),  # lower-case company head (test README 7)
    E("Anh Quốc", "LOC", level="country"),
    E("Nguyễn Minh Triết", "PER", role="Bí thư Thành ủy TP Hồ Chí Minh"),
    E("Triết", "PER"),
    E("UBND TP", "ORG", **UB),
    E("Hiệp Phước", "LOC", **HP),
    E("huyện Nhà Bè", "LOC", level="district", **P),
    E("Khu Đô thị công nghiệp cảng Hiệp Phước", "LOC", **KDT),
    E("Triết", "PER"),
    E("Triết", "PER"),
    E("UBND TP", "ORG", **UB),
    E("KCN Hiệp Phước", "LOC", **KCN),
    # subheading glued to the next sentence: body text
    E("Hiệp Phước", "LOC", **HP),
    E("Nguyễn Minh Triết", "PER", role="Bí thư Thành ủy TP Hồ Chí Minh"),
    E("Quân", "PER"),
    E("KCN Hiệp Phước", "LOC", **KCN),
    E("Khu Đô thị cảng Hiệp Phước", "LOC", **KDT),
    E("sông Soài Rạp", "LOC", **SOAIRAP),
    E("sông Soài Rạp", "LOC", **SOAIRAP),
    E("Hiệp Phước", "LOC", **HP),
    E("Quân", "PER"),
    E("IPC", "ORG", **IPC),
    E("KCN Hiệp Phước", "LOC", **KCN),
    # "trục đường Bắc- Nam": "trục" is a classifier (dev12 A d2); the capitalised axis road is named
    E("đường Bắc- Nam", "LOC", type="road", canonical="đường trục Bắc - Nam", **P),
    E("đường Nguyễn Văn Linh", "LOC", type="road", **P),
    E("Sở GTCC", "ORG", canonical="Sở Giao thông công chính TP Hồ Chí Minh", level="province", **P),
    E("Trần Quang Phượng", "PER", role="Giám đốc Sở GTCC TP Hồ Chí Minh"),
    E("đồng bằng sông Cửu Long", "LOC", level="region"),
    E("TPHCM", "LOC", level="province", **P),
    E("Đông Nam Bộ", "LOC", level="region"),  # "miền Đông Nam Bộ": "miền" before a full region name, as "vùng"
    E("Phượng", "PER"),
    E("đường trục Bắc-Nam", "LOC", type="road", canonical="đường trục Bắc - Nam", **P),  # "tuyến" stays out
    E("Triết", "PER"),
    E("Phượng", "PER"),
    E("IPC", "ORG", **IPC),
    E("Triết", "PER"),
    E("UBND TP", "ORG", **UB),
    E("KCN Hiệp Phước", "LOC", **KCN),
]
