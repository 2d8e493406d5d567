"""baomoi-21481771: Hải Phòng, VCCI asks the Prime Minister to review the city council's resolution raising
port-infrastructure fees at Hải Phòng seaport (entities only)."""

from _dsl import B, E

BOILERPLATE = [
    B("Việc thu phí ở cảng Hải Phòng đang gây nhiều bức xúc cho DN.", "Ảnh: H.Dịu"),
]

STATS: list = []

VCCI = "Phòng Thương mại và Công nghiệp Việt Nam"
HDND = "Hội đồng nhân dân thành phố Hải Phòng"
NQ148 = dict(type="Nghị quyết", number="148", issuer=HDND)

ENTS = [
    E("cảng biển Hải Phòng", "LOC", type="port", province="Hải Phòng"),
    E("Phòng Thương mại và Công nghiệp Việt Nam", "ORG", level="national"),
    E("VCCI", "ORG", canonical=VCCI, level="national"),
    E("Chính phủ", "ORG", level="national"),  # Thủ tướng Chính phủ (rule 24)
    # caption (boilerplate)
    E("VCCI", "ORG", canonical=VCCI),
    E("Nghị quyết 148/2016/NQ-HĐND", "DOC", type="Nghị quyết", number="148", code="2016/NQ-HĐND", issuer=HDND),
    E("cảng biển Hải Phòng", "LOC", type="port", province="Hải Phòng"),  # inside the resolution's title
    E("Nghị quyết 35", "DOC", type="Nghị quyết", number="35", issuer="Chính phủ"),
    E("Chính phủ", "ORG", level="national"),
    E("VCCI", "ORG", canonical=VCCI),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("VCCI", "ORG", canonical=VCCI),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("Hải Phòng", "LOC", level="province", province="Hải Phòng"),
    E("VCCI", "ORG", canonical=VCCI),
    E("Hải Phòng", "LOC", level="province", province="Hải Phòng"),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("VCCI", "ORG", canonical=VCCI),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("VCCI", "ORG", canonical=VCCI),
    E("Hiệp hội Bông sợi Việt Nam", "ORG", level="national"),
    E("VCCI", "ORG", canonical=VCCI),
    E("Nghị quyết 148", "DOC", **NQ148),
    E("Thái Bình", "LOC", level="province", province="Thái Bình"),
    E("Hà Nam", "LOC", level="province", province="Hà Nam"),
    E("cảng biển Hải Phòng", "LOC", type="port", province="Hải Phòng"),
    E("Hương Dịu", "PER"),
]
