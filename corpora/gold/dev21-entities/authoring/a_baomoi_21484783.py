"""baomoi-21484783: TP Hồ Chí Minh, the city's party secretary works with quận 9, praises its police's crime reduction
and asks the district to speed up site clearance (entities only)."""

from _dsl import B, E

# a photo caption glued between two body sentences (test README 2)
BOILERPLATE = [
    B("Bí thư TP HCM Đinh La Thăng làm việc tại Quận 9."),
]

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
TU = dict(canonical="Thành ủy Thành phố Hồ Chí Minh", level="province", **HCM)
Q9 = dict(level="district", **HCM)

ENTS = [
    E("Thành ủy Thành phố Hồ Chí Minh", "ORG", **TU),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy Thành phố Hồ Chí Minh"),
    E("Quận 9", "LOC", **Q9),  # "làm việc với Quận 9": the district for its authorities (rule 29)
    E("Đinh La Thăng", "PER"),
    E("Công an Quận 9", "ORG", canonical="Công an quận 9", **Q9),
    E("quận 9", "LOC", **Q9),
    E("Quận 9", "LOC", **Q9),
    E("Thành ủy", "ORG", **TU),  # "Bí thư Thành ủy Đinh La Thăng" (rule 24)
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy Thành phố Hồ Chí Minh"),
    E("Quận 9", "LOC", **Q9),
    E("Quận 2", "LOC", **Q9),
    E("Quận 9", "LOC", **Q9),
    E("Thành ủy", "ORG", **TU),
    E("Đinh La Thăng", "PER"),
    E("Quận 2", "LOC", **Q9),
    E("Quận 9", "LOC", **Q9),
    E("Bộ Chính trị", "ORG", level="national"),
    E("Thành ủy Thành phố Hồ Chí Minh", "ORG", **TU),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy Thành phố Hồ Chí Minh"),
    E("Công an Quận 9", "ORG", canonical="Công an quận 9", **Q9),
    E("Quận ủy", "ORG", canonical="Quận ủy quận 9", **Q9),
    # "của Quận ủy, Ủy ban nhân dân": the district's own committee named bare beside its party committee (rule 19,
    # dev10 A decision 5's bare "UBND" for one body)
    E("Ủy ban nhân dân", "ORG", canonical="Ủy ban nhân dân quận 9", **Q9),
    E("Đinh La Thăng", "PER"),
    E("Quận 9", "LOC", **Q9),
    E("Đinh La Thăng", "PER"),
    E("Quận 9", "LOC", **Q9),
    E("Quận 9", "LOC", **Q9),
    E("Huy Sơn", "PER"),  # byline
    E("VOV-TP HCM", "ORG"),  # the outlet in the byline (dev2 decision 7, dev19's "VOV-Tây Nguyên")
]
