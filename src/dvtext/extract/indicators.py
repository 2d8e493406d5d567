"""Indicators and periods of statistics: what each figure measures and when, per ../docs/extraction.md.

The indicator is the noun phrase saying what is measured, read in this order (word lists in the
[indicator] section of ``data/statistics.toml``):

1. before the number: the words between the start of the clause and the run of verbs, qualifiers and time
   words right before it, from the first head word ("tỷ lệ hộ nghèo | giảm 5,99%", "thu ngân sách nhà nước
   trên địa bàn | đạt 26 tỷ đồng"; with the copula the verbs stay: "số tiêu chí bình quân đạt được | là");
2. after a percent or a measure: the noun phrase after the unit ("100% | số xã miền núi có trạm y tế");
3. the subject of "X đạt / là / chiếm / còn N" without a head word ("dân tộc thiểu số chiếm 90,44%");
4. an item of a list or a breakdown, "X N" with no verb, when a figure with the same unit comes just
   before or after "trong đó", "bao gồm", "(" ("trong đó, đại điền 8.078 ha và tiểu điền 1.267 ha");
5. the indicator of the previous statistic of the sentence, when its unit is compatible and only linking
   words stand between them ("giảm 5,99% so với năm 2018 xuống còn 26,5%"), or when the figure is the
   part of a place ("TX Đông Triều (trên 16.000 con), TP Cẩm Phả (13.000 con)", "trong đó huyện A còn
   12%, huyện B còn 8%");
6. the topic of the sentence for its first figure ("Về đất chưa sử dụng, đến năm 2020 còn 20.429 ha").

A quantity noun that governs the number directly is kept even when it is bare ("trị giá 400 triệu
đồng", test/README 22); one right before the number wins over an earlier head ("... quy mô lớn hơn 50
con/đơn vị"); the words right after an amount are its own ("500 tỷ đồng trái phiếu ..."), not the next
figure's; a figure inside a bracket takes the phrase in the bracket ("(mức đầu tư dự kiến gần 700 triệu
đô la)") and the figure after the bracket the phrase before it.

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
from dvtext.extract.units import unit_lexicon
from dvtext.types import DateMention

__all__ = ["attach"]

log = logging.getLogger(__name__)


def attach(ctx: Context, found: list[Found]) -> None:
    """Indicators (own or inherited) and periods, statistic by statistic."""
    r = rules()
    prev: Found | None = None
    for n, f in enumerate(found):
        sent = ctx.sentence(f.num_start)
        same = prev is not None and prev.sentence == f.sentence
        lo = max(sent[1], f.start - r.window, prev.end if same and prev is not None else 0)
        if same and prev is not None and _embedded(ctx, prev, f, sent[1]):
            before = found[n - 2] if n >= 2 and found[n - 2].sentence == f.sentence else None
            lo = max(sent[1], f.start - r.window, before.end if before is not None else 0)
        try:
            listed = same and prev is not None and prev.unit == f.unit
            placed = _after_place(
                ctx, f, sent[1]
            )  # "Áo (65%), Hungary (64%)": the place is not what is measured
            # the words right after an amount are its own ("500 tỷ đồng | trái phiếu", "79,40% | diện tích")
            after_post = same and prev is not None and lo == prev.end and prev.kind != "count"
            f.indicator = None if placed else _indicator(ctx, f, lo, sent[1], listed, after_post)
            inherit = same and prev is not None and prev.indicator and _compatible(prev, f)
            if f.indicator is None and inherit and prev is not None and _inherits(ctx, prev, f):
                f.indicator = prev.indicator
            if f.indicator is None:  # "TP Cẩm Phả (13.000 con)", "trong đó huyện A còn 12%": a part of a total
                total = _place_list(ctx, found, n, sent[1])
                if total is not None and (placed or _by_place(ctx, f, sent[1])):
                    f.indicator = total
            if f.indicator is None and not same and f.kind != "count":
                f.indicator = _topic(ctx, f, sent[1])
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


def _rindex(words: list[str], w: str) -> int:
    """Index of the last ``w`` in ``words``, -1 when absent."""
    try:
        return len(words) - 1 - words[::-1].index(w)
    except ValueError:
        return -1


def _segments(region: list[Tok]) -> list[tuple[int, int]]:
    """Clause segments of ``region`` (split at commas and at words such as "với", "để"), as index ranges."""
    r = rules()
    first = r.clause_words.first
    out: list[tuple[int, int]] = []
    start = k = 0
    while k < len(region):
        w = region[k][0]
        clause = k > 0 and w.lower() in first
        n = 1 if w == "," else (prefix(region, r.clause_words, k) if clause else 0)
        if n:
            if start < k:
                out.append((start, k))
            start = k = k + n
        else:
            k += 1
    if start < len(region):
        out.append((start, len(region)))
    return out


def _indicator(
    ctx: Context, f: Found, lo: int, sent_start: int, listed: bool = False, after_post: bool = False
) -> str | None:
    """The indicator of ``f`` from its own clause (``listed``: a statistic of the same unit came just before
    in the sentence, so "X N" without a verb may be an item of a list: "đại điền 8.078 ha và tiểu điền ...";
    ``after_post``: the region starts right after a percent or a measure, whose noun phrase it opens with)."""
    r, text = rules(), ctx.text
    toks = ctx.tokens(lo, f.start)
    if toks and toks[-1][0] == ":":
        toks = toks[:-1]  # "có diện tích: 2.591,1 ha": the colon only introduces the figure
    texts = [t for t, _ in toks]
    cut, opened = max(_rindex(texts, ";"), _rindex(texts, ":")), _rindex(texts, "(")
    if cut >= 0:
        toks = toks[cut + 1 :]
    if opened > cut:
        toks = _drop_parentheses(toks)
        opened = max((k for k, (t, _) in enumerate(toks) if t == "("), default=-1)
    else:
        opened = -1
    if opened >= 0:  # "(mức đầu tư dự kiến gần 700 triệu đô la)": a phrase in the figure's own bracket
        inner = toks[opened + 1 :]
        toks = inner if _gap_run(ctx, inner)[0] > 0 else toks[:opened] + inner  # "(đạt 80%)": the one before
    j, run = _gap_run(ctx, toks)
    region = toks[:j]
    copula = bool(run & r.copula)
    if region and prefix(region, r.clause_words, len(region) - 1, 1) and not run & r.copula:
        return None  # "... với | số tiền 8.417 tỷ đồng": the figure's noun is a bare one in the run
    if (
        f.kind == "count"
        and not run & r.count_verbs
        and not any(t.lower() in r.count_heads for t, _ in region)
    ):
        return None  # a count without a verb takes only a governing quantity noun ("dân số", "số DN ...")
    segs = _segments(region)
    # the head: in the last segment, or in the one before when the last is short ("…trước hạn, đúng hạn")
    for n, (a, b) in enumerate(reversed(segs)):
        h = _first_head(ctx, region, a, b, lo)
        if h == 0 and after_post and not text[lo : region[0][1]].strip():
            h = None  # "chiếm 79,40% | diện tích tự nhiên, ... có 473.449 ha", "500 tỷ đồng | trái phiếu ..."
        if h is not None:
            h = _governing_last(ctx, region, a, b, h)
            stop = _phrase_stop(ctx, region, h, len(region), copula)
            # "với dân số gần 20 triệu người", "số DN ... chỉ khoảng 300 DN": a quantity noun governs the count
            head = text[region[h][1] : region[stop - 1][1] + len(region[stop - 1][0])].lower()
            adjacent = stop == len(region) and (
                head.startswith(("số ", "tổng số ", "số lượng ")) or head in r.governing_last
            )
            if f.kind == "count" and (not (run & r.count_verbs or adjacent) or n > 0 or b != len(region)):
                return None  # a count takes a head only from its own clause: "tổng số X là 886 doanh nghiệp"
            rest = [t for t, p in region[stop + 1 :] if t[0].isalnum() and not ctx.inside(p, p + len(t))]
            if len(rest) > (2 if f.kind == "count" else r.max_rest):
                return None  # the head belongs to another clause: "Do thiếu kinh phí | Theo VNR, cả nước có"
            words = _clean(region[h:stop])
            phrase = _phrase(text, words, sent_start)
            if phrase is None:
                return None
            governs = stop == len(region) and not run  # "trị giá 400 triệu đồng", "giá trị 200 triệu đồng"
            bare = phrase.lower() in r.bare and not (governs and phrase.lower() in r.governing)
            return None if bare else phrase
        if b - a > 2 or n >= 2:
            break
    # a measure after an action ("hiến gần 107.000m2 đất", "kiên cố hóa 220km đường") names no quantity;
    # one that opens a list item does ("; 4,25ha lúa bị vùi lấp", "trong đó 40,97ha lúa")
    opens = j == len(toks) and (
        not region or not region[-1][0][0].isalnum() or _after_breakdown(region, len(region))
    )
    post_ok = f.unit.startswith("%") or (f.kind == "measure" and opens) or not f.unit or run & r.count_verbs
    if (f.kind in r.post_kinds or not f.unit) and post_ok:  # "120.000ha lúa", "1/3 tiền đền bù"
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
    if f.kind != "count" and segs and (listed or _after_breakdown(region, segs[-1][0])):
        a, b = segs[-1]  # "trong đó, đại điền 8.078 ha và tiểu điền 1.267 ha", "thủy lợi khoảng 18,5%"
        words = _clean(region[a:b])
        compared = a > 0 and suffix(region, r.comparison, a) is not None  # "so với | kế hoạch đề ra"
        opened = bool(words) and (
            a > 0 or _separated(text, lo, words[0][1])
        )  # not the previous figure's noun
        if (
            opened
            and not compared
            and b == len(region)
            and len(words) <= r.max_item
            and _item_ok(words, sent_start)
        ):
            return _phrase(text, words, sent_start)
    return None


def _separated(text: str, lo: int, start: int) -> bool:
    """Is there a list separator ("," ";" "(" "và" "còn") between ``lo`` and ``start``?"""
    gap = text[lo:start]
    return any(c in gap for c in ",;(") or any(w in gap.split() for w in ("và", "còn", "với"))


def _after_breakdown(region: list[Tok], a: int) -> bool:
    """Does the segment starting at ``a`` follow "trong đó", "bao gồm", "gồm" or "("?"""
    r = rules()
    return a > 0 and (region[a - 1][0] == "(" or suffix(region, r.breakdown, a) is not None)


def _item_ok(words: list[Tok], sent_start: int) -> bool:
    """A list item names a part ("rừng trồng", "thủy lợi", "Ngân sách tỉnh"), not an action ("cho vay",
    "hỗ trợ") nor a place or a body ("Kiều Mộc hiến", "huyện Quảng Điền đã chi trả")."""
    r = rules()
    if prefix(words, r.item_verbs, 0) or prefix(words, r.subject_owners, 0):
        return False
    if any(t[0].isdigit() or t.lower() in r.item_stops for t, _ in words):
        return False
    first = words[0][0]
    if first[0].isupper() and not first.isupper() and not prefix(words, r.heads_table, 0):
        return words[0][1] <= sent_start + 2  # a capitalised word inside the sentence names a place or a body
    return not all(t[0].isupper() for t, _ in words if t[0].isalpha())


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
        if nxt and nxt[0][0][0].isdigit() and not ctx.inside(nxt[0][1], nxt[0][1] + 1):
            continue  # "Chỉ thị số 40", "Quyết định số 217": an identifier (not "GRDP 6 tháng ước đạt")
        blockers = r.head_blockers.get(m.group(0).lower())
        two = " ".join(t for t, _ in nxt[:2]).lower()
        if blockers and nxt and (nxt[0][0].lower() in blockers or two in blockers):
            continue
        if k > 0 and region[k - 1][0].lower() in r.head_after_blockers:
            continue
        if k > 0 and region[k - 1][0].lower() in r.head_before_blockers.get(word.lower(), ()):
            continue  # "đấu giá 44,59 ha": the verb "auction", not the price
        if k > 0 and (region[k - 1][0].lower() == "so" or suffix(region, r.comparison, k) is not None):
            continue  # "giảm 31,7% so với | kế hoạch đề ra": the baseline of a comparison
        before = [t for t, p in region[a:k] if t[0].isalnum() and not ctx.inside(p, p + len(t))]
        while before and before[0].lower() in r.lead_words:
            before.pop(0)
        near_end = b - k <= 4  # the head phrase runs up to the number: "phải trả mức lãi suất 0,65%"
        if len(before) <= 4 or near_end or (k > a and suffix(region, r.openers, k) is not None):
            return k  # near the start of the clause, or right after a verb: "có | tổng vốn đăng ký 311 triệu USD"
    return None


def _governing_last(ctx: Context, region: list[Tok], a: int, b: int, h: int) -> int:
    """ "Lượng lợn ... tại các mô hình chăn nuôi quy mô lớn hơn 50 con/đơn vị": a quantity noun right before
    the number governs it, rather than the first head of the clause."""
    r, text = rules(), ctx.text
    if b != len(region) or b - h < 3:
        return h
    end = region[b - 1][1] + len(region[b - 1][0])
    for k in range(b - 1, h + 1, -1):
        phrase = text[region[k][1] : end].lower()
        if phrase in r.governing_last:
            return k
    return h


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
        if (
            w.lower() == "trong"
            and k + 1 < end
            and (toks[k + 1][0][0].isdigit() or prefix(toks, r.time_words, k + 1))
        ):
            return k  # "... trong 5 tháng đầu năm nay", "trong dịp Tết": a time frame ends the phrase
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


def _embedded(ctx: Context, prev: Found, f: Found, sent_start: int) -> bool:
    """Does ``prev`` stand inside the noun phrase of ``f``: in a bracket ("Diện tích được giao ... (mức đầu
    tư dự kiến gần 700 triệu đô la) là 128 ha") or as a count in it ("Tổng vốn đầu tư cả 6 dự án trên là
    1.380 tỷ đồng")?"""
    r, text = rules(), ctx.text
    between = text[prev.end : f.start]
    close = between.find(")")
    if close >= 0 and "(" not in between[:close]:
        head = text[max(sent_start, prev.start - 160) : prev.start]
        return head.rfind("(") > head.rfind(")")
    if prev.kind != "count" or len(between) > 24:
        return False
    toks = ctx.tokens(prev.end, f.start)
    j, _run = _gap_run(ctx, toks)
    words = [t.lower() for t, _ in toks[:j] if t[0].isalnum()]
    return bool(words) and all(w in r.demonstratives for w in words)


