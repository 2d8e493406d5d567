"""vntc-train-XH_VNE_-221: Đà Nẵng, the city shortens the procedure for house and land certificates through an
interdepartmental team ("tổ công tác 60/CP"); the natural resources department on fee waivers (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

P = dict(province="Đà Nẵng")
DN = dict(level="province", **P)
TO = dict(canonical="Tổ công tác 60/CP thành phố Đà Nẵng", level="province", **P)
ND60 = dict(type="Nghị định", number="60", code="CP", issuer="Chính phủ")

ENTS = [
    E("Đà Nẵng", "LOC", **DN),
    E("Chính phủ", "ORG", level="national"),  # "Thủ tướng Chính phủ" (rule 24)
    E("Đà Nẵng", "LOC", **DN),
    E("Đà Nẵng", "LOC", **DN),
    E("Sở Địa chính Nhà đất", "ORG", canonical="Sở Địa chính Nhà đất thành phố Đà Nẵng", **DN),
    E("Sở Tài nguyên Môi trường", "ORG", canonical="Sở Tài nguyên và Môi trường thành phố Đà Nẵng", **DN),
    E("Sở Xây dựng", "ORG", canonical="Sở Xây dựng thành phố Đà Nẵng", **DN),
    E("Sở Địa chính", "ORG", canonical="Sở Địa chính Nhà đất thành phố Đà Nẵng", **DN),
    E("nghị định 60/CP", "DOC", **ND60),  # lower case, numbered (dev4 d4); the code names the Government
    E("UBND thành phố", "ORG", canonical="Ủy ban nhân dân thành phố Đà Nẵng", **DN),
    # the standing one-stop team the committee set up, named by its decree (rule 27's "Bộ phận “Một cửa”");
    # no DOC nested in its name (rule 18)
    E("tổ công tác 60/CP", "ORG", **TO),
    E("Tổ công tác 60/CP", "ORG", **TO),
    # "gần văn phòng HĐND-UBND thành phố": the joint office (dev7 A d3), the body for its seat (dev4 d1, dev16 B d3)
    E("văn phòng HĐND-UBND thành phố", "ORG", canonical="Văn phòng HĐND và UBND thành phố Đà Nẵng", **DN),
    E("tổ công tác 60/CP", "ORG", **TO),
    E("Nguyễn Điểu", "PER", role="giám đốc Sở Tài nguyên Môi trường thành phố"),
    E("Sở Tài nguyên Môi trường thành phố", "ORG", canonical="Sở Tài nguyên và Môi trường thành phố Đà Nẵng", **DN),
    E("Đà Nẵng", "LOC", **DN),
    E("tổ công tác 60/CP", "ORG", **TO),
    E("Sở Địa chính Nhà đất", "ORG", canonical="Sở Địa chính Nhà đất thành phố Đà Nẵng", **DN),
]
