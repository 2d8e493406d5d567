"""baomoi-21481565: TP Hồ Chí Minh, the city party secretary works with quận 2's party committee and questions the
district police on rising crime and traffic accidents (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # credited photo caption glued into the text
    B("Bí thư Thành ủy TP HCM Đinh La Thăng truy vấn", "Ảnh: Thiên Ngôn"),
    # source line without an author (test README d4)
    B("Theo Vnexpress", kind="source"),
]

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
TU = dict(canonical="Thành ủy TP Hồ Chí Minh", level="province", **P)
CAQ2 = dict(canonical="Công an quận 2", level="district", **P)
UBQ2 = dict(canonical="Ủy ban nhân dân quận 2", level="district", **P)
Q2 = dict(canonical="quận 2", level="district", **P)
BC = dict(level="district", **P)

ENTS = [
    E("Thành ủy TP HCM", "ORG", **TU),  # "Bí thư Thành ủy TP HCM" (rule 24)
    E("Công an quận 2", "ORG", **CAQ2),
    E("huyện Bình Chánh", "LOC", **BC),
    E("Quận ủy quận 2", "ORG", canonical="Quận ủy quận 2", level="district", **P),
    E("Thành ủy TP HCM", "ORG", **TU),
    E("Đinh La Thăng", "PER", role="Bí thư Thành ủy TP HCM"),
    # "yêu cầu công an giải trình": bare lower-case "công an" gives nothing (dev21 B d5)
    E("Trần Văn Hiếu", "PER", role="Trưởng Công an quận 2"),  # rank "Trung tá" out
    E("Công an quận 2", "ORG", **CAQ2),
    E("Thăng", "PER"),
    E("Quận 2", "LOC", **Q2),  # capitalised unit word kept as written (dev21 A d4)
    E("Hiếu", "PER"),
    # "\"Quận có 156.000 dân": capitalised "Quận" at the start of a quote is a reference (dev18 A d3)
    E("xã Vĩnh Lộc A", "LOC", level="commune", **P),
    E("huyện Bình Chánh", "LOC", **BC),
    E("Thăng", "PER"),
    E("Hiếu", "PER"),
    E("Thăng", "PER"),
    # caption (boilerplate): "Bí thư Thành ủy TP HCM Đinh La Thăng truy vấn Trưởng Công an quận 2. Ảnh: Thiên Ngôn"
    E("Hiếu", "PER", ctx="\"Chia lửa\" với ông Hiếu"),
    E("UBND quận 2", "ORG", **UBQ2),
    E("Bùi Thanh Khiết", "PER", role="Phó chủ tịch UBND quận 2"),
    E("quận 2", "LOC", **Q2),  # "trên địa bàn quận 2"
    E("Thăng", "PER"),
    E("khu đô thị mới Thủ Thiêm", "LOC", type="urban_area", **P),  # test README d6
    E("Công an quận 2", "ORG", **CAQ2),
    E("Thăng", "PER"),
    E("quận 2", "LOC", **Q2),  # "nếu quận 2 cũng giảm" (rule 29)
    E("Thăng", "PER"),
    E("Thành ủy", "ORG", **TU),  # "Người đứng đầu Thành ủy"
    E("Thăng", "PER"),
    # "đoàn công tác của Thành ủy TP HCM": the team gives nothing, its body is ORG (dev3 d1)
    E("Thành ủy TP HCM", "ORG", **TU),
    E("UBND quận 2", "ORG", **UBQ2),
    E("Nguyễn Phước Hưng", "PER", role="Chủ tịch UBND quận 2"),
    E("đường Đồng Văn Cống", "LOC", type="street", **P),  # "tuyến đường …": "tuyến" is a classifier (dev12 A d2)
    E("cảng Cát Lái", "LOC", type="port", **P),
    # "Theo Vnexpress" (source line, boilerplate)
]
