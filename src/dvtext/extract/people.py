"""People: names after titles, ranks and address words, family-name runs, given names and bylines.

A person's title is not part of the name (extraction.md) but becomes its ``role``: the chain of titles and
the bodies they head that stands before the name ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Xuân
Đường") or after it, set off by a comma or a dash ("Nguyễn Thị Thảo, Phó Chủ tịch UBND thị xã Từ Sơn").
Titles, ranks, address words and family names are data (``data/titles.json``).

Example:
    >>> from dvtext.extract.entity_grammar import Scanner
    >>> out = []
    >>> person_candidates(Scanner("Đại tá Nguyễn Văn Bình cho biết"), {}, out)
    >>> [(c.label, c.attrs.get("role")) for c in out]
    [('PER', 'Đại tá'), ('PER', None)]
"""

from __future__ import annotations

import bisect
import re

from dvtext.extract.documents import UPPER
from dvtext.extract.entity_grammar import Candidate, Scanner, named_org

__all__ = ["person_candidates"]

#: Honorific words that end a compound with the word before them ("công bố", "ghi chú"): not a cue there.
_CUE_NOT_AFTER = {"bố": {"công", "tuyên", "phân", "ban", "thông"}, "chú": {"ghi", "lưu", "chăm", "quan"},
                  "con": {"nhà"}, "em": {"con", "anh"}, "bạn": {"bè"}}
#: Given names that are also function words at the start of a sentence ("Như vậy", "Còn", "Nên").
_FUNCTION_NAMES = {"Như", "Còn", "Nên", "Thế", "Vậy", "Mà", "Song", "Dù", "Tuy", "Nhưng", "Riêng", "Chỉ"}
#: Words before a byline name that are not part of it ("CTV Ánh Nguyệt": a contributor).
_BYLINE_PREFIX = {"CTV", "PV", "BTV", "Phóng viên", "Nhóm PV", "Nhóm phóng viên"}
#: Cues that also name a place's people ("người dân Thủy An", "bà con Thới Thạnh").
_COLLECTIVE_CUES = {"người dân", "bà con", "nhân dân", "cư dân", "dân"}
_CAN = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
_CHI = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}


def _role_end(sc: Scanner, i: int, orgs: dict[int, int]) -> tuple[int, int] | None:
    """From a title at ``i``: (index after the title and the body it heads, index after the title)."""
    m = sc.g["role"].match(sc.toks, i)
    if m is None:
        return None
    j, kind = m
    title_end = j
    toks = sc.toks
    if kind == "title" and toks[j - 1].text in ("phòng", "ban", "đoàn") and j < len(toks) and toks[j].join:
        if j - 1 in orgs:  # "Trưởng ban Đô thị", "Trưởng phòng Nội vụ huyện"
            return orgs[j - 1], title_end
        if j - 2 in orgs and toks[j - 2].text.lower() == "văn":  # "Chánh văn phòng UBND tỉnh"
            return orgs[j - 2], title_end
        unit = sc.g["units"].match(toks, j)  # "Trưởng phòng GD&ĐT huyện": the unit is part of the title
        if unit is not None:
            j = unit[0]
    if kind == "title":
        if j in orgs:
            j = orgs[j]
        else:
            p = sc.match_place(j, org=True) if j < len(sc.toks) and sc.toks[j].join else None
            if p is not None and (p[1].get("word") or j > title_end):
                j = p[0]  # "Chủ tịch UBND tỉnh"
            elif j < len(sc.toks) and sc.toks[j].join:
                c = sc.bare_place(j, org=False)
                if c is not None and _country(sc, c[1]):
                    j = c[0]  # "Tổng thống Pháp | Emmanuel Macron", "Đại sứ Nhật Bản | Kunio Umeda"
                    if j + 1 < len(toks) and toks[j].text == "tại" and toks[j].join and toks[j + 1].join:
                        d = sc.bare_place(j + 1, org=False)  # "Đại sứ Việt Nam tại Pháp | Nguyễn Ngọc Sơn"
                        if d is not None and d[1].get("name"):
                            j = d[0]
    return j, title_end


