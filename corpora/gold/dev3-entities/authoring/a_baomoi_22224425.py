"""baomoi-22224425: Hải Phòng: the agriculture department looks for ways to rescue pig farmers (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Hải Phòng", "LOC"),
    E("Sở NN&PTNT Hải Phòng", "ORG"),
    E("Sở tài chính", "ORG"),
    E("công thương", "ORG"),
    E("Phạm Văn Mường", "PER"),
    E("HTX dịch vụ chăn nuôi Thái Sơn", "ORG"),
    E("xã Tú Sơn", "LOC"),
    E("huyện Kiến Thụy", "LOC"),
    E("thành phố Hải Phòng", "LOC"),
    E("Phạm Văn Mường", "PER"),
    E("Vũ Tiến Đức", "PER"),
    E("xí nghiệp chăn nuôi Đồng Hiệp", "ORG"),
    E("thị trấn Trường Sơn", "LOC"),
    E("huyện An Lão", "LOC"),
    E("thành phố Hải Phòng", "LOC"),
    E("Vũ Tiến Đức", "PER"),
    E("Hải Phòng", "LOC"),
    E("Trung Quốc", "LOC"),
    E("Phạm Thái Học", "PER"),
    E("Học", "PER", ctx="Ông Học"),
    E("thành phố Hải Phòng", "LOC"),
    E("Quyết định 1465", "DOC", type="Quyết định"),
    E("thành phố Hải Phòng", "LOC"),
    E("Sở NN", "ORG"),
    E("Hải Phòng", "LOC", ctx="nông nghiệp Hải Phòng"),
    E("Hải Phòng", "LOC"),
    E("Phạm Văn Hà", "PER"),
    E("Sở NN&PTNT Hải Phòng", "ORG"),
    E("VOV-Đông Bắc", "ORG"),
]
