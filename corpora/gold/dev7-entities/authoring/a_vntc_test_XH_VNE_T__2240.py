"""vntc-test-XH_VNE_T_-2240: Hà Nội, the Finance Minister on officials' cars over the standard and the city committee's
explanation of the deputy party secretary's luxury car (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Hoàng Văn Nghiên", "PER"),
    E("Thành ủy Hà Nội", "ORG"),
    E("Tài chính", "ORG", ctx="Bộ trưởng Tài chính Nguyễn"),
    E("Nguyễn Sinh Hùng", "PER"),
    E("Quốc hội", "ORG"),
    E("sông Hồng", "LOC"),
    E("Đảng", "ORG", ctx="trong Đảng"),
    E("Chính phủ", "ORG"),
    E("Quốc hội", "ORG"),
    E("Hoàng Văn Nghiên", "PER"),
    E("Thành phố Hà Nội", "LOC"),
    E("Hoàng Văn Nghiên", "PER"),
    E("UBND thành phố", "ORG"),
    E("Hoàng Văn Nghiên", "PER"),
    E("Hoàng Văn Nghiên", "PER"),
    E("Đảng", "ORG", ctx="toàn Đảng"),
    E("Bộ Tài chính", "ORG"),
    E("UBND thành phố Hà Nội", "ORG"),
    E("văn phòng UBND thành Phố", "ORG"),
    E("Vũ Văn Hậu", "PER"),
    E("Văn phòng HĐND và UBND thành phố", "ORG"),
    E("UBND TP Hà Nội", "ORG"),
    E("Hoàng Văn Nghiên", "PER"),
    E("Thành ủy Hà Nội", "ORG"),
    E("Nghiên", "PER"),
    E("UBND thành phố", "ORG"),
    E("UBND thành phố", "ORG"),
    E("Nghiên", "PER"),
    E("Nguyễn Văn Ninh", "PER"),
]
