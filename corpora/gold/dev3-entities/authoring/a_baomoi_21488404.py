"""baomoi-21488404: Bình Định: the investment department licenses a Canadian garment plant (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Dự án kỳ vọng sẽ đóng góp vào tăng trưởng địa phương", "cho người lao động"),
]

STATS: list = []

ENTS = [
    E("Sở Kế hoạch và Đầu tư tỉnh Bình Định", "ORG"),
    E("Công ty TNHH Seldat Việt Nam", "ORG"),
    E("Canada", "LOC"),
    E("Nhà máy may mặc Seldat Việt Nam", "LOC"),
    E("thôn An Hòa", "LOC"),
    E("xã Nhơn Khánh", "LOC"),
    E("thị xã An Nhơn", "LOC"),
    E("Mỹ", "LOC", ctx="thị trường Mỹ"),
    E("Bình Định", "LOC", ctx="nỗ lực của Bình Định"),
    E("Bình Định", "LOC", ctx="Thời gian qua Bình Định"),
    E("Bình Định", "LOC", ctx="Bình Định có 69"),
    E("Mỹ", "LOC", ctx="như Mỹ"),
    E("Trung Quốc", "LOC"),
    E("Nhật Bản", "LOC"),
    E("Pháp", "LOC"),
    E("Hàn Quốc", "LOC"),
    E("Singapore", "LOC"),
    E("Malaysia", "LOC"),
    E("Thái Lan", "LOC"),
    E("tỉnh Bình Định", "LOC"),
    E("Sở Kế hoạch – Đầu tư Bình Định", "ORG"),
    E("tỉnh Bình Định", "LOC"),
    E("Bình Định", "LOC", ctx="đầu tư tại Bình Định"),
    E("Nguyễn Bay", "PER"),
    E("Trung tâm xúc tiến đầu tư", "ORG"),
    E("IPC", "ORG"),
    E("tỉnh Bình Định", "LOC"),
    E("tỉnh Bình Định", "LOC"),
    E("Khu kinh tế Nhơn Hội", "LOC"),
    E("Bình Định", "LOC", ctx="2020, Bình Định"),
    E("miền Trung", "LOC"),
    E("Anh Trung", "PER"),
]
