"""Units written after a number: "%", currencies, measures, counted nouns and rates (``data/units.json``).

What follows a number decides whether it is a statistic and what it counts (../docs/extraction.md):

* "%" and "phần trăm" → ``%``; currencies → ISO codes ("26 tỷ đồng" → ``VND``, "1,5 triệu USD" → ``USD``);
  measures → their symbol ("20 ha", "gần 107.000m2", "30km", "17.000 tấn");
* a counted noun as written, the longest one the lexicon knows ("01 thị trấn", "21 đơn vị", "300 cây
  xanh"), or else the one word after the number ("62 huyện"), or an acronym ("82/267 TTHC", "50 CCN");
* a classifier takes the noun after it into the span but stays the unit ("04 cuộc đối thoại" → ``cuộc``,
  "36 nghìn căn nhà" → ``căn``); "lượt" takes the noun into the unit ("320 lượt người" → ``lượt người``);
* a list of nouns is the unit as written ("13 phòng, ban" → ``phòng, ban``, "102 xã, thị trấn");
* "/Y" makes a rate ("10,92 tiêu chí/xã" → ``tiêu chí/xã``, "33,8 triệu đồng/người/năm" →
  ``VND/người/năm``, "50 triệu đồng/1 nhà" → ``VND/nhà``, "0,65%/tháng" → ``%/tháng``).

Function words and verbs after a number ("và", "đã", "tăng"...) are not units.

Example:
    >>> unit_after("26 tỷ đồng", 5)
    UnitMatch(unit='VND', category='currency', end=10)
    >>> unit_after("hơn 320 lượt người tham gia", 7).unit
    'lượt người'
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["UnitMatch", "unit_after", "unit_lexicon"]


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit after a number: canonical ``unit``, its ``category`` (percent | currency | measure | count |
    rate) and ``end``, the offset where its surface ends (the end of the statistic's span)."""

    unit: str
    category: str
    end: int


@dataclass(frozen=True)
class _Units:
    units: dict[str, tuple[str, str]]  # surface -> (canonical, category)
    lower: dict[str, tuple[str, str]]
    max_words: int
    classifiers: frozenset[str]
    compose: frozenset[str]
    coordinated: dict[str, tuple[str, ...]]  # first word -> lists, longest first
    not_units: frozenset[str]
    function_words: frozenset[str]
    acronym_not_units: frozenset[str]
    time_units: frozenset[str]
    land_measures: frozenset[str]
    land_nouns: frozenset[str]
    first_len: dict[str, int]  # first word of an entry (as written and lower-cased) -> most words of one


@cache
def unit_lexicon() -> _Units:
    """The unit lexicon of ``data/units.json`` (loaded once)."""
    raw = resources.files("dvtext.data").joinpath("units.json").read_text(encoding="utf-8")
    u: dict[str, Any] = json.loads(raw)
    units: dict[str, tuple[str, str]] = {}
    for w in u["count_nouns"]:
        units[w] = (w, "count")
    measures = set(u["measure"].values())
    for w, c in u["count_canonical"].items():
        units[w] = (c, "measure" if c in measures else "count")  # "km đường" -> km, a measure
    for cat in ("measure", "currency", "percent"):
        for w, c in u[cat].items():
            units[w] = (c, cat)
    coord: dict[str, list[str]] = {}
    for entry in sorted(u["coordinated"], key=len, reverse=True):
        coord.setdefault(entry.split(",")[0], []).append(entry)
    return _Units(
        units=units,
        lower={k: v for k, v in units.items() if k == k.lower()},
        max_words=max(len(k.split()) for k in units),
        classifiers=frozenset(u["classifiers"]),
        compose=frozenset(u["compose"]["words"]),
        coordinated={k: tuple(v) for k, v in coord.items()},
        not_units=frozenset(u["not_units"]) | frozenset(u["function_words"]),
        function_words=frozenset(u["function_words"]),
        acronym_not_units=frozenset(u["acronym_not_units"]),
        time_units=frozenset(u["time_units"]),
        land_measures=frozenset(u["land_measures"]["words"]),
        land_nouns=frozenset(u["land_measures"]["land"]),
        first_len=_first_lengths(units),
    )


