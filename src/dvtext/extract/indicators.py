"""Indicators and periods of statistics: what each figure measures and when, per ../docs/extraction.md.

The indicator is the noun phrase saying what is measured, read in this order (word lists in the
[indicator] section of ``data/statistics.toml``):

1. before the number: the words between the start of the clause and the run of verbs, qualifiers and time
   words right before it, from the first head word ("tỷ lệ hộ nghèo | giảm 5,99%", "thu ngân sách nhà nước
   trên địa bàn | đạt 26 tỷ đồng"; with the copula the verbs stay: "số tiêu chí bình quân đạt được | là");
2. after a percent or a measure: the noun phrase after the unit ("100% | số xã miền núi có trạm y tế");
3. the subject of "X đạt / là / chiếm N" without a head word ("dân tộc thiểu số chiếm 90,44%");
4. the indicator of the previous statistic of the sentence when only linking words stand between them
   ("giảm 5,99% so với năm 2018 xuống còn 26,5%").

The period is the date, year or period the sentence attaches to the figure: the nearest one before it,
else after it, leaving out dates of comparison ("so với năm 2018") and of documents ("09/CT-UBND ngày
08/4/2019").

Example:
    >>> from dvtext.extract.statistics import extract_statistics
    >>> [s.indicator for s in extract_statistics("Thu nhập bình quân đầu người đạt 29,8 triệu đồng.")]
    ['thu nhập bình quân đầu người']
"""

from __future__ import annotations

import bisect
import logging

from dvtext.extract.cues import CONJ, Context, Found, Tok, prefix, rules, suffix, tokens_in
from dvtext.types import DateMention

__all__ = ["attach"]

log = logging.getLogger(__name__)


def attach(ctx: Context, found: list[Found]) -> None:
    """Indicators (own or inherited) and periods, statistic by statistic."""
    r = rules()
    prev: Found | None = None
    for f in found:
        sent = ctx.sentence(f.num_start)
        same = prev is not None and prev.sentence == f.sentence
        lo = max(sent[1], f.start - r.window, prev.end if same and prev is not None else 0)
        try:
            f.indicator = _indicator(ctx, f, lo, sent[1])
            if (
                f.indicator is None
                and same
                and prev is not None
                and prev.indicator
                and _inherits(ctx, prev, f)
            ):
                f.indicator = prev.indicator
            f.period = _period(ctx, f, sent)
        except (ValueError, IndexError, KeyError) as exc:  # odd text never loses the statistic itself
            log.debug("indicator of the statistic at %d left out: %s", f.start, exc)
        prev = f


def _gap_run(ctx: Context, toks: list[Tok]) -> tuple[int, set[str]]:
    """Index where the run of verbs, qualifiers and time words before the number starts, and its words."""
    r = rules()
    j = len(toks)
    words: set[str] = set()
    copula_at = -1
    while j > 0:
        w, s = toks[j - 1]
        if ctx.inside(s, s + len(w)) or w in '(“"':
            j -= 1
            continue
        if suffix(toks, r.phrase_ok, j) is not None:
            break
        hit = suffix(toks, r.gap, j)
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
    r = rules()
    while toks:
        k = prefix(toks, r.subject_lead, 0)
        if k:
            toks = toks[k:]
        elif not toks[0][0][0].isalnum():
            toks = toks[1:]
        else:
            break
    while toks:
        hit = suffix(toks, r.subject_trail, len(toks))
        if hit is not None:
            toks = toks[: hit[1]]
        elif not toks[-1][0][0].isalnum() or toks[-1][0].isdigit() or toks[-1][0].lower() in CONJ:
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
        lead_words = rules().lead_words
        if all(
            not t[0].isalnum() or t.lower() in lead_words
            for t, _ in tokens_in(text, max(sent_start, s - 40), s)
        ):
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
    r = rules()
    out: list[tuple[int, int]] = []
    start = k = 0
    while k < len(region):
        n = 1 if region[k][0] == "," else (prefix(region, r.clause_words, k) if k > 0 else 0)
        if n:
            if start < k:
                out.append((start, k))
            start = k = k + n
        else:
            k += 1
    if start < len(region):
        out.append((start, len(region)))
    return out


