"""baomoi-21478280: TP Hồ Chí Minh, phường Sơn Kỳ and Bến Nghé: rewards for reporting littering (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Chính quyền vừa xử lý đổ rác bừa bãi ở đây", "Ảnh: NGUYỄN HIỀN."),
    B("Theo PLO", kind="source"),
]

STATS: list = []

ENTS = [
    E("Nghị định 155/2016", "DOC", type="Nghị định"),
    E("phường Sơn Kỳ", "LOC"),
    E("quận Tân Phú", "LOC"),
    E("TP.HCM", "LOC"),
    E("Trần Thới Đông", "PER"),
    E("UBND phường Sơn Kỳ", "ORG"),
    E("quận Tân Phú", "LOC"),
    E("UBND phường", "ORG"),
    E("UBND phường", "ORG"),
    E("Nguyễn Sinh Chính", "PER"),
    E("phường Sơn Kỳ", "LOC"),
    E("Nghị định 155/2016", "DOC", type="Nghị định"),
    E("Nguyễn Sinh Chính", "PER"),
    E("Hồ Quang Khải", "PER"),
    E("phường Sơn Kỳ", "LOC"),
    E("Đông", "PER", ctx="Ông Đông nhìn"),
    E("Công ty TNHH MTV Môi trường Đô thị TP", "ORG"),
    E("Thu Hồng", "PER"),
    E("hẻm 103", "LOC"),
    E("đường Bờ Bao Tân Thắng", "LOC"),
    E("phường Sơn Kỳ", "LOC"),
    E("quận Tân Phú", "LOC"),
    E("Bờ Bao Tân Thắng", "LOC"),
    E("đường kênh 19/5", "LOC"),
    E("Phường Bến Nghé", "LOC"),
    E("quận 1", "LOC"),
    E("TP.HCM", "LOC"),
    E("Công an phường", "ORG"),
    E("công an phường", "ORG"),
    E("công an phường", "ORG"),
    E("quận 1", "LOC"),
    E("PHAN THỊ LỢI", "PER"),
    E("UBMTTQ phường Bến Nghé", "ORG"),
    E("quận 1", "LOC"),
]
