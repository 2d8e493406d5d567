"""vntc-test-XH_VNE_T_-2968: TP Hồ Chí Minh, the city's bird-flu steering committee orders ducks culled or
slaughtered and stops duck farming in 2005 (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("UBND thành phố", "ORG"),
    E("Ban chỉ đạo phòng chống dịch cúm gia cầm, thủy cầm TP HCM", "ORG"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("UBND TP HCM", "ORG"),
    E("Công ty Huỳnh Gia", "ORG"),
    E("Nhân", "PER"),
    E("Công ty Phú An Sinh", "ORG"),
    E("TP HCM", "LOC"),
    E("Nhân", "PER"),
    E("Sở Tài chính", "ORG"),
    E("Công ty Phú An Sinh", "ORG"),
    E("Nhân", "PER"),
    E("Nguyễn Phước Thảo", "PER"),
    E("Sở Nông nghiệp", "ORG"),
    E("tỉnh Long An", "LOC"),
    E("2", "LOC", ctx="các quận 2"),
    E("8", "LOC"),
    E("9", "LOC"),
    E("10", "LOC"),
    E("Bình Chánh", "LOC"),
    E("Bình Tân", "LOC"),
    E("Củ Chi", "LOC"),
    E("Nhà Bè", "LOC"),
    E("Cần Giờ", "LOC"),
    E("quận 10", "LOC"),
    E("Hóc Môn", "LOC"),
    E("Tân Bình", "LOC"),
    E("Thảo", "PER"),
]
