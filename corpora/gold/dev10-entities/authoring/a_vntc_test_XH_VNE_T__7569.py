"""vntc-test-XH_VNE_T_-7569: Tiền Giang, the provincial chairman on funds to keep breeding poultry during the
bird-flu epidemic; the regional veterinary centre on false culling claims (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Phạm Thị Bạch Mai", "PER"),
    E("ấp Phú Hòa", "LOC"),
    E("xã Phú Phong", "LOC"),
    E("huyện Châu Thành", "LOC"),
    E("tỉnh Tiền Giang", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Mai", "PER", ctx="Song, bà Mai"),
    E("Khoa học công nghệ", "ORG"),  # "Bộ trưởng Khoa học công nghệ": the ministry after the fused title
    E("Hoàng Văn Phong", "PER"),
    E("miền Tây", "LOC"),
    E("Mai", "PER", ctx="bà Mai không"),
    E("Mai", "PER", ctx="bà Mai bộc"),
    E("Mai", "PER", ctx="gà của bà Mai"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Mai", "PER", ctx="trang trại bà Mai"),
    E("Nguyễn Ngọc Lam", "PER"),
    E("ấp Mỹ Hưng", "LOC"),
    E("xã Mỹ Phong", "LOC"),
    E("Tiền Giang", "LOC"),
    E("VnExpress", "ORG"),
    E("Lam", "PER", ctx="ông Lam tha"),
    E("Lam", "PER", ctx="ông Lam than"),
    E("UBND tỉnh Tiền Giang", "ORG"),
    E("Nguyễn Hữu Chí", "PER"),
    E("Tiền Giang", "LOC", ctx="không chỉ Tiền Giang"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Chí", "PER", ctx="ông Chí cho"),
    E("Chí", "PER", ctx="ông Chí trường"),
    E("Mai", "PER", ctx="trang trại bà Mai"),
    E("tỉnh Tiền Giang", "LOC"),
    E("Trung tâm thú y vùng TP HCM", "ORG"),
    E("Trung tâm thú y vùng TP HCM", "ORG"),
    E("Nguyễn Xuân Bình", "PER"),
    E("tỉnh Long An", "LOC"),
    E("Bình", "PER", ctx="ông Bình cho"),
    E("Bình", "PER", ctx="ông Bình, kết"),
    E("UBND huyện Cao Lãnh", "ORG"),
    E("tỉnh Đồng Tháp", "LOC"),
    E("Nguyễn Xuân Bình", "PER"),
    E("Bình", "PER", ctx="ông Bình nhận"),
]
