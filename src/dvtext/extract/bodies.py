"""Body candidates for :func:`dvtext.extract.entities.extract_entities`.

Reads every body the grammar knows (:class:`~dvtext.extract.body_grammar.BodyMatcher`) and what the text adds
to it: unit names coordinated after a head ("Sở Tài nguyên và Môi trường, Xây dựng, Công Thương"), schools
named by their type ("THPT An Thới") or listed after a plural "trường", bodies that share the place of the
next ("HĐND, UBND tỉnh"), and names the text defines for a body (an abbreviation in parentheses, a
company's brand), which are then bodies wherever they stand.

Example:
    >>> from dvtext.extract.entity_grammar import Scanner
    >>> sc = Scanner("Cty CP Khai thác Cảng Đà Nẵng (KTC) trúng thầu. Giám đốc KTC cho biết")
    >>> out = []
    >>> _ = body_candidates(sc, out)
    >>> [sc.text[c.start:c.end] for c in out]
    ['Cty CP Khai thác Cảng Đà Nẵng', 'KTC', 'KTC']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from dvtext.extract.entity_grammar import Candidate, Scanner, fold_brand, foreign_word, grammar, named_org
from dvtext.extract.entity_grammar import tokens as tokens_of

__all__ = ["body_candidates"]

_CLASS_BEFORE = {"các", "những", "mỗi", "từng", "Các", "Những", "Mỗi", "Từng"}
_PLURAL = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "Các", "Hai", "Ba"}


def body_candidates(sc: Scanner, out: list[Candidate]) -> dict[int, int]:
    """Append the body candidates of the text to ``out``; return their token spans (start -> end).

    Titles block bodies inside them ("Phó Trưởng Ban Thường trực | Ban Dân vận Tỉnh ủy") but a head word
    ending a title starts one ("Trưởng | phòng TN&MT huyện"); names the text defines for a body are learnt
    and the bodies read again with them.
    """
    toks, g = sc.toks, sc.g
    blocked: set[int] = set()
    title_heads: set[int] = set()
    titles: list[tuple[int, int]] = []  # (start, end) of every title
    for i in range(len(toks)):
        m = g["role"].match(toks, i)
        if m is not None and m[1] == "title":
            end = m[0]
            titles.append((i, end))
            last = end
            if end - 2 > i and toks[end - 1].text.lower() in ("phòng", "tra") \
                    and toks[end - 2].text.lower() in ("văn", "thanh"):
                last = end - 2  # "Chánh | văn phòng UBND tỉnh", "Phó Chánh | Thanh tra tỉnh Hòa Bình"
            elif toks[end - 1].text.lower() in ("ban", "phòng", "đoàn"):
                last = end - 1  # "Trưởng | ban Đô thị"
            blocked.update(range(i + 1, last))
            if last < end:
                title_heads.add(last)
    org_cands: list[Candidate] = []
    orgs = _bodies(sc, blocked, title_heads, org_cands)
    learned = _learned_names(sc, orgs)
    if learned:  # names the text defines ("… Đà Nẵng (AHT)", "Công ty … NutiFood") are bodies wherever they
        sc.learned = learned  # stand, also as a parent ("Hội đồng quản trị NutiFood"): read the bodies again
        org_cands = []
        orgs = _bodies(sc, blocked, title_heads, org_cands)
    out += org_cands
    _title_units(sc, titles, orgs, out)
    _schools(sc, orgs, out)
    _reporting_outlets(sc, out)
    return orgs


def _bodies(sc: Scanner, blocked: set[int], title_heads: set[int], out: list[Candidate]) -> dict[int, int]:
    """Body candidates (appended to ``out``); returns their token spans (start -> end)."""
    toks, g = sc.toks, sc.g
    orgs: dict[int, int] = {}
    for i in range(len(toks)):
        lower_head = toks[i].text in _LOWER_HEADS and i not in title_heads
        if i in blocked or (toks[i].text not in g["bodies"].root and i not in title_heads and not lower_head
                            and fold_brand(toks[i].text) not in sc.learned):
            continue
        if i > 0 and toks[i].join and toks[i - 1].text in _CLASS_BEFORE and not (
                toks[i].text in ("Bộ", "Sở") and i + 1 < len(toks) and toks[i + 1].join
                and g["units"].match(toks, i + 1) is not None):
            continue  # "các Phòng giao dịch NHCSXH huyện": a class of bodies (names inside still count); but
            # "Các Bộ Tài nguyên & môi trường, Xây dựng" names each ministry
        m = sc.match_org(i) or (sc.match_org(i, cap_first=True) if i in title_heads else None) \
            or _elliptical_org(sc, i)
        if m is None and lower_head:
            m = _lower_body(sc, i)
        if m is not None and _level_list(sc, m[0]):
            continue  # "UBND quận, huyện": the bodies of a kind of unit
        if m is not None:
            orgs[i] = m[0]
            a, b = sc.span(i, m[0])
            out.append(Candidate(a, b, "ORG", 7, m[1]))
            _elliptical_units(sc, m, out)
    return orgs


def _level_list(sc: Scanner, end: int) -> bool:
    """Whether a body ending at token ``end`` with a bare level word goes on with a comma and another level word
    ("UBND quận, huyện, thị xã")."""
    toks = sc.toks
    if end < 1 or end + 1 >= len(toks) or toks[end].text != ",":
        return False
    last = toks[end - 1].text
    two = sc.words(end + 1, min(end + 3, len(toks)))
    return last in _LEVEL_WORDS and (toks[end + 1].text in _LEVEL_WORDS or two in _LEVEL_WORDS)


#: Heads written in lower case that still name one body when a unit name, a code or a quoted name follows
#: ("phòng TNMT huyện", "sở Y tế", "hội đồng GPMB huyện", "quỹ “Trợ vốn phát triển kinh tế gia đình”").
_LOWER_HEADS = {"phòng", "sở", "quỹ", "hội", "hội đồng", "chi cục", "cục", "trung tâm", "trường", "công", "báo", "bệnh"}
#: Level words: "UBND quận, huyện" (a level word, a comma, another) names a class of bodies, not one.
_LEVEL_WORDS = {"tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "thôn", "bản", "ấp"}
#: Words before a lower-case "báo" that make a compound ("thông báo", "cảnh báo"), not a newspaper.
_BAO_COMPOUND = {"thông", "cảnh", "dự", "tình", "báo", "khai", "cấp", "hồi", "điện", "họa", "tố", "phát", "truyền",
                 "họp", "trình"}
#: Level words after a lower-case "công an" that make it one body: the police of the ward or commune just named.
_LOCAL_POLICE = {"xã", "phường", "thị trấn"}


def _lower_body(sc: Scanner, i: int) -> tuple[int, dict] | None:
    """A body under a lower-case head, when a unit name, a code or a quoted name follows it."""
    toks = sc.toks
    if i > 0 and toks[i].join and toks[i - 1].text.lower() in ("trụ", "nhà", "cơ", "hội", "đơn", "văn", "tổng", "chi",
                                                               "lễ", "xã", "đại", "quốc"):
        return None  # "trụ sở", "cơ sở", "văn phòng", "Tổng cục", "Lễ hội", "xã hội", "đại hội"...: compounds
    if toks[i].text == "trường" and i > 0 and toks[i].join and (toks[i - 1].text in _PLURAL
                                                               or toks[i - 1].text.isdigit()):
        return None  # "4 trường THPT Nguyễn Trung Trực, ...": the names are listed bare (``_schools``)
    m = sc.match_org(i, cap_first=True)
    if m is None:
        return None
    info, k = m[1], m[1]["name_start"]
    if toks[i].text == "bệnh":  # "bệnh viện Trung ương Huế", "bệnh viện Bạch Mai"; not "các bệnh viện Hà Nội",
        # nor a slogan ("bệnh viện “xanh - sạch - đẹp”")
        return m if sc.is_cap(k) and not (i > 0 and toks[i].join and toks[i - 1].text in _PLURAL) else None
    if k < len(toks) and (toks[k].upper or toks[k].text in "“\""):
        return m  # a code or a quoted name: "phòng TNMT huyện", "quỹ “Trợ vốn ...”"
    if toks[i].text == "trường" and sc.g["schools"].match(toks, k) is not None:
        return m  # "trường Mầm non Đoàn Tùng"
    if toks[i].text == "báo" and sc.is_cap(k) and sc.g["cue"].match(toks, k) is None \
            and not (i > 0 and toks[i].join and toks[i - 1].text.lower() in _BAO_COMPOUND):
        return m  # "theo báo Lao Động", "phóng viên báo Tuổi trẻ"; not "thông báo Kết luận"
    place = info.get("place")
    if info["body"].name == "Công an" and place is not None and (place.get("name") or place.get("word") in _LOCAL_POLICE) \
            and not (i > 0 and toks[i - 1].text in ("lượng", "các", "những", "ngành")):
        return m  # "trình báo công an xã", "công an huyện Đông Anh"; not "lực lượng công an xã"
    if sc.g["units"].match(toks, k, cap_first=True) and (info.get("place") or info.get("parent")):
        return m  # a unit of a place: "sở Y tế tỉnh", not "cục thuế", "sở giáo dục"
    if toks[i].text == "sở" and sc.is_cap(k) and sc.g["units"].match(toks, k) is not None and sc._after_title(i):
        return m  # its head's title names it: "Giám đốc sở Tư pháp", "nguyên Giám đốc sở Thông tin và Truyền thông"
    return None


def _elliptical_units(sc: Scanner, m: tuple[int, dict], out: list[Candidate]) -> None:
    """Unit names sharing the head of the body before them: "Sở Tài nguyên và Môi trường, Xây dựng, Công
    Thương" → "Xây dựng" and "Công Thương" are bodies too (Sở Xây dựng, Sở Công Thương)."""
    toks, info = sc.toks, m[1]
    body = info["body"]
    if not body.head or body.name not in ("Sở", "Bộ", "Phòng", "Cục", "Vụ") or info.get("parent") is not None \
            or info.get("place") is not None or m[0] != info["head_end"]:
        return
    j = m[0]
    while j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join:
        u = sc.g["units"].match(toks, j + 1)
        if u is None or (u[0] < len(toks) and toks[u[0]].join and toks[u[0]].text not in (",", "và", ".", ";", "…")):
            return
        x, y = sc.span(j + 1, u[0])
        out.append(Candidate(x, y, "ORG", 7, {"body": body, "head_end": u[0], "parent": None, "place": None,
                                              "start": j + 1, "name_start": j + 1}))
        j = u[0]


