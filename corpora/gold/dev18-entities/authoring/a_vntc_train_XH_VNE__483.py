"""vntc-train-XH_VNE_-483: Quảng Trị, the provincial committee lets a company "guard" the A Vao gold deposits, which
it then mines illegally; the province's auctions of gold mines in Đakrông (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

CT = "Công ty Công nghệ địa vật lý"

ENTS = [
    E("A Vao", "LOC"),  # title: the commune used bare
    E("Khe Đang", "LOC"),  # a named gold site
    E("xã A Vao", "LOC"),
    E("huyện Đăk Rông", "LOC"),
    E("Quảng Trị", "LOC"),
    E("bản Tan-đi", "LOC"),
    E("Liên đoàn Địa chất Bắc Trung Bộ", "ORG"),
    E("A Vao", "LOC"),  # "vùng A Vao": "vùng" is no unit word (rule 28)
    E("Quảng Trị", "LOC"),
    E("A Pey", "LOC"),
    E("Thừa Thiên - Huế", "LOC"),
    E("A Vao", "LOC"),
    E("Khe Đang", "LOC"),  # "vùng Khe Đang"
    E("A Ho", "LOC"),
    E("Khe Pốc", "LOC"),
    E(CT, "ORG"),
    E("A Vao", "LOC"),  # "các khu vực có vàng A Vao"
    E("UBND tỉnh Quảng Trị", "ORG"),
    E("UBND tỉnh Quảng Trị", "ORG"),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Trị"),
    E("UBND tỉnh Quảng Trị", "ORG"),
    E(CT, "ORG"),
    E("Khe Đang", "LOC"),  # after "các khu vực": bare (rule 28)
    E("Khe Pốc", "LOC"),
    E("A Ho", "LOC"),
    E("UBND tỉnh Quảng Trị", "ORG"),
    E(CT, "ORG"),
    E("UBND tỉnh Quảng Trị", "ORG"),
    E("Công ty TNHH Bắc Hà", "ORG"),
    E("A Vao", "LOC"),  # "vùng vàng A Vao"
    E("Tỉnh Quảng Trị", "LOC"),  # sentence start, unit word kept as written
    E("Vĩnh Linh", "LOC"),
    E("Hải Lăng", "LOC"),
    E("Đakrông", "LOC"),
    E("Vĩnh Ô", "LOC"),
    E("Vĩnh Linh", "LOC"),
    E("Chính phủ", "ORG"),
    E("Vĩnh Ô", "LOC"),  # "vàng Vĩnh Ô": the deposit still in the ground, not a traded product
    E("Đakrông", "LOC"),  # "các mỏ vàng ở Đakrông"
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Trị"),
    E("Chính phủ", "ORG"),
    # "Trung ương" (the central level) nothing; the mines after "các mỏ" are bare (rule 28)
    E("Cà Ruông", "LOC"),
    E("Ba Ngay", "LOC"),
    E("Giăng", "LOC"),
    E("Chêng", "LOC"),
    E("xã Tà Long", "LOC"),
    E("huyện Đakrông", "LOC"),
    E(CT, "ORG"),
    E("mỏ Cà Ruông", "LOC"),
    E(CT, "ORG"),
    E("Công ty Nhật Quang", "ORG"),
    E("mỏ vàng Ba Ngay", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),  # "chính quyền tỉnh Quảng Trị" (dev3 decision 4)
    E(CT, "ORG"),
    E("Cà Ruông", "LOC"),
    E(CT, "ORG"),
    # "dân tộc Pa Kô": an ethnonym, nothing (dev6 decision 9)
    E("Quảng Trị", "LOC"),
    E(CT, "ORG"),
    E("UBND tỉnh Quảng Trị", "ORG"),
    E("A Vao", "LOC"),
]
