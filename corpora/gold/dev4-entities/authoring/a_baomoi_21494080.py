"""baomoi-21494080: TP Hồ Chí Minh, the city's chairman and the planning department on household businesses
(entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Hộ kinh doanh cá thể đang được TP HCM", "Ảnh: Tấn Thạnh"),
]

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("Sở Kế hoạch và Đầu tư", "ORG"),
    E("TP HCM", "LOC"),
    E("UBND TP", "ORG"),
    E("Nguyễn Thành Phong", "PER"),
    E("TP HCM", "LOC"),
    E("Sở KH-ĐT TP", "ORG"),
    E("Sử Ngọc Anh", "PER"),
    E("Võ Văn Hoan", "PER"),
    E("Văn phòng UBND TP", "ORG"),
    E("chợ Bến Thành", "LOC"),
    E("chợ Lớn", "LOC"),
    E("Lê Thị Huỳnh Mai", "PER"),
    E("Sở KH-ĐT TP", "ORG"),
    E("UBND TP", "ORG"),
    E("Nguyễn Thành Phong", "PER"),
    E("Phong", "PER", ctx="ông Phong"),
    E("Sở KH-ĐT", "ORG"),
    E("UBND TP", "ORG"),
    E("UBND TP", "ORG"),
    E("Nguyễn Thành Phong", "PER"),
    E("Quốc hội", "ORG"),
    E("TP HCM", "LOC"),
    E("UBND TP", "ORG"),
    E("UBND TP", "ORG"),
    E("Nguyễn Thành Phong", "PER"),
    E("Sở KH-ĐT", "ORG"),
    E("Văn phòng UBND TP", "ORG"),
    E("Võ Văn Hoan", "PER"),
    E("Sở KH-ĐT", "ORG"),
    E("THÁI PHƯƠNG", "PER"),
]
