"""vntc-test-XH_VNE_T_-7089: Đà Nẵng, 100 ha of special-use forest cleared in a Hòa Vang commune; the district ranger
station and the commune committee explain the land allocation (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Đà Nẵng", "LOC"),
    E("tiểu khu 25", "LOC"),
    E("xã Hòa Bắc", "LOC"),
    E("huyện Hòa Vang", "LOC"),
    E("thành phố Đà Nẵng", "LOC"),
    E("Trần Anh Pha", "PER"),
    E("Hạt Kiểm lâm huyện Hòa Vang", "ORG"),
    E("xã Hòa Bắc", "LOC"),
    E("Hạt Kiểm lâm huyện Hòa Vang", "ORG"),
    E("Nguyễn Hai", "PER"),
    E("thôn Nam Mỹ", "LOC"),
    E("xã Hòa Bắc", "LOC"),
    E("Nguyễn Hai", "PER"),
    E("Hai", "PER"),
    E("Hạt Kiểm lâm huyện Hòa Vang", "ORG"),
    E("Trần Văn Quý", "PER"),
    E("Hạt Kiểm lâm huyện Hòa Vang", "ORG"),
    E("UBND xã Hòa Bắc", "ORG"),
    E("Phòng Tài nguyên huyện", "ORG"),
    E("Phạm Tấn Dũng", "PER"),
    E("UBND xã Hòa Bắc", "ORG"),
    E("UBND xã", "ORG"),
    E("UBND huyện", "ORG"),
    E("lâm trường Sông Nam", "ORG"),
    E("Sở Thủy sản Nông lâm Đà Nẵng", "ORG"),
    E("tiểu khu 25", "LOC"),
    E("UBND xã", "ORG"),
    E("Dũng", "PER"),
]
