"""Statistics: numbers that measure something, exactly as ../docs/extraction.md defines them.

For every number of the text (:func:`dvtext.text.numbers.find_numbers`), in one left-to-right pass:

1. **Unit** (:func:`dvtext.extract.units.unit_after`): a statistic needs one: "%", a currency, a measure,
   a counted noun ("62 huyện", "04 cuộc đối thoại" → "cuộc", "hơn 320 lượt người" → "lượt người"), or a
   rate ("10,92 tiêu chí/xã"). "26 tỷ" with no unit is money (VND).
2. **Shape**: "82/267 TTHC" and "923 tỷ đồng/1.010 tỷ đồng" are ratios (value = numerator,
   ``denominator``); "20-30%", "từ 15 đến 20 hộ", "2-3 tỷ đồng" are ranges (value = low end, ``high``;
   a bare low end takes the scale of the high end).
3. **Exclusions**: numbers inside dates, years and periods (:mod:`dvtext.extract.dates`), document codes
   ("09/CT-UBND"), phone numbers, URLs and clock times; after a word that makes them a name, an address or
   an ordinal ("Quốc lộ 48", "Chương trình 135", "tổ 5", "thứ 2", "số 2") or after a capitalised word
   inside a sentence ("Bệnh viện 108"); mottos in quotes ("“5 biết”"); ages ("ông A, 45 tuổi": only
   "tuổi thọ bình quân 73,5 tuổi" counts); durations ("trong 3 năm": only "thời gian ... 3 ngày" counts);
   approximate amounts ("hàng trăm hộ"). A number in words counts only before a known unit ("hai xã",
   "ba đợt kiểm tra"); "một" alone is an article.
4. **Qualifier** from the words right before the number ("hơn", "khoảng", "chưa đến", "tối đa") or after
   the unit ("trở lên"); **change** from a verb before it across a few filler words ("giảm", "xuống còn",
   "tăng trung bình", "có thêm"); **indicator** (see the [indicator] notes of ``data/statistics.toml``):
   the phrase from a head word ("tỷ lệ", "thu ngân sách", "số", "tốc độ"...) to the verbs right before
   the number, else the noun phrase after a percent or a measure ("100% số xã ..."), else the subject of
   "X đạt / là / chiếm N", else the indicator of the previous statistic of the sentence when only linking
   words stand between them ("giảm 5,99% so với năm 2018 xuống còn 26,5%"); **period**: the date or year
   the sentence attaches to the figure (not a date of comparison "so với năm 2018", nor a document's).

Word lists are data (``data/statistics.toml``, ``data/units.json``, ``data/numbers.toml``). The pass is
linear in the length of the text: every look-around reads a bounded window.

Example:
    >>> t = "Năm 2019, tỷ lệ hộ nghèo giảm 5,99% so với năm 2018 xuống còn 26,5%."
    >>> [(s.text, s.value, s.change, s.indicator, s.period) for s in extract_statistics(t)]
    [('5,99%', 5.99, 'decrease', 'tỷ lệ hộ nghèo', '2019'), ('26,5%', 26.5, 'decrease', 'tỷ lệ hộ nghèo', '2019')]
"""

from __future__ import annotations

import bisect
import logging
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dvtext.extract.dates import extract_dates
from dvtext.extract.units import UnitMatch, unit_after, unit_lexicon
from dvtext.text.normalize import ensure_text
from dvtext.text.numbers import NumberSpan, find_numbers
from dvtext.types import DateMention, Sentence, Statistic

__all__ = ["UnitMatch", "extract_statistics", "unit_after"]

log = logging.getLogger(__name__)


# --- data ----------------------------------------------------------------------------------------


class _Table(frozenset[str]):
    """A word list (phrases of one or more words) with the first and last words of its phrases, so that
    most look-ups end after one set membership test. ``values`` maps a phrase to what it stands for."""

    first: dict[str, int]
    last: dict[str, int]
    lower: bool
    values: dict[str, str]

    def __new__(cls, words: Any, lower: bool = True, values: dict[str, str] | None = None) -> _Table:
        ws = [w.lower() if lower else w for w in words]
        obj = super().__new__(cls, ws)
        obj.first, obj.last, obj.lower = {}, {}, lower
        obj.values = {(k.lower() if lower else k): v for k, v in (values or {}).items()}
        for w in ws:
            parts = w.split()
            obj.first[parts[0]] = max(obj.first.get(parts[0], 0), len(parts))
            obj.last[parts[-1]] = max(obj.last.get(parts[-1], 0), len(parts))
        return obj


