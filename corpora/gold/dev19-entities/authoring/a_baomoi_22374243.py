"""baomoi-22374243: Hòa Bình, villagers of thôn Đồi 2 (xã Ngọc Lương, huyện Yên Thủy) complain of flies from a
company's chicken farm; the commune chairman answers and threatens to ask the district to suspend it (entities
only)."""

from _dsl import B, E

BOILERPLATE = [
    B("XEM VIDEO: Play", kind="related"),  # video banner (test README 1)
    # photo captions without credit glued before the next body sentence (test README 2)
    B("Rá cơm vừa đặt xuống", "lập tức bu kín"),
    B("Anh Trung, người dân thôn Đồi 2, xã Ngọc Lương", "huyện Yên Thủy, Hòa Bình"),
    B("Gia đình nào cũng phải đặt bẫy ruồi"),
    B("Ông Lê Xuân Phương, Chủ tịch UBND xã Ngọc Lương"),
    # The caption "Trại gà của công ty TNHH MTV Chu Thị Hòa Bình" glued before "Ông Phương cho hay" repeats the
    # opening words of an earlier body sentence word for word, so no begin anchor can reach it (B has no skip):
    # it is left as text and its company annotated.
]

STATS: list = []

HB = dict(province="Hòa Bình")
VIL = dict(level="village", **HB)
XA = dict(level="commune", **HB)
UBX = dict(canonical="Ủy ban nhân dân xã Ngọc Lương", level="commune", **HB)
CO = dict(canonical="Công ty TNHH MTV Chu Thị Hòa Bình", **HB)

ENTS = [
    E("thôn Đồi 2", "LOC", **VIL),
    E("xã Ngọc Lương", "LOC", **XA),
    E("huyện Yên Thủy", "LOC", level="district", **HB),
    E("tỉnh Hòa Bình", "LOC", level="province", **HB),
    E("công ty TNHH MTV Chu Thị Hòa Bình", "ORG", **CO),  # lower-case head kept (test README 7)
    E("Trung", "PER"),
    E("thôn Đồi 2", "LOC", **VIL),
    E("Trung", "PER", ctx="Trung cho biết. Anh Trung, người"),
    E("Trung", "PER", ctx="Anh Trung cũng cho biết"),
    E("Bùi Văn Phẩm", "PER"),
    E("thôn Đồi 2", "LOC", **VIL),
    E("UBND xã", "ORG", **UBX),  # the villagers' own commune (rule 19)
    E("thôn Đồi 2", "LOC", **VIL),
    E("VietNamNet", "ORG"),  # "PV VietNamNet" (dev9 B decision 7)
    E("UBND xã Ngọc Lương", "ORG", **UBX),
    E("Lê Xuân Phương", "PER", role="Chủ tịch UBND xã Ngọc Lương"),
    E("Phương", "PER", ctx="Ông Phương cho biết:"),
    E("công ty TNHH MTV Chu Thị Hòa Bình", "ORG", **CO),
    E("UBND tỉnh Hòa Bình", "ORG", canonical="Ủy ban nhân dân tỉnh Hòa Bình", level="province", **HB),
    E("Phương", "PER"),
    E("xã Ngọc Lương", "LOC", **XA),  # "Chủ tịch xã Ngọc Lương" (dev3 decision 4)
    E("công ty TNHH MTV Chu Thị Hòa Bình", "ORG", ctx="lý giải. Trại gà", **CO),  # the unmarked caption
    E("Phương", "PER", ctx="Ông Phương cho hay"),
    E("Phòng TN&MT huyện", "ORG", canonical="Phòng Tài nguyên và Môi trường huyện Yên Thủy", level="district",
      **HB),
    E("UBND xã", "ORG", **UBX),
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Yên Thủy", level="district", **HB),
    E("Phương", "PER"),
    E("xã Ngọc Lương", "LOC", **XA),
    E("UBND xã", "ORG", **UBX),
    E("Phương", "PER"),
    E("Đoàn Bổng", "PER"),  # byline
]
