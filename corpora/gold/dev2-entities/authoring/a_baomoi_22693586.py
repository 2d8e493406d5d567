"""baomoi-22693586: Đắk Nông: the Nhân Cơ industrial park project (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Quang cảnh lễ động thổ xây dựng nhà máy", "K'gửi H/TTXVN"),
]

STATS: list = []

ENTS = [
    E("khu công nghiệp Nhân Cơ", "LOC", type="industrial_park"),
    E("Khu công nghiệp Nhân Cơ", "LOC", type="industrial_park"),
    E("xã Nhân Cơ", "LOC"),
    E("huyện Đắk R’lấp", "LOC"),
    E("tỉnh Đắk Nông", "LOC"),
    E("Tỉnh ủy", "ORG"),
    E("UBND tỉnh Đắk Nông", "ORG"),
    E("Ban Quản lý dự án", "ORG"),
    E("BQLDA", "ORG"),
    E("Công ty TNHH Luyện kim Trần Hồng Quân", "ORG"),
    E("nhà máy Điện phân nhôm", "LOC", type="facility"),
    E("Khu công nghiệp Nhân Cơ", "LOC", type="industrial_park"),
    E("Công ty TNHH Luyện kim Trần Hồng Quân", "ORG"),
    E("nhà máy Điện phân nhôm Đắk Nông", "LOC", type="facility"),
    E("nhà máy Điện phân nhôm", "LOC", type="facility"),
    E("Chính phủ", "ORG"),
    E("đường Hồ Chí Minh", "LOC", type="road"),
    E("Khu công nghiệp Nhân Cơ", "LOC", type="industrial_park"),
    E("đường Hồ Chí Minh", "LOC", type="road"),
    E("Hồ Sỹ Điệp", "PER"),
    E("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Đắk Nông", "ORG"),
    E("nhà máy Điện phân nhôm", "LOC", type="facility"),
    E("nhà máy Điện phân nhôm", "LOC", type="facility"),
    E("tỉnh Đắk Nông", "LOC"),
    E("nhà máy Điện phân nhôm", "LOC", type="facility"),
    E("Tỉnh ủy", "ORG"),
    E("UBND tỉnh Đắk Nông", "ORG"),
    E("Hồ Sỹ Điệp", "PER"),
    E("Công ty Cổ phần phát triển đầu tư Thái Sơn", "ORG"),
    E("Bộ Quốc phòng", "ORG"),
    E("Công ty Cổ phần tư vấn đầu tư xây dựng Dương Đạt Gia Lai", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("Điệp", "PER", ctx="ông Điệp nói"),
    E("Điệp", "PER", ctx="ông Điệp, đơn"),
    E("Sở Kế hoạch và Đầu tư", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("Bộ Kế hoạch và Đầu tư", "ORG"),
    E("Anh Dũng", "PER"),
    E("TTXVN", "ORG"),
]
