"""vntc-train-XH_TT_-2790: TP Hồ Chí Minh, the city chairman has the standing committee of huyện Hóc Môn's party
committee disciplined for leasing land and workshops; the land goes back to the department and quận 12
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HU = dict(canonical="Huyện ủy Hóc Môn", level="district", **P)
UBTP = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
Q12 = dict(canonical="Ủy ban nhân dân quận 12", level="district", **P)
GAG = dict(canonical="Công ty Giày An Giang")

ENTS = [
    # "thường trực Huyện ủy Hóc Môn": the standing committee as one body (dev4 "Thường vụ Tỉnh ủy", dev5 d4
    # "Thường trực Thành ủy"), lower-case head kept (test README 8)
    E("thường trực Huyện ủy Hóc Môn", "ORG", canonical="Thường trực Huyện ủy Hóc Môn", level="district", **P),
    E("UBND TP", "ORG", **UBTP),  # "chủ tịch UBND TP" (dev5 d4)
    # "đoàn thanh tra" (an ad hoc team, dev3 d1) nothing
    E("Lê Thanh Hải", "PER", role="Chủ tịch UBND TP"),
    E("Ủy ban kiểm tra Thành ủy", "ORG", canonical="Ủy ban Kiểm tra Thành ủy TP Hồ Chí Minh", level="province", **P),
    E("thường trực huyện ủy huyện Hóc Môn", "ORG", canonical="Thường trực Huyện ủy Hóc Môn", level="district", **P),
    E("Võ Văn Liêm", "PER"),
    E("Nguyễn Thanh Hiền", "PER"),
    E("Nguyễn Thị Hồng", "PER"),
    E("Huỳnh Văn Thời", "PER"),
    E("Huyện ủy", "ORG", **HU),  # "bí thư Huyện ủy" (rule 24)
    E("Huỳnh Ngọc Thành", "PER", role="bí thư Huyện ủy"),
    E("Dương Minh Quang", "PER", role="phó bí thư thường trực"),  # the title gives no body
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Hóc Môn", level="district", **P),
    E("Nguyễn Văn Khỏe", "PER", role="phó bí thư - chủ tịch UBND huyện"),
    E("Huyện ủy Hóc Môn", "ORG", **HU),
    # "kinh tế đảng" (lower case) nothing (rule 25)
    E("Huyện ủy Hóc Môn", "ORG", **HU),
    E("Huyện ủy Hóc Môn", "ORG", **HU),
    E("Công ty Giày An Giang", "ORG", **GAG),
    E("UBND TP", "ORG", **UBTP),
    E("Sở Tài nguyên - môi trường", "ORG", canonical="Sở Tài nguyên và Môi trường TP Hồ Chí Minh", level="province", **P),
    E("Công ty Giày An Giang", "ORG", **GAG),
    E("Sở Qui hoạch - kiến trúc", "ORG", canonical="Sở Quy hoạch - Kiến trúc TP Hồ Chí Minh", level="province", **P),
    E("UBND quận 12", "ORG", **Q12),
    E("UBND quận 12", "ORG", **Q12),
]