#: Titles fused with their body's head ("Bộ trưởng" = head of a "Bộ") -> that head.
_HEAD_TITLES = {"bộ trưởng": "Bộ", "tổng cục trưởng": "Tổng cục", "chi cục trưởng": "Chi cục", "cục trưởng": "Cục",
                "vụ trưởng": "Vụ", "viện trưởng": "Viện"}


@cache
def _head_body(head: str) -> Any:
    """The grammar's body for a head word ("Bộ", "Chi cục")."""
    m = grammar()["bodies"].match(tokens_of(head), 0)
    return None if m is None else m[1]


def _title_units(sc: Scanner, titles: list[tuple[int, int]], orgs: dict[int, int], out: list[Candidate]) -> None:
    """The unit named right after a title fused with its head: "Bộ trưởng | Tài chính", "Chi cục trưởng | Thú y
    tỉnh Bến Tre" are bodies (canonical "Bộ Tài chính", "Chi cục Thú y tỉnh Bến Tre"), as "Chánh | Thanh tra" is.
    ``titles``: the (start, end) token spans of the text's titles."""
    toks, g = sc.toks, sc.g
    for i, end in titles:
        said = sc.words(i, end).lower()
        head = next((h for t, h in _HEAD_TITLES.items() if said.endswith(t)), None)
        if head is None or end >= len(toks) or not toks[end].join or end in orgs or not sc.is_cap(end) \
                or (i > 0 and toks[i].join and toks[i - 1].text.lower() == "nghị"):
            continue  # "Hội nghị Bộ trưởng Quốc phòng ASEAN": a meeting of ministers
        u = g["units"].match(toks, end)
        body = _head_body(head)
        if u is None or body is None:
            continue
        stop, place = u[0], None
        p = sc.match_place(stop, org=True) if stop < len(toks) and toks[stop].join else None
        if p is not None and p[1].get("name"):
            stop, place = p[0], p[1]  # "Chi cục trưởng Thú y | tỉnh Bến Tre"
        elif stop < len(toks) and toks[stop].join and sc.is_cap(stop):
            stop = next((stop + n for n in (3, 2, 1) if stop + n <= len(toks) and toks[stop + n - 1].join
                         and sc.gaz.lookup(sc.words(stop, stop + n), level="country")), stop)
            # "Bộ trưởng Nội vụ | Nga | Vladimir Kolokoltsev", "Bộ trưởng Tư pháp | Mỹ | Jeff Sessions"
        a, b = sc.span(end, stop)
        orgs[end] = stop  # the person after it takes the title with the unit as role
        out.append(Candidate(a, b, "ORG", 7, {"body": body, "head_end": u[0], "parent": None, "place": place,
                                              "start": end, "name_start": end}))


