"""vntc-test-XH_VNE_T_-7933: Hà Nội, the city's pilot short vocational classes for farmers who lost their land to
projects, opened in xã Kim Nỗ (Đông Anh); the labour department's plan for a training fund (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Nông dân mất đất, thất nghiệp do đô thị hóa(02/07/2005)", "Quốc hội bức xúc trước tình trạng nông dân mất đất(13/05/2004)",
      kind="related"),
]

STATS: list = []

P = dict(province="Hà Nội")
HN = dict(level="province", **P)
KN = dict(level="commune", **P)
DA = dict(level="district", **P)
UBKN = dict(canonical="Ủy ban nhân dân xã Kim Nỗ", level="commune", **P)
D5 = dict(type="road", **P)

ENTS = [
    E("Nguyễn Thị Thủy", "PER"),
    E("thôn Đông", "LOC", level="village", **P),
    E("xã Kim Nỗ", "LOC", **KN),
    E("Đông Anh", "LOC", **DA),
    E("Hà Nội", "LOC", **HN),
    # "hội trường UBND xã Kim Nỗ": the body's hall gives the body (dev4 d1)
    E("UBND xã Kim Nỗ", "ORG", **UBKN),
    E("Thủy", "PER", ctx="chị Thủy đến"),
    E("đường 5", "LOC", **D5),  # "dự án đường 5 kéo dài": "kéo dài" stays out (dev8 A d10)
    E("Hoàng Ngọc Hào", "PER"),
    E("thôn Đông", "LOC", level="village", **P),
    E("xã Kim Nỗ", "LOC", **KN),
    E("đường 5", "LOC", **D5),
    E("Hào", "PER", ctx="Hào giải thích"),
    E("xã Kim Nỗ", "LOC", **KN),
    E("Hà Nội", "LOC", **HN),  # "5 huyện ngoại thành Hà Nội"
    E("Thanh Trì", "LOC", **DA),
    E("Đông Anh", "LOC", **DA),
    E("Từ Liêm", "LOC", **DA),
    E("Kim Nỗ", "LOC", **KN),
    E("UBND xã Kim Nỗ", "ORG", **UBKN),
    E("Lê Khả Bắc", "PER", role="Chủ tịch UBND xã Kim Nỗ"),
    E("đường 5", "LOC", **D5),
    E("Hà Nội", "LOC", **HN),  # place inside the unnumbered plan "quy hoạch tổng mặt bằng Hà Nội" (rule 30)
    E("Chính phủ", "ORG", level="national"),
    E("Hà Nội", "LOC", **HN),
    E("Hà Nội", "LOC", **HN),
    E("Đỗ Thị Xuân Phương", "PER", role="Phó giám đốc Sở Lao động Thương binh và Xã hội Hà Nội"),
    E("Sở Lao động Thương binh và Xã hội Hà Nội", "ORG", **HN),
    # "quỹ hỗ trợ đào tạo nghề" (a fund still to be set up, described, lower case): nothing
]
