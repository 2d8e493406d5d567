"""vntc-test-XH_VNE_T_-3858: Cần Thơ, makeshift houses built without permits wherever the city announces a plan,
in wards of Ninh Kiều and Cái Răng; the district's urban-management office and committee and the city chairman's
instruction (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Cần Thơ")
CT = dict(level="province", **P)
D = dict(level="district", **P)
C = dict(level="commune", **P)

ENTS = [
    E("thành phố Cần Thơ", "LOC", **CT),  # "thành phố Cần Thơ công bố quy hoạch" (rule 29)
    E("phường An Bình", "LOC", **C),
    E("quận Ninh Kiều", "LOC", **D),
    E("quận Cái Răng", "LOC", **D),
    # "Nhà nước bồi hoàn" nothing (rule 20)
    E("ấp Thới Nhựt", "LOC", level="village", **P),
    # "khu vực 3, phường Hưng Thạnh": Cần Thơ's numbered residential unit of a ward, named by its number like
    # "tổ 41", "khu phố 4" (test README d5); not rule 28's descriptive "khu vực"
    E("khu vực 3", "LOC", level="village", **P),
    E("phường Hưng Thạnh", "LOC", **C),
    E("Lê Thị Phượng", "PER"),
    E("Phượng", "PER", ctx="chị Phượng cười"),
    # "Trưởng Phòng quản lý đô thị quận Cái Răng Đồng Việt Hải": the title fuses with the head, the ORG starts at "Phòng" (rule 23)
    E("Phòng quản lý đô thị quận Cái Răng", "ORG", **D),
    E("Đồng Việt Hải", "PER", role="Trưởng Phòng quản lý đô thị quận Cái Răng"),
    E("Mai Hồng Châu", "PER", role="Phó chủ tịch UBND quận Cái Răng"),
    E("UBND quận Cái Răng", "ORG", canonical="Ủy ban nhân dân quận Cái Răng", **D),
    E("Cần Thơ", "LOC", **CT),  # "ở nam Cần Thơ" (the south of the city; the direction stays out)
    # "Quận đang kiểm tra": a capitalised reference (dev18 A d3)
    E("UBND thành phố Cần Thơ", "ORG", canonical="Ủy ban nhân dân thành phố Cần Thơ", **CT),
    E("Võ Thanh Tòng", "PER", role="Chủ tịch UBND thành phố Cần Thơ"),
]