def _indicator(ctx: Context, f: Found, lo: int, sent_start: int) -> str | None:
    r, text = rules(), ctx.text
    toks = ctx.tokens(lo, f.start)
    for mark in (";", ":"):
        cut = max((k for k, (t, _) in enumerate(toks) if t == mark), default=-1)
        if cut >= 0:
            toks = toks[cut + 1 :]
    toks = _drop_parentheses(toks)
    j, run = _gap_run(ctx, toks)
    region = toks[:j]
    copula = bool(run & r.copula)
    segs = _segments(region)
    # the head: in the last segment, or in the one before when the last is short ("…trước hạn, đúng hạn")
    for n, (a, b) in enumerate(reversed(segs)):
        h = _first_head(ctx, region, a, b, lo)
        if h is not None:
            if f.kind == "count" and (not (run & r.count_verbs) or n > 0 or b != len(region)):
                return None  # a count takes a head only from its own clause: "tổng số X là 886 doanh nghiệp"
            stop = _phrase_stop(ctx, region, h, len(region), copula)
            rest = [t for t, p in region[stop + 1 :] if t[0].isalnum() and not ctx.inside(p, p + len(t))]
            if len(rest) > (2 if f.kind == "count" else r.max_rest):
                return None  # the head belongs to another clause: "Do thiếu kinh phí | Theo VNR, cả nước có"
            words = _clean(region[h:stop])
            phrase = _phrase(text, words, sent_start)
            return None if phrase is None or phrase.lower() in r.bare else phrase
        if b - a > 2 or n >= 2:
            break
    if f.kind in r.post_kinds and (f.unit.startswith("%") or run & r.count_verbs):
        post = _post_phrase(ctx, f)
        if post is not None:
            return post
    subject_verbs = r.subject_verbs if f.kind != "count" else r.count_subject_verbs
    if (f.kind in r.subject_kinds or f.kind == "count") and run & subject_verbs and segs:
        a, b = segs[-1]
        if b == len(region):
            words = _clean(region[a:b])
            numbered = any(t[0].isdigit() for t, _ in region[a:b])  # "Theo Chỉ thị số 40 đến nay là ..."
            if words and not numbered and len(words) <= r.max_subject and _subject_ok(words, sent_start):
                return _phrase(text, words, sent_start)
    return None


def _first_head(ctx: Context, region: list[Tok], a: int, b: int, lo: int) -> int | None:
    """Token index of the first head word of ``region[a:b]`` standing near the start of the segment."""
    r, text = rules(), ctx.text
    s, e = region[a][1], region[b - 1][1] + len(region[b - 1][0])
    index = {region[k][1]: k for k in range(a, b)}
    for m in r.heads.finditer(text, s, e):
        k = index.get(m.start())
        if k is None:
            continue
        word = m.group(0)
        inside = k > a and region[k - 1][0][0].isalnum() and region[k - 1][0].lower() not in r.lead_words
        if word[0].isupper() and not word.isupper() and inside:
            continue  # a capital inside the clause is a name: "đường Lương Thế Vinh"
        nxt = ctx.tokens(m.end(), min(e, m.end() + 24))
        if nxt and nxt[0][0][0].isdigit():
            continue  # "Chỉ thị số 40", "Quyết định số 217": an identifier
        blockers = r.head_blockers.get(m.group(0).lower())
        two = " ".join(t for t, _ in nxt[:2]).lower()
        if blockers and nxt and (nxt[0][0].lower() in blockers or two in blockers):
            continue
        if k > 0 and region[k - 1][0].lower() in r.head_after_blockers:
            continue
        before = [t for t, p in region[a:k] if t[0].isalnum() and not ctx.inside(p, p + len(t))]
        while before and before[0].lower() in r.lead_words:
            before.pop(0)
        near_end = b - k <= 4  # the head phrase runs up to the number: "phải trả mức lãi suất 0,65%"
        if len(before) <= 4 or near_end or (k > a and suffix(region, r.openers, k) is not None):
            return k  # near the start of the clause, or right after a verb: "có | tổng vốn đăng ký 311 triệu USD"
    return None


