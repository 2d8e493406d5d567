"""Sentences glued without punctuation: where a capital letter alone marks a new sentence.

Scraped news glues captions, photo credits, headings and list-item titles to the next sentence with a
single space (``... tại hiện trường Theo đó, ...``, ``Ảnh: Công lý “Phía huyện ủy ...``, ``1. Jeon Bo
Ram Đường cong ...``). :mod:`dvtext.text.sentences` finds the clear cases by rules; this module decides
the rest with a small logistic model (``data/sentence_model.json``, trained by
``bench/tools/train_sentence_model.py``) at every **candidate**: inside a line, a space after a word, a
number, a closing quote or a closing bracket (not after ``.!?…,;:``), before a capitalised word (an
opening quote allowed before it) or a list number ``1.`` followed by a capital.

Most candidates are names (``tỉnh Nghệ An``, ``ông Nguyễn Văn A``). A **gate** (two weights: the next
word, the word before) drops them at the cost of two dictionary look-ups; the few that pass get the full
features (:func:`features`): the next word and bigram, the previous word and bigram, shapes (title case,
upper case, digits, list numbers, quotes), runs of capitalised words before and after, the learned
capitalisation statistics (``data/sentence_stats.json``: does the word open sentences or continue names,
does the previous word end sentences), the words since the last boundary and what that boundary was,
how often the word opens a sentence or follows a lower-case word elsewhere in the text (a subject that
recurs vs. a name of the article), a credit label (``Ảnh:``, ``Nguồn:``) a few words before, an opening
quote left open. Their weighted sum (a logit) is compared with the model's threshold.

Everything here looks at a bounded window around the candidate, and the per-text counts are made once
(one pass of a regular expression), so the splitter stays linear in the length of the text.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# What may open a sentence before its first letter: quotes, brackets, dashes, bullets.
OPENERS = "\"'“‘«([{-–—+•*·…>"
TRAILING = ".,;:!?…\"'”’»)]}"
UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())
WINDOW = 64  # characters of context looked at on each side of a candidate
# A candidate: a space after a word, a number, a closing quote or bracket, before a capitalised word (an
# opening quote allowed) or a list number followed by a capital. Group 1 is the word or the number.
CANDIDATE = re.compile(
    r" (?<=[" + LOWER + r"\d" + UPPER + r"\"'”’)\]] )[\"“‘']?+(?:([" + UPPER + r"][^\W_]*+)"
    r"|(\d{1,2}\.)(?= [" + UPPER + r"]))"
)
# A Vietnamese syllable with its marks removed (ă â → a, ê → e, ô ơ → o, ư → u).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?"
)
_BASE = str.maketrans("ăâêôơư", "aaeoou")
_CLOSE_QUOTES = "\"'”’"
_CREDIT_LABELS = ("Ảnh", "ảnh", "Nguồn", "nguồn", "Clip", "Video", "Photo")
_CREDIT_NEAR = re.compile("(?:" + "|".join(_CREDIT_LABELS) + r")\b")
_NEAR = 1000  # characters on each side where other occurrences of the next word are counted
# Words that introduce a photo or source credit (lower-cased, without the colon).
_CREDIT = frozenset({"ảnh", "nguồn", "clip", "video", "photo", "đồ họa", "họa", "theo", "tin"})


@lru_cache(maxsize=16)
def _needles(labels: frozenset[str]) -> tuple[str, ...]:
    """The last words of the credit labels: a window without any of them holds no label."""
    return tuple({label.split()[-1] for label in labels})


def shape(token: str) -> str:
    """The shape of a token as ``build_sentence_stats.py`` counts it: ^l lower, ^T capitalised, ^U upper
    or mixed ("UBND", "iPhone"), ^d digit, ^p other."""
    w = token.lstrip("\"'“‘«([{-–—•*·…>")
    if not w:
        return "^p"
    c = w[0]
    if c.isdigit():
        return "^d"
    if not c.isalpha():
        return "^p"
    if c.islower():
        return "^U" if any(x.isupper() for x in w[1:3]) else "^l"
    return "^T" if len(w) == 1 or w[1].islower() else "^U"


def is_title(word: str) -> bool:
    """A capitalised word: "Theo", "Nghệ", "Ở" (not "UBND", "iPhone", "X-101")."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def is_code(token: str) -> bool:
    """A number or a code: "2017", "9.5", "X-101", "TTXVN", "P.V", "Lập/TTXVN" (the part after the last
    slash counts); not "Chamberlain's", "TTXVN/Tin", "Quochoi.vn"."""
    last = token.rsplit("/", 1)[-1]
    return (
        bool(last)
        and (last[0].isdigit() or last[0].isupper())
        and all(c.isdigit() or c.isupper() or c in ".,+-" for c in last)
    )


