"""baomoi-21474761: Quảng Ngãi, the Dung Quất economic zone board licenses Hòa Phát's steel complex, which takes over
the stalled Guang Lian project (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Đại diện UBND tỉnh Quảng Ngãi trao giấy chứng nhận đầu tư cho Tập đoàn Hòa Phát.", "Ảnh: Tử Trực"),
    B("Sau 10 năm triển khai, Nhà máy thép Guang Lian Dung Quât", "Ảnh: Tử Trực"),
]

STATS: list = []

ENTS = [
    E("thép Guang Lian Dung Quất", "LOC", type="facility"),  # "Dự án [thép Guang Lian Dung Quất]" (dev6 decision 5)
    E("Tập đoàn Hòa Phát", "ORG"),
    E("Ban quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi", "ORG", level="province"),
    # "Dự án [Khu liên hợp ...]": a plant named in a project is LOC (dev6 decision 5)
    E("Khu liên hợp sản xuất Gang thép Hòa Phát Dung Quất", "LOC", type="facility"),
    E("Chính phủ", "ORG", level="national"),  # Thủ tướng Chính phủ (rule 24)
    E("Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất", "LOC", type="facility"),
    E("Tập đoàn Hòa Phát", "ORG"),
    E("tỉnh Hải Dương", "LOC", level="province"),
    # caption (boilerplate)
    E("Khu kinh tế Dung Quất", "LOC"),
    E("Tập đoàn Hòa Phát", "ORG"),
    E("Khu liên hợp thép Guang Lian Dung Quất", "LOC", type="facility"),
    E("Báo Người Lao Động", "ORG"),
    E("Nhà máy thép Guang Lian Dung Quất", "LOC", type="facility"),
    E("Tập đoàn E-United", "ORG"),
    E("Tycoons", "ORG"),
    E("Tập đoàn thép JFE", "ORG"),
    E("Nhật Bản", "LOC", level="country"),
    E("Công ty Guang Lian", "ORG"),
    E("JFE", "ORG"),
    E("tỉnh Quảng Ngãi", "LOC", level="province"),
    E("Tử Trực", "PER"),
]
