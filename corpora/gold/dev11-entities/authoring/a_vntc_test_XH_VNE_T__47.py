"""vntc-test-XH_VNE_T_-47: TP Hồ Chí Minh, the city committee's report at the opening of the city council's 14th
session (January 2004) on urban management, and voters' complaints (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("UBND TP HCM", "ORG"),
    # "kỳ họp lần thứ 14 Hội đồng nhân dân TP HCM khóa VI": the session is an event, the term ("khóa VI") stays out
    E("Hội đồng nhân dân TP HCM", "ORG"),
    E("TP HCM", "LOC", ctx="năm 2004, TP HCM"),
    E("trung tâm đô thị mới Thủ Thiêm", "LOC"),  # a planned urban area (test README rule 6); "khu công nghệ cao" unnamed
    E("khu đô thị Tây Bắc", "LOC"),  # "khu đô thị Tây Bắc thành phố": the zone's capitalised name
    E("TP HCM", "LOC", ctx="xã hội của TP HCM"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("Đầm Sen", "LOC"),  # "khu vực Đầm Sen": "khu vực" is no place word (rule 28)
    E("tổ 20", "LOC"),
    E("phường 3", "LOC"),
    E("quận 11", "LOC"),
    E("khu phố 3", "LOC"),
    E("phường 7", "LOC"),
    E("quận 3", "LOC"),
    E("UBND thành phố", "ORG"),
    E("Nguyễn Thiện Nhân", "PER"),
    E("phường 15", "LOC"),
    E("quận Tân Bình", "LOC"),
    E("Liên tỉnh lộ 15", "LOC", type="road"),
    E("cầu Bình Triệu 2", "LOC", type="bridge"),
    # "Năm môi trường và cải cách hành chính" (the year's slogan) gives nothing
]
