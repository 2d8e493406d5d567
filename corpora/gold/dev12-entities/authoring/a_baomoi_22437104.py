"""baomoi-22437104: Đồng Tháp, the province's inspection team on a district hospital director who appointed his son
and employs relatives (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Trụ sở Bệnh viện đa khoa huyện Thanh Bình.", "Ảnh: TR.L"),
]

STATS: list = []

BV = "Bệnh viện Đa khoa huyện Thanh Bình"
SYT = "Sở Y tế tỉnh Đồng Tháp"
KHOA = "Khoa Chẩn đoán hình ảnh - xét nghiệm, Bệnh viện Đa khoa huyện Thanh Bình"

ENTS = [
    E("Phạm Trung Hiếu", "PER"),
    E("Phạm Nông", "PER", role="Giám đốc Bệnh viện Đa khoa huyện Thanh Bình"),
    E("Bệnh viện Đa khoa huyện Thanh Bình", "ORG", canonical=BV),
    E("Đồng Tháp", "LOC", level="province"),
    # caption (boilerplate)
    E("Lao Động", "ORG", canonical="Báo Lao Động"),
    E("tỉnh Đồng Tháp", "LOC", level="province"),  # Đoàn kiểm tra liên ngành (ad hoc team, dev3 decision 1)
    E("Bệnh viện Đa khoa huyện Thanh Bình", "ORG", canonical=BV),
    E("Sở Y tế tỉnh Đồng Tháp", "ORG", canonical=SYT),
    E("Phạm Trung Hiếu", "PER"),
    E("Bệnh viện Đa khoa huyện Thanh Bình", "ORG", canonical=BV),
    E("Hiếu", "PER", ctx="Hiếu được cha ruột"),
    E("Phạm Nông", "PER"),
    E("khoa Chẩn đoán hình ảnh – xét nghiệm", "ORG", canonical=KHOA),  # Phó trưởng khoa ... (rule 23)
    E("Hiếu", "PER"),
    E("Sở Y tế tỉnh Đồng Tháp", "ORG", canonical=SYT),
    E("Bệnh viện Đa khoa huyện Thanh Bình", "ORG", canonical=BV),
    E("Phòng Tổ chức cán bộ", "ORG"),
    E("Hiếu", "PER"),
    E("Hiếu", "PER"),
    E("Hiếu", "PER"),
    E("Hiếu", "PER"),
    E("khoa Chẩn đoán hình ảnh - xét nghiệm", "ORG", canonical=KHOA),
    E("Hiếu", "PER"),
    E("Nông", "PER"),
    E("Hiếu", "PER"),
    E("Hiếu", "PER"),
    E("Hiếu", "PER"),
    E("Phạm Nông", "PER"),
    E("quyết định số 4105 ngày 25.10.2005", "DOC", type="Quyết định", number="4105", date="2005-10-25"),
    E("Trung tâm y tế huyện Thanh Bình", "ORG"),
    E("Bệnh viện đa khoa huyện Thanh Bình", "ORG", canonical=BV),
    E("Nông", "PER"),
    E("quyết định số 1072 ngày 28.9.2010", "DOC", type="Quyết định", number="1072", date="2010-09-28",
      issuer=SYT),
    E("quyết định số 1122 ngày 23.12.2015", "DOC", type="Quyết định", number="1122", date="2015-12-23",
      issuer=SYT),
    E("Sở Y tế", "ORG", canonical=SYT),
    E("hướng dẫn số 01 ngày 1.11.2013", "DOC", type="Hướng dẫn", number="01", date="2013-11-01", issuer=SYT),
    E("Sở Y tế tỉnh Đồng Tháp", "ORG", canonical=SYT),
    E("Nông", "PER"),
    E("Sở Y tế", "ORG", canonical=SYT),
    E("Nông", "PER"),
    E("Quyết định số 47 ngày 18.9.2007", "DOC", type="Quyết định", number="47", date="2007-09-18",
      issuer="Ủy ban Kiểm tra Huyện ủy Thanh Bình"),
    E("Ủy ban kiểm tra Huyện ủy Thanh Bình", "ORG"),
    E("Sở Y tế", "ORG", canonical=SYT),
    E("Nông", "PER"),
    E("Nông", "PER"),
    E("Ngô Thị Kim Ngân", "PER"),
    E("Nông", "PER"),
    E("Hiếu", "PER"),
    E("phòng Tài chính kế toán", "ORG"),
    E("Lao Động", "ORG", canonical="Báo Lao Động"),
    E("Đào Anh Hải", "PER", role="Chánh Văn phòng – người phát ngôn Sở Y tế Đồng Tháp"),
    E("Sở Y tế Đồng Tháp", "ORG", canonical=SYT),
    E("Hải", "PER"),
    E("Lao Động", "ORG", canonical="Báo Lao Động"),
    E("Báo Lao Động", "ORG"),
    E("Bệnh viện Đa khoa Thanh Bình", "ORG", canonical=BV),
    E("UBND tỉnh", "ORG", canonical="Ủy ban nhân dân tỉnh Đồng Tháp"),
    E("TRẦN LƯU", "PER"),
]
