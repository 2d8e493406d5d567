"""vntc-test-XH_VNE_T_-9151: Hải Phòng, the Đồ Sơn town party committee shares public land among its officials and
the city's (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("thị xã Đồ Sơn", "LOC"),
    E("khu Vụng Hương", "LOC"),
    E("phường Vạn Hương", "LOC"),
    E("thị xã Đồ Sơn", "LOC"),
    E("Thị ủy Đồ Sơn", "ORG"),
    E("Ban Thường vụ Thị ủy", "ORG"),
    E("HĐND", "ORG"),  # "Phó chủ tịch HĐND, UBND thị xã" (rule 21)
    E("UBND thị xã", "ORG"),
    E("Thị ủy Đồ Sơn", "ORG"),
    E("Quyết định số 807 ngày 2/4/2004/QĐUB", "DOC", type="Quyết định"),  # code written after the date
    E("UBND thành phố Hải Phòng", "ORG"),
    E("Vũ Chí Thanh", "PER"),
    E("Ban Thường vụ Thị ủy", "ORG"),
    E("khu du lịch Vụng Hương", "LOC"),
    E("phường Vạn Hương", "LOC"),
    E("Đồ Sơn", "LOC"),
    E("Vũ Đức Vận", "PER"),
    E("Thị ủy", "ORG"),
    E("Vũ Đức Đoàn", "PER"),
    E("Đinh Xuân Thênh", "PER"),
    E("Thị ủy", "ORG"),
    E("Hoàng Anh Hùng", "PER"),
    E("UBND thị xã Đồ Sơn", "ORG"),
    E("UBND thị xã Đồ Sơn", "ORG"),
    E("thành phố Hải Phòng", "LOC"),
    E("thành phố Hải Phòng", "LOC"),
    E("Sở Xây dựng", "ORG"),  # "các Sở Xây dựng, Tài chính, Kế hoạch - Đầu tư": the city's three departments
    E("Tài chính", "ORG"),
    E("Kế hoạch - Đầu tư", "ORG"),
    E("Ban Tổ chức Thành ủy", "ORG"),
    E("Ban Tổ chức chính quyền", "ORG"),
    E("Ban Kiểm tra Thành ủy", "ORG"),
    E("thành phố Hải Phòng", "LOC"),
    E("đường 353", "LOC"),
    E("khu 2", "LOC"),
    E("Đồ Sơn", "LOC"),
    E("Đồ Sơn", "LOC"),
]
