"""Statistics: numbers that measure something, exactly as ../docs/extraction.md defines them.

For every number of the text (:func:`dvtext.text.numbers.find_numbers`), in one left-to-right pass:

1. **Exclusions.** Numbers inside dates, years and periods (:mod:`dvtext.extract.dates`), document codes
   ("09/CT-UBND"), phone numbers, URLs and clock times are skipped; so are numbers after a word that
   makes them a name, an address or an ordinal ("Quốc lộ 48", "Chương trình 135", "tổ 5", "thứ 2",
   "số 2"), after a capitalised word inside a sentence ("Bệnh viện 108"), ages ("ông A, 45 tuổi": only
   "tuổi thọ bình quân 73,5 tuổi" counts), time frames ("trong 5 năm qua", "6 tháng đầu năm") and
   approximate amounts ("hàng trăm hộ"). A number written in words counts only before a known unit
   ("hai xã", "ba đợt kiểm tra"); "một" alone is an article, never a statistic.
2. **Unit.** A statistic needs a unit (``data/units.json``): "%", a currency ("26 tỷ đồng" → VND), a
   measure ("ha", "km", "tấn"), or the counted noun as written ("62 huyện" → "huyện", "04 cuộc đối
   thoại" → "cuộc", "hơn 320 lượt người" → "lượt người", "82/267 TTHC" → "TTHC"); "X/Y" makes a rate
   ("10,92 tiêu chí/xã").
3. **Shape.** "82/267 TTHC" is a ratio (value 82, denominator 267); "20-30%", "từ 15 đến 20 hộ" and
   "2-3 tỷ đồng" are ranges (value = low end, ``high`` = high end, the scale of the high end applies to
   a bare low end).
4. **Qualifier** from the words right before the number ("hơn", "khoảng", "chưa đến", "tối đa"...) or
   after the unit ("trở lên"); **change** from a verb before it, across a few filler words ("giảm",
   "xuống còn", "tăng trung bình"); **indicator** from a grammar over the words before it: a head ("tỷ
   lệ", "thu ngân sách", "thu nhập", "số", "tốc độ"...) and the phrase after it up to a stop word ("đạt",
   "là", "còn", "trên địa bàn"...), or the subject of "chiếm"; a statistic without one takes the
   indicator of the previous statistic of the sentence when only linking words stand between them
   ("giảm 5,99% so với năm 2018 xuống còn 26,5%"). **Period**: the date or year the sentence attaches
   to the figure (the nearest one before it, else after it; not a date of comparison "so với năm 2018"
   nor the date of a document).

All word lists are data (``data/statistics.toml``, ``data/units.json``, ``data/numbers.toml``). The
pass is linear in the length of the text: every look-around reads a bounded window.

Example:
    >>> from dvtext.text.sentences import split_sentences
    >>> t = "Năm 2019, tỷ lệ hộ nghèo giảm 5,99% so với năm 2018 xuống còn 26,5%."
    >>> [(s.text, s.value, s.change, s.indicator, s.period)
    ...  for s in extract_statistics(t, sentences=split_sentences(t))]
    [('5,99%', 5.99, 'decrease', 'tỷ lệ hộ nghèo', '2019'), ('26,5%', 26.5, 'decrease', 'tỷ lệ hộ nghèo', '2019')]
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dvtext.extract.dates import extract_dates
from dvtext.text.normalize import ensure_text
from dvtext.text.numbers import NumberSpan, find_numbers
from dvtext.types import DateMention, Sentence, Statistic

__all__ = ["UnitMatch", "extract_statistics", "unit_after"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found after a number: canonical ``unit``, its ``category`` (percent | currency | measure |
    count) and ``end``, the offset where its surface ends (the end of the statistic's span)."""

    unit: str
    category: str
    end: int


# --- data ----------------------------------------------------------------------------------------


def _read(name: str) -> str:
    return resources.files("dvtext.data").joinpath(name).read_text(encoding="utf-8")


def _phrases(words: Sequence[str]) -> dict[str, int]:
    return {w: len(w.split()) for w in words}


