"""baomoi-22263510: Đà Nẵng, conservation groups ask the Prime Minister and the city to halt projects on the Sơn Trà
peninsula and question the city's licensing of special-use forest land (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Nhiều dự án du lịch sinh thái nghỉ dưỡng đã thu hẹp diện tích rừng trên bán đảo Sơn Trà.",
      "Ảnh minh họa: Internet."),
]

STATS: list = []

DN = "Ủy ban nhân dân thành phố Đà Nẵng"

ENTS = [
    E("Trung tâm Con người và Thiên nhiên", "ORG"),
    E("Liên hiệp các hội KH&KT Việt Nam", "ORG"),
    E("Trung tâm Bảo tồn Đa dạng sinh học Nước Việt Xanh", "ORG"),
    E("GreenViet", "ORG"),
    E("Nhóm nghiên cứu – Giảng dạy Môi trường & Tài nguyên sinh vật", "ORG"),
    E("DN-EBR", "ORG"),
    E("Đại học Đà Nẵng", "ORG"),
    E("Chính phủ", "ORG"),  # Thủ tướng Chính phủ
    E("Thành ủy TP. Đà Nẵng", "ORG"),
    E("HĐND TP. Đà Nẵng", "ORG"),
    E("UBND TP. Đà Nẵng", "ORG"),
    E("Sơn Trà", "LOC"),  # bảo tồn thiên nhiên Sơn Trà
    # after the caption
    E("Việt Nam", "LOC", level="country"),
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("Quyết định 6758/QĐ-UBND ngày 20/8/2008", "DOC", type="Quyết định", number="6758", code="QĐ-UBND",
      date="2008-08-20", issuer=DN),
    E("UBND TP. Đà Nẵng", "ORG"),
    E("TP. Đà Nẵng", "LOC"),
    E("Sơn Trà", "LOC"),  # rừng đặc dụng Sơn Trà
    E("bán đảo Sơn Trà", "LOC"),
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("bán đảo Sơn Trà", "LOC"),
    E("TP. Đà Nẵng", "LOC"),
    E("bán đảo Sơn Trà", "LOC"),
    E("khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("Sơn Trà", "LOC"),  # diện tích bảo tồn của Sơn Trà
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("bán đảo Sơn Trà", "LOC"),
    E("Quyết định 41/TTg", "DOC", type="Quyết định", number="41", code="TTg", issuer="Thủ tướng Chính phủ"),
    E("Chính phủ", "ORG"),
    E("khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("Bộ Lâm nghiệp", "ORG"),
    E("Bộ Nông nghiệp và Phát triển nông thôn", "ORG"),
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),  # inside the unnumbered study's title
    E("TP. Đà Nẵng", "LOC"),
    E("Bộ Lâm nghiệp", "ORG"),
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("Hội đồng Bộ trưởng", "ORG"),
    E("Chính phủ", "ORG"),
    E("UBND Thành phố Đà Nẵng", "ORG"),
    E("Khu bảo tồn thiên nhiên Sơn Trà", "LOC"),
    E("Chính phủ", "ORG"),
    E("Chính phủ", "ORG"),
    E("UBND TTP. Đà Nẵng", "ORG"),  # typo "TTP." kept as written
    E("bán đảo Sơn Trà", "LOC"),
    E("TP. Đà Nẵng", "LOC"),
    E("Chính phủ", "ORG"),
    E("Chính phủ", "ORG"),
    E("TP. Đà Nẵng", "LOC"),
    E("Chính phủ", "ORG"),
    E("Nghị quyết số 105/NQ-CP ngày 12/9/2013", "DOC", type="Nghị quyết", number="105", code="NQ-CP",
      date="2013-09-12", issuer="Chính phủ"),
    E("bán đảo Sơn Trà", "LOC"),
    E("Đà Nẵng", "LOC"),
    E("Sơn Trà", "LOC"),
    E("Nghị quyết số 105/NQ-CP", "DOC", type="Nghị quyết", number="105", code="NQ-CP", date="2013-09-12",
      issuer="Chính phủ"),
    E("Chính phủ", "ORG"),
    E("Chính phủ", "ORG"),
    E("Quyết định số 2347/QĐ-TTg ngày 4/12/2013", "DOC", type="Quyết định", number="2347", code="QĐ-TTg",
      date="2013-12-04", issuer="Thủ tướng Chính phủ"),
    E("Thành phố Đà Nẵng", "LOC"),
    E("bán đảo Sơn Trà", "LOC"),
    E("khu BTTN Sơn Trà", "LOC"),
    E("Sơn Trà", "LOC"),
    E("Sơn Trà", "LOC"),
    E("khu du lịch quốc gia Sơn Trà", "LOC"),  # inside an unnumbered plan's title
    E("Sơn Trà", "LOC"),  # Quy hoạch tổng thể du lịch quốc gia Sơn Trà
    E("Sơn Trà", "LOC"),
    E("Nam Hải Vân", "LOC"),
    E("UNESCO", "ORG"),
    E("Khu dữ trữ sinh quyển Cù Lao Chàm", "LOC"),  # typo "dữ trữ" kept as written
    E("Hội An", "LOC"),
    # byline
    E("Hoài Anh", "PER"),
]
