"""baomoi-22256485: Quảng Nam, the Hội An city committee welcomes the old town's 10-millionth visitor and sets out
the city's tourism plans (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Khách du lịch tham quan phố cổ Hội An.", "Minh Đức/TTXVN)"),
    B("[Festival 2017 - Hành trình kết nối di sản Quảng Nam với thế giới]", kind="related"),
]

STATS: list = []

ENTS = [
    E("Nuntira Mekaroon Kamol", "PER"),
    E("Thái Lan", "LOC", level="country"),
    E("Hội An", "LOC", ctx="Di sản thế giới Hội An"),
    E("Ủy ban Nhân dân thành phố Hội An", "ORG", level="district", province="Quảng Nam"),
    E("tỉnh Quảng Nam", "LOC", level="province"),
    E("phố cổ Hội An", "LOC", ctx="tham quan phố cổ Hội An. Nữ"),
    E("Nuntira Mekaroon Kamol", "PER"),
    E("Thái Lan", "LOC", level="country"),
    E("Hội An", "LOC", ctx="Di sản thế giới Hội An"),
    E("Nguyễn Văn Sơn", "PER", role="Phó Chủ tịch Ủy ban Nhân dân thành phố Hội An"),
    E("Ủy ban Nhân dân thành phố Hội An", "ORG", level="district", province="Quảng Nam"),
    E("phố cổ Hội An", "LOC"),
    E("phố cổ Hội An", "LOC"),
    E("Quảng Nam", "LOC", level="province"),
    E("phố cổ Hội An", "LOC"),
    E("Hội An", "LOC", ctx="đầu năm nay, Hội An"),
    E("TripAdvisor", "ORG"),
    E("Hội An", "LOC", ctx="du lịch Hội An tiếp tục"),
    E("phố cổ Hội An", "LOC"),
    E("Quảng Nam", "LOC", ctx="du lịch Quảng Nam phát triển"),
    E("thành phố Hội An", "LOC", level="district"),
    E("Quảng Nam", "LOC", ctx="ngành du lịch Quảng Nam"),
    E("Cẩm Kim", "LOC"),
    E("xã đảo Tân Hiệp", "LOC", level="commune"),
    E("Khu dự trữ sinh quyển thế giới Cù Lao Chàm-Hội An", "LOC", type="protected_area"),
    E("Cù Lao Chàm", "LOC", ctx="công nhận Cù Lao Chàm"),
    E("thành phố Hội An", "LOC", level="district"),
]
