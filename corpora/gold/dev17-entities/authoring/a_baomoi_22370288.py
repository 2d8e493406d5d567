"""baomoi-22370288: Bình Định, the Politburo's inspection team led by the Deputy Prime Minister on the provincial party
committee's cadre planning and rotation (entities only)."""

from _dsl import B, E

# three photo captions glued before the next body sentence, no credit (test README 2)
BOILERPLATE = [
    B("Công bố kết quả kiểm tra tại Tỉnh ủy BÌnh Định"),
    B("Ông Hồ Quốc Dũng báo cáo công tác nhân sự tại địa phương"),
    B("Ông Vương Đình Huệ phát biểu chỉ đạo tại hội nghị"),
]

STATS: list = []

BD = dict(province="Bình Định")
BCT = dict(canonical="Bộ Chính trị", level="national")
TU = dict(canonical="Tỉnh ủy Bình Định", level="province", **BD)

ENTS = [
    E("Bộ Chính trị", "ORG", **BCT),
    E("Vương Đình Huệ", "PER", role="Phó thủ tướng"),
    E("tỉnh Bình Định", "LOC", level="province", **BD),
    # the venue is the office of the provincial party committee, a body (dev16 B decision 3)
    E("Văn phòng Tỉnh ủy Bình Định", "ORG", level="province", **BD),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Chính phủ", "ORG", level="national"),
    E("Vương Đình Huệ", "PER", role="Phó Thủ tướng Chính phủ"),
    # "Trưởng Đoàn kiểm tra số 471 của Bộ Chính trị": an inspection team, no ORG (dev3 decision 1)
    E("Bộ Chính trị", "ORG", **BCT),
    E("Tỉnh ủy Bình Định", "ORG", **TU),
    E("Nguyễn Thị Thu Ngà", "PER", role="Ủy viên thường trực Ủy ban kiểm tra T.Ư"),
    E("Ủy ban kiểm tra T.Ư", "ORG", canonical="Ủy ban Kiểm tra Trung ương", level="national"),
    E("Kết luận số 24-KL/TW ngày 5.6.2012", "DOC", type="Kết luận", number="24", code="KL/TW",
      date="2012-06-05", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG", **BCT),
    # "Quy chế về bổ nhiệm cán bộ ..." (unnumbered, issued with the decision) is no DOC (dev8 A decision 7)
    E("Quyết định số 68/QĐ-TW ngày 4.7.2007", "DOC", type="Quyết định", number="68", code="QĐ-TW",
      date="2007-07-04", issuer="Bộ Chính trị"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Ban Thường vụ Tỉnh ủy Bình Định", "ORG", level="province", **BD),
    E("tỉnh Bình Định", "LOC", level="province", **BD),
    E("Thành ủy Quy Nhơn", "ORG", level="district", **BD),
    E("Huyện ủy Tuy Phước", "ORG", level="district", **BD),
    E("Thị ủy An Nhơn", "ORG", level="district", **BD),
    E("Sở Nội vụ tỉnh Bình Định", "ORG", level="province", **BD),
    E("Ban Tổ chức Tỉnh ủy Bình Định", "ORG", level="province", **BD),
    E("Hồ Quốc Dũng", "PER", ctx="ông Hồ Quốc Dũng, Phó", role="Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định"),
    E("Tỉnh ủy", "ORG", **TU),
    E("UBND tỉnh Bình Định", "ORG", canonical="Ủy ban nhân dân tỉnh Bình Định", level="province", **BD),
    # "các cơ quan cấp ủy, chính quyền, mặt trận, các đoàn thể": classes
    E("Ban Chấp hành đảng bộ tỉnh", "ORG", canonical="Ban Chấp hành Đảng bộ tỉnh Bình Định", level="province", **BD),
    E("Hồ Quốc Dũng", "PER"),
    E("Vương Đình Huệ", "PER", ctx="ông Vương Đình Huệ đánh giá"),
    E("tỉnh Bình Định", "LOC", level="province", **BD),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Ban thường vụ Tỉnh ủy Bình Định", "ORG", canonical="Ban Thường vụ Tỉnh ủy Bình Định", level="province", **BD),
    E("Vương Đình Huệ", "PER"),
    E("Vương Đình Huệ", "PER"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Ban cán sự Đảng Bộ Xây dựng", "ORG", level="national"),
    E("Tỉnh ủy Bình Định", "ORG", **TU),
    E("Tỉnh ủy Bình Thuận", "ORG", level="province", province="Bình Thuận"),
    E("Bộ Chính trị", "ORG", **BCT),
    E("Hoàng Trọng", "PER"),
]
