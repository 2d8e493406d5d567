"""vntc-train-XH_VNE_-881: Gia Lai, drought damage assessed by the agriculture department; the provincial committee
asks the Government for support and the acting agriculture minister inspects (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Gia Lai", "LOC"),  # title
    E("Gia Lai", "LOC"),
    E("Pleiku", "LOC"),
    E("KBang", "LOC"),  # "các huyện KBang, An Khê, Đắc Pờ": bare after the plural (rule 28)
    E("An Khê", "LOC"),
    E("Đắc Pờ", "LOC"),
    E("Trung tâm khí tượng thủy văn tỉnh", "ORG"),  # the province's hydro-meteorological centre (one body)
    E("tỉnh Gia Lai", "LOC"),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai", "ORG"),
    E("Krông Pa", "LOC"),  # "Các huyện bị hạn nặng nhất là ...": bare
    E("An Khê", "LOC"),
    E("KBang", "LOC"),
    E("Kông Chro", "LOC"),
    E("Đăk Pờ", "LOC"),
    E("Chư Sê", "LOC"),
    E("Chư Prông", "LOC"),
    E("UBND tỉnh Gia Lai", "ORG"),
    E("Chính phủ", "ORG"),
    E("hồ Ia Ring", "LOC"),
    E("hồ Ia Mlah", "LOC"),
    E("hồ thị trấn Chư Prông", "LOC"),  # a reservoir named by its town, one LOC (as "chợ xã Phi Thông")
    E("hồ Suối lơ", "LOC"),
    E("Ia Thul", "LOC"),  # "hồ Suối lơ và Ia Thul": the second reservoir bare (rule 21)
    E("Tây Nguyên", "LOC"),
    E("Nông nghiệp và Phát triển nông thôn", "ORG"),  # "quyền Bộ trưởng Nông nghiệp và ...": fused title (dev7)
    E("Cao Đức Phát", "PER"),
    E("Chính phủ", "ORG"),  # "đoàn công tác của Chính phủ": the team is no ORG, the body is
    E("Gia Lai", "LOC"),
    E("Phát", "PER"),
    E("Phát", "PER"),  # "Ông Phát đồng ý"
    E("UBND tỉnh Gia Lai", "ORG"),
    E("Gia Lai", "LOC"),
    E("Phát", "PER"),
    E("Phát", "PER"),
    E("Philippines", "LOC"),
    E("miền Trung", "LOC"),  # "khu vực miền Trung Việt Nam" (dev4 decision 2)
    E("Việt Nam", "LOC"),
]
