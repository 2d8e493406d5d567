"""baomoi-22679807: Quảng Nam, the provincial committee's and the natural-resources department's crackdown on river sand
mining and the river police's fines make building sand scarce and dear (entities only)."""

from _dsl import B, E

# a photo caption glued, without a credit or a full stop, before the next body sentence ("… tại Quảng Nam Tại vựa cát …",
# test README 2)
BOILERPLATE = [
    B("Từ tháng 7/2017, những thuyền chở cát có gắn thiết bị bơm hút", "không được phép hoạt động tại Quảng Nam"),
]

STATS: list = []

QN = dict(province="Quảng Nam")
DN = dict(province="Đà Nẵng")
UBT = dict(canonical="Ủy ban nhân dân tỉnh Quảng Nam", level="province", **QN)

ENTS = [
    E("Quảng Nam", "LOC", level="province", **QN),
    E("cầu Khuê Đông", "LOC", type="bridge", **DN),
    E("phường Hòa Xuân", "LOC", level="commune", **DN),
    E("quận Cẩm Lệ", "LOC", level="district", **DN),
    E("Đà Nẵng", "LOC", level="province", **DN),
    E("Lớn", "PER"),  # "chị Lớn", the sand dealer (rule 19)
    E("Lớn", "PER"),
    E("Quảng Nam", "LOC", level="province", **QN),
    E("Lớn", "PER"),
    E("Sở TN-MT Quảng Nam", "ORG", canonical="Sở Tài nguyên và Môi trường tỉnh Quảng Nam", level="province", **QN),
    # the date is written just before the letter (test README 11); the department issues it
    E("Văn bản số 886/STNMT-KS", "DOC", type="Văn bản", number="886", code="STNMT-KS", date="2017-06-21",
      issuer="Sở Tài nguyên và Môi trường tỉnh Quảng Nam"),
    E("UBND tỉnh", "ORG", **UBT),  # "chỉ đạo của Chủ tịch UBND tỉnh" (rule 24)
    E("UBND tỉnh Quảng Nam", "ORG", **UBT),
    E("Báo Giao thông", "ORG"),
    E("UBND tỉnh Quảng Nam", "ORG", **UBT),
    E("Đinh Văn Thu", "PER", role="Chủ tịch UBND tỉnh Quảng Nam"),
    # "lưu vực sông Vu Gia - Thu Bồn": the river system named by its two branches, one LOC with its word
    E("sông Vu Gia - Thu Bồn", "LOC", type="river", **QN),
    E("Thu", "PER"),  # "ông Thu nói"
    E("Lê Phan Minh Mẫn", "PER", role="Đội trưởng Đội Cảnh sát đường thủy Quảng Nam"),  # rank "Đại úy" left out
    E("Đội Cảnh sát đường thủy Quảng Nam", "ORG", level="province", **QN),  # title written apart: the full body
    E("sông Thu Bồn", "LOC", type="river", **QN),
    E("Mẫn", "PER"),  # "Đại úy Mẫn"
    E("Tấn Việt", "PER"),  # byline
    E("Thu Hồng", "PER"),
]
