"""baomoi-22685276: Thanh Hóa, the Sầm Sơn city committee and the provincial agriculture department meet a fisherman and
the shipbuilder over a defective steel fishing boat built under Decree 67 (entities only)."""

from _dsl import B, E

# the photo caption with its credit, glued before the next body sentence
BOILERPLATE = [
    B("Tàu cá vỏ thép công suất lớn được hạ thủy tại xã Quảng Cư", "Hoa Mai/TTXVN"),
]

STATS: list = []

TH = dict(province="Thanh Hóa")
SS = dict(canonical="Ủy ban nhân dân thành phố Sầm Sơn", level="district", **TH)
SNN = dict(canonical="Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa", level="province", **TH)
TB = dict(province="Thái Bình")
DD = dict(canonical="Công ty Cổ phần Đại Dương")
ND67 = dict(type="Nghị định", number="67", issuer="Chính phủ")

ENTS = [
    E("Nguyễn Văn Muộn", "PER"),
    E("UBND thành phố Sầm Sơn", "ORG", **SS),
    E("tỉnh Thanh Hóa", "LOC", level="province", **TH),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh", "ORG", **SNN),
    E("Công ty Cổ phần Đại Dương", "ORG", **DD),
    E("xã Thụy Hải", "LOC", level="commune", **TB),
    E("huyện Thái Thụy", "LOC", level="district", **TB),
    E("tỉnh Thái Bình", "LOC", level="province", **TB),
    E("Nguyễn Văn Muộn", "PER"),
    E("Nghị định 67", "DOC", **ND67),
    E("Chính phủ", "ORG", level="national"),
    E("UBND thành phố Sầm Sơn", "ORG", **SS),
    E("Công ty Cổ phần Đại Dương", "ORG", **DD),
    E("Muộn", "PER"),  # "tàu ông Muộn" (rule 19)
    E("Muộn", "PER"),
    E("Nguyễn Văn Muộn", "PER"),
    E("Công ty Cổ phần Đại Dương", "ORG", **DD),
    E("UBND thành phố Sầm Sơn", "ORG", **SS),
    E("Sở Nông nghiệp và Phát triển nông thôn tỉnh Thanh Hóa", "ORG", **SNN),
    E("UBND thành phố Sầm Sơn", "ORG", **SS),
    # the full name without its place still denotes the one provincial department (dev12 B decision 3)
    E("Sở Nông nghiệp và Phát triển Nông thôn", "ORG", **SNN),
    E("UBND tỉnh Thanh Hóa", "ORG", canonical="Ủy ban nhân dân tỉnh Thanh Hóa", level="province", **TH),
    E("Nguyễn Văn Muộn", "PER"),
    E("Nghị định 67", "DOC", **ND67),  # the repeat takes the first mention's issuer (dev13 B decision 4)
    E("Muộn", "PER"),
    E("Đỗ Quang Dương", "PER", role="Tổng Giám đốc Công ty Cổ phần Đại Dương"),
    E("Công ty Cổ phần Đại Dương", "ORG", **DD),
    E("Muộn", "PER"),
    E("Muộn", "PER"),
    E("Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa", "ORG", **SNN),
    E("Nghị định 67", "DOC", **ND67),  # "Nghị định 67 về một số chính sách …": the subject stays out (rule 31)
    E("tỉnh Thanh Hóa", "LOC", level="province", **TH),
    E("Sở Nông nghiệp và Phát triển nông thôn Thanh Hóa", "ORG", **SNN),
    E("Thanh Hóa", "LOC", level="province", **TH),  # "Ngành nông nghiệp Thanh Hóa": the sector gives its place (dev6 d7)
    E("Khiếu Tư", "PER"),  # byline "Khiếu Tư (TTXVN)"
    E("TTXVN", "ORG"),
]
