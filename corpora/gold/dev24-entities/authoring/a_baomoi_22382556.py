"""baomoi-22382556: TP Hồ Chí Minh, the city party secretary works with the city fire police and asks for the
missing fire hydrants before 2020 (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # two credited photo captions glued into the text (test README d2)
    B("Bí thư Nhân bắt tay cán bộ chiến sỹ PCCC.", "Ảnh: NGUYỄN TRÀ"),
    B("Đại tá Lê Tấn Bửu và bí Thư Nhân tiếp tục trao đổi", "Ảnh: NGUYỄN TRÀ"),
]

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
HCM = dict(level="province", **P)
TU = dict(canonical="Thành ủy TP Hồ Chí Minh", level="province", **P)
PCCC = dict(canonical="Cảnh sát Phòng cháy và chữa cháy TP Hồ Chí Minh", level="province", **P)
BCT = dict(canonical="Bộ Chính trị", level="national")
CTN = dict(canonical="Tổng Công ty Cấp thoát nước TP Hồ Chí Minh", level="province", **P)

ENTS = [
    E("TP.HCM", "LOC", **HCM),  # opening quote "Đến TP.HCM ai cũng muốn ..."
    E("Bộ Chính trị", "ORG", **BCT),  # "Ủy viên Bộ Chính trị" (rule 24)
    E("Thành ủy TP.HCM", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role="Bí thư Thành ủy TP.HCM"),
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    E("Bộ chính trị", "ORG", **BCT),  # lower-case "chính trị" as written
    E("Thành ủy TP.HCM", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role="Bí thư Thành ủy TP.HCM"),
    # "dẫn đầu đoàn": an ad hoc delegation gives nothing (dev3 d1)
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    # caption (boilerplate): "Bí thư Nhân bắt tay cán bộ chiến sỹ PCCC. Ảnh: NGUYỄN TRÀ"
    E("Lê Tấn Bửu", "PER", role="Giám đốc Cảnh sát PCCC TP.HCM"),  # rank "Đại tá" out
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    # "lực lượng Cảnh sát PCCC TP.HCM": the one city force, "lực lượng" out (dev20 B d1, dev23 A d2)
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    E("Bửu", "PER"),
    # "lực lượng PCCC tại chỗ" (on-site fire crews, a class) gives nothing
    # caption (boilerplate): "Đại tá Lê Tấn Bửu và bí Thư Nhân tiếp tục trao đổi khi rời cuộc họp. Ảnh: NGUYỄN TRÀ"
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),  # "người đứng đầu Cảnh sát PCCC TP.HCM"
    E("Bửu", "PER"),
    E("Tổng Công ty Cấp thoát nước TP", "ORG", **CTN),  # "TP" kept inside the name (dev5 d4's "Sở Xây dựng TP")
    # lower-case descriptive repeat of the one company just named (dev7 A d8, dev17 A d3, test README d8)
    E("công ty cấp thoát nước", "ORG", **CTN),
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Thành ủy TP.HCM", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role="Bí thư Thành ủy TP.HCM"),
    E("Cảnh sát PCCC TP.HCM", "ORG", **PCCC),
    E("Thành ủy", "ORG", **TU),  # "Bí thư Thành ủy chỉ đạo"
    E("Thành ủy", "ORG", **TU),  # "Bí thư Thành ủy đề nghị"
    E("Cảnh sát PCCC TP", "ORG", **PCCC),
]
