"""baomoi-21494283: Đà Nẵng, quận Sơn Trà and phường Thọ Quang plan to demolish 68 illegal houses on forest land of
the Sơn Trà peninsula (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # the photo caption repeats the title, glued before the next body sentence (dev5 decision 5)
    B("Đến tháng 9/2017, Đà Nẵng sẽ tháo dỡ các nhà xây trái phép ở Sơn Trà"),
]

STATS: list = []

UBND_Q = "Ủy ban nhân dân quận Sơn Trà"
UBND_P = "Ủy ban nhân dân phường Thọ Quang"

ENTS = [
    E("UBND quận Sơn Trà", "ORG", canonical=UBND_Q, level="district"),
    E("Đà Nẵng", "LOC", level="province"),
    E("bán đảo Sơn Trà", "LOC"),
    E("UBND quận Sơn Trà", "ORG", canonical=UBND_Q, level="district"),
    E("Đà Nẵng", "LOC", level="province"),
    E("bán đảo Sơn Trà", "LOC"),
    E("Nghị định 01", "DOC", type="Nghị định", number="01", issuer="Chính phủ"),
    E("Chính phủ", "ORG", level="national"),
    E("bán đảo Sơn Trà", "LOC"),
    E("Lê Tấn Thanh", "PER", role="Phó Chủ tịch UBND phường Thọ Quang"),
    E("UBND phường Thọ Quang", "ORG", canonical=UBND_P, level="commune"),
    E("UBND phường Thọ Quang", "ORG", canonical=UBND_P, level="commune"),
    E("UBND quận Sơn Trà", "ORG", canonical=UBND_Q, level="district"),
    E("Lê Tấn Thanh", "PER", role="Phó Chủ tịch UBND phường Thọ Quang"),
    E("UBND phường Thọ Quang", "ORG", canonical=UBND_P, level="commune"),
    E("Huỳnh Văn Hùng", "PER", role="Chánh Văn phòng HĐND, UBND quận Sơn Trà"),
    E("Văn phòng HĐND, UBND quận Sơn Trà", "ORG", level="district"),  # one joint office (dev7 A decision 3)
    E("bán đảo Sơn Trà", "LOC"),
    E("Hồ Xuân Mai", "PER"),
]
