"""baomoi-22686010: TP Hồ Chí Minh, the city's tax department and investment-promotion centre hold their dialogue
with businesses on tax problems (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # credited photo caption glued between two body sentences (test README d2)
    B("Nhiều DN phản ánh gặp khó vì thủ tục thuế", "Ảnh: QUANG HUY"),
]

STATS: list = []

P = dict(province="TP Hồ Chí Minh")
CT = dict(canonical="Cục Thuế TP Hồ Chí Minh", level="province", **P)
BTC = dict(canonical="Bộ Tài chính", level="national")
CMA = dict(canonical="Công ty CMA-CGM Việt Nam")
ITTA = dict(canonical="Công ty Cổ phần ITTA")
CV6142 = dict(type="Công văn", number="6142", code="BTC-CST", date="2016-05-09", issuer="Bộ Tài chính")

ENTS = [
    # "doanh nghiệp (DN)": "DN" is a common noun (dev9 A d9)
    E("Trung tâm Xúc tiến thương mại và đầu tư", "ORG",
      canonical="Trung tâm Xúc tiến Thương mại và Đầu tư TP Hồ Chí Minh", level="province", **P),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    # subheading "Tặng 300 hộp bánh… xuất 300 hóa đơn" is body text (no entity)
    E("Công ty Cho thuê tài chính TNHH MTV QT Chailease", "ORG"),
    E("Nguyễn Văn Thiện", "PER",
      role="Trưởng phòng Tuyên truyền và Hỗ trợ người nộp thuế thuộc Cục Thuế TP.HCM"),
    # "Trưởng phòng X": the title fuses with the head, ORG "phòng X" (rule 23); "thuộc" ends it
    E("phòng Tuyên truyền và Hỗ trợ người nộp thuế", "ORG",
      canonical="Phòng Tuyên truyền và Hỗ trợ người nộp thuế Cục Thuế TP Hồ Chí Minh", level="province", **P),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Cục Thuế TP.HCM", "ORG", **CT),  # "gửi lên Cục Thuế TP.HCM"
    E("Thiện", "PER"),
    E("Cục Thuế TP.HCM", "ORG", **CT),  # "câu trả lời của Cục Thuế TP.HCM"
    # "ngành thuế" (the sector) gives nothing
    E("Tổng cục Thuế", "ORG", canonical="Tổng cục Thuế", level="national"),
    # caption (boilerplate): "Nhiều DN phản ánh ... Trong ảnh: ... Ảnh: QUANG HUY"
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Cục Thuế", "ORG", **CT),  # "đại diện Cục Thuế cam kết": the short name of the one department
    # subheading "Đi nghỉ mát vẫn phải đóng thuế" (body text, no entity)
    E("Trung tâm Nghiên cứu ứng dụng khoa học kỹ thuật truyền hình", "ORG"),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Thông tư số 111/2013", "DOC", type="Thông tư", number="111", code="2013", issuer="Bộ Tài chính"),
    E("Bộ Tài chính", "ORG", **BTC),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    # "chi cục thuế nơi cá nhân cư trú", "chi cục thuế quận, huyện": classes, nothing (rule 20)
    # subheading "Công văn đọc không hiểu" (body text)
    E("Công văn số 6142/BTC-CST ngày 9-5-2016", "DOC", **CV6142),
    E("Bộ Tài chính", "ORG", **BTC),
    # "Công văn này" is anaphoric (rule 33)
    E("Việt Nam", "LOC", level="country"),  # "hãng tàu Việt Nam": nationality of businesses (dev4 d3)
    E("Duy Triết", "PER"),
    E("Công ty CMA-CGM Việt Nam", "ORG", **CMA),
    E("Công văn 6142", "DOC", **CV6142),  # the repeat takes the first mention's attributes (dev13 B d4)
    E("Bộ Tài chính", "ORG", **BTC),
    E("Nguyễn Nam Bình", "PER", role="Phó Cục trưởng Cục Thuế TP.HCM"),
    E("Cục Thuế TP.HCM", "ORG", **CT),  # title written apart, the full body stays (dev8 A d4)
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Bộ Tài chính", "ORG", **BTC),
    E("Bộ Tài chính", "ORG", **BTC),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    # subheading "Vé số Vietlott... bối rối vì thuế": "vé số Vietlott" is a product named by its maker,
    # nothing (dev5 d3, dev23 A d4)
    E("Công ty Cổ phần ITTA", "ORG", **ITTA),
    E("quận 10", "LOC", level="district", **P),
    E("TP.HCM", "LOC", level="province", **P),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Cục Thuế TP.HCM", "ORG", **CT),
    E("Công ty ITTA", "ORG", **ITTA),
    # the quote box after the rule "____" is body text (dev14 A d7); its signature
    E("DUY TRIẾT", "PER"),
    E("Công ty CMA-CGM Việt Nam", "ORG", **CMA),
]
