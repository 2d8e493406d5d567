"""vntc-test-XH_VNE_T_-10: TP Hồ Chí Minh, the city committee submits a water-price plan to the city council; the
water company explains its investments (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("UBND TP HCM", "ORG"),
    E("Hội đồng nhân dân thành phố", "ORG"),
    E("Nguyễn Văn Đua", "PER"),
    E("UBND thành phố", "ORG"),
    E("Đua", "PER", ctx="Ông Đua"),
    E("Công ty Cấp nước", "ORG"),
    E("Bùi Sĩ Hoàng", "PER"),
    E("Công ty Cấp nước đô thị", "ORG"),
    E("Nhà máy nước sông Sài Gòn", "LOC", type="facility"),  # a plant named in a project (dev6 decision 5)
    E("HĐND thành phố", "ORG"),
    E("quận 1", "LOC"),
    E("huyện Nhà Bè", "LOC"),
    E("Công ty Cấp nước đô thị", "ORG"),
    E("Bùi Sĩ Hoàng", "PER"),
    # "chi nhánh cấp nước Nhà Bè và Thủ Đức Biên Hòa, 4 chi nhánh Sài Gòn, Gia Định, Chợ Lớn, Phú Hòa Tân":
    # the water company's branches; the conjuncts and the names after the plural are bare ORGs (rule 21)
    E("chi nhánh cấp nước Nhà Bè", "ORG"),
    E("Thủ Đức Biên Hòa", "ORG", canonical="Chi nhánh cấp nước Thủ Đức Biên Hòa"),
    E("Sài Gòn", "ORG", canonical="Chi nhánh cấp nước Sài Gòn"),
    E("Gia Định", "ORG", canonical="Chi nhánh cấp nước Gia Định"),
    E("Chợ Lớn", "ORG", canonical="Chi nhánh cấp nước Chợ Lớn"),
    E("Phú Hòa Tân", "ORG", canonical="Chi nhánh cấp nước Phú Hòa Tân"),
]
