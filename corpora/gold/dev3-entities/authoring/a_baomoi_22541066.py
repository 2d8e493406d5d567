"""baomoi-22541066: Đà Nẵng, quận Liên Chiểu: an illegal villa in a protected forest (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ông Quang đã cho thợ tháo dỡ một số căn nhà gỗ", "Ảnh:Nguyễn Đông."),
]

STATS: list = []

ENTS = [
    E("Đàm Quang Hưng", "PER"),
    E("UBND quận Liên Chiểu", "ORG"),
    E("Đà Nẵng", "LOC"),
    E("HĐND TP Đà Nẵng", "ORG"),
    E("Ngô Văn Quang", "PER"),
    E("Quảng Nam", "LOC"),
    E("núi Hải Vân", "LOC"),
    E("Hưng", "PER", ctx="Ông Hưng nói"),
    E("Quang", "PER", ctx="ông Quang xây"),
    E("Hưng", "PER", ctx="ông Hưng cho hay"),
    E("quận Liên Chiểu", "LOC"),
    E("Ngô Văn Quang", "PER"),
    E("Ngô Văn Quang", "PER"),
    E("đồi Chim Chim", "LOC"),
    E("rừng đặc dụng Nam Hải Vân", "LOC"),
    E("phường Hòa Hiệp Bắc", "LOC"),
    E("quận Liên Chiểu", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Phan Như Thạch", "PER"),
    E("Công an Quảng Nam", "ORG"),
    E("Thạch", "PER", ctx="Ông Thạch được"),
    E("Ban quản lý rừng đặc dụng Nam Hải Vân", "ORG"),
    E("Quang", "PER", ctx="cho ông Quang"),
    E("quận Liên Chiểu", "LOC", ctx="chính quyền quận Liên Chiểu"),
    E("UBND quận Liên Chiểu", "ORG"),
    E("Thạch", "PER", ctx="Ông Thạch sau đó"),
    E("Quang", "PER", ctx="Còn ông Quang"),
    E("UBND quận Liên Chiểu", "ORG"),
    E("Nguyễn Đông", "PER"),
]
