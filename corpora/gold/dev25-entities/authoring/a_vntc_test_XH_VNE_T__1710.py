"""vntc-test-XH_VNE_T_-1710: TP Hồ Chí Minh, the city chairman makes the traffic safety committee's members answer
for rising accidents (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HCM = dict(level="province", **P)
BAN = dict(canonical="Ban An toàn giao thông TP Hồ Chí Minh", level="province", **P)
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
CA = dict(canonical="Công an TP Hồ Chí Minh", level="province", **P)
ROLE = "Chủ tịch UBND TP Hồ Chí Minh"

ENTS = [
    # title
    E("Ban an toàn giao thông TP HCM", "ORG", **BAN),
    # "Công an giao thông đã đủ lực lượng chưa" (sentence-initial capital, the force in general): nothing
    E("TP HCM", "LOC", ctx="Chủ tịch TP HCM", **HCM),  # "Chủ tịch TP HCM": the city (dev3 d4)
    E("Lê Thanh Hải", "PER", role=ROLE),
    E("Lê Thanh Hải", "PER", role=ROLE),
    E("Ban an toàn giao thông thành phố", "ORG", **BAN),
    E("TP HCM", "LOC", **HCM),
    E("UBND TP HCM", "ORG", **UB),
    E("Ban an toàn giao thông", "ORG", **BAN),
    # "(thuộc Công an, Sở Tài chính, Sở Văn hóa - thông tin)": the city's three bodies (dev7 A d4's lone "Thanh tra")
    E("Công an", "ORG", ctx="thuộc Công an", **CA),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính TP Hồ Chí Minh", level="province", **P),
    E("Sở Văn hóa - thông tin", "ORG", canonical="Sở Văn hóa - Thông tin TP Hồ Chí Minh", level="province", **P),
    # "chi ủy và hội đồng nhân dân cùng cấp": classes, nothing
    E("Lê Thanh Hải", "PER", role=ROLE),
    E("Công an TP HCM", "ORG", **CA),
    E("Ban an toàn giao thông", "ORG", **BAN),
]