@dataclass(frozen=True)
class _Rules:
    units: dict[str, tuple[str, str]]  # surface -> (canonical, category)
    units_lower: dict[str, tuple[str, str]]
    max_unit_words: int
    classifiers: frozenset[str]
    not_units: frozenset[str]
    acronym_not_units: frozenset[str]
    time_units: frozenset[str]
    qual_before: dict[str, str]
    qual_after: dict[str, str]
    change: dict[str, str]
    fillers: frozenset[str]
    max_fillers: int
    heads: re.Pattern[str]
    head_blockers: frozenset[str]
    head_after_blockers: frozenset[str]
    stops: frozenset[str]
    phrase_ok: frozenset[str]
    bare: frozenset[str]
    subject_verbs: frozenset[str]
    window: int
    inherit: frozenset[str]
    max_gap: int
    name_before: frozenset[str]
    name_unless: frozenset[str]
    capitalised_ok: frozenset[str]
    clock_after: frozenset[str]
    timeframe_after: frozenset[str]
    age_units: frozenset[str]
    age_heads: re.Pattern[str]
    blocked: re.Pattern[str]


@cache
def _rules() -> _Rules:
    u: dict[str, Any] = json.loads(_read("units.json"))
    s: dict[str, Any] = tomllib.loads(_read("statistics.toml"))
    units: dict[str, tuple[str, str]] = {}
    for w in u["count_nouns"]:
        units[w] = (w, "count")
    for w, c in u["count_canonical"].items():
        units[w] = (c, "count")
    for cat in ("measure", "currency", "percent"):
        for w, c in u[cat].items():
            units[w] = (c, cat)
    lower = {k: v for k, v in units.items() if k == k.lower()}
    qb = {w: q for q, ws in s["qualifier"]["before"].items() for w in ws}
    qa = {w: q for q, ws in s["qualifier"]["after"].items() for w in ws}
    ch = {w: "increase" for w in s["change"]["increase"]}
    ch.update({w: "decrease" for w in s["change"]["decrease"]})
    ind = s["indicator"]
    heads = sorted(ind["heads"], key=len, reverse=True)
    ex = s["exclude"]
    pats = s["patterns"]
    blocked = "|".join(f"(?:{pats[k]})" for k in ("url", "code", "phone", "clock"))
    return _Rules(
        units=units,
        units_lower=lower,
        max_unit_words=max(len(k.split()) for k in units),
        classifiers=frozenset(u["classifiers"]),
        not_units=frozenset(u["not_units"]),
        acronym_not_units=frozenset(u["acronym_not_units"]),
        time_units=frozenset(u["time_units"]),
        qual_before=qb,
        qual_after=qa,
        change=ch,
        fillers=frozenset(s["change"]["fillers"]),
        max_fillers=int(s["change"]["max_fillers"]),
        heads=re.compile(r"(?<![\w])(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w])", re.I),
        head_blockers=frozenset(ind["head_blockers"]),
        head_after_blockers=frozenset(ind["head_after_blockers"]),
        stops=frozenset(ind["stops"]),
        phrase_ok=frozenset(ind.get("phrase_words", ())),
        bare=frozenset(ind["bare"]),
        subject_verbs=frozenset(ind["subject_verbs"]),
        window=int(ind["window"]),
        inherit=frozenset(s["inherit"]["words"]),
        max_gap=int(s["inherit"]["max_gap"]),
        name_before=frozenset(ex["name_before"]),
        name_unless=frozenset(ex["name_before_unless"]),
        capitalised_ok=frozenset(ex["capitalised_ok"]),
        clock_after=frozenset(ex["clock_after"]),
        timeframe_after=frozenset(ex["timeframe_after"]),
        age_units=frozenset(ex["age_units"]),
        age_heads=re.compile("|".join(re.escape(h) for h in ex["age_heads"]), re.I),
        blocked=re.compile(blocked),
    )


# --- words around a position ---------------------------------------------------------------------

_UWORD = re.compile(r"[^\s,;:.!?()\[\]{}“”\"'‘’…/]+")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]", re.UNICODE)
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


