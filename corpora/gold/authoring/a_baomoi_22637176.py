"""baomoi-22637176: Tây Nam bộ (Mekong Delta), five-year review of social-policy credit in Cần Thơ."""

from _dsl import B, E, S

N = dict(level="national")
TNB = dict(level="region")
NH = dict(canonical="Ngân hàng Chính sách xã hội Việt Nam", **N)
DN = "tổng dư nợ các chương trình tín dụng chính sách"

BOILERPLATE = [
    B('Người dân ĐBSCL', 'Ảnh: PV.'),
]

STATS = [
    S("gần 160 ngàn tỷ đồng", "VND", "money", q="approx", ind=DN),
    S("gần 28 ngàn tỷ", "VND", "money", q="approx", ind=DN),
    S("30 triệu lượt hộ", "lượt hộ", "count"),
    S("hơn 2 triệu lượt hộ", "lượt hộ", "count", q="more_than"),
    S("100%", "%", "percent", ind="đối tượng đủ điều kiện được thụ hưởng chính sách"),
    S("72 tỷ", "VND", "money", ind="mức bình quân ủy thác"),
    S("127 tỷ", "VND", "money", ind="mức bình quân ủy thác"),
    S("27.838 tỷ đồng", "VND", "money", ind=DN),
    S("hơn 10.918 tỷ đồng", "VND", "money", q="more_than", ch="increase", ind=DN),
    S("10,5%", "%", "percent", ind="tốc độ tăng trưởng tín dụng bình quân"),
    S("trên 2,3 triệu lượt hộ", "lượt hộ", "count", q="more_than"),
    S("gần 386 nghìn hộ", "hộ", "count", q="approx"),
    S("trên 147 nghìn lao động", "lao động", "count", q="more_than"),
    S("trên 184 nghìn học sinh", "học sinh", "count", q="more_than"),
    S("trên 1 triệu công trình", "công trình", "count", q="more_than"),
    S("trên 36 nghìn căn nhà", "căn", "count", q="more_than"),
    S("10%", "%", "percent", ind="tỷ lệ hộ nghèo"),
    S("8,46%", "%", "percent", ch="decrease", ind="tỷ lệ hộ nghèo"),
]

ENTS = [
    E("Chính phủ", "ORG", canonical="Chính phủ", **N),
    E("Vương Đình Huệ", "PER",
      role="Phó Thủ tướng Chính phủ - Ủy viên Bộ Chính trị, Trưởng Ban Chỉ đạo Tây Nam bộ"),
    E("Bộ Chính trị", "ORG", canonical="Bộ Chính trị Ban Chấp hành Trung ương Đảng", **N),
    E("Ban Chỉ đạo Tây Nam bộ", "ORG", canonical="Ban Chỉ đạo Tây Nam Bộ", **N),
    E("Tây Nam bộ", "LOC", **TNB),
    E("Cần Thơ", "LOC", level="province", province="Cần Thơ"),
    E("Tây Nam bộ", "LOC", **TNB),
    E("Tây Nam bộ", "LOC", **TNB),
    E("Ngân hàng Chính sách Xã hội", "ORG", **NH),
    E("Ngân hàng CSXH", "ORG", **NH),
    E("Ngân hàng CSXH", "ORG", **NH),
    E("Tây Nam bộ", "LOC", **TNB),
    E("Ngân hàng CSXH", "ORG", **NH),
    E("Cảnh Kỳ", "PER"),
]
