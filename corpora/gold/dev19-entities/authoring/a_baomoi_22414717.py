"""baomoi-22414717: Đồng Nai, riverbank erosion from sand mining upstream on the Đồng Nai river; the provincial
vice-chairman inspects and the province suspends its sand-mining projects (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # the photo caption repeats the title, with its credit
    B("Sạt lở phía thượng nguồn sông Đồng Nai do khai thác cát, tác động dòng chảy.", "Ảnh minh họa: TTXVN"),
]

STATS: list = []

DN = dict(province="Đồng Nai")
LD = dict(province="Lâm Đồng")
RIVER = dict(type="river")
SO = dict(canonical="Sở Tài nguyên và Môi trường tỉnh Đồng Nai", level="province", **DN)
# the national park straddles Đồng Nai, Lâm Đồng and Bình Phước; the article places it in Đồng Nai's upstream area
VQG = dict(type="protected_area", **DN)

ENTS = [
    E("Sở Tài nguyên và Môi trường Đồng Nai", "ORG", **SO),
    E("sông Đồng Nai", "LOC", **RIVER),
    E("huyện Tân Phú", "LOC", level="district", **DN),
    E("Vườn Quốc gia Cát Tiên", "LOC", **VQG),
    E("Sở Tài nguyên và Môi trường Đồng Nai", "ORG", **SO),
    E("xã Đắc Lua", "LOC", level="commune", **DN),
    E("xã Nam Cát Tiên", "LOC", level="commune", **DN),
    E("huyện Tân Phú", "LOC", level="district", **DN),
    E("Vườn Quốc gia Cát Tiên", "LOC", **VQG),
    E("sông Đồng Nai", "LOC", **RIVER),
    # "đại diện Vườn Quốc gia Cát Tiên": the park speaking through its staff stays a place (rule 29)
    E("Vườn Quốc gia Cát Tiên", "LOC", **VQG),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("Lâm Đồng", "LOC", level="province", canonical="tỉnh Lâm Đồng"),  # elliptical conjunct (rule 21)
    E("Vườn Quốc gia Cát Tiên", "LOC", **VQG),
    E("Vườn Quốc gia Cát Tiên", "LOC", **VQG),
    E("UBND tỉnh Đồng Nai", "ORG", canonical="Ủy ban nhân dân tỉnh Đồng Nai", level="province", **DN),
    E("Võ Văn Chánh", "PER", role="Phó Chủ tịch UBND tỉnh Đồng Nai"),
    E("Đồng Nai", "LOC", level="province"),
    E("Lâm Đồng", "LOC", level="province"),
    E("Chánh", "PER"),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("sông Đồng Nai", "LOC", **RIVER),
    E("tỉnh Lâm Đồng", "LOC", level="province"),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("tỉnh Lâm Đồng", "LOC", level="province"),
]
