"""baomoi-21481048: Hà Nội Party Committee plan 31-KH/TU, 2017 socio-economic and budget targets."""

from _dsl import B, E, S

P = "Hà Nội"

BOILERPLATE = [
    B('Hà Nội sẽ', '(ảnh Internet)'),
]

STATS = [
    S("từ 8,5 - 9%", "%", "range", high=9, ind="tốc độ tăng GRDP"),
    S("từ 86 đến 88 triệu đồng", "VND", "range", value=86e6, high=88e6, ind="GRDP bình quân đầu người"),
    S("từ 11 đến 12%", "%", "range", high=12, ind="tốc độ tăng vốn đầu tư phát triển trên địa bàn"),
    S("từ 4 đến 5%", "%", "range", high=5, ind="tốc độ tăng kim ngạch xuất khẩu"),
    S("204.772.000 triệu đồng", "VND", "money", value=204772000e6,
      ind="tổng thu ngân sách nhà nước trên địa bàn"),
    S("78.539.245 triệu đồng", "VND", "money", value=78539245e6, ind="tổng thu ngân sách địa phương"),
    S("78.043.245 triệu đồng", "VND", "money", value=78043245e6, ind="tổng chi ngân sách địa phương"),
    # written "33,448.222": a typo for 33.448.222 (the parts add up: 33.448.222 + 42.067.663 < 78.043.245)
    S("33,448.222 triệu đồng", "VND", "money", value=33448222e6, ind="chi đầu tư phát triển"),
    S("42.067.663 triệu đồng", "VND", "money", value=42067663e6, ind="chi thường xuyên"),
    S("496.000 triệu đồng", "VND", "money", value=496000e6, ind="bội thu ngân sách địa phương"),
    S("3.500 tỷ đồng", "VND", "money", ind="trái phiếu xây dựng Thủ đô"),
]

ENTS = [
    E("Thành ủy Hà Nội", "ORG", canonical="Thành ủy Hà Nội", level="province", province=P),
    E("Kế hoạch số 31-KH/TU", "DOC", type="Kế hoạch", number="31", code="KH/TU", issuer="Thành ủy Hà Nội"),
    E("Duy Hoàng", "PER"),
]
