"""baomoi-22374570: Hà Nội, new urban areas and apartment towers without public schools; the ward, the district
education office, the district and the city education department respond (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    # two credited photo captions glued before the next subheading / body sentence (test README d2)
    B("Thực trạng chung ở đô thị là chung cư mọc lên như nấm", "Ảnh: Lê Bảo"),
    B("Hàng chục khu chung cư cao tầng đã hoàn thành", "Ảnh: LÊ BẢO"),
]

STATS: list = []

P = dict(province="Hà Nội")
HN = dict(level="province", **P)
HL = dict(canonical="phường Hoàng Liệt", level="commune", **P)
HM = dict(canonical="quận Hoàng Mai", level="district", **P)
HD = dict(canonical="huyện Hoài Đức", level="district", **P)
AK = dict(canonical="xã An Khánh", level="commune", **P)
SGD = dict(canonical="Sở Giáo dục và Đào tạo Hà Nội", level="province", **P)
BLD = dict(type="building", **P)

ENTS = [
    E("Hà Nội", "LOC", **HN),
    # caption (boilerplate): "Thực trạng chung ở đô thị ... Ảnh: Lê Bảo"; the subheading "Không đủ chỗ học" is body
    E("Khu đô thị Linh Đàm", "LOC", type="urban_area", **P),  # test README d6
    E("phường Hoàng Liệt", "LOC", **HL),
    E("quận Hoàng Mai", "LOC", **HM),
    E("phường Hoàng Liệt", "LOC", **HL),
    # "12 cao ốc chung cư HH": the HH towers, a building LOC with its word (dev13 A d3, dev17 A d1)
    E("chung cư HH", "LOC", **BLD),
    E("bán đảo Linh Đàm", "LOC", **P),  # "khu vực bán đảo Linh Đàm": "khu vực" out (rule 28), "bán đảo" kept
    # "các tòa VP2, VP3, VP4, VP5…": block codes after a plural are bare LOCs (dev21 B d3)
    E("VP2", "LOC", canonical="tòa VP2", **BLD),
    E("VP3", "LOC", canonical="tòa VP3", **BLD),
    E("VP4", "LOC", canonical="tòa VP4", **BLD),
    E("VP5", "LOC", canonical="tòa VP5", **BLD),
    E("Tây Nam Linh Đàm", "LOC", type="urban_area", **P),  # "khu vực dự án Tây Nam Linh Đàm" (dev8 A d6)
    E("quận Hoàng Mai", "LOC", **HM),  # "do quận Hoàng Mai tổ chức" (rule 29)
    E("Sở GDĐT Hà Nội", "ORG", **SGD),
    E("UBND quận Hoàng Mai", "ORG", canonical="Ủy ban nhân dân quận Hoàng Mai", level="district", **P),
    # "lãnh đạo Sở ..., UBND quận Hoàng Mai và phường Hoàng Liệt": the ward stands for its committee (rule 21,
    # dev17 A d5)
    E("phường Hoàng Liệt", "ORG", canonical="Ủy ban nhân dân phường Hoàng Liệt", level="commune", **P),
    E("phường Hoàng Liệt", "LOC", **HL),
    # "các tòa nhà HH Linh Đàm": the block group and its urban area, two LOCs (dev22 A d1, dev18 A d1)
    E("HH", "LOC", canonical="chung cư HH", **BLD),
    E("Linh Đàm", "LOC", canonical="Khu đô thị Linh Đàm", type="urban_area", **P),
    E("phường Hoàng Liệt", "LOC", **HL),
    E("Nguyễn Thị Oanh", "PER"),
    E("chung cư Rainbow", "LOC", **BLD),  # "tòa chung cư Rainbow": "tòa" is a classifier
    E("lô CT2", "LOC", **BLD),  # a lettered lot keeps its word (dev18 A d1)
    E("Khu đô thị mới Tây Nam hồ Linh Đàm", "LOC", type="urban_area", **P),
    E("phường Hoàng Liệt", "LOC", **HL),
    E("quận Hoàng Mai", "LOC", **HM),
    E("Hà Nội", "LOC", **HN),
    E("Oanh", "PER"),
    E("Hà Nội", "LOC", **HN),  # "khu vực phía tây Hà Nội"
    E("KĐT Mễ Trì Hạ", "LOC", type="urban_area", **P),
    E("đường Phạm Hùng", "LOC", type="street", **P),
    E("KĐT Nam Trung Yên", "LOC", type="urban_area", **P),
    E("quận Cầu Giấy", "LOC", level="district", **P),
    # caption (boilerplate): "Hàng chục khu chung cư cao tầng ... đường Lê Văn Lương (Hà Nội) ... Ảnh: LÊ BẢO";
    # the subheading "Chính quyền thả nổi quy hoạch, con trẻ lãnh đủ" is body
    E("Nam An Khánh", "LOC", type="urban_area", **P),  # "khu vực Nam An Khánh" (rule 28)
    E("huyện Hoài Đức", "LOC", **HD),
    E("Chu Kh", "PER"),  # an abbreviated name as written (dev14 A d1)
    E("Trường THCS An Khánh", "ORG", canonical="Trường THCS An Khánh", **P),
    E("Hoài Đức", "LOC", **HD),
    E("An Khánh", "LOC", **AK),
    E("An Khánh", "LOC", **AK),
    E("Chu Kh", "PER"),
    E("Trường THCS An Khánh", "ORG", canonical="Trường THCS An Khánh", **P),
    E("Kh", "PER"),
    E("An Khánh", "LOC", **AK),
    E("Lao Động", "ORG", canonical="Báo Lao Động"),  # "trao đổi với Lao Động" (dev12 A d5)
    E("Nguyễn Phan Minh", "PER", role="Trưởng phòng Giáo dục huyện Hoài Đức"),
    E("phòng Giáo dục huyện Hoài Đức", "ORG", canonical="Phòng Giáo dục và Đào tạo huyện Hoài Đức",
      level="district", **P),  # rule 23
    E("Hoài Đức", "LOC", **HD),
    E("Minh", "PER"),
    E("huyện Hoài Đức", "LOC", **HD),
    # "ví dụ như An Khánh, Đức Thượng, thị trấn Trạm Trôi, Kim Chung": bare communes, the town keeps its word
    E("An Khánh", "LOC", **AK),
    E("Đức Thượng", "LOC", canonical="xã Đức Thượng", level="commune", **P),
    E("thị trấn Trạm Trôi", "LOC", level="commune", **P),
    E("Kim Chung", "LOC", canonical="xã Kim Chung", level="commune", **P),
    E("Minh", "PER"),
    E("Minh", "PER"),
    E("Đỗ Đức Trung", "PER", role="Phó Chủ tịch huyện Hoài Đức"),
    E("huyện Hoài Đức", "LOC", **HD),  # "Phó Chủ tịch huyện Hoài Đức" gives the place (dev3 d4)
    E("UBND thành phố", "ORG", canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **P),
    E("Đào Ngọc Nghiêm", "PER", role="Phó Chủ tịch Hội Quy hoạch và Phát triển đô thị Hà Nội"),  # "KTS" out
    E("Hội Quy hoạch và Phát triển đô thị Hà Nội", "ORG", level="province", **P),
    E("Hà Nội", "LOC", **HN),  # "các quận nội đô Hà Nội"
    E("TP.Hà Nội", "LOC", **HN),
    E("Nghiêm", "PER"),
    E("Hà Nội", "LOC", **HN),
    # "cái nào Nhà nước phải đầu tư": "Nhà nước" gives nothing (rule 20)
    E("Nghiêm", "PER"),
    E("Nghiêm", "PER"),
    E("Lê Ngọc Quang", "PER", role="Phó Giám đốc Sở GDĐT Hà Nội"),
    E("Sở GDĐT Hà Nội", "ORG", **SGD),
    E("UBND TP. Hà Nội", "ORG", canonical="Ủy ban nhân dân thành phố Hà Nội", level="province", **P),
    # bare "Hội đồng nhân dân" for the city's council (dev8 A d8, dev10 A d5)
    E("Hội đồng nhân dân", "ORG", canonical="Hội đồng nhân dân thành phố Hà Nội", level="province", **P),
    E("Quang", "PER"),
    # "NHÓM PHÓNG VIÊN THỜI SỰ" names no one (dev23 B d6)
]
