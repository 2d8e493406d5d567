"""baomoi-21491496: Quảng Nam, the provincial fisheries sub-department and the agriculture department on Decree 67 loans
for new and upgraded fishing boats (entities only)."""

from _dsl import B, E

# "Chính phủ vừa gia hạn thêm 1 năm cho Nghị định 67", glued before "Ngày 8.2", repeats the lead's opening clause
# without a full stop: a photo caption (dev5 decision 5). Its first occurrence is the lead itself, so the anchor
# starts with the line break (dev21 B decision 1).
BOILERPLATE = [
    B("\nChính phủ vừa gia hạn thêm 1 năm cho Nghị định 67"),
]

STATS: list = []

QN = dict(province="Quảng Nam")
ND67 = dict(type="Nghị định", number="67", issuer="Chính phủ")

ENTS = [
    E("Chính phủ", "ORG", canonical="Chính phủ", level="national"),
    E("Nghị định 67", "DOC", **ND67),
    E("Quảng Nam", "LOC", level="province", **QN),
    # caption (boilerplate) repeats "Chính phủ ... Nghị định 67"
    E("Ngô Tấn", "PER", role="Chi cục trưởng chi cục thủy sản tỉnh Quảng Nam"),
    # the title "Chi cục trưởng" is written apart from the body's head "chi cục": the full body (dev8 A decision 4)
    E("chi cục thủy sản tỉnh Quảng Nam", "ORG", canonical="Chi cục Thủy sản tỉnh Quảng Nam", level="province", **QN),
    E("Nghị định 67", "DOC", **ND67),
    E("UBND tỉnh Quảng Nam", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Nam", level="province", **QN),
    E("Nghị định 67", "DOC", **ND67),
    E("Sở NNPTNT tỉnh Quảng Nam", "ORG", canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam",
      level="province", **QN),
    E("Nghị định 67", "DOC", **ND67),
    E("Nghị định 67", "DOC", **ND67),
    E("NĐ 67", "DOC", **ND67),  # the abbreviated type word keeps the DOC
    E("Phước Bình", "PER"),  # byline
]
