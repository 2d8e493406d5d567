"""Dates, months, quarters, years and periods named in the text. They are never statistics.

The patterns live in ``data/dates.toml``. Values are ISO 8601: ``2019-04-08`` (date), ``2019-04``
(month), ``2019`` (year), ``2019-Q1`` (quarter); a period ("giai đoạn 2016-2020", "6 tháng đầu năm
2019") has ``value`` = its start and ``end_value`` = its end. A date without a year is written the ISO
way for a recurring day: ``--04-08`` ("ngày 8/4"), ``--04`` ("tháng 4"), ``---25`` ("ngày 25").

The span takes the words that belong to the date: "ngày 08/4/2019", "cuối năm 2019", "giai đoạn
2016-2020", "nhiệm kỳ 2020-2025". A bare four-digit year ("“Năm dân vận chính quyền” 2019") counts when
no unit follows it ("2000 hộ" is a statistic, not a year).

Example:
    >>> from dvtext.text.sentences import split_sentences
    >>> t = "Năm 2019, huyện ban hành Chỉ thị ngày 08/4/2019 cho giai đoạn 2016-2020."
    >>> [(d.text, d.value, d.kind) for d in extract_dates(t, sentences=split_sentences(t))]
    [('Năm 2019', '2019', 'year'), ('ngày 08/4/2019', '2019-04-08', 'date'), ('giai đoạn 2016-2020', '2016', 'period')]
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

from dvtext.text.normalize import ensure_text
from dvtext.types import DateMention, Sentence

__all__ = ["extract_dates"]

log = logging.getLogger(__name__)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_MONTH_WORDS = {"sáu": 6, "chín": 9, "ba": 3}


@dataclass(frozen=True, slots=True)
class _Pattern:
    kind: str
    core: re.Pattern[str]
    prefix: re.Pattern[str] | None
    prefix_required: bool
    bare: bool
    anchor: str
    digits: frozenset[int]


_DIGITS = re.compile(r"\d+")
_PREFIX_WINDOW = 32


@cache
def _patterns() -> tuple[_Pattern, ...]:
    raw = resources.files("dvtext.data").joinpath("dates.toml").read_text(encoding="utf-8")
    spec = tomllib.loads(raw)
    pieces: dict[str, str] = spec["pieces"]

    def expand(p: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: pieces[m.group(1)], p)

    out = []
    for p in spec["pattern"]:
        prefix = p.get("prefix")
        out.append(
            _Pattern(
                kind=p["kind"],
                core=re.compile(expand(p["core"])),
                # the prefix must end where the core starts: anchored at the end of the searched window
                prefix=re.compile(r"(?<![\w])(?:" + expand(prefix) + r")\Z") if prefix else None,
                prefix_required=bool(p.get("prefix_required", False)),
                bare=bool(p.get("bare", False)),
                anchor=p.get("anchor", "digits"),
                digits=frozenset(p.get("anchor_digits", range(1, 10))),
            )
        )
    return tuple(out)


@cache
def _word_anchor(word: str) -> re.Pattern[str]:
    return re.compile("[" + word[0].upper() + word[0].lower() + "]" + re.escape(word[1:]) + r"\s+")


def _iso(kind: str, g: dict[str, str | None]) -> tuple[str, str | None, str] | None:
    """(value, end_value, kind) from the named groups, or None when the groups are not a real date."""
    y, m, d = g.get("y"), g.get("m"), g.get("d")
    if kind == "period" and g.get("d2"):
        d1, d2, mi = int(d or 0), int(g["d2"] or 0), int(m or 0)
        if not d1 < d2 or (y and d2 > _days_in(mi, int(y))):
            return None
        base = f"{y}-{mi:02d}" if y else f"--{mi:02d}"
        return f"{base}-{d1:02d}", f"{base}-{d2:02d}", "period"
    if kind == "period":
        if g.get("y2"):
            y1, y2 = int(y or 0), int(g["y2"] or 0)
            if not y1 < y2 <= y1 + 30:
                return None
            return f"{y1:04d}", f"{y2:04d}", "period"
        n_raw = g.get("n") or ""
        n = _MONTH_WORDS.get(n_raw) or (int(n_raw) if n_raw.isdigit() else 0)
        if not y or not 1 <= n <= 11:
            return None
        if g.get("part") == "cuối":
            return f"{y}-{13 - n:02d}", f"{y}-12", "period"
        return f"{y}-01", f"{y}-{n:02d}", "period"
    if kind == "quarter":
        q_raw = g.get("q") or ""
        q = _ROMAN.get(q_raw) or (int(q_raw) if q_raw.isdigit() else 0)
        if not 1 <= q <= 4:
            return None
        return (f"{y}-Q{q}" if y else f"Q{q}"), None, "quarter"
    if kind == "date":
        if d and m and y:
            di, mi = int(d), int(m)
            if di > _days_in(mi, int(y)):
                return None
            return f"{y}-{mi:02d}-{di:02d}", None, "date"
        if d and m:
            return f"--{int(m):02d}-{int(d):02d}", None, "date"
        if d:
            return f"---{int(d):02d}", None, "date"
        return None
    if kind == "month":
        if not m:
            return None
        return (f"{y}-{int(m):02d}" if y else f"--{int(m):02d}"), None, "month"
    if kind == "year" and y:
        return y, None, "year"
    return None


def _days_in(month: int, year: int) -> int:
    if month == 2:
        return 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _unit_follows(text: str, end: int) -> bool:
    """Does a unit of measure or counted noun follow ``end`` ("2000 hộ", "2019 người")?"""
    from dvtext.extract.units import unit_after

    return unit_after(text, end) is not None


def extract_dates(text: str, *, sentences: Sequence[Sentence] = ()) -> list[DateMention]:
    """Dates, months, quarters, years and periods of normalised ``text``, left to right.

    Args:
        text: the normalised article text (:func:`dvtext.text.normalize.normalize`).
        sentences: its sentences; each mention gets the index of the sentence it stands in.

    Returns:
        Non-overlapping :class:`~dvtext.types.DateMention` records with ISO values.

    Example:
        >>> [d.value for d in extract_dates("tính đến cuối năm 2019, quý I/2020 và tháng 4/2019")]
        ['2019', '2020-Q1', '2019-04']
    """
    text = ensure_text(text)
    cands: list[tuple[int, int, int, str, str | None, str]] = []
    runs = [(m.start(), m.end() - m.start()) for m in _DIGITS.finditer(text)]
    word_starts: dict[str, list[int]] = {}
    for order, pat in enumerate(_patterns()):
        if pat.anchor == "digits":
            anchors = [p for p, n in runs if n in pat.digits]
        else:
            if pat.anchor not in word_starts:
                word_starts[pat.anchor] = [m.end() for m in _word_anchor(pat.anchor).finditer(text)]
            anchors = word_starts[pat.anchor]
        for pos in anchors:
            m = pat.core.match(text, pos)
            if m is None:
                continue
            start = pos
            if pat.prefix is not None:
                pm = pat.prefix.search(text, max(0, pos - _PREFIX_WINDOW), pos)
                if pm is not None:
                    start = pm.start()
                elif pat.prefix_required:
                    continue
            got = _iso(pat.kind, m.groupdict())
            if got is None:
                continue
            if pat.bare and _unit_follows(text, m.end()):
                continue
            if pat.anchor != "digits":
                start = text.rfind(pat.anchor[1:], 0, pos) - 1
            value, end_value, kind = got
            cands.append((start, -(m.end() - start), order, value, end_value, kind))
    cands.sort()
    starts = [s.start for s in sentences]
    out: list[DateMention] = []
    last_end = -1
    for start, neg_len, _order, value, end_value, kind in cands:
        end = start - neg_len
        if start < last_end:
            continue
        idx = max(0, bisect.bisect_right(starts, start) - 1) if starts else 0
        sent = sentences[idx].index if starts else 0
        out.append(DateMention(text[start:end], start, end, value, kind, sent, end_value))
        last_end = end
    return out