def _words_before(text: str, lo: int, pos: int) -> list[tuple[str, int]]:
    """Words and punctuation marks of ``text[lo:pos]`` as (token, start), left to right."""
    return [(m.group(0), m.start()) for m in _WORD.finditer(text, lo, pos)]


def _suffix(tokens: list[tuple[str, int]], table: dict[str, Any] | frozenset[str], upto: int, *,
            lower: bool = True, max_words: int = 4) -> tuple[str, int] | None:
    """The longest phrase of ``table`` ending at token index ``upto`` (exclusive): (phrase, start index)."""
    for k in range(min(max_words, upto), 0, -1):
        parts = tokens[upto - k : upto]
        if any(not p[0][0].isalnum() for p in parts):
            continue
        phrase = " ".join(p[0] for p in parts)
        if lower:
            phrase = phrase.lower()
        if phrase in table:
            return phrase, upto - k
    return None


# --- units ---------------------------------------------------------------------------------------


def unit_after(text: str, pos: int, limit: int | None = None) -> UnitMatch | None:
    """The unit written right after a number ending at ``pos``, or None.

    Example:
        >>> unit_after("26 tỷ đồng", 5)
        UnitMatch(unit='VND', category='currency', end=10)
        >>> unit_after("04 cuộc đối thoại", 2).unit
        'cuộc'
    """
    r = _rules()
    limit = len(text) if limit is None else limit
    if pos >= limit:
        return None
    glued = text[pos] != " "
    start = pos if glued else pos + 1
    if glued and text[pos] == "%":
        return UnitMatch("%", "percent", pos + 1)
    if not glued and start < limit and text[start] == "%":
        return UnitMatch("%", "percent", start + 1)
    words = _words_after(text, start, limit, r.max_unit_words)
    if not words:
        return None
    if glued:  # "20ha", "5km", "100m2", "50.000đ": lexicon only
        w, e = words[0]
        hit = r.units.get(w)
        if hit and hit[1] != "count":
            return _rate(text, UnitMatch(hit[0], hit[1], e), limit)
        return None
    for k in range(len(words), 0, -1):
        phrase = " ".join(w for w, _ in words[:k])
        hit = r.units.get(phrase) or r.units_lower.get(phrase.lower())
        if hit is not None:
            end = words[k - 1][1]
            if hit[1] == "count" and k == 1 and hit[0] in r.classifiers and len(words) > 1:
                end = _noun_end(text, words[1:], end)
            return _rate(text, UnitMatch(hit[0], hit[1], end), limit)
    w, e = words[0]
    if _ACRONYM.fullmatch(w):
        if w in r.acronym_not_units or (e < limit and text[e] in "-/"):
            return None
        return _rate(text, UnitMatch(w, "count", e), limit)
    if w.isalpha() and w.islower() and w not in r.not_units:
        two = " ".join(x for x, _ in words[:2])
        if len(words) > 1 and two in r.not_units:
            return None
        return _rate(text, UnitMatch(w, "count", e), limit)
    return None


def _noun_end(text: str, rest: list[tuple[str, int]], end: int) -> int:
    """After a classifier ("cuộc"), the end of the noun it counts ("đối thoại"), up to two words."""
    r = _rules()
    out = end
    for i, (w, e) in enumerate(rest[:2]):
        if not (w.isalpha() and w.islower()) or w in r.not_units or w in r.units_lower:
            break
        if i == 1 and text[out] != " ":
            break
        out = e
    return out


def _rate(text: str, um: UnitMatch, limit: int) -> UnitMatch:
    """Extend a unit by "/Y" parts into a rate unit ("tiêu chí/xã", "VND/người/năm")."""
    r = _rules()
    unit, end = um.unit, um.end
    for _ in range(2):
        if end + 1 >= limit or text[end] != "/":
            break
        words = _words_after(text, end + 1, limit, 2)
        if not words:
            break
        two = " ".join(w for w, _ in words[:2])
        hit = r.units.get(two) if len(words) > 1 else None
        if hit is not None:
            unit, end = unit + "/" + hit[0], words[1][1]
            continue
        w, e = words[0]
        hit = r.units.get(w) or r.units_lower.get(w.lower())
        if hit is not None:
            unit, end = unit + "/" + hit[0], e
        elif _LETTERS.fullmatch(w) and len(w) <= 12:
            unit, end = unit + "/" + w, e
        else:
            break
    if unit == um.unit:
        return um
    return UnitMatch(unit, "rate", end)


