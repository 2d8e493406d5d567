"""vntc-test-XH_VNE_T_-6730: TP Hồ Chí Minh (listed as Bà Rịa-Vũng Tàu), the city veterinary sub-department's
bird-flu tests and the vice-chairman's order to the city police to clear illegal poultry trading spots
(epidemic control) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
CCTY = dict(canonical="Chi cục Thú y TP Hồ Chí Minh", level="province", **HCM)
UBTP = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **HCM)

ENTS = [
    E("TP HCM", "LOC", level="province", **HCM),
    E("Chi cục thú y", "ORG", **CCTY),
    E("UBND thành phố", "ORG", **UBTP),
    E("Chi cục thú y TP HCM", "ORG", **CCTY),
    E("huyện Bình Chánh", "LOC", level="district", **HCM),
    E("quận 8", "LOC", level="district", **HCM),
    E("Bình Tân", "LOC", level="district", **HCM),  # after "huyện Bình Chánh, quận 8,": bare conjuncts
    E("Gò Vấp", "LOC", level="district", **HCM),
    E("Bà Rịa-Vũng Tàu", "LOC", level="province"),
    E("cơ sở giết mổ Ngọc Sương", "LOC", type="facility", **HCM),  # a named slaughterhouse (a facility, dev2 d10)
    E("quận Bình Tân", "LOC", level="district", **HCM),
    E("Chi cục thú y thành phố", "ORG", **CCTY),
    E("Bình Phước", "LOC", level="province"),  # provinces after "các tỉnh": bare (rule 28)
    E("Đồng Nai", "LOC", level="province"),
    E("Tây Ninh", "LOC", level="province"),
    E("Bà Rịa-Vũng Tàu", "LOC", level="province"),
    E("Lâm Đồng", "LOC", level="province"),
    E("Kiên Giang", "LOC", level="province"),
    E("Tây Ninh", "LOC", level="province"),
    E("TP HCM", "LOC", level="province", **HCM),
    E("Chi cục thú y thành phố", "ORG", **CCTY),
    E("TP HCM", "LOC", level="province", **HCM),
    E("UBND thành phố", "ORG", **UBTP),
    E("Nguyễn Thiện Nhân", "PER", role="Phó chủ tịch UBND thành phố"),
    E("Công an TP HCM", "ORG", level="province", **HCM),
    E("hẻm 399", "LOC", type="road", **HCM),  # an alley is a road (dev3 decision 6)
    E("Phường 5", "LOC", level="commune", **HCM),
    E("quận 8", "LOC", level="district", **HCM),
    E("Chợ Cầu", "LOC", type="market", **HCM),
    E("Phường 12", "LOC", level="commune", **HCM),
    E("quận Gò Vấp", "LOC", level="district", **HCM),
    E("Nhân", "PER"),
    E("UBND thành phố", "ORG", **UBTP),
    # the board of one named wholesale market: one ORG, no nested market (rule 18)
    E("Ban quản lý chợ đầu mối nông sản - gia cầm Trần Chánh Chiếu", "ORG", **HCM),
    E("quận 6", "LOC", level="district", **HCM),
    E("VnExpress", "ORG"),
    E("Dũng", "PER"),
    E("chợ Văn Thánh", "LOC", type="market", **HCM),
    E("Kim Ba", "PER"),
    E("chợ Nguyễn Văn Tráng", "LOC", type="market", **HCM),
]
