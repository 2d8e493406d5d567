"""vntc-test-XH_VNE_T_-5188: Hà Nội, an inspection of 11 offices finds official cars bought over the price
standard (quận Ba Đình, huyện Đông Anh, quận Hoàn Kiếm, three departments); the city committee had allowed most
of them (public spending / cadre conduct) (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

HN = dict(canonical="UBND TP Hà Nội")

ENTS = [
    E("Hà Nội", "LOC"),
    E("Nguyễn Trung Dũng", "PER", role="Chánh văn phòng UBND quận Ba Đình"),
    E("văn phòng UBND quận Ba Đình", "ORG"),  # "Chánh văn phòng UBND ..." (test README 8, rule 23)
    # "11 văn phòng UBND và văn phòng Sở của Hà Nội": classes, only the place
    E("Hà Nội", "LOC"),
    E("quyết định 122/1999/QĐ-TTg ngày 10/5/1999", "DOC", type="Quyết định", number="122", code="1999/QĐ-TTg",
      date="1999-05-10", issuer="Thủ tướng Chính phủ"),
    E("UBND TP Hà Nội", "ORG"),
    E("Ba Đình", "LOC"),  # "cho Ba Đình mua xe" (rule 29)
    E("VnExpress", "ORG"),
    E("Nguyễn Trung Dũng", "PER"),
    E("Chính phủ", "ORG"),
    E("UBND thành phố", "ORG", **HN),
    E("Lệ", "PER"),  # "bà Lệ, nguyên Phó chủ tịch quận"
    E("văn phòng quận", "ORG", canonical="Văn phòng UBND quận Ba Đình"),  # lower case, the one office (test README 8)
    E("Quận Ba Đình", "LOC"),
    E("Dũng", "PER"),
    E("huyện Đông Anh", "LOC"),
    E("Tô Văn Minh", "PER", role="Chủ tịch UBND huyện Đông Anh"),
    E("UBND huyện", "ORG", canonical="UBND huyện Đông Anh"),
    E("Minh", "PER"),
    E("Minh", "PER"),
    E("UBND thành phố Hà Nội", "ORG"),
    E("Hoàng Công Khôi", "PER", role="Chủ tịch UBND quận Hoàn Kiếm"),
    E("UBND quận Hoàn Kiếm", "ORG"),
    E("UBND thành phố", "ORG", **HN),
    E("Sở Tài nguyên Môi trường Nhà đất", "ORG"),
    E("Sở Thương Mại", "ORG"),
    E("Sở Kế hoạch đầu tư", "ORG"),
    E("Sở Tài chính Hà Nội", "ORG"),
    E("UBND thành phố Hà Nội", "ORG"),
    E("Bộ Tài chính", "ORG"),
    E("Bộ Tài chính", "ORG"),
    E("UBND TP Hà Nội", "ORG"),
    E("Chính phủ", "ORG"),
    E("UBND Thành phố Hà Nội", "ORG"),
    E("UBND thành phố", "ORG", **HN),
    E("HĐND thành phố Hà Nội", "ORG"),
    E("UBND Hà Nội", "ORG"),
    # "các cơ quan Sở, ngành, quận, huyện": classes (rule 20)
    E("Chính phủ", "ORG"),
    E("UBND TP Hà Nội", "ORG"),
    E("Hoàng Mạnh Hiển", "PER", role="Giám đốc Sở Tài chính"),
    E("Sở Tài chính", "ORG", canonical="Sở Tài chính Hà Nội"),
    E("UBND TP Hà Nội", "ORG"),
    E("Thanh tra Bộ Tài chính", "ORG"),  # the ministry's inspectorate, one body (dev7 A decision 4)
]
