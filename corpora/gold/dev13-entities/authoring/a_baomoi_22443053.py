"""baomoi-22443053: Quảng Ngãi, foreign and domestic investors ask to build solar plants; the trade department's
director and the provincial chairman (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Ảnh minh họa"),  # photo label glued between two body sentences
]

STATS: list = []

ENTS = [
    E("Tỉnh Quảng Ngãi", "LOC", level="province"),
    E("Nguyễn Phước Hiền", "PER", role="Giám đốc Sở Công Thương tỉnh Quảng Ngãi"),
    E("Sở Công Thương tỉnh Quảng Ngãi", "ORG", level="province"),
    E("Vương Quốc Anh", "LOC", level="country"),
    E("Thái Lan", "LOC", level="country"),
    E("Nhật Bản", "LOC", level="country"),
    E("Mộ Đức", "LOC", level="district", province="Quảng Ngãi"),  # "các huyện Mộ Đức, Đức Phổ" (rule 28)
    E("Đức Phổ", "LOC", level="district", province="Quảng Ngãi"),
    E("đảo Lý Sơn", "LOC", type="island", province="Quảng Ngãi"),
    E("Công ty TNHH Kimin Power", "ORG"),
    E("Vương quốc Anh", "LOC", level="country"),
    E("xã Phổ An", "LOC", level="commune", province="Quảng Ngãi"),
    E("huyện Đức Phổ", "LOC", level="district", province="Quảng Ngãi"),
    # caption "Ảnh minh họa" (boilerplate)
    E("Công ty TNHH Triple Win Corporation", "ORG"),
    E("Thái Lan", "LOC", level="country"),  # "... Corporation - Thái Lan": the company's country
    E("Công ty Terra Wood", "ORG"),
    E("TP HCM", "LOC", level="province"),
    E("tỉnh Quảng Ngãi", "LOC", level="province"),
    E("Công ty Cổ phần đầu tư xây dựng Thiên Tân", "ORG"),
    E("Trần Ngọc Căng", "PER", role="Chủ tịch UBND tỉnh Quảng Ngãi"),
    E("UBND tỉnh Quảng Ngãi", "ORG", level="province"),
    E("Luận Nguyễn", "PER"),  # byline
]