def _schools(sc: Scanner, orgs: dict[int, int], out: list[Candidate]) -> None:
    """Schools named by their type without "Trường" ("điểm thi tại THPT An Thới") and the names listed after
    a plural "trường" ("4 trường THPT Nguyễn Trung Trực, Nguyễn Hùng Sơn, Ngô Sĩ Liên")."""
    toks, g = sc.toks, sc.g
    head = g["bodies"].match(tokens_of("Trường"), 0)
    if head is None:
        return
    body = head[1]
    for i in range(len(toks)):
        if not toks[i].upper or (i > 0 and toks[i].join and toks[i - 1].text == "Trường"):
            continue
        m = g["schools"].match(toks, i)
        if m is None or m[0] >= len(toks) or not toks[m[0]].join or toks[m[0]].text.lower() in ("quốc", "năm"):
            continue
        k = sc.match_name(m[0], "")
        if k is None:
            continue
        a, b = sc.span(i, k)
        out.append(Candidate(a, b, "ORG", 7, {"body": body, "head_end": k, "parent": None, "place": None,
                                              "start": i, "name_start": i}))
        orgs.setdefault(i, k)
        before = i - 1 if i > 0 and toks[i - 1].text.lower() == "trường" else i
        if not (before > 0 and toks[before].join and (toks[before - 1].text in _PLURAL or toks[before - 1].text.isdigit())):
            continue
        _listed_schools(sc, k, body, out)
    for i in range(1, len(toks) - 2):
        # names listed bare after a plural "trường" ("các trường chuyên Lê Hồng Phong, Trần Đại Nghĩa", "2 trường
        # Lê Hồng Phong, Trần Đại Nghĩa"): two names at least, the first not a place ("các trường Hà Nội")
        if toks[i].text != "trường" or not toks[i].join or not (toks[i - 1].text in _PLURAL or toks[i - 1].text.isdigit()):
            continue
        j = i + 1 + (toks[i + 1].text == "chuyên" and toks[i + 1].join)
        if j >= len(toks) or not toks[j].join or not sc.is_cap(j) or toks[j].upper or g["bodies"].match(toks, j) \
                or g["schools"].match(toks, j) or (j == i + 1 and sc.match_place(j, org=False)):
            continue
        e = sc.cap_run(j, limit=4)
        listed: list[Candidate] = []
        if e >= len(toks) or toks[e].text not in (",", "và") or not _listed_schools(sc, e, body, listed):
            continue
        x, y = sc.span(i + 1 if j > i + 1 else j, e)
        out.append(Candidate(x, y, "ORG", 7, {"body": body, "head_end": e, "parent": None, "place": None,
                                              "start": j, "name_start": j, "listed": True}))
        out.extend(listed)


