"""vntc-test-XH_NLD_T_-9821: Đồng Nai, the provincial committee reports to the provincial council on discipline over
land of the Trị An reservoir (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("hồ Trị An", "LOC"),
    E("HĐND tỉnh", "ORG"),
    E("hồ thủy điện Trị An", "LOC"),
    E("UBND tỉnh Đồng Nai", "ORG"),
    E("HĐND tỉnh Đồng Nai", "ORG"),
    E("hồ Trị An", "LOC"),
    E("Định Quán", "LOC"),
    E("Vĩnh Cửu", "LOC"),
    E("Thanh tra Sở Tài nguyên - Môi trường", "ORG"),
    E("Trung tâm Thủy sản Đồng Nai", "ORG"),
    E("Nguyễn Văn Quảng", "PER"),
    E("Sở Tài nguyên - Môi trường", "ORG"),
    E("nhà máy Thủy điện Trị An", "LOC"),
    E("thị trấn Vĩnh An", "LOC"),
    E("Vĩnh Cửu", "LOC"),
    E("HĐND tỉnh", "ORG"),
    E("hồ thủy điện Trị An", "LOC"),
    E("UBND tỉnh Đồng Nai", "ORG"),
    E("UBND huyện Định Quán", "ORG"),
    E("UBND huyện Vĩnh Cửu", "ORG"),
    E("Ban Thường vụ Huyện ủy Định Quán", "ORG"),
    E("Sở NN&amp;PTNN", "ORG"),
    E("Văn phòng UBND tỉnh Đồng Nai", "ORG"),
    E("Thanh tra", "ORG"),
    E("ủy ban Kiểm tra Tỉnh ủy", "ORG"),
    E("Sở Tài nguyên &amp; Môi trường", "ORG"),
    E("hồ Trị An", "LOC"),
]
