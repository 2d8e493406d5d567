"""baomoi-21477912: Hà Tĩnh, huyện Lộc Hà cooperatives and the mass organisations."""

from _dsl import B, E, S

P = "Hà Tĩnh"
LH = dict(level="district", province=P)
XA = dict(level="commune", province=P)
LUAT = dict(type="Luật", canonical="Luật Hợp tác xã")
LHPN = dict(canonical="Hội Liên hiệp Phụ nữ xã Bình Lộc", **XA)
VON = "tổng số vốn hoạt động của các HTX"
TN = "thu nhập bình quân của các thành viên, người lao động thường xuyên của HTX"

BOILERPLATE = [
    B('Những chính sách', 'Loan Hoan.'),
]

STATS = [
    S("80 HTX", "HTX", "count"),
    S("5 HTX", "HTX", "count"),
    S("2 HTX", "HTX", "count"),
    S("từ 3-4 triệu đồng/người", "VND/người", "range", value=3e6, high=4e6,
      ind="thu nhập bình quân lao động mỗi tháng"),
    S("8 HTX", "HTX", "count"),
    S("4 HTX", "HTX", "count", ch="increase"),
    S("11 tỷ đồng", "VND", "money", ind=VON),
    S("4 tỷ đồng", "VND", "money", ch="increase", ind=VON),
    S("72 triệu đồng/người/năm", "VND/người/năm", "rate", value=72e6, ind=TN),
    S("26 triệu đồng", "VND", "money", ch="increase", ind=TN),
    S("80 HTX", "HTX", "count"),
    S("13 xã", "xã", "count"),
]

ENTS = [
    E("Lộc Hà", "LOC", **LH),
    E("Luật HTX", "DOC", **LUAT),
    E("Phan Thị Tâm", "PER", role="Chủ tịch Hội LHPN xã Bình Lộc"),
    E("Hội LHPN xã Bình Lộc", "ORG", **LHPN),
    E("Bình Lộc", "LOC", ctx="phụ nữ Bình Lộc", **XA),
    E("Hội LHPN", "ORG", **LHPN),
    E("Luật HTX", "DOC", **LUAT),
    E("Nguyễn Thị Cảnh", "PER", role="Giám đốc HTX Thu mua, chế biến nông sản Thắng Cảnh"),
    E("HTX Thu mua, chế biến nông sản Thắng Cảnh", "ORG",
      canonical="Hợp tác xã Thu mua, chế biến nông sản Thắng Cảnh", province=P),
    E("Luật HTX", "DOC", **LUAT),
    E("Mai Phụ", "LOC", **XA),
    E("Phan Văn Hải", "PER", role="Chủ tịch Hội Nông dân xã Mai Phụ"),
    E("Hội Nông dân xã Mai Phụ", "ORG", canonical="Hội Nông dân xã Mai Phụ", **XA),
    E("Luật HTX", "DOC", **LUAT),
    E("Luật HTX", "DOC", **LUAT),
    E("Phan Văn Nhàn", "PER", role="Phó Chủ tịch UBND huyện Lộc Hà"),
    E("UBND huyện Lộc Hà", "ORG", canonical="Ủy ban nhân dân huyện Lộc Hà", **LH),
    E("Lộc Hà", "LOC", ctx="trên địa bàn Lộc Hà", **LH),
    E("Trọng Tuệ", "PER"),
]
