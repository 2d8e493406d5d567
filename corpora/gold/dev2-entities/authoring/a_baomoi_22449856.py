"""baomoi-22449856: Hà Giang: the Đồng Văn Karst Plateau geopark plan announced (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Thứ trưởng Bộ Xây dựng Nguyễn Đình Toàn trao quy hoạch", "(Ảnh: Minh Tâm/Vietnam+)"),
]

STATS: list = []

GEO = "Công viên Địa chất toàn cầu Cao nguyên đá Đồng Văn"
GEO_L = "Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn"
CN = "Cao nguyên đá Đồng Văn"

ENTS = [
    E(GEO, "LOC", type="protected area"),
    E("thành phố Hà Giang", "LOC"),
    E("Bộ Xây dựng", "ORG"),
    E("Ủy ban Nhân dân tỉnh Hà Giang", "ORG"),
    E(GEO, "LOC", type="protected area"),
    E("tỉnh Hà Giang", "LOC"),
    E("Nguyễn Thành Hưng", "PER"),
    E("Viện Quy hoạch Đô thị và Nông thôn Quốc gia", "ORG"),
    E("Bộ Xây dựng", "ORG"),
    E(GEO, "LOC", type="protected area"),
    E("Chính phủ", "ORG"),
    E("Quyết định số 438/QĐ-TTg ngày 7/4/2017", "DOC", type="Quyết định"),
    E("Đồng Văn", "LOC"),
    E("Mèo Vạc", "LOC"),
    E("Yên Minh", "LOC"),
    E("Quản Bạ", "LOC"),
    E("tỉnh Hà Giang", "LOC"),
    E(CN, "LOC", ctx="tại Cao nguyên đá"),
    E(GEO, "LOC", type="protected area"),
    E("thị trấn Đồng Văn", "LOC"),
    E("huyện Đồng Văn", "LOC"),
    E("thị trấn Mèo Vạc", "LOC"),
    E("huyện Mèo Vạc", "LOC"),
    E("thị trấn Yên Minh", "LOC"),
    E("huyện Yên Minh", "LOC"),
    E("thị trấn Tam Sơn", "LOC"),
    E("huyện Quản Bạ", "LOC"),
    E(CN, "LOC"),
    E("Ủy ban Nhân dân tỉnh Hà Giang", "ORG"),
    E("Nguyễn Văn Sơn", "PER"),
    E("Công viên địa chất toàn cầu Cao nguyên đá", "LOC", type="protected area"),
    E("tỉnh Hà Giang", "LOC"),
    E(GEO, "LOC", type="protected area"),
    E("Ủy ban Nhân dân tỉnh Hà Giang", "ORG"),
    E("Nguyễn Văn Sơn", "PER"),
    E("Bộ Xây dựng", "ORG"),
    E("Hà Giang", "LOC", ctx="đô thị Hà Giang"),
    E(CN, "LOC"),
    E("tỉnh Hà Giang", "LOC"),
    E("Ủy ban Nhân dân tỉnh Hà Giang", "ORG"),
    E("Nguyễn Văn Sơn", "PER"),
    E(CN, "LOC"),
    E("Ban Quản lý " + GEO_L, "ORG"),
    E(GEO_L, "LOC", type="protected area", ctx="tái đánh giá"),
    E("Bộ Xây dựng", "ORG"),
    E("Nguyễn Đình Toàn", "PER"),
    E("tỉnh Hà Giang", "LOC"),
    E(GEO_L, "LOC", type="protected area"),
    E(GEO_L, "LOC", type="protected area"),
    E(GEO, "LOC", type="protected area"),
    E(GEO, "LOC", type="protected area"),
]
