"""vntc-train-XH_NLD_-4087: Bình Định / Quảng Bình, the TP HCM labour federation brings flood relief to the provinces'
unions and Front (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Bà Phan Thị Anh Thư (hàng đầu, bên phải)", "tỉnh Bình Định"),
]

STATS: list = []

ENTS = [
    E("LĐLĐ TPHCM", "ORG"),
    E("Bình Định", "LOC"),
    E("Quảng Bình", "LOC"),
    E("NLĐ", "ORG"),
    E("LĐLĐ TPHCM", "ORG"),
    E("Phan Thị Anh Thư", "PER"),
    E("LĐLĐ TP", "ORG"),
    E("tỉnh Bình Định", "LOC"),
    E("LĐLĐ tỉnh Bình Định", "ORG"),
    E("Phan Thị Anh Thư", "PER"),
    E("Bình Định", "LOC"),
    E("TPHCM", "LOC"),
    E("LĐLĐ TPHCM", "ORG"),
    E("Ủy ban MTTQ tỉnh Bình Định", "ORG"),
    E("LĐLĐ Bình Định", "ORG"),
    E("LĐLĐ Bình Định", "ORG"),
    E("Báo Người Lao Động", "ORG"),
    E("Phước Hòa", "LOC"),
    E("Phước Thắng", "LOC"),
    E("huyện Tuy Phước", "LOC"),
    E("LĐLĐ TPHCM", "ORG"),
    E("Báo Người Lao Động", "ORG"),
    E("LĐLĐ Quảng Bình", "ORG"),
    E("Quảng Ninh", "LOC"),
    E("Lệ Thủy", "LOC"),
    E("Quảng Trạch", "LOC"),
    E("Bố Trạch", "LOC"),
    E("Tuyên Hóa", "LOC"),
    E("Minh Hóa", "LOC"),
    E("LĐLĐ TPHCM", "ORG"),
    E("LĐLĐ tỉnh Quảng Bình", "ORG"),
]
