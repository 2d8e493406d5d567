"""baomoi-21471842: Hà Nội, huyện Phú Xuyên's district police launch the Tết tree-planting drive with the district
chairman and give fertiliser to two communes (entities only)."""

from _dsl import B, E

# Two photo captions without credit, each glued before the next body sentence (test README decision 2).
BOILERPLATE = [
    B("Ông Nguyễn Văn Thọ, Chủ tịch UBND huyện Phú Xuyên và Đại tá", "\"Tết trồng cây năm 2017\""),
    B("Đại tá Nguyễn Đình Chiến, Trưởng Công an huyện Phú Xuyên trao tặng", "vụ đông xuân 2017"),
]

STATS: list = []

P = dict(province="Hà Nội")
CA = dict(canonical="Công an huyện Phú Xuyên", level="district", **P)
UB = dict(canonical="Ủy ban nhân dân huyện Phú Xuyên", level="district", **P)
HCM = dict(canonical="Hồ Chí Minh")

ENTS = [
    E("Công an huyện Phú Xuyên", "ORG", **CA),
    E("Hà Nội", "LOC", level="province", **P),
    # "“Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2017”" (a campaign, no entity): the person inside it is PER, as a
    # body or a place inside an event's or a quoted title's name (rule 20, rule 30); "Bác" (kinship word) stays out
    E("Hồ", "PER", **HCM),
    E("Nguyễn Văn Thọ", "PER", role="Phó Bí thư, Chủ tịch UBND huyện Phú Xuyên"),
    E("UBND huyện Phú Xuyên", "ORG", **UB),
    E("huyện Phú Xuyên", "LOC", level="district", **P),
    # caption (boilerplate): "Ông Nguyễn Văn Thọ, Chủ tịch UBND huyện Phú Xuyên và Đại tá Nguyễn Đình Chiến, ..."
    E("UBND huyện Phú Xuyên", "ORG", ctx="các cơ quan chức năng UBND", **UB),
    # "toàn lực lượng Công an huyện": the one district police (dev20 B d1: "lực lượng" stays out)
    E("Công an huyện", "ORG", **CA),
    E("Nguyễn Đình Chiến", "PER", role="Trưởng Công an huyện Phú Xuyên"),  # rank "Đại tá" out
    E("Công an huyện Phú Xuyên", "ORG", **CA),  # title "Trưởng" written apart (dev8 A d4)
    E("Hồ", "PER", **HCM),  # "lời kêu gọi của Bác Hồ"; "CBCS" (officers) is a common noun
    # "làm theo lời Bác", "lời Bác dạy": the bare honorific "Bác" gives nothing (no name written)
    E("Đảng", "ORG", canonical="Đảng Cộng sản Việt Nam", level="national"),  # "mừng Đảng, mừng Xuân" (rule 25)
    E("Hồ Chí Minh", "PER"),  # inside the campaign "“Học tập và làm theo tấm gương đạo đức Hồ Chí Minh”"
    # caption (boilerplate): "Đại tá Nguyễn Đình Chiến, Trưởng Công an huyện Phú Xuyên trao tặng 2 tấn đạm ..."
    E("Công an huyện Phú Xuyên", "ORG", ctx="Cũng tại buổi lễ", **CA),
    # "2 xã Chuyên Mỹ và xã Quang Trung": the first bare after the plural, the second keeps the word it writes
    E("Chuyên Mỹ", "LOC", canonical="xã Chuyên Mỹ", level="commune", **P),
    E("xã Quang Trung", "LOC", level="commune", **P),
    E("Công an huyện Phú Xuyên", "ORG", **CA),
]