def _mapping(groups: dict[str, list[str]]) -> _Table:
    values = {w: k for k, ws in groups.items() for w in ws}
    return _Table(values, values=values)


class _Rules:
    """The word lists of ``data/statistics.toml`` as sets, tables and compiled patterns."""

    def __init__(self, s: dict[str, Any]) -> None:
        fs = _Table
        q, ch, ind, ex, pats = s["qualifier"], s["change"], s["indicator"], s["exclude"], s["patterns"]
        self.qual_before, self.qual_after = _mapping(q["before"]), _mapping(q["after"])
        self.change = _mapping({"increase": ch["increase"], "decrease": ch["decrease"]})
        self.fillers, self.max_fillers = fs(ch["fillers"]), int(ch["max_fillers"])
        self.clause_increase = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ch["clause_increase"])) + r")(?!\w)")
        self.clause_verbs = fs(ch["clause_verbs"])
        heads = sorted(ind["heads"], key=len, reverse=True)
        self.heads = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, heads)) + r")(?![\w])", re.I)
        self.head_blockers = {k.lower(): frozenset(v) for k, v in ind["head_blockers"].items()}
        self.head_after_blockers = fs(ind["head_after_blockers"])
        self.enders, self.clause_words = fs(ind["phrase_enders"]), fs(ind["clause_words"])
        self.place_preps = fs(ind["place_preps"])
        self.gap, self.copula, self.phrase_ok = fs(ind["gap"]), fs(ind["copula"]), fs(ind["phrase_words"])
        self.bare = fs(ind["bare"])
        self.post_stops, self.post_blockers = fs(ind["post_stops"]), fs(ind["post_blockers"])
        self.max_post, self.post_kinds = int(ind["max_post_words"]), fs(ind["post_kinds"])
        self.subject_kinds, self.subject_verbs = fs(ind["subject_kinds"]), fs(ind["subject_verbs"])
        self.subject_lead, self.subject_trail = fs(ind["subject_lead"]), fs(ind["subject_trail"])
        self.subject_owners = fs(ind["subject_owners"])
        self.lead_words = frozenset(w for p in ind["subject_lead"] for w in p.split())
        self.max_subject, self.window = int(ind["max_subject_words"]), int(ind["window"])
        self.count_verbs = fs(ind["count_verbs"])
        self.max_rest = int(ind["max_rest_words"])
        m = s["money"]
        self.implied_scales = tuple(float(x) for x in m["implied_scales"])
        self.context_scales = tuple(float(x) for x in m["context_scales"])
        self.money_words = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, m["context_words"])) + r")(?!\w)")
        self.inherit, self.max_gap = fs(s["inherit"]["words"]), int(s["inherit"]["max_gap"])
        self.name_before = fs(ex["name_before"], lower=False)
        self.name_unless = fs(ex["name_before_unless"], lower=False)
        self.capitalised_ok, self.clock_after = frozenset(ex["capitalised_ok"]), fs(ex["clock_after"])
        self.age_units = fs(ex["age_units"])
        self.age_heads = re.compile("|".join(map(re.escape, ex["age_heads"])), re.I)
        self.duration_heads = re.compile("|".join(map(re.escape, ex["duration_heads"])), re.I)
        self.quote_open, self.quote_close = ex["quote_open"], tuple(ex["quote_close"])
        self.quote_max = int(ex["quote_max_chars"])
        self.anchored = tuple(re.compile(pats[k]) for k in ("code", "phone", "clock"))
        self.url = re.compile(pats["url"])


@cache
def _rules() -> _Rules:
    raw = resources.files("dvtext.data").joinpath("statistics.toml").read_text(encoding="utf-8")
    return _Rules(tomllib.loads(raw))


# --- tokens before a position --------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT_RUN = re.compile(r"\d+")
Tok = tuple[str, int]
_CONJ = frozenset({"và", "hoặc", "hay", "cùng", "với", "của", "cho", "tại", "ở", "trong", "để", "các", "những"})


