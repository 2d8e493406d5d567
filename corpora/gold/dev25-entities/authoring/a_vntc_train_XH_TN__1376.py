"""vntc-train-XH_TN_-1376: Quảng Nam, households in Điện Bàn still unpaid land-clearance compensation for the road to
the Trảng Nhật industrial park two years on (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Quảng Nam")
DB = dict(canonical="huyện Điện Bàn", level="district", **P)
DT = dict(canonical="xã Điện Thắng", level="commune", **P)
DTT = dict(canonical="xã Điện Thắng Trung", level="commune", **P)
TQ3 = dict(canonical="làng Thanh Quýt 3", level="village", **P)
KCN = dict(canonical="Khu công nghiệp Trảng Nhật", type="industrial_park", **P)

ENTS = [
    # the title line is glued to the lead: annotated as body text
    E("UBND tỉnh Quảng Nam", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Nam", level="province", **P),
    E("làng Thanh Quýt 3", "LOC", **TQ3),
    E("xã Điện Thắng", "LOC", **DT),  # "(cũ)": the former commune, split since
    E("xã Điện Thắng Trung", "LOC", **DTT),
    E("huyện Điện Bàn", "LOC", **DB),
    E("quốc lộ 1A", "LOC", type="road"),
    E("KCN Trảng Nhật", "LOC", **KCN),
    # "Ban đền bù giải tỏa của huyện Điện Bàn": "của" ends the board's name (dev15 B d4) -> ORG + LOC
    E("Ban đền bù giải tỏa", "ORG", canonical="Ban Đền bù giải tỏa huyện Điện Bàn", level="district", **P),
    E("huyện Điện Bàn", "LOC", **DB),
    E("xã Điện Thắng", "LOC", **DT),
    E("Thanh Quýt 3", "LOC", **TQ3),
    E("KCN Trảng Nhật", "LOC", **KCN),
    E("xã Điện Thắng Trung", "LOC", **DTT),
    E("UBND xã Điện Thắng Trung", "ORG", canonical="Ủy ban nhân dân xã Điện Thắng Trung", level="commune", **P),
    E("UBND huyện Điện Bàn", "ORG", canonical="Ủy ban nhân dân huyện Điện Bàn", level="district", **P),
]