def _country(sc: Scanner, info: dict) -> bool:
    """Whether a bare place is a country ("Tổng thống Pháp", "Thủ tướng Nhật Bản")."""
    name = info.get("name")
    return isinstance(name, str) and not info.get("word") and any(p.level == "country" for p in sc.gaz.lookup(name))


def _chain(sc: Scanner, i: int, orgs: dict[int, int]) -> int | None:
    """End of a chain of titles at ``i``: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh", "Bí thư kiêm Chủ tịch"."""
    r = _role_end(sc, i, orgs)
    if r is None:
        return None
    j, toks = r[0], sc.toks
    while j + 1 < len(toks) and toks[j].text in (",", "kiêm") and toks[j + 1].join:
        nxt = _role_end(sc, j + 1, orgs)
        if nxt is None or sc.g["role"].match(toks, j + 1)[1] != "title":
            break
        j = nxt[0]
    return j


def person_candidates(sc: Scanner, orgs: dict[int, int], out: list[Candidate]) -> None:
    """Append the person candidates of the text to ``out``; ``orgs`` maps body starts to their ends."""
    toks, g, text = sc.toks, sc.g, sc.text
    n = len(toks)
    role_at: dict[int, tuple[int, int]] = {}  # name start -> (role start, role end) token indexes
    chain_end: dict[int, int] = {}
    for i in range(n):
        m = g["role"].match(toks, i)
        if m is None or (i > 0 and toks[i].join and sc.is_cap(i - 1) and sc.words(i, m[0]) in g["title_cased"]):
            continue  # "Trung Quốc Vương Gia Thụy": a title-cased title inside a name is none
        j = _chain(sc, i, orgs)
        if j is None:
            continue
        chain_end[i] = j
        if j < n and toks[j].join:
            role_at.setdefault(j, (i, j))  # the earliest title of the chain wins
        elif j + 1 < n and toks[j].text == "," and toks[j + 1].join and g["role"].match(toks, j + 1) is None:
            role_at.setdefault(j + 1, (i, j))  # "Chủ tịch UBND tỉnh, ông Nguyễn Văn A"
    found: list[Candidate] = []
    for i in range(n):
        m = g["cue"].match(toks, i)
        if m is not None and m[0] == i + 1 and i > 0 and toks[i].join \
                and toks[i - 1].text.lower() in _CUE_NOT_AFTER.get(toks[i].text, ()):
            m = None  # "công bố Đồ án", "ghi chú"
        if m is not None:
            j = m[0]
            if j < n and toks[j].join:
                if g["role"].match(toks, j):
                    continue  # a title, not a name: "các đồng chí Phó Bí thư Tỉnh ủy: ..."
                k = sc.person_name(j, cued=True)
                if k is None:
                    k = _upper_name(sc, j)  # "Bà PHAN THỊ LỢI, Phó Chủ tịch ..."
                cue = sc.words(i, m[0])
                if k is not None and cue.lower() in _COLLECTIVE_CUES and sc.gaz.lookup(sc.words(j, k)):
                    k = None  # "người dân Thủy An": the people of a commune, not a resident so named
                if k is not None:
                    a, b = sc.span(j, k)
                    found.append(Candidate(a, b, "PER", 8, {"cue": cue, "k": k}))
        if i in role_at and i not in orgs and g["role"].match(toks, i) is None:
            rs, re_ = role_at[i]
            k = sc.person_name(i, single=False)
            if k is not None:
                a, b = sc.span(i, k)
                role = text[toks[rs].start:toks[re_ - 1].end].strip(" ,")
                found.append(Candidate(a, b, "PER", 8, {"role": role, "k": k}))
        surname = toks[i].text in g["surnames"] or (toks[i].text in g["surnames_before_van_thi"] and i + 1 < n
                                                     and toks[i + 1].join and toks[i + 1].text in ("Văn", "Thị"))
        after_code = i > 0 and toks[i - 1].upper and toks[i - 1].text not in g["codes_before_names"]
        if surname and toks[i].cap and not (i > 0 and toks[i].join and sc.is_cap(i - 1) and not after_code) \
                and not _after_house_number(sc, i):  # (after a code: "ĐB | Lưu Bình Nhưỡng", "Chủ tịch HĐND | Phùng Hữu Phú")
            k = sc.person_name(i, single=False)
            if k is not None and not (k - i == 2 and toks[i].text in _CAN and toks[i + 1].text in _CHI) \
                    and not _between_roads(sc, i, k):
                a, b = sc.span(i, k)
                found.append(Candidate(a, b, "PER", 2, {"k": k}))
    for c in found:  # a title after the name: "Nguyễn Thị Thảo, Phó Chủ tịch UBND thị xã Từ Sơn"
        k = c.attrs.pop("k")
        if not c.attrs.get("role") and k + 1 < n and toks[k].text in (",", "-", "–", "(") and k + 1 in chain_end:
            c.attrs["role"] = text[toks[k + 1].start:toks[chain_end[k + 1] - 1].end]
        elif not c.attrs.get("role") and k < n and toks[k].join and k in chain_end:
            c.attrs["role"] = text[toks[k].start:toks[chain_end[k] - 1].end]  # "Nguyễn Văn Tiến Chủ tịch UBND xã"
    _colon_lists(sc, found, chain_end)
    out += found
    _given_names(sc, found, out)
    _byline(sc, out)


