"""vntc-test-XH_TN_T_-8491: Quảng Nam, the Đông Tiển irrigation reservoir of huyện Thăng Bình still waits for the
ministry's appraisal and funds (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE = [
    B("Chăn trâu ở khu vực lòng hồ Đông Tiển"),  # photo caption glued to the next sentence ("...Đông TiểnNhư vậy")
]

STATS: list = []

ENTS = [
    E("hồ thủy lợi Đông Tiển", "LOC"),
    E("Bình Trị", "LOC"),
    E("Bình Định", "LOC"),
    E("huyện Thăng Bình", "LOC"),
    E("Quảng Nam", "LOC"),
    E("chính phủ", "ORG"),  # "Thủ tướng chính phủ" (lower case, the Government)
    E("UBND tỉnh", "ORG"),
    E("huyện Thăng Bình", "ORG"),  # "UBND tỉnh và huyện Thăng Bình": elliptical, = UBND huyện Thăng Bình (rule 21)
    E("Đông Tiển", "LOC"),
    E("Bình Trị", "LOC"),
    E("Bình Định", "LOC"),
    E("huyện Thăng Bình", "LOC"),
    E("Trương Anh Đào", "PER"),
    E("Thái Thị Lợt", "PER"),
    E("thôn Vinh Đông", "LOC"),
    E("xã Bình Trị", "LOC"),
    E("xã Bình Trị", "LOC"),  # "Chủ tịch xã Bình Trị" (dev3 decision 4)
    E("Nguyễn Văn Diên", "PER"),
    E("thôn 6", "LOC"),
    E("Bình Định", "LOC"),
    E("thôn Vinh Nam", "LOC"),
    E("Bình Trị", "LOC"),
    E("Đông Tiển", "LOC"),  # "dự án Đông Tiển": the reservoir's name inside the project's
    E("Đông Tiển", "LOC"),
    E("Tây Thăng Bình", "LOC"),
    E("Cao Ngạn", "LOC"),
    E("Đông Tiển", "LOC"),
    E("hồ chứa Đông Tiển", "LOC"),
    E("Nguyễn Thuyết", "PER"),
    E("UBND huyện Thăng Bình", "ORG"),
    E("tỉnh Quảng Nam", "LOC"),
    E("công ty Tư vấn Xây dựng Thủy Lợi Đà Nẵng", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("Ban giải phóng mặt bằng", "ORG"),
    E("Bộ NN&amp;PTNT", "ORG"),
    E("Phan Văn Khải", "PER"),
    E("hồ thủy lợi Đông Tiển", "LOC"),
    E("Bộ NN&amp;PTNT", "ORG"),
    E("Kế hoạch-Đầu tư", "ORG"),  # "3 Bộ NN&amp;PTNT, Kế hoạch-Đầu tư, Tài Chính" (dev7 B decision 2)
    E("Tài Chính", "ORG"),
    E("huyện Thăng Bình", "LOC"),
    E("Bộ NN&amp;PTNT", "ORG"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("Chính phủ", "ORG"),
    E("Chính Phủ", "ORG"),
    E("Quảng Nam", "LOC"),
    E("Chính phủ", "ORG"),
    E("Lê văn Định", "PER"),
    E("tổ 6", "LOC"),
    E("thôn Vinh Đông", "LOC"),
    E("xã Bình Trị", "LOC"),  # "Bí thư xã Bình Trị" (dev3 decision 4)
    E("Nguyễn Thanh Dung", "PER"),
    E("thủy lợi Đông Tiển", "LOC"),
    E("Đảng bộ", "ORG"),
]