def _listed_schools(sc: Scanner, j: int, body: Any, out: list[Candidate]) -> int:
    """The school names listed after a school ending at token ``j`` (", Nguyễn Hùng Sơn, Ngô Sĩ Liên",
    ", chuyên Trần Đại Nghĩa"), appended to ``out``; returns how many."""
    toks, g = sc.toks, sc.g
    n = 0
    while j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join:
        a = j + 1
        if toks[a].text == "chuyên" and a + 1 < len(toks) and toks[a + 1].join:
            a += 1  # "chuyên Trần Đại Nghĩa": the word as written is part of the name
        if not sc.is_cap(a) or toks[a].upper or g["bodies"].match(toks, a) is not None:
            break
        e = sc.cap_run(a, limit=4)
        if e < len(toks) and toks[e].join and toks[e].text not in (",", "(", "và", ".", ";"):
            break
        n += 1
        x, y = sc.span(j + 1, e)
        out.append(Candidate(x, y, "ORG", 7, {"body": body, "head_end": e, "parent": None, "place": None,
                                              "start": a, "name_start": a, "listed": True}))
        j = e
    return n


#: Verbs of an outlet's earlier report: "Như Lao Động đã thông tin", "Như Thanh Niên đã phản ánh".
_REPORTED = {"đưa tin", "thông tin", "phản ánh", "đăng tải", "đăng bài", "có bài", "đưa", "đăng"}