_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)*")
_BEFORE_ADDRESS = frozenset({",", ";", ":", "(", "tại", "ở", "số", "nhà", "và", "đến", "từ", "hẻm", "ngõ", "ngách",
                             "kiệt", "kiốt", "ki-ốt"})


def _between_roads(sc: Scanner, i: int, k: int) -> bool:
    """A name that a dash joins to a road, a bridge or another feature is a street of a route ("quốc lộ 1 - Nguyễn
    Văn Linh - quốc lộ 50"), not a person."""
    toks = sc.toks
    if k + 1 < len(toks) and toks[k].text in "-–" and toks[k].join and toks[k + 1].join \
            and sc.match_feature(k + 1) is not None:
        return True
    if i >= 2 and toks[i - 1].text in "-–" and toks[i].join and toks[i - 1].join:
        for j in range(max(0, i - 12), i - 1):
            f = sc.match_feature(j)
            if f is not None and f[0] == i - 1:
                return True
    return False


def _after_house_number(sc: Scanner, i: int) -> bool:
    """A name right after a house number is a street in an address ("tại Xa La, 25 Vũ Ngọc Phan, 60B Nguyễn Huy
    Tưởng", "154/1 Tô Ngọc Vân"), not a person."""
    toks = sc.toks
    if not (i >= 2 and toks[i].join):
        return False
    j = i - 1  # the house number's first token: "154 / 1" is three light tokens written without spaces
    while j >= 2 and toks[j - 1].text == "/" and toks[j - 1].end == toks[j].start and toks[j - 2].end == toks[j - 1].start:
        j -= 2
    number = sc.text[toks[j].start:toks[i - 1].end]
    if not (toks[j].join or j == 0) or not _HOUSE_NUMBER.fullmatch(number):
        return False
    date_like = re.fullmatch(r"(\d{1,2})/(\d{1,2})", number)
    if number.isdigit() or (date_like and 1 <= int(date_like[1]) <= 31 and 1 <= int(date_like[2]) <= 12):
        return j >= 1 and toks[j - 1].text in _BEFORE_ADDRESS  # "25", "12/3": a count or a date unless after "tại"...
    return True  # "60B", "154/1": addresses


