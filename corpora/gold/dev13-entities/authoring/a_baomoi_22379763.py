"""baomoi-22379763: Lào Cai, the provincial committee's spokesman on the villa lots of phường Kim Tân said to be taken
from a park for provincial leaders: the planning decisions and the land auction (entities only)."""

from _dsl import E

BOILERPLATE: list = []

STATS: list = []

LC = dict(province="Lào Cai")
UBLC = "UBND tỉnh Lào Cai"
ROLE = "Chánh Văn phòng UBND tỉnh Lào Cai"

ENTS = [
    E(UBLC, "ORG", level="province"),
    E("tỉnh Lào Cai", "LOC", level="province"),  # inside the quoted claim
    E("Vương Trinh Quốc", "PER", role=ROLE),
    E("Văn phòng UBND tỉnh Lào Cai", "ORG", level="province"),  # "Chánh Văn phòng UBND …" (rule 23, test README 8)
    E("TTXVN", "ORG", level="national"),
    E("Vương Trinh Quốc", "PER", role=ROLE),
    E("phường Kim Tân", "LOC", level="commune", **LC),
    E("thành phố Lào Cai", "LOC", level="district", **LC),
    # "ký ngày 2/12/2004" is not directly after the code: outside the span, in `date` (test README 11)
    E("Quyết định số 718/2004/QĐUB", "DOC", type="Quyết định", number="718", code="2004/QĐUB", date="2004-12-02",
      issuer=UBLC),
    E("sông Hồng", "LOC", type="river"),
    E("sông Hồng", "LOC", type="river"),
    E("thành phố Lào Cai", "LOC", level="district", **LC),
    E("Quyết định số 724/QĐUB ngày 29/3/2011", "DOC", type="Quyết định", number="724", code="QĐUB",
      date="2011-03-29", issuer=UBLC),
    E("tỉnh Lào Cai", "LOC", level="province"),
    E("Vương Trinh Quốc", "PER", role=ROLE),
    E("Quyết định số 3244/QĐUB ngày 18/11/2013", "DOC", type="Quyết định", number="3244", code="QĐUB",
      date="2013-11-18", issuer=UBLC),
    E("tỉnh Lào Cai", "LOC", level="province"),
    E("Quốc", "PER", role=ROLE),
    E("Quyết định số 993/QĐUB", "DOC", type="Quyết định", number="993", code="QĐUB", issuer=UBLC),
    E("Quyết định số 52/2013/QĐUB", "DOC", type="Quyết định", number="52", code="2013/QĐUB", issuer=UBLC),
    E("HĐND tỉnh Lào Cai", "ORG", level="province"),
    E("Hội đồng thẩm định giá đất tỉnh Lào Cai", "ORG", level="province"),
    E("Quỹ đầu tư và phát triển tỉnh Lào Cai", "ORG", level="province"),
    E("Cục Công sản", "ORG", level="national"),  # "Cục Công sản - Bộ Tài chính": the unit and its parent
    E("Bộ Tài chính", "ORG", level="national"),
]
