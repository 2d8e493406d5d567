"""vntc-test-XH_VNE_T_-5665: Hà Nội, the city committee reports to the city council on anti-corruption and on state
premises used for the wrong purpose (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("HĐND Hà Nội", "ORG"),
    E("UBND thành phố", "ORG"),
    E("thanh tra Hà Nội", "ORG"),  # the city inspectorate, lower case, one body (test README rule 8)
    E("UBND Hà Nội", "ORG"),
    E("Vũ Văn Ninh", "PER"),
    E("Hà Nội", "LOC", ctx="tham nhũng ở Hà Nội"),
    E("Ninh", "PER", ctx="ông Ninh đánh"),
    E("Hà Nội", "LOC", ctx="năm 2005, Hà Nội"),
    E("Ninh", "PER", ctx="ông Ninh cam"),
    E("Hà Nội", "LOC", ctx="đầu năm, Hà Nội"),
    E("Hà Nội", "LOC", ctx="kiểm tra, Hà Nội"),
    E("HĐND", "ORG", ctx="đại biểu HĐND"),  # this session's deputies: the city council
    E("Tổng công ty thương mại", "ORG"),
    E("Công ty lương thực Hà Nội", "ORG"),
    E("Công ty điện ảnh băng hình Hà Nội", "ORG"),
    E("Công ty điện ảnh băng hình Hà Nội", "ORG"),
    E("Công ty lương thực Hà Nội", "ORG"),
    E("UBND Hà Nội", "ORG"),
    E("Ninh", "PER", ctx="Ông Ninh cho"),
    E("UBND Hà Nội", "ORG"),
    E("HĐND", "ORG", ctx="Nghị quyết của HĐND"),
    E("Hà Nội", "LOC", ctx="hộ khẩu Hà Nội"),
    E("UBND", "ORG", ctx="được UBND trình"),
]
