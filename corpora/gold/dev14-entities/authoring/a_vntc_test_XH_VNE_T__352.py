"""vntc-test-XH_VNE_T_-352: TP Hồ Chí Minh (listed as Bình Phước), the city's bird-flu steering committee meets:
the health department asks for free treatment of infected patients, the agriculture and trade departments on
poultry from the provinces, the vice-chairman on the culling pits (epidemic control) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HCM = dict(level="province", province="TP Hồ Chí Minh")
BCD = dict(canonical="Ban chỉ đạo phòng chống dịch cúm gà TP Hồ Chí Minh", **HCM)

ENTS = [
    E("Lê Trường Giang", "PER", role="Phó giám đốc Sở Y tế TP HCM"),
    E("Sở Y tế TP HCM", "ORG", **HCM),
    E("Ban chỉ đạo phòng chống dịch cúm gà thành phố", "ORG", **BCD),
    E("Sở Y tế TP HCM", "ORG", **HCM),
    E("Bệnh viện Nhiệt đới", "ORG", **HCM),
    E("Bình Phước", "LOC", level="province"),
    # "xin kinh phí của Trung ương": the central level (rule 20), not annotated
    E("Giang", "PER"),
    E("Giang", "PER"),
    E("Nguyễn Phước Thảo", "PER", role="Giám đốc Sở Nông nghiệp và Phát triển nông thôn TP HCM"),
    E("Sở Nông nghiệp và Phát triển nông thôn TP HCM", "ORG", **HCM),
    E("TP HCM", "LOC", **HCM),
    E("Sở Thương mại", "ORG", canonical="Sở Thương mại TP Hồ Chí Minh", **HCM),
    E("Trần Đình Thọ", "PER", role="Phó Giám đốc Sở Thương mại"),
    E("Đồng Nai", "LOC", level="province"),
    E("Bình Dương", "LOC", level="province"),
    E("Thọ", "PER"),
    E("UBND TP HCM", "ORG", canonical="Ủy ban nhân dân TP Hồ Chí Minh", **HCM),
    E("Mai Quốc Bình", "PER", role="Phó Chủ tịch UBND TP HCM"),
    E("Sở Tài nguyên và Môi trường", "ORG", canonical="Sở Tài nguyên và Môi trường TP Hồ Chí Minh", **HCM),
    E("Ban chỉ đạo", "ORG", **BCD),  # the short name of the one steering committee (as dev8 B's "Ban Quản lý")
]
