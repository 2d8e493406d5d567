"""vntc-test-XH_VNE_T_-5978: Khánh Hòa, copper slag from the Hyundai-Vinashin shipyard's dump pollutes a village of
xã Ninh Thủy; the provincial committee's conditions and the agencies' inspection (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("thôn Mỹ Á", "LOC"),
    E("Ninh Thủy", "LOC"),
    E("Ninh Hòa", "LOC"),
    E("Khánh Hòa", "LOC"),
    # the shipyard is the joint-venture company acting throughout as "HVS": ORG, also where it is a destination
    # (as "tại Trụ sở Chính phủ" gives ORG "Chính phủ", dev4 decision 1)
    E("Nhà máy tàu biển Hyundai - Vinashin", "ORG"),
    E("HVS", "ORG"),
    E("thôn Mỹ Á", "LOC"),
    E("Ninh Thủy", "LOC"),
    E("Ninh Hòa", "LOC"),
    E("Khánh Hòa", "LOC"),
    E("tỉnh lộ 653", "LOC"),
    E("quốc lộ 26B", "LOC"),
    E("HVS", "ORG"),
    E("thôn Mỹ Á", "LOC"),
    E("Nguyễn Em", "PER"),
    E("HVS", "ORG"),
    E("Mỹ Á", "LOC"),
    E("UBND tỉnh Khánh Hòa", "ORG"),
    E("HVS", "ORG"),
    E("xã Ninh Thủy", "LOC"),
    E("thôn Mỹ Á", "LOC"),
    E("HVS", "ORG"),
    E("Sở Tài nguyên môi trường tỉnh Khánh Hòa", "ORG"),
    E("UBND huyện Ninh Hòa", "ORG"),
    E("UBND xã Ninh Thủy", "ORG"),
    E("HVS", "ORG"),
    E("Công ty cổ phần Sao Vàng", "ORG"),
    E("Savaco", "ORG"),
    E("HVS", "ORG"),  # "Xí nghiệp sản xuất gạch từ nix thải của HVS": an unnamed enterprise, only HVS
    E("Hàn Quốc", "LOC"),
    E("Savaco", "ORG"),
    E("HVS", "ORG"),
    E("UBND tỉnh Khánh Hòa", "ORG"),
    E("HVS", "ORG"),
    E("HVS", "ORG"),
]
