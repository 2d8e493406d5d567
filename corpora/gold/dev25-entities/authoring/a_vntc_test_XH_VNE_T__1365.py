"""vntc-test-XH_VNE_T_-1365: Quảng Trị, the provincial natural resources department's inspection finds the
titanium-mining firms of Vĩnh Linh and Gio Linh destroying protective coastal forest; the district chairman disclaims
responsibility (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Quảng Trị")
QT = dict(level="province", **P)
VT = dict(level="commune", **P)
VL = dict(level="district", **P)
DDT = dict(canonical="Công ty TNHH Đại Đồng Tiến", **P)
STNMT = dict(canonical="Sở Tài nguyên và Môi trường tỉnh Quảng Trị", level="province", **P)

ENTS = [
    E("Quảng Trị", "LOC", **QT),  # title
    E("Quảng Trị", "LOC", **QT),
    E("xã Vĩnh Thái", "LOC", **VT),
    E("huyện Vĩnh Linh", "LOC", **VL),
    E("Công ty Đại Đồng Tiến", "ORG", **DDT),
    E("Công ty Thương mại Tổng hợp Quảng Bình", "ORG"),  # one company name (rule 18)
    # "Bác Nguyễn Văn Phùng - Trưởng hội Người cao tuổi thôn Mạch Nước": the title fuses with "hội" (rule 23)
    E("Nguyễn Văn Phùng", "PER", role="Trưởng hội Người cao tuổi thôn Mạch Nước"),
    E("hội Người cao tuổi thôn Mạch Nước", "ORG", canonical="Hội Người cao tuổi thôn Mạch Nước", level="village", **P),
    E("xã Vĩnh Thái", "LOC", **VT),
    E("Công ty Đại Đồng Tiến", "ORG", **DDT),
    E("Phùng", "PER"),  # "ông Phùng tiếc nuối"
    E("Vĩnh Thái", "LOC", canonical="xã Vĩnh Thái", **VT),  # "sát bờ biển Vĩnh Thái"
    # "Chánh Thanh tra Sở Tài nguyên và Môi trường Lê Văn Khuyển": the department's inspectorate (dev4)
    E("Thanh tra Sở Tài nguyên và Môi trường", "ORG",
      canonical="Thanh tra Sở Tài nguyên và Môi trường tỉnh Quảng Trị", level="province", **P),
    E("Lê Văn Khuyển", "PER", role="Chánh Thanh tra Sở Tài nguyên và Môi trường"),
    E("Sở Tài nguyên và Môi trường Quảng Trị", "ORG", **STNMT),
    E("huyện Vĩnh Linh", "LOC", **VL),
    E("Công ty TNHH Đại Đồng Tiến", "ORG", **DDT),
    E("thôn Mạch Nước", "LOC", level="village", **P),
    E("Công ty TNHH Thanh Tâm", "ORG", **P),
    E("xã Vĩnh Tú", "LOC", **VT),
    E("Công ty TNHH Hiếu Giang", "ORG", **P),
    E("xã Vĩnh Kim", "LOC", **VT),
    E("huyện Gio Linh", "LOC", **VL),
    E("Công ty TNHH Tín Đạt Thành", "ORG", **P),
    # "chương trình 4126" (a programme) gives nothing (rule 20)
    E("UBND huyện Vĩnh Linh", "ORG", canonical="Ủy ban nhân dân huyện Vĩnh Linh", level="district", **P),
    E("Trần Hữu Chút", "PER", role="Chủ tịch UBND huyện Vĩnh Linh"),
    E("Chút", "PER"),  # "Ông Chút nói"
    # "Tỉnh cấp phép, huyện có biết đâu" and "gặp tỉnh": references, nothing (rule 20)
    E("Công ty Đại Đồng Tiến", "ORG", **DDT),
    E("tỉnh Quảng Trị", "LOC", **QT),
]
