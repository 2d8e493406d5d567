"""baomoi-22387720: Bắc Giang, the provincial committee's lychee sales conference with the border provinces and
Chinese partners (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Lê Quốc Doanh, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn phát biểu tại hội nghị.",
      "Ảnh: Tùng Lâm/TTXVN"),
    B("Trong ảnh: Vải thiều cùng một số loại nông sản", "Ảnh: Tùng Lâm/TTXVN"),
]

STATS: list = []

BNN = "Bộ Nông nghiệp và Phát triển nông thôn"

ENTS = [
    E("UBND tỉnh Bắc Giang", "ORG", level="province"),
    # caption (boilerplate)
    E(BNN, "ORG", level="national", ctx="Tham dự có Thứ trưởng"),
    E("Lê Quốc Doanh", "PER", role="Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn"),
    E("Lạng Sơn", "LOC", level="province"),  # "các tỉnh Lạng Sơn và Lào Cai" (rule 28)
    E("Lào Cai", "LOC", level="province"),
    E("Trung Quốc", "LOC", level="country"),
    E("Dương Văn Thái", "PER", role="Phó Chủ tịch UBND tỉnh Bắc Giang"),
    E("UBND tỉnh Bắc Giang", "ORG", level="province"),
    E("Bắc Giang", "LOC", level="province"),
    E("Hoa Kỳ", "LOC", level="country"),
    E("Bắc Giang", "LOC", level="province"),
    E("Bắc Giang", "LOC", level="province"),
    E("Hà Nội", "LOC", level="province"),
    E("Thành phố Hồ Chí Minh", "LOC", level="province"),
    E("Trung Quốc", "LOC", level="country"),
    E("Hoa Kỳ", "LOC", level="country"),
    E("Liên minh châu Âu", "ORG"),  # an international body, as in earlier sets
    E("Nhật Bản", "LOC", level="country"),
    E("Hàn Quốc", "LOC", level="country"),
    E("Australia", "LOC", level="country"),
    E("Trung Đông", "LOC", level="region"),
    E("Thái Lan", "LOC", level="country"),
    E("Canada", "LOC", level="country"),
    # caption (boilerplate)
    E("Trung Quốc", "LOC", level="country"),
    E("Lạng Sơn", "LOC", level="province"),
    E("Lào Cai", "LOC", level="province"),
    # "vải thiều Bắc Giang" (the product and its origin) gives nothing (earlier sets: "thép Trung Quốc")
    E("Trung Quốc", "LOC", level="country"),
    E("Hà Khẩu", "LOC"),
    E("Việt Nam", "LOC", level="country"),
    E("cửa khẩu quốc tế đường bộ số II Kim Thành", "LOC", type="border gate"),
    E("Phương Đông", "PER", role="Phó Huyện trưởng huyện Hà Khẩu"),
    E("huyện Hà Khẩu", "LOC"),
    E("Trung Quốc", "LOC", level="country"),
    E("Trung Quốc", "LOC", level="country", ctx="được quảng bá rộng rãi ở Trung Quốc"),
    E("Trung Quốc", "LOC", level="country"),
    E("Trung Quốc", "LOC", level="country"),
    E("Bắc Giang", "LOC", level="province", ctx="các cấp của Bắc Giang"),
    E("Bắc Giang", "LOC", level="province", ctx="đến Bắc Giang"),
    E("Tùng Lâm", "PER"),
    E("TTXVN", "ORG", level="national"),
]
