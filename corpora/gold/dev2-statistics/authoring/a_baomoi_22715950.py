"""baomoi-22715950: Thái Nguyên, Hà Giang, Lào Cai: flood and landslide damage (disaster report)."""

from _dsl import B, S

BOILERPLATE = [
    B("Lực lượng chức năng khẩn trương khắc phục thiên tai tại thị trấn Vinh Quang", "Ảnh: TTXVN."),
]

STATS = [
    S("4 người", "người", "count"),
    # "SN 1984" ...: years of birth
    S("4 nhà", "nhà", "count"),
    S("3 nhà", "nhà", "count"),
    S("1 nhà", "nhà", "count"),
    S("3 xã", "xã", "count"),
    S("112 con lợn", "con", "count"),
    S("80 con gà", "con", "count"),
    S("1 người", "người", "count"),
    S("1 người", "người", "count"),
    S("57 nhà", "nhà", "count"),
    S("40,97ha", "ha", "measure", ind="lúa"),
    S("8,75ha", "ha", "measure", ind="thủy sản"),
    S("26 điểm, đường", "điểm, đường", "count"),
    S("1.375m3", "m3", "measure", ind="khối lượng"),
    S("1 cầu", "cầu", "count"),
    S("2 công trình", "công trình", "count"),
    S("728m3", "m3", "measure", ind="khối lượng"),
    S("10m", "m", "measure", ind="kênh"),
    S("3,5m", "m", "measure", ind="kè rọ đá"),
    S("1 ôtô", "ôtô", "count"),
    S("25 tấn", "tấn", "measure"),  # the truck's class
    S("khoảng 2,8 tỷ đồng", "VND", "money", q="approx", ind="tổng thiệt hại"),
    S("13/20 hộ", "hộ", "ratio"),
    S("3 nhà", "nhà", "count"),
    S("4,25ha", "ha", "measure", ind="lúa"),
    S("29,7ha", "ha", "measure", ind="lúa"),
    S("0,87ha", "ha", "measure", ind="rau màu"),
    S("300kg", "kg", "measure", ind="ngô, đậu tương"),
    S("0,6ha", "ha", "measure", ind="ao cá"),
    S("3 công trình", "công trình", "count"),
    S("2 công trình", "công trình", "count"),
    S("1 công trình", "công trình", "count"),
    S("2 điểm", "điểm", "count"),
    S("5.000m3", "m3", "measure", ind="khối lượng"),
    S("4 tuyến", "tuyến", "count"),
    S("21 điểm", "điểm", "count"),
    S("12.000m3", "m3", "measure", ind="khối lượng"),
    S("5 cống", "cống", "count"),
    S("2 điểm", "điểm", "count"),  # "2 điểm trưởng" (điểm trường)
    S("2 tỷ đồng", "VND", "money", ind="tổng thiệt hại"),
    # "Công điện số 13"
    S("2 trẻ em", "trẻ em", "count"),  # subheading
    S("2 trẻ em", "trẻ em", "count"),
    S("2 nạn nhân", "nạn nhân", "count"),
    S("2 nạn nhân", "nạn nhân", "count"),
    # "(13 tuổi)", "(7 tuổi)": ages
    S("gần 70 ngôi nhà", "ngôi", "count", q="approx"),
    S("3 ngôi nhà", "ngôi", "count"),
    S("2 ngôi nhà", "ngôi", "count"),
    S("gần 3 tỷ đồng", "VND", "money", q="approx", ind="tổng thiệt hại"),
    S("2 cháu", "cháu", "count"),
]

ENTS: list = []
