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

import re

from dvtext.extract.entity_grammar import Candidate, Scanner

__all__ = ["person_candidates"]

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
        unit = sc.g["units"].match(toks, j)  # "Trưởng phòng GD&ĐT huyện": the unit is part of the title
        if unit is not None:
            j = unit[0]
    if kind == "title":
        if j in orgs:
            j = orgs[j]
        else:
            p = sc.match_place(j, org=True) if j < len(sc.toks) and sc.toks[j].join else None
            if p is not None and (p[1].get("word") or j > title_end):
                j = p[0]
    return j, title_end


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
        if g["role"].match(toks, i) is None:
            continue
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
        if m is not None:
            j = m[0]
            if j < n and toks[j].join:
                if j in role_at and g["role"].match(toks, j):
                    continue
                k = sc.person_name(j)
                if k is not None:
                    a, b = sc.span(j, k)
                    found.append(Candidate(a, b, "PER", 8, {"cue": sc.words(i, m[0]), "k": k}))
        if i in role_at and i not in orgs and g["role"].match(toks, i) is None:
            rs, re_ = role_at[i]
            k = sc.person_name(i, single=False)
            if k is not None:
                a, b = sc.span(i, k)
                role = text[toks[rs].start:toks[re_ - 1].end].strip(" ,")
                found.append(Candidate(a, b, "PER", 8, {"role": role, "k": k}))
        if toks[i].text in g["surnames"] and toks[i].cap and not (i > 0 and toks[i].join and sc.is_cap(i - 1)):
            k = sc.person_name(i, single=False)
            if k is not None and not (k - i == 2 and toks[i].text in _CAN and toks[i + 1].text in _CHI):
                a, b = sc.span(i, k)
                found.append(Candidate(a, b, "PER", 2, {"k": k}))
    for c in found:  # a title after the name: "Nguyễn Thị Thảo, Phó Chủ tịch UBND thị xã Từ Sơn"
        k = c.attrs.pop("k")
        if not c.attrs.get("role") and k + 1 < n and toks[k].text in (",", "-", "–", "(") and k + 1 in chain_end:
            c.attrs["role"] = text[toks[k + 1].start:toks[chain_end[k + 1] - 1].end]
    out += found
    _given_names(sc, found, out)
    _byline(sc, out)


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
    for i, t in enumerate(toks):
        pos = first_seen.get(t.text)
        if pos is None or t.start < pos or t.text in bad:
            continue
        if (i > 0 and t.join and sc.is_cap(i - 1)) or (i + 1 < len(toks) and toks[i + 1].join and sc.is_cap(i + 1)):
            continue
        out.append(Candidate(t.start, t.end, "PER", 2, {"short": True}))


_TAIL = re.compile(
    r"(?:^|(?<=[.!?…”\"»)])\s|\n)(?:Theo\s)?(?P<names>[^\W\d_][\w.’']*(?:\s[^\W\d_][\w.’']*){0,3}"
    r"(?:\s?[-–,]\s?[^\W\d_][\w.’']*(?:\s[^\W\d_][\w.’']*){0,3})*)"
    r"(?:\s?\((?:[^()\n]{1,30})\))?(?:\s?/\s?[^\n]{1,40})?\s*$"
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
    for part in re.finditer(r"[^,\-–]+", m.group("names")):
        name = part.group(0).strip()
        if not name:
            continue
        x = pos + part.start() + (len(part.group(0)) - len(part.group(0).lstrip()))
        y = x + len(name)
        words = name.replace(".", " ").split()
        if not 1 <= len(words) <= 4 or not all(w[0].isupper() for w in words) or name in sc.g["not_person"]:
            return
        if sc.gaz.province_name(name) or sc.g["bodies"].match(sc.toks, starts.get(x, -1)):
            return
        out.append(Candidate(x, y, "PER", 8, {"byline": True}))