def _compatible(prev: Found, f: Found) -> bool:
    """May two statistics measure the same quantity (same base unit, or one is a share: "26 tỷ đồng, vượt
    11,4%")? "chiều dài 1,2km và 2 cầu vượt" may not."""
    if "%" in (prev.unit, f.unit) or not prev.unit or not f.unit:
        return True
    if (
        "/" in prev.unit + f.unit
    ):  # a rate and an amount measure different things ("700 triệu đồng (300.000đ/suất)")
        return prev.unit == f.unit
    a, b = prev.unit, f.unit
    if a == b:
        return True
    units = unit_lexicon().units  # "311 triệu USD và 3.588 tỷ đồng": two currencies of one amount
    return units.get(a, ("", ""))[1] == "currency" == units.get(b, ("", ""))[1]


def _place_list(ctx: Context, found: list[Found], n: int, sent_start: int) -> str | None:
    """ "tổng đàn lợn ... đạt gần 420.000 con, trong đó ... TX Đông Triều (trên 16.000 con), TP Cẩm Phả
    (13.000 con)": a figure in brackets after a place name is a part of the last figure of the sentence
    with the same unit and an indicator."""
    r = rules()
    f = found[n]
    for k in range(n - 1, -1, -1):
        p = found[k]
        if p.sentence != f.sentence or f.start - p.end > r.max_list_gap:
            return None
        if p.indicator and p.unit == f.unit:
            return p.indicator
    return None