def _tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """Words and punctuation marks of ``text[lo:hi]`` as (token, start)."""
    return [(m.group(0), m.start()) for m in _WORD.finditer(text, lo, hi)]


def _suffix(toks: list[Tok], table: _Table, upto: int, *, max_words: int = 3) -> tuple[str, int] | None:
    """The longest phrase of ``table`` made of the word tokens ending at index ``upto``: (phrase, start)."""
    if upto <= 0:
        return None
    w = toks[upto - 1][0]
    n = table.last.get(w.lower() if table.lower else w)
    if not n:
        return None
    lo = upto
    while lo > 0 and upto - lo < min(max_words, n) and toks[lo - 1][0][0].isalnum():
        lo -= 1
    for k in range(upto - lo, 0, -1):
        phrase = " ".join([t for t, _ in toks[upto - k : upto]])
        if table.lower:
            phrase = phrase.lower()
        if phrase in table:
            return phrase, upto - k
    return None


def _prefix(toks: list[Tok], table: _Table, at: int, max_words: int = 3) -> int:
    """Number of tokens of the longest phrase of ``table`` starting at token index ``at`` (0 if none)."""
    if at >= len(toks):
        return 0
    w = toks[at][0]
    n = table.first.get(w.lower() if table.lower else w)
    if not n:
        return 0
    for k in range(min(max_words, n, len(toks) - at), 0, -1):
        part = toks[at : at + k]
        phrase = " ".join(t for t, _ in part)
        if all(t[0][0].isalnum() for t in part) and (phrase.lower() if table.lower else phrase) in table:
            return k
    return 0


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
    period: str | None = None


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of document codes, phone numbers, clock times, URLs and e-mails (never statistics)."""
    r = _rules()
    out: list[tuple[int, int]] = []
    last = -1
    for m in _DIGIT_RUN.finditer(text):
        p = m.start()
        if p < last:
            continue
        for pat in r.anchored:
            hit = pat.match(text, p)
            if hit is not None:
                out.append((p, hit.end()))
                last = hit.end()
                break
    if "@" in text or "http" in text or "www." in text:
        out.extend((m.start(), m.end()) for m in r.url.finditer(text))
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], reach: list[int], s: int, e: int) -> bool:
    """Does ``[s, e)`` overlap one of the sorted ``spans``? (``reach[i]``: the furthest end of spans[:i+1])"""
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and reach[i] > s:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e


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
    blocked = _blocked_spans(text)
    spans = sorted(blocked + [(d.start, d.end) for d in date_list])
    ctx = _Context(text, sentences, spans, date_list, blocked)
    nums = find_numbers(text)
    ctx.by_start = {n.start: i for i, n in enumerate(nums)}
    ctx.nums = nums
    found: list[_Found] = []
    consumed = -1
    for i, num in enumerate(nums):
        if num.start < consumed or ctx.inside(num.start, num.end):
            continue
        try:
            st = _statistic(ctx, i)
        except (ValueError, IndexError) as exc:  # one odd number never sinks the article
            log.debug("number at %d skipped: %s", num.start, exc)
            continue
        if st is not None:
            found.append(st)
            consumed = st.end
    _attach(ctx, found)
    return [
        Statistic(
            text=text[f.start : f.end], start=f.start, end=f.end, value=f.value, unit=f.unit, kind=f.kind,
            qualifier=f.qualifier, change=f.change, indicator=f.indicator, sentence=f.sentence,
            high=f.high, denominator=f.denominator, period=f.period,
        )
        for f in found
    ]


class _Context:
    """The text with its sentences, excluded spans and numbers, shared by the helpers of one pass."""

    def __init__(self, text: str, sentences: Sequence[Sentence], spans: list[tuple[int, int]],
                 dates: list[DateMention], blocked: list[tuple[int, int]]) -> None:
        self.text, self.sentences, self.spans, self.dates, self.blocked = text, sentences, spans, dates, blocked
        self.span_starts = [s for s, _ in spans]
        self.reach: list[int] = []
        for _s, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)
        self.sent_starts = [s.start for s in sentences]
        self.nums: list[NumberSpan] = []
        self.by_start: dict[int, int] = {}
        self._toks: dict[int, tuple[list[Tok], list[int]]] = {}

    def inside(self, s: int, e: int) -> bool:
        return _inside(self.spans, self.span_starts, self.reach, s, e)

    def tokens(self, lo: int, hi: int) -> list[Tok]:
        """The tokens starting in ``[lo, hi)``, from a per-sentence cache (one regex pass per sentence)."""
        if not self.sent_starts:
            return _tokens(self.text, lo, hi)
        i = max(0, bisect.bisect_right(self.sent_starts, lo) - 1)
        sent = self.sentences[i]
        hi = min(hi, sent.end)
        if lo < sent.start:
            return _tokens(self.text, lo, hi)
        cached = self._toks.get(i)
        if cached is None:
            toks = _tokens(self.text, sent.start, sent.end)
            cached = self._toks[i] = (toks, [p for _, p in toks])
        toks, starts = cached
        return toks[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def sentence(self, pos: int) -> tuple[int, int, int]:
        """(index, start, end) of the sentence holding ``pos``."""
        if not self.sent_starts:
            return 0, 0, len(self.text)
        i = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        s = self.sentences[i]
        return s.index, s.start, max(s.end, pos + 1)

    def number_at(self, pos: int) -> NumberSpan | None:
        i = self.by_start.get(pos)
        if i is None:
            return None
        n = self.nums[i]
        return None if self.inside(n.start, n.end) else n


_RANGE = re.compile(r"\s?[-–—]\s?|\s(?:đến|tới|-|–)\s")


def _statistic(ctx: _Context, i: int) -> _Found | None:
    r, text = _rules(), ctx.text
    num = ctx.nums[i]
    s_idx, s_start, s_end = ctx.sentence(num.start)
    limit = min(len(text), s_end)
    if num.words and num.text.lower() == "một":
        return None
    last, value = num, num.value
    high: float | None = None
    denominator: float | None = None
    if text.startswith("/", num.end) and not num.words and num.scale == 1.0:  # "82/267 TTHC"
        other = ctx.number_at(num.end + 1)
        if other is None or other.words or other.scale != 1.0 or not 0 < num.value <= other.value:
            return None
        denominator, last = other.value, other
    unit = unit_after(text, last.end, limit)
    if unit is not None and denominator is None and text.startswith("/", unit.end):
        other = ctx.number_at(unit.end + 1)  # "923,835 tỷ đồng/1.010 tỷ đồng"
        u2 = unit_after(text, other.end, limit) if other is not None else None
        if other is not None and u2 is not None and u2.unit == unit.unit and other.value >= value:
            denominator, last, unit = other.value, other, u2
    if denominator is None:
        after = unit.end if unit is not None and unit.category == "percent" else num.end
        m = _RANGE.match(text, after, limit)
        other = ctx.number_at(m.end()) if m else None
        if other is not None and (unit is None or unit.category == "percent"):
            low = value * other.scale if num.scale == 1.0 and other.scale != 1.0 and not num.words else value
            u2 = unit_after(text, other.end, limit) or _implied_money(ctx, other, s_start)
            if other.value > low and u2 is not None and (unit is None or u2.unit == unit.unit):
                value, high, last, unit = low, other.value, other, u2
    if unit is None:
        unit = _implied_money(ctx, last, s_start)
        if unit is None:
            return None
    toks = ctx.tokens(max(s_start, num.start - 48), num.start)
    if _excluded_before(ctx, toks, s_start, num, unit) or not _unit_ok(ctx, unit, num, last, toks, s_start):
        return None
    if num.words and (unit.category == "count" and unit.unit not in unit_lexicon().units):
        return None  # "hai" before an unknown word is too ambiguous to count
    qualifier, start, qtoks = _qualifier(toks, num)
    if high is not None and toks and toks[-1][0].lower() == "từ" and toks[-1][1] + 3 == num.start:
        start, qtoks = toks[-1][1], 1  # "từ 15 đến 20 hộ"
    if qualifier == "exact" and text.startswith(" ", unit.end):
        post = ctx.tokens(unit.end, min(limit, unit.end + 14))
        k = _prefix(post, r.qual_after, 0, 2)
        if k:
            qualifier = r.qual_after.values[" ".join(t for t, _ in post[:k]).lower()]
    return _Found(
        start=start, end=unit.end, value=float(value), unit=unit.unit, kind=_kind(unit, high, denominator),
        sentence=s_idx, num_start=num.start, high=high, denominator=denominator, qualifier=qualifier,
        change=_change(toks, qtoks) or _clause_change(ctx, toks, qtoks, s_start, num.start),
    )


def _clause_change(ctx: _Context, toks: list[Tok], skip: int, s_start: int, pos: int) -> str | None:
    """"nâng tổng số tiêu chí đạt được đến nay là 404/495 tiêu chí": the clause says the value went up."""
    r = _rules()
    j = len(toks) - skip
    if j <= 0 or toks[j - 1][0].lower() not in r.clause_verbs:
        return None
    text = ctx.text
    lo = max(s_start, pos - 120, *(text.rfind(c, s_start, pos) + 1 for c in ";(,"))
    return "increase" if r.clause_increase.search(ctx.text, lo, pos) else None


def _implied_money(ctx: _Context, num: NumberSpan, s_start: int) -> UnitMatch | None:
    """"tăng lên 211 tỷ", "gần 28 ngàn tỷ": a scaled number with no unit is an amount in VND."""
    r = _rules()
    if num.scale in r.implied_scales or num.scale > max(r.implied_scales, default=1e9):
        return UnitMatch("VND", "currency", num.end)
    if num.scale in r.context_scales and r.money_words.search(ctx.text, max(s_start, num.start - 120), num.start):
        return UnitMatch("VND", "currency", num.end)
    return None


def _kind(unit: UnitMatch, high: float | None, denominator: float | None) -> str:
    if denominator is not None:
        return "ratio"
    if high is not None:
        return "range"
    return {"percent": "percent", "currency": "money", "measure": "measure", "rate": "rate"}.get(
        unit.category, "count"
    )


def _quoted(ctx: _Context, num: NumberSpan, s_start: int) -> bool:
    """Is the number inside a short quoted phrase ("phương châm “5 biết”", "“5 không 3 sạch”")?"""
    r, text = _rules(), ctx.text
    lo = max(s_start, num.start - r.quote_max)
    opened = max((text.rfind(q, lo, num.start) for q in r.quote_open), default=-1)
    if opened < 0 or any(text.find(q, opened + 1, num.start) >= 0 for q in r.quote_close if q not in r.quote_open):
        return False
    return any(text.find(q, num.end, num.end + r.quote_max) >= 0 for q in r.quote_close)


def _excluded_before(ctx: _Context, toks: list[Tok], sent_start: int, num: NumberSpan, unit: UnitMatch) -> bool:
    """Is the number a name, an identifier, an address, an ordinal or a motto (from the words before)?"""
    r, text = _rules(), ctx.text
    if unit.category == "count" and _quoted(ctx, num, sent_start):
        return True  # a motto or a title: "“5 không 3 sạch”", "“10 nguyên tắc giao tiếp với công dân”"
    if not toks:
        return False
    last, last_start = toks[-1]
    end = last_start + len(last)
    if end == num.start and (last[0].isalnum() or last == "+"):
        return True  # glued to a word on its left, or a marker "km 556+700"
    if end != num.start - 1:
        return False
    hit = _suffix(toks, r.name_before, len(toks))
    if hit is not None:
        unless = _suffix(toks, r.name_unless, len(toks), max_words=4)
        if unless is None or unless[1] > hit[1]:
            return True
    if last.lower() in ("hàng", "vài", "mấy", "dăm"):
        return True
    if unit.category != "count":
        return False  # "hỗ trợ cho Phước Long 68 tỷ đồng": a capital before an amount is not a name
    if last[0].isupper() and last not in r.capitalised_ok and " ".join(t for t, _ in toks[-2:]) not in r.capitalised_ok:
        first = len(toks) == 1 and last_start <= sent_start + 2
        prev = toks[-2][0] if len(toks) > 1 else ""
        return not first and prev not in ("“", '"', "(", "-", "–", ":", "•", "+")
    return False


def _unit_ok(ctx: _Context, unit: UnitMatch, num: NumberSpan, last: NumberSpan, toks: list[Tok],
             s_start: int) -> bool:
    """Unit-specific exclusions: number words before unknown units, clock times, durations, ages."""
    r, text = _rules(), ctx.text
    lex = unit_lexicon()
    base = unit.unit.split("/")[0]
    if num.words and (base in lex.time_units or base in r.age_units):
        return False
    window = text[max(s_start, num.start - 60) : num.start]
    if base in lex.time_units and unit.category != "rate":
        if base == "giờ":
            nxt = ctx.tokens(unit.end, min(len(text), unit.end + 16))
            if nxt and (nxt[0][0].lower() in r.clock_after or nxt[0][0].isdigit()):
                return False
        return bool(r.duration_heads.search(window))
    if base in r.age_units:
        return bool(r.age_heads.search(window))
    return True


def _qualifier(toks: list[Tok], num: NumberSpan) -> tuple[str, int, int]:
    """(qualifier, span start, number of tokens it takes) from the words right before the number."""
    r = _rules()
    if not toks or toks[-1][1] + len(toks[-1][0]) + 1 != num.start:
        return "exact", num.start, 0
    hit = _suffix(toks, r.qual_before, len(toks))
    if hit is None:
        return "exact", num.start, 0
    phrase, i = hit
    return r.qual_before.values[phrase], toks[i][1], len(toks) - i


def _change(toks: list[Tok], skip: int) -> str | None:
    """increase | decrease from a change verb before the number, across a few filler words."""
    r = _rules()
    j, fillers = len(toks) - skip, 0
    while j > 0:
        cue = _suffix(toks, r.change, j)
        filler = _suffix(toks, r.fillers, j)
        if cue is not None and (filler is None or len(cue[0]) >= len(filler[0])):
            return r.change.values[cue[0]]
        if filler is None or fillers >= r.max_fillers:
            return None
        fillers += 1
        j = filler[1]
    return None


# --- indicators and periods ----------------------------------------------------------------------


def _attach(ctx: _Context, found: list[_Found]) -> None:
    """Indicators (own or inherited) and periods, statistic by statistic."""
    r, text = _rules(), ctx.text
    prev: _Found | None = None
    for f in found:
        sent = ctx.sentence(f.num_start)
        same = prev is not None and prev.sentence == f.sentence
        lo = max(sent[1], f.start - r.window, prev.end if same and prev is not None else 0)
        f.indicator = _indicator(ctx, f, lo, sent[1])
        if f.indicator is None and same and prev is not None and prev.indicator and _inherits(ctx, prev, f):
            f.indicator = prev.indicator
        f.period = _period(ctx, f, sent)
        prev = f


def _gap_run(ctx: _Context, toks: list[Tok]) -> tuple[int, set[str]]:
    """Index where the run of verbs, qualifiers and time words before the number starts, and its words."""
    r = _rules()
    j = len(toks)
    words: set[str] = set()
    copula_at = -1
    while j > 0:
        w, s = toks[j - 1]
        if ctx.inside(s, s + len(w)) or w in "(“\"":
            j -= 1
            continue
        if _suffix(toks, r.phrase_ok, j) is not None:
            break
        hit = _suffix(toks, r.gap, j)
        if hit is None:
            break
        words.add(hit[0])
        if hit[0] in r.copula:
            copula_at = hit[1]
        j = hit[1]
    if copula_at >= 0:  # the subject keeps the verbs before the copula: "số tiêu chí ... đạt được | là"
        return copula_at, words
    return j, words


def _clean(toks: list[Tok]) -> list[Tok]:
    """Strip connectives at the start and level/time words and punctuation at the end of a phrase."""
    r = _rules()
    while toks:
        k = _prefix(toks, r.subject_lead, 0)
        if k:
            toks = toks[k:]
        elif not toks[0][0][0].isalnum():
            toks = toks[1:]
        else:
            break
    while toks:
        hit = _suffix(toks, r.subject_trail, len(toks))
        if hit is not None:
            toks = toks[: hit[1]]
        elif not toks[-1][0][0].isalnum() or toks[-1][0].isdigit() or toks[-1][0].lower() in _CONJ:
            toks = toks[:-1]
        else:
            break
    return toks


def _phrase(text: str, toks: list[Tok], sent_start: int) -> str | None:
    if not toks:
        return None
    s, e = toks[0][1], toks[-1][1] + len(toks[-1][0])
    phrase = text[s:e]
    first = toks[0][0]
    if first[:1].isupper() and first[1:].islower():
        lead_words = _rules().lead_words
        if all(not t[0].isalnum() or t.lower() in lead_words for t, _ in _tokens(text, max(sent_start, s - 40), s)):
            phrase = phrase[0].lower() + phrase[1:]  # a capital only because the sentence starts here
    return phrase


def _drop_parentheses(toks: list[Tok]) -> list[Tok]:
    """Tokens without balanced parenthesised groups ("Tổng số doanh nghiệp (kể cả ...) là 886")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        if toks[k][0] == "(":
            close = next((m for m in range(k + 1, len(toks)) if toks[m][0] == ")"), -1)
            if close > 0:
                k = close + 1
                continue
        out.append(toks[k])
        k += 1
    return out


