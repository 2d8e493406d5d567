"""baomoi-21508743: TP Hồ Chí Minh / Bình Dương, the city starts building the new Miền Đông bus station
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Phối cảnh bến xe Miền Đông mới."),
    B("Theo Vnexpress", kind="source"),
]

STATS: list = []

ENTS = [
    E("quận 9", "LOC"),
    E("tỉnh Bình Dương", "LOC"),
    E("bến xe Miền Đông", "LOC"),
    E("quận Bình Thạnh", "LOC"),
    E("Bến xe Miền Đông", "LOC"),
    E("quận 9", "LOC"),
    E("TP HCM", "LOC"),
    E("Sở Giao thông Vận tải", "ORG"),
    E("Thành ủy TP HCM", "ORG"),
    E("Đinh La Thăng", "PER"),
    E("UBND TP HCM", "ORG"),
    E("bến xe Miền Đông", "LOC", ctx="phê duyệt, bến xe"),
    E("phường Long Bình", "LOC"),
    E("quận 9", "LOC"),
    E("TP HCM", "LOC"),
    E("phường Bình Thắng", "LOC"),
    E("thị xã Dĩ An", "LOC"),
    E("tỉnh Bình Dương", "LOC"),
    E("bến xe miền Đông", "LOC"),
    E("tuyến metro số 1", "LOC"),
    E("Bến Thành", "LOC"),
    E("Suối Tiên", "LOC"),
    E("Bình Dương", "LOC"),
    E("Đồng Nai", "LOC"),
]
