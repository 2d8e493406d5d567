"""vntc-train-XH_NLD_-4253: Long An, the xã Đức Lập Thượng committee clears a "miraculous garden" where sick people
gathered; about 1,100 leave and the lodging houses and stalls are taken down (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Người bệnh được thân nhân đến đón về nhà"),  # photo caption glued between the title and the dateline
]

STATS: list = []

ENTS = [
    E("NLĐ", "ORG"),  # source prefix "(NLĐ)-" (dev7 A decision 9)
    E("Nguyễn Văn Nuông", "PER", role="Chủ tịch UBND xã Đức Lập Thượng"),
    E("UBND xã Đức Lập Thượng", "ORG"),
    E("Long An", "LOC"),
    E("Nguyễn Văn Sống", "PER"),
    E("Nguyệt", "PER"),
    E("Nguyễn Văn Nuông", "PER"),
    E("miền Tây", "LOC"),  # "các tỉnh miền Tây" (dev10 A decision 6)
]
