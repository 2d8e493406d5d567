"""baomoi-22333794: TP Hồ Chí Minh, the city party secretary meets young delegates, who propose special mechanisms for
city civil servants and support for start-ups and rural youth (entities only)."""

from _dsl import B, E

# two photo captions without credit, glued before the next body sentence
BOILERPLATE = [
    B("Đại biểu tham dự cuộc gặp nêu ý kiến"),
    B("Bí thư Thành ủy Nguyễn Thiện Nhân phát biểu tại cuộc gặp"),
]

STATS: list = []

HCM = dict(province="TP Hồ Chí Minh")
CITY = dict(level="province", **HCM)
TU = dict(canonical="Thành ủy TP Hồ Chí Minh", level="province", **HCM)
ROLE = "Bí thư Thành ủy Thành phố Hồ Chí Minh"

ENTS = [
    E("Bộ Chính trị", "ORG", level="national"),
    E("Thành ủy Thành phố Hồ Chí Minh", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role="Ủy viên Bộ Chính trị, Bí thư Thành ủy Thành phố Hồ Chí Minh"),
    # caption "Đại biểu tham dự cuộc gặp nêu ý kiến" is boilerplate
    E("Thành phố Hồ Chí Minh", "LOC", **CITY),
    E("Trần Hữu Lộc", "PER"),  # "Tiến sĩ" out
    E("trường Đại học Nông Lâm Thành phố", "ORG", canonical="Trường Đại học Nông Lâm TP Hồ Chí Minh", **HCM),
    E("Trần Hữu Lộc", "PER"),
    E("Trần Hữu Lộc", "PER"),
    E("Nguyễn Thanh Huyền", "PER"),
    E("trường Đại học Quốc tế", "ORG", canonical="Trường Đại học Quốc tế - Đại học Quốc gia TP Hồ Chí Minh", **HCM),
    E("Đại học Quốc gia Thành phố Hồ Chí Minh", "ORG", canonical="Đại học Quốc gia TP Hồ Chí Minh", **HCM),
    E("Nguyễn Thanh Huyền", "PER"),
    # "Nhà nước nên đóng vai trò": common noun (rule 20)
    E("Trần Trung Nghĩa", "PER", role="Bí thư Đoàn trường Đại học Bách Khoa Thành phố Hồ Chí Minh"),
    # the university's Youth Union chapter, one name (rule 18, rule 23)
    E("Đoàn trường Đại học Bách Khoa Thành phố Hồ Chí Minh", "ORG",
      canonical="Đoàn Thanh niên Trường Đại học Bách khoa TP Hồ Chí Minh", **HCM),
    E("Trần Trung Nghĩa", "PER"),
    # caption "Bí thư Thành ủy Nguyễn Thiện Nhân phát biểu tại cuộc gặp" is boilerplate
    E("Thành phố Hồ Chí Minh", "LOC", ctx="giới trẻ Thành phố Hồ Chí Minh", **CITY),
    E("Thành ủy Thành phố Hồ Chí Minh", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role=ROLE),
    E("Thành phố Hồ Chí Minh", "LOC", ctx="lao động tại Thành phố Hồ Chí Minh", **CITY),
    E("Thành ủy Thành phố Hồ Chí Minh", "ORG", **TU),
    E("Nguyễn Thiện Nhân", "PER", role=ROLE),
    E("Thành phố Hồ Chí Minh", "LOC", ctx="thanh niên Thành phố Hồ Chí Minh chiếm", **CITY),
    # "của Thành phố." capitalised common noun (rule 20)
    E("Mỹ Dung", "PER"),
    E("VOV-TPHCM", "ORG", canonical="Đài Tiếng nói Việt Nam, cơ quan thường trú tại TP Hồ Chí Minh"),
]
