"""vntc-train-XH_TT_-2624: Cần Thơ, private electricity groups and cooperatives resell power above the set price;
the city's industry department, the power company and commune committees explain (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP Cần Thơ", "LOC"),
    E("Điện lực TP Cần Thơ", "ORG"),
    E("Sở Công nghiệp TP Cần Thơ", "ORG"),
    E("HTX Tân Lộc", "ORG"),  # "tổ điện HTX Tân Lộc": the cooperative's power group
    E("huyện Thốt Nốt", "LOC"),
    E("HTX Công Nông", "ORG"),
    E("huyện Vĩnh Thạnh", "LOC"),
    E("HTX Tân Thới", "ORG"),
    E("huyện Phong Điền", "LOC"),
    E("Hoàng Hữu Kỳ", "PER"),
    E("chi nhánh Điện Ô Môn", "ORG"),  # "trưởng chi nhánh ...": rule 23
    E("xã Thới Thạnh", "LOC"),
    E("Cờ Đỏ", "LOC"),
    E("Nguyễn Văn Xuân", "PER"),
    E("phòng thanh tra bảo vệ - pháp chế Điện lực Cần Thơ", "ORG"),  # a unit with its parent (dev8 B decision 5)
    E("Trần Ngọc Liêm", "PER"),
    E("HTX điện Tân Thới", "ORG"),
    E("huyện Phong Điền", "LOC"),
    E("UBND xã", "ORG", ctx="UBND xã giao"),  # the committee of the Tân Thới cooperative's commune (one body)
    E("Trần Văn Mới", "PER"),
    E("UBND xã Thới Thạnh", "ORG"),
    E("huyện Cờ Đỏ", "LOC"),
    E("xã Thới Thạnh", "LOC"),
    E("Mới", "PER", ctx="theo ông Mới"),
    E("UBND xã", "ORG", ctx="lỏng lẻo của UBND xã"),
    E("Võ Thanh Hùng", "PER"),
    E("Sở Công Nghiệp TP Cần Thơ", "ORG"),
    # "UBND nhiều xã", "các UBND huyện, xã": classes (rule 20)
    E("Phan Trọng Trang", "PER"),
    E("tổ kinh doanh và điện nông thôn", "ORG"),  # "tổ trưởng tổ ...": the power company's unit (rule 23)
    E("Điện lực Cần Thơ", "ORG"),
    E("Trang", "PER", ctx="ông Trang nói"),
]
