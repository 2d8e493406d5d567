"""vntc-train-XH_TT_-2819: TP Hồ Chí Minh, resettled households cannot pay instalments pegged to gold; district housing
companies propose that the city committee fix the original price (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
QLN = dict(canonical="Công ty Quản lý nhà quận 1", level="district", province="TP Hồ Chí Minh")
DVCI = dict(canonical="Công ty Dịch vụ công ích quận 3", level="district", province="TP Hồ Chí Minh")
UBTP = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", province="TP Hồ Chí Minh")

ENTS = [
    E("Đoàn Quang Minh", "PER"),
    # "hộ 101" (a flat number) nothing; "lô A2 chung cư 189B Cống Quỳnh": the block and its complex (as in -5034)
    E("lô A2", "LOC", type="building", **P),
    E("chung cư 189B Cống Quỳnh", "LOC", type="building", **P),
    E("phường Nguyễn Cư Trinh", "LOC", level="commune", **P),
    E("quận 1", "LOC", level="district", **P),
    E("TP.HCM", "LOC", level="province", **P),
    E("chợ Cầu Ông Lãnh", "LOC", type="market", **P),  # "vụ cháy chợ Cầu Ông Lãnh": the event is no entity
    E("Minh", "PER"),
    E("Công ty Quản lý nhà quận 1", "ORG", **QLN),
    E("Minh", "PER"),
    # "kiến nghị UBND phường": the one ward the residents live in (rule 19), not the class of rule 20
    E("UBND phường", "ORG", canonical="Ủy ban nhân dân phường Nguyễn Cư Trinh", level="commune", **P),
    E("Công ty Quản lý nhà quận 1", "ORG", **QLN),
    E("Công ty Quản lý nhà quận 1", "ORG", **QLN),
    E("Công ty Dịch vụ công ích quận 3", "ORG", **DVCI),
    E("Công ty Dịch vụ công ích quận 3", "ORG", **DVCI),
    E("UBND TP", "ORG", **UBTP),  # dev5 d4
    # a complex named by its street: one LOC (dev6 d4 "Khu dân cư đường Phan Đình Phùng")
    E("chung cư đường Kỳ Đồng", "LOC", type="building", **P),
    E("Công ty Dịch vụ công ích quận 3", "ORG", **DVCI),
    # "TP cần xem xét" (TP alone, dev5 d4) nothing
    E("Nguyễn Văn Vân", "PER", role="phó giám đốc Công ty Quản lý nhà quận 1"),
    E("Công ty Quản lý nhà quận 1", "ORG", **QLN),
    E("UBND quận 1", "ORG", canonical="Ủy ban nhân dân quận 1", level="district", **P),
    E("UBND TP", "ORG", **UBTP),
    E("Vân", "PER"),
]
