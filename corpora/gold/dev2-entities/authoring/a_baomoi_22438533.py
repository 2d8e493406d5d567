"""baomoi-22438533: Gia Lai, huyện Chư Pah: a department head demoted (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Quyết định giáng chức ông Hòa"),
    B("Một trong những căn nhà xây dựng trái phép"),
]

STATS: list = []

ENTS = [
    E("Nguyễn Hòa", "PER"),
    E("UBND huyện", "ORG"),
    E("thôn 4", "LOC"),
    E("thị trấn Phú Hòa", "LOC"),
    E("Đặng Công Lâm", "PER"),
    E("UBND huyện Chư Pah", "ORG"),
    E("Gia Lai", "LOC"),
    E("Nguyễn Hòa", "PER"),
    E("phòng kinh tế hạ tầng huyện", "ORG"),
    E("đường Hồ Chí Minh", "LOC", type="road"),
    E("TP. Pleiku", "LOC"),
    E("Nghĩa Hòa", "LOC"),
    E("Hòa Phú", "LOC"),
    E("Ủy ban kiểm tra Huyện ủy Chư Pah", "ORG"),
    E("Hòa", "PER", ctx="ông Hòa đã thiếu"),
    E("UBND huyện", "ORG"),
    E("đường điện 500KV Dốc Sỏi-Pleiku 2", "LOC", type="facility"),
    E("Nguyễn Hòa", "PER"),
    E("UBND huyện", "ORG"),
    E("thôn 4", "LOC"),
    E("thị trấn Phú Hòa", "LOC"),
    E("UBND huyện Chư Pah", "ORG"),
]
