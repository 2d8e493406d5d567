"""vntc-test-XH_VNE_T_-5034: TP Hồ Chí Minh, District 10's committee plans to demolish and rebuild 30 decayed apartment
blocks and resettle nearly 3,000 households (entities only).

The blocks are named by a letter inside a named complex: "lô P chung cư Nguyễn Kim" gives LOC "lô P" + LOC "chung
cư Nguyễn Kim" (a numbered or lettered unit and its parent place, as dev7 B's "khu 2 Đồ Sơn" and dev8 B's "tổ tự
quản 11 thôn Bình Sơn"); where the complex is named without "chung cư" ("lô E Ngô Gia Tự") its name is a bare LOC
(canonical "chung cư Ngô Gia Tự"), and a block letter standing after a comma is a conjunct (rule 21: "lô Q, S cũ").
"""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HCM = dict(level="province", province="TP Hồ Chí Minh")
Q10 = dict(level="district", province="TP Hồ Chí Minh")
UBQ10 = dict(canonical="Ủy ban nhân dân quận 10", level="district", province="TP Hồ Chí Minh")


def lot(s, **kw):
    return E(s, "LOC", type="building", **P, **kw)


def cx(s, name):
    return E(s, "LOC", type="building", canonical=f"chung cư {name}", **P)


ENTS = [
    E("TP HCM", "LOC", **HCM),
    lot("lô P"), cx("chung cư Nguyễn Kim", "Nguyễn Kim"),
    lot("lô E"), cx("chung cư Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô D"), cx("chung cư Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô Q"), cx("chung cư Nguyễn Kim", "Nguyễn Kim"),
    lot("lô E"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô P"), cx("Nguyễn Kim", "Nguyễn Kim"),
    E("UBND quận 10", "ORG", **UBQ10),
    E("quận 10", "LOC", **Q10),
    E("quận 10", "LOC", **Q10),
    E("TP HCM", "LOC", **HCM),
    # "Quận đang đề nghị" (a capitalised reference at the start of a quote) nothing
    E("Bùi Thế Hải", "PER", role="chuyên viên văn phòng Hội đồng nhân dân, Ủy ban nhân dân quận 10"),
    # the joint office of the district's council and committee is one body (dev7 A d3, dev12 A d4)
    E("văn phòng Hội đồng nhân dân, Ủy ban nhân dân quận 10", "ORG",
      canonical="Văn phòng HĐND và UBND quận 10", level="district", province="TP Hồ Chí Minh"),
    E("UBND quận 10", "ORG", **UBQ10),
    # "Nhà thuộc sở hữu Nhà nước" (rule 20) nothing
    E("Nguyễn Thiên Thủy", "PER"),
    lot("lô M"), cx("chung cư Nguyễn Kim", "Nguyễn Kim"),
    E("Trần Kim Ngọc", "PER"),
    E("chợ Nhật Tảo", "LOC", type="market", **P),  # "khu chợ Nhật Tảo": "khu" is no place word here
    cx("chung cư Nguyễn Kim", "Nguyễn Kim"),
    E("Nguyễn Khắc Cần", "PER", role="Chủ tịch UBND quận 10"),
    E("UBND quận 10", "ORG", **UBQ10),
    # "Quận hết sức hỗ trợ" (in a quote) nothing
    E("Cần", "PER"),
    E("VnExpress", "ORG"),
    E("Bùi Thế Hải", "PER"),
    # the city's housing fund lends to the district: a fund acting as a body (rule 27, dev8 A d9)
    E("Quỹ đầu tư phát triển nhà thành phố", "ORG", canonical="Quỹ đầu tư phát triển nhà TP Hồ Chí Minh",
      level="province", province="TP Hồ Chí Minh"),
    lot("lô D"), cx("chung cư Ngô Gia Tự", "Ngô Gia Tự"),
    # "khu đất Trung tâm thương mại quận 10": the plot of the district's shopping centre (a facility named by its unit)
    E("Trung tâm thương mại quận 10", "LOC", type="facility", **P),
    E("Hải", "PER"),
    # "Kế hoạch di dời giai đoạn 1" (an unnumbered plan, table heading) is no DOC; the table is body text
    lot("Lô D"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô E"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("C", canonical="lô C"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("Lô S"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("lô P"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("lô Q"), lot("S", canonical="lô S"),  # "lô Q, S cũ" ("cũ" out, dev8 A d10)
    E("Chung cư Thành Thái", "LOC", type="building", **P),
    lot("lô G"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô O"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("Lô Q"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("lô O"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("Lô B10"),
    E("khu C30", "LOC", type="residential_zone", **P),  # a zone named by a code (dev7 B d6 "khu 2", dev10 A d2 "khu đất 5A-5B")
    lot("lô N"), cx("Nguyễn Kim", "Nguyễn Kim"),
    E("quận 10", "LOC", **Q10),  # "60 tỷ vốn hạ tầng quận 10"
    # a complex named by its address: one LOC (its name, unlike a house address, dev14 B d1)
    E("Chung cư 157/R8 Tô Hiến Thành", "LOC", type="building", **P),
    lot("lô K"), cx("Nguyễn Kim", "Nguyễn Kim"),
    E("quận 10", "LOC", **Q10),
    lot("Lô P"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("lô S"), cx("Nguyễn Kim", "Nguyễn Kim"),
    lot("lô E"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô D"), cx("Ngô Gia Tự", "Ngô Gia Tự"),
    lot("lô D"),  # "lô D mới" ("mới" out)
]
