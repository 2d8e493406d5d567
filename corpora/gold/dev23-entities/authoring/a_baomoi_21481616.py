"""baomoi-21481616: Nghệ An, the provincial police's immigration office (PA72) and phường Trường Thi organise the
post-Tết passport rush in Vinh (entities only)."""

from _dsl import B, E

# Four photo captions without credit, each glued before the next body sentence (test README decision 2); the
# first repeats the title.
BOILERPLATE = [
    B("Người dân xứ Nghệ đổ xô", "giấy thông hành đầu năm"),
    B("Điểm mới trong việc làm hộ chiếu", "để được giải quyết"),
    B("Người dân xếp hàng theo thứ tự", "như những năm trước"),
    B("Cán bộ hướng dẫn mỗi lần 20 người", "hoàn thành các thủ tục"),
]

STATS: list = []

P = dict(province="Nghệ An")
PA72 = dict(canonical="Phòng Quản lý xuất nhập cảnh Công an tỉnh Nghệ An", level="province", **P)
CANA = dict(canonical="Công an tỉnh Nghệ An", level="province", **P)
VINH = dict(level="district", **P)

ENTS = [
    E("thành phố Vinh", "LOC", **VINH),
    # caption (boilerplate): "Người dân xứ Nghệ đổ xô đi làm hộ chiếu, giấy thông hành đầu năm"
    # "Phòng quản lý xuất nhập cảnh (PA72 – Công an Nghệ An)": unit, its code, its parent (test README d9)
    E("Phòng quản lý xuất nhập cảnh", "ORG", **PA72),
    E("PA72", "ORG", **PA72),
    E("Công an Nghệ An", "ORG", **CANA),
    E("thành phố Vinh", "LOC", **VINH),
    # "trụ sở Phòng PA72- Công an Nghệ An": the headquarters gives its body (dev4 d1); unit and parent split by the
    # dash (test README d9, dev13 B's "Cục Công sản - Bộ Tài chính")
    E("Phòng PA72", "ORG", **PA72),
    E("Công an Nghệ An", "ORG", **CANA),
    # caption (boilerplate): "Điểm mới trong việc làm hộ chiếu ..."
    # "lực lượng cảnh sát trật tự" (a force, no name) gives nothing
    E("công an phường Trường Thi", "ORG", canonical="Công an phường Trường Thi", level="commune", **P),  # dev3 d3
    # caption (boilerplate): "Người dân xếp hàng theo thứ tự ..."
    E("Phòng PA72", "ORG", **PA72),
    E("phường Trường Thi", "LOC", level="commune", **P),  # "chính quyền phường Trường Thi" (dev10 A d3)
    # caption (boilerplate): "Cán bộ hướng dẫn mỗi lần 20 người ..."
    # "Phòng PA72 Công an Nghệ An" without a separator: one ORG, a unit with its parent (dev8 B d5, dev21 A d2)
    E("Phòng PA72 Công an Nghệ An", "ORG", **PA72),
    E("Phòng PA72 Công an Nghệ An", "ORG", **PA72),
    E("Bộ Công an", "ORG", canonical="Bộ Công an", level="national"),
    E("Phòng PA72 Công an Nghệ An", "ORG", **PA72),
    E("Ngô Toàn", "PER"),  # byline
]