# --- the pass ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: float
    unit: str
    kind: str
    sentence: int
    num_start: int
    high: float | None = None
    denominator: float | None = None
    qualifier: str = "exact"
    change: str | None = None
    indicator: str | None = None
    head_found: bool = False
    period: str | None = None


def _sentence_of(starts: list[int], sentences: Sequence[Sentence], pos: int) -> tuple[int, int, int]:
    """(index, start, end) of the sentence holding ``pos``."""
    if not starts:
        return 0, 0, 1 << 62
    i = max(0, bisect.bisect_right(starts, pos) - 1)
    s = sentences[i]
    return s.index, s.start, s.end


def _excluded_before(text: str, toks: list[tuple[str, int]], sent_start: int, num: NumberSpan) -> bool:
    """Is the number a name, an identifier, an address or an ordinal, from the words before it?"""
    r = _rules()
    if not toks:
        return False
    last, last_start = toks[-1]
    if last_start + len(last) != num.start - 1 and last_start + len(last) != num.start:
        return False
    if last_start + len(last) == num.start and last[0].isalnum():
        return True  # glued to a word on its left
    hit = _suffix(toks, r.name_before, len(toks), lower=False)
    if hit is not None:
        unless = _suffix(toks, r.name_unless, len(toks), lower=False)
        if unless is None or unless[1] > hit[1]:
            return True
    if last[0].isalpha() and last[0].isupper() and last not in r.capitalised_ok:
        two = " ".join(t for t, _ in toks[-2:])
        if two in r.capitalised_ok:
            return False
        first = len(toks) == 1 and last_start <= sent_start + 2
        prev = toks[-2][0] if len(toks) > 1 else ""
        if not first and prev not in ("“", '"', "(", "-", "–", ":", "•", "+"):
            return True
    if last.lower() in ("hàng", "vài", "mấy", "dăm"):
        return True
    return False


def _qualifier(toks: list[tuple[str, int]], num: NumberSpan) -> tuple[str, int, int]:
    """(qualifier, span start, number of tokens it takes) from the words right before the number."""
    r = _rules()
    if not toks or toks[-1][1] + len(toks[-1][0]) + 1 != num.start:
        return "exact", num.start, 0
    hit = _suffix(toks, r.qual_before, len(toks))
    if hit is None:
        return "exact", num.start, 0
    phrase, i = hit
    return r.qual_before[phrase], toks[i][1], len(toks) - i


def _change(toks: list[tuple[str, int]], skip: int) -> str | None:
    """increase | decrease from a change verb before the number, across filler words."""
    r = _rules()
    j = len(toks) - skip
    fillers = 0
    while j > 0:
        cue = _suffix(toks, r.change, j, max_words=3)
        filler = _suffix(toks, r.fillers, j, max_words=3)
        if cue is not None and (filler is None or len(cue[0]) >= len(filler[0])):
            return r.change[cue[0]]
        if filler is None or fillers >= r.max_fillers:
            return None
        fillers += 1
        j = filler[1]
    return None


def _phrase_end(text: str, start: int, limit: int) -> int:
    """End of the indicator phrase starting at ``start``: the first stop word or punctuation."""
    r = _rules()
    toks = [(m.group(0), m.start()) for m in _WORD.finditer(text, start, limit)]
    end = start
    i = 0
    while i < len(toks):
        w, s = toks[i]
        if not w[0].isalnum():
            return end
        if i > 0:
            for k in (3, 2, 1):
                if i + k > len(toks):
                    continue
                phrase = " ".join(t for t, _ in toks[i : i + k]).lower()
                if phrase in r.phrase_ok:
                    break
                if phrase in r.stops:
                    return end
        end = s + len(w)
        i += 1
    return end


