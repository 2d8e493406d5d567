"""vntc-test-XH_VNE_T_-3437: An Giang, sand mining on the Tiền river erodes cồn Liệt Sĩ in xã Tân An (Tân Châu); the
commune committee, district police, provincial natural resources department and an inter-agency team respond
(entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="An Giang")
TA = dict(level="commune", **P)
TC = dict(level="district", **P)
CLS = dict(type="island", **P)
CTXL = dict(canonical="Công ty Xây lắp An Giang", **P)
UBXA = dict(canonical="Ủy ban nhân dân xã Tân An", level="commune", **P)

ENTS = [
    E("cồn Liệt Sĩ", "LOC", **CLS),
    E("tổ 11", "LOC", level="village", **P),
    E("ấp Tân Hòa B", "LOC", level="village", **P),
    E("xã Tân An", "LOC", **TA),
    E("Tân Châu", "LOC", canonical="huyện Tân Châu", **TC),
    E("An Giang", "LOC", level="province", **P),
    E("sông Tiền", "LOC", type="river"),
    E("Cồn Liệt Sĩ", "LOC", canonical="cồn Liệt Sĩ", **CLS),
    E("sông Tiền", "LOC", type="river"),
    E("Công ty Xây lắp An Giang", "ORG", **CTXL),
    # "quyết định của Thủ tướng": a title alone and an unnamed decision give nothing
    E("thị trấn Tân Châu", "LOC", **TA),
    E("Đinh Văn Sáu", "PER"),
    E("tổ 11", "LOC", level="village", **P),
    E("ấp Tân Hòa B", "LOC", level="village", **P),
    E("xã Tân An", "LOC", **TA),
    E("cồn Liệt Sĩ", "LOC", **CLS),
    E("Sáu", "PER"),  # "Không riêng ông Sáu"
    E("Nguyễn Văn Quân", "PER"),
    E("Ba Quân", "PER"),  # nickname in parentheses (nicknames are PER, "Năm Thùy", "Hai Luyện")
    E("Nguyễn Văn Trác", "PER"),
    E("Hai Trác", "PER"),
    E("Ba Quân", "PER"),
    # "“Lưỡi hái thủy thần”" (a figure of speech) gives nothing
    E("Hai Trác", "PER"),
    E("Hai Trác", "PER"),
    E("cồn Liệt Sĩ", "LOC", **CLS),
    E("UBND xã Tân An", "ORG", **UBXA),
    E("Nguyễn Văn Tám", "PER", role="đại diện Công an huyện Tân Châu"),
    E("Công an huyện Tân Châu", "ORG", level="district", **P),
    # "báo cho công an": lower-case, the police as a service, nothing
    E("Nguyễn Văn Luật", "PER", role="Phó chủ tịch UBND xã Tân An"),
    E("UBND xã Tân An", "ORG", **UBXA),
    E("Sở Tài nguyên và Môi trường tỉnh An Giang", "ORG", level="province", **P),
    E("Nguyễn Thành Tâm", "PER", role="Phó giám đốc Sở Tài nguyên và Môi trường tỉnh An Giang"),
    # "Sở đã cử cán bộ" (bare "Sở") gives nothing (rule 20); "đoàn công tác liên ngành" is an ad hoc team
    E("UBND huyện Tân Châu", "ORG", canonical="Ủy ban nhân dân huyện Tân Châu", level="district", **P),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh An Giang", level="province", **P),
    E("Công ty Xây lắp", "ORG", **CTXL),  # short reference fixing the one company (rule 19)
]
