"""baomoi-21476390: Khánh Hòa, TP Nha Trang: relief for families burnt out before Tết (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Đại diện nhãn hàng VNLITE LED hỗ trợ người dân gặp hoạn nạn"),
]

STATS: list = []

ENTS = [
    E("cồn Nhất Trí", "LOC", type="island"),
    E("phường Vĩnh Phước", "LOC"),
    E("TP Nha Trang", "LOC"),
    E("tỉnh Khánh Hòa", "LOC"),
    E("Trường CĐ Y tế Khánh Hòa", "ORG"),
    E("cồn Nhất Trí", "LOC", type="island"),
    E("Báo Người Lao Động", "ORG"),
    E("LĐLĐ TP Nha Trang", "ORG"),
    E("tỉnh Khánh Hòa", "LOC"),
    E("Công ty Ánh sáng Tuấn Khương", "ORG"),
    E("Lê Hoàng Bảo", "PER"),
    E("Phòng Marketing Công ty Ánh sáng Tuấn Khương", "ORG"),
    E("UBND phường Vĩnh Phước", "ORG"),
    E("Chính phủ", "ORG"),
    E("Trương Hòa Bình", "PER"),
    E("tỉnh Khánh Hòa", "LOC"),
    E("Tổng LĐLĐ Việt Nam", "ORG"),
    E("Tổng Công ty Khánh Việt", "ORG"),
    E("Hội Doanh nghiệp trẻ Khánh Hòa", "ORG"),
    E("Công ty CP Truyền thông GTO", "ORG"),
    E("Trần Khắc Thạch", "PER"),
    E("Nguyễn Sỹ Khánh", "PER"),
    E("UBND TP Nha Trang", "ORG"),
    E("UBND TP", "ORG"),
    E("Kỳ Nam", "PER"),
]
