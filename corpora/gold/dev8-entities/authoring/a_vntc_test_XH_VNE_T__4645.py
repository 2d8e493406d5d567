"""vntc-test-XH_VNE_T_-4645: Bình Thuận, relief rice of a Bắc Bình commune handed to households off the approved
list, officials and the rich included; the commune committee apologises and recovers it (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

ENTS = [
    E("xã Bình Tân", "LOC"),
    E("huyện Bắc Bình", "LOC"),
    E("tỉnh Bình Thuận", "LOC"),
    E("Xã Bình Tân", "LOC"),
    E("xã Bình Tân", "LOC"),
    E("Bình Nhơn", "LOC"),  # villages after "3 thôn của xã Bình Tân là": bare
    E("Bình Sơn", "LOC"),
    E("Bình Nghĩa", "LOC"),
    E("thôn Bình Nhơn", "LOC"),
    E("thôn Bình Nhơn", "LOC"),
    E("Đỗ Tấn Vân", "PER"),
    E("Vân trí", "PER"),  # a nickname in parentheses (dev2 decision 10)
    E("Huỳnh Thuộc", "PER"),
    E("Thuộc", "PER"),
    E("Phạm Tấn Công", "PER"),
    E("Võ Thị Thu Hà", "PER"),
    E("Bình Sơn", "LOC"),  # after "2 thôn": bare
    E("Bình Nghĩa", "LOC"),
    E("Thôn Bình Sơn", "LOC"),
    E("thôn Bình Nghĩa", "LOC"),
    E("tổ tự quản 11", "LOC"),  # a numbered residential group (test README rule 5)
    E("thôn Bình Sơn", "LOC"),
    E("Hùynh Thị Hồng", "PER"),
    # "Bí thư chi bộ": the commune's party cell in lower case, no name: not annotated
    E("Nguyễn Tâm", "PER"),
    E("UBND xã Bình Tây", "ORG"),  # as written (the commune is Bình Tân elsewhere)
    E("Nguyễn Tâm", "PER"),
    E("Võ Thị Thu Hà", "PER"),
]
