"""baomoi-22228492: Hà Nội, resettlement apartments stand empty years after completion; a former ministry official on
why, and the city's site-clearance targets (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # a photo series: four captions glued between body sentences, each repeating or summing up the text around it
    # (test README 2, dev5 decision 5); the "(Hai Bà Trưng, Hà Nội)" / "(Hà Nội)" tails are the captions' style
    B("Khoảng 150 căn tái định cư ở phố Tạ Quang Bửu", "bỏ hoang nhiều năm nay."),
    B("Khu chung cư tái định cư Hoàng Cầu (Hà Nội)", "gấp đôi giá gốc."),
    B("Khu tái định cư Thành phố giao lưu (Bắc Từ Liêm, Hà Nội) được đưa vào sử dụng", "thưa thớt người ở."),
    B("Nhiều căn tái định cư ở khu tái định cư Thành phố Giao lưu", "không người ở."),
]

STATS: list = []

HN = dict(province="Hà Nội")
CITY = dict(level="province", **HN)
BLD = dict(type="building", **HN)
CUC = dict(canonical="Cục Quản lý nhà và thị trường bất động sản", level="national")

ENTS = [
    E("Hà Nội", "LOC", **CITY),
    E("phố Tạ Quang Bửu", "LOC", type="street", **HN),
    E("Hai Bà Trưng", "LOC", level="district", **HN),
    E("Hà Nội", "LOC", **CITY),
    E("Công ty CP Tu tạo và Phát triển nhà", "ORG", canonical="Công ty Cổ phần Tu tạo và Phát triển nhà"),
    # caption "Khoảng 150 căn ... bỏ hoang nhiều năm nay." is boilerplate
    # "3 khối nhà CT1 A, B, C": blocks named by a code after a plural, bare (rule 28; dev17 A decision 1)
    E("CT1 A", "LOC", canonical="nhà CT1A", **BLD),
    E("B", "LOC", canonical="nhà CT1B", **BLD),
    E("C", "LOC", canonical="nhà CT1C", **BLD),
    E("Khu tái định cư Thành phố giao lưu", "LOC", type="residential_zone", **HN),
    E("Bắc Từ Liêm", "LOC", level="district", **HN),
    E("Hà Nội", "LOC", **CITY),
    E("khu chung cư tái định cư Hoàng Cầu", "LOC", type="residential_zone", **HN),
    # "4 tòa CT2A, CT2B, CT2C và CT3": bare after the plural
    E("CT2A", "LOC", canonical="tòa CT2A", **BLD),
    E("CT2B", "LOC", canonical="tòa CT2B", **BLD),
    E("CT2C", "LOC", canonical="tòa CT2C", **BLD),
    E("CT3", "LOC", canonical="tòa CT3", **BLD),
    # caption "Khu chung cư tái định cư Hoàng Cầu (Hà Nội) ... giá gốc." is boilerplate
    E("tòa CT2A", "LOC", **BLD),
    # "đóng cho Nhà nước" gives nothing (rule 20); caption "Khu tái định cư Thành phố giao lưu ..." is boilerplate
    E("Nguyễn Mạnh Hà", "PER", role="nguyên Cục trưởng Cục Quản lý nhà và thị trường bất động sản"),
    E("Cục Quản lý nhà và thị trường bất động sản", "ORG", **CUC),
    E("Bộ Xây dựng", "ORG", level="national"),
    E("quận Tây Hồ", "LOC", level="district", **HN),
    E("Hà Đông", "LOC", level="district", **HN),
    E("Mỹ Đình", "LOC", **HN),
    E("Gia Lâm", "LOC", level="district", **HN),
    E("Hà", "PER", ctx="ông Hà phân tích", canonical="Nguyễn Mạnh Hà"),
    # caption "Nhiều căn tái định cư ở khu tái định cư Thành phố Giao lưu ..." is boilerplate
    E("Cục Quản lý nhà và thị trường bất động sản", "ORG", **CUC),  # after "nguyên Cục trưởng" (title written apart)
    E("Luật Nhà ở", "DOC", type="Luật"),
    E("Hà", "PER", ctx="ông Hà nói", canonical="Nguyễn Mạnh Hà"),
    E("Hà Nội", "LOC", **CITY),
    E("Hà Nội", "LOC", **CITY),
    E("Nguyễn Lê", "PER"),  # byline
]
