"""baomoi-22501349: Quảng Trị, huyện Hướng Hóa: a credit package for macadamia (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("500 tỷ đồng giúp Quảng Trị phát triển cây mắc ca. Ảnh", "Đặng Tuấn-TTXVN"),
]

STATS: list = []

ENTS = [
    E("Liên Việt PostBank", "ORG"),
    E("Quảng Trị", "LOC"),
    E("Hướng Hóa", "LOC"),
    E("Hiệp hội Mắc ca Việt Nam", "ORG"),
    E("Ngân hàng Bưu điện Liên Việt PostBank", "ORG"),
    E("UBND huyện Hướng Hóa", "ORG"),
    E("tỉnh Quảng Trị", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("Ngân hàng Liên Việt PostBank", "ORG"),
    E("Quảng Trị", "LOC"),
    E("huyện Hướng Hóa", "LOC"),
    E("Công ty trách nhiệm hữu hạn My Anh Khe Sanh", "ORG"),
    E("Nguyễn Lân Hùng", "PER"),
    E("Hoàng Hòe", "PER"),
    E("Hiệp hội Mắc ca Việt Nam", "ORG"),
    E("Hiệp hội Mắc ca Việt Nam", "ORG"),
    E("Khe Sanh", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("Công ty trách nhiệm hữu hạn My Anh", "ORG"),
    E("Công ty trách nhiệm hữu hạn My Anh", "ORG"),
    E("Ngân hàng Bưu điện Liên Việt Chi nhánh Quảng Trị", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("Hà Sỹ Đồng", "PER"),
    E("Việt Nam", "LOC", ctx="Tại Việt Nam"),
    E("Ngân hàng Liên Việt PostBank", "ORG"),
    E("Hiệp hội Mắc ca Việt Nam", "ORG"),
    E("Tây Nguyên", "LOC"),
    E("Tây Bắc", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("Australia", "LOC"),
    E("Khe Sanh", "LOC"),
    E("tỉnh Quảng Trị", "LOC"),
    E("Công ty trách nhiệm hữu hạn My Anh", "ORG"),
    E("Tỉnh Quảng Trị", "LOC"),
    E("huyện Hướng Hóa", "LOC"),
    E("Công ty trách nhiệm hữu hạn My Anh", "ORG"),
]