def _segments(region: list[Tok]) -> list[tuple[int, int]]:
    """Clause segments of ``region`` (split at commas and at words such as "với", "để"), as index ranges."""
    r = _rules()
    cuts = [-1]
    for k, (t, _) in enumerate(region):
        if t == "," or (t.lower() in r.clause_words and k > 0):
            cuts.append(k)
    cuts.append(len(region))
    return [(a + 1, b) for a, b in zip(cuts, cuts[1:], strict=False) if a + 1 < b]


def _indicator(ctx: _Context, f: _Found, lo: int, sent_start: int) -> str | None:
    r, text = _rules(), ctx.text
    toks = ctx.tokens(lo, f.start)
    for mark in (";", ":"):
        cut = max((k for k, (t, _) in enumerate(toks) if t == mark), default=-1)
        if cut >= 0:
            toks = toks[cut + 1 :]
    toks = _drop_parentheses(toks)
    j, run = _gap_run(ctx, toks)
    region = toks[:j]
    segs = _segments(region)
    # the head: in the last segment, or in the one before when the last is short ("…trước hạn, đúng hạn")
    for n, (a, b) in enumerate(reversed(segs)):
        h = _first_head(ctx, region, a, b, lo)
        if h is not None:
            if f.kind == "count" and not (run & r.count_verbs):
                return None
            stop = _phrase_stop(ctx, region, h, len(region))
            rest = [t for t, p in region[stop:] if t[0].isalnum() and not ctx.inside(p, p + len(t))]
            if len(rest) > (2 if f.kind == "count" else r.max_rest):
                return None  # the head belongs to another clause: "Do thiếu kinh phí | Theo VNR, cả nước có"
            words = _clean(region[h:stop])
            phrase = _phrase(text, words, sent_start)
            return None if phrase is None or phrase.lower() in r.bare else phrase
        if b - a > 2 or n >= 2:
            break
    if f.kind == "count":
        return None
    if f.kind in r.post_kinds and (f.unit.startswith("%") or run & r.count_verbs):
        post = _post_phrase(ctx, f)
        if post is not None:
            return post
    if f.kind in r.subject_kinds and run & r.subject_verbs and segs:
        a, b = segs[-1]
        if b == len(region):
            words = _clean(region[a:b])
            if words and len(words) <= r.max_subject and _subject_ok(words, sent_start):
                return _phrase(text, words, sent_start)
    return None


