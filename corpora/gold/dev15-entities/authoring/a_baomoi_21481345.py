"""baomoi-21481345: Bà Rịa-Vũng Tàu, the provincial committee signs an investment memorandum with Hyosung for a
1.2-billion-USD petrochemical project (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

BR = dict(province="Bà Rịa - Vũng Tàu")
HYO = dict(canonical="Tập đoàn Hyosung")

ENTS = [
    E("UBND tỉnh Bà Rịa – Vũng Tàu", "ORG", canonical="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", level="province", **BR),
    E("Tập đoàn Hyosung Corporation", "ORG", **HYO),
    E("Bộ Công Thương", "ORG", level="national"),
    E("Tập đoàn Hyosung", "ORG", **HYO),
    E("Hàn Quốc", "LOC", level="country"),
    E("Ban quản lý các khu công nghiệp Bà Rịa - Vũng Tàu", "ORG", level="province", **BR),
    E("Hyosung", "ORG", **HYO),
    E("Khu công nghiệp Cái Mép", "LOC", type="industrial_park", **BR),
    E("huyện Tân Thành", "LOC", level="district", **BR),
    E("tỉnh Bà Rịa - Vũng Tàu", "LOC", level="province"),
    E("Hyosung", "ORG", **HYO),
    E("Bộ Công Thương", "ORG", level="national"),
    E("Tập đoàn Hyosung", "ORG", **HYO),
    E("Tập đoàn Hyosung", "ORG", **HYO),
    E("Hàn Quốc", "LOC", level="country"),
    E("Việt Nam", "LOC", level="country"),
    E("Tập đoàn Hyosung", "ORG", **HYO),
    E("Khu công nghiệp Nhơn Trạch 5", "LOC", type="industrial_park", province="Đồng Nai"),
    E("tỉnh Đồng Nai", "LOC", level="province"),
]
