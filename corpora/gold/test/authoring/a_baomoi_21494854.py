"""baomoi-21494854: Bắc Kạn, huyện Chợ Đồn: the education trade union caring for teachers."""

from _dsl import B, E, S

P = "Bắc Kạn"
PV = dict(level="province", province=P)
D = dict(level="district", province=P)
CDH = dict(canonical="Công đoàn Giáo dục huyện Chợ Đồn", **D)

BOILERPLATE = [
    B("Nghiệm thu, bàn giao nhà “Mái ấm CĐ” cho đoàn viên Lăng Thị Son", "tỉnh Bắc Kạn)."),  # caption
]

STATS = [
    S("59 CĐCS", "CĐCS", "count"),
    S("951 đoàn viên", "đoàn viên", "count"),
    S("228 người", "người", "count"),
    S("101 người", "người", "count"),
    S("117 người", "người", "count"),
    S("638 người", "người", "count"),
    S("29 người", "người", "count"),
    S("88%", "%", "percent", ind="tỉ lệ nữ"),
    S("792 lượt đoàn viên", "lượt đoàn viên", "count"),
    S("152 triệu đồng", "VND", "money"),
    S("1 nhà", "nhà", "count"),
    S("8 đoàn viên", "đoàn viên", "count"),
    S("40 triệu đồng", "VND", "money"),
]

ENTS = [
    E("Triệu Thị Lợi", "PER", role="Chủ tịch CĐ Giáo dục huyện Chợ Đồn"),
    E("CĐ Giáo dục huyện Chợ Đồn", "ORG", **CDH),
    E("tỉnh Bắc Kạn", "LOC", **PV),
    # caption "Nghiệm thu, bàn giao nhà ... tỉnh Bắc Kạn)." is boilerplate
    E("CĐ Giáo dục huyện Chợ Đồn", "ORG", **CDH),
    E("CĐ Giáo dục huyện Chợ Đồn", "ORG", **CDH),
    E("Phòng GDĐT huyện", "ORG", canonical="Phòng Giáo dục và Đào tạo huyện Chợ Đồn", **D),
    E("CĐ Giáo dục huyện Chợ Đồn", "ORG", **CDH),
    E("LĐLĐ tỉnh", "ORG", canonical="Liên đoàn Lao động tỉnh Bắc Kạn", **PV),
    E("CĐ Giáo dục tỉnh Bắc Kạn", "ORG", canonical="Công đoàn Giáo dục tỉnh Bắc Kạn", **PV),
    E("quỹ “Trợ vốn phát triển kinh tế gia đình”", "ORG", canonical="Quỹ Trợ vốn phát triển kinh tế gia đình",
      **D),
    E("CĐ Giáo dục huyện Chợ Đồn", "ORG", **CDH),
    E("N.LIÊM", "PER"),
    E("X.TRƯỜNG", "PER"),
]