def _first_head(ctx: _Context, region: list[Tok], a: int, b: int, lo: int) -> int | None:
    """Token index of the first head word of ``region[a:b]`` standing near the start of the segment."""
    r, text = _rules(), ctx.text
    s, e = region[a][1], region[b - 1][1] + len(region[b - 1][0])
    index = {region[k][1]: k for k in range(a, b)}
    for m in r.heads.finditer(text, s, e):
        k = index.get(m.start())
        if k is None:
            continue
        blockers = r.head_blockers.get(m.group(0).lower())
        if blockers:
            nxt = ctx.tokens(m.end(), min(e, m.end() + 24))
            if nxt and (nxt[0][0].lower() in blockers or " ".join(t for t, _ in nxt[:2]).lower() in blockers):
                continue
        if k > 0 and region[k - 1][0].lower() in r.head_after_blockers:
            continue
        before = [t for t, p in region[a:k] if t[0].isalnum() and not ctx.inside(p, p + len(t))
                  and t.lower() not in r.lead_words]
        if len(before) <= 4:
            return k
    return None


def _phrase_stop(ctx: _Context, toks: list[Tok], h: int, end: int) -> int:
    """Index where the phrase starting at head index ``h`` ends: a date, "(", an ender word, or a place
    preposition before a name or an owner ("nợ đọng | ở Phước Long")."""
    r = _rules()
    k = h + 1
    while k < end:
        w, p = toks[k]
        if ctx.inside(p, p + len(w)) or w == "(":
            return k
        if _prefix(toks, r.phrase_ok, k):
            k += _prefix(toks, r.phrase_ok, k)
            continue
        if _prefix(toks, r.enders, k):
            return k
        if w.lower() in r.place_preps and k + 1 < end:
            nxt = toks[k + 1][0]
            if (nxt[0].isupper() and not nxt.isupper()) or _prefix(toks, r.subject_owners, k + 1):
                return k
        k += 1
    return end


