"""baomoi-21494842: Quảng Bình, the Phong Nha - Kẻ Bàng national park board and the provincial committee's decision on
the hang Va / hang Nước Nứt tour after its operator Oxalis asks to stop (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # a caption glued before the subheading "Giá vé tham quan bị đẩy lên cao?"
    B("Vẻ đẹp độc đáo của hồ thạch nhũ dưới nước trong lòng hang Va"),
]

STATS: list = []

QB = dict(province="Quảng Bình")
BQL = "Ban quản lý Vườn quốc gia Phong Nha – Kẻ Bàng"
BQL_ = dict(level="province", canonical=BQL, **QB)
BQLV = "Ban quản lý VQG Phong Nha – Kẻ Bàng"
VA = dict(type="cave", **QB)
NN = dict(type="cave", canonical="hang Nước Nứt", **QB)
UB = "UBND tỉnh Quảng Bình"
OX = dict(canonical="Công ty TNHH MTV Chua Me Đất")
QD1947 = dict(type="Quyết định", number="1947", code="QĐ–UBND", date="2015-07-16", issuer="UBND tỉnh Quảng Bình")
ND99 = dict(type="Nghị định", number="99", code="2010/NĐ-CP", issuer="Chính phủ")

ENTS = [
    E("Công ty du lịch Oxalis", "ORG", **OX),
    E("hang Va", "LOC", **VA),  # inside the tour's quoted name (rule 30: a place in a quoted title)
    E("hang Nước Nứt", "LOC", **VA),
    E("Lê Thanh Tịnh", "PER", role="Giám đốc Ban quản lý Vườn quốc gia Phong Nha – Kẻ Bàng"),
    E("Ban quản lý Vườn quốc gia (VQG) Phong Nha – Kẻ Bàng", "ORG", **BQL_),  # one ORG over the parenthesis
    # caption (boilerplate)
    E("Tịnh", "PER"),
    E(BQLV, "ORG", **BQL_),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("tỉnh Quảng Bình", "LOC", level="province"),
    E("Va", "LOC", canonical="hang Va", **VA),  # "Hai hang Va và Nước Nứt": bare after a plural (rule 28)
    E("Nước Nứt", "LOC", **NN),
    E("VQG Phong Nha – Kẻ Bàng", "LOC", type="protected_area", canonical="Vườn quốc gia Phong Nha – Kẻ Bàng", **QB),
    E("Hiệp hội hang động Hoàng gia Anh", "ORG"),
    E("hang Nước Nứt", "LOC", **VA),
    E("hang Va", "LOC", **VA),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("Công ty TNHH MTV Chua Me Đất", "ORG"),
    E("Oxalis", "ORG", **OX),
    E("Quyết định số 1947/ QĐ–UBND ngày 16/7/2015", "DOC", **QD1947),
    E(UB, "ORG", level="province"),
    E("Công ty Oxalis", "ORG", **OX),
    E(UB, "ORG", level="province"),
    E(BQLV, "ORG", **BQL_),
    E("Oxalis", "ORG", **OX),
    E(BQLV, "ORG", **BQL_),
    E(BQLV, "ORG", **BQL_),
    E("Oxalis", "ORG", **OX),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("Oxalis", "ORG", **OX),  # subheading "Oxalis đơn phương chấm dứt hợp đồng?"
    E("Lê Thanh Tịnh", "PER", role="Giám đốc Ban quản lý Vườn quốc gia Phong Nha – Kẻ Bàng"),
    E("Ban quản lý VQG Phong Nha - Kẻ Bàng", "ORG", **BQL_),
    E("quyết định số 1947/QĐ-UBND", "DOC", **dict(QD1947, code="QĐ-UBND")),
    E(UB, "ORG", level="province"),
    E("Nghị định số 99/2010/NĐ-CP ngày 24/9/2010", "DOC", date="2010-09-24", **ND99),  # "Điều 9 của" stays out
    E("Chính phủ", "ORG", level="national"),
    E("Ban quản lý Vườn", "ORG", **BQL_),
    E("Phòng Kế hoạch - Tài chính", "ORG", canonical="Phòng Kế hoạch - Tài chính (Ban quản lý Vườn quốc gia Phong Nha – Kẻ Bàng)"),
    E("Oxalis", "ORG", **OX),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("Oxalis", "ORG", **OX),
    E("Oxalis", "ORG", **OX),
    E("Ban quản lý Vườn", "ORG", **BQL_),
    E("Tịnh", "PER"),
    E("Tịnh", "PER"),
    E("Oxalis", "ORG", **OX),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("Oxalis", "ORG", **OX),
    E("Oxalis", "ORG", **OX),
    E("Ban quản lý", "ORG", **BQL_),  # the park's board, short (dev8 B decision 3)
    E("Nghị định 117/2010/NĐ-CP ngày 24/12/2010", "DOC", type="Nghị định", number="117", code="2010/NĐ-CP",
      date="2010-12-24", issuer="Chính phủ"),  # "Điều 23," stays out
    E("Chính phủ", "ORG", level="national"),
    E("hang Va", "LOC", **VA),
    E("Nước Nứt", "LOC", **NN),  # "hang Va và Nước Nứt" (rule 21)
    E("Ban quản lý Vườn", "ORG", **BQL_),
    E("UBND tỉnh", "ORG", level="province", canonical="Ủy ban nhân dân tỉnh Quảng Bình"),
    E("Nghị định số 99/2010/NĐ-CP", "DOC", **ND99),
    E("Chính phủ", "ORG", level="national"),
    E("Ban quản lý Vườn", "ORG", **BQL_),
    E("PLVN", "ORG", canonical="Báo Pháp luật Việt Nam"),
    E("Quyết định số 1947/QĐ–UBND", "DOC", **QD1947),
    E(UB, "ORG", level="province"),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E(BQLV, "ORG", **BQL_),
    E("Công ty TNHH MTV Chua Me Đất", "ORG"),
    E(BQLV, "ORG", **BQL_),
    E(UB, "ORG", level="province"),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("UBND tỉnh", "ORG", level="province", canonical="Ủy ban nhân dân tỉnh Quảng Bình"),  # "UBND tỉnh này"
    E("Quảng Bình", "LOC", level="province"),
    E("Ban quản lý Vườn", "ORG", **BQL_),  # subheading "Ban quản lý Vườn bị mất quyền?"
    E("Quyết định số 1947/QĐ–UBND", "DOC", **QD1947),
    E(UB, "ORG", level="province"),
    E("hang Va", "LOC", **VA),
    E("hang Nước Nứt", "LOC", **VA),
    E("Trần Tiến Dũng", "PER", role="Phó Chủ tịch UBND tỉnh Quảng Bình"),
    E("Công ty TNHH MTV Chua Me Đất", "ORG"),
    E(BQLV, "ORG", **BQL_),
    E("Ngô Sinh", "PER"),  # byline
]
