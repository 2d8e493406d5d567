"""baomoi-22242859: Đắk Lắk: a dairy company invests in high-tech coffee farming (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Hơn 1.000 tỷ đồng phát triển nông nghiệp công nghệ cao tại Đắk Lắk. Ảnh", "Hoài Nam - TTXVN"),
]

STATS: list = []

ENTS = [
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("Tp. Hồ Chí Minh", "LOC"),
    E("Công ty cổ phần Thực phẩm dinh dưỡng NutiFood", "ORG"),
    E("UBND tỉnh Đắk Lắk", "ORG"),
    E("Công ty cà phê Phước An", "ORG"),
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("NutiFood", "ORG"),
    E("Công ty cà phê Phước An", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("NutiFood", "ORG"),
    E("NutiFood", "ORG"),
    E("công ty cà phê Phước An", "ORG"),
    E("Nguyễn Tuấn Hà", "PER"),
    E("UBND tỉnh Đắk Lắk", "ORG"),
    E("Đắk Lắk", "LOC"),
    E("Chính phủ", "ORG"),
    E("UBND tỉnh", "ORG"),
    E("công ty NutiFood", "ORG"),
    E("Việt Nam", "LOC"),
    E("UBND tỉnh", "ORG"),
    E("UBND tỉnh Đắk Lắk", "ORG"),
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("Trần Thanh Hải", "PER"),
    E("Hội đồng quản trị NutiFood", "ORG"),
    E("Chính phủ", "ORG"),
    E("Việt Nam", "LOC"),
    E("NutiFood", "ORG"),
    E("tỉnh Đắk Lắk", "LOC"),
]