def _reporting_outlets(sc: Scanner, out: list[Candidate]) -> None:
    """The outlet in "Như <outlet> đã đưa tin / thông tin / phản ánh": "Như Lao Động đã thông tin",
    "như VietNamNet đã phản ánh" (a capitalised run that is neither a place nor a person's full name)."""
    toks, g = sc.toks, sc.g
    for i in range(len(toks) - 3):
        if toks[i].text not in ("Như", "như") or not toks[i + 1].join or not sc.is_cap(i + 1):
            continue
        e = sc.cap_run(i + 1, limit=4)
        if not (e + 1 < len(toks) and toks[e].join and toks[e].text == "đã" and toks[e + 1].join):
            continue
        if not any(e + 1 + n <= len(toks) and sc.words(e + 1, e + 1 + n) in _REPORTED for n in (1, 2)):
            continue
        if (toks[i + 1].text in g["surnames"] and e - i - 1 >= 2) or g["role"].match(toks, i + 1) is not None \
                or sc.bare_place(i + 1, org=False) is not None or g["cue"].match(toks, i + 1) is not None:
            continue  # "Như Nguyễn Văn A đã phản ánh", "như Bộ trưởng đã nói", "Như Quảng Nam đã"
        a, b = sc.span(i + 1, e)
        out.append(Candidate(a, b, "ORG", 7, named_org(sc, i + 1, e)))


