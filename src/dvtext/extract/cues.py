"""The cue words of the statistics pass (``data/statistics.toml``) and the text context it reads them in.

Internal to :mod:`dvtext.extract.statistics` and :mod:`dvtext.extract.indicators`: word tables with fast
phrase look-ups before and after a position, the per-sentence token cache, and the spans (dates, codes,
phone numbers, URLs) whose numbers are never statistics.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dvtext.text.numbers import NumberSpan
from dvtext.types import DateMention, Sentence

__all__ = [
    "Context",
    "Found",
    "Rules",
    "Table",
    "Tok",
    "blocked_spans",
    "prefix",
    "rules",
    "suffix",
    "tokens_in",
]

# --- data ----------------------------------------------------------------------------------------


class Table(frozenset[str]):
    """A word list (phrases of one or more words) with the first and last words of its phrases, so that
    most look-ups end after one set membership test. ``values`` maps a phrase to what it stands for."""

    first: dict[str, int]
    last: dict[str, int]
    lower: bool
    values: dict[str, str]

    def __new__(cls, words: Any, lower: bool = True, values: dict[str, str] | None = None) -> Table:
        ws = [w.lower() if lower else w for w in words]
        obj = super().__new__(cls, ws)
        obj.first, obj.last, obj.lower = {}, {}, lower
        obj.values = {(k.lower() if lower else k): v for k, v in (values or {}).items()}
        for w in ws:
            parts = w.split()
            obj.first[parts[0]] = max(obj.first.get(parts[0], 0), len(parts))
            obj.last[parts[-1]] = max(obj.last.get(parts[-1], 0), len(parts))
        return obj


def mapping(groups: dict[str, list[str]]) -> Table:
    values = {w: k for k, ws in groups.items() for w in ws}
    return Table(values, values=values)


class Rules:
    """The word lists of ``data/statistics.toml`` as sets, tables and compiled patterns."""

    def __init__(self, s: dict[str, Any]) -> None:
        fs = Table
        q, ch, ind, ex, pats = s["qualifier"], s["change"], s["indicator"], s["exclude"], s["patterns"]
        self.qual_before, self.qual_after = mapping(q["before"]), mapping(q["after"])
        self.change = mapping({"increase": ch["increase"], "decrease": ch["decrease"]})
        self.fillers, self.max_fillers = fs(ch["fillers"]), int(ch["max_fillers"])
        self.clause_increase = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, ch["clause_increase"])) + r")(?!\w)"
        )
        self.clause_verbs = fs(ch["clause_verbs"])
        heads = sorted(ind["heads"], key=len, reverse=True)
        self.heads = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, heads)) + r")(?![\w])", re.I)
        self.head_blockers = {k.lower(): frozenset(v) for k, v in ind["head_blockers"].items()}
        self.head_after_blockers = fs(ind["head_after_blockers"])
        self.head_before_blockers = {k.lower(): frozenset(v) for k, v in ind["head_before_blockers"].items()}
        self.enders, self.clause_words = fs(ind["phrase_enders"]), fs(ind["clause_words"])
        self.verb_enders = frozenset(ind["verb_enders"])
        self.place_preps = fs(ind["place_preps"])
        self.place_owners, self.openers = fs(ind["place_owners"]), fs(ind["openers"])
        self.gap, self.copula, self.phrase_ok = fs(ind["gap"]), fs(ind["copula"]), fs(ind["phrase_words"])
        self.bare = fs(ind["bare"])
        self.post_stops, self.post_blockers = fs(ind["post_stops"]), fs(ind["post_blockers"])
        self.max_post, self.post_kinds = int(ind["max_post_words"]), fs(ind["post_kinds"])
        self.subject_kinds, self.subject_verbs = fs(ind["subject_kinds"]), fs(ind["subject_verbs"])
        self.count_subject_verbs = fs(ind["count_subject_verbs"])
        self.subject_lead, self.subject_trail = fs(ind["subject_lead"]), fs(ind["subject_trail"])
        self.subject_owners = fs(ind["subject_owners"])
        self.lead_words = frozenset(w for p in ind["subject_lead"] for w in p.split())
        self.max_subject, self.window = int(ind["max_subject_words"]), int(ind["window"])
        self.count_verbs = fs(ind["count_verbs"])
        self.heads_table = fs(heads)
        self.governing = fs(ind["governing"])
        self.governing_last = frozenset(ind["governing_last"])
        self.count_heads = frozenset(["số"] + [w.split()[-1] for w in ind["governing_last"]])
        self.demonstratives = frozenset(ind["demonstratives"])
        self.time_words = fs(ind["time_words"])
        self.breakdown, self.comparison = fs(ind["breakdown"]), fs(ind["comparison"])
        self.item_verbs, self.item_stops = fs(ind["item_verbs"]), fs(ind["item_stops"])
        self.max_item, self.max_list_gap = int(ind["max_item_words"]), int(ind["max_list_gap"])
        self.max_rest = int(ind["max_rest_words"])
        m = s["money"]
        self.implied_scales = tuple(float(x) for x in m["implied_scales"])
        self.context_scales = tuple(float(x) for x in m["context_scales"])
        self.money_words = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, m["context_words"])) + r")(?!\w)"
        )
        self.inherit, self.max_gap = fs(s["inherit"]["words"]), int(s["inherit"]["max_gap"])
        self.name_before = fs(ex["name_before"], lower=False)
        self.name_unless = fs(ex["name_before_unless"], lower=False)
        self.capitalised_ok, self.clock_after = frozenset(ex["capitalised_ok"]), fs(ex["clock_after"])
        self.age_units = fs(ex["age_units"])
        self.approximate = frozenset(ex["approximate_before"])
        self.year_noun_before = frozenset(ex["year_noun_before"])
        cmp = s["comparative"]
        self.comparatives = {w: "increase" for w in cmp["higher"]} | {w: "decrease" for w in cmp["lower"]}
        self.earlier_time = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, cmp["earlier_time"])) + r")(?!\w)"
        )
        self.divisible = frozenset(s["numbers"]["divisible_counts"])
        self.fraction_nouns = fs(s["numbers"]["fraction_nouns"])
        self.age_heads = re.compile("|".join(map(re.escape, ex["age_heads"])), re.I)
        self.duration_heads = re.compile("|".join(map(re.escape, ex["duration_heads"])), re.I)
        self.timeframe_before = fs(ex["timeframe_before"])
        self.quote_open, self.quote_close = ex["quote_open"], tuple(ex["quote_close"])
        self.quote_max = int(ex["quote_max_chars"])
        self.anchored = tuple(re.compile(pats[k]) for k in ("code", "phone", "clock"))
        self.url = re.compile(pats["url"])


@cache
def rules() -> Rules:
    raw = resources.files("dvtext.data").joinpath("statistics.toml").read_text(encoding="utf-8")
    return Rules(tomllib.loads(raw))


# --- tokens before a position --------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
LETTERS = re.compile(r"[^\W\d_]+")
DIGIT_RUN = re.compile(r"\d+")
Tok = tuple[str, int]
CONJ = frozenset(
    {"và", "hoặc", "hay", "cùng", "với", "của", "cho", "tại", "ở", "trong", "để", "các", "những"}
)


def tokens_in(text: str, lo: int, hi: int) -> list[Tok]:
    """Words and punctuation marks of ``text[lo:hi]`` as (token, start)."""
    return [(m.group(0), m.start()) for m in WORD.finditer(text, lo, hi)]


def suffix(toks: list[Tok], table: Table, upto: int, *, max_words: int = 3) -> tuple[str, int] | None:
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


def prefix(toks: list[Tok], table: Table, at: int, max_words: int = 3) -> int:
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
class Found:
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


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of document codes, phone numbers, clock times, URLs and e-mails (never statistics)."""
    r = rules()
    out: list[tuple[int, int]] = []
    last = -1
    for m in DIGIT_RUN.finditer(text):
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


