"""baomoi-22406502: Hà Nội / TP Hồ Chí Minh, the education departments and districts on school admissions
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Hà Nội", "LOC"),
    E("TPHCM", "LOC"),
    E("Hà Nội", "LOC"),
    E("Sở GD-ĐT Hà Nội", "ORG"),
    E("Hà Nội", "LOC"),
    E("Trường THPT Chu Văn An", "ORG"),
    E("trường THPT Yên Hòa", "ORG"),
    E("Trường THPT Nhân Chính", "ORG"),
    E("Hà Nội", "LOC"),
    E("TP. Hà Nội", "LOC"),
    E("Sở GD-ĐT", "ORG"),
    E("UBND huyện Thanh Trì", "ORG"),
    E("Phạm Thị Thu Huyền", "PER"),
    E("khu đô thị Tả Thanh Oai", "LOC"),
    E("Trường Tiểu học Tả Thanh Oai", "ORG"),
    E("quận Long Biên", "LOC"),
    E("TP. Hồ Chí Minh", "LOC"),
    E("Nguyễn Tiến Đạt", "PER"),
    E("Sở GD-ĐT TP.HCM", "ORG"),
    E("TP.HCM", "LOC"),
    E("Hà Nội", "LOC"),
    E("Sở GD-ĐT TP.HCM", "ORG"),
    E("Thông tư 22", "DOC", type="Thông tư"),
    E("Phạm Văn Đại", "PER"),
    E("Sở GD-ĐT Hà Nội", "ORG"),
    E("Hà Nội", "LOC"),
    E("Bộ GD&ĐT", "ORG"),
    E("Sở GD-ĐT", "ORG", ctx="báo cáo Sở GD-ĐT"),
    E("Sở GD-ĐT", "ORG"),
    E("Nguyễn Hữu Độ", "PER"),
    E("UBND TP. Hồ Chí Minh", "ORG"),
    E("Hoàng Dũng", "PER"),
    E("Báo TNVN", "ORG"),
]