@lru_cache(maxsize=8192)
def is_vietnamese_syllable(word: str) -> bool:
    """True for a word shaped like one Vietnamese syllable ("Văn", "Thị", "Nguyễn"; not "Andrei")."""
    if len(word) > 7:
        return False
    base = "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    ).translate(_BASE)
    # NFD splits "đ" into nothing else; ơ/ư lose their horn and become o/u above
    return _SYLLABLE.fullmatch(base) is not None


@dataclass(frozen=True, slots=True)
class Learned:
    """Log-ratios from ``data/sentence_stats.json``: does a capitalised word open a sentence (> 0) or
    continue a name (< 0)? does a lower-case word end a sentence (> 0) or precede a name (< 0)?"""

    pair: dict[str, float]  # "Theo đó", "Theo ^l" (shape of the next word) or "Theo": after a lower-case word
    pair_cap: dict[str, float]  # the same, after a capitalised word
    left: dict[str, float]
    left_unknown: float
    unknown: float

    def starts(self, word: str, following: str, *, after_cap: bool = False) -> float:
        """How strongly ``word`` (then the token ``following``) opens a sentence."""
        table = self.pair_cap if after_cap else self.pair
        if following:
            nxt = following.lstrip(OPENERS).rstrip(TRAILING)
            got = table.get(f"{word} {nxt}")
            if got is None:
                got = table.get(f"{word} {shape(following)}")
            if got is not None:
                return got
        return table.get(word, self.unknown)


