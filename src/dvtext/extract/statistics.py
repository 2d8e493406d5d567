"""Statistics: numbers that measure something, exactly as ../docs/extraction.md defines them.

For every number of the text (:func:`dvtext.text.numbers.find_numbers`), in one left-to-right pass:

1. **Unit** (:func:`dvtext.extract.units.unit_after`): a statistic needs one: "%", a currency, a measure,
   a counted noun ("62 huyện", "04 cuộc đối thoại" → "cuộc", "hơn 320 lượt người" → "lượt người"), or a
   rate ("10,92 tiêu chí/xã"). "26 tỷ" with no unit is money (VND).
2. **Shape**: "82/267 TTHC", "923 tỷ đồng/1.010 tỷ đồng" and "72/160 tỷ đồng" are ratios (value =
   numerator, ``denominator``; a scale written once at the end applies to both); "1/3 tiền đền bù" is a
   fraction with no unit; "20-30%", "từ 15 đến 20 hộ", "2-3 tỷ đồng", "80kg-120kg/con" are ranges (value =
   low end, ``high``; a bare low end takes the scale of the high end).
3. **Exclusions**: numbers inside dates, years and periods (:mod:`dvtext.extract.dates`), document codes
   ("09/CT-UBND"), phone numbers, URLs and clock times; after a word that makes them a name, an address or
   an ordinal ("Quốc lộ 48", "Chương trình 135", "tổ 5", "thứ 2", "số 2") or after a capitalised word
   inside a sentence ("Bệnh viện 108"); mottos in quotes ("“5 biết”"); ages ("ông A, 45 tuổi": only
   "tuổi thọ bình quân 73,5 tuổi" counts); durations ("trong 3 năm", "dài 7 năm": only a processing time
   "thời gian giải quyết ... 3 ngày" counts); approximate amounts ("hàng trăm hộ"); the later numbers of a
   list of names ("quận 4, 7, 8"); a year before a word that is no unit ("đề thi 2017 dễ hơn"). A number in
   words counts only before a known unit ("hai xã", "ba đợt kiểm tra"); "một" alone is an article, "năm"
   after digits or after "mỗi", "hằng", "cả" is the noun "year".
4. **Qualifier** from the words right before the number ("hơn", "khoảng", "chưa đến", "tối đa") or after
   the unit ("trở lên"), except a comparative "cao hơn N so với ..." (a difference: exact, and a change
   only against an earlier time); **change** from a verb before it across a few filler words ("giảm",
   "xuống còn", "mất", "tăng trung bình", "có thêm"), and "từ X ..., còn Y" (Y went down); **indicator** (see the [indicator] notes of ``data/statistics.toml``):
   the phrase from a head word ("tỷ lệ", "thu ngân sách", "số", "tốc độ"...) to the verbs right before
   the number, else the noun phrase after a percent or a measure ("100% số xã ..."), else the subject of
   "X đạt / là / chiếm N", else the item of a list ("trong đó, đại điền 8.078 ha và tiểu điền 1.267 ha"),
   else the indicator of the previous statistic of the sentence when only linking words stand between
   them ("giảm 5,99% so với năm 2018 xuống còn 26,5%") or when the figure is a place's part of it ("TP Cẩm
   Phả (13.000 con)", "trong đó huyện A còn 12%"), else the sentence's topic ("Về đất chưa sử dụng, ...");
   see :mod:`dvtext.extract.indicators`; **period**: the date or year the sentence attaches to the figure
   (not a date of comparison "so với năm 2018", nor a document's).

Word lists are data (``data/statistics.toml``, ``data/units.json``, ``data/numbers.toml``). The pass is
linear in the length of the text: every look-around reads a bounded window.

Example:
    >>> t = "Năm 2019, tỷ lệ hộ nghèo giảm 5,99% so với năm 2018 xuống còn 26,5%."
    >>> [(s.text, s.value, s.change, s.indicator, s.period) for s in extract_statistics(t)]
    [('5,99%', 5.99, 'decrease', 'tỷ lệ hộ nghèo', '2019'), ('26,5%', 26.5, 'decrease', 'tỷ lệ hộ nghèo', '2019')]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from dvtext.extract.cues import Context, Found, Tok, blocked_spans, prefix, rules, suffix, tokens_in
from dvtext.extract.dates import extract_dates
from dvtext.extract.indicators import attach
from dvtext.extract.units import UnitMatch, unit_after, unit_lexicon
from dvtext.text.normalize import ensure_text
from dvtext.text.numbers import NumberSpan, find_numbers
from dvtext.types import DateMention, Sentence, Statistic

__all__ = ["UnitMatch", "extract_statistics", "unit_after"]

log = logging.getLogger(__name__)


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
    blocked = blocked_spans(text)
    spans = sorted(blocked + [(d.start, d.end) for d in date_list])
    ctx = Context(text, sentences, spans, date_list, blocked)
    nums = find_numbers(text)
    ctx.by_start = {n.start: i for i, n in enumerate(nums)}
    ctx.nums = nums
    found: list[Found] = []
    consumed = -1
    for i, num in enumerate(nums):
        if num.start < consumed or ctx.inside(num.start, num.end):
            continue
        try:
            st = _statistic(ctx, i)
        except (ValueError, IndexError, KeyError) as exc:  # one odd number never sinks the article
            log.debug("number at %d skipped: %s", num.start, exc)
            continue
        if st is not None:
            found.append(st)
            consumed = st.end
    _baseline_changes(ctx, found)
    attach(ctx, found)
    return [
        Statistic(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            value=f.value,
            unit=f.unit or None,
            kind=f.kind,
            qualifier=f.qualifier,
            change=f.change,
            indicator=f.indicator,
            sentence=f.sentence,
            high=f.high,
            denominator=f.denominator,
            period=f.period,
        )
        for f in found
    ]


_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")
_RANGE = re.compile(r"\s?[-–—]\s?|\s(?:đến|tới|-|–)\s")


def _statistic(ctx: Context, i: int) -> Found | None:
    r, text = rules(), ctx.text
    num = ctx.nums[i]
    s_idx, s_start, s_end = ctx.sentence(num.start)
    limit = min(len(text), s_end)
    if num.words and num.text.lower() == "một":
        return None
    if num.words and i > 0 and ctx.nums[i - 1].end == num.start - 1 and not ctx.nums[i - 1].words:
        return None  # "tròn 100 năm lần đầu": a number word right after digits is a noun ("năm" = year)
    if num.words and num.text.lower() == "năm" and _word_before(text, num.start) in r.year_noun_before:
        return None  # "Mỗi năm tỉnh gieo cấy ...": the noun "year"
    last, value = num, num.value
    high: float | None = None
    denominator: float | None = None
    if text.startswith("/", num.end) and not num.words and num.scale == 1.0:  # "82/267 TTHC"
        other = ctx.number_at(num.end + 1)  # "1.434,8/3.232 tỉ đồng": the scale is written once, at the end
        if other is None or other.words or not 0 < num.value * other.scale <= other.value:
            return None
        value, denominator, last = num.value * other.scale, other.value, other
    unit = unit_after(text, last.end, limit)
    if denominator is not None and last.scale == 1.0 and _fraction_of(text, last.end, limit):
        unit = UnitMatch("", "fraction", last.end)  # "1/3 tiền đền bù", "2/3 số xã": a share, no unit
    if unit is not None and denominator is None and text.startswith("/", unit.end):
        other = ctx.number_at(unit.end + 1)  # "923,835 tỷ đồng/1.010 tỷ đồng"
        u2 = unit_after(text, other.end, limit) if other is not None else None
        if other is not None and u2 is not None and u2.unit == unit.unit and other.value >= value:
            denominator, last, unit = other.value, other, u2
    if denominator is None:
        glued = unit is not None and unit.category in ("percent", "measure")  # "20-30%", "80kg-120kg/con"
        after = unit.end if glued and unit is not None else num.end
        m = _RANGE.match(text, after, limit)
        other = ctx.number_at(m.end()) if m else None
        if other is not None and (unit is None or glued):
            low = value * other.scale if num.scale == 1.0 and other.scale != 1.0 and not num.words else value
            u2 = unit_after(text, other.end, limit) or _implied_money(ctx, other, s_start)
            same = u2 is not None and (unit is None or u2.unit.split("/")[0] == unit.unit)
            if other.value > low and u2 is not None and same:
                value, high, last, unit = low, other.value, other, u2
    if unit is None:
        unit = _implied_money(ctx, last, s_start)
        if unit is None:
            return None
    indivisible = unit.category == "count" and unit.unit not in r.divisible
    if indivisible and last is num and _COMMA_THOUSANDS.fullmatch(num.text):
        value = float(num.text.replace(",", ""))  # "39,349 người": a person cannot be split
    toks = ctx.tokens(max(s_start, num.start - 48), num.start)
    if _excluded_before(ctx, toks, s_start, num, unit) or not _unit_ok(ctx, unit, num, last, toks, s_start):
        return None
    if (unit.category == "count" and unit.unit not in unit_lexicon().units) and (
        num.words or _YEAR.fullmatch(num.text)
    ):
        return None  # "hai" before an unknown word is too ambiguous to count; "đề thi 2017 dễ hơn": a year
    qualifier, start, qtoks = _qualifier(toks, num)
    compared = _comparative(ctx, toks, qtoks, unit.end, limit) if qualifier == "more_than" else None
    if compared is not None:  # "cao hơn 2.442 ha so với kế hoạch": "hơn" compares, it does not qualify
        qualifier, start, qtoks = "exact", num.start, 0
    if high is not None and toks and toks[-1][0].lower() == "từ" and toks[-1][1] + 3 == num.start:
        start, qtoks = toks[-1][1], 1  # "từ 15 đến 20 hộ"
    if qualifier == "exact" and text.startswith(" ", unit.end):
        post = ctx.tokens(unit.end, min(limit, unit.end + 14))
        k = prefix(post, r.qual_after, 0, 2)
        if k:
            qualifier = r.qual_after.values[" ".join(t for t, _ in post[:k]).lower()]
    return Found(
        start=start,
        end=unit.end,
        value=float(value),
        unit=unit.unit,
        kind=_kind(unit, high, denominator),
        sentence=s_idx,
        num_start=num.start,
        high=high,
        denominator=denominator,
        qualifier=qualifier,
        change=(compared or None)
        if compared is not None
        else (_change(toks, qtoks) or _clause_change(ctx, toks, qtoks, s_start, num.start)),
    )


def _comparative(ctx: Context, toks: list[Tok], qtoks: int, end: int, limit: int) -> str | None:
    """ "cao hơn 17 triệu đồng/ha/năm so với những năm trước" (test/README 18): "" for a difference with no
    change (compared with a plan or a rule), increase | decrease for one compared with an earlier time, None
    when "hơn" is a qualifier ("hơn 320 lượt người", "quy mô lớn hơn 50 con/đơn vị": no "so với")."""
    r = rules()
    j = len(toks) - qtoks
    if qtoks != 1 or j <= 0 or toks[-1][0].lower() != "hơn":
        return None
    direction = r.comparatives.get(toks[j - 1][0].lower())
    if direction is None:
        return None
    after = ctx.text[end : min(limit, end + 60)].lower()
    at = after.find("so với")
    if at < 0:
        return None  # "quy mô lớn hơn 50 con/đơn vị": a threshold, more_than
    return direction if r.earlier_time.search(after, at + 6, at + 30) else ""


def _word_before(text: str, pos: int) -> str:
    """The lower-cased word ending one space before ``pos`` ("" when none)."""
    m = _LAST_WORD.search(text, max(0, pos - 12), pos)
    return m.group(1).lower() if m else ""


_LAST_WORD = re.compile(r"(\w+) \Z")


def _baseline_changes(ctx: Context, found: list[Found]) -> None:
    """ "từ 194.723 ha năm 2011, còn 179.384 ha năm 2016": the figure after a baseline went down to it."""
    text = ctx.text
    for prev, f in zip(found, found[1:], strict=False):
        if (
            f.change is not None
            or prev.sentence != f.sentence
            or prev.unit != f.unit
            or f.value >= prev.value
        ):
            continue
        if not text[max(0, prev.start - 3) : prev.start].lower().endswith("từ "):
            continue
        toks = [t for t, p in ctx.tokens(prev.end, f.start) if not ctx.inside(p, p + len(t))]
        if toks and toks[-1].lower() == "còn" and len(toks) <= 6:
            f.change = "decrease"


def _fraction_of(text: str, pos: int, limit: int) -> bool:
    """Is the ratio ending at ``pos`` a fraction of a quantity ("1/3 tiền đền bù", "2/3 số xã")?"""
    r = rules()
    if not text.startswith(" ", pos):
        return False
    toks = tokens_in(text, pos + 1, min(limit, pos + 24))
    return bool(prefix(toks, r.fraction_nouns, 0, 2))


def _clause_change(ctx: Context, toks: list[Tok], skip: int, s_start: int, pos: int) -> str | None:
    """ "nâng tổng số tiêu chí đạt được đến nay là 404/495 tiêu chí": the clause says the value went up."""
    r = rules()
    j = len(toks) - skip
    if j <= 0 or toks[j - 1][0].lower() not in r.clause_verbs:
        return None
    text = ctx.text
    lo = max(s_start, pos - 120)
    lo = max(lo, *(text.rfind(c, lo, pos) + 1 for c in ";(,"))
    return "increase" if r.clause_increase.search(ctx.text, lo, pos) else None


def _implied_money(ctx: Context, num: NumberSpan, s_start: int) -> UnitMatch | None:
    """ "tăng lên 211 tỷ", "gần 28 ngàn tỷ": a scaled number with no unit is an amount in VND."""
    r = rules()
    if num.scale in r.implied_scales or num.scale > max(r.implied_scales, default=1e9):
        return UnitMatch("VND", "currency", num.end)
    if num.scale in r.context_scales and r.money_words.search(
        ctx.text, max(s_start, num.start - 120), num.start
    ):
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


def _quoted(ctx: Context, num: NumberSpan, s_start: int) -> bool:
    """Is the number inside a short quoted phrase ("phương châm “5 biết”", "“5 không 3 sạch”")?"""
    r, text = rules(), ctx.text
    lo = max(s_start, num.start - r.quote_max)
    opened = max((text.rfind(q, lo, num.start) for q in r.quote_open), default=-1)
    if opened < 0 or any(
        text.find(q, opened + 1, num.start) >= 0 for q in r.quote_close if q not in r.quote_open
    ):
        return False
    return any(text.find(q, num.end, num.end + r.quote_max) >= 0 for q in r.quote_close)


def _excluded_before(
    ctx: Context, toks: list[Tok], sent_start: int, num: NumberSpan, unit: UnitMatch
) -> bool:
    """Is the number a name, an identifier, an address, an ordinal or a motto (from the words before)?"""
    r, text = rules(), ctx.text
    if unit.category == "count" and _quoted(ctx, num, sent_start):
        return True  # a motto or a title: "“5 không 3 sạch”", "“10 nguyên tắc giao tiếp với công dân”"
    prev = text[num.start - 1] if num.start > 0 else " "
    if prev.isalnum() or prev == "+":
        return True  # glued to a word on its left, or a marker "km 556+700"
    if prev in "-–/" and num.start >= 2 and text[num.start - 2].isdigit():
        return True  # the second part of a score, a code or a range that did not hold: "2-1"
    toks = [t for t in toks if t[1] + len(t[0]) <= num.start]
    if not toks:
        return False
    last, last_start = toks[-1]
    end = last_start + len(last)
    if end != num.start - 1:
        return False
    if last.lower() in r.approximate:
        return True  # "hàng 100 người"
    j = len(toks)
    while j >= 2 and toks[j - 1][0] in (",", "và") and toks[j - 2][0].isdigit() and len(toks) - j < 16:
        j -= 2  # "quận 4, 7, 8 khu Nam Sài Gòn": the later numbers of a list of names
    if j < len(toks) and suffix(toks, r.name_before, j) is not None:
        return True
    if unit.category != "count":
        return False  # "Dự án 1,5 triệu USD", "hỗ trợ cho Phước Long 68 tỷ đồng": an amount, not a name
    hit = suffix(toks, r.name_before, len(toks))
    if hit is not None:
        unless = suffix(toks, r.name_unless, len(toks), max_words=4)
        if unless is None or unless[1] > hit[1]:
            return True
    if (
        last[0].isupper()
        and last not in r.capitalised_ok
        and " ".join(t for t, _ in toks[-2:]) not in r.capitalised_ok
    ):
        first = len(toks) == 1 and last_start <= sent_start + 2
        prev = toks[-2][0] if len(toks) > 1 else ""
        return not first and prev not in ("“", '"', "(", "-", "–", ":", "•", "+")
    return False


def _unit_ok(
    ctx: Context, unit: UnitMatch, num: NumberSpan, last: NumberSpan, toks: list[Tok], s_start: int
) -> bool:
    """Unit-specific exclusions: number words before unknown units, clock times, durations, ages."""
    r, text = rules(), ctx.text
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
        j = len(toks)
        while (q := suffix(toks, r.qual_before, j)) is not None:
            j = q[1]
        if suffix(toks, r.timeframe_before, j, max_words=4) is not None:
            return False  # a time frame: "trong thời gian 2,5 năm", "sau 3 tháng triển khai"
        return bool(r.duration_heads.search(window))
    if base in r.age_units:
        return bool(r.age_heads.search(window))
    return True


def _qualifier(toks: list[Tok], num: NumberSpan) -> tuple[str, int, int]:
    """(qualifier, span start, number of tokens it takes) from the words right before the number."""
    r = rules()
    if not toks or toks[-1][1] + len(toks[-1][0]) + 1 != num.start:
        return "exact", num.start, 0
    hit = suffix(toks, r.qual_before, len(toks))
    if hit is None:
        return "exact", num.start, 0
    phrase, i = hit
    return r.qual_before.values[phrase], toks[i][1], len(toks) - i


def _change(toks: list[Tok], skip: int) -> str | None:
    """increase | decrease from a change verb before the number, across a few filler words."""
    r = rules()
    j, fillers = len(toks) - skip, 0
    while j > 0:
        cue = suffix(toks, r.change, j)
        filler = suffix(toks, r.fillers, j)
        if cue is not None and (filler is None or len(cue[0]) >= len(filler[0])):
            return r.change.values[cue[0]]
        if filler is None or fillers >= r.max_fillers:
            return None
        fillers += 1
        j = filler[1]
    return None
