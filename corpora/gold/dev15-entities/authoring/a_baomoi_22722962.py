"""baomoi-22722962: Hà Nam, the province's thousand-billion sports hall hosts only small events; the provincial
culture department, committee chairman and the national sports administration on its use (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Nhà thi đấu đa năng nghìn tỷ ở Hà Nam trơ trọi", "Ảnh: Tiến Tuấn."),
    B("Dù được đầu tư hơn 1.000 tỷ đồng nhưng từ năm 2014", "Ảnh: Lê Hiếu."),
    B("Nhà thi đấu tỉnh Hà Nam (chấm đỏ)", "Ảnh: Google Maps."),
]

STATS: list = []

HN = dict(province="Hà Nam")
SVH = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam"
UBT = "Ủy ban nhân dân tỉnh Hà Nam"
TCTDTT = dict(canonical="Tổng cục Thể dục thể thao", level="national")
BVH = dict(canonical="Bộ Văn hóa, Thể thao và Du lịch", level="national")
TTHL = dict(canonical="Trung tâm huấn luyện thể thao quốc gia 1", level="national")

ENTS = [
    E("Sở Văn hóa Hà Nam", "ORG", canonical=SVH, level="province", **HN),
    E("Zing.vn", "ORG"),
    E("Trần Quốc Toản", "PER", role="Phó giám đốc Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Hà Nam"),
    # parenthesis breaks the name; "VHTT&DL" abbreviates part of it only (dev4 decision 5)
    E("Sở Văn hóa, Thể thao và Du lịch", "ORG", canonical=SVH, level="province", **HN),
    E("Hà Nam", "LOC", level="province", ctx="(VHTT&DL) Hà Nam"),
    E("UBND tỉnh", "ORG", canonical=UBT, level="province", **HN),
    E("Nhà thi đấu thể dục thể thao Hà Nam", "LOC", type="facility", **HN),
    E("Toản", "PER"),
    E("Hà Nam", "LOC", level="province"),
    # pull quote: body text (earlier decision)
    E("Trần Quốc Toản", "PER", role="Phó giám đốc Sở VHTT&DL Hà Nam"),
    E("Sở VHTT&DL Hà Nam", "ORG", canonical=SVH, level="province", **HN),
    E("UBND tỉnh", "ORG", canonical=UBT, level="province", **HN),
    E("Ban quản lý các công trình trọng điểm", "ORG",
      canonical="Ban quản lý các công trình trọng điểm tỉnh Hà Nam", level="province", **HN),
    E("Toản", "PER"),
    E("Nguyễn Xuân Đông", "PER", role="Chủ tịch UBND tỉnh Hà Nam"),
    E("UBND tỉnh Hà Nam", "ORG", canonical=UBT, level="province", **HN),
    E("Việt Nam", "LOC", level="country"),
    E("VTV", "ORG", canonical="Đài Truyền hình Việt Nam", level="national"),  # body inside the event name
    E("Đông", "PER", ctx="ông Đông cho biết"),
    E("Hà Nam", "LOC", level="province"),
    E("Bộ Văn hóa Thể dục thể thao và Du lịch", "ORG", **BVH),
    E("Tổng cục Thể dục thể thao", "ORG", **TCTDTT),
    E("UBND tỉnh", "ORG", canonical=UBT, level="province", **HN),
    E("VTV", "ORG", canonical="Đài Truyền hình Việt Nam", level="national"),
    E("Đông", "PER"),
    E("Trần Quốc Toản", "PER"),
    E("Tổng cục Thể dục thể thao", "ORG", **TCTDTT),
    E("Trung tâm huấn luyện thể thao quốc gia 1", "ORG", **TTHL),
    E("Nhổn", "LOC"),
    E("Hà Nội", "LOC", level="province"),
    E("Hà Nam", "LOC", level="province"),
    E("Zing.vn", "ORG"),
    E("Tổng cục Thể dục thể thao", "ORG", **TCTDTT),
    E("Vương Bích Thắng", "PER", role="Tổng cục trưởng Tổng cục Thể dục thể thao"),
    E("Hà Nam", "LOC", level="province"),
    E("Thái Bình", "LOC", level="province"),
    E("UBND tỉnh", "ORG", canonical=UBT, level="province", **HN),
    E("Bộ VHTT&DL", "ORG", **BVH),
    E("nhà thi đấu đa năng tỉnh Hà Nam", "LOC", type="facility", **HN),
    E("Thắng", "PER"),
    E("Trung tâm huấn luyện thể thao quốc gia 1", "ORG", **TTHL),
    E("nhà thi đấu đa năng Hà Nam", "LOC", type="facility", **HN),
    E("nhà thi đấu tỉnh Hà Nam", "LOC", type="facility", **HN),
    E("Thắng", "PER"),
    E("Hà Nam", "LOC", level="province"),
    E("Nhà thi đấu thể dục thể thao tỉnh Hà Nam", "LOC", type="facility", **HN),
    E("Đông Nam Á", "LOC", level="region"),
    E("Văn Chương", "PER"),  # byline
]
