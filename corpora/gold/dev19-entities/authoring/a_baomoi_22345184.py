"""baomoi-22345184: Thanh Hóa, huyện Thường Xuân's committee on illegal green-stone digging and logging in the forest
of xã Xuân Lẹ; the district's inspection team, its requests to the province, the ranger station (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("XEM CLIP:", kind="related"),  # the banner only; the sentence after it is body (test README 1)
    # photo captions glued before the next body sentence, no credit (test README 2)
    B("Hang hốc được đào nham nhở khắp rừng"),
    B("Xới tung cả cánh rừng để đào đá xanh"),
    B("Những hang hốc có đá xanh được đoàn người móc ra"),
    B("Hang hốc được đào nham nhở khắp cánh rừng"),
    B("Thân cây gỗ lớn bị đốn hạ ngay khu vực đào đá xanh"),
    B("Gốc cây gỗ lớn đã bị chặt"),
]

STATS: list = []

TH = dict(province="Thanh Hóa")
VLS = dict(level="village", **TH)
XL = dict(level="commune", **TH)
DTX = dict(level="district", **TH)
UBH = dict(canonical="Ủy ban nhân dân huyện Thường Xuân", level="district", **TH)
UBT = dict(canonical="Ủy ban nhân dân tỉnh Thanh Hóa", level="province", **TH)

ENTS = [
    E("thôn Liên Sơn", "LOC", **VLS),
    E("xã Xuân Lẹ", "LOC", **XL),
    E("huyện Thường Xuân", "LOC", **DTX),
    E("Thanh Hóa", "LOC", level="province"),
    E("đồi Tỷ", "LOC", type="hill", **TH),  # "khu đồi Tỷ": "khu" is no place word here (dev18 A d3)
    E("thôn Liên Sơn", "LOC", **VLS),
    E("xã Xuân Lẹ", "LOC", **XL),
    E("xã Bái Thượng", "LOC", level="commune", **TH),
    E("huyện Thọ Xuân", "LOC", level="district", **TH),
    E("suối làng Vèn", "LOC", type="river", **TH),  # a stream named by its village, one LOC (dev10 B d6)
    E("thôn Liên Sơn", "LOC", **VLS),
    E("Cầm Bá Xuân", "PER", role="Chủ tịch UBND huyện Thường Xuân"),
    E("UBND huyện Thường Xuân", "ORG", **UBH),
    E("UBND huyện Thường Xuân", "ORG", **UBH),
    E("Xuân Chinh", "LOC", canonical="xã Xuân Chinh", **XL),  # "2 xã Xuân Chinh, Xuân Lẹ": bare after a plural
    E("Xuân Lẹ", "LOC", canonical="xã Xuân Lẹ", **XL),
    E("công an huyện", "ORG", canonical="Công an huyện Thường Xuân", level="district", **TH),  # dev14 B d7
    E("UBND tỉnh Thanh Hóa", "ORG", **UBT),  # the subheading is body text
    E("Xuân", "PER"),
    E("UBND tỉnh Thanh Hóa", "ORG", **UBT),
    E("Sở TN&MT", "ORG", canonical="Sở Tài nguyên và Môi trường tỉnh Thanh Hóa", level="province", **TH),
    E("UBND tỉnh", "ORG", **UBT),
    E("Bộ TN&MT", "ORG", canonical="Bộ Tài nguyên và Môi trường", level="national"),
    E("Xuân Chinh", "LOC", canonical="xã Xuân Chinh", **XL),
    E("Xuân Lẹ", "LOC", canonical="xã Xuân Lẹ", **XL),
    E("Công an tỉnh", "ORG", canonical="Công an tỉnh Thanh Hóa", level="province", **TH),
    E("thôn Liên Sơn", "LOC", **VLS),
    E("Hạt Kiểm lâm Thường Xuân", "ORG", canonical="Hạt Kiểm lâm huyện Thường Xuân", level="district", **TH),
    E("Đội Kiểm lâm cơ động - Phòng cháy, chữa cháy rừng số 2", "ORG", level="province", **TH),
    E("xã Xuân Lẹ", "LOC", **XL),  # "chính quyền xã Xuân Lẹ" gives the commune (dev10 A d3)
    E("Ban quản lý thôn Liên Sơn", "ORG", level="village", **TH),  # a village's board (dev6 d6)
    E("xã Xuân Lẹ", "LOC", **XL),
    E("Lê Anh", "PER"),
]