def _first_lengths(units: dict[str, tuple[str, str]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for k in units:
        parts = k.split()
        for first in (parts[0], parts[0].lower()):
            out[first] = max(out.get(first, 0), len(parts))
    return out


@cache
def compound_words() -> frozenset[str]:
    """Two-word entries of underthesea's Viet74K word list (installed with it; empty when absent)."""
    spec = importlib.util.find_spec("underthesea")  # located, not imported (importing it takes a second)
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations)), "corpus", "data", "Viet74K.txt")
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(w for w in raw.splitlines() if w.count(" ") == 1 and w.islower())


_UWORD = re.compile(r"[^\s,;:.!?()\[\]{}“”\"'‘’…/]+")
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9]{1,7}")
_LETTERS = re.compile(r"[^\W\d_]+")


def _words_after(text: str, pos: int, limit: int, n: int) -> list[tuple[str, int]]:
    """Up to ``n`` words separated by single spaces starting at ``pos``: (word, end)."""
    out: list[tuple[str, int]] = []
    while len(out) < n:
        m = _UWORD.match(text, pos, limit)
        if not m:
            break
        out.append((m.group(0), m.end()))
        if m.end() + 1 >= limit or text[m.end()] != " ":
            break
        pos = m.end() + 1
    return out


def _lookup(words: list[tuple[str, int]]) -> tuple[tuple[str, str], int] | None:
    """The longest lexicon entry made of the first words: ((canonical, category), number of words)."""
    lex = unit_lexicon()
    first = words[0][0]
    n = max(lex.first_len.get(first, 0), lex.first_len.get(first.lower(), 0))
    for k in range(min(n, len(words)), 0, -1):
        phrase = " ".join(w for w, _ in words[:k])
        hit = lex.units.get(phrase)
        if hit is None and not phrase[0].isupper():  # "Thành phố Hồ Chí Minh" after a number is a name
            hit = lex.lower.get(phrase.lower())
        if hit is not None:
            return hit, k
    return None


def _is_noun_word(w: str) -> bool:
    lex = unit_lexicon()
    return w.isalpha() and w.islower() and w not in lex.not_units


def unit_after(text: str, pos: int, limit: int | None = None) -> UnitMatch | None:
    """The unit written right after a number that ends at ``pos``, or None when there is none.

    Example:
        >>> unit_after("04 cuộc đối thoại", 2)
        UnitMatch(unit='cuộc', category='count', end=17)
    """
    lex = unit_lexicon()
    limit = len(text) if limit is None else min(limit, len(text))
    if pos >= limit:
        return None
    glued = text[pos] != " "
    start = pos if glued else pos + 1
    if start < limit and text[start] == "%":
        return _rate(text, UnitMatch("%", "percent", start + 1), limit)
    words = _words_after(text, start, limit, lex.max_words + 1)
    if not words:
        return None
    if glued:  # "20ha", "5km", "100m2", "50.000đ": a known measure or currency only ("80kg-120kg": "kg")
        w = words[0][0].split("-")[0].split("–")[0]
        hit = lex.units.get(w)
        if hit and hit[1] in ("measure", "currency", "percent"):
            return _rate(text, UnitMatch(hit[0], hit[1], start + len(w)), limit)
        return None
    first = words[0][0]
    for entry in lex.coordinated.get(first, ()):
        end = start + len(entry)
        if text.startswith(entry, start) and (end >= limit or not text[end].isalnum()):
            return _rate(text, UnitMatch(entry, "count", end), limit)
    if len(words) > 1 and words[0][0] + " " + words[1][0] in lex.not_units:
        return None  # "năm bản lề", "hai mẹ con": the words after the number are a word of their own
    found = _lookup(words[: lex.max_words])
    if found is not None:
        (canon, cat), k = found
        end = words[k - 1][1]
        if cat == "count" and k == 1 and canon in lex.compose:
            return _rate(text, _composed(text, canon, words[1:], end, limit), limit)
        if cat == "count" and k == 1 and canon in lex.classifiers and len(words) > 1:
            end = _noun_end(text, words[1:], end)
        if cat == "measure" and k == 1 and words[0][0] in lex.land_measures and len(words) > 1:
            nxt = words[1][0]
            if end < limit and text[end] == " " and _is_noun_word(nxt) and nxt not in lex.land_nouns:
                cat = "count"  # "8 mẫu thép", "ba mẫu xe": samples, models
        return _rate(text, UnitMatch(canon, cat, end), limit)
    if _ACRONYM.fullmatch(first):
        e = words[0][1]
        if first in lex.acronym_not_units or (e < limit and text[e] in "-/"):
            return None
        return _rate(text, UnitMatch(first, "count", e), limit)
    if _is_noun_word(first):
        if first in lex.compose:
            return _rate(text, _composed(text, first, words[1:], words[0][1], limit), limit)
        if len(words) > 1 and text[words[0][1]] == " " and f"{first} {words[1][0]}" in compound_words():
            return _rate(
                text, UnitMatch(f"{first} {words[1][0]}", "count", words[1][1]), limit
            )  # "tính năng"
        return _rate(text, UnitMatch(first, "count", words[0][1]), limit)
    return None


