"""vntc-test-XH_VNE_T_-7465: TP Hồ Chí Minh, city departments plan support for closed poultry slaughterhouses, an
inspection team seizes eggs, and the transport department sets the routes to the three slaughter plants
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **P)
HGHD = dict(canonical="Công ty TNHH Huỳnh Gia Huynh Đệ", **P)
PAS = dict(canonical="Công ty Phú An Sinh", **P)
AN = dict(type="facility", canonical="cơ sở An Nhơn", **P)
TKD = dict(type="facility")  # quarantine checkpoints on the routes (places, like dev5's water stations)
ROAD = dict(type="road")

ENTS = [
    E("Sở Tài chính TP HCM", "ORG", level="province", **P),
    E("Sở Thương mại", "ORG", canonical="Sở Thương mại TP Hồ Chí Minh", level="province", **P),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính TP Hồ Chí Minh", level="province", **P),
    E("Sở Nông nghiệp và phát triển nông thôn", "ORG",
      canonical="Sở Nông nghiệp và Phát triển nông thôn TP Hồ Chí Minh", level="province", **P),
    E("Sở Lao động -Thương binh và xã hội", "ORG",
      canonical="Sở Lao động - Thương binh và Xã hội TP Hồ Chí Minh", level="province", **P),
    E("Hội phụ nữ TP HCM", "ORG", canonical="Hội Liên hiệp Phụ nữ TP Hồ Chí Minh", level="province", **P),
    # "UBND các quận, huyện" (a class, rule 20) nothing
    E("Sở Lao động - Thương binh và xã hội", "ORG",
      canonical="Sở Lao động - Thương binh và Xã hội TP Hồ Chí Minh", level="province", **P),
    E("Võ Thị Hiền", "PER", role="Phó chủ tịch UBND quận 8"),
    E("UBND quận 8", "ORG", canonical="Ủy ban nhân dân quận 8", level="district", **P),
    # bare "Ban chỉ đạo": the city's one bird-flu steering committee (dev14 B d7, dev8 B d3)
    E("Ban chỉ đạo", "ORG", canonical="Ban chỉ đạo phòng chống dịch cúm gia cầm TP Hồ Chí Minh",
      level="province", **P),
    E("Hiền", "PER"),
    E("hẻm 399", "LOC", type="road", **P),  # dev3 d6: an alley is a road
    E("quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),
    E("phường 5", "LOC", level="commune", **P),
    E("quận 8", "LOC", level="district", **P),
    E("UBND TP HCM", "ORG", **UB),
    E("Phạm Thị Hoa", "PER"),
    E("cơ sở giết mổ Phúc Hoa", "LOC", type="facility", **P),  # a named slaughterhouse (dev14 B d6)
    E("cơ sở Huỳnh Gia Huynh Đệ", "LOC", type="facility", **P),  # "cạnh cơ sở ...": the plant as a place
    # "máy móc ... của công nghệ Hà Lan": a product's origin (dev4 d3) nothing
    # "đội cơ động kiểm tra liên ngành số 3": an ad hoc team (dev3 d1) nothing
    E("cửa hàng Quang Phượng", "ORG", **P),  # a shop (a business, dev14 B d6's "quán Phương Nam")
    E("Trần Não", "LOC", canonical="đường Trần Não", type="street", **P),  # house number out (dev14 B d1)
    E("phường Bình An", "LOC", level="commune", **P),
    E("quận 2", "LOC", level="district", **P),
    E("Kim Phượng", "ORG", canonical="cửa hàng Kim Phượng", **P),  # the shop's former name
    # "trứng gà Trung Quốc" (a product's origin) nothing
    E("TP HCM", "LOC", level="province", **P),
    E("UBND TP HCM", "ORG", **UB),
    E("Huỳnh Hữu Lợi", "PER", role="Chi cục trưởng thú y TP HCM"),
    # "Chi cục trưởng thú y TP HCM": the unit after the fused title (dev7 B d1), lower case as written
    E("thú y TP HCM", "ORG", canonical="Chi cục Thú y TP Hồ Chí Minh", level="province", **P),
    E("TP HCM", "LOC", level="province", **P),
    E("phường 5", "LOC", level="commune", **P),
    E("quận 8", "LOC", level="district", **P),
    E("xã Bình Hưng", "LOC", level="commune", **P),  # "khu vực xã Bình Hưng"
    E("huyện Bình Chánh", "LOC", level="district", **P),
    E("Lợi", "PER"),
    E("Lợi", "PER"),
    E("TP HCM", "LOC", level="province", **P),
    E("Tiền Giang", "LOC", level="province", province="Tiền Giang"),
    E("Đồng Nai", "LOC", level="province", province="Đồng Nai"),
    E("Bình Dương", "LOC", level="province", province="Bình Dương"),
    E("Sở Giao thông công chính TP HCM", "ORG", level="province", **P),
    E("UBND TP HCM", "ORG", **UB),
    # route 1: to the Huỳnh Gia Huynh Đệ company (itineraries: one LOC per road or stop, dev11 A d1)
    E("công ty TNHH Huỳnh Gia Huynh Đệ", "ORG", **HGHD),
    E("Quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),  # "E8/212A Quốc lộ 50": house number out (dev14 B d1)
    E("xã Phong Phú", "LOC", level="commune", **P),
    E("huyện Bình Chánh", "LOC", level="district", **P),
    E("Miền Tây", "LOC", level="region"),
    E("trạm kiểm dịch An Lạc", "LOC", **TKD),
    E("quốc lộ 1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("Nguyễn Văn Linh", "LOC", canonical="đường Nguyễn Văn Linh", **ROAD, **P),
    E("quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),
    E("công ty TNHH Huỳnh Gia Huynh Đệ", "ORG", **HGHD),
    E("Tây Ninh", "LOC", level="province", province="Tây Ninh"),
    E("trạm kiểm dịch An Sương", "LOC", **TKD),
    E("quốc lộ 22", "LOC", canonical="quốc lộ 22", **ROAD),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("quốc lộ 1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("Nguyễn Văn Linh", "LOC", canonical="đường Nguyễn Văn Linh", **ROAD, **P),
    E("quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),
    E("Công ty TNHH Huỳnh Gia Huynh Đệ", "ORG", **HGHD),
    E("Bình Dương", "LOC", level="province", province="Bình Dương"),
    E("trạm kiểm dịch Vĩnh Bình", "LOC", **TKD),
    E("quốc lộ 13", "LOC", canonical="quốc lộ 13", **ROAD),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("quốc lộ 1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("Nguyễn Văn Linh", "LOC", canonical="đường Nguyễn Văn Linh", **ROAD, **P),
    E("quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),
    E("công ty TNHH Huỳnh Gia Huynh Đệ", "ORG", **HGHD),
    E("Đồng Nai", "LOC", level="province", province="Đồng Nai"),
    E("trạm kiểm dịch Xa lộ Hà Nội", "LOC", **TKD),  # a checkpoint named by its road: one LOC
    E("trạm kiểm dịch QL 1A", "LOC", **TKD),
    E("cầu Đồng Nai", "LOC", type="bridge"),
    E("Xa lộ Hà Nội", "LOC", canonical="xa lộ Hà Nội", **ROAD, **P),
    E("QL 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("QL1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("Nguyễn Văn Linh", "LOC", canonical="đường Nguyễn Văn Linh", **ROAD, **P),
    E("quốc lộ 50", "LOC", canonical="quốc lộ 50", **ROAD),
    E("công ty TNHH Huỳnh Gia Huynh Đệ", "ORG", **HGHD),
    # route 2: to the An Nhơn plant
    E("cơ sở An Nhơn", "LOC", **AN),
    E("Lê Đức Thọ", "LOC", canonical="đường Lê Đức Thọ", type="street", **P),
    E("quận Gò Vấp", "LOC", level="district", **P),
    E("miền Tây", "LOC", level="region"),
    E("trạm kiểm dịch An Lạc", "LOC", **TKD),
    E("QL 1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("QL 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Lê Đức Thọ", "LOC", canonical="đường Lê Đức Thọ", type="street", **P),
    E("cơ sở An Nhơn", "LOC", **AN),
    E("Tây Ninh", "LOC", level="province", province="Tây Ninh"),
    E("trạm kiểm dịch An Sương", "LOC", **TKD),
    E("QL 22", "LOC", canonical="quốc lộ 22", **ROAD),
    E("QL 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Lê Đức Thọ", "LOC", canonical="đường Lê Đức Thọ", type="street", **P),
    E("cơ sở An Nhơn", "LOC", **AN),
    E("Bình Dương", "LOC", level="province", province="Bình Dương"),
    E("trạm kiểm dịch Vĩnh Bình", "LOC", **TKD),
    E("QL 13", "LOC", canonical="quốc lộ 13", **ROAD),
    E("QL 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Lê Đức Thọ", "LOC", canonical="đường Lê Đức Thọ", type="street", **P),
    E("cơ sở An Nhơn", "LOC", **AN),
    E("Đồng Nai", "LOC", level="province", province="Đồng Nai"),
    E("trạm kiểm dịch xa lộ Hà Nội", "LOC", **TKD),
    E("cầu Đồng Nai", "LOC", type="bridge"),
    E("Xa lộ Hà Nội", "LOC", canonical="xa lộ Hà Nội", **ROAD, **P),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Lê Đức Thọ", "LOC", canonical="đường Lê Đức Thọ", type="street", **P),
    E("cơ sở An Nhơn", "LOC", **AN),
    # route 3: to the Phú An Sinh company
    E("công ty Phú An Sinh", "ORG", **PAS),
    E("Tô Ngọc Vân", "LOC", canonical="đường Tô Ngọc Vân", type="street", **P),
    E("phường Thạnh Xuân", "LOC", level="commune", **P),
    E("quận 12", "LOC", level="district", **P),
    E("miền Tây", "LOC", level="region"),
    E("trạm kiểm dịch An Lạc", "LOC", **TKD),
    E("quốc lộ 1", "LOC", canonical="quốc lộ 1", **ROAD),
    E("QL 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Tô Ngọc Vân", "LOC", canonical="đường Tô Ngọc Vân", type="street", **P),
    E("công ty Phú An Sinh", "ORG", **PAS),
    E("Tây Ninh", "LOC", level="province", province="Tây Ninh"),
    E("trạm kiểm dịch An Sương", "LOC", **TKD),
    E("quốc lộ 22", "LOC", canonical="quốc lộ 22", **ROAD),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Tô Ngọc Vân", "LOC", canonical="đường Tô Ngọc Vân", type="street", **P),
    E("công ty An Phú Sinh", "ORG", **PAS),  # the source's slip for Phú An Sinh, as written (dev8 B d8)
    E("Bình Dương", "LOC", level="province", province="Bình Dương"),
    E("trạm kiểm dịch Vĩnh Bình", "LOC", **TKD),
    E("quốc lộ 13", "LOC", canonical="quốc lộ 13", **ROAD),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Tô Ngọc Vân", "LOC", canonical="đường Tô Ngọc Vân", type="street", **P),
    E("công ty Phú An Sinh", "ORG", **PAS),
    E("Đồng Nai", "LOC", level="province", province="Đồng Nai"),
    E("trạm kiểm dịch Xa lộ Hà Nội", "LOC", **TKD),
    E("cầu Đồng Nai", "LOC", type="bridge"),
    E("Xa Lộ Hà Nội", "LOC", canonical="xa lộ Hà Nội", **ROAD, **P),
    E("quốc lộ 1A", "LOC", canonical="quốc lộ 1A", **ROAD),
    E("Tô Ngọc Vân", "LOC", canonical="đường Tô Ngọc Vân", type="street", **P),
    E("công ty Phú An Sinh", "ORG", **PAS),
]
