"""baomoi-22579683: An Giang, the provincial education department prepares the 2017 national high-school exam and
the districts give poor candidates 300,000 dong each; Đồng Tháp's exam arrangements (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

AG = dict(province="An Giang")
DT = dict(province="Đồng Tháp")

ENTS = [
    E("Pháp Luật TP.HCM", "ORG"),  # the newspaper
    E("Trần Thị Ngọc Diễm", "PER", role="Giám đốc Sở GĐ&ĐT tỉnh An Giang"),
    E("Sở GĐ&ĐT tỉnh An Giang", "ORG", canonical="Sở Giáo dục và Đào tạo tỉnh An Giang", level="province", **AG),
    E("Diễm", "PER"),
    E("trường Đại học Nam Cần Thơ", "ORG", province="Cần Thơ"),
    E("trường Đại học Xây dựng miền Tây", "ORG"),
    E("Đại học An Giang", "ORG", **AG),
    E("An Giang", "LOC", level="province", ctx="thành phố của An Giang"),
    E("TP. Long Xuyên", "LOC", level="district", **AG),
    E("Long Xuyên", "LOC", level="district", **AG),
    E("tỉnh Đồng Tháp", "LOC", level="province"),
    E("huyện Hồng Ngự", "LOC", level="district", **DT),
    E("Trường Đại học Đồng Tháp", "ORG", **DT),
    E("Đại học Công nghệ Đồng Nai", "ORG", province="Đồng Nai"),
]
