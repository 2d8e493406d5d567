"""baomoi-22490660: Hà Tĩnh, communes of huyện Kỳ Anh charge migrant beekeepers a fee through the commune police; the
commune and district chairmen explain (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Anh Trần Ngọc Châu, băn khoăn", "Ảnh: Phạm Trường."),
    B("Giấy mời được Công an xã gửi", "Ảnh: Phạm Trường."),
    B("Nhiều người nuôi ong các xã Kỳ Văn", "Ảnh: Phạm Trường."),
]

STATS: list = []

HT = dict(province="Hà Tĩnh")
PROV = dict(level="province")
COM = dict(level="commune", **HT)
KA = dict(level="district", **HT)
ZING = dict(canonical="Zing.vn")
UBKT = dict(canonical="Ủy ban nhân dân xã Kỳ Tây", level="commune", **HT)
CAKT = dict(canonical="Công an xã Kỳ Tây", level="commune", **HT)

ENTS = [
    E("Hà Tĩnh", "LOC", **PROV),
    E("Đồng Nai", "LOC", **PROV),
    E("Hà Tĩnh", "LOC", **PROV),
    E("Trần Ngọc Châu", "PER"),
    E("Châu", "PER", ctx="Theo anh Châu", canonical="Trần Ngọc Châu"),
    # caption "Anh Trần Ngọc Châu, băn khoăn ... Ảnh: Phạm Trường." is boilerplate
    E("Hà Tĩnh", "LOC", **PROV),
    E("Châu", "PER", ctx="anh Châu nói", canonical="Trần Ngọc Châu"),
    E("Tạ Quốc Khánh", "PER"),
    E("Đắk Lắk", "LOC", **PROV),
    E("xã Kỳ Văn", "LOC", **COM),
    E("Khánh", "PER", ctx="Theo anh Khánh", canonical="Tạ Quốc Khánh"),
    # caption "Giấy mời được Công an xã gửi ... Ảnh: Phạm Trường." is boilerplate
    E("xã Kỳ Tây", "LOC", **COM),
    E("Kỳ Văn", "LOC", **COM),  # bare after "các xã" (rule 28)
    E("Kỳ Trung", "LOC", **COM),
    E("Kỳ Hợp", "LOC", **COM),
    E("huyện Kỳ Anh", "LOC", **KA),
    E("Zing.vn", "ORG", **ZING),
    E("Nguyễn Viết Ký", "PER", role="Chủ tịch UBND xã Kỳ Tây"),
    E("UBND xã Kỳ Tây", "ORG", **UBKT),
    # bare lower-case "công an" ("xã giao cho công an quản lý") is a common noun here, not annotated
    E("Ký", "PER", ctx="ông Ký nói", canonical="Nguyễn Viết Ký"),
    E("Zing.vn", "ORG", **ZING),
    E("Ký", "PER", ctx="Theo ông Ký", canonical="Nguyễn Viết Ký"),
    # "công an xã bị đánh gãy tay" is an officer (a person), not the body: not annotated
    E("Ký", "PER", ctx="Ông Ký cho biết", canonical="Nguyễn Viết Ký"),
    E("công an xã", "ORG", ctx="Còn công an xã gửi giấy mời", **CAKT),  # the commune police that sent the letters
    # caption "Nhiều người nuôi ong các xã Kỳ Văn, Kỳ Trung, Kỳ Tây ... Ảnh: Phạm Trường." is boilerplate
    E("Nguyễn Lương Nam", "PER", role="Trưởng công an xã Kỳ Tây"),
    E("công an xã Kỳ Tây", "ORG", **CAKT),  # after the fused title "Trưởng" (rule 23)
    E("Nam", "PER", ctx="ông Nam nói", canonical="Nguyễn Lương Nam"),
    E("Zing.vn", "ORG", **ZING),
    E("Bùi Quang Hoàn", "PER", role="Chủ tịch UBND huyện Kỳ Anh"),
    E("UBND huyện Kỳ Anh", "ORG", canonical="Ủy ban nhân dân huyện Kỳ Anh", level="district", **HT),
    E("Hoàn", "PER", ctx="Theo ông Hoàn", canonical="Bùi Quang Hoàn"),
    E("Hoàn", "PER", ctx="ông Hoàn nói", canonical="Bùi Quang Hoàn"),
    E("Phạm Trường", "PER"),  # byline
]
