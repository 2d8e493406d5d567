"""vntc-test-XH_VNE_T_-2176: Đồng Tháp / Kiên Giang / An Giang, flood-proof residential clusters stand half empty for
lack of infrastructure and livelihoods (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("đồng bằng sông Cửu Long", "LOC", level="region"),  # lower case in the source (dev9 B d6)
    # a flood-proof cluster named by its place: one LOC with its word (dev7 A d7 "cụm dân cư vượt lũ thị trấn Mỹ Phước")
    E("Cụm tuyến dân cư Giòng Cuối", "LOC", type="residential_zone", province="Đồng Tháp"),
    E("xã Thường Thới Hậu A", "LOC", level="commune", province="Đồng Tháp"),
    E("huyện Hồng Ngự", "LOC", level="district", province="Đồng Tháp"),
    E("tỉnh Đồng Tháp", "LOC", level="province", province="Đồng Tháp"),
    # "nhà nước hỗ trợ 10 giếng" (lower case) nothing
    E("cụm tuyến dân cư Giòng Cuối", "LOC", type="residential_zone", province="Đồng Tháp"),
    E("xã Bình Giang", "LOC", level="commune", province="Kiên Giang"),
    E("huyện Hòn Đất", "LOC", level="district", province="Kiên Giang"),
    E("tỉnh Kiên Giang", "LOC", level="province", province="Kiên Giang"),
    # "cụm tuyến dân cư phía nam quốc lộ 80" (unnamed, described by its road) gives the road only
    E("quốc lộ 80", "LOC", type="road"),
    E("Nguyễn Văn Cừ", "PER", role="Phó chủ tịch xã"),
    E("Nguyễn Văn Vui", "PER"),
    # "Nhà nước bán 17 triệu đồng" (rule 20) nothing
    E("Phạm Thị Nhữ", "PER"),
    E("cụm tuyến dân cư Phú Cường", "LOC", type="residential_zone", province="Đồng Tháp"),
    E("Tam Nông", "LOC", level="district", province="Đồng Tháp"),
    E("Đồng Tháp", "LOC", level="province", province="Đồng Tháp"),
    E("UBND tỉnh An Giang", "ORG", canonical="Ủy ban nhân dân tỉnh An Giang", level="province", province="An Giang"),
    E("Nguyễn Hoàng Việt", "PER", role="Chủ tịch UBND tỉnh An Giang"),
]
