"""vntc-test-XH_VNE_T_-1136: Thanh Hóa, illegal iron-ore mining on Hòn Quánh hill (huyện Như Thanh) and in huyện
Ngọc Lặc, ore smuggled to China through the province's ports; the customs department and the district chairman
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Thanh Hóa")
C = dict(level="commune", **P)
D = dict(level="district", **P)
V = dict(level="village", **P)
PORT = dict(type="port", **P)
HQ = dict(type="hill", canonical="đồi Hòn Quánh", **P)
CTY = dict(canonical="Công ty sản xuất vật liệu xây dựng và phụ gia xi măng Thanh Hóa", **P)
CN = dict(level="country")

ENTS = [
    E("Thanh Hóa", "LOC", level="province", **P),
    E("đồi Hòn Quánh", "LOC", **HQ),
    E("xã Thanh Kỳ", "LOC", **C),
    E("huyện Như Thanh", "LOC", **D),
    E("tỉnh Thanh Hóa", "LOC", level="province", **P),
    E("Lê Văn Bình", "PER"),
    E("huyện Nông Cống", "LOC", **D),
    E("Công ty sản xuất vật liệu xây dựng và phụ gia xi măng Thanh Hóa", "ORG", **CTY),
    E("Công ty vật liệu xây dựng và phụ gia xi măng Thanh Hóa", "ORG", **CTY),
    # "Công ty được cấp giấy phép" (a capitalised reference, rule 20) nothing
    E("đồi Hòn Quánh", "LOC", **HQ),
    E("làng Nghiện", "LOC", **V),
    E("làng Chò Tráng", "LOC", **V),
    E("xã Cao Ngọc", "LOC", **C),
    E("huyện Ngọc Lặc", "LOC", **D),
    E("Phạm Văn Thành", "PER"),
    E("cảng Hàm Rồng", "LOC", **PORT),
    E("Lễ Môn", "LOC", canonical="cảng Lễ Môn", **PORT),  # bare conjunct (rule 21)
    E("cảng Hới", "LOC", **PORT),
    E("Trung Quốc", "LOC", **CN),
    E("Bùi Văn Mận", "PER", role="Phó Cục trưởng Cục Hải quan tỉnh"),
    E("Cục Hải quan tỉnh", "ORG", canonical="Cục Hải quan tỉnh Thanh Hóa", level="province", **P),
    # "Hiện cục chỉ làm thủ tục", "cục mới làm" (lower-case references) nothing
    E("cảng Lễ Môn", "LOC", **PORT),
    E("cảng Nghi Sơn", "LOC", **PORT),
    E("cảng Lễ Môn", "LOC", **PORT),
    E("cảng Nghi Sơn", "LOC", **PORT),
    # a standing numbered unit of the province's market-control branch (not an ad hoc team): ORG, lower case kept
    E("đội quản lý thị trường số 4", "ORG", canonical="Đội Quản lý thị trường số 4 tỉnh Thanh Hóa", **P),
    E("Trung Quốc", "LOC", **CN),
    E("Mỏ Hòn Quánh", "LOC", type="mine", **P),
    E("Đồi Hòn Quánh", "LOC", **HQ),
    E("Trần Văn Tuấn", "PER", role="Chủ tịch UBND huyện Như Thanh"),
    E("UBND huyện Như Thanh", "ORG", canonical="Ủy ban nhân dân huyện Như Thanh", **D),
    E("Trần Văn Mao", "PER"),
    E("xã Công Chính", "LOC", **C),
    E("huyện Nông Cống", "LOC", **D),
]
