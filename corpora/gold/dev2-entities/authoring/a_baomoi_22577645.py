"""baomoi-22577645: Tây Ninh: inspection of sand mining in the Dầu Tiếng lake (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chỉ 30% công suất khai thác cát ở hồ Dầu Tiếng được kê khai, nộp thuế. Ảnh", "Lê Đức Hoảnh"),
]

STATS: list = []

ENTS = [
    E("UBND tỉnh Tây Ninh", "ORG"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("UBND tỉnh Tây Ninh", "ORG"),
    E("Luật Khoáng sản", "DOC", type="Luật"),
    E("UBND tỉnh", "ORG"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("huyện Tân Châu", "LOC"),
    E("đập Tha La", "LOC", type="dam"),
    E("huyện Dương Minh Châu", "LOC"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("UBND tỉnh Tây Ninh", "ORG"),
    E("Sở Tài nguyên và Môi trường", "ORG"),
    E("Xây dựng", "ORG", canonical="Sở Xây dựng tỉnh Tây Ninh"),
    E("Giao thông Vận tải", "ORG", canonical="Sở Giao thông vận tải tỉnh Tây Ninh"),
    E("Nông nghiệp và Phát triển nông thôn", "ORG", canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh"),
    E("Công Thương", "ORG", canonical="Sở Công Thương tỉnh Tây Ninh"),
    E("Cục Thuế", "ORG"),
    E("Công an", "ORG"),
    E("Công ty TNHH MTV khai thác thủy lợi Dầu Tiếng – Phước Hòa", "ORG"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
    E("Cục Thuế tỉnh", "ORG"),
    E("UBND tỉnh Tây Ninh", "ORG"),
    E("hồ Dầu Tiếng", "LOC", type="lake"),
]
