"""vntc-test-XH_NLD_T_-9601: Đà Nẵng, the city vice-chairman receives the American Council of Young Political
Leaders and presents US investment and aid in the city (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Đoàn chính trị gia trẻ Hoa Kỳ cùng lãnh đạo", "buổi gặp gỡ và làm việc"),  # photo caption glued after the title
]

STATS: list = []

ENTS = [
    # "Hội đồng ... trẻ của Hoa Kỳ": the name stops before "của", the country is its own LOC
    E("Hội đồng Các nhà Lãnh đạo chính trị trẻ", "ORG"),
    E("Hoa Kỳ", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("NLĐ", "ORG"),
    E("Văn phòng UBND TP Đà Nẵng", "ORG"),
    E("Văn Hữu Chiến", "PER"),
    E("UBND TP Đà Nẵng", "ORG"),
    E("Hội đồng Các NHÀ LÃNH ĐạO CHÍNH TRị TRẻ", "ORG"),  # as written (the source's broken upper case)
    E("HOA Kỳ", "LOC"),
    E("Hạ VIệN", "ORG"),  # the US House of Representatives
    E("văn phòng tổng thống", "ORG"),  # lower case, the one (US presidential) office (test README 8)
    E("Jame F.Claybonrne", "PER"),
    E("Văn Hữu Chiến", "PER"),
    E("TP Đà Nẵng", "LOC"),
    E("TP Đà Nẵng", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("TP Đà Nẵng", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("TP Đà Nẵng", "LOC"),
    E("Quỹ Đại sứ", "ORG"),
    E("Hoa Kỳ", "LOC"),
    E("Tổng Lãnh sự quán Hoa Kỳ", "ORG"),
    E("Bảo tàng Chăm Đà Nẵng", "ORG"),
    E("Hoa Kỳ", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("Hoa Kỳ", "LOC"),
    E("TP Đà Nẵng", "LOC"),
    E("TP Đà Nẵng", "LOC"),
]
