"""que-phong: the sample article (Nghệ An, huyện Quế Phong)."""

from _dsl import E, S

P = "Nghệ An"
UBND_H = dict(canonical="Ủy ban nhân dân huyện Quế Phong", level="district", province=P)
UBND_T = dict(canonical="Ủy ban nhân dân tỉnh Nghệ An", level="province", province=P)
QP = dict(level="district", province=P)
MOT_CUA = dict(canonical="Bộ phận Một cửa", province=P)

BOILERPLATE: list = []

STATS = [
    S("62 huyện", "huyện", "count"),
    S("32,49%", "%", "percent", ind="tỷ lệ hộ nghèo"),
    S("13 xã", "xã", "count"),
    S("01 thị trấn", "thị trấn", "count"),
    S("194 thôn bản", "thôn bản", "count"),
    S("12 xã", "xã", "count"),
    S("71.940 khẩu", "khẩu", "count"),
    S("90,44%", "%", "percent", ind="dân tộc thiểu số"),
    S("04 cuộc đối thoại", "cuộc", "count"),
    S("hơn 320 lượt người", "lượt người", "count", q="more_than"),
    S("13 phòng, ban", "phòng, ban", "count"),
    S("14 UBND", "UBND", "count"),
    S("3 đợt kiểm tra", "đợt", "count"),
    S("21 đơn vị", "đơn vị", "count"),
    S("100%", "%", "percent", ind="tỷ lệ hồ sơ trả trước hạn, đúng hạn"),
    S("98%", "%", "percent", ind="tỷ lệ hồ sơ trả trước hạn, đúng hạn"),
    S("từ 20-30%", "%", "range", high=30,
      ind="số TTHC được kiến nghị đơn giản hóa hoặc giảm thời gian thực hiện"),
    S("82/267 TTHC", "TTHC", "ratio"),
    S("30,7%", "%", "percent"),
    S("20-30%", "%", "range", high=30),
    S("13,4%", "%", "percent", ind="tốc độ tăng trưởng tổng giá trị sản xuất"),
    S("26 tỷ đồng", "VND", "money", ind="thu ngân sách nhà nước trên địa bàn"),
    S("11,4%", "%", "percent", ind="thu ngân sách nhà nước trên địa bàn"),
    S("29,8 triệu đồng", "VND", "money", ind="thu nhập bình quân đầu người"),
    S("5,99%", "%", "percent", ch="decrease", ind="tỷ lệ hộ nghèo"),
    S("26,5%", "%", "percent", ch="decrease", ind="tỷ lệ hộ nghèo"),
    S("10,92 tiêu chí/xã", "tiêu chí/xã", "rate", ind="số tiêu chí bình quân đạt được"),
    S("1,32 tiêu chí/xã", "tiêu chí/xã", "rate", ch="increase", ind="số tiêu chí bình quân đạt được"),
    S("17 tiêu chí", "tiêu chí", "count"),
    S("7 tiêu chí", "tiêu chí", "count"),
    S("26 thôn bản", "thôn bản", "count"),
]

ENTS = [
    E("Quế Phong", "LOC", **QP),
    E("huyện Quế Phong", "LOC", **QP),
    E("Đảng", "ORG", ctx="cấp ủy Đảng", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("Mặt trận Tổ quốc", "ORG", canonical="Mặt trận Tổ quốc Việt Nam"),
    E("Đảng", "ORG", ctx="giữa Đảng", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("UBND huyện Quế Phong", "ORG", **UBND_H),
    E("UBND huyện", "ORG", ctx="công chức. UBND huyện", **UBND_H),
    E("UBND huyện", "ORG", ctx="Năm 2019, UBND", **UBND_H),
    E("Chỉ thị 17-CT/TU", "DOC", type="Chỉ thị", number="17", code="CT/TU", issuer="Tỉnh ủy Nghệ An"),
    E("Tỉnh ủy", "ORG", canonical="Tỉnh ủy Nghệ An", level="province", province=P),
    E("Chỉ thị 09/CT-UBND", "DOC", type="Chỉ thị", number="09", code="CT-UBND",
      issuer="Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    E("UBND tỉnh", "ORG", **UBND_T),
    E("UBND huyện", "ORG", ctx="trực thuộc UBND huyện", **UBND_H),
    E("Huyện Quế Phong", "LOC", **QP),
    E("Bộ phận “Một cửa”", "ORG", **MOT_CUA),
    E("bộ phận “Một cửa” huyện", "ORG", canonical="Bộ phận Một cửa huyện Quế Phong", level="district",
      province=P),
    E("huyện Quế Phong", "LOC", **QP),
    E("bộ phận “Một cửa”", "ORG", **MOT_CUA),
    E("Chỉ thị số 09/CT-UBND ngày 08/4/2019", "DOC", type="Chỉ thị", number="09", code="CT-UBND",
      date="2019-04-08", issuer="Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    E("UBND tỉnh", "ORG", **UBND_T),
    E("UBND huyện Quế Phong", "ORG", **UBND_H),
    E("Chỉ thị số 05/CT-UBND ngày 18/4/2019", "DOC", type="Chỉ thị", number="05", code="CT-UBND",
      date="2019-04-18", issuer="Ủy ban nhân dân huyện Quế Phong"),
    E("Chỉ thị số 09/CT-UBND ngày 08/4/2019", "DOC", type="Chỉ thị", number="09", code="CT-UBND",
      date="2019-04-08", issuer="Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"),
    E("UBND tỉnh", "ORG", **UBND_T),
    E("UBND huyện Quế Phong", "ORG", **UBND_H),
    E("Chỉ thị 09/CT-UBND", "DOC", type="Chỉ thị", number="09", code="CT-UBND",
      issuer="Ủy ban nhân dân tỉnh Nghệ An"),
    E("UBND tỉnh", "ORG", **UBND_T),
    E("UBND huyện", "ORG", ctx="Hiện nay UBND huyện", **UBND_H),
    E("xã Quế Sơn", "LOC", level="commune", province=P),
    E("Nguyễn Mạnh Khôi", "PER", role="Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    E("Ban Dân vận Tỉnh ủy", "ORG", canonical="Ban Dân vận Tỉnh ủy Nghệ An", level="province", province=P),
]
