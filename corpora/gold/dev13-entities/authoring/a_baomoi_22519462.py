"""baomoi-22519462: Ninh Bình, the Kim Sơn district agriculture office and committee on the cause of shrimp deaths in
three communes (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Do nắng nóng và dịch bệnh nên tôm chết", "Ảnh: Minh Đức - TTXVN"),
]

STATS: list = []

NN = "Phòng Nông nghiệp và Phát triển nông thôn huyện Kim Sơn"

ENTS = [
    E("Phòng NN & PTNT huyện Kim Sơn", "ORG", level="district", canonical=NN),
    E("Ninh Bình", "LOC", level="province"),
    E("Kim Hải", "LOC", level="commune", province="Ninh Bình"),  # "3 xã Kim Hải, Kim Đông, Kim Trung" (rule 28)
    E("Kim Đông", "LOC", level="commune", province="Ninh Bình"),
    E("Kim Trung", "LOC", level="commune", province="Ninh Bình"),
    E("huyện Kim Sơn", "LOC", level="district", province="Ninh Bình"),
    # caption (boilerplate)
    E("Trần Anh Khôi", "PER", role="Phó trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Kim Sơn"),
    E("phòng Nông nghiệp và Phát triển nông thôn huyện Kim Sơn", "ORG", level="district", canonical=NN),  # rule 23
    E(NN, "ORG", level="district"),
    E("Chi cục Thú y tỉnh Ninh Bình", "ORG", level="province"),
    E("Trung tâm Chuẩn đoán Thú y Trung ương", "ORG", level="national"),  # typo for "Chẩn đoán", as written
    E(NN, "ORG", level="district"),
    E("UBND huyện Kim Sơn", "ORG", level="district"),
    E("UBND huyện", "ORG", level="district", canonical="Ủy ban nhân dân huyện Kim Sơn"),
    E("UBND huyện Kim Sơn", "ORG", level="district"),
    E("UBND tỉnh Ninh Bình", "ORG", level="province"),
    E(NN, "ORG", level="district"),
    E("huyện Kim Sơn", "LOC", level="district", province="Ninh Bình"),
]