def _subject_ok(words: list[Tok], sent_start: int) -> bool:
    """A subject names what is measured, not who or where: no owner word first, not a proper name."""
    r = _rules()
    first = words[0][0]
    if _prefix(words, r.subject_owners, 0) or first.isupper() or first[0].isdigit():
        return False
    if all(t[0].isupper() for t, _ in words if t[0].isalpha()):
        return False  # "Quảng Nam", "Phù Chẩn"
    return not (first[0].isupper() and words[0][1] > sent_start + 12)


def _post_phrase(ctx: _Context, f: _Found) -> str | None:
    """The noun phrase after a percent or a measure: "100% số xã miền núi có trạm y tế"."""
    r, text = _rules(), ctx.text
    _idx, _s, s_end = ctx.sentence(f.num_start)
    if not text.startswith(" ", f.end):
        return None
    toks = ctx.tokens(f.end, min(s_end, f.end + 160))
    if not toks or not toks[0][0][0].isalpha() or _prefix(toks, r.post_blockers, 0, 2):
        return None
    out = 0
    while out < len(toks) and out < r.max_post:
        w, p = toks[out]
        if _prefix(toks, r.phrase_ok, out):
            out += _prefix(toks, r.phrase_ok, out)
            continue
        if not w[0].isalnum():
            if w != "," or out + 1 >= len(toks) or not toks[out + 1][0][0].isalpha():
                break
            if _prefix(toks, r.post_stops, out + 1) or _prefix(toks, r.gap, out + 1):
                break
        elif w[0].isdigit() or ctx.inside(p, p + len(w)) or _prefix(toks, r.post_stops, out):
            break
        out += 1
    words = _clean(toks[: min(out, len(toks))])
    if not words:
        return None
    return text[words[0][1] : words[-1][1] + len(words[-1][0])]