def _colon_lists(sc: Scanner, people: list[Candidate], chain_end: dict[int, int]) -> None:
    """A title before a colon is the role of every person listed after it.

    "các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Xuân Đường – Chủ tịch UBND tỉnh; Lê Quang Huy, Nguyễn Văn Thông"
    gives the first "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh" and the other two "Phó Bí thư Tỉnh ủy". The list
    runs over names, their own titles after a dash or comma, and the separators ",", ";", "và".
    """
    toks, text, n = sc.toks, sc.text, len(sc.toks)
    first: dict[int, int] = {}  # colon -> the start of the longest title chain ending there
    for i, j in chain_end.items():
        if j + 1 < n and toks[j].text == ":":
            first[j] = min(i, first.get(j, i))
    if not first:
        return
    at: dict[int, list[Candidate]] = {}
    for c in people:
        at.setdefault(c.start, []).append(c)
    starts = sc.starts
    for j, i in first.items():
        shared = text[toks[i].start:toks[j - 1].end]
        k = j + 1
        while k < n and toks[k].start in at:
            group = at[toks[k].start]
            for c in group:
                own = c.attrs.get("role")
                c.attrs["role"] = shared if not own or own == shared else f"{shared}, {own}"
            k = bisect.bisect_left(starts, max(c.end for c in group))  # the token after the name
            if k + 1 < n and toks[k].text in ("–", "-", ",") and k + 1 in chain_end and toks[k + 1].start not in at:
                k = chain_end[k + 1]  # the person's own title
            if k + 1 < n and toks[k].text in (",", ";", "và"):
                k += 1
            else:
                break


def _upper_name(sc: Scanner, j: int) -> int | None:
    """A name written in capitals after an address word: 2-4 words, the first a family name ("PHAN THỊ LỢI")."""
    toks = sc.toks
    if not (toks[j].upper and toks[j].text.title() in sc.g["surnames"]):
        return None
    k = j + 1
    while k < len(toks) and k - j < 4 and toks[k].join and toks[k].upper and toks[k].text.isalpha():
        k += 1
    return k if k - j >= 2 else None


def _given_names(sc: Scanner, people: list[Candidate], out: list[Candidate]) -> None:
    """Later mentions of a person by the given name alone ("Thảo cho biết" after "Nguyễn Thị Thảo")."""
    toks = sc.toks
    first_seen: dict[str, int] = {}
    for c in people:
        words = sc.text[c.start:c.end].split()
        if len(words) >= 2:
            first_seen.setdefault(words[-1], c.end)
    if not first_seen:
        return
    bad = sc.g["not_person"]
    cue = sc.g["cue"]
    for i, t in enumerate(toks):
        pos = first_seen.get(t.text)
        if pos is None or t.start < pos:
            continue
        if t.text in _FUNCTION_NAMES and not (i > 0 and cue.match(toks, i - 1) is not None):
            continue  # "Như vậy", "Còn lại": a given name that is also a function word needs "ông", "bà"...
        after_cue = any(cue.match(toks, k) is not None and cue.match(toks, k)[0] == i for k in (i - 1, i - 2) if k >= 0) \
            or any(sc.g["role"].match(toks, k) == (i, "rank") for k in range(max(0, i - 4), i))  # "PGS.TS Thám"
        if t.text in bad and not after_cue:
            continue  # "Thư", "Nhân" are words too: only after "ông", "bà"... ("ông Thư", "ông Nhân")
        if (i > 0 and t.join and sc.is_cap(i - 1) and not after_cue) \
                or (i + 1 < len(toks) and toks[i + 1].join and sc.is_cap(i + 1)):
            continue
        out.append(Candidate(t.start, t.end, "PER", 2, {"short": True}))


