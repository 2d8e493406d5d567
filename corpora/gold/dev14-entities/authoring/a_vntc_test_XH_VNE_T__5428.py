"""vntc-test-XH_VNE_T_-5428: TP Hồ Chí Minh, question time at the city council: the directors of education, police,
natural resources and planning answer the deputies (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

GD = dict(canonical="Sở Giáo dục và Đào tạo TP Hồ Chí Minh", level="province")
CA = dict(canonical="Công an TP Hồ Chí Minh", level="province")
QH = dict(canonical="Sở Quy hoạch Kiến trúc TP Hồ Chí Minh", level="province")

ENTS = [
    E("HĐND TP HCM", "ORG", level="province"),  # the council inside the session (an event)
    E("Sở Giáo dục và Đào tạo", "ORG", **GD),
    E("Huỳnh Công Minh", "PER", role="Giám đốc Sở Giáo dục và Đào tạo"),
    E("Minh", "PER", ctx="ông Minh giải"),
    E("UBND thành phố", "ORG", level="province", canonical="Ủy ban nhân dân TP Hồ Chí Minh"),
    E("Minh", "PER", ctx="ông Minh, Sở"),
    E("Thái Tuấn Chí", "PER"),
    E("quận 12", "LOC", level="district"),
    E("Minh", "PER", ctx="ông Minh nói"),
    E("Minh", "PER", ctx="ông Minh, thực tế"),
    E("Công an thành phố", "ORG", **CA),
    E("Năm Cam", "PER"),  # the person inside the affair's name ("vụ Năm Cam"); the affair is no entity
    E("Công an thành phố", "ORG", **CA),
    E("Nguyễn Chí Dũng", "PER", role="Giám đốc Công an thành phố"),
    E("Công an thành phố", "ORG", ctx="Công an thành phố đã cấm", **CA),
    E("công an thành phố", "ORG", **CA),  # lower case, the one city police (test README 8)
    E("Dũng", "PER", ctx="ông Dũng khẳng"),
    E("Dũng", "PER", ctx="ông Dũng giải"),
    E("Dũng", "PER", ctx="Ông Dũng cũng"),
    E("Sở Tài nguyên và Môi trường", "ORG", level="province", canonical="Sở Tài nguyên và Môi trường TP Hồ Chí Minh"),
    E("Trần Thế Ngọc", "PER"),
    E("Ngọc", "PER", ctx="ông Ngọc khẳng"),
    E("Ngọc", "PER", ctx="ông Ngọc cho"),
    E("Chính phủ", "ORG", level="national"),
    E("Luật đăng ký bất động sản", "DOC", type="Luật"),
    E("Chính phủ", "ORG", level="national"),
    E("Sở Quy hoạch Kiến trúc", "ORG", **QH),
    E("Sở Quy hoạch Kiến trúc TP HCM", "ORG", **QH),
    E("Nguyễn Trọng Hòa", "PER", role="Giám đốc Sở Quy hoạch Kiến trúc TP HCM"),
    E("Hòa", "PER", ctx="ông Hòa có"),
    E("Hòa", "PER", ctx="ông Hòa cho"),
    E("Chính phủ", "ORG", level="national"),
    E("Hòa", "PER", ctx="ông Hòa, vấn"),
    E("Chính phủ", "ORG", level="national"),
    E("Chính phủ", "ORG", level="national"),
]
