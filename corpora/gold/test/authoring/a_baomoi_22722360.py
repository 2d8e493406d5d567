"""baomoi-22722360: Hà Nội, quận Hoàng Mai: residents of the suspended Thịnh Liệt urban project."""

from _dsl import B, E, S

P = "Hà Nội"
TP = dict(level="province", province=P)
Q = dict(level="district", province=P)
PH = dict(level="commune", province=P)
TO = dict(level="village", province=P)
UBTP = dict(canonical="Ủy ban nhân dân thành phố Hà Nội", **TP)
UBQ = dict(canonical="Ủy ban nhân dân quận Hoàng Mai", **Q)
KDT = dict(type="facility", province=P)
TCT = dict(canonical="Tổng công ty Xây dựng và Phát triển hạ tầng")
QD = dict(type="Quyết định", code="QĐ-UBND", issuer="Ủy ban nhân dân thành phố Hà Nội")

BOILERPLATE = [
    B("Đường vào tổ 41 (phường Thịnh Liệt)", "xuống cấp nghiêm trọng."),  # caption before a subheading
]

STATS = [
    S("hai tổ dân phố", "tổ dân phố", "count", value=2),
    S("hai tổ", "tổ", "count", value=2),
    S("hai tổ", "tổ", "count", value=2),
    S("hai tổ", "tổ", "count", value=2),
    S("351.618m2", "m2", "measure"),
    S("241.407m2", "m2", "measure"),
    S("492 hộ", "hộ", "count"),
    S("348 hộ", "hộ", "count"),
    S("19 hộ", "hộ", "count"),
    S("115 hộ", "hộ", "count"),
    S("408 hộ", "hộ", "count"),
    S("50.894,7m2", "m2", "measure"),
    S("40.378m2", "m2", "measure"),
    S("208.680m2", "m2", "measure"),
    S("hai phường", "phường", "count", value=2),
    S("hai phường", "phường", "count", value=2),
]

ENTS = [
    E("tổ 41", "LOC", **TO),
    E("phường Thịnh Liệt", "LOC", **PH),
    E("tổ 68", "LOC", **TO),
    E("phường Tương Mai", "LOC", **PH),
    E("quận Hoàng Mai", "LOC", **Q),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    # the caption "Đường vào tổ 41 ..." is boilerplate
    E("tổ dân phố 41", "LOC", **TO),
    E("68", "LOC", ctx="và 68", canonical="tổ dân phố 68", **TO),
    E("Báo Hànôịmới", "ORG", canonical="Báo Hànộimới", **TP),
    E("Trương Sinh", "PER"),
    E("tổ 41", "LOC", **TO),
    E("phường Thịnh Liệt", "LOC", **PH),
    E("tổ 41", "LOC", **TO),
    E("68", "LOC", ctx="và 68", canonical="tổ 68", **TO),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    E("Võ Thị Kim Xuân", "PER"),
    E("tổ 68", "LOC", **TO),
    E("phường Tương Mai", "LOC", **PH),
    E("UBND TP Hà Nội", "ORG", **UBTP),
    E("Quyết định 4930/QĐ-UBND", "DOC", number="4930", date="2004-08-10", **QD),
    E("Tương Mai", "LOC", **PH),
    E("Hoàng Văn Thụ", "LOC", **PH),
    E("Thịnh Liệt", "LOC", **PH),
    E("quận Hoàng Mai", "LOC", **Q),
    E("Tổng công ty Xây dựng và Phát triển hạ tầng", "ORG", **TCT),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    E("UBND thành phố", "ORG", **UBTP),
    E("Quyết định 3649/QĐ-UBND", "DOC", number="3649", date="2007-09-17", **QD),
    E("Tổng công ty Xây dựng và Phát triển hạ tầng", "ORG", **TCT),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    E("UBND quận Hoàng Mai", "ORG", **UBQ),
    E("Tổng công ty Xây dựng và Phát triển hạ tầng", "ORG", **TCT),
    E("UBND quận", "ORG", **UBQ),
    E("UBND quận Hoàng Mai", "ORG", **UBQ),
    E("Nguyễn Minh Căn", "PER", role="Phó Trưởng ban Bồi thường, GPMB quận Hoàng Mai"),
    E("ban Bồi thường, GPMB quận Hoàng Mai", "ORG",
      canonical="Ban Bồi thường, giải phóng mặt bằng quận Hoàng Mai", **Q),
    E("Thịnh Liệt", "LOC", **PH),
    E("Tương Mai", "LOC", **PH),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    E("Nguyễn Minh Căn", "PER"),
    E("UBND quận Hoàng Mai", "ORG", **UBQ),
    E("UBND quận Hoàng Mai", "ORG", **UBQ),
    E("UBND quận Hoàng Mai", "ORG", **UBQ),
    E("Khu đô thị mới Thịnh Liệt", "LOC", **KDT),
    E("Hoàng Minh", "PER"),
]