def _topic(ctx: Context, f: Found, sent_start: int) -> str | None:
    """ "Về đất chưa sử dụng, đến năm 2020 còn 20.429 ha": the topic of the sentence names the quantity of
    its first figure."""
    r, text = rules(), ctx.text
    toks = ctx.tokens(sent_start, min(f.start, sent_start + r.window))
    if len(toks) < 3 or toks[0][0].lower() != "về":
        return None
    comma = next((k for k, (t, _) in enumerate(toks[: r.max_item + 2]) if t == ","), -1)
    if comma < 2:
        return None
    words = _clean(toks[1:comma])
    if not words or any(t[0].isdigit() for t, _ in words) or prefix(words, r.subject_owners, 0):
        return None
    return _phrase(text, words, sent_start)


def _by_place(ctx: Context, f: Found, sent_start: int) -> bool:
    """Is the clause of ``f`` only a place and verbs ("trong đó huyện A còn 12%, huyện B còn 8%")?"""
    r = rules()
    toks = ctx.tokens(max(sent_start, f.start - 80), f.start)
    j, _run = _gap_run(ctx, toks)
    a = j
    while a > 0 and toks[a - 1][0] not in ",;(" and toks[a - 1][0].lower() not in ("đó", "và", "còn"):
        a -= 1
    seg = toks[a:j]
    if not seg or j - a > 6 or a == 0:
        return False
    if any(t.lower() in r.item_stops for t, _ in seg) or suffix(seg, r.item_verbs, len(seg)):
        return False  # "huyện Quảng Điền đã chi trả 104,769 tỷ đồng": an action, not a part of a total
    return bool(prefix(seg, r.place_owners, 0)) or all(t[0].isupper() for t, _ in seg if t[0].isalpha())


def _after_place(ctx: Context, f: Found, sent_start: int) -> bool:
    """Is ``f`` a bracketed figure right after a capitalised name ("TP Cẩm Phả (13.000 con)")?"""
    text = ctx.text
    before = text[max(sent_start, f.start - 40) : f.start].rstrip()
    if not before.endswith("("):
        return False
    toks = tokens_in(text, max(sent_start, f.start - 40), f.start)
    return len(toks) >= 2 and toks[-2][0][:1].isupper()


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
