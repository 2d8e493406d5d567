"""vntc-test-XH_VNE_T_-211: Quảng Bình / Hà Tĩnh, houses and stalls encroach on the safety corridor of the Hồ Chí Minh
road; district and provincial committees on the unclear boundary (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

QB = dict(province="Quảng Bình")
HT = dict(province="Hà Tĩnh")
DHCM = dict(type="road", canonical="đường Hồ Chí Minh")

ENTS = [
    E("Đường Hồ Chí Minh", "LOC", **DHCM),
    E("thị xã Đồng Hới", "LOC", level="district", **QB),
    E("Tân Ấp", "LOC", **QB),  # "vùng Tân Ấp": "vùng" is no place word (rule 28)
    E("tỉnh Hà Tĩnh", "LOC", level="province", **HT),
    E("xã Thuận Đức", "LOC", level="commune", **QB),
    E("Đồng Hới", "LOC", level="district", **QB),
    # a state farm named as a stretch of the route (a place, as dev3's "nông trường 717"; not acting as a body)
    E("Nông trường Việt - Trung", "LOC", **QB),
    E("xã Phú Định", "LOC", level="commune", **QB),
    E("Bố Trạch", "LOC", level="district", **QB),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    E("quốc lộ 15A", "LOC", type="road"),
    E("cầu Ồ Ồ", "LOC", type="bridge", **QB),
    E("Đồng Hới", "LOC", level="district", **QB),
    E("động Phong Nha", "LOC", type="cave", **QB),
    E("cầu Xuân Sơn", "LOC", type="bridge", **QB),
    E("Troóc", "LOC", **QB),  # "khu vực Troóc" (rule 28)
    E("xã Phúc Trạch", "LOC", level="commune", **QB),
    E("Bố Trạch", "LOC", level="district", **QB),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    E("Thoan", "PER"),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    E("Troóc", "LOC", **QB),  # "vùng Troóc"
    E("đèo Đá Đẽo", "LOC", type="pass", **QB),
    E("huyện Tuyên Hóa", "LOC", level="district", **QB),
    E("Minh Hóa", "LOC", level="district", canonical="huyện Minh Hóa", **QB),  # bare conjunct (dev18 B d3)
    E("cầu Trung Hóa", "LOC", type="bridge", **QB),
    E("Minh Hóa", "LOC", level="district", **QB),
    E("Tân", "PER"),
    E("xã Trung Hóa", "LOC", level="commune", **QB),
    E("xã Phú Định", "LOC", level="commune", **QB),
    E("Bố Trạch", "LOC", level="district", **QB),
    E("Minh Hóa", "LOC", level="district", **QB),
    E("thị xã Đồng Hới", "LOC", level="district", **QB),
    E("cầu Bến Tắt", "LOC", type="bridge", **QB),
    E("tỉnh Quảng Bình", "LOC", level="province", **QB),
    E("Quảng Trị", "LOC", level="province", canonical="tỉnh Quảng Trị", province="Quảng Trị"),  # rule 21
    E("Mỹ Đức", "LOC", **QB),
    E("tỉnh Hà Tĩnh", "LOC", level="province", **HT),
    E("huyện Hương Khê", "LOC", level="district", **HT),
    E("Nguyễn Hữu Diễn", "PER", role="Phó chủ tịch UBND huyện Hương Khê"),
    E("UBND huyện Hương Khê", "ORG", canonical="Ủy ban nhân dân huyện Hương Khê", level="district", **HT),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    # "hai văn bản" (unnumbered) are no DOC (rule 33)
    E("Chính phủ", "ORG", canonical="Chính phủ", level="national"),  # "Thủ tướng Chính phủ" (rule 24)
    E("Bộ Giao thông - vận tải", "ORG", canonical="Bộ Giao thông vận tải", level="national"),
    E("Mai Xuân Thu", "PER", role="phó chủ tịch UBND tỉnh Quảng Bình"),
    E("UBND tỉnh Quảng Bình", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Bình", level="province", **QB),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Bình", level="province", **QB),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    E("đường Hồ Chí Minh", "LOC", **DHCM),
    E("Ban quản lý đường Hồ Chí Minh", "ORG", level="national"),  # one body, no nested road (rule 18)
]