def _inherits(ctx: _Context, prev: _Found, f: _Found) -> bool:
    """May ``f`` take the indicator of ``prev`` (only linking words between them)?"""
    r = _rules()
    if f.start - prev.end > r.max_gap:
        return False
    toks = [t for t in ctx.tokens(prev.end, f.start) if not ctx.inside(t[1], t[1] + len(t[0]))]
    i = 0
    while i < len(toks):
        w = toks[i][0]
        if not w[0].isalnum():
            if w in ";:":
                return False
            i += 1
            continue
        k = _prefix(toks, r.inherit, i)
        if not k:
            return False
        i += k
    return True


def _period(ctx: _Context, f: _Found, sent: tuple[int, int, int]) -> str | None:
    """ISO date, year or period ("2016/2020") that the sentence attaches to the statistic."""
    text = ctx.text
    _idx, s_start, s_end = sent
    before: DateMention | None = None
    after: DateMention | None = None
    lo = bisect.bisect_left([d.start for d in ctx.dates], s_start)
    for d in ctx.dates[lo:]:
        if d.start >= s_end:
            break
        ctx_words = text[max(s_start, d.start - 14) : d.start].lower().rstrip()
        if ctx_words.endswith(("so với", "so", "cùng kỳ", "hơn", "bằng", "với", "trước")):
            continue
        if any(0 <= d.start - e <= 3 for _s, e in ctx.blocked):
            continue  # the date of a document: "09/CT-UBND ngày 08/4/2019"
        if d.end <= f.num_start:
            before = d
        elif d.start >= f.end and after is None:
            after = d
    d = before or after
    if d is None:
        return None
    return f"{d.value}/{d.end_value}" if d.end_value else d.value
