"""vntc-test-XH_VNE_T_-4428: Bắc Kạn, marks altered in the province's 2003 civil-service entrance exam; the
provincial chairman's inspection team finds that members of the exam council raised officials' relatives' marks
(entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("Bắc Kạn", "LOC"),
    E("Bắc Kạn", "LOC"),
    E("Nông Văn Cử", "PER"),
    E("Sở Nội Vụ", "ORG"),
    E("Hội đồng thi tuyển công chức tỉnh Bắc Kạn", "ORG"),  # a one-off council of one body (dev3 decision 8)
    E("Nông Văn Lệnh", "PER"),
    E("UBND tỉnh", "ORG"),
    E("Hội đồng thi tuyển công chức tỉnh Bắc Kạn", "ORG"),
    E("tỉnh Bắc Kạn", "LOC"),
    E("Mai Thế Dương", "PER"),
    E("UBND tỉnh Bắc Kạn", "ORG"),
    E("Quyết định số 318/QĐ-UB", "DOC", type="Quyết định", number="318", code="QĐ-UB", date="2004-03-11",
      issuer="Ủy ban nhân dân tỉnh Bắc Kạn"),
    # "Đoàn kiểm tra liên ngành": an ad hoc inspection team, not a standing body (dev3 decision 1)
    E("Ma Văn Lả", "PER"),
    E("Công an tỉnh Bắc Kạn", "ORG"),
    E("La Văn Trân", "PER"),
    E("ban tổ chức Tỉnh ủy", "ORG"),  # "Phó ban tổ chức Tỉnh ủy" (rule 23)
    E("Phạm Duy Hưng", "PER"),
    E("phòng tổ chức cán bộ Ban tổ chức chính quyền tỉnh", "ORG"),  # "Trưởng phòng ...": one unit of the board
    E("Sở Nội Vụ", "ORG"),
    E("Hoàng Văn Minh", "PER"),
    # "Ban chấm thi": an exam's marking board, not an entity (dev2 decision 5)
    E("Hà Thanh Hằng", "PER"),
    E("Quách Văn Dực", "PER"),
    E("ban tổ chức chính quyền tỉnh", "ORG"),  # "Phó trưởng ban ..." (rule 23)
    E("Sở Nội vụ", "ORG"),
    E("Ủy ban dân số gia đình và trẻ em huyện Ba Bể", "ORG"),
    # "Hội đồng" alone: a capitalised reference (rule 20), not annotated
    E("Đặng Thị Anh Thơ", "PER"),
    E("Ma Văn Huân", "PER"),
    E("Huân", "PER"),
    E("Huân", "PER"),
    E("La Thị Thính", "PER"),
    E("UBND tỉnh", "ORG"),
    E("Liên minh hợp tác xã", "ORG"),  # the province's cooperative alliance, an exam unit
    E("Trần Thị Huyền", "PER"),
    E("Hứa Thị In", "PER"),
    E("Phòng Tài chính - Kế hoạch huyện Chợ Mới", "ORG"),
    E("Đỗ Thị Phương Chăm", "PER"),
    E("La Thị Hằng Ngà", "PER"),
    E("UBND huyện Chợ Mới", "ORG"),
    E("Hoàng Văn Huy", "PER"),
    E("Hoàng Văn Minh", "PER"),
    E("HĐTT", "ORG"),  # Hội đồng thi tuyển
    E("tỉnh Bắc Kạn", "LOC"),
    E("tỉnh Bắc Kạn", "LOC"),
    E("Hoàng Văn Minh", "PER"),
    E("Ban Tổ chức chính quyền tỉnh", "ORG"),
    E("Sở Nội vụ", "ORG"),
    E("Nông Thị Kiềm", "PER"),
    E("phòng Tổ chức đào tạo", "ORG"),  # "Phó phòng Tổ chức đào tạo" (rule 23)
    E("Sở Giáo dục - Đào tạo", "ORG"),
    E("Hội đồng thi", "ORG"),  # the exam council (dev2 decision 5); "Ban coi thi", "Ban chấm thi" are not
    E("Hội đồng thi", "ORG"),
    E("Hà Quốc Hưng", "PER"),
    E("Hà Quốc Hưng", "PER"),
]
