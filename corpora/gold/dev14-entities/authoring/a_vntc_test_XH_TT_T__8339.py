"""vntc-test-XH_TT_T_-8339: Hải Phòng, the tourism department's proposal to make Cát Bà a world biosphere reserve and the
roads and tourism built in the national park (entities only)."""

from _dsl import B, E  # noqa: F401

BOILERPLATE = [
    B("Kiểm lâm đang mô tả cách đặt bẫy thú", "do người dân giấu trong rừng"),  # caption glued before the body
    B("Một con đường mới mở xuyên qua VQG Cát Bà"),  # caption glued before "Ngược lại, ông Vũ Tiến Cảnh"
    B("Hươu sao trong VQG Cát Bà"),  # caption glued before the box ("[K]hu dự trữ sinh quyển ...")
    B("(nguồn: Biosphere Reserve Network)", kind="source"),
]

STATS: list = []

CB = dict(type="island")  # the island (and archipelago) of Cát Hải district
VQG = dict(type="protected_area", canonical="Vườn quốc gia Cát Bà")
KDT = dict(type="protected_area", canonical="Khu dự trữ sinh quyển thế giới Cát Bà")
SDL = dict(canonical="Sở Du lịch Hải Phòng", level="province")

ENTS = [
    E("Cát Bà", "LOC", **CB),
    E("Sở Du lịch Hải Phòng", "ORG", **SDL),
    E("Phân viện Hải dương học Hải Phòng", "ORG"),
    E("Hội Động vật học bảo tồn các loài và các quần thể sinh vật", "ORG"),
    E("Tổ chức Nghiên cứu khu hệ động vật và khu hệ thực vật quốc tế", "ORG"),
    E("Cát Bà", "LOC", **CB),
    E("Cát Bà", "LOC", **CB),
    E("Cát Bà", "LOC", **CB),
    E("Hải Phòng", "LOC", level="province"),
    # (caption "Kiểm lâm ... trong rừng" is boilerplate)
    E("vịnh Hạ Long", "LOC", type="bay"),
    E("Cát Bà", "LOC", **CB),
    E("Hải Phòng", "LOC", level="province"),
    E("Cát Bà", "LOC", **CB),
    E("Cát Bà", "LOC", **CB),
    E("Hạ Long", "LOC", type="bay"),
    E("Hà Nội", "LOC", level="province"),
    E("TP.HCM", "LOC", level="province"),
    E("Đà Nẵng", "LOC", level="province"),
    E("Cát Bà", "LOC", **CB),
    E("Hạ Long", "LOC", type="bay"),
    E("Quảng Ninh", "LOC", level="province"),
    E("Cát Bà", "LOC", **CB),
    E("Cát Bà", "LOC", **CB),
    E("Đồ Sơn", "LOC", level="district"),
    E("Pháp", "LOC", level="country"),  # "thời Pháp thuộc", as "chống Pháp" (dev7 B decision 9)
    E("đảo Cát Bà", "LOC", type="island"),
    E("Cát Bà", "LOC", **CB),
    E("Vũ Chí Thanh", "PER", role="phó chủ tịch UBNDTP Hải Phòng"),
    E("UBNDTP Hải Phòng", "ORG", level="province"),
    E("vườn quốc gia (VQG) Cát Bà", "LOC", **VQG),  # one LOC over the parenthesis (dev8 B decision 1)
    # (caption "Một con đường mới mở xuyên qua VQG Cát Bà" is boilerplate)
    E("Vũ Tiến Cảnh", "PER", role="tổng cục phó Tổng cục Du lịch"),
    E("Tổng cục Du lịch", "ORG", level="national"),
    E("TP Hải Phòng", "LOC", level="province"),
    E("Cát Bà", "LOC", **CB),
    E("Cát Bà", "LOC", **CB),
    E("Trần Trung Dũng", "PER", role="giám đốc Sở Du lịch Hải Phòng"),
    E("Sở Du lịch Hải Phòng", "ORG", **SDL),
    E("VQG", "LOC", **VQG),  # the one park (as dev10 B's "khu CNC")
    E("Cát Bà", "LOC", **CB),
    E("Dũng", "PER", ctx="Ông Dũng"),
    E("Cát Bà", "LOC", **CB),
    E("KDTSQTG Cát Bà", "LOC", **KDT),
    E("Cát Bà", "LOC", **CB),
    E("vịnh Cát Bà", "LOC", type="bay"),
    E("VQG", "LOC", ctx="văn phòng VQG", **VQG),  # the park's office (a building) gives the park
    E("KDTSQTG", "LOC", ctx="vùng lõi của KDTSQTG", **KDT),  # the one reserve; the generic "trở thành KDTSQTG" is not
    E("Việt Hải", "LOC", level="commune"),
    E("VQG Cát Bà", "LOC", **VQG),
    E("Cát Bà", "LOC", **CB),
    # (caption "Hươu sao trong VQG Cát Bà" is boilerplate; the box follows)
    E("UNESCO", "ORG"),
    E("Cát Bà", "LOC", **CB),
    E("VN", "LOC", level="country"),
    E("Cần Giờ", "LOC", type="protected_area"),  # reserves listed after "các KDTSQTG": bare (rule 28)
    E("TP.HCM", "LOC", level="province"),
    E("Cát Tiên", "LOC", type="protected_area"),
    E("Lâm Đồng", "LOC", level="province"),
    E("khu đất ngập triều Giao Thủy", "LOC", type="protected_area"),
    E("Nam Định", "LOC", level="province"),
    E("VQG Cát Bà", "LOC", **VQG),
    E("huyện Cát Hải", "LOC", level="district"),
    E("TP Hải Phòng", "LOC", level="province"),
    E("Cát Bà", "LOC", **CB),
    E("KDTSQ Cát Bà", "LOC", **KDT),
    E("Cát Bà", "LOC", ctx="Hiện Cát Bà", **CB),
]
