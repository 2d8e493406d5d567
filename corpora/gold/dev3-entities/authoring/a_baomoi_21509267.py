"""baomoi-21509267: Nghệ An: views on the rise of school fees (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Sinh viên Trường ĐH Y khoa Vinh làm quen", "Ảnh: P.V"),
    B("Giáo viên và học sinh Trường mẫu giáo Việt Anh", "Ảnh: M.H"),
    B("Sinh viên Trường Đại học Sư phạm Kỹ thuật Vinh", "Ảnh: M.H"),
]

STATS: list = []

ENTS = [
    E("Baonghean", "ORG"),
    E("tỉnh Nghệ An", "LOC"),
    E("Báo Nghệ An", "ORG"),
    E("Lê Tuấn Anh", "PER"),
    E("khoa Y học Dự phòng", "ORG"),
    E("Trường ĐH Y khoa Vinh", "ORG"),
    E("Quảng Trị", "LOC"),
    E("thành phố Vinh", "LOC"),
    E("Nguyễn Anh Linh", "PER"),
    E("khoa Quản trị kinh doanh", "ORG"),
    E("Trường Đại học Kinh tế Nghệ An", "ORG"),
    E("Trần Châu Ngọc", "PER"),
    E("đường Lê Ninh", "LOC"),
    E("thành phố Vinh", "LOC"),
    E("Đại học Kiến trúc Hà Nội", "ORG"),
    E("Đại học Kinh tế Nghệ An", "ORG"),
    E("Nguyễn Hồng Hoa", "PER"),
    E("phòng Giáo dục và Đào tạo huyện Kỳ Sơn", "ORG"),
    E("huyện Kỳ Sơn", "LOC"),
    E("Nguyễn Thị Tân", "PER"),
    E("Trường Mầm non Quỳnh Vinh B", "ORG"),
    E("Thị xã Hoàng Mai", "LOC"),
    E("Nguyễn Cảnh Phú", "PER"),
    E("Trường Đại học Y khoa Vinh", "ORG"),
    E("Nghị định số 86", "DOC", type="Nghị định"),
    E("Chính phủ", "ORG"),
    E("Nghệ An", "LOC", ctx="tại Nghệ An"),
    E("Trường Đại học Y khoa Vinh", "ORG"),
    E("Quyết định 89/2016/QĐ - UBND", "DOC", type="Quyết định"),
    E("tỉnh Nghệ An", "LOC"),
    E("tỉnh Nghệ An", "LOC"),
    E("thành phố Vinh", "LOC"),
    E("thành phố Vinh", "LOC"),
    E("Song Hoàng", "PER"),
    E("Chu Thanh", "PER"),
]