def _learned_names(sc: Scanner, orgs: dict[int, int]) -> dict[str, str]:
    """Names a text defines for a body: an abbreviation in parentheses after its name ("Cty CP ... Đà Nẵng
    (AHT)", "Ban Quản lý dự án (BQLDA)"), unless it spells only part of the name ("Ngân hàng Chính sách xã hội
    (CSXH)"); a company's brand that ends its name ("Công ty cổ phần Thực phẩm dinh dưỡng NutiFood").
    Returns token text -> canonical name."""
    toks, g = sc.toks, sc.g
    learned: dict[str, str] = {}
    for i, end in sorted(orgs.items()):
        name = re.sub(r"\s+", " ", sc.words(i, end))
        head = g["bodies"].match(toks, i)
        if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")" and (
                toks[end + 1].upper or (head is not None and head[1].name in _COMPANY_WORDS
                                        and foreign_word(toks[end + 1].text) and toks[end + 1].text[0].isupper())):
            abbr = toks[end + 1].text
            if fold_brand(abbr) not in learned and not _partial_initials(abbr, name) and g["bodies"].match(toks, end + 1) is None \
                    and not sc.gaz.province_name(abbr) and not sc.gaz.lookup(abbr):
                learned[fold_brand(abbr)] = name  # not "Công ty ... Vinacontrol (TPHCM)": a place says where it is
        if head is not None and head[1].name in _COMPANY_WORDS:
            # "Vinaseed và Tập đoàn Vingroup": a brand coordinated before a company (after one, "Cty TNHH Koyu và
            # Unitek" may be one name)
            b = i - 2
            if b >= 0 and toks[b + 1].text in ("và", ",") and toks[i].join and toks[b + 1].join \
                    and foreign_word(toks[b].text) and toks[b].text[0].isupper() \
                    and not (b > 0 and sc.is_cap(b - 1) and toks[b].join) \
                    and g["bodies"].match(toks, b) is None and not sc.gaz.lookup(toks[b].text):
                learned.setdefault(fold_brand(toks[b].text), toks[b].text)
        last = end - 1
        if last - 1 > i and sc.words(last - 1, last + 1) == "Việt Nam":
            last -= 2  # "Công ty Nestlé Việt Nam": the brand is "Nestlé"
        w = toks[last].text
        brand = len(w) >= 3 and w[0].isupper() and (toks[last].upper or foreign_word(w))
        if head is not None and head[1].name in _COMPANY_WORDS and last > i and brand \
                and g["bodies"].match(toks, last) is None and fold_brand(w) not in learned:
            learned[fold_brand(w)] = name
        elif head is not None and head[0] < last and toks[last].upper and len(w) >= 3 and w.isalpha() and toks[last - 1].text.isalpha() \
                and not toks[last - 1].upper and g["bodies"].match(toks, last) is None \
                and g["units"].match(toks, last) is None and not sc.gaz.lookup(w) and not sc.gaz.province_name(w) \
                and next(k for k in range(len(toks)) if toks[k].text == w) == last:
            learned.setdefault(fold_brand(w), name)  # a code that ends a title-case name where the text first
            # writes it: "... Thế giới IAGTO"; not "tuyến buýt nhanh (BRT) ... Xí nghiệp Xe buýt nhanh BRT"
    return learned


_COMPANY_WORDS = {"Công ty", "Cty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "công ty"}


def _partial_initials(abbr: str, name: str) -> bool:
    """Whether ``abbr`` spells the initials of the name without its first words (its head)."""
    words = re.findall(r"\w+", name)
    letters = re.sub(r"[^A-ZĐ]", "", abbr.upper())
    initials = [w[0].upper() for w in words]
    return any("".join(initials[k:]) == letters for k in range(1, len(initials)))


def _elliptical_org(sc: Scanner, i: int) -> tuple[int, dict] | None:
    """A body that shares the place of the next one: "HĐND, UBND tỉnh" → "HĐND" (of the province)."""
    m = sc.g["bodies"].match(sc.toks, i)
    toks = sc.toks
    if m is None or m[1].needs_name or not m[1].place:
        return None
    j = m[0]
    if not (j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join):
        return None
    nxt = sc.match_org(j + 1)
    if nxt is None or nxt[1].get("place") is None or nxt[1]["place"].get("word") is None:
        return None
    return j, {"body": m[1], "head_end": j, "parent": None, "place": nxt[1]["place"], "start": i, "name_start": j,
               "shared": True}
