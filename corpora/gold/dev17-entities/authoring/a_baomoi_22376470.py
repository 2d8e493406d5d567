"""baomoi-22376470: Quảng Nam, a national workshop at Hội An on the erosion study the provincial committee
commissioned for Cửa Đại beach (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Quang cảnh buổi hội thảo quốc gia về nghiên cứu chống xói lở Cửa Đại", "Ảnh: Nam Dương"),
    B("GS.TSKH Nguyễn Kim Đan trình bày kết quả 10 tháng nghiên cứu", "Ảnh: Nam Dương."),
    B("Ứng dụng phương pháp nuôi bãi cứu bờ biển Cửa Đại", "Ảnh: Nam Dương."),
]

STATS: list = []

QN = dict(province="Quảng Nam")
HA = dict(level="district", **QN)  # "bờ biển / vùng biển / biển Hội An": the town's coast, the town is the LOC
CD = dict(**QN)
BNN = dict(canonical="Bộ Nông nghiệp và Phát triển nông thôn", level="national")
CDCN = dict(canonical="Trường Cao đẳng Công nghệ, Kinh tế và Thủy lợi miền Trung", level="national")
UBT = dict(canonical="Ủy ban nhân dân tỉnh Quảng Nam", level="province", **QN)

ENTS = [
    E("Hội An", "LOC", **HA),
    E("Đan", "PER"),
    # places inside the workshop's quoted title (rule 30)
    E("Hội An", "LOC", **HA),
    E("sông Mekong", "LOC", type="river"),
    E("phố cổ Hội An", "LOC", **QN),
    E("Quảng Nam", "LOC", level="province"),
    E("Bộ Nông nghiệp & Phát triển Nông thôn", "ORG", **BNN),
    E("Trường Cao đẳng Công nghệ, Kinh tế và Thủy lợi miền Trung", "ORG", **CDCN),
    # subheading "10 năm, 7km bờ biển Hội An bị sạt lở" is body text
    E("Hội An", "LOC", **HA),
    E("Cửa Đại", "LOC", **CD),
    E("Đinh Văn Thu", "PER", role="Chủ tịch UBND tỉnh Quảng Nam"),
    E("UBND tỉnh Quảng Nam", "ORG", **UBT),
    E("Hội An", "LOC", **HA),
    E("UBND tỉnh", "ORG", **UBT),
    E("Hội An", "LOC", **HA),  # inside the project's quoted title
    E("Trường Cao đẳng Công nghệ, Kinh tế và Thủy lợi miền Trung", "ORG", **CDCN),
    E("Thu", "PER"),
    E("tỉnh Quảng Nam", "LOC", level="province"),
    E("Hoàng Văn Thắng", "PER", role="Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG", **BNN),
    E("Hội An", "LOC", **HA),
    E("Thắng", "PER"),
    E("miền Trung", "LOC", level="region"),
    E("miền Trung", "LOC", level="region"),
    E("Đồng bằng sông Cửu Long", "LOC", level="region"),
    E("Hội An", "LOC", **HA),
    E("Thắng", "PER"),
    E("Nguyễn Kim Đan", "PER"),
    E("Phòng Thí nghiệm Thủy lực Saint – Venant", "ORG"),
    E("Pháp", "LOC", level="country"),
    E("Cửa Đại", "LOC", **CD),
    E("mũi An Hòa", "LOC", type="cape", **QN),
    E("huyện Núi Thành", "LOC", level="district", **QN),
    E("Quảng Nam", "LOC", level="province"),
    E("Sơn Trà", "LOC", province="Đà Nẵng"),
    E("Đà Nẵng", "LOC", level="province"),
    E("Cửa Đại", "LOC", **CD),
    E("Nguyễn Kim Đan", "PER"),
    E("Hội An", "LOC", **HA),
    E("sông Thu Bồn", "LOC", type="river", **QN),
    E("cửa sông Cửa Đại", "LOC", type="estuary", **QN),  # keeps its word, as dev2's "cửa biển Tam Quan"
    E("Hội An", "LOC", **HA),
    E("Hội An", "LOC", **HA),
    E("Hội An", "LOC", **HA),
    E("Đan", "PER"),
    E("Cửa Đại", "LOC", **CD),
    E("Boutique Hoi–An Resort", "LOC", type="facility", **QN),
    E("Cửa Đại", "LOC", **CD),
    E("Nguyễn Kim Đan", "PER"),
    E("Nam Dương", "PER"),  # byline
]
