"""vntc-test-XH_VNE_T_-6489: Tiền Giang, commune and district officials of Tân Phước share out public land in xã
Thạnh Tân; the district party committee disciplines them (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("xã Thạnh Tân", "LOC"),
    E("Tân Phước", "LOC"),
    E("Tiền Giang", "LOC"),
    E("kênh Tràm Mù", "LOC", type="canal"),
    E("UBND xã Thạnh Tân", "ORG"),  # "trụ sở UBND xã Thạnh Tân": the body (dev4 decision 1)
    E("Hai Luyện", "PER"),
    E("kênh ranh Thạnh Mỹ - Thạnh Tân", "LOC", type="canal"),  # the boundary canal named by the two communes
    E("ấp 2", "LOC"),
    E("xã Thạnh Tân", "LOC"),
    E("UBND huyện", "ORG"),
    E("Phan Văn Hà", "PER"),
    E("Hà", "PER", ctx="ông Hà gặp"),
    E("UBND huyện Tân Phước", "ORG"),
    E("xã Thạnh Tân", "LOC"),
    E("UBND xã", "ORG"),
    E("Trần Tuấn Khải", "PER"),
    E("Trần Văn Được", "PER"),
    E("phòng địa chính", "ORG"),  # the district's land office, one body (test README rule 8)
    E("UBND huyện", "ORG"),
    E("Khải", "PER", ctx="cho ông Khải. Sau"),
    E("Khải", "PER", ctx="ông Khải đã"),
    E("Nguyễn Văn Công", "PER"),
    E("Khải", "PER", ctx="ông Khải hồi"),
    E("Huỳnh Tước", "PER"),
    E("Trần Văn Được", "PER"),
    E("ấp 1", "LOC"),
    E("UBND xã", "ORG"),
    E("Nguyễn Văn Phước", "PER"),
    E("Nguyễn Văn Lộc", "PER"),
    E("UBND xã", "ORG"),
    E("Nguyễn Tấn Giàu", "PER"),
    E("xã Thạnh Tân", "LOC"),  # "chủ tịch xã Thạnh Tân" (dev3 decision 4)
    E("Phòng văn hóa thông tin - thể dục thể thao huyện Tân Phước", "ORG"),
    E("HĐND xã Thạnh Tân", "ORG"),
    E("Huỳnh Đức Toàn", "PER"),
    E("Nguyễn Văn Thử", "PER"),
    E("kênh ranh 500-1.000", "LOC", type="canal"),  # a canal named by numbers used as a place
    E("UBND xã", "ORG", ctx="Năm 1997, UBND xã"),
    E("UBND xã", "ORG", ctx="Tháng 5/2004, UBND xã"),
    E("UBND huyện", "ORG", ctx="đề nghị UBND huyện"),
    E("xã Thạnh Tân", "LOC"),
    E("Nguyễn Văn Lộc", "PER"),
    E("ấp 2", "LOC"),
    E("UBND xã", "ORG"),
    E("Lộc", "PER", ctx="ông Lộc để"),
    E("UBND xã", "ORG"),
    E("Lộc", "PER", ctx="ông Lộc vẫn"),
    E("Võ Văn Ân", "PER"),
    E("Thanh tra huyện Tân Phước", "ORG"),  # "Chánh Thanh tra huyện Tân Phước" (dev4: the inspectorate)
    E("xã Thạnh Tân", "LOC"),
    E("Phòng Tài nguyên - môi trường huyện", "ORG"),
    E("khu đất quỹ 5A-5B", "LOC"),
    E("ấp 3", "LOC"),
    E("UBND xã Thạnh Tân", "ORG"),
    E("khu đất 5A-5B", "LOC"),
    E("Nguyễn Văn Lo", "PER"),
    E("phòng Tài nguyên - môi trường", "ORG"),  # "Trưởng phòng ..." (rule 23)
    E("Huỳnh Hồng Khải", "PER"),
    E("Huỳnh Văn Hoàng", "PER"),
    E("Võ Văn Tươi", "PER"),
    E("UBND huyện", "ORG"),
    E("xã Thạnh Tân", "LOC"),  # "đoàn thanh tra đất đai xã Thạnh Tân": an ad hoc team (dev3 decision 1)
    E("xã Thạnh Tân", "LOC"),  # "chính quyền xã Thạnh Tân"
    E("UBND huyện", "ORG"),
    E("Huyện ủy Tân Phước", "ORG"),
    E("Trần Văn Kiềm", "PER"),
    E("Thường vụ Huyện ủy", "ORG"),
    E("phòng Tài nguyên - môi trường", "ORG"),  # "cách chức Trưởng phòng ..." (rule 23)
    E("Nguyễn Văn Lo", "PER"),
    E("UBND xã Thạnh Tân", "ORG"),
    E("Nguyễn Văn Lộc", "PER"),
    E("Phòng Tài nguyên - môi trường", "ORG"),
    E("Huỳnh Hồng Khải", "PER"),
    E("Huỳnh Văn Hoàng", "PER"),
    E("Võ Văn Tươi", "PER"),
    E("xã Thạnh Tân", "LOC"),
    E("Kiềm", "PER", ctx="ông Kiềm"),
    E("Phòng Tài nguyên - môi trường", "ORG"),  # "Trưởng Phòng ..." written apart
    E("Nguyễn Văn Lo", "PER"),
]