def _phrase_stop(ctx: Context, toks: list[Tok], h: int, end: int, copula: bool = False) -> int:
    """Index where the phrase starting at head index ``h`` ends: a date, "(", an ender word, or a place
    preposition before a name or an owner ("nợ đọng | ở Phước Long")."""
    r = rules()
    k = h + 1
    while k < end:
        w, p = toks[k]
        if ctx.inside(p, p + len(w)) or w == "(":
            return k
        if prefix(toks, r.phrase_ok, k):
            k += prefix(toks, r.phrase_ok, k)
            continue
        n = prefix(toks, r.enders, k)
        if n and not (copula and " ".join(t for t, _ in toks[k : k + n]).lower() in r.verb_enders):
            return k
        if w.lower() in r.place_preps and k + 1 < end:
            nxt = toks[k + 1][0]
            if (nxt[0].isupper() and not nxt.isupper()) or prefix(toks, r.place_owners, k + 1):
                return k
        k += 1
    return end


def _subject_ok(words: list[Tok], sent_start: int) -> bool:
    """A subject names what is measured, not who or where: no owner word first, not a proper name."""
    r = rules()
    first = words[0][0]
    if prefix(words, r.subject_owners, 0) or first.isupper() or first[0].isdigit():
        return False
    if all(t[0].isupper() for t, _ in words if t[0].isalpha()):
        return False  # "Quảng Nam", "Phù Chẩn"
    return not (first[0].isupper() and words[0][1] > sent_start + 12)


def _post_phrase(ctx: Context, f: Found) -> str | None:
    """The noun phrase after a percent or a measure: "100% số xã miền núi có trạm y tế"."""
    r, text = rules(), ctx.text
    _idx, _s, s_end = ctx.sentence(f.num_start)
    if not text.startswith(" ", f.end):
        return None
    toks = ctx.tokens(f.end, min(s_end, f.end + 160))
    if not toks or not toks[0][0][0].isalpha() or prefix(toks, r.post_blockers, 0, 2):
        return None
    out = 0
    while out < len(toks) and out < r.max_post:
        w, p = toks[out]
        if prefix(toks, r.phrase_ok, out):
            out += prefix(toks, r.phrase_ok, out)
            continue
        if not w[0].isalnum():
            if w != "," or out + 1 >= len(toks) or not toks[out + 1][0][0].isalpha() or out > 3:
                break  # a comma continues only a short list of nouns: "100% cán bộ, hội viên ..."
            if prefix(toks, r.post_stops, out + 1) or prefix(toks, r.gap, out + 1):
                break
        elif w[0].isdigit() or ctx.inside(p, p + len(w)) or prefix(toks, r.post_stops, out):
            break
        out += 1
    words = _clean(toks[: min(out, len(toks))])
    if not words:
        return None
    return text[words[0][1] : words[-1][1] + len(words[-1][0])]


def _inherits(ctx: Context, prev: Found, f: Found) -> bool:
    """May ``f`` take the indicator of ``prev`` (only linking words between them)?"""
    r = rules()
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
        k = prefix(toks, r.inherit, i)
        if not k:
            return False
        i += k
    return True


def _period(ctx: Context, f: Found, sent: tuple[int, int, int]) -> str | None:
    """ISO date, year or period ("2016/2020") that the sentence attaches to the statistic: the nearest
    usable date before it in the sentence, else the nearest after it (both looked for in a bounded window)."""
    _idx, s_start, s_end = sent
    at = bisect.bisect_left(ctx.date_starts, f.num_start)
    lo = max(s_start, f.num_start - _PERIOD_WINDOW)
    for k in range(at - 1, -1, -1):
        d = ctx.dates[k]
        if d.start < lo:
            break
        if d.end <= f.num_start and _usable_date(ctx, d, s_start):
            return _iso_period(d)
    hi = min(s_end, f.end + _PERIOD_WINDOW)
    for k in range(bisect.bisect_left(ctx.date_starts, f.end), len(ctx.dates)):
        d = ctx.dates[k]
        if d.start >= hi:
            break
        if _usable_date(ctx, d, s_start):
            return _iso_period(d)
    return None


_PERIOD_WINDOW = 400
_COMPARISON = ("so với", "so", "cùng kỳ", "hơn", "bằng", "với", "trước")


def _usable_date(ctx: Context, d: DateMention, s_start: int) -> bool:
    """Not a date of comparison ("so với năm 2018") nor the date of a document ("09/CT-UBND ngày ...")."""
    before = ctx.text[max(s_start, d.start - 14) : d.start].lower().rstrip()
    if before.endswith(_COMPARISON):
        return False
    return not any(d.start - k in ctx.blocked_ends for k in range(4))


def _iso_period(d: DateMention) -> str:
    return f"{d.value}/{d.end_value}" if d.end_value else d.value