def load_learned(settings: dict) -> Learned | None:
    """Turn the counts of ``data/sentence_stats.json`` into smoothed log-ratios (see the build script)."""
    try:
        raw = resources.files("dvtext.data").joinpath("sentence_stats.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    data = json.loads(raw)
    tot = data["totals"]
    ts, min_count, k = tot["start"], settings.get("min_count", 5), settings.get("pseudo_count", 5.0)
    unknown = settings.get("unknown_word", -1.0)

    def ratio(s: float, m: float, tm: float) -> float:
        return math.log((s + 0.5) / ts) - math.log((m + 0.5) / tm)

    def tables(col: int, tm: float) -> dict[str, float]:
        out: dict[str, float] = {}
        for w, c in data["words"].items():
            if c[0] + c[col] >= min_count:
                out[w] = ratio(c[0], c[col], tm)
        pairs = sorted(data["pairs"].items(), key=lambda kv: not kv[0].split(" ", 1)[1].startswith("^"))
        for key, c in pairs:  # shape pairs first: they are the prior of the exact pairs
            w, nxt = key.split(" ", 1)
            prior = out.get(w if nxt.startswith("^") else f"{w} {shape(nxt)}", out.get(w, unknown))
            s, m = (c[0], c[col]) if c[0] + c[col] >= min_count else (0, 0)
            sig = 1.0 / (1.0 + math.exp(-(prior + math.log(ts / tm))))
            out[key] = math.log((s + k * sig) / ts) - math.log((m + k * (1 - sig)) / tm)
        return out

    te, tb = tot["end"], tot["before_cap"]
    return Learned(
        pair=tables(1, tot["mid"]),
        pair_cap=tables(2, tot["mid_cap"]),
        left={w: math.log((e + 0.5) / te) - math.log((b + 0.5) / tb) for w, (e, b) in data["left"].items()},
        left_unknown=math.log(tb / te),
        unknown=unknown,
    )


class Weights(dict[str, float]):
    """Feature weights; a feature the model does not know weighs 0."""

    def __missing__(self, key: str) -> float:
        return 0.0


@dataclass(frozen=True, slots=True)
class Gate:
    """Two small linear models that decide whether a candidate deserves the full features.

    The first runs where the candidate is found, on what costs a few look-ups: the next word (its weight
    and its sentence-opening statistic ``st`` as a word, in ``word_low`` after a lower-case word and in
    ``word_cap`` after a capitalised one), the token before (a lower-case word, with its statistic ``lf``
    of ending sentences, or its class: ``prev``), and whether a credit label (``Ảnh``, ``Nguồn``) is among
    the few words before. Most names stop there. The second runs when the splitter reaches the
    candidate: the same with ``st`` of the word and the next one, the length of the segment so far and
    the kind of boundary it follows."""

    word_low: dict[str, float]
    word_cap: dict[str, float]
    word_low_unknown: float
    word_cap_unknown: float
    prev: dict[str, float]
    prev_unknown: float  # a lower-case word of no table
    credit: float
    cut: float
    next2: dict[str, float]
    next2_unknown: float
    prev2: dict[str, float]
    prev2_unknown: float
    st2: float
    credit2: float
    seg2: tuple[float, ...]
    boundary2: dict[str, float]
    cut2: float

    def scan(self, text: str, start: int, end: int) -> list[tuple[int, str, str]]:
        """First step over the line ``text[start:end]``: the candidates that pass, as (position of the
        space, next word or ``^D``, :func:`prev_key` of the token before). (Written for speed: it sees
        every capitalised word after a word.)"""
        out = []
        word_low, word_cap, prev = self.word_low, self.word_cap, self.prev
        low_unknown, cap_unknown, prev_unknown = self.word_low_unknown, self.word_cap_unknown, self.prev_unknown
        cut, credit = self.cut, self.credit
        prev_t, prev_u = prev.get("^T", 0.0), prev.get("^U", 0.0)
        has_credit: bool | None = None
        for m in CANDIDATE.finditer(text, start, end):
            i = m.start()
            word = m.group(1) or "^D"
            j = text.rfind(" ", start, i)
            tok = text[j + 1 if j >= 0 else start : i]
            if tok.isalpha():
                if tok.islower():
                    key = tok
                    score = word_low.get(word, low_unknown) + prev.get(tok, prev_unknown)
                elif tok.istitle():
                    key = "^T"
                    score = word_cap.get(word, cap_unknown) + prev_t
                else:
                    key = "^U"
                    score = word_cap.get(word, cap_unknown) + prev_u
            else:
                key = prev_key(tok)
                if key in ("^T", "^U"):
                    score = word_cap.get(word, cap_unknown) + prev.get(key, 0.0)
                elif key[0] == "^":
                    score = word_low.get(word, low_unknown) + prev.get(key, 0.0)
                else:
                    score = word_low.get(word, low_unknown) + prev.get(key, prev_unknown)
            if score >= cut:
                out.append((i, word, key))
            elif score + credit >= cut:
                if has_credit is None:  # any credit label in the line? (found with fast substring searches)
                    has_credit = any(text.find(label, start, end) >= 0 for label in _CREDIT_LABELS)
                if has_credit and credit_near(text, i, start):
                    out.append((i, word, key))
        return out

    def second(self, word: str, key: str, st: float, credit: bool, seg_words: int, boundary: str) -> bool:
        """Second step, with the exact ``st`` (see :func:`gate_inputs`)."""
        got = self.prev2.get(key)
        score = self.next2.get(word, self.next2_unknown) + self.st2 * st + self.credit2 * credit
        score += (self.prev2_unknown if key[0] != "^" else 0.0) if got is None else got
        return score + self.seg2[SEG[min(seg_words, 31)]] + self.boundary2.get(boundary, 0.0) >= self.cut2


@dataclass(frozen=True, slots=True)
class Model:
    """The logistic model of ``data/sentence_model.json``: weights of named features, a bias, the
    threshold on the logit, and the :class:`Gate`."""

    weights: Weights
    bias: float
    threshold: float
    gate: Gate

    def logit(self, keys: list[str], nums: list[tuple[str, float]]) -> float:
        """The weighted sum of the features (as :func:`features` gives them) plus the bias."""
        w = self.weights
        return self.bias + sum(map(w.__getitem__, keys)) + sum(w[k] * v for k, v in nums)


def prev_key(token: str) -> str:
    """How the gate sees the token before a candidate: a lower-case word as itself (class l of
    :func:`prev_class`), otherwise ``^`` and its class."""
    if token.isalpha() and token.islower():
        return token  # the usual case, quickly
    pc = prev_class(token) if token else "s"
    return token.lstrip(OPENERS) if pc == "l" else "^" + pc


def prev_class(token: str) -> str:
    """The class of the token before a candidate: l lower, T title, U upper or code, d number, q closing
    quote, b closing bracket, o other."""
    last = token[-1:]
    if last in _CLOSE_QUOTES:
        return "q"
    if last in ")]":
        return "b"
    core = token.lstrip(OPENERS)
    if core.isalpha():
        if core.islower():
            return "l"
        return "T" if is_title(core) else "U"
    if core[:1].isdigit():
        return "d"
    return "U" if is_code(core) else "o"


def _bucket(n: int, edges: tuple[int, ...]) -> int:
    """The index of the first edge ``n`` does not exceed (len(edges) past the last)."""
    for i, e in enumerate(edges):
        if n <= e:
            return i
    return len(edges)


def _low(token: str) -> str:
    """A token as a lexical feature: its core lower-cased, or its shape when it is not alphabetic."""
    core = token.lstrip(OPENERS).rstrip(TRAILING)
    if core.isalpha():
        return core.lower()
    return shape(token) if core else "^p"


def previous_token(text: str, space: int, floor: int) -> str:
    """The token before ``space`` (not before ``floor``)."""
    j = text.rfind(" ", floor, space)
    return text[j + 1 if j >= 0 else floor : space]


def credit_near(text: str, space: int, floor: int) -> bool:
    """Whether a credit label (``Ảnh``, ``Nguồn``) is among the few words before ``space``."""
    return _CREDIT_NEAR.search(text, max(floor, space - 40), space) is not None


def gate_inputs(
    text: str, space: int, word: str, key: str, seg_start: int, line_start: int, line_end: int, learned: Learned
) -> tuple[float, bool, int]:
    """What the gate's second step adds for the candidate at ``space`` before ``word`` (``^D`` for a
    list number), after the token ``key`` (:func:`prev_key`): the ``st`` of the word (and the next
    one), whether a credit label is among the few words before (in the line), the number of words in
    the segment so far."""
    if word == "^D":
        st = 0.0
    else:
        after = text[space + 1 : min(line_end, space + 1 + WINDOW)].split(" ", 2)
        tok = after[0]
        following = after[1] if len(after) > 1 and tok[-1:].isalnum() else ""
        st = clip(learned.starts(word, following, after_cap=key in ("^T", "^U")))
    credit = credit_near(text, space, line_start)
    return st, credit, text.count(" ", max(seg_start, space - 400), space)


def _context(text: str, space: int, seg_start: int, line_end: int) -> tuple[list[str], list[str], int]:
    """The tokens after ``space`` (at most four, in the line) and before it (in the segment, at most
    ``WINDOW`` characters back), and where the window before starts."""
    after = text[space + 1 : min(line_end, space + 1 + WINDOW)].split(" ", 3)
    lo = max(seg_start, space - WINDOW)
    before = text[lo:space].split()
    if lo > seg_start and text[lo - 1] != " " and before:
        before = before[1:]  # a token cut by the window
    return after, before, lo


def features(
    text: str,
    space: int,
    seg_start: int,
    line_end: int,
    boundary: str,
    learned: Learned | None,
    labels: frozenset[str] = _CREDIT,
) -> tuple[list[str], list[tuple[str, float]]]:
    """The features of the candidate at ``space``: the names of the binary ones, and the numeric ones
    (name, value). The segment so far starts at ``seg_start``, after a boundary of kind ``boundary``
    (line, punct or glued)."""
    after, before, lo = _context(text, space, seg_start, line_end)
    tok = after[0]
    list_marker = tok[:1].isdigit()
    if list_marker:  # "1. Jeon Bo Ram": the marker, then the words of the item
        after = after[1:]
        tok = after[0] if after else ""
    quoted = tok[:1] in "\"“‘'"
    word = tok.lstrip("\"“‘'").rstrip(TRAILING)
    glued_next = bool(tok) and tok[-1].isalnum()
    following = after[1] if glued_next and len(after) > 1 else ""
    ns = "D" if list_marker else ("QT" if quoted else "T") if is_title(word) else ("QU" if quoted else "U")
    if before:
        prev = before[-1]
        pc = prev_class(prev)
        pw = _low(prev)
        p2w = _low(before[-2]) if len(before) > 1 else "^s"
    else:
        prev, pc, pw, p2w = "", "s", "^s", "^s"
    nw = word.lower()
    run_b = 0
    for t in reversed(before[-4:]):
        if t[-1:] in TRAILING or not is_title(t.lstrip(OPENERS)):
            break
        run_b += 1
    run_a = 1
    if glued_next:
        for t in after[1:3]:
            if not is_title(t.lstrip(OPENERS).rstrip(TRAILING)):
                break
            run_a += 1
            if not t[-1:].isalnum():
                break
    seg_words = text.count(" ", max(seg_start, space - 400), space)
    rem = text.count(" ", space + 1, min(line_end, space + 80))
    # the word elsewhere nearby, capitalised, and opening a sentence: a recurring subject ("Cô ...")
    # or a name of the article ("đồng Chia")
    lo_n, hi_n = max(0, space - _NEAR), space + _NEAR
    cap = text.count(f" {word} ", lo_n, hi_n) - 1 if word else 0
    opens = text.count(f". {word} ", lo_n, hi_n) if word else 0
    keys = [
        "n=" + nw,
        f"nb={nw} {_low(following) if following else '^e'}",
        "p=" + pw,
        f"pb={p2w} {pw}",
        "ns=" + ns,
        "ps=" + pc,
        f"ps|ns={pc}|{ns}",
        "n2s=" + (shape(following) if following else "^e"),
        f"rb={run_b}",
        f"ra={run_a}",
        f"seg={SEG[min(seg_words, 31)]}",
        "bd=" + boundary,
        f"rem={_REM[min(rem, 11)]}",
        f"rep={min(max(cap, 0), 3)}|{min(opens, 3)}",
    ]
    nums: list[tuple[str, float]] = []
    if word and not is_vietnamese_syllable(word):
        keys.append("nf")
    if learned is not None and word:
        st = max(-8.0, min(8.0, learned.starts(word, following, after_cap=pc in "TU"))) / 4
        nums.append(("st", st))
        nums.append(("st|" + pc, st))
        if pc == "l":
            nums.append(("lf", max(-8.0, min(8.0, learned.left.get(pw, learned.left_unknown))) / 4))
    window = text[lo:space].lower()
    if any(needle in window for needle in _needles(labels)):  # a credit label a few words before
        for i, t in enumerate(reversed(before[-6:])):
            low = t.lstrip(OPENERS).rstrip(":").lower()
            if low in labels or (i + 1 < len(before) and f"{before[-i - 2].lower()} {low}" in labels):
                d = min(i, 3)
                keys.append(f"cr={low}{':' if t[-1] == ':' else ''}|{d}")
                keys.append(f"cr|ps={d}|{pc}")
                break
    if tok and not glued_next:
        keys.append("nt=" + tok[-1])  # "Ảnh,", "Họp Báo;"
    elif len(after) == 1:
        keys.append("nt=$")  # the last word of the line
    if seg_words <= 12 and before and seg_start == lo:
        first = before[0]
        fs = "D" if first[:1].isdigit() and first[-1] == "." else prev_class(first)
        keys.append(f"sf={fs}|{_SF[min(seg_words, 9)]}|{run_b == len(before)}")
    seg = text[max(seg_start, space - 200) : space]
    if seg.count("“") > seg.count("”") or seg.count('"') % 2:
        keys.append("oq")  # inside a quotation
    if prev and not any(c.isalnum() for c in prev):
        keys.append("pq")  # a lone quote or dash before: 'khẩu phần ăn uống: " Mỗi ngày ...'
    if seg.rfind("(") > seg.rfind(")"):
        keys.append("ob")  # inside brackets: "(Nghị định Số: 11/2010/NĐ-CP ...)"
    if len(word) > 1 and seg_words >= 2:
        # the segment's subject again: "Marseille muốn mượn Guendouzi Marseille đang đàm phán ..."
        if seg_start == lo and before[0].lstrip(OPENERS) == word:
            keys.append("same=" + pc)
        elif f" {word} " in seg or seg.startswith(word + " "):
            keys.append("inseg=" + pc)
    return keys, nums


# Buckets of counts: words in the segment so far, words left in the line, words of a short segment.
SEG = tuple(_bucket(n, (1, 2, 3, 5, 8, 12, 20, 30)) for n in range(32))
_REM = tuple(_bucket(n, (2, 5, 10)) for n in range(12))
_SF = tuple(_bucket(n, (1, 2, 4, 8)) for n in range(10))


def load_model(learned: Learned | None) -> Model | None:
    """The model of ``data/sentence_model.json`` (None when the file is absent or disabled)."""
    try:
        raw = resources.files("dvtext.data").joinpath("sentence_model.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return model_from_dict(json.loads(raw), learned)


def model_from_dict(data: dict, learned: Learned | None) -> Model | None:
    """A :class:`Model` from the contents of ``data/sentence_model.json`` (None when disabled)."""
    if not data.get("enabled", True):
        return None
    return make_model(data["weights"], data["bias"], data["threshold"], data["gate"], learned)


def clip(score: float) -> float:
    """A log-ratio of the statistics as a feature: clipped to [-8, 8], divided by 4."""
    return max(-8.0, min(8.0, score)) / 4


def make_model(
    weights: dict[str, float], bias: float, threshold: float, gate: dict, learned: Learned | None
) -> Model:
    """A :class:`Model` from its weights, bias, threshold and gate: ``first`` (``next``, ``next_unknown``,
    ``prev``, ``prev_unknown``, ``st``, ``lf``, ``credit``, ``cut``) and ``second`` (the same and
    ``seg``, ``boundary``), with the look-up tables of the first step made from the statistics."""
    g1, g2 = gate["first"], gate["second"]
    pair = learned.pair if learned is not None else {}
    pair_cap = learned.pair_cap if learned is not None else {}
    left = learned.left if learned is not None else {}
    left_unknown = learned.left_unknown if learned is not None else 0.0
    unknown_st = clip(learned.unknown if learned is not None else 0.0)

    def prev_table(g: dict) -> tuple[dict[str, float], float]:
        out = {k: v for k, v in g["prev"].items() if k[0] == "^"}
        for w in set(g["prev"]) | set(left):
            if w[0] != "^":
                out[w] = g["prev"].get(w, g["prev_unknown"]) + g["lf"] * clip(left.get(w, left_unknown))
        return out, g["prev_unknown"] + g["lf"] * clip(left_unknown)

    words = {w for w in set(pair) | set(pair_cap) if " " not in w} | set(g1["next"])

    def word_table(table: dict[str, float]) -> dict[str, float]:
        out = {w: g1["next"].get(w, g1["next_unknown"]) + g1["st"] * clip(table.get(w, unknown_st * 4)) for w in words}
        out["^D"] = g1["next"].get("^D", g1["next_unknown"])  # a list number: no st
        return out

    prev1, prev1_unknown = prev_table(g1)
    word_cap = word_table(pair_cap)
    prev2, prev2_unknown = prev_table(g2)
    return Model(
        weights=Weights(weights),
        bias=bias,
        threshold=threshold,
        gate=Gate(
            word_low=word_table(pair),
            word_cap=word_cap,
            word_low_unknown=g1["next_unknown"] + g1["st"] * unknown_st,
            word_cap_unknown=g1["next_unknown"] + g1["st"] * unknown_st,
            prev=prev1,
            prev_unknown=prev1_unknown,
            credit=g1["credit"],
            cut=g1["cut"],
            next2=g2["next"],
            next2_unknown=g2["next_unknown"],
            prev2=prev2,
            prev2_unknown=prev2_unknown,
            st2=g2["st"],
            credit2=g2["credit"],
            seg2=tuple(g2["seg"]),
            boundary2=g2["boundary"],
            cut2=g2["cut"],
        ),
    )
