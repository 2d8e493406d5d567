"""vntc-test-XH_VNE_T_-4234: Thừa Thiên - Huế, a commune's crumbling primary school and the commune committee's
search for funds (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Trường tiểu học số 3 Quảng Phú", "ORG"),
    E("huyện Quảng Điền", "LOC"),
    E("tỉnh Thừa Thiên - Huế", "LOC"),
    E("Trường tiểu học số 3 Quảng Phú", "ORG"),
    E("Hạ Lang", "LOC"),
    E("Bác Vọng Tây", "LOC"),
    E("Bao La", "LOC"),
    E("thôn Vạn", "LOC"),
    E("xã Quảng Phú", "LOC"),
    E("thôn Hạ Lang", "LOC"),  # "đình làng thôn Hạ Lang": an unnamed communal house gives its village
    E("thôn Bao La", "LOC"),
    E("HTX mua bán Quảng Phú", "ORG"),
    E("Trường cấp 2 Quảng Phú", "ORG"),
    E("Hoàng Từ", "PER"),
    E("Trường tiểu học số 3", "ORG"),
    E("Pháp", "LOC"),
    E("Hoàng Từ", "PER"),
    E("Trương Vang", "PER"),
    E("UBND xã Quảng Phú", "ORG"),
    E("Trường tiểu học số 3", "ORG"),
    E("Trường tiểu học số 3", "ORG"),
    E("Hạ Lang", "LOC"),
    E("Bao La", "LOC"),
    E("Bác Vọng Tây", "LOC"),
    E("thôn Vạn", "LOC"),
    E("Trường tiểu học số 3 Quảng Phú", "ORG"),
    E("Vang", "PER"),
    E("xã Quảng Phú", "LOC"),
    E("trường số 1", "ORG"),  # "Các trường số 1, 2": two numbered schools of the commune (rule 21)
    E("2", "ORG", ctx=", 2 đã"),
    E("trường số 3", "ORG"),
]