def inside_spans(spans: list[tuple[int, int]], starts: list[int], reach: list[int], s: int, e: int) -> bool:
    """Does ``[s, e)`` overlap one of the sorted ``spans``? (``reach[i]``: the furthest end of spans[:i+1])"""
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and reach[i] > s:
        return True
    return i + 1 < len(spans) and spans[i + 1][0] < e


_CACHE_SENTENCE = 700  # longer sentences are tokenised window by window


class Context:
    """The text with its sentences, excluded spans and numbers, shared by the helpers of one pass."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[Sentence],
        spans: list[tuple[int, int]],
        dates: list[DateMention],
        blocked: list[tuple[int, int]],
    ) -> None:
        self.text, self.sentences, self.spans, self.dates, self.blocked = (
            text,
            sentences,
            spans,
            dates,
            blocked,
        )
        self.span_starts = [s for s, _ in spans]
        self.reach: list[int] = []
        for _s, e in spans:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)
        self.sent_starts = [s.start for s in sentences]
        self.date_starts = [d.start for d in dates]
        self.blocked_ends = {e for _s, e in blocked}
        self.nums: list[NumberSpan] = []
        self.by_start: dict[int, int] = {}
        self._toks: dict[int, tuple[list[Tok], list[int]]] = {}

    def inside(self, s: int, e: int) -> bool:
        return inside_spans(self.spans, self.span_starts, self.reach, s, e)

    def tokens(self, lo: int, hi: int) -> list[Tok]:
        """The tokens starting in ``[lo, hi)``, from a per-sentence cache (one regex pass per sentence)."""
        if not self.sent_starts:
            return tokens_in(self.text, lo, hi)
        i = max(0, bisect.bisect_right(self.sent_starts, lo) - 1)
        sent = self.sentences[i]
        hi = min(hi, sent.end)
        if lo < sent.start or sent.end - sent.start > _CACHE_SENTENCE:
            return tokens_in(self.text, lo, hi)
        cached = self._toks.get(i)
        if cached is None:
            toks = tokens_in(self.text, sent.start, sent.end)
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
