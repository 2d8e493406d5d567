"""vntc-train-XH_VNE_-844: Đắk Lắk, the 2004 drought in huyện Krông Ana and the province; the provincial committee asks
the Government for seed and relief rice (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Đăk Lăk", "LOC"),
    E("Đăk Lăk", "LOC", ctx="của Đăk Lăk"),
    E("Tỉnh lộ 2", "LOC", type="road"),
    E("tỉnh Đăk Lăk", "LOC"),
    E("huyện Krông Ana", "LOC"),
    E("Nguyễn Thị Xuân", "PER"),
    E("buôn Knul", "LOC"),  # a village (test README rule 5)
    E("xã Ea bông", "LOC"),  # lower-case "bông" as written (dev8 B decision 8)
    E("huyện Krông Ana", "LOC"),
    E("Xuân", "PER", ctx="chị Xuân nói"),
    E("Xuân", "PER", ctx="nhà chị Xuân là"),
    E("Xuân", "PER", ctx="Chị Xuân bảo"),
    E("Xuân", "PER", ctx="giọng chị Xuân"),
    E("Xuân", "PER", ctx="quanh nhà chị Xuân"),
    E("huyện Krông Ana", "LOC"),
    E("Ama Blek", "PER"),  # a teknonym ("father of Blek") used as the man's name
    E("buôn Êa Kruê", "LOC"),
    E("xã Ea Bông", "LOC"),
    E("Ama Blek", "PER", ctx="Anh Ama Blek kể"),
    E("Ama Blek", "PER", ctx="cà phê của Ama Blek"),
    E("Y Tâm", "PER"),
    E("xã Ea Na", "LOC"),
    E("Bùi Thị Kim Khánh", "PER"),
    E("xã Ea Na", "LOC"),
    E("Khánh", "PER", ctx="chị Khánh"),
    E("Krông Ana", "LOC", ctx="Không chỉ Krông Ana"),
    E("Đăk Lăk", "LOC", ctx="thành phố của Đăk Lăk"),
    E("Trung tâm khí tượng thủy văn tỉnh", "ORG"),  # the province's centre, one body (dev10 B decision 6)
    # "các huyện Ea Súp, Krông Bông, Ma Đăk": bare names after the plural (rule 28)
    E("Ea Súp", "LOC"),
    E("Krông Bông", "LOC"),
    E("Ma Đăk", "LOC"),
    E("tỉnh Đăk Lăk", "LOC", ctx="toàn tỉnh Đăk Lăk có"),
    E("Nguyễn Văn Lạng", "PER"),
    E("UBND tỉnh Đăk Lăk", "ORG"),
    E("UBND tỉnh Đăk Lăk", "ORG", ctx="cho dân, UBND tỉnh Đăk Lăk"),
    E("Chính phủ", "ORG"),
    E("UBND tỉnh", "ORG", ctx="khi UBND tỉnh"),
    E("Chính phủ", "ORG"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    # "một đoàn công tác": an ad hoc team (dev3 decision 1)
    E("Tây Nguyên", "LOC", level="region"),
    E("Nam Trung Bộ", "LOC", level="region"),
    E("Cao Đức Phát", "PER"),  # "quyền Bộ trưởng": a title without its ministry
    E("Đăk Lăk", "LOC", ctx="tế tại Đăk Lăk"),
]
