"""baomoi-21473347: national, the social-policy bank's 2016 results and 2017 credit growth."""

from _dsl import B, E, S

N = dict(level="national")
NH = dict(canonical="Ngân hàng Chính sách xã hội Việt Nam", **N)
CP = dict(canonical="Chính phủ", **N)
KH = "kế hoạch tăng trưởng tín dụng"
TG = "tiền gửi tiết kiệm tại NHCSXH"

BOILERPLATE = [
    B('Ảnh minh họa. Nguồn: Internet'),
    B('Theo baocongthuong.com.vn', kind="source"),
]

STATS = [
    S("khoảng 5.100 tỷ đồng", "VND", "money", q="approx", ch="increase", ind="nguồn tín dụng ưu đãi"),
    S("khoảng 1.000 tỷ đồng", "VND", "money", q="approx", ind="gói tín dụng cho vay nhà ở xã hội"),
    S("2%", "%", "percent", ch="increase", ind=KH),
    S("8%", "%", "percent", ind=KH),
    S("10%", "%", "percent", ch="increase", ind=KH),
    S("352 tỷ đồng", "VND", "money", ind="tiền gửi tiết kiệm của cộng đồng dân cư tại điểm giao dịch xã"),
    S("162.380 tỷ đồng", "VND", "money", ind="tổng nguồn vốn"),
    S("10,9%", "%", "percent", ch="increase", ind="tổng nguồn vốn"),
    S("5.436 tỷ đồng", "VND", "money", ind=TG),
    S("1.250 tỷ đồng", "VND", "money", ch="increase", ind=TG),
    S("157.372 tỷ đồng", "VND", "money", ind="tổng dư nợ các chương trình tín dụng chính sách"),
    S("trên 6.784 nghìn hộ", "hộ", "count", q="more_than"),
    S("140.929 tỷ đồng", "VND", "money", ind="dư nợ tín dụng thực hiện theo chỉ tiêu kế hoạch giao"),
    S("100%", "%", "percent", ind="dư nợ tín dụng thực hiện theo chỉ tiêu kế hoạch giao"),
    S("0,75%", "%", "percent", ind="tỷ lệ nợ quá hạn và nợ khoanh"),
    S("0,03%", "%", "percent", ch="decrease", ind="tỷ lệ nợ quá hạn và nợ khoanh"),
    S("55.150 tỷ đồng", "VND", "money", ind="doanh số cho vay"),
    S("trên 2.297 nghìn lượt hộ", "lượt hộ", "count", q="more_than"),
    S("hơn 6.000 tỷ đồng", "VND", "money", q="more_than", ch="increase", ind="nguồn tín dụng cho vay mới"),
    S("8%", "%", "percent", ind="chỉ tiêu tăng trưởng"),
    S("khoảng 11.300 tỷ đồng", "VND", "money", q="approx", ind="chỉ tiêu tăng trưởng"),
    S("khoảng 45.000 tỷ đồng", "VND", "money", q="approx", ind="thu nợ"),
    S("58.300 tỷ đồng", "VND", "money", ind="tổng vốn cho vay"),
    S("1 nghìn tỷ đồng", "VND", "money", ind="nguồn vốn cho chương trình này"),
]

ENTS = [
    E("Ngân hàng Chính sách xã hội", "ORG", **NH),
    E("NHCSXH", "ORG", **NH),
    E("Chính phủ", "ORG", **CP),
    E("Nguyễn Văn Lý", "PER", role="Phó Tổng giám đốc NHCSXH"),
    E("NHCSXH", "ORG", **NH),
    E("NHCSXH", "ORG", **NH),
    E("Chính phủ", "ORG", **CP),
    E("NHCSXH", "ORG", **NH),
    E("NHCSXH", "ORG", **NH),
    E("Lý", "PER", ctx="ông Lý"),
    E("NHSCXH", "ORG", **NH),
    E("Chính phủ", "ORG", **CP),
    E("Lý", "PER", ctx="Ông Lý"),
    E("NHCSXH", "ORG", **NH),
    E("Lý", "PER", ctx="ông Lý"),
    E("NHCSXH", "ORG", **NH),
    E("Lý", "PER", ctx="Ông Lý"),
    E("Chính phủ", "ORG", **CP),
]
