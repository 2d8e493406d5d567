"""baomoi-21480942: Hà Giang, medicinal-plant development programme."""

from _dsl import B, E, S

P = "Hà Giang"
HG = dict(level="province", province=P)
D = dict(level="district", province=P)
CP = dict(canonical="Chính phủ", level="national")

BOILERPLATE = [
    B('Kiểm tra sinh', 'Hà Giang.'),
]

STATS = [
    S("6 huyện", "huyện", "count"),
    S("4 huyện", "huyện", "count"),
    S("2 huyện", "huyện", "count"),
    S("trên 1.100 loài", "loài", "count", q="more_than"),
    S("từ 1.000 đến 1.600 m", "m", "range", high=1600, ind="độ cao"),
    S("6 huyện", "huyện", "count"),
    S("12.581 ha", "ha", "measure", ind="qui mô"),
    S("5.180 ha", "ha", "measure", ind="diện tích trồng mới"),
    S("2.932 triệu đồng", "VND", "money", ind="tổng số vốn thực hiện Dự án"),
    S("1.409 triệu đồng", "VND", "money", ind="vốn Nhà nước"),
    S("48,05 %", "%", "percent", ind="vốn Nhà nước"),
    S("708 triệu đồng", "VND", "money", ind="vốn các doanh nghiệp"),
    S("24,14%", "%", "percent", ind="vốn các doanh nghiệp"),
    S("576 triệu đồng", "VND", "money", ind="vốn của các tổ chức kinh tế"),
    S("19,64%", "%", "percent", ind="vốn của các tổ chức kinh tế"),
    S("237 triệu đồng", "VND", "money", ind="vốn của các hộ nông dân"),
    S("8,08%", "%", "percent", ind="vốn của các hộ nông dân"),
    S("khoảng 9.000 ha", "ha", "measure", q="approx", ind="tổng diện tích các loài cây dược liệu đã trồng"),
]

ENTS = [
    E("Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("tỉnh Hà Giang", "LOC", **HG),
    E("Chính phủ", "ORG", **CP),
    E("Cao nguyên đá", "LOC", level="region", province=P),
    E("Mèo Vạc", "LOC", **D),
    E("Đồng Văn", "LOC", **D),
    E("Yên Minh", "LOC", **D),
    E("Quản Bạ", "LOC", **D),
    E("Hoàng Su Phì", "LOC", **D),
    E("Xín Mần", "LOC", **D),
    E("Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("tỉnh Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("Chính phủ", "ORG", **CP),
    E("Hà Giang", "LOC", ctx="Dự án Phát triển cây dược liệu của Hà Giang đã mang", **HG),
    E("Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("Hà Giang", "LOC", **HG),
    E("tỉnh Hà Giang", "LOC", **HG),
    E("Trung tâm Bảo tồn và phát triển cây dược liệu", "ORG",
      canonical="Trung tâm Bảo tồn và phát triển cây dược liệu tỉnh Hà Giang", **HG),
    E("Nguyễn Minh Tiến", "PER", role="Phó Chủ tịch UBND tỉnh Hà Giang"),
    E("UBND tỉnh Hà Giang", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Giang", **HG),
    E("Sở Y tế", "ORG", canonical="Sở Y tế tỉnh Hà Giang", **HG),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Hà Giang", **HG),
    E("Sở Khoa học và Công nghệ", "ORG", canonical="Sở Khoa học và Công nghệ tỉnh Hà Giang", **HG),
    E("Sở Công thương", "ORG", canonical="Sở Công Thương tỉnh Hà Giang", **HG),
    E("Phạm Văn Phú", "PER"),
]
