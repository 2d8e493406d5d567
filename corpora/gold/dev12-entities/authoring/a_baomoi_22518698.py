"""baomoi-22518698: Kiên Giang, erosion of the West Sea coast; the agriculture department, the province's measures and
requests, a commune on its island (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Bờ biển Tây", "LOC", type="coast"),
    E("tỉnh Kiên Giang", "LOC", level="province"),
    E("Bờ biển Tây", "LOC", type="coast"),
    E("Mũi Nai", "LOC"),
    E("Hà Tiên", "LOC", level="district"),
    E("Tiểu Dừa", "LOC"),
    E("An Minh", "LOC", level="district"),
    E("tỉnh Cà Mau", "LOC", level="province"),
    E("Kiên Lương", "LOC", level="district"),  # "các đoạn Kiên Lương - Hòn Đất": stretches named by districts
    E("Hòn Đất", "LOC", level="district"),
    E("An Biên", "LOC", level="district"),
    E("An Minh", "LOC", level="district"),
    E("Nguyễn Văn Tâm", "PER", role="Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang"),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang", "ORG", level="province"),
    E("bờ biển Tây", "LOC", type="coast"),
    E("đê biển Tây", "LOC", type="dike"),
    E("tỉnh Kiên Giang", "LOC", level="province"),
    E("xã Bình Giang", "LOC", level="commune"),
    E("Hòn Đất", "LOC", level="district"),
    E("vàm Tiểu Dừa", "LOC", type="river mouth"),
    E("vàm Kim Quy", "LOC", type="river mouth"),
    E("huyện An Minh", "LOC", level="district"),
    E("tỉnh Kiên Giang", "LOC", level="province"),
    E("đê biển Tây", "LOC", type="dike"),
    E("An Biên", "LOC", level="district"),
    E("An Minh", "LOC", level="district"),
    E("xã đảo Sơn Hải", "LOC", level="commune"),
    E("huyện Kiên Lương", "LOC", level="district"),
    E("Kiên Giang", "LOC", level="province"),
    E("Trịnh Thị Bích Tuyền", "PER", role="Chủ tịch UBND xã Sơn Hải"),
    E("UBND xã Sơn Hải", "ORG", level="commune"),
    E("UBND xã", "ORG", level="commune", canonical="Ủy ban nhân dân xã Sơn Hải"),
    E("Xã Sơn Hải", "LOC", level="commune"),
]
