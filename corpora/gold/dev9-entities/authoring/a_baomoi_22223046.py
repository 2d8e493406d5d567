"""baomoi-22223046: Vĩnh Phúc, the agriculture department's director on the pig-price crisis, the province's
measures and debt relief for farmers (entities only)."""

from _dsl import B, E

CREDIT = "(Ảnh: Phú Lãm)."

BOILERPLATE = [
    B("Một chủ trang trại lợn buồn bã", CREDIT),
    B("Giá lợn rẻ mạt, nuôi thêm đàn lợn", CREDIT),
    B("Để giảm bớt chi phí, người chăn nuôi", CREDIT),
    B("Sở NNPTNT Vĩnh Phúc mở các điểm bán thịt lợn", CREDIT),
    B("Giá lợn giảm sâu kỷ lục", CREDIT),
    B("Người dân khắp nơi hưởng ứng phong trào", "Ảnh: Phú Lãm)."),
]

STATS: list = []

SO = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Vĩnh Phúc"

ENTS = [
    E("Dân Việt", "ORG"),  # PV Dân Việt (the newspaper)
    E("Sở NNPTNT Vĩnh Phúc", "ORG", canonical=SO),
    E("Nguyễn Tiến Phong", "PER", role="Giám đốc Sở NNPTNT Vĩnh Phúc"),
    E("Phong", "PER"),
    E("Ngân hàng Nhà nước", "ORG"),
    # after the first caption
    E("Phong", "PER"),
    E("tỉnh Vĩnh Phúc", "LOC"),
    E("Vĩnh Phúc", "LOC"),
    E("Chính phủ", "ORG"),  # Thủ tướng Chính phủ
    E("Bộ NNPTNT", "ORG"),
    E("UBND tỉnh Vĩnh Phúc", "ORG"),
    E("Sở NNPTNT", "ORG", canonical=SO),
    E("Sở Công Thương", "ORG"),
    E("Sở NNPTNT", "ORG", canonical=SO),
    E("Sở Tài chính", "ORG"),
    E("Bộ Chỉ huy quân sự tỉnh", "ORG"),
    E("Sở NNPTNT Vĩnh Phúc", "ORG", canonical=SO),
    E("Nguyễn Tiến Phong", "PER", role="Giám đốc Sở NNPTNT Vĩnh Phúc"),
    E("Ngân hàng Nhà nước", "ORG"),
    E("NHNN", "ORG"),
    E("NHNN", "ORG"),
    E("NHNN", "ORG"),
    E("Phong", "PER"),
    E("Sở NNPTNT tỉnh Vĩnh Phúc", "ORG", canonical=SO),
    E("UBND tỉnh Vĩnh Phúc", "ORG"),
    E("tỉnh Vĩnh Phúc", "LOC"),
    E("Sở Kế hoạch và Đầu tư", "ORG"),
    E("Sở Công thương", "ORG"),
    E("Sở Tài chính", "ORG"),
]
