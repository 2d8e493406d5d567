"""vntc-train-XH_VNE_-88: TP Hồ Chí Minh, the city committee sets the support paid for culled poultry and eggs;
culling and support in Long An, Lâm Đồng and Bình Dương (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Tuyên truyền dịch cúm gà trong từng tổ dân phố(05/02/2004)",
      "Nông dân Thái Lan được vay tiền đối phó với cúm gà(05/02/2004)", kind="related"),
]

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("UBND thành phố", "ORG"),
    E("TP HCM", "LOC"),  # table heading "Mức hỗ trợ của TP HCM" (body text)
    E("Củ Chi", "LOC"),  # districts after "11 quận huyện" / "các quận": bare (rule 28)
    E("Hóc Môn", "LOC"),
    E("Bình Chánh", "LOC"),
    E("Nhà Bè", "LOC"),
    E("Bình Tân", "LOC"),
    E("Thủ Đức", "LOC"),
    E("Cần Giờ", "LOC"),
    E("2", "LOC"),  # numbered districts after "các quận" (rule 21, as "68" in test README rule 5)
    E("7", "LOC"),
    E("9", "LOC"),
    E("12", "LOC"),
    E("huyện Cần Giờ", "LOC"),
    E("quận 2", "LOC"),
    E("7", "LOC"),
    E("Long An", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Quyết định số 05", "DOC", type="Quyết định", number="05", issuer="Ủy ban nhân dân tỉnh Long An"),
    E("Long An", "LOC"),
    E("Lâm Đồng", "LOC"),
    E("thị xã Di Linh", "LOC"),
    E("huyện Di Linh", "LOC"),
    E("xã Lộc An", "LOC"),
    E("Bảo Lâm", "LOC"),
    E("Đỗ Văn Chính", "PER"),
    E("Sở Y tế tỉnh Lâm Đồng", "ORG"),
    E("huyện Di Linh", "LOC"),
    E("Chính", "PER"),
    E("Bình Dương", "LOC"),
    E("TP HCM", "LOC"),
    E("Bình Dương", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("Hồ Minh Phương", "PER"),
    E("Chính phủ", "ORG"),
]
