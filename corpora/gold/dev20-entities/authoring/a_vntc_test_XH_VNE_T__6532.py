"""vntc-test-XH_VNE_T_-6532: Nghệ An, forest land of huyện Quỳ Châu went to district and commune officials while the
villagers of bản Hạnh Tiến have none; the district chairman explains the allocation (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ý kiến của bạn", kind="related"),  # the page's comment prompt at the end (page furniture, no text of the article)
]

STATS: list = []

P = dict(province="Nghệ An")
V = dict(level="village", **P)
C = dict(level="commune", **P)
QC = dict(canonical="huyện Quỳ Châu", level="district", **P)
ND02 = dict(type="Nghị định", number="02")
ND163 = dict(type="Nghị định", number="163")
ROAD = dict(type="road")

ENTS = [
    # "huyện miền núi Quỳ Châu": an adjective between the unit word and the name (dev2 d1)
    E("Quỳ Châu", "LOC", **QC),
    E("Nghệ An", "LOC", level="province", **P),
    E("bản Hạnh Tiến", "LOC", **V),
    E("xã Châu Hạnh", "LOC", **C),
    E("Quỳ Châu", "LOC", **QC),
    E("Khe Bấn", "LOC", **P),  # "khu vực Khe Bấn" ("khu vực" is no place word, rule 28)
    E("Châu Hội", "LOC", canonical="xã Châu Hội", **C),  # "2 xã Châu Hội và Châu Hạnh" (rule 28)
    E("Châu Hạnh", "LOC", canonical="xã Châu Hạnh", **C),
    # "Nhà nước" nothing (rule 20)
    E("Nghị định 02", "DOC", **ND02),
    E("Nghị định 163", "DOC", **ND163),
    E("Khe Bấn", "LOC", **P),  # "đất rừng Khe Bấn"
    E("bản Hạnh Tiến", "LOC", **V),
    E("quốc lộ 48", "LOC", **ROAD),
    E("bản Hạnh Tiến", "LOC", **V),
    E("Trần Văn Miên", "PER"),
    E("Đậu Văn Ka", "PER"),
    E("Trần Văn Tiến", "PER"),
    E("Bùi Xuân Liệu", "PER"),
    E("Nguyễn Văn Huy", "PER"),
    E("Nguyễn Văn Duy", "PER"),
    E("Trần Văn Long", "PER"),
    E("Trần Văn Lương", "PER"),
    E("Trần Văn Lê", "PER"),
    E("trường dân tộc Nội trú Quỳ Châu", "ORG", canonical="Trường Phổ thông Dân tộc nội trú Quỳ Châu", **P),
    E("UBND huyện", "ORG", canonical="Ủy ban nhân dân huyện Quỳ Châu", level="district", **P),
    E("Trần Văn Mỹ", "PER", role="Chủ tịch UBND huyện Quỳ Châu"),
    E("UBND huyện Quỳ Châu", "ORG", level="district", **P),
    E("Trần Văn Mỹ", "PER"),
    E("Nghị định 02", "DOC", **ND02),
    E("Nghị định 163", "DOC", **ND163),
    E("Nghị định 02", "DOC", **ND02),
    E("Nghị định 163", "DOC", **ND163),
    E("Nghị định 02", "DOC", **ND02),
    # "chuyển đổi Nghị định 02 sang thực hiện theo 163": the bare number stands for the decree (rule 21's "số 218")
    E("163", "DOC", **ND163),
    E("bản Hạnh Tiến", "LOC", **V),
    E("quốc lộ 48", "LOC", **ROAD),
]
