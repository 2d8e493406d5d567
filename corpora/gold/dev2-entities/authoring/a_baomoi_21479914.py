"""baomoi-21479914: Quảng Nam: the Sông Thanh nature reserve to become a national park (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Thác Grăng thu hút đông khách du lịch, là một phần của khu bảo tồn Sông Thanh."),
]

STATS: list = []

ENTS = [
    E("Tỉnh Quảng Nam", "LOC"),
    E("Khu bảo tồn thiên nhiên sông Thanh", "LOC", type="protected_area"),
    E("Bộ NN&PTNT", "ORG"),
    E("Vườn quốc gia Sông Thanh", "LOC", type="protected_area"),
    E("Thái Lan", "LOC"),
    E("Việt Nam", "LOC"),
    E("Khu bảo tồn Sông Thanh", "LOC", type="protected_area"),
    E("Nam Giang", "LOC"),
    E("Phước Sơn", "LOC"),
    E("CHDCND Lào", "LOC"),
    E("Khu bảo tồn thiên nhiên Sông Thanh", "LOC", type="protected_area"),
    E("khu bảo tồn thiên nhiên Sông Thanh", "LOC", type="protected_area"),
    E("thác Grăng", "LOC", type="waterfall"),
    E("cầu Thác Nước", "LOC", type="bridge"),
    E("đường Trường Sơn", "LOC", type="road"),
    E("Khu bảo tồn thiên nhiên Sông Thanh", "LOC", type="protected_area"),
    E("Phước Sơn", "LOC"),
    E("Nam Giang", "LOC"),
    E("tỉnh Quảng Nam", "LOC"),
    E("H. Nam Giang", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Lê Trí Thanh", "PER"),
    E("tỉnh Kon Tum", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Lê Trí Thanh", "PER"),
    E("Sở NN&PTNT", "ORG"),
    E("Sở KH&CN", "ORG"),
    E("Lê Trí Thanh", "PER"),
    E("Sở VH-TT&DL", "ORG"),
    E("thác Grăng", "LOC", type="waterfall"),
    E("đường mòn Hồ Chí Minh", "LOC", type="road"),
    E("H.Tây Giang", "LOC"),
    E("Vườn quốc gia Sông Thanh", "LOC", type="protected_area"),
    E("Đồng Dao", "PER"),
]
