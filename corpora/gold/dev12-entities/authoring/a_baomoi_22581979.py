"""baomoi-22581979: Trà Vinh, Khánh Hòa and Phú Thọ, the education departments' preparations for the national
high-school exam, inspected by the Deputy Prime Minister and vice-ministers (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Thứ trưởng Bộ Giáo dục và Đào tạo Bùi Văn Ga kiểm tra và động viên", "Ảnh: Trung Kiên/TTXVN"),
]

STATS: list = []

BGD = "Bộ Giáo dục và Đào tạo"
SGD = "Sở Giáo dục và Đào tạo"

ENTS = [
    E("Chính phủ", "ORG", level="national"),  # Phó Thủ tướng Chính phủ (rule 24)
    E("Vũ Đức Đam", "PER", role="Phó Thủ tướng Chính phủ"),
    E(BGD, "ORG", level="national"),
    E("Phạm Mạnh Hùng", "PER", role="Thứ trưởng Bộ Giáo dục và Đào tạo"),
    E("Bùi Văn Ga", "PER", role="Thứ trưởng Bộ Giáo dục và Đào tạo"),
    E("Trà Vinh", "LOC", level="province"),  # "các tỉnh Trà Vinh, Khánh Hòa và Phú Thọ" (rule 28)
    E("Khánh Hòa", "LOC", level="province"),
    E("Phú Thọ", "LOC", level="province"),
    # caption (boilerplate)
    E("Trà Vinh", "LOC", level="province"),
    E("Nguyễn Thành Nguyện", "PER", role="Giám đốc Sở Giáo dục và Đào tạo"),
    E(SGD, "ORG", level="province", canonical="Sở Giáo dục và Đào tạo tỉnh Trà Vinh"),
    E("Chính phủ", "ORG", level="national"),
    E("Vũ Đức Đam", "PER", role="Phó Thủ tướng Chính phủ"),
    E("Trà Vinh", "LOC", level="province"),
    E("Trạm Y tế xã Đại Phước", "ORG", level="commune"),
    E("huyện Càng Long", "LOC", level="district"),
    E("Vũ Đức Đam", "PER", role="Phó Thủ tướng"),
    E("Khánh Hòa", "LOC", level="province"),
    E(SGD, "ORG", level="province", canonical="Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"),
    E("Trần Quang Mẫn", "PER", role="Phó Giám đốc Sở Giáo dục và Đào tạo"),
    E("Khánh Hòa", "LOC", level="province"),
    E(SGD, "ORG", level="province", canonical="Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"),
    E("Đại học Nha Trang", "ORG"),
    E("Đại học Khánh Hòa", "ORG"),
    E("Cao đẳng Sư phạm Trung ương Nha Trang", "ORG"),
    E(SGD, "ORG", level="province", canonical="Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"),
    E("Sở Giáo dục và Đào tạo Khánh Hòa", "ORG", level="province"),
    E("Phòng Khảo thí và Kiểm định chất lượng giáo dục", "ORG", level="province"),
    E("Mẫn", "PER"),
    E(BGD, "ORG", level="national"),
    E("Phạm Mạnh Hùng", "PER", role="Thứ trưởng Bộ Giáo dục và Đào tạo"),
    E("tỉnh Khánh Hòa", "LOC", level="province"),
    E("Phú Thọ", "LOC", level="province"),
    E("Sở Giáo dục và Đào tạo tỉnh Phú Thọ", "ORG", level="province"),
    E("Nguyễn Minh Tường", "PER", role="Giám đốc Sở Giáo dục và Đào tạo tỉnh Phú Thọ"),
    # "Hội đồng thi": the province's exam council, one body (dev8 B decision 3)
    E("Hội đồng thi", "ORG", level="province"),
    E("Hội đồng thi", "ORG", level="province"),
    E("Hội đồng thi", "ORG", level="province"),
    E("Hội đồng thi", "ORG", level="province"),
    E("Sở Thông tin Truyền thông", "ORG", level="province"),
    E("tỉnh Phú Thọ", "LOC", level="province"),
    E(BGD, "ORG", level="national"),
    E("Bùi Văn Ga", "PER", role="Thứ trưởng Bộ Giáo dục và Đào tạo"),
    E("Phú Thọ", "LOC", level="province"),
    E("TTXVN", "ORG", level="national"),
]
