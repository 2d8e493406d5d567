"""baomoi-21480097: Tiền Giang, the fisheries sub-department and Gò Công Đông on fishermen's sea production teams and
cooperative groups (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Người dân thị trấn Vàm Láng, huyện Gò Công Đông (Tiền Giang) phơi cá nguyên liệu.", "Ảnh: Nam Thái/TXVN"),
]

STATS: list = []

ENTS = [
    E("Chi cục Thủy sản tỉnh Tiền Giang", "ORG", level="province"),
    E("huyện Gò Công Đông", "LOC", level="district"),
    E("TP Mỹ Tho", "LOC", level="district"),
    E("huyện Gò Công Đông", "LOC", level="district"),
    E("Chi cục Thủy sản tỉnh Tiền Giang", "ORG", level="province"),
    # caption (boilerplate)
    E("Trần Văn Thành", "PER", role="Chủ tịch UBND huyện Gò Công Đông"),
    E("UBND huyện Gò Công Đông", "ORG", level="district"),
    E("Nguyễn Thị Thu", "PER", role="Chủ tịch UBND thị trấn Vàm Láng"),
    E("UBND thị trấn Vàm Láng", "ORG", level="commune"),
    E("huyện Gò Công Đông", "LOC", level="district"),
    E("Sở Nông Nghiệp và Phát triển nông thôn Tiền Giang", "ORG", level="province"),
    E("Tiền Giang", "LOC", level="province"),
    E("Công Trí", "PER"),
    E("TTXVN", "ORG", level="national"),
]