_W = rf"[{UPPER}][\w.’']*"  # a capitalised word of a name
_TAIL = re.compile(
    r"(?:^|(?<=[.!?…”\"»)])\s|\n|\s(?=Theo\s))(?:Theo\s|(?:Bài|Tin|Ảnh)(?:(?:,|\svà)\s(?:ảnh|bài))?:\s?)?"
    rf"(?P<names>{_W}(?:\s{_W}){{0,3}}(?:\s?[-–,]\s?{_W}(?:\s{_W}){{0,3}})*)"
    r"(?:\s?\((?P<paren>[^()\n]{1,30})\))?(?:\s?/\s?(?P<outlet>[^\n]{1,40}))?\s*$"
)


def _byline(sc: Scanner, out: list[Candidate]) -> None:
    """The author line: a name (or names) ending the text ("... dứt điểm. Mai Hà", "Phi Long - Phương Dung"),
    or a line that is only a name, maybe followed by a line with the role (the sample article)."""
    text = sc.text.rstrip()
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group(0).strip()]
    if not lines:
        return
    starts = {t.start: i for i, t in enumerate(sc.toks)}
    # a name line followed by a role line
    if len(lines) >= 2:
        a, b = lines[-2]
        nxt = text[lines[-1][0]:lines[-1][1]].strip()
        i = starts.get(a + len(text[a:b]) - len(text[a:b].lstrip()))
        if i is not None and len(nxt) < 150 and sc.g["role"].match(sc.toks, starts.get(lines[-1][0], -1)):
            k = sc.person_name(i, single=False)
            if k is not None and not text[sc.toks[k - 1].end:b].strip(" ."):
                x, y = sc.span(i, k)
                out.append(Candidate(x, y, "PER", 8, {"role": nxt, "byline": True}))
                return
    a, b = lines[-1]
    m = _TAIL.search(text, a, b)
    if m is None:
        return
    pos = m.start("names")
    _outlet(sc, m, starts, out)
    for part in re.finditer(r"[^,\-–]+", m.group("names")):
        name = part.group(0).strip()
        if not name:
            continue
        x = pos + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
        for prefix in _BYLINE_PREFIX:
            if name.startswith(prefix + " "):
                name = name[len(prefix) + 1:]
                x += len(prefix) + 1
        y = x + len(name)
        if name in _BYLINE_PREFIX:
            continue  # "PV/VOV-Đông Bắc": a reporter of the outlet, no name
        words = name.replace(".", " ").split()
        if not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or name in sc.g["not_person"]:
            return
        if sc.gaz.province_name(name) or (x in starts and sc._starts_body(starts[x])):
            return  # "Trường Nguyên" is a name: "Trường" starts a body only with a school type
        out.append(Candidate(x, y, "PER", 8, {"byline": True}))


def _outlet(sc: Scanner, m: re.Match[str], starts: dict[int, int], out: list[Candidate]) -> None:
    """The outlet after a byline's slash: "Hoàng Ái/Lamdongtv.vn", "Thái Ngân/VOV-Miền Trung"."""
    p = m.group("paren")
    if p is not None and re.fullmatch(r"[A-ZĐ][A-ZĐ&.-]{1,9}", p.strip()):  # "Phúc Hưng (VNE)": the outlet
        i = starts.get(m.start("paren") + len(p) - len(p.lstrip()))
        if i is not None and not sc.g["bodies"].match(sc.toks, i):
            a, b = sc.span(i, i + 1)
            out.append(Candidate(a, b, "ORG", 8, {**named_org(sc, i, i + 1), "byline": True}))
    if m.group("outlet") is None:
        return
    raw = m.group("outlet")
    name = raw.strip().rstrip(".")
    x = m.start("outlet") + (len(raw) - len(raw.lstrip()))
    if not name or not name[0].isupper() or len(name.split()) > 5:
        return
    i = starts.get(x)
    j = next((k + 1 for k in range(len(sc.toks) - 1, -1, -1) if sc.toks[k].end <= x + len(name)), None)
    if i is None or j is None or j <= i:
        return
    a, b = sc.span(i, j)
    out.append(Candidate(a, b, "ORG", 8, {**named_org(sc, i, j), "byline": True}))
