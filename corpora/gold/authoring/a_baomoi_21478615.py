"""baomoi-21478615: Hà Nội, quận Nam Từ Liêm Party committee and administrative reform."""

from _dsl import B, E, S

P = "Hà Nội"
Q = dict(level="district", province=P)
PH = dict(level="commune", province=P)
DB = dict(canonical="Đảng bộ quận Nam Từ Liêm", **Q)
QU = dict(canonical="Quận ủy Nam Từ Liêm", **Q)
UBQ = dict(canonical="Ủy ban nhân dân quận Nam Từ Liêm", **Q)
NQ = dict(type="Nghị quyết", issuer="Đại hội Đảng bộ quận Nam Từ Liêm lần thứ I")
HAI_ROLE = "Bí thư Quận ủy kiêm Chủ tịch UBND quận Nam Từ Liêm"

BOILERPLATE = [
    B('Người dân làm', 'Viết Thành'),
]

STATS = [
    S("21/22 chỉ tiêu", "chỉ tiêu", "ratio"),
    S("9 chỉ tiêu", "chỉ tiêu", "count"),
    S("4 chỉ tiêu", "chỉ tiêu", "count"),
    S("6.279 tỷ đồng", "VND", "money", ind="kết quả thu"),
    S("hai quận", "quận", "count", value=2),
    S("khoảng 4-5ha", "ha", "range", q="approx", high=5),
]

ENTS = [
    E("Đảng bộ quận Nam Từ Liêm", "ORG", **DB),
    E("Nghị quyết Đại hội Đảng bộ quận lần thứ I", "DOC", **NQ),
    E("Đảng", "ORG", ctx="đại hội Đảng các cấp", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("Đảng bộ quận Nam Từ Liêm", "ORG", ctx="Đại hội Đảng bộ quận Nam", **DB),
    E("quận Nam Từ Liêm", "LOC", **Q),
    E("Quận ủy", "ORG", **QU),
    E("UBND quận Nam Từ Liêm", "ORG", **UBQ),
    E("Nguyễn Văn Hải", "PER", role=HAI_ROLE),
    E("Đảng bộ quận Nam Từ Liêm", "ORG", **DB),
    E("Nam Từ Liêm", "LOC", ctx="6.279 tỷ đồng, Nam", **Q),
    E("quận Nam Từ Liêm", "LOC", **Q),
    E("Nghị quyết Đại hội Đảng bộ quận", "DOC", **NQ),
    E("quận Nam Từ Liêm", "LOC", **Q),
    E("Bộ Chính trị", "ORG", canonical="Bộ Chính trị Ban Chấp hành Trung ương Đảng", level="national"),
    E("Thành ủy Hà Nội", "ORG", canonical="Thành ủy Hà Nội", level="province", province=P),
    E("Hoàng Trung Hải", "PER", role="Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội"),
    E("quận Nam Từ Liêm", "LOC", **Q),
    E("Đảng ủy phường Phú Đô", "ORG", canonical="Đảng ủy phường Phú Đô", **PH),
    E("Nguyễn Thị Hường", "PER", role="Phó Bí thư Đảng ủy phường Phú Đô"),
    E("Đảng ủy phường Mỹ Đình 2", "ORG", canonical="Đảng ủy phường Mỹ Đình 2", **PH),
    E("Lưu Chí Dưỡng", "PER", role="Bí thư Đảng ủy phường Mỹ Đình 2"),
    E("Đảng ủy phường Mễ Trì", "ORG", canonical="Đảng ủy phường Mễ Trì", **PH),
    E("Đỗ Thị Xoan", "PER", role="Bí thư Đảng ủy phường Mễ Trì"),
    E("Quận ủy", "ORG", **QU),
    E("UBND quận Nam Từ Liêm", "ORG", **UBQ),
    E("Nguyễn Văn Hải", "PER", role=HAI_ROLE),
    E("Đảng bộ quận Nam Từ Liêm", "ORG", **DB),
    E("Đảng", "ORG", ctx="nghị quyết của Đảng", canonical="Đảng Cộng sản Việt Nam", level="national"),
    E("Quốc Bình", "PER"),
]
