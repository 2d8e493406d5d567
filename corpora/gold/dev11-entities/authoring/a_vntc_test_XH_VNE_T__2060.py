"""vntc-test-XH_VNE_T_-2060: Hà Nội, the Prime Minister at the opening of the city council's mid-2004 session, the
city chairman's half-year report and the session's agenda (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Hà Nội", "LOC"),
    # "Thủ đô" (a capitalised common noun) and "Thủ tướng" (a title) give nothing
    E("Phan Văn Khải", "PER"),
    # "Kỳ họp Hội đồng nhân dân (HĐND) thành phố Hà Nội": the session is an event; the parenthesis breaks the
    # body's name (dev4 decision 5, "Ngân hàng nhà nước (NHNN) tỉnh Tiền Giang")
    E("Hội đồng nhân dân", "ORG"),
    E("HĐND", "ORG"),
    E("thành phố Hà Nội", "LOC"),
    E("Hà Nội", "LOC", ctx="thế mạnh của Hà Nội"),
    E("Hà Nội", "LOC", ctx="cơ cấu kinh tế Hà Nội"),  # "do Trung ương quản lý": the central level (rule 20)
    E("Hà Nội", "LOC", ctx="quy hoạch của Hà Nội"),
    E("Hà Nội", "LOC", ctx="gắn kết Hà Nội"),
    E("HĐND thành phố", "ORG"),  # "phiên khai mạc HĐND thành phố": the body inside the event
    E("UBND thành phố", "ORG"),
    E("Nguyễn Quốc Triệu", "PER"),
    E("Hà Nội", "LOC", ctx="xã hội của Hà Nội"),
    E("Triệu", "PER", ctx="ông Triệu"),
    E("Hà Nội", "LOC", ctx="thủ đô Hà Nội"),
    # "Bầu cử HĐND các cấp": councils of every level (a class); "ASEM 5" (a summit) is an event
    E("HĐND thành phố", "ORG", ctx="kỳ họp HĐND thành phố"),
    # "5 Nghị quyết về ...", "Quy chế Hội thẩm nhân dân": unnumbered, described by their subject (dev8 A decision 7)
    E("HĐND thành phố", "ORG", ctx="giám sát của HĐND thành phố"),
    E("HĐND thành phố", "ORG", ctx="Ngoài ra, HĐND thành phố"),
    E("Thành ủy", "ORG"),
    E("HĐND thành phố", "ORG", ctx="Chiều 29/7, HĐND thành phố"),
    E("UBND thành phố", "ORG"),  # "một số Sở, ngành" is a class (rule 20)
]
