"""baomoi-22382688: Đồng Nai, the An Phước commune committee's second dialogue between the Tín Nghĩa corporation and a
household whose acacia it felled on industrial-park land (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

DN = dict(province="Đồng Nai")
TN = dict(canonical="Công ty CP Tổng Công ty Tín Nghĩa", **DN)
KCN = dict(type="industrial_park", **DN)

ENTS = [
    E("UBND xã An Phước", "ORG", canonical="Ủy ban nhân dân xã An Phước", level="commune", **DN),
    E("huyện Long Thành", "LOC", level="district", **DN),
    E("Đồng Nai", "LOC", level="province", **DN),
    E("Công ty CP Tổng Cty Tín Nghĩa", "ORG", **TN),
    E("Cty Tín Nghĩa", "ORG", **TN),
    E("KCN An Phước", "LOC", **KCN),
    E("Huỳnh Thị Ngọc Oanh", "PER"),
    E("xã Tam Phước", "LOC", level="commune", **DN),
    E("TP Biên Hòa", "LOC", level="district", **DN),
    E("Cty Tín Nghĩa", "ORG", **TN),
    E("KCN An Phước", "LOC", **KCN),
    E("ấp 8", "LOC", level="village", **DN),
    E("xã An Phước", "LOC", level="commune", **DN),
    E("huyện Long Thành", "LOC", level="district", **DN),
    E("Oanh", "PER"),
    E("Công ty CP Tổng công ty Tín Nghĩa", "ORG", **TN),
    E("Oanh", "PER"),
    E("Oanh", "PER"),
    E("Cty Tín Nghĩa", "ORG", **TN),
    E("Oanh", "PER"),
    E("Oanh", "PER"),
    E("Công ty CP Tổng Công ty Tín Nghĩa", "ORG", **TN),
    E("Oanh", "PER"),
    E("Cty Tín Nghĩa", "ORG", **TN),
    E("Oanh", "PER"),
    E("KCN An Phước", "LOC", **KCN),
    E("Oanh", "PER"),
    # "chính quyền xã An Phước" gives the commune (dev10 A decision 3)
    E("xã An Phước", "LOC", level="commune", **DN),
    E("Cty Tín Nghĩa", "ORG", **TN),
    E("Oanh", "PER"),
    E("Oanh", "PER"),
    E("Đức Minh", "PER"),
]
