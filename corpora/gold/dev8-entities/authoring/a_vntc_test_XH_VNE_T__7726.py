"""vntc-test-XH_VNE_T_-7726: TP Hồ Chí Minh, the city council passes the 2005 budget results and the 2006 estimate;
deputies question development spending over the plan (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("TP HCM", "LOC"),
    E("Hội đồng nhân dân TP HCM", "ORG"),
    E("Sở Tài chính", "ORG"),
    E("Sở Tài chính", "ORG"),
    E("Nguyễn Thị Hồng", "PER"),
    E("UBND", "ORG"),
    E("Quỹ hỗ trợ phát triển", "ORG"),  # the lending institution (not a pot of money, unlike "Quỹ dự trữ tài chính" below)
    E("Kho bạc Nhà nước", "ORG"),
    E("Hội đồng nhân dân thành phố", "ORG"),
    E("Hội đồng nhân dân", "ORG"),
    E("UBND thành phố", "ORG"),
    E("Lê Thanh Hải", "PER"),
    E("UBND", "ORG"),
    E("Hội đồng nhân dân", "ORG"),
    E("Đặng Văn Khoa", "PER"),
    E("Nguyễn Văn Quang", "PER"),
    E("Quang", "PER"),
    E("Quang", "PER"),
    E("Hội đồng nhân dân thành phố", "ORG"),
    E("Thường trực Hội đồng nhân dân", "ORG"),
    E("Sở Tài chính", "ORG"),
    E("Nguyễn Thị Hồng", "PER"),
    E("Hồng", "PER"),
    E("Hội đồng nhân dân TP HCM", "ORG"),
    E("Chính phủ", "ORG"),
    E("TP HCM", "LOC"),
    E("Luật ngân sách Nhà nước", "DOC", type="Luật"),
    E("Quốc hội", "ORG"),
]
