"""vntc-test-XH_VNE_T_-7619: TP Hồ Chí Minh, the city's bird-flu steering committee has cut the poultry flock by
99.5%; the city and six neighbouring provinces sign a joint plan, and provincial leaders speak of unsold poultry
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("ban chỉ đạo phòng chống dịch cúm gia cầm, thủy cầm TP HCM", "ORG"),  # "Trưởng ban chỉ đạo ..." (rule 23)
    E("TP HCM", "LOC"),
    E("TP HCM", "LOC"),
    E("Nhân", "PER"),
    E("TP HCM", "LOC"),
    E("TP HCM", "LOC"),
    E("TP HCM", "LOC"),
    E("Đồng Nai", "LOC"),  # provinces after "6 tỉnh": bare
    E("Bình Dương", "LOC"),
    E("Bà Rịa - Vũng Tàu", "LOC"),
    E("Tây Ninh", "LOC"),
    E("Long An", "LOC"),
    E("Tiền Giang", "LOC"),
    E("TP HCM", "LOC"),
    E("trạm thú y quận Gò Vấp", "ORG"),  # lower-case body of one district (test README rule 8)
    E("cư xá Lam Sơn", "LOC"),  # a residential quarter with its word (dev2 decision 4)
    E("phường 17", "LOC"),
    E("quận Gò Vấp", "LOC"),
    E("Nguyễn Tấn Thành", "PER"),
    E("Trần Ngọc Thới", "PER"),
    E("UBND tỉnh Bà Rịa - Vũng Tàu", "ORG"),
    E("Thới", "PER"),
    E("Bà Rịa - Vũng Tàu", "LOC"),
    E("UBND tỉnh Long An", "ORG"),
    E("Dương Quốc Xuân", "PER"),
    E("Xuân", "PER"),
    E("TP HCM", "LOC"),
    E("Long An", "LOC"),
    E("UBND TP HCM", "ORG"),
    E("Nguyễn Thanh Hải", "PER"),
    E("TP HCM", "LOC"),
]
