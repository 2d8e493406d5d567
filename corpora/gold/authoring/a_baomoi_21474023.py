"""baomoi-21474023: Bà Rịa - Vũng Tàu grants eight investment certificates."""

from _dsl import B, E, S

P = "Bà Rịa - Vũng Tàu"
PV = dict(level="province", province=P)
VDK = "tổng vốn đăng ký"
TL = "tỷ lệ chuyển từ vốn đăng ký sang vốn thực hiện"
TM = "tổng mức đầu tư toàn xã hội"

BOILERPLATE = [
    B('(Ảnh minh họa. Thái Hùng/TTXVN)'),
]

STATS = [
    S("tám giấy chứng nhận", "giấy chứng nhận", "count", value=8),
    S("311 triệu USD", "USD", "money", ind=VDK),
    S("3.588 tỷ đồng", "VND", "money", ind=VDK),
    S("4 dự án", "dự án", "count"),
    S("4 dự án", "dự án", "count"),
    S("tám giấy chứng nhận", "giấy chứng nhận", "count", value=8),
    S("311 triệu USD", "USD", "money", ind=VDK),
    S("hơn 706 tỷ đồng", "VND", "money", q="more_than", ind=VDK),
    S("3.588 tỷ đồng", "VND", "money", ind=VDK),
    S("bốn dự án", "dự án", "count", value=4),
    S("bốn dự án", "dự án", "count", value=4),
    S("301 dự án", "dự án", "count"),
    S("451 dự án", "dự án", "count"),
    S("gần 26,7 tỷ USD", "USD", "money", q="approx", ind=VDK),
    S("hơn 245.500 tỷ đồng", "VND", "money", q="more_than", ind=VDK),
    S("gần 41%", "%", "percent", q="approx", ind=TL),
    S("hơn 45%", "%", "percent", q="more_than", ch="increase", ind=TL),
    S("42%", "%", "percent", ind=TL),
    S("45%", "%", "percent", ch="increase", ind=TL),
    S("khoảng 41.000 tỷ đồng", "VND", "money", q="approx", ind=TM),
    S("gần 7%", "%", "percent", q="approx", ch="increase", ind=TM),
    S("hơn 33.600 tỷ đồng", "VND", "money", q="more_than", ind="vốn doanh nghiệp trong và ngoài nước"),
    S("1,2 tỷ USD", "USD", "money"),
    S("chín doanh nghiệp", "doanh nghiệp", "count", value=9),
    S("5,6%", "%", "percent", ind="tốc độ tăng trưởng kinh tế"),
    S("hơn 32.500 tỷ đồng", "VND", "money", q="more_than", ind="đóng góp vào ngân sách"),
    S("hơn 22.000 việc làm", "việc làm", "count", q="more_than"),
    S("hơn 10 tỷ đồng", "VND", "money", q="more_than"),
]

ENTS = [
    E("Bà Rịa-Vũng Tàu", "LOC", **PV),
    E("Nguyễn Văn Trình", "PER", role="Chủ tịch Ủy ban Nhân dân tỉnh Bà Rịa-Vũng Tàu"),
    E("Ủy ban Nhân dân tỉnh Bà Rịa-Vũng Tàu", "ORG", canonical="Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", **PV),
    E("tỉnh Bà Rịa-Vũng Tàu", "LOC", **PV),
    E("Choi Young Gyo", "PER", role="Chủ tịch ngành hóa chất của Tập đoàn Hyosung Corporation"),
    E("Tập đoàn Hyosung Corporation", "ORG", canonical="Hyosung Corporation"),
    E("tỉnh Bà Rịa-Vũng Tàu", "LOC", **PV),
    E("Nguyễn Hồng Lĩnh", "PER", role="Bí thư Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu"),
    E("Tỉnh ủy tỉnh Bà Rịa-Vũng Tàu", "ORG", canonical="Tỉnh ủy Bà Rịa - Vũng Tàu", **PV),
    E("Bà Rịa-Vũng Tàu", "LOC", **PV),
    E("tỉnh Bà Rịa-Vũng Tàu", "LOC", **PV),
]
