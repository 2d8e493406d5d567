"""baomoi-21491378: Quảng Ninh, the Prime Minister's concluding notice after working with the provincial leaders:
investment, logistics, tourism, the Vân Đồn special zone and airport (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ảnh minh họa"),
]

STATS: list = []

ENTS = [
    E("Tỉnh Quảng Ninh", "LOC", level="province"),
    E("Nguyễn Xuân Phúc", "PER", role="Thủ tướng"),
    E("tỉnh Quảng Ninh", "LOC", level="province"),
    E("Chính phủ", "ORG", level="national"),
    E("Chính phủ", "ORG", ctx="Thủ tướng Chính phủ lưu ý", level="national"),
    E("Đảng", "ORG", ctx="Nghị quyết của Đảng", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("Quốc hội", "ORG", level="national"),
    E("Chính phủ", "ORG", level="national"),
    E("Nghị quyết Đại hội đảng bộ Tỉnh nhiệm kỳ 2015 - 2020", "DOC", type="Nghị quyết",
      issuer="Đại hội Đảng bộ tỉnh Quảng Ninh nhiệm kỳ 2015 - 2020"),
    E("Hà Nội", "LOC", ctx="Thủ đô Hà Nội", level="province"),
    E("thành phố Hồ Chí Minh", "LOC", level="province"),
    E("Hải Phòng", "LOC", level="province"),
    E("Đà Nẵng", "LOC", level="province"),
    E("Quảng Ninh", "LOC", level="province"),
    E("Quảng Ninh", "LOC", ctx="Đồng thời, Quảng Ninh", level="province"),
    E("Chính phủ", "ORG", ctx="Nghị quyết của Chính phủ về", level="national"),
    E("Quảng Ninh", "LOC", ctx="vào Quảng Ninh", level="province"),
    E("Nghị quyết 35", "DOC", type="Nghị quyết", number="35", issuer="Chính phủ"),
    E("Chính phủ", "ORG", level="national"),
    E("Quảng Ninh", "LOC", ctx="chính quyền Quảng Ninh", level="province"),
    E("Quảng Ninh", "LOC", ctx="Bên cạnh đó, Quảng Ninh", level="province"),
    E("Trung Quốc", "LOC", level="country"),
    E("cảng hàng không Vân Đồn", "LOC", type="airport"),
    E("Khu hành chính - kinh tế đặc biệt Vân Đồn", "LOC"),
    E("Chính phủ", "ORG", ctx="Thủ tướng Chính phủ đồng ý, giao", level="national"),
    E("Bộ Kế hoạch và Đầu tư", "ORG", level="national"),
    E("Bộ Nội vụ", "ORG", level="national"),
    E("Chính phủ", "ORG", ctx="báo cáo Chính phủ", level="national"),
    E("Chính phủ", "ORG", ctx="Thủ tướng Chính phủ cũng", level="national"),
    E("Cảng hàng không Vân Đồn", "LOC", type="airport"),
    E("Bộ Giao thông vận tải", "ORG", level="national"),
    E("Chính phủ", "ORG", ctx="trình Thủ tướng Chính phủ", level="national"),
    E("Ủy ban nhân dân tỉnh Quảng Ninh", "ORG", level="province"),
    E("cảng hàng không Vân Đồn", "LOC", type="airport"),
    E("Hoàng Diên", "PER"),
]
