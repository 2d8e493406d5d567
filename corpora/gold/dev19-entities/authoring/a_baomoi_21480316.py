"""baomoi-21480316: Gia Lai, huyện Kông Chro's committee allots budget to traders hit by the fire at the district's
central market, asks for tax relief and a temporary site, and asks the police science institute to investigate
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

GL = dict(province="Gia Lai")
KC = dict(level="district", **GL)

ENTS = [
    # the district's central market named by its unit: one LOC (dev7 B decision 4, "chợ huyện Cầu Kè")
    E("chợ trung tâm huyện Kông Chro", "LOC", type="market", **GL),
    E("tỉnh Gia Lai", "LOC", level="province", **GL),
    E("Phan Văn Trung", "PER", role="Chủ tịch UBND huyện Kông Chro"),
    E("UBND huyện Kông Chro", "ORG", canonical="Ủy ban nhân dân huyện Kông Chro", level="district", **GL),
    E("Huyện Kông Chro", "LOC", **KC),  # the district acting (rule 29), unit word capitalised as written
    E("huyện Kông Chro", "LOC", **KC),
    E("Viện Khoa học hình sự", "ORG", canonical="Viện Khoa học hình sự, Bộ Công an", level="national"),
    E("Bộ Công an", "ORG", level="national"),
    E("Công Bắc", "PER"),  # byline
    E("VOV-Tây Nguyên", "ORG"),  # outlet in the byline (dev2 decision 7, "VOV-Miền Trung")
]
