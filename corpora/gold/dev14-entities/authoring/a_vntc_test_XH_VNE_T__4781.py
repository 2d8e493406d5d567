"""vntc-test-XH_VNE_T_-4781: Khánh Hòa, the provincial education department asks the ministry to hold the lower-secondary
graduation exam a second time after a record low pass rate (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

SGD = dict(canonical="Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", level="province")

ENTS = [
    E("Khánh Hòa", "LOC", level="province"),
    E("Sở GDĐT tỉnh", "ORG", **SGD),
    E("Bộ GDĐT", "ORG", level="national", canonical="Bộ Giáo dục và Đào tạo"),
    E("Sở GDĐT tỉnh Khánh Hòa", "ORG", **SGD),
    E("Vạn Ninh", "LOC", level="district"),
    E("tỉnh Khánh Hòa", "LOC", level="province"),
    E("Sở Giáo dục tỉnh Khánh Hòa", "ORG", **SGD),
    E("Trần Thức", "PER", role="Trưởng phòng trung học phổ thông"),
    E("phòng trung học phổ thông", "ORG", canonical="Phòng Trung học phổ thông Sở Giáo dục và Đào tạo tỉnh Khánh Hòa"),
    E("UBND tỉnh Khánh Hòa", "ORG", level="province"),
    E("Huỳnh Quang Vân", "PER", role="Chủ tịch UBND huyện Vạn Ninh"),
    E("UBND huyện Vạn Ninh", "ORG", level="district"),
    E("tỉnh Khánh Hòa", "LOC", level="province"),
    E("Sở Giáo dục - Đào tạo tỉnh Khánh Hòa", "ORG", **SGD),
]
