"""baomoi-22467278: Phú Yên, support for fishermen under Nghị định 67/2014/NĐ-CP."""

from _dsl import B, E, S

P = "Phú Yên"
PV = dict(level="province", province=P)
CP = dict(canonical="Chính phủ", level="national")
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên", **PV)
ND67 = dict(type="Nghị định", number="67", issuer="Chính phủ")
TH = dict(level="district", province=P)

BOILERPLATE = [
    B('Một tàu vỏ', 'định 67.'),
]

STATS = [
    S("21 tàu cá", "tàu cá", "count"),
    S("4 tàu", "tàu", "count"),
    S("hơn 310 tỷ đồng", "VND", "money", q="more_than"),
    S("12 tàu", "tàu", "count"),
    S("4 tàu", "tàu", "count"),
    S("6 tàu", "tàu", "count"),
    S("2 tàu", "tàu", "count"),
    S("38 lượt khách hàng", "lượt khách hàng", "count"),
    S("gần 8,6 tỷ đồng", "VND", "money", q="approx"),
    S("940 tàu cá", "tàu cá", "count"),
    S("12,92 tỷ đồng", "VND", "money", ind="kinh phí"),
    S("7.508 thuyền viên", "thuyền viên", "count"),
    S("hơn 2,25 tỷ đồng", "VND", "money", q="more_than", ind="kinh phí"),
    S("430 thuyền viên", "thuyền viên", "count"),
    S("2 dự án", "dự án", "count"),
    S("85 tỷ đồng", "VND", "money", ind="kinh phí"),
    S("161 tỷ đồng", "VND", "money", ind="kinh phí"),
    S("4 vùng", "vùng", "count"),
    S("2 khu", "khu", "count"),
    S("khoảng 120 tỷ đồng", "VND", "money", q="approx"),
]

ENTS = [
    E("Tỉnh Phú Yên", "LOC", **PV),
    E("Nghị định 67/2014/NĐ-CP ngày 7/7/2014", "DOC", code="2014/NĐ-CP", date="2014-07-07", **ND67),
    E("Chính phủ", "ORG", **CP),
    E("Nghị định 67", "DOC", **ND67),
    E("Sở Nông nghiệp và Phát triển nông thôn Phú Yên", "ORG", **SNN),
    E("Phan Thanh Trị", "PER"),
    E("phường Phú Đông", "LOC", level="commune", province=P),
    E("thành phố Tuy Hòa", "LOC", **TH),
    E("Nghị định 67", "DOC", **ND67),
    E("Phan Thuẫn", "PER", role="Chủ tịch Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa"),
    E("Nghiệp đoàn nghề cá Phường 6", "ORG", canonical="Nghiệp đoàn nghề cá Phường 6, thành phố Tuy Hòa",
      level="commune", province=P),
    E("thành phố Tuy Hòa", "LOC", **TH),
    E("Nghị định 67", "DOC", **ND67),
    E("Nghị định 89", "DOC", type="Nghị định", number="89", issuer="Chính phủ"),
    E("Quyết định 48", "DOC", type="Quyết định", number="48", issuer="Chính phủ"),
    E("Chính Phủ", "ORG", **CP),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Phú Yên", **PV),
    E("Nguyễn Tri Phương", "PER", role="Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên"),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Phú Yên", "ORG", **SNN),
    E("tỉnh Phú Yên", "LOC", **PV),
    E("Phú Yên", "LOC", **PV),
    E("Sở Nông nghiệp và Phát triển nông thôn", "ORG", **SNN),
    E("tỉnh Phú Yên", "LOC", **PV),
    E("Khu neo đậu tránh trú bão Đông Tác", "LOC", type="facility", province=P),
    E("thành phố Tuy Hòa", "LOC", **TH),
    E("Trung tâm giống thủy sản nước mặn", "ORG", canonical="Trung tâm giống thủy sản nước mặn Phú Yên",
      province=P),
    E("xã An Hải", "LOC", level="commune", province=P),
    E("huyện Tuy An", "LOC", **TH),
    E("Ngân hàng thế giới", "ORG", canonical="Ngân hàng Thế giới"),
    E("WB", "ORG", canonical="Ngân hàng Thế giới"),
    E("cảng cá Đông Tác", "LOC", type="port", province=P),
    E("cảng cá Dân Phước", "LOC", type="port", province=P),
    E("Thế Lập", "PER"),
    E("TTXVN", "ORG", canonical="Thông tấn xã Việt Nam", level="national"),
]
