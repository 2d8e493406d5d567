"""baomoi-22662518: Quảng Bình, huyện Minh Hóa: a district chairman's relatives hired (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chị Đinh Thị Lòng và con gái Cao Thị Thu Hiền"),
]

STATS: list = []

ENTS = [
    E("UB Tỉnh ủy Quảng Bình", "ORG"),
    E("huyện Minh Hóa", "LOC"),
    E("VietNam Net", "ORG"),
    E("Tỉnh ủy Quảng Bình", "ORG"),
    E("Hoàng Đăng Quang", "PER"),
    E("UB Kiểm tra Tỉnh ủy", "ORG"),
    E("Quang", "PER", ctx="ông Quang"),
    E("Đinh Thị Lòng", "PER", ctx="bà Đinh Thị Lòng"),
    E("xã Quy Đạt", "LOC"),
    E("huyện Minh Hóa", "LOC"),
    E("UBND huyện", "ORG"),
    E("Đinh Hữu Niên", "PER"),
    E("Cao Thị Thu Hiền", "PER"),
    E("Cao Đức Lâm", "PER"),
    E("Trường Phổ thông dân tộc nội trú huyện", "ORG"),
    E("Hiền", "PER", ctx="chị Hiền được"),
    E("UBND huyện Minh Hóa", "ORG"),
    E("Đinh Hữu Niên", "PER"),
    E("Hiền", "PER", ctx="chị Hiền rồi"),
    E("Cao Đức Lâm", "PER"),
    E("Hiền", "PER", ctx="chị Hiền mà"),
    E("luật Lao động", "DOC", type="Luật"),
    E("Lòng", "PER", ctx="bà Lòng"),
    E("Đinh Hữu Niên", "PER"),
    E("UBND huyện Minh Hóa", "ORG"),
    E("Niên", "PER", ctx="ông Niên là"),
    E("Cao Đức Lâm", "PER"),
    E("Niên", "PER", ctx="ông Niên vào"),
    E("Trạm y tế xã Trung Hóa", "ORG"),
    E("UBND huyện", "ORG"),
    E("Trung tâm dạy nghề huyện", "ORG"),
    E("Niên", "PER", ctx="ông Niên, các"),
    E("Cao Thị Thu Hiền", "PER"),
    E("UBND huyện", "ORG"),
    E("Sở Nội vụ", "ORG"),
    E("Hiền", "PER", ctx="chị Hiền, huyện"),
    E("Hiền", "PER", ctx="cá nhân Hiền"),
    E("Hội đồng thi tuyển", "ORG"),
    E("Niên", "PER", ctx="ông Niên khẳng"),
    E("Ban Thường vụ Huyện ủy Minh Hóa", "ORG"),
    E("Đinh Hữu Niên", "PER"),
    E("Huyện ủy", "ORG"),
    E("UBND huyện", "ORG"),
    E("Hải Sâm", "PER"),
]
