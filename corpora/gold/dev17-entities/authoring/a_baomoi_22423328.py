"""baomoi-22423328: Bà Rịa - Vũng Tàu / Đồng Nai, the two provinces' party leaders meet on the investors of the
Cái Mép - Thị Vải inter-port road and the Phước An bridge (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Cảng quốc tế Cái Mép đón siêu tàu container.", "Ảnh: Đoàn Mạnh Dương/TTXVN"),
]

STATS: list = []

BR = dict(province="Bà Rịa - Vũng Tàu")
DN = dict(province="Đồng Nai")
TUDN = dict(canonical="Tỉnh ủy Đồng Nai", level="province", **DN)
CPA = dict(type="port")  # the article does not say which province holds it
BPA = dict(type="bridge")
CTPA = dict(canonical="Công ty cổ phần dầu khí đầu tư khai thác cảng Phước An")
LD = dict(canonical="Liên danh Đức Bình - Tuấn Lộc - Cienco 1")

ENTS = [
    E("Tỉnh ủy Bà Rịa - Vũng Tàu", "ORG", canonical="Tỉnh ủy Bà Rịa - Vũng Tàu", level="province", **BR),
    E("Thường trực Tỉnh ủy Đồng Nai", "ORG", level="province", **DN),
    E("Nguyễn Phú Cường", "PER", role="Bí thư Tỉnh ủy Đồng Nai"),
    E("Trung ương Đảng", "ORG", canonical="Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", level="national"),
    E("Tỉnh ủy", "ORG", **TUDN),
    E("tỉnh Bà Rịa - Vũng Tàu", "LOC", level="province"),
    E("cảng Phước An", "LOC", **CPA),
    E("cầu Phước An", "LOC", **BPA),
    E("đường liên cảng Cái Mép - Thị Vải", "LOC", type="road", **BR),
    E("cụm cảng Cái Mép - Thị Vải", "LOC", type="port", **BR),
    E("cầu Phước An", "LOC", **BPA),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("Đông Nam Bộ", "LOC", level="region"),
    E("cụm cảng Cái Mép - Thị Vải", "LOC", type="port", **BR),
    E("Quốc lộ 51", "LOC", type="road"),
    E("cầu Phước An", "LOC", **BPA),
    E("cảng Phước An", "LOC", **CPA),
    E("cảng Phước An", "LOC", **CPA),
    E("Công ty cổ phần dầu khí đầu tư cảng Phước An", "ORG", **CTPA),
    E("cầu Phước An", "LOC", **BPA),
    E("Liên danh Đức Bình - Tuấn Lộc - Cienco 1", "ORG", **LD),
    E("Bà Rịa - Vũng Tàu", "LOC", level="province"),
    E("Đồng Nai", "LOC", level="province"),
    E("cảng Phước An", "LOC", **CPA),
    E("cầu Phước An", "LOC", **BPA),
    E("cảng Phước An", "LOC", **CPA),
    E("Nguyễn Đình Lân", "PER",
      role="Phó Tổng Giám đốc Ban quản lý dự án Công ty cổ phần dầu khí đầu tư khai thác cảng Phước An"),
    # the company's project board with its parent, no parenthesis: one ORG (dev8 B decision 5)
    E("Ban quản lý dự án Công ty cổ phần dầu khí đầu tư khai thác cảng Phước An", "ORG"),
    E("Liên doanh Đức Bình - Tuấn Lộc - Cienco 1", "ORG", **LD),
    E("Vũ Khắc Thư", "PER", role="Giám đốc điều hành Liên doanh Đức Bình - Tuấn Lộc - Cienco 1"),
    E("Liên doanh Đức Bình - Tuấn Lộc - Cienco l", "ORG", **LD),  # "l" for "1", as written
    E("cầu Phước An", "LOC", **BPA),
    E("Bà Rịa - Vũng Tàu", "LOC", level="province"),
    E("tỉnh Đồng Nai", "LOC", level="province"),
    E("Đông Nam Bộ", "LOC", level="region"),
    E("Thành phố Hồ Chí Minh", "LOC", level="province"),
    E("Cầu Phước An", "LOC", **BPA),
    E("Huỳnh Sơn", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
