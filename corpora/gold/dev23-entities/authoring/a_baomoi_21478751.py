"""baomoi-21478751: Hà Tĩnh, huyện Vũ Quang's population and family-planning work cuts third births (entities only)."""

from _dsl import B, E

# an uncredited sentence describing a photo, glued between the lead and the first body sentence (test README 2)
BOILERPLATE = [
    B("Cán bộ Trung tâm DS-KHHGĐ huyện Vũ Quang tuyên truyền", "tại xã Đức Liên."),
]

STATS: list = []

HT = dict(province="Hà Tĩnh")
VQ = dict(level="district", **HT)
COM = dict(level="commune", **HT)

ENTS = [
    E("Hà Tĩnh", "LOC", level="province", **HT),
    E("Vũ Quang", "LOC", **VQ),
    # caption "Cán bộ Trung tâm DS-KHHGĐ huyện Vũ Quang ... tại xã Đức Liên." is boilerplate
    E("Nguyễn Đăng Hà", "PER"),
    E("Lê Thị Thành", "PER"),
    E("thôn Đồn Thượng", "LOC", level="village", **HT),
    E("xã Đức Liên", "LOC", **COM),
    E("Vũ Quang", "LOC", **VQ),
    E("Hà", "PER", ctx="anh Hà luôn", canonical="Nguyễn Đăng Hà"),
    E("Hà", "PER", ctx="anh chị Hà - Thành", canonical="Nguyễn Đăng Hà"),
    E("Thành", "PER", ctx="- Thành", canonical="Lê Thị Thành"),
    # the commune's population board, one body (as dev6 decision 6's village board); no nested commune (rule 18)
    E("Ban Dân số xã Đức Hương", "ORG", level="commune", **HT),
    E("Vũ Quang", "LOC", ctx="DS-KHHGĐ ở Vũ Quang đã", **VQ),
    # communes listed after "Các xã ... như:" are bare (rule 28)
    E("Đức Hương", "LOC", ctx="như: Đức Hương", **COM),
    E("Đức Bồng", "LOC", **COM),
    E("Đức Giang", "LOC", **COM),
    E("Vũ Quang", "LOC", ctx="DS-KHHGĐ ở Vũ Quang từng", **VQ),
    E("Vũ Quang", "LOC", ctx="DS-KHHGĐ ở Vũ Quang vẫn", **VQ),
    E("Nguyễn Sinh Thành", "PER", role="Phó Giám đốc Trung tâm DS-KHHGĐ huyện"),
    E("Trung tâm DS-KHHGĐ huyện", "ORG", canonical="Trung tâm Dân số - Kế hoạch hóa gia đình huyện Vũ Quang",
      level="district", **HT),
    E("Vũ Quang", "LOC", ctx="Thời gian tới, Vũ Quang", **VQ),
    E("Khánh huyền", "PER"),  # byline, lower-case "h" as written
]
