"""baomoi-22618669: Hải Phòng, the Prime Minister's working session on the city's socio-economic results."""

from _dsl import B, S

BOILERPLATE = [
    B("Thủ tướng Nguyễn Xuân Phúc phát biểu chỉ đạo tại buổi làm việc", "Ảnh: VGP/Quang Hiếu"),
    B("Trước hết, Thủ tướng yêu cầu công tác xây dựng Đảng", "Ảnh: VGP"),
    B("Theo Báo Chính phủ", kind="source"),
]

STATS = [
    S("13,26%", "%", "percent", ind="GRDP"),
    S("21,08%", "%", "percent", ch="increase", ind="chỉ số sản xuất công nghiệp"),
    S("trên 3 tỷ USD", "USD", "money", q="more_than", ind="kim ngạch xuất khẩu"),
    S("43 triệu tấn", "tấn", "measure", ind="sản lượng hàng hóa qua cảng"),
    S("gần 14%", "%", "percent", q="approx", ch="increase", ind="sản lượng hàng hóa qua cảng"),
    S("trên 3 triệu lượt người", "lượt người", "count", q="more_than", ind="khách du lịch"),
    S("10,49%", "%", "percent", ch="increase", ind="khách du lịch"),
    S("34.802 tỷ đồng", "VND", "money", ind="thu ngân sách Nhà nước trên địa bàn"),
    S("16,4%", "%", "percent", ch="increase", ind="thu ngân sách Nhà nước trên địa bàn"),
    # "nhóm 10 địa phương hấp dẫn nhất": a ranking group
    S("9 đảng viên", "đảng viên", "count"),
    S("2 Thành ủy viên", "Thành ủy viên", "count"),
    # "đứng thứ 15/63", "thứ 21/63", "thứ 3 cả nước": ranks (ordinals)
    S("6,7%", "%", "percent", ind="mục tiêu tăng trưởng của cả nước"),
    S("12,5-13%", "%", "range", high=13, ind="mức tăng trưởng"),
    S("13,26%", "%", "percent", ind="mức tăng trưởng"),
    S("14%", "%", "percent", ind="mức tăng trưởng"),
    S("46%", "%", "percent", ind="diện tích đất"),
    S("54%", "%", "percent", ind="diện tích đất"),
    # "đô thị loại 1": a class
    S("46%", "%", "percent", ind="đất đô thị"),
    S("95%", "%", "percent", ind="GDP"),
    S("chưa đến 5%", "%", "percent", q="less_than", ind="GDP"),
    S("54%", "%", "percent", ind="đất đai"),
    # "5, 10 năm": durations
    S("15-30 triệu người", "người", "range", value=15e6, high=30e6, ind="dân số"),
    S("2 triệu người", "người", "count", ind="dân số"),
]

ENTS: list = []