def _indicator(text: str, lo: int, num_start: int, kind: str) -> tuple[str | None, bool]:
    """(indicator, head found) from the words of ``text[lo:num_start]``."""
    r = _rules()
    best: tuple[int, int] | None = None  # (phrase end, -start)
    best_span = (0, 0)
    for m in r.heads.finditer(text, lo, num_start):
        nxt = _LETTERS.match(text, m.end() + 1, num_start) if m.end() < num_start else None
        if nxt and nxt.group(0).lower() in r.head_blockers:
            continue
        before = text[max(lo, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in r.head_after_blockers:
            continue
        end = _phrase_end(text, m.start(), num_start)
        key = (end, -m.start())
        if best is None or key > best:
            best, best_span = key, (m.start(), end)
    if best is not None:
        s, e = best_span
        gap = text[e:num_start]
        if kind == "count" and (len(gap.split()) > 3 or any(c in gap for c in ",;:()")):
            return None, False
        phrase = text[s:e].strip()
        if phrase.lower() in r.bare:
            return None, True
        return phrase, True
    # the subject of "chiếm": "dân tộc thiểu số chiếm 90,44%"
    toks = _words_before(text, lo, num_start)
    verb = _suffix(toks, r.subject_verbs, len(toks))
    if verb is None:
        return None, False
    j = verb[1]
    i = j
    while i > 0 and toks[i - 1][0][0].isalnum() and j - i < 7:
        i -= 1
    if i == j or (i > 0 and toks[i - 1][0][0].isalnum()):
        return None, False
    words = [t for t, _ in toks[i:j]]
    if words and words[0].lower() in ("trong", "đó") and len(words) > 2:
        words = words[2:] if words[1].lower() == "đó" else words
    return (" ".join(words) or None), True


def _inherits(text: str, prev: _Found, start: int, dates: list[DateMention]) -> bool:
    """May the statistic at ``start`` take the indicator of ``prev`` (only linking words between)?"""
    r = _rules()
    if start - prev.end > r.max_gap:
        return False
    gap = text[prev.end : start]
    for d in dates:
        if prev.end <= d.start and d.end <= start:
            gap = gap.replace(d.text, " ")
    toks = [t for t, _ in _words_before(gap, 0, len(gap))]
    i = 0
    while i < len(toks):
        w = toks[i]
        if not w[0].isalnum():
            if w in ";:":
                return False
            i += 1
            continue
        for k in (3, 2, 1):
            if " ".join(toks[i : i + k]).lower() in r.inherit:
                i += k
                break
        else:
            return False
    return True


def _period(text: str, st: _Found, dates: list[DateMention], blocked: list[tuple[int, int]],
            sent: tuple[int, int, int]) -> str | None:
    """ISO date, year or period ("2016/2020") that the sentence attaches to the statistic."""
    _idx, s_start, s_end = sent
    before: DateMention | None = None
    after: DateMention | None = None
    lo = bisect.bisect_left([d.start for d in dates], s_start)
    for d in dates[lo:]:
        if d.start >= s_end:
            break
        if d.kind not in ("date", "year", "month", "period", "quarter"):
            continue
        ctx = text[max(s_start, d.start - 14) : d.start].lower().rstrip()
        if ctx.endswith(("so với", "so", "cùng kỳ", "hơn", "bằng", "với", "trước")):
            continue
        if any(0 <= d.start - e <= 3 for _s, e in blocked):
            continue  # the date of a document: "09/CT-UBND ngày 08/4/2019"
        if d.end <= st.num_start:
            before = d
        elif d.start >= st.end and after is None:
            after = d
    d = before or after
    if d is None:
        return None
    return f"{d.value}/{d.end_value}" if d.end_value else d.value


def _kind(unit: UnitMatch, high: float | None, denominator: float | None) -> str:
    if denominator is not None:
        return "ratio"
    if high is not None:
        return "range"
    if unit.category == "rate":
        return "rate"
    return {"percent": "percent", "currency": "money", "measure": "measure"}.get(unit.category, "count")


def extract_statistics(
    text: str, *, sentences: Sequence[Sentence] = (), dates: Sequence[DateMention] = ()
) -> list[Statistic]:
    """Statistics of normalised ``text``, each with its sentence index and, where given, its period.

    Args:
        text: the normalised article text (:func:`dvtext.text.normalize.normalize`).
        sentences: its sentences (:func:`dvtext.text.sentences.split_sentences`); split here when empty.
        dates: its dates (:func:`dvtext.extract.dates.extract_dates`); found here when empty.

    Returns:
        :class:`~dvtext.types.Statistic` records, left to right; ``text[s.start:s.end] == s.text``.

    Example:
        >>> t = "Huyện có 13 xã và 01 thị trấn, thu ngân sách đạt 26 tỷ đồng."
        >>> [(s.text, s.value, s.unit, s.kind, s.indicator) for s in extract_statistics(t)]
        [('13 xã', 13.0, 'xã', 'count', None), ('01 thị trấn', 1.0, 'thị trấn', 'count', None), ('26 tỷ đồng', 26000000000.0, 'VND', 'money', 'thu ngân sách')]
    """
    text = ensure_text(text)
    if not sentences:
        from dvtext.text.sentences import split_sentences

        sentences = split_sentences(text)
    date_list = sorted(dates or extract_dates(text, sentences=sentences), key=lambda d: d.start)
    r = _rules()
    blocked = [(m.start(), m.end()) for m in r.blocked.finditer(text)]
    spans = sorted(blocked + [(d.start, d.end) for d in date_list])
    span_starts = [s for s, _ in spans]
    starts = [s.start for s in sentences]
    nums = find_numbers(text)
    by_start = {n.start: i for i, n in enumerate(nums)}
    found: list[_Found] = []
    consumed = -1
    for i, num in enumerate(nums):
        if num.start < consumed or _inside(spans, span_starts, num.start, num.end):
            continue
        try:
            st = _statistic(text, nums, i, by_start, sentences, starts, spans, span_starts)
        except (ValueError, IndexError) as exc:  # never let one odd number sink the article
            log.debug("number at %d skipped: %s", num.start, exc)
            continue
        if st is None:
            continue
        found.append(st)
        consumed = st.end
    _attach(text, found, date_list, blocked, sentences, starts)
    return [
        Statistic(
            text=text[f.start : f.end], start=f.start, end=f.end, value=f.value, unit=f.unit, kind=f.kind,
            qualifier=f.qualifier, change=f.change, indicator=f.indicator, sentence=f.sentence,
            high=f.high, denominator=f.denominator, period=f.period,
        )
        for f in found
    ]


def _inside(spans: list[tuple[int, int]], span_starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(span_starts, s) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < e and s < spans[j][1]:
            return True
    return False


_RANGE = re.compile(r"\s?[-–—]\s?|\s(?:đến|tới|-|–)\s")


def _statistic(text: str, nums: list[NumberSpan], i: int, by_start: dict[int, int],
               sentences: Sequence[Sentence], starts: list[int], spans: list[tuple[int, int]],
               span_starts: list[int]) -> _Found | None:
    r = _rules()
    num = nums[i]
    sent = _sentence_of(starts, sentences, num.start)
    s_idx, s_start, s_end = sent
    limit = min(len(text), s_end) if s_end > num.start else len(text)
    toks = _words_before(text, max(s_start, num.start - 60), num.start)
    if _excluded_before(text, toks, s_start, num):
        return None
    if num.words and num.text.lower() == "một":
        return None
    last = num
    high: float | None = None
    denominator: float | None = None
    value = num.value
    range_from = False
    # ratio "82/267 TTHC"
    if num.end < limit and text[num.end] == "/" and (num.end + 1) in by_start and not num.words:
        other = nums[by_start[num.end + 1]]
        if other.scale == 1.0 and not other.words and num.scale == 1.0:
            if other.value < num.value or other.value == 0:
                return None
            denominator, last = other.value, other
    unit = unit_after(text, last.end, limit)
    if denominator is None:
        # range "20-30%", "từ 15 đến 20 hộ", "20% - 30%", "2-3 tỷ đồng"
        after = unit.end if unit is not None and unit.category == "percent" else num.end
        m = _RANGE.match(text, after, limit)
        if m and m.end() in by_start:
            other = nums[by_start[m.end()]]
            if not _inside(spans, span_starts, other.start, other.end):
                low = value
                if num.scale == 1.0 and other.scale != 1.0 and not num.words:
                    low = value * other.scale
                if other.value > low and (unit is None or unit.category == "percent"):
                    u2 = unit_after(text, other.end, limit)
                    if u2 is not None and (unit is None or u2.unit == unit.unit):
                        value, high, last, unit = low, other.value, other, u2
                        range_from = "đến" in m.group(0) or "tới" in m.group(0)
    if unit is None:
        return None
    if num.words and (unit.category == "count" and unit.unit not in r.units_lower and unit.unit not in r.units):
        return None  # "hai" before an unknown word: too ambiguous to count
    if num.words and (unit.unit in r.time_units or unit.unit in r.age_units):
        return None
    if not _unit_ok(text, unit, last, toks, s_start):
        return None
    qualifier, start, qtoks = _qualifier(toks, num)
    if range_from or high is not None:
        if toks and toks[-1][0].lower() == "từ" and toks[-1][1] + len(toks[-1][0]) + 1 == num.start:
            start = toks[-1][1]
            qtoks = 1
    post = _words_after(text, unit.end + 1, limit, 2) if unit.end < limit and text[unit.end] == " " else []
    if post:
        for k in (2, 1):
            ph = " ".join(w for w, _ in post[:k]).lower()
            if ph in r.qual_after and qualifier == "exact":
                qualifier = r.qual_after[ph]
                break
    kind = _kind(unit, high, denominator)
    return _Found(
        start=start, end=unit.end, value=float(value), unit=unit.unit, kind=kind, sentence=s_idx,
        num_start=num.start, high=high, denominator=denominator, qualifier=qualifier,
        change=_change(toks, qtoks),
    )


def _unit_ok(text: str, unit: UnitMatch, last: NumberSpan, toks: list[tuple[str, int]], s_start: int) -> bool:
    """Unit-specific exclusions: clock times, time frames, ages."""
    r = _rules()
    base = unit.unit.split("/")[0]
    post = _words_after(text, unit.end + 1, len(text), 3) if unit.end < len(text) and text[unit.end] == " " else []
    nxt = [w.lower() for w, _ in post]
    if base in r.time_units and unit.category != "rate":
        if base == "giờ" and nxt and (nxt[0] in r.clock_after or nxt[0].isdigit() or " ".join(nxt[:2]) in r.clock_after):
            return False
        if toks and toks[-1][0].lower() in ("lúc", "giờ", "sáng", "chiều", "tối", "trưa", "đêm"):
            return False
        if nxt and (nxt[0] in r.timeframe_after or " ".join(nxt[:2]) in r.timeframe_after):
            return False
        if unit.end < len(text) and text[unit.end] == " " and last.end + 1 < len(text):
            # "6 tháng đầu năm", "trong 5 năm 2016-2020"
            if nxt[:1] == ["năm"]:
                return False
    if base in r.age_units:
        window = text[max(s_start, last.start - 80) : last.start]
        if not r.age_heads.search(window):
            return False
    return True


def _attach(text: str, found: list[_Found], dates: list[DateMention], blocked: list[tuple[int, int]],
            sentences: Sequence[Sentence], starts: list[int]) -> None:
    """Indicators (own, subject of "chiếm", or inherited) and periods."""
    r = _rules()
    prev: _Found | None = None
    for f in found:
        sent = _sentence_of(starts, sentences, f.num_start)
        same = prev is not None and prev.sentence == f.sentence
        lo = max(sent[1], f.start - r.window)
        if same and prev is not None:
            lo = max(lo, prev.end)
        semi = text.rfind(";", lo, f.start)
        if semi >= 0:
            lo = semi + 1
        f.indicator, f.head_found = _indicator(text, lo, f.start, f.kind)
        if not f.head_found and same and prev is not None and prev.indicator and _inherits(text, prev, f.start, dates):
            f.indicator = prev.indicator
        f.period = _period(text, f, dates, blocked, sent)
        prev = f
