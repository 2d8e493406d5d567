"""vntc-train-XH_NLD_-4482: Tiền Giang, land held by a district chairman's under-age son and a town party secretary
(entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Tiền Giang", "LOC"),
    E("UBND huyện Tân Phước", "ORG"),
    E("Tiền Giang", "LOC"),
    E("Nguyễn Thanh Liêm", "PER"),
    E("UBND huyện Tân Phước", "ORG"),
    E("Liêm", "PER"),
    E("Huỳnh Thị Thanh Hồng", "PER"),
    E("Nguyễn Thanh Liêm", "PER"),
    E("Bằng", "PER"),
    E("Liêm", "PER"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("Liêm", "PER"),
    E("xã Tân Hòa Tây", "LOC"),
    E("Nông trường Ấp Bắc", "ORG"),
    E("Nông trường 3-2", "ORG"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("Nguyễn Thanh Liêm", "PER"),
    E("UBND huyện Tân Phước", "ORG"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("xã Tân Hòa Tây", "LOC"),
    E("huyện Tân Phước", "LOC"),
    E("Lê Văn Sáu", "PER"),
    E("xã Phú Cường", "LOC"),
    E("huyện Cai Lậy", "LOC"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("xã Tân Hòa Tây", "LOC"),
    E("Đoàn Văn Đức", "PER"),
    E("xã Phú Cường", "LOC"),
    E("huyện Cai Lậy", "LOC"),
    E("Liêm", "PER"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("cụm dân cư vượt lũ thị trấn Mỹ Phước", "LOC"),
    E("Nguyễn Trọng Bằng", "PER"),
    E("đường E", "LOC"),
    E("Bằng", "PER"),
    E("Nông trường Ấp Bắc", "ORG"),
    E("xã Tân Hòa Tây", "LOC"),
    E("Huỳnh Tấn Khoa", "PER"),
    E("thị trấn Mỹ Phước", "LOC"),
    E("huyện Tân Phước", "LOC"),
    E("Khoa", "PER"),
    E("xã Thạnh Tân", "LOC"),
    E("Khoa", "PER"),
    E("xã Tân Hòa Tây", "LOC"),
    E("Khoa", "PER"),
    E("Huỳnh Tấn Trạng", "PER"),
]
