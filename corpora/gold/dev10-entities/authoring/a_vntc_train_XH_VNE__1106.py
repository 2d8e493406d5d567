"""vntc-train-XH_VNE_-1106: Hà Nội, the city council passes the land-price framework and its 2005 resolutions after
deputies' objections (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("HĐND Hà Nội", "ORG"),
    E("HĐND thành phố", "ORG"),
    E("Nguyễn Khắc Thọ", "PER"),
    E("Thọ", "PER", ctx="ông Thọ"),
    E("Trần Trọng Hanh", "PER"),
    E("Nghị định 188", "DOC", type="Nghị định", number="188"),
    E("Nguyễn Nguyệt Hường", "PER"),
    E("HĐND thành phố", "ORG"),
    E("Lê Quý Đôn", "PER"),
    E("UBND thành phố", "ORG"),
    E("Đôn", "PER", ctx="ông Đôn"),
    E("Chính phủ", "ORG"),
    E("Hà Nội", "LOC"),
    E("HĐND", "ORG", ctx="Chủ tịch HĐND"),
    E("Phùng Hữu Phú", "PER"),
    E("Phú", "PER", ctx="Ông Phú"),
    E("HĐND", "ORG", ctx="HĐND chỉ"),
    E("UBND thành phố", "ORG"),
    E("HĐND", "ORG", ctx="giám sát của HĐND"),
    E("thành phố Hà Nội", "LOC"),
    E("HĐND", "ORG", ctx="thẩm quyền của HĐND"),
    E("Nguyễn Quốc Triệu", "PER"),
    E("Hà Nội", "LOC", ctx="trọng tâm của Hà Nội"),
    E("Triệu", "PER", ctx="Ông Triệu"),
    E("Hà Nội", "LOC", ctx="năm 2005, Hà Nội"),
]
