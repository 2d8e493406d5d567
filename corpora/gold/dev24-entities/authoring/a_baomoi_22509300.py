"""baomoi-22509300: TP Hồ Chí Minh, the city council's extraordinary session on urban environmental protection and
waste management; delegates question the environment department, the city vice-chairman answers and the council
passes its resolution (entities only)."""

from _dsl import B, E

# a photo caption without credit, glued between the lead and the first body sentence
BOILERPLATE = [
    B("TP.HCM sẽ nâng cấp các trạm trung chuyển rác khép kín, thay vì “lộ thiên” như hiện nay"),
]

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
CITY = dict(level="province", **HCM)
HD = dict(canonical="Hội đồng nhân dân TP Hồ Chí Minh", level="province", **HCM)
UB = dict(canonical="Ủy ban nhân dân TP Hồ Chí Minh", level="province", **HCM)
TNMT = dict(canonical="Sở Tài nguyên và Môi trường TP Hồ Chí Minh", level="province", **HCM)
D = dict(level="district", **HCM)
THANG = dict(canonical="Nguyễn Toàn Thắng")

ENTS = [
    E("HĐND TP.HCM", "ORG", **HD),
    E("TP.HCM", "LOC", **CITY),
    # caption "TP.HCM sẽ nâng cấp các trạm trung chuyển rác ..." is boilerplate
    E("HĐND TP.HCM", "ORG", **HD),
    E("Nguyễn Thị Quyết Tâm", "PER", role="Chủ tịch HĐND TP.HCM"),
    E("TP.HCM", "LOC", **CITY),
    E("Nguyễn Toàn Thắng", "PER"),
    E("TP.HCM", "LOC", **CITY),
    # "(công ích TP, quận, huyện)": bare "TP" (rule 20)
    E("HĐND TP.HCM", "ORG", **HD),  # "15 đại biểu (ĐB) HĐND TP.HCM"
    E("Báo Thanh Niên", "ORG", canonical="Báo Thanh Niên"),
    # places inside the newspaper's cited headlines (as rule 30's quoted project titles)
    E("Sài Gòn", "LOC", **CITY),
    E("TP.HCM", "LOC", **CITY),
    E("TP.HCM", "LOC", **CITY),
    E("Võ Văn Tân", "PER"),
    E("Tân", "PER", canonical="Võ Văn Tân"),
    E("TP.HCM", "LOC", **CITY),
    E("H.Củ Chi", "LOC", canonical="huyện Củ Chi", **D),
    E("UBND TP.HCM", "ORG", **UB),
    E("Trương Trung Kiên", "PER", role="Trưởng ban Đô thị HĐND TP.HCM"),
    E("ban Đô thị HĐND TP.HCM", "ORG", canonical="Ban Đô thị Hội đồng nhân dân TP Hồ Chí Minh", level="province",
      **HCM),  # rule 23
    E("Kiên", "PER", canonical="Trương Trung Kiên"),
    E("Sở TN-MT TP.HCM", "ORG", **TNMT),
    E("Nguyễn Toàn Thắng", "PER", role="Giám đốc Sở TN-MT TP.HCM"),
    E("TP.HCM", "LOC", **CITY),
    E("Thắng", "PER", **THANG),
    E("Thắng", "PER", **THANG),
    E("Q.1", "LOC", canonical="quận 1", **D),
    E("Q.3", "LOC", canonical="quận 3", **D),
    E("5", "LOC", canonical="quận 5", **D),  # "Q.3, 5, 6, 12 và Bình Thạnh" (rule 21, dev8 B decision 6)
    E("6", "LOC", canonical="quận 6", **D),
    E("12", "LOC", canonical="quận 12", **D),
    E("Bình Thạnh", "LOC", canonical="quận Bình Thạnh", **D),
    E("Thắng", "PER", **THANG),  # "ông Thắng nhìn nhận"
    # "quá trình đô thị hóa của TP": bare "TP"
    E("UBND TP.HCM", "ORG", **UB),
    E("Lê Văn Khoa", "PER", role="Phó chủ tịch UBND TP.HCM"),
    E("Khoa", "PER", canonical="Lê Văn Khoa"),
    E("TP.HCM", "LOC", **CITY),
    # the resolution passed at the session is unnumbered: no DOC (rule 33); its place is still LOC
    E("TP.HCM", "LOC", **CITY),
    E("UBND TP.HCM", "ORG", **UB),
    E("Đình Phú", "PER"),
    E("Trung Hiếu", "PER"),
]
