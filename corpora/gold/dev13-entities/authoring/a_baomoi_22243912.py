"""baomoi-22243912: Đồng Tháp, a ministry's survey team and the provincial vice-chairman on erosion of the Tiền
river banks (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Đoàn liên ngành khảo sát tình hình sạt lở tại Khu công nghiệp Trần Quốc Toản", "Ảnh: Chương Đài/TTXVN"),
    B("Đoàn liên ngành khảo sát tình hình sạt lở tại xã Bình Thành.", "Ảnh: Chương Đài /TTXVN"),
]

STATS: list = []

DT = dict(province="Đồng Tháp")
UB = "Ủy ban nhân dân tỉnh Đồng Tháp"
TCTL = "Tổng cục Thủy lợi"

ENTS = [
    E("sông Tiền", "LOC", type="river", **DT),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    E("Trần Quang Hoài", "PER", role="Phó Tổng cục trưởng Tổng cục Thủy lợi"),
    E("Tổng cục Thủy lợi", "ORG", level="national"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG", level="national"),
    # "Đoàn khảo sát liên ngành": an ad hoc team (dev3 decision 1)
    E("sông Tiền", "LOC", type="river", **DT),
    E("xã Bình Thành", "LOC", level="commune", **DT),
    E("huyện Thanh Bình", "LOC", level="district", **DT),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    # caption (boilerplate)
    E("Nguyễn Thanh Hùng", "PER", role="Phó Chủ tịch UBND tỉnh Đồng Tháp"),
    E("UBND tỉnh Đồng Tháp", "ORG", canonical=UB, level="province", **DT),
    E("sông Tiền", "LOC", type="river", **DT),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    E("Thanh Bình", "LOC", level="district", **DT),  # hai huyện Thanh Bình và Hồng Ngự (rule 28)
    E("Hồng Ngự", "LOC", level="district", **DT),
    E("huyện Thanh Bình", "LOC", level="district", **DT),
    E("sông Tiền", "LOC", type="river", **DT),
    E("quốc lộ 30", "LOC", type="road", **DT),
    E("kênh Nguyễn Văn Tiếp", "LOC", type="canal", **DT),  # "vàm kênh …": the canal's unnamed mouth
    E("kè Bình Thành", "LOC", type="dike", **DT),
    E("huyện Thanh Bình", "LOC", level="district", **DT),
    E("UBND tỉnh Đồng Tháp", "ORG", canonical=UB, level="province", **DT),
    E("Nguyễn Thanh Hùng", "PER", role="Phó Chủ tịch UBND tỉnh Đồng Tháp"),
    E("sông Tiền", "LOC", type="river", **DT),
    E("xã Bình Thành", "LOC", level="commune", **DT),
    E("huyện Thanh Bình", "LOC", level="district", **DT),
    E("mương Cả Lách", "LOC", type="canal", **DT),
    E("chợ Bình Thành", "LOC", type="market", **DT),
    E("cầu Phong Mỹ", "LOC", type="bridge", **DT),
    E("kè Bình Thành", "LOC", type="dike", **DT),
    E("vàm Phong Mỹ", "LOC", type="river_mouth", **DT),
    # caption (boilerplate)
    E("quốc lộ 30", "LOC", type="road", **DT),
    E("thành phố Cao Lãnh", "LOC", level="district", **DT),
    E("Campuchia", "LOC", level="country"),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    E("Ban Chỉ đạo Trung ương về Phòng chống thiên tai", "ORG", level="national"),
    E("quốc lộ 30", "LOC", type="road", **DT),
    E("thành phố Cao Lãnh", "LOC", level="district", **DT),
    E("Campuchia", "LOC", level="country"),
    E("sông Tiền", "LOC", type="river", **DT),
    E("huyện Chợ Mới", "LOC", level="district", province="An Giang"),
    E("tỉnh An Giang", "LOC", level="province", province="An Giang"),
    E("huyện Thanh Bình", "LOC", level="district", **DT),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    E("Trần Quang Hoài", "PER", role="Phó Tổng cục trưởng Tổng cục Thủy lợi"),
    E("Tổng cục Thủy lợi", "ORG", level="national"),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
    E("tỉnh Đồng Tháp", "LOC", level="province", **DT),
]
