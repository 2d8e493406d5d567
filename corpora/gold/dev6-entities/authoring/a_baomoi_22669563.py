"""baomoi-22669563: Hà Nội, the city committee asks the city council to raise hospital fees (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Các bệnh viện thuộc Hà Nội chuẩn bị tăng viện phí từ 1-8-2017"),
]

STATS: list = []

ENTS = [
    E("HĐND TP Hà Nội", "ORG"),
    E("thành phố Hà Nội", "LOC"),
    E("Hà Nội", "LOC"),
    E("UBND TP Hà Nội", "ORG"),
    E("HĐND TP", "ORG"),
    E("thành phố Hà Nội", "LOC"),
    E("Thông tư 02/2017/TT- BYT ngày 15/3/2017", "DOC", type="Thông tư"),
    E("Bộ Y tế", "ORG"),
    E("Nghị quyết số 13/2013/NQ-HĐND ngày 17/3/2013", "DOC", type="Nghị quyết"),
    E("HĐND TP", "ORG"),
    E("Quyết định số 30/2014/QĐ-UBND ngày 31/7/2014", "DOC", type="Quyết định"),
    E("UBND TP", "ORG"),
    E("thành phố Hà Nội", "LOC"),
    E("Thông tư 02/2017/TT- BYT ngày 15/3/2017", "DOC", type="Thông tư"),
    E("Bộ Y tế", "ORG"),
    E("Bộ Y tế", "ORG"),
    E("Hà Nội", "LOC"),
    E("HĐND TP", "ORG"),
    E("Hà Nội", "LOC"),
    E("Sở Y tế Hà Nội", "ORG"),
    E("Bộ Y tế", "ORG"),
    E("thành phố Hà Nội", "LOC"),
]
