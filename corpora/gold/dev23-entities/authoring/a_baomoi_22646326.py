"""baomoi-22646326: Hà Nội, the city police's survey for the city committee's scheme to ban motorbikes from the inner
districts by 2030; residents, experts and the transport department (entities only)."""

from _dsl import B, E

# two credited photo captions glued before the next body sentence; the first repeats a later body sentence word for
# word, and its first occurrence is the caption itself
BOILERPLATE = [
    B("Một số người dân còn cho rằng, trước khi đề xuất", "Ảnh: CAO NGUYÊN"),
    B("Xe máy vẫn là phương tiện đi lại chủ yếu", "Ảnh: HẢI NGUYỄN"),
]

STATS: list = []

HN = dict(province="Hà Nội")
HNP = dict(level="province", **HN)
CA = dict(canonical="Công an thành phố Hà Nội", level="province", **HN)
HD = dict(canonical="Hội đồng nhân dân thành phố Hà Nội", level="province", **HN)
MY = dict(canonical="Nguyễn Thị Mỹ")

ENTS = [
    E("Công an TP.Hà Nội", "ORG", **CA),
    E("Công an Hà Nội", "ORG", **CA),
    E("Công an TP.Hà Nội", "ORG", **CA),
    # caption "Một số người dân còn cho rằng ... Ảnh: CAO NGUYÊN" is boilerplate
    E("UBND TP. Hà Nội", "ORG", canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **HN),
    E("HĐND TP", "ORG", **HD),
    # the unnumbered Đề án "Tăng cường quản lý phương tiện giao thông ..." is no DOC (rule 33)
    E("Công an TP. Hà Nội", "ORG", **CA),
    E("Hà Nội", "LOC", ctx="người dân Hà Nội đồng ý", **HNP),
    E("HĐND TP Hà Nội", "ORG", **HD),
    E("Lao Động", "ORG", canonical="Báo Lao Động"),  # "PV Lao Động" (dev12 A decision 5)
    E("Công an TP. Hà Nội", "ORG", **CA),
    E("Vũ Quang", "PER"),
    E("đường Phan Kế Bính", "LOC", type="street", **HN),
    E("Hà Nội", "LOC", **HNP),
    E("Hà Nội", "LOC", ctx="bởi Hà Nội có", **HNP),
    E("Hà Nội", "LOC", ctx="nếu Hà Nội bỏ", **HNP),
    E("Nguyễn Thị Mỹ", "PER"),
    E("phường Đại Mỗ", "LOC", level="commune", **HN),
    E("quận Nam Từ Liêm", "LOC", level="district", **HN),
    E("Hà Nội", "LOC", **HNP),
    E("Công an Hà Nội", "ORG", **CA),
    E("Mỹ", "PER", ctx="Chị Mỹ nói", **MY),
    E("Hà Nội", "LOC", ctx="quê gốc Hà Nội", **HNP),
    E("Hà Nội", "LOC", ctx="khi Hà Nội công bố", **HNP),
    E("Mỹ", "PER", ctx="chị Mỹ nói", **MY),
    E("Hà Nội", "LOC", ctx="Nếu Hà Nội quyết tâm", **HNP),
    E("Mỹ", "PER", ctx="chị Mỹ chia sẻ", **MY),
    E("làng Giao Quang", "LOC", level="village", **HN),
    E("phường Đại Mỗ", "LOC", level="commune", **HN),
    E("Hà Nội", "LOC", ctx="hỏi Hà Nội đang", **HNP),
    E("Mỹ", "PER", ctx="chị Mỹ cũng", **MY),
    E("Mỹ", "PER", ctx="chị Mỹ nói", **MY),
    E("Hà Nội", "LOC", ctx="trường hợp Hà Nội có", **HNP),
    E("Nguyễn Thanh Hải", "PER"),
    E("quận Cầu Giấy", "LOC", level="district", **HN),
    E("Công an Hà Nội", "ORG", **CA),
    E("Hà Nội", "LOC", ctx="người dân Hà Nội mưu sinh", **HNP),
    E("Hà Nội", "LOC", ctx="thực tế ở Hà Nội", **HNP),
    # caption "Xe máy vẫn là phương tiện ... Ảnh: HẢI NGUYỄN" is boilerplate
    E("Hà Nội", "LOC", ctx="Hà Nội có “nóng vội”", **HNP),  # subheading: body text
    E("Hà Nội", "LOC", ctx="cho rằng Hà Nội đang", **HNP),
    E("Ngô Tuấn Anh", "PER", role="nguyên Giám đốc Sở Quy hoạch kiến trúc Hà Nội"),  # only title (dev21 B decision 4)
    E("Sở Quy hoạch kiến trúc Hà Nội", "ORG", canonical="Sở Quy hoạch - Kiến trúc Hà Nội", level="province", **HN),
    E("Nguyễn Viết Trung", "PER"),  # "GS. TS" stays out
    E("ĐH GTVT", "ORG", canonical="Trường Đại học Giao thông Vận tải"),
    E("Hà Nội", "LOC", ctx="khảo sát của Hà Nội", **HNP),
    E("Đào Ngọc Nghiêm", "PER", role="Phó Chủ tịch Hội Quy hoạch Phát triển Đô thị Hà Nội"),
    E("Hội Quy hoạch Phát triển Đô thị Hà Nội", "ORG", level="province", **HN),
    E("Hà Nội", "LOC", ctx="Theo tôi Hà Nội", **HNP),
    E("Nghiêm", "PER", ctx="TS Nghiêm nói", canonical="Đào Ngọc Nghiêm"),
    E("Trần Huy Ánh", "PER"),  # "KTS" (architect) stays out
    E("Vũ Văn Viện", "PER", role="Giám đốc Sở GTVT Hà Nội"),
    E("Sở GTVT Hà Nội", "ORG", canonical="Sở Giao thông vận tải Hà Nội", level="province", **HN),
    E("Hà Nội", "LOC", ctx="Hà Nội sẽ phối hợp", **HNP),
    E("Bộ GTVT", "ORG", canonical="Bộ Giao thông vận tải", level="national"),
    E("Hà Nội", "LOC", ctx="Hà Nội sẽ hướng tới", **HNP),
    E("Hà Nội", "LOC", ctx="Hà Nội sẽ tăng thêm", **HNP),
    E("Hà Nội", "LOC", ctx="Hà Nội sẽ đầu tư", **HNP),
    # closing "NHÓM PHÓNG VIÊN THỜI SỰ" names no one
]
