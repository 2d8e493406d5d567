"""baomoi-22618966: Bà Rịa-Vũng Tàu: consultation on the distant-water fishing scheme (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Các loại hải sản được tập kết ở cảng cá Hòn Rớ", "Nguyên Lý/TTXVN"),
]

STATS: list = []

ENTS = [
    E("thành phố Vũng Tàu", "LOC"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("UBND tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("Quảng Ngãi", "LOC"),
    E("Bình Định", "LOC"),
    E("Khánh Hòa", "LOC"),
    E("Bình Thuận", "LOC"),
    E("Tiền Giang", "LOC"),
    E("Hậu Giang", "LOC"),
    E("Cà Mau", "LOC"),
    E("Bến Tre", "LOC"),
    E("Bà Rịa-Vũng Tàu", "LOC"),
    E("Vũ Văn Tám", "PER"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("Chính phủ", "ORG"),
    E("Việt Nam", "LOC"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("Chính phủ", "ORG"),
    E("Brunei", "LOC"),
    E("Papua New Guine", "LOC"),
    E("Micronesia", "LOC"),
    E("Việt Nam", "LOC"),
    E("Việt Nam", "LOC"),
    E("Brunei", "LOC"),
    E("Papua New Guine", "LOC"),
    E("Micronesia", "LOC"),
    E("Thái Bình Dương", "LOC"),
    E("Brunei", "LOC"),
    E("Việt Nam", "LOC"),
    E("Việt Nam", "LOC"),
    E("Brunei", "LOC"),
    E("Papua New Guinea", "LOC"),
    E("Mironesia", "LOC"),
    E("Việt Nam", "LOC"),
    E("Việt Nam", "LOC"),
    E("Brunei", "LOC"),
    E("Trần Văn Cường", "PER"),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bà Rịa-Vũng Tàu", "ORG"),
    E("Hoàng Nhị", "PER"),
    E("TTXVN", "ORG"),
]
