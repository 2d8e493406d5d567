"""baomoi-22669699: Quảng Nam, the provincial chairman on the budget shortfall from the car industry (entities
only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Chính phủ", "ORG"),  # in the name of the conference: the body is still an ORG
    E("Đinh Văn Thu", "PER"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("Đinh Văn Thu", "PER"),
    E("Đinh Văn Thu", "PER"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("Đinh Văn Thu", "PER"),
    E("tỉnh Quảng Nam", "LOC"),
    E("Chính phủ", "ORG"),
    E("Nghị định 122/2016/NĐ-CP", "DOC", type="Nghị định", number="122", code="2016/NĐ-CP", issuer="Chính phủ"),
    E("UBND tỉnh Quảng Nam", "ORG"),
    E("Luật Cạnh tranh", "DOC", type="Luật"),
    E("Quảng Nam", "LOC"),
    E("tỉnh Quảng Nam", "LOC"),
    E("Bộ Tài chính", "ORG"),
    E("Đinh Tiến Dũng", "PER"),
    E("Bộ Tài chính", "ORG"),
    E("Trịnh Đình Dũng", "PER"),
    E("Đinh Tiến Dũng", "PER"),
    E("Bộ Tài chính", "ORG"),
    E("Quốc hội", "ORG"),
    E("Bộ Tài chính", "ORG"),
    E("Bộ Giao thông vận tải", "ORG"),
    E("Bộ Tài chính", "ORG"),
    E("Thái Lan", "LOC"),
    E("Ấn Độ", "LOC"),
    E("Bộ Tài chính", "ORG"),
    E("Bộ Công Thương", "ORG"),
    E("Chính phủ", "ORG"),
    E("Quốc hội", "ORG"),
    E("Việt Nam", "LOC"),
    E("Hương Dịu", "PER"),
]
