"""baomoi-21487549: Bắc Ninh, xã Phù Chẩn (TX Từ Sơn), a model of new rural development."""

from _dsl import B, E, S

P = "Bắc Ninh"
XA = dict(level="commune", province=P)
TX = dict(level="district", province=P)

BOILERPLATE = [
    B('Trạm Y tế', 'hiện đại'),
]

STATS = [
    S("16/19 tiêu chí", "tiêu chí", "ratio"),
    S("19/19 tiêu chí", "tiêu chí", "ratio"),
    S("100%", "%", "percent", ind="đường trục xã, liên xã được nhựa hóa hoặc bê tông hóa"),
    S("100%", "%", "percent", ind="đường ngõ, xóm được cứng hóa"),
    S("100%", "%", "percent", ind="tỷ lệ hộ sử dụng điện thường xuyên"),
    S("100%", "%", "percent", ind="trường học các cấp có cơ sở vật chất đạt chuẩn quốc gia"),
    S("100%", "%", "percent",
      ind="tỷ lệ học sinh tốt nghiệp THCS được tiếp tục học trung học phổ thông"),
    S("86%", "%", "percent", ind="tỷ lệ người dân tham gia bảo hiểm y tế"),
    S("80%", "%", "percent", ind="bảo hiểm do Nhà nước hỗ trợ"),
    S("6%", "%", "percent", ind="bảo hiểm tự nguyện"),
    S("01 trạm y tế", "trạm y tế", "count"),
    S("8,93 tỷ đồng", "VND", "money", ind="tổng mức đầu tư"),
    S("100%", "%", "percent", ind="thôn có nhà văn hóa, thể thao đạt chuẩn"),
    S("09 công trình", "công trình", "count"),
    S("27,7 tỷ đồng", "VND", "money", ind="tổng mức đầu tư"),
    S("100%", "%", "percent", ind="tỷ lệ hộ được sử dụng nước sạch hợp vệ sinh"),
    S("50%", "%", "percent", ind="nguồn vốn địa phương hỗ trợ"),
    S("50%", "%", "percent"),
    S("28 triệu đồng/người/năm", "VND/người/năm", "rate", value=28e6, ind="thu nhập bình quân"),
    S("100%", "%", "percent"),
    S("5.000 USD/người/năm", "USD/người/năm", "rate", value=5000, ind="thu nhập của người dân"),
]

ENTS = [
    E("Phù Chẩn", "LOC", **XA),
    E("TX Từ Sơn", "LOC", **TX),
    E("Bắc Ninh", "LOC", level="province", province=P),
    E("Phù Chẩn", "LOC", **XA),
    E("Phù Chẩn", "LOC", **XA),
    E("Bộ GD-ĐT", "ORG", canonical="Bộ Giáo dục và Đào tạo", level="national"),
    E("Bộ VH-TT&DL", "ORG", canonical="Bộ Văn hóa, Thể thao và Du lịch", level="national"),
    E("Nguyễn Văn Tiến", "PER", role="Chủ tịch UBND xã Phù Chẩn"),
    E("UBND xã Phù Chẩn", "ORG", canonical="Ủy ban nhân dân xã Phù Chẩn", **XA),
    E("xã Phù Chẩn", "LOC", **XA),
    E("Trần Đức Quyết", "PER", role="Phó chủ tịch UBND TX Từ Sơn"),
    E("UBND TX Từ Sơn", "ORG", canonical="Ủy ban nhân dân thị xã Từ Sơn", **TX),
    E("TX Từ Sơn", "LOC", **TX),
    E("Chính phủ", "ORG", canonical="Chính phủ", level="national"),
    E("Từ Sơn", "LOC", **TX),
]
