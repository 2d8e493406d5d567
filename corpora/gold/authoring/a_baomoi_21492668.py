"""baomoi-21492668: Hà Tĩnh Fatherland Front, Samsung C&T / Habitat housing aid."""

from _dsl import E, S

P = "Hà Tĩnh"
PV = dict(level="province", province=P)
SS = dict(canonical="Công ty Samsung C&T")
HAB = dict(canonical="Habitat for Humanity")

BOILERPLATE: list = []

STATS = [
    S("22 nhà", "nhà", "count"),
    S("36 nhà ở", "nhà ở", "count"),
    S("1 nhà cộng đồng", "nhà cộng đồng", "count"),
    S("2 phòng học", "phòng học", "count"),
    S("3 nhân khẩu", "nhân khẩu", "count", q="at_least"),
    S("50 triệu đồng/1 nhà", "VND/nhà", "rate", value=50e6),
    S("30 triệu đồng", "VND", "money"),
    S("20 triệu đồng", "VND", "money"),
    S("5 triệu đồng", "VND", "money"),
    S("15 triệu đồng/1 nhà", "VND/nhà", "rate", value=15e6),
    S("10 triệu đồng/1 công trình", "VND/công trình", "rate", value=10e6),
    S("0,65%/tháng", "%/tháng", "rate", value=0.65, ind="mức lãi suất"),
]

ENTS = [
    E("Hà Tĩnh", "LOC", **PV),
    E("Công ty Sam Sung C&T", "ORG", **SS),
    E("Ban Thường trực UBMTTQ tỉnh", "ORG",
      canonical="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", **PV),
    E("Hà Tĩnh", "LOC", **PV),
    E("Công ty Sam Sung C&T", "ORG", **SS),
    E("Habitat", "ORG", **HAB),
    E("Cẩm Thạch", "LOC", level="commune", province=P),
    E("Cẩm Duệ", "LOC", level="commune", province=P),
    E("Cẩm Xuyên", "LOC", level="district", province=P),
    E("Kelly Koch", "PER", role="Giám đốc Quốc gia HFHV"),
    E("HFHV", "ORG", canonical="Habitat for Humanity Việt Nam"),
    E("Habitat", "ORG", **HAB),
    E("Habitat", "ORG", **HAB),
    E("Hà Tĩnh", "LOC", **PV),
    E("UBMTTQ tỉnh", "ORG", canonical="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", **PV),
    E("Từ Văn Diện", "PER", role="Chủ tịch UBMTTQ tỉnh"),
    E("Hà Tĩnh", "LOC", **PV),
    E("Hà Tĩnh", "LOC", **PV),
    E("Hà Tĩnh", "LOC", **PV),
    E("Biện Nhung", "PER"),
]
