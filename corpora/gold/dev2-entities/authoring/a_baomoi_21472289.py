"""baomoi-21472289: Bình Định, huyện Hoài Nhơn: fishing after Tết (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ngư dân thu nhập cao sau chuyến biển", "(Ảnh minh họa: KT)"),
]

STATS: list = []

ENTS = [
    E("cửa biển Tam Quan", "LOC", type="estuary"),
    E("huyện Hoài Nhơn", "LOC"),
    E("tỉnh Bình Định", "LOC"),
    E("Nguyễn Minh", "PER"),
    E("xã Tam Quan Nam", "LOC"),
    E("huyện Hoài Nhơn", "LOC"),
    E("Nguyễn Minh", "PER"),
    E("Lê Xô", "PER"),
    E("thôn Thiện Chánh 2", "LOC"),
    E("xã Tam Quan Bắc", "LOC"),
    E("huyện Hoài Nhơn", "LOC"),
    E("Võ Văn Quốc", "PER"),
    E("thôn Thiện Chánh 2", "LOC"),
    E("xã Tam Quan Bắc", "LOC"),
    E("huyện Hoài Nhơn", "LOC"),
    E("tỉnh Bình Định", "LOC"),
    E("UBND huyện Hoài Nhơn", "ORG"),
    E("cửa biển Tam Quan", "LOC", type="estuary"),
    E("Cao Thanh Thương", "PER"),
    E("UBND huyện Hoài Nhơn", "ORG"),
    E("tỉnh Bình Định", "LOC"),
    E("Quốc lộ 1", "LOC", type="road"),
    E("cầu Dài", "LOC", type="bridge"),
    E("sông Thiện Chánh", "LOC", type="river"),
    E("Thương", "PER", ctx="ông Thương"),
    E("Ánh Nguyệt", "PER"),
    E("Thái Ngân", "PER"),
    E("VOV-Miền Trung", "ORG"),
]