def _composed(text: str, head: str, rest: list[tuple[str, int]], end: int, limit: int) -> UnitMatch:
    """ "lượt" + the noun it counts: "lượt người", "lượt khách hàng", "lượt cán bộ"."""
    if not rest or end >= limit or text[end] != " ":
        return UnitMatch(head, "count", end)
    found = _lookup(rest[: unit_lexicon().max_words])
    if found is not None and found[0][1] == "count":
        k = found[1]
        return UnitMatch(head + " " + found[0][0], "count", rest[k - 1][1])  # "lượt hộ nghèo" -> "lượt hộ"
    w, e = rest[0]
    if _is_noun_word(w):
        return UnitMatch(head + " " + w, "count", e)
    return UnitMatch(head, "count", end)


def _noun_end(text: str, rest: list[tuple[str, int]], end: int) -> int:
    """After a classifier ("cuộc"), the end of the noun it counts ("đối thoại"): a known noun, else up to
    two lower-case words."""
    found = _lookup(rest[: unit_lexicon().max_words])
    if found is not None and found[0][1] == "count":
        return rest[found[1] - 1][1]
    out = end
    fw = unit_lexicon().function_words
    for i, (w, e) in enumerate(rest[:2]):
        if not (w.isalpha() and w.islower()) or w in fw or (i == 1 and text[out] != " "):
            break
        out = e
    return out


_POWER = re.compile(r" ?([23])(?= ?/|[.,;:)]|\Z| (?:tại|ở|và|của|với|đất|sàn|trên|cho|mỗi|thì|là)(?!\w))")


def _power(text: str, unit: str, end: int, limit: int) -> tuple[str, int]:
    """ "100 m 2", "45.000 đồng/m 2 /tháng": a superscript lost to a space (m², m³, km²)."""
    if unit in ("m", "km", "cm") and end < limit:
        m = _POWER.match(text, end, limit)
        if m is not None and not (unit == "km" and m.group(1) == "3"):
            return unit + m.group(1), m.end()
    return unit, end


def _rate(text: str, um: UnitMatch, limit: int) -> UnitMatch:
    """Extend a unit by "/Y" parts into a rate ("tiêu chí/xã", "VND/người/năm", "VND/nhà" from "/1 nhà")."""
    unit, end = _power(text, um.unit, um.end, limit)
    if end != um.end:
        um = UnitMatch(unit, um.category, end)
    if end + 2 < limit and text[end] == " " and text[end + 1] == "/":
        end += 1  # "đồng/m 2 /tháng"
    for _ in range(2):
        if end + 1 >= limit or text[end] != "/":
            break
        at = end + 1
        if text.startswith("1 ", at) and at + 2 < limit and text[at + 2].isalpha():
            at += 2  # "50 triệu đồng/1 nhà"
        words = _words_after(text, at, limit, 2)
        if not words:
            break
        found = _lookup(words)
        if found is not None:
            (canon, _cat), k = found
            canon, end = _power(text, canon, words[k - 1][1], limit)
            unit = unit + "/" + canon
            if end + 2 < limit and text[end] == " " and text[end + 1] == "/":
                end += 1
            continue
        w, e = words[0]
        if _LETTERS.fullmatch(w) and len(w) <= 12:
            unit, end = unit + "/" + w, e
        else:
            break
    if unit == um.unit:
        return um
    if end > um.end and text[end - 1] == " ":
        end -= 1
    return UnitMatch(unit, "rate", end)
