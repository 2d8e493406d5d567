"""baomoi-22414268: Đắk Lắk, huyện Ea Kar: pumpkin prices collapse (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Nông dân điêu đứng vì tiểu thương ép giá bí ngô.", "Ảnh: H.L"),
    B("Hàng tấn bí ngô chất thành đống ngoài đường để bán.", "Ảnh: H.L"),
    B("Hiện xã Cư Yang còn khoảng 500 tấn bí ngô", "Ảnh: H.L"),
    B("Người dân trắng tay vì bí ngô", "Ảnh: H.L"),
    B("Không ít hộ dân để bí ngô làm thức ăn cho trâu bò.", "Ảnh: H.L"),
]

STATS: list = []

ENTS = [
    E("nông trường 717", "LOC"),
    E("xã Cư Yang", "LOC"),
    E("huyện Ea Kar", "LOC"),
    E("tỉnh Đắk Lắk", "LOC"),
    E("Võ Tá Đệ", "PER"),
    E("thôn 5", "LOC"),
    E("xã Cư Yang", "LOC"),
    E("Đệ", "PER", ctx="ông Đệ nhẩm"),
    E("Đệ", "PER", ctx="ông Đệ, từ"),
    E("Đệ", "PER", ctx="ông Đệ chia"),
    E("Nguyễn Đức Quỳnh", "PER"),
    E("thôn 6", "LOC"),
    E("xã Cư Yang", "LOC"),
    E("Quỳnh", "PER", ctx="anh Quỳnh cùng"),
    E("Quỳnh", "PER", ctx="anh Quỳnh cũng"),
    E("Quỳnh", "PER", ctx="anh Quỳnh nói"),
    E("huyện Ea Kar", "LOC"),
    E("Trần Bá Hà", "PER"),
    E("thôn 4", "LOC"),
    E("xã Cư Yang", "LOC"),
    E("Hà", "PER", ctx="ông Hà than"),
    E("Phạm Xuân Hùng", "PER"),
    E("UBND xã Cư Yang", "ORG"),
    E("Hùng", "PER", ctx="ông Hùng cho"),
    E("Ngô Tấn Cư", "PER"),
    E("Phòng Nông nghiệp huyện Ea Kar", "ORG"),
    E("Cư", "PER", ctx="ông Cư nói"),
    E("Hữu Long", "PER"),
]
