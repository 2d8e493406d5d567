"""vntc-train-XH_TT_-3032: Cần Thơ / An Giang, rice mills dump husks into rivers and canals; district and town
authorities cannot stop it (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Vớt cá ba sa chết tại bè của hộ Trương Thiện Hùng", "Ảnh: ĐỨC VỊNH"),
]

STATS: list = []

CT = dict(province="Cần Thơ")
AG = dict(province="An Giang")
PTN_TC = dict(canonical="Phòng Tài nguyên và Môi trường huyện Tân Châu", level="district", **AG)

ENTS = [
    E("cầu Rạch Tra", "LOC", type="bridge", **CT),
    E("xã Thới Thạnh", "LOC", level="commune", **CT),
    E("huyện Cờ Đỏ", "LOC", level="district", **CT),
    E("TP Cần Thơ", "LOC", level="province", **CT),
    E("Nguyễn Thị Ngọc Ánh", "PER"),
    E("thị trấn Thới Lai", "LOC", level="commune", **CT),
    E("huyện Cờ Đỏ", "LOC", level="district", **CT),
    # "ngay ngã ba kênh xáng Ô Môn": an unnamed junction gives its canal (dev7 A d7, dev13 A d4)
    E("kênh xáng Ô Môn", "LOC", type="canal", **CT),
    E("Hồng Minh", "PER"),
    E("sông Hậu", "LOC", type="river"),
    E("Châu Phong", "LOC", level="commune", **AG),
    E("Tân Châu", "LOC", level="district", **AG),
    E("An Giang", "LOC", level="province", **AG),
    E("Nguyễn Hoài Cư", "PER", role="ban lãnh đạo ấp Vĩnh Lợi 1"),
    # "ban lãnh đạo ấp" (the hamlet's leadership, dev2 d5's "Ban Giám đốc") is no ORG
    E("ấp Vĩnh Lợi 1", "LOC", level="village", **AG),
    E("Nguyễn Minh Hùng", "PER", role="phó chủ tịch thị trấn Thới Lai"),
    E("thị trấn Thới Lai", "LOC", level="commune", **CT),  # dev3 d4: "chủ tịch <place>" gives the place
    E("Ôn Thị Mỹ Luông", "PER"),
    E("Nhà máy xay lúa Thành Lợi 2", "LOC", type="facility", **CT),  # a named plant (dev2 d10)
    E("thị trấn Thới Lai", "LOC", level="commune", **CT),
    E("huyện Cờ Đỏ", "LOC", level="district", **CT),
    E("Nguyễn Minh Hùng", "PER", role="phó chủ tịch thị trấn Thới Lai"),
    E("thị trấn Thới Lai", "LOC", level="commune", **CT),
    E("Hùng", "PER"),
    E("Nguyễn Văn Lên", "PER", role="chủ tịch UBND huyện Tân Châu"),
    E("UBND huyện Tân Châu", "ORG", canonical="Ủy ban nhân dân huyện Tân Châu", level="district", **AG),
    E("An Giang", "LOC", level="province", **AG),
    # "ngành giao thông đường thủy" (a sector) nothing
    E("Phòng Tài nguyên &amp; môi trường huyện Tân Châu", "ORG", **PTN_TC),
    E("An Giang", "LOC", level="province", **AG),
    E("huyện Tân Châu", "LOC", level="district", **AG),  # the district holds the meeting (rule 29)
    E("Sở Nông nghiệp &amp; phát triển nông thôn", "ORG",
      canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang", level="province", **AG),
    E("Sở Tài nguyên &amp; môi trường", "ORG",
      canonical="Sở Tài nguyên và Môi trường tỉnh An Giang", level="province", **AG),
    # "hai xã Tân An, Long An": bare communes after the plural (rule 28); "Long An" is the commune here
    E("Tân An", "LOC", level="commune", canonical="xã Tân An", **AG),
    E("Long An", "LOC", level="commune", canonical="xã Long An", **AG),
    E("huyện Cờ Đỏ", "LOC", level="district", **CT),
    E("Trần Ái Việt", "PER", role="trưởng Phòng Tài nguyên & môi trường huyện Cờ Đỏ"),
    # "trưởng Phòng Tài nguyên &amp; môi trường huyện": the title stays out (rule 23)
    E("Phòng Tài nguyên &amp; môi trường huyện", "ORG",
      canonical="Phòng Tài nguyên và Môi trường huyện Cờ Đỏ", level="district", **CT),
    # "một đoàn khảo sát" (an ad hoc team, dev3 d1) nothing
    E("Việt", "PER"),
    E("UBND TP Cần Thơ", "ORG", canonical="Ủy ban nhân dân thành phố Cần Thơ", level="province", **CT),
    E("ĐBSCL", "LOC", level="region"),
]
