"""vntc-train-XH_NLD_-4728: Kiên Giang (and Trà Vinh), markets built with public money and left unused; the
provincial trade department and commune committees explain (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chợ Tân Hiệp (huyện Trà Cú) được xây dựng nhiều năm chưa một lần nhóm chợ"),  # caption glued to the title
]

STATS: list = []

ENTS = [
    E("ĐBSCL", "LOC"),
    E("tỉnh Kiên Giang", "LOC"),
    E("Doãn Tấn Đạt", "PER"),
    E("UBND xã Phi Thông", "ORG"),
    E("TP Rạch Giá", "LOC"),
    E("Chợ xã Phi Thông", "LOC"),
    E("UBND TP Rạch Giá", "ORG"),
    E("phòng quản lý thương mại", "ORG"),  # "Trưởng phòng quản lý thương mại (Sở Thương mại Kiên Giang)"
    E("Sở Thương mại Kiên Giang", "ORG"),
    E("Phan Hồng Nhật", "PER"),
    E("TP Rạch Giá", "LOC"),
    E("chợ An Hòa", "LOC"),
    E("thị xã Hà Tiên", "LOC"),
    E("chợ Pháo Đài", "LOC"),
    E("chợ Đặc Thụ", "LOC"),
    E("khu phố 4", "LOC"),
    E("phường Đông Hồ", "LOC"),
    E("Chợ Giục Tượng", "LOC"),
    E("Châu Thành", "LOC"),
    E("Chợ Xẻo Rô", "LOC"),
    E("An Biên", "LOC"),
    E("đảo Phú Quốc", "LOC"),
    E("Cầu Sấu", "LOC"),
    E("An Thới", "LOC"),
    E("tỉnh Kiên Giang", "LOC"),
    E("Trà Vinh", "LOC"),
    E("ĐBSCL", "LOC"),
    E("cụm xã Phong Phú", "LOC"),
    E("Châu Điền", "LOC"),
    E("Phong Phú", "LOC"),
    E("Phong Thạnh", "LOC"),
    E("huyện Cầu Kè", "LOC"),
    E("Chính phủ", "ORG"),
    E("Thạch Thị Gương", "PER"),
    E("huyện Cầu Kè", "LOC"),
    E("chợ xã Hòa Ân", "LOC"),
    E("Minh Thư", "PER"),
    E("ấp Trà Kháo", "LOC"),
    E("xã Hòa Ân", "LOC"),
    E("chợ huyện Cầu Kè", "LOC"),
    E("chợ Tân Hiệp", "LOC"),
    E("huyện Trà Cú", "LOC"),
    E("Trà Vinh", "LOC"),
    E("Sở Thương mại Kiên Giang", "ORG"),
    E("Đoàn Văn Ky", "PER"),
    E("UBND xã Nam Thái Sơn", "ORG"),
    E("Hòn Đất", "LOC"),
    E("chợ Nam Thái Sơn", "LOC"),
    E("Sở Thương mại Kiên Giang", "ORG"),
]
