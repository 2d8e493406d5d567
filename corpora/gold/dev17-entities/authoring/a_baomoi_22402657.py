"""baomoi-22402657: Quảng Trị, the provincial education department and the party secretary honour a student's
prize-winning robot arm (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # photo caption glued after the lead ("(bìa phải)" marks it)
    B("Bí thư Tỉnh ủy Quảng Trị Nguyễn Văn Hùng (bìa phải)", "tiền thưởng cho Phạm Huy."),
    # video label and its title (no body sentence)
    B("Video: Phạm Huy đạt giải thưởng tại Mỹ", kind="related"),
    # photo caption: the director reintroduced in the next body sentence
    B("Cô giáo Lê Thị Hương, GĐ Sở GD-ĐT tỉnh Quảng Trị tặng bằng khen", "vinh danh Phạm Huy."),
    # photo caption repeating the previous sentence (dev5 decision 5)
    B("Phạm Huy cho hay sẽ tiếp tục hoàn thiện cánh tay robot", "đưa vào thực tiễn."),
]

STATS: list = []

QT = dict(province="Quảng Trị")
SGD = dict(canonical="Sở Giáo dục và Đào tạo tỉnh Quảng Trị", level="province", **QT)
TU = dict(canonical="Tỉnh ủy Quảng Trị", level="province", **QT)
SCHOOL = dict(canonical="Trường THPT thị xã Quảng Trị", level="district", **QT)

ENTS = [
    E("Việt Nam", "LOC", level="country"),
    E("Phạm Huy", "PER"),
    E("trường THPT TX.Quảng Trị", "ORG", **SCHOOL),
    E("Quảng Trị", "LOC", level="province"),
    E("Trường THPT TX.Quảng Trị", "ORG", **SCHOOL),
    E("Sở GD-ĐT tỉnh Quảng Trị", "ORG", **SGD),
    E("Phạm Huy", "PER"),
    E("Intel", "ORG"),
    E("Intel", "ORG"),  # body inside the fair's name "Intel ISEF" (dev15 B decision 2)
    E("Mỹ", "LOC", level="country"),
    E("Nguyễn Văn Hùng", "PER", role="Bí thư Tỉnh ủy Quảng Trị"),
    E("Tỉnh ủy Quảng Trị", "ORG", **TU),
    E("Phạm Huy", "PER"),
    E("Huy", "PER", ctx="như Huy"),
    E("Lê Thị Hương", "PER", ctx="bà Lê Thị Hương", role="Giám đốc Sở GD-ĐT tỉnh Quảng Trị"),
    E("Sở GD-ĐT tỉnh Quảng Trị", "ORG", **SGD),
    E("Phạm Huy", "PER"),
    E("Phạm Huy", "PER"),
    E("Phạm Huy", "PER", ctx="dịp này, Phạm Huy"),
    E("Tỉnh ủy", "ORG", **TU),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Quảng Trị", level="province", **QT),
    E("Sở GD-ĐT", "ORG", **SGD),
    E("Bộ GD- ĐT", "ORG", canonical="Bộ Giáo dục và Đào tạo", level="national"),
    E("Mỹ", "LOC", level="country"),
    E("Thanh Niên", "ORG", canonical="Báo Thanh Niên"),
    E("Phạm Huy", "PER"),
    E("Mỹ", "LOC", level="country"),
    E("Đại sứ quán Mỹ", "ORG"),
    E("Việt Nam", "LOC", level="country"),
]
