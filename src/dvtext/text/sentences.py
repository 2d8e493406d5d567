"""Sentence splitting for Vietnamese news text: rules over punctuation, abbreviations and lines.

Every line break is a boundary (a title, a caption or a list item without closing punctuation is a
sentence of its own). Inside a line, a boundary is placed after a run of ``.``, ``!``, ``?``, ``…``
(``?!``, ``...`` included) and the closing quotes or brackets glued to it (``.”``, ``?"``, ``.)``), when
a space follows and the next sentence does not start with a lower-case letter. A period is *not* a
boundary when it

- ends an abbreviation that never ends a sentence: ``TP.``, ``Q.``, ``PGS.TS.``, ``Th.S``, ``GS.TSKH.``
  (the ``dotted`` list of ``data/abbreviations.json``); ``v.v.`` and ``etc.`` may end a sentence;
- is inside a token: numbers ``71.940``, ``1.234,5``, ``3.5``, dates ``08.4.2019``, ``TP.HCM``, ``Q.1``,
  domain names ``nghean.dcs.vn``, e-mail addresses, times ``8h30`` (no space follows, no candidate);
- follows an initial: ``H. Nam`` at the start of a credit, ``Theo T. Hùng``, ``Andrei A. Gromyko``,
  ``trú Q. Gò Vấp``. A capital letter after a Vietnamese name or a kinship word ends the sentence:
  ``... ông Nguyễn Văn A. Ông A cho biết``, ``chị H. Chị kể``;
- numbers a list item at the start of a sentence or after ``;``: ``1. Tuổi Thìn``, ``II. Nhiệm vụ``,
  ``a. Về kinh tế``.

Scraped news often glues a caption, a photo credit or a heading to the next sentence without any
punctuation. A boundary is also placed (lexicons in ``data/sentences.toml``):

- after a credit: ``(Ảnh: Getty Images) Xe cứu hỏa ...``, ``... Ảnh: AFP/TTXVN Theo các nguồn tin ...``;
- before an unambiguous two-word opener: ``... tại hiện trường Theo đó, vào ...``, ``... Sáng 5/6, ...``;
- before a capitalised function word that cannot continue a name, followed by a lower-case word, after a
  lower-case word, a number, a bracket or a name: ``... bị áp giải ra xe Theo hồ sơ, ...``;
- at a period glued to the next sentence: ``... đồng.Theo đó`` (a lower-case word before it, a
  capitalised word after it; never in URLs, e-mail addresses or domain names);
- after a caption label opening a sentence (``Ảnh minh họa 3 năm ...``, ``Xem chi tiết Hỏa hoạn ...``),
  a related-article link in square brackets (``[Iraq: ... tự sát] Các tay súng ...``), a one-word foreign
  credit or a domain (``Ảnh: Sohu Trung Quốc ...``, ``Ảnh: Quochoi.vn Đại biểu ...``), and any capital
  after a credit in brackets (``(Nguồn: Reuters) AFP đưa tin ...``).

Where only a capital letter marks the glued sentence, learned statistics decide (``data/sentence_stats.json``,
counted from 33,555 baomoi articles outside every gold and dev set and from VNTC by
``bench/tools/build_sentence_stats.py``). A capitalised word after a word, with no punctuation between, is
either a name (``tỉnh Nghệ An``, ``ông Nguyễn``) or a sentence start glued to a caption (``... khiến tôm
chết Nguyên nhân ...``). Its score is the log-ratio of how often it (with the next word, or the shape of
the next word) opens a sentence vs. is capitalised inside one; after a lower-case word, plus the log-ratio
of how often that word ends a sentence vs. precedes a capitalised word. A boundary is placed when the
score passes the threshold of its context (``[learned]`` in ``data/sentences.toml``): after a lower-case
word in a segment of at most 20 words so far (captions are short), unless the word before is capitalised
(``Trung tâm Quản lý Tình hình``: a name in sentence case) or the word is capitalised after lower-case
words more than twice in the text (``đồng Chia``: a name of the article); after a number or a code
(``... tên lửa X-101 Dưới sự hộ tống ...``); inside or after a short credit (``Ảnh: Trung Kiên Trận thắng
...``). A capitalised word after another one (a heading ending in a name) is left alone: too often a name.

The splitter is linear in the length of the text: the regular expressions cannot rescan a position
(possessive runs, look-behinds at run starts) and each candidate looks at a bounded window around it.
It never raises on a ``str``; spans cover every non-space character of the text, in order.

Example:
    >>> text = "TP. Vinh có 16 phường. Ông Nguyễn Văn A. cho biết: “Đã xong.” Tiếp theo"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['TP. Vinh có 16 phường.', 'Ông Nguyễn Văn A. cho biết: “Đã xong.”', 'Tiếp theo']
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dvtext.text.abbreviations import dotted_abbreviations
from dvtext.text.normalize import ensure_text
from dvtext.types import Sentence

__all__ = ["split_sentences"]

# Line breaks (those of str.splitlines): every one is a boundary.
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
# A candidate end: a run of terminal punctuation that starts the run (the look-behind keeps the scan
# linear on "....."), the closing quotes/brackets glued to it, then white space.
_CLOSERS = "\"'”’»)]}"
_END = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’»)\]}]*+(?=\s)")
# A period glued to the next sentence: "đồng.Theo". Lower-case letter before, capital + lower-case after.
_GLUED_PERIOD = re.compile(r"\.(?<=[^\W\d_]\.)(?=[^\W\d_][^\W\d_])")
# What may open a sentence before its first letter: quotes, brackets, dashes, bullets.
_OPENERS = "\"'“‘«([{-–—+•*·…>"
# A token before a period that numbers a list item: 1. 12. I. IV. a. 1.2.
_ENUMERATOR = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zA-Zđ]")
# Initials: "A", "N.H", "Đ.T" (capital letters joined by periods).
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
# A Vietnamese syllable with its marks removed (ă â → a, ê → e, ô ơ → o, ư → u).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?"
)
_BASE = str.maketrans("ăâêôơư", "aaeoou")
_WINDOW = 64  # characters of context looked at on each side of a candidate
# A capitalised word after a word and one space, inside a line: "... hiện trường Theo", "tỉnh Nghệ".
_UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())
_TRAILING = ".,;:!?…\"'”’»)]}"
_LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and c.isalpha())
# A capitalised word after a lower-case word: how often each one occurs in a text tells names apart.
_AFTER_LOWER = re.compile(r"(?<=[" + _LOWER + r"]) ([" + _UPPER + r"][" + _LOWER + r"]*+)(?![^\W_])")
# A capitalised word after a word and one space: "... tôm chết Nguyên", "tỉnh Nghệ", "X-101 Dưới", a
# closing quote allowed before the space ("... tràn lan” Liên quan ..."). Group 1 is the word.
_GLUE_NEXT = re.compile(
    r" (?<=[" + _LOWER + r"\d" + _UPPER + r"\"'”’] )([" + _UPPER + r"][" + _LOWER + r"]*+)"
)
# A related-article link in square brackets glued to the next sentence: "[Iraq: ... tự sát] Các tay súng"
_LINK_BRACKET = re.compile(r"\[(?<!\S\[)[^\[\]\n]{12,160}\](?= [\d" + _UPPER + r"])")
_CAPTION_NEXT = frozenset("0123456789" + _UPPER)
# After a credit label: one to three capitalised words, then a capitalised word ("Ảnh: Tấn Việt Tàu").
_CREDIT_RUN = re.compile(r":? ((?:[" + _UPPER + r"]\S*+ ){0,2}[" + _UPPER + r"]\S*+)(?= [" + _UPPER + r"])")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    never_end: frozenset[str]
    may_end: frozenset[str]
    name_words: frozenset[str]
    place_words: frozenset[str]
    place_letters: frozenset[str]
    credit_words: frozenset[str]
    starters: frozenset[str]
    title_words: frozenset[str]
    name_syllables: frozenset[str]
    glued: re.Pattern[str] | None
    opener: re.Pattern[str] | None
    glued_word: re.Pattern[str] | None
    credit: re.Pattern[str] | None
    credit_colon: re.Pattern[str] | None
    credit_labels: tuple[str, ...]
    caption_labels: frozenset[str]
    credit_names: tuple[str, ...]
    learned: _Learned | None


@dataclass(frozen=True, slots=True)
class _Learned:
    """Log-ratios from ``data/sentence_stats.json``: does a capitalised word open a sentence (> 0) or
    continue a name (< 0)? Thresholds from ``data/sentences.toml`` ``[learned]``."""

    pair: dict[str, float]  # "Theo đó", "Theo ^l" (shape of the next word) or "Theo": after a lower-case word
    pair_cap: dict[str, float]  # the same, after a capitalised word
    left: dict[str, float]  # a lower-case word: ends a sentence (> 0) or precedes a name (< 0)
    left_unknown: float
    unknown: float
    lower: float
    code: float
    credit: float
    max_words: int
    max_repeats: int
    best: dict[str, float]  # per word, the highest score over the pairs it starts (a quick filter)
    cutoff: float  # a word whose best score is below this cannot pass any threshold

    def starts(self, word: str, following: str, *, after_cap: bool = False) -> float:
        """How strongly ``word`` (then the token ``following``) opens a sentence."""
        table = self.pair_cap if after_cap else self.pair
        if following:
            nxt = following.lstrip(_OPENERS).rstrip(_TRAILING)
            got = table.get(f"{word} {nxt}")
            if got is None:
                got = table.get(f"{word} {_shape(following)}")
            if got is not None:
                return got
        return table.get(word, self.unknown)


def _shape(token: str) -> str:
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


def _is_title(word: str) -> bool:
    """A capitalised word: "Theo", "Nghệ", "Ở" (not "UBND", "iPhone", "X-101")."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _is_code(token: str) -> bool:
    """A number or a code: "2017", "9.5", "X-101", "TTXVN", "P.V", "Lập/TTXVN" (the part after the last
    slash counts); not "Chamberlain's", "TTXVN/Tin", "Quochoi.vn"."""
    last = token.rsplit("/", 1)[-1]
    return (
        bool(last)
        and (last[0].isdigit() or last[0].isupper())
        and all(c.isdigit() or c.isupper() or c in ".,+-" for c in last)
    )


def _load_learned(settings: dict) -> _Learned | None:
    """Turn the counts of ``data/sentence_stats.json`` into smoothed log-ratios (see the build script)."""
    if not settings.get("enabled", True):
        return None
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
            prior = out.get(w if nxt.startswith("^") else f"{w} {_shape(nxt)}", out.get(w, unknown))
            s, m = (c[0], c[col]) if c[0] + c[col] >= min_count else (0, 0)
            sig = 1.0 / (1.0 + math.exp(-(prior + math.log(ts / tm))))
            out[key] = math.log((s + k * sig) / ts) - math.log((m + k * (1 - sig)) / tm)
        return out

    te, tb = tot["end"], tot["before_cap"]
    pair = tables(1, tot["mid"])
    left = {w: math.log((e + 0.5) / te) - math.log((b + 0.5) / tb) for w, (e, b) in data["left"].items()}
    best: dict[str, float] = {}
    for key, score in pair.items():
        w = key.split(" ", 1)[0]
        best[w] = max(best.get(w, score), score)
    lower, code = settings.get("threshold_lower", 4.0), settings.get("threshold_code", 3.0)
    return _Learned(
        pair=pair,
        pair_cap=tables(2, tot["mid_cap"]),
        left=left,
        left_unknown=math.log(tb / te),
        unknown=unknown,
        lower=lower,
        code=code,
        credit=settings.get("threshold_credit", 0.5),
        max_words=settings.get("max_words", 20),
        max_repeats=settings.get("max_repeats", 2),
        best=best,
        cutoff=min(code, lower - max(math.log(tb / te), *left.values())),
    )


@cache
def _lexicon() -> _Lexicon:
    """Load ``data/sentences.toml`` and the dotted abbreviations once."""
    raw = resources.files("dvtext.data").joinpath("sentences.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    alternatives = []
    for first, nexts in data.get("glued_openers", {}).items():
        follow = []
        for n in nexts:
            if n == "digit":
                follow.append(r"\d")
            elif n == ",":
                follow.append(",")
            else:
                follow.append(re.escape(n) + r"(?![^\W_])")
        alternatives.append(re.escape(first) + " (?:" + "|".join(follow) + ")")
    glued = opener = glued_word = None
    if alternatives:
        # one space after a letter, digit or bracket, then the opener: the boundary is before the space
        # (the character class of first letters comes first: it keeps the scan fast)
        firsts = "".join(sorted({k[0] for k in data["glued_openers"]}))
        glued = re.compile(
            r" (?=[" + re.escape(firsts) + r"])(?<=[^\W_] |\) )(?=(?:" + "|".join(alternatives) + "))"
        )
        opener = re.compile(r"[\"'“‘(]?(?:" + "|".join(alternatives) + ")")
    words = data.get("glued_starters", ())
    if words:
        firsts = "".join(sorted({w[0] for w in words}))
        glued_word = re.compile(
            r" (?=["
            + re.escape(firsts)
            + r"])(?<=[^\W_] |\) )(?=(?:"
            + "|".join(re.escape(w) for w in words)
            + r") [^\W_])"
        )
    credit = credit_colon = None
    labels = tuple(sorted(data.get("credit_labels", ()), key=len, reverse=True))
    if labels:
        label = "(?:" + "|".join(re.escape(w) for w in labels) + ")"
        # "(Ảnh: Getty Images)", then one space; the boundary is at the space
        credit = re.compile(r"\(" + label + r"\b[^()\n]{0,60}\)(?= )")
        # "Ảnh: AFP/TTXVN", then one space (the label before ": " is checked by _after_label)
        credit_colon = re.compile(
            r": (?:[A-ZĐ][A-ZĐ0-9&]+(?:[/-][A-ZĐ][A-ZĐ0-9&]*)*(?![^\W_.])"  # AFP/TTXVN
            r"|[A-Z][a-z]{2,12}(?![^\W_.])"  # one foreign word: Getty, Sohu (checked in _credit_ends)
            r"|[\w-]{2,30}\.(?:vn|com|net|org|gov\.vn|com\.vn)(?![^\W_])"  # a domain: Quochoi.vn
            r")(?= )"
        )
    return _Lexicon(
        never_end=dotted_abbreviations(),
        may_end=frozenset(data.get("may_end", ())),
        name_words=frozenset(data.get("name_words", ())),
        place_words=frozenset(data.get("place_words", ())),
        place_letters=frozenset(data.get("place_letters", ())),
        credit_words=frozenset(data.get("credit_words", ())),
        starters=frozenset(data.get("starters", ())),
        title_words=frozenset(data.get("title_words", ())),
        name_syllables=frozenset(data.get("name_syllables", ())),
        glued=glued,
        opener=opener,
        glued_word=glued_word,
        credit=credit,
        credit_colon=credit_colon,
        credit_labels=labels,
        caption_labels=frozenset(data.get("caption_labels", ())),
        credit_names=tuple(w for w in labels if w[0].isupper()),
        learned=_load_learned(data.get("learned", {})),
    )


def _is_vietnamese_syllable(word: str) -> bool:
    """True for a word shaped like one Vietnamese syllable ("Văn", "Thị", "Nguyễn"; not "Andrei")."""
    if len(word) > 7:
        return False
    base = "".join(
        c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c)
    ).translate(_BASE)
    # NFD splits "đ" into nothing else; ơ/ư lose their horn and become o/u above
    return _SYLLABLE.fullmatch(base) is not None


def _foreign_word(word: str) -> bool:
    """True for a lower-case word that is neither Vietnamese nor a short word ("realme", "https://x.vn")."""
    letters = word.rstrip(".,:;!?…\"'”’)")
    return letters.isascii() and not _is_vietnamese_syllable(letters)


def _previous_word(text: str, end: int, floor: int) -> str:
    """The run of non-space characters ending at ``end`` (at most ``_WINDOW`` long, not before ``floor``)."""
    i = end
    lo = max(floor, end - _WINDOW)
    while i > lo and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


def _first_letter(following: str) -> str:
    """The first letter or digit of the next sentence, skipping opening quotes, brackets and bullets."""
    for ch in following[:8]:
        if ch.isalnum():
            return ch
        if ch not in _OPENERS and not ch.isspace():
            return ""
    return ""


def _starts_upper(following: str) -> bool | None:
    """Whether the next token starts like a sentence: True (capital, digit, other script), False
    (lower-case letter, continuing punctuation), None (cannot tell: symbols, emoji, a lower-case word
    that is not Vietnamese such as "realme")."""
    if not following:
        return True
    if following[0] in ",;:)]}%/":
        return False
    first = _first_letter(following)
    if not first:
        return None
    if first.islower():
        # "iPhone", "eKYC" (a capital inside the word), "realme 8", "https://..." (not Vietnamese:
        # None, judged by what comes before)
        word = following[following.index(first) :].split(" ")[0]
        if any(c.isupper() for c in word[1:3]):
            return True
        return None if len(word) >= 4 and _foreign_word(word) else False
    return True


def _initial_ends(
    text: str, tok_start: int, core: str, following: str, seg_start: int, lex: _Lexicon
) -> bool:
    """Whether a period after a single capital letter ("A.", "N.H.") ends the sentence."""
    if following.startswith("("):
        return False  # "Nguyễn Thị B. (trú tại ...)", "nạn nhân là L.T.M.N. (SN 2006)"
    digit = _first_letter(following).isdigit()
    if digit and core in lex.place_letters:
        return False  # "Q. 1", "P. 5"
    j = tok_start
    while j > seg_start and text[j - 1] == " ":
        j -= 1
    if j <= seg_start:
        return False  # an initial opening the sentence: "H. Nam (tổng hợp)"
    word = _previous_word(text, j, seg_start)
    if not word or not word[-1].isalnum():
        return False  # "(Ảnh: N.H.)", "Phường 5, Q. 3"
    low = word.lower()
    before = _previous_word(text, max(seg_start, j - len(word) - 1), seg_start).lower()
    if core in lex.place_letters and (low in lex.place_words or f"{before} {low}" in lex.place_words):
        return False  # "trú Q. Gò Vấp", "tại P. Bến Thành"
    if word[0].isupper() and word in lex.credit_words:
        return False  # "Theo T. Hùng"
    if word[0].isupper() and not _is_vietnamese_syllable(word):
        # "Andrei A. Gromyko" (a foreign name goes on) vs "Serie A. Đây là", "PV Gas D. Đoàn Chủ tịch"
        nxt = following.lstrip(_OPENERS).split(" ")[0].rstrip(".,:;!?")
        return bool(nxt) and (not nxt[0].isupper() or nxt.isupper() or _is_vietnamese_syllable(nxt))
    if word[0].isupper() or low in lex.name_words or f"{before} {low}" in lex.name_words:
        # the end of a name: "Nguyễn Văn A. Ông A", "chị H. Chị kể"; not "vay của bà C. 200 triệu"
        return not digit
    return True  # "30 độ C. Trên", "vitamin C. Vitamin", "bảng A. Khi"


def _period_ends(text: str, start: int, closers: str, following: str, seg_start: int, lex: _Lexicon) -> bool:
    """Whether the single period at ``start`` (with ``closers`` glued after it) ends a sentence."""
    if closers:
        return True  # ".”", ".)": the sentence ends after the quote or bracket
    tok = _previous_word(text, start, seg_start)
    tok_start = start - len(tok)
    core = tok.lstrip(_OPENERS)
    if not core or core[-1] in _CLOSERS or core in lex.may_end:
        return True  # "(Ảnh minh họa). Tiếp", "“...”. Tiếp", "v.v. Tiếp"
    if core in lex.never_end or (
        "." in core and all(p in lex.never_end for p in core.split("."))  # "PGS.TS", "GS.TSKH"
    ):
        # "TP. Vinh", "PGS.TS. Lê Văn B" go on; "trên địa bàn TP. Tại cuộc họp" and
        # "UBND TP. Do đó, ..." end (no place or person name starts with these words)
        return following.split(" ", 1)[0].lstrip(_OPENERS) in lex.starters or _opens(following, lex)
    if len(core) <= 7 and core[0].isupper() and _INITIALS.fullmatch(core) and core.replace(".", "").isupper():
        return _initial_ends(text, tok_start, core, following, seg_start, lex) or _opens(following, lex)
    if len(core) <= 11 and _ENUMERATOR.fullmatch(core):
        j = tok_start
        while j > seg_start and text[j - 1].isspace():
            j -= 1
        if j == seg_start or text[j - 1] == ";":
            return False  # "1. Tuổi Thìn", "...; 2. Về ..."
    return True


def _opens(following: str, lex: _Lexicon) -> bool:
    """Whether ``following`` starts with an unambiguous sentence opener ("Do đó", "Theo đó", "Sáng 5/6")."""
    return lex.opener is not None and lex.opener.match(following) is not None


def _ends(text: str, start: int, end: int, seg_start: int, line_end: int, lex: _Lexicon) -> bool:
    """Whether the candidate ``text[start:end]`` (punctuation + closers, a space after) ends a sentence."""
    j = end
    while j < line_end and text[j].isspace():
        j += 1
    following = text[j : j + _WINDOW // 4]
    first = following[:1]
    starts = True if (first.isupper() or first.isdigit()) else _starts_upper(following)
    if starts is False:
        return False
    if end - start == 1 and text[start] == ".":
        if starts is None:
            # "... tầm mắt. realme 8 Pro"; not after an initial: "Nấm C. auris"
            tok = _previous_word(text, start, seg_start).lstrip(_OPENERS)
            return not (tok and len(tok) <= 7 and _INITIALS.fullmatch(tok) and tok.replace(".", "").isupper())
        return _period_ends(text, start, "", following, seg_start, lex)
    mark = text[start:end]
    punct = mark.rstrip(_CLOSERS)
    if punct != ".":
        return True  # "?", "!", "?!", "...", "…": end before anything but a lower-case word
    if starts is None:
        return True
    return _period_ends(text, start, mark[1:], following, seg_start, lex)


def _glued_period_ends(text: str, dot: int, line_start: int) -> bool:
    """Whether a period with no space after it ("đồng.Theo") ends a sentence."""
    word = _previous_word(text, dot, line_start)
    if not word or any(c in word for c in "./@:\\_") or not word.islower() or word in _lexicon().never_end:
        return False  # URLs, e-mail, domain names, "TP.Hồ", "Tp.HCM"
    after = text[dot + 1 : dot + 1 + _WINDOW // 2].split(" ")[0]
    if any(c in after for c in "./@:\\_") or not after[0].isupper():
        return False
    return len(word) >= 2 and after[1:].islower()


def _glued_word_starts(text: str, space: int, seg_start: int, line_end: int, lex: _Lexicon) -> bool:
    """Whether a sentence glued without punctuation starts after the space at ``space``
    ("... bị áp giải ra xe Theo hồ sơ, ...", "... Ảnh: Reuters Trong khi đó ...")."""
    prev = _previous_word(text, space, seg_start)
    if not prev or not (prev[-1].isalnum() or prev[-1] == ")") or line_end - space <= 16:
        return False  # not after punctuation; not a link text at the end of a line: "... xem Tại đây"
    after = text[space + 1 : min(line_end, space + 1 + _WINDOW)].split(" ")
    if len(after) < 2 or not (after[1][:1].islower() or after[1][:1].isdigit()):
        return False  # "Theo hồ sơ", "Khoảng 8h30"; not "Trong Lòng Đất"
    if prev[-1] == ")":
        return True  # after a caption's bracket: "... thời trẻ (Phải) Về cuộc sống cá nhân"
    if prev[0].isupper():
        # after a name or a credit: "... Ảnh: Reuters Trong khi đó"; not "Võ Đang đã", "Theo Tuy ..."
        return prev[1:].islower() and after[0] not in lex.name_syllables and prev not in lex.credit_words
    if any(c.isupper() for c in prev):
        return False  # "iPhone", "TP.HCM"
    return prev not in lex.name_words and prev not in lex.title_words  # "chị Được", "bộ phim Những ..."


def _learned_starts(
    text: str, space: int, seg_start: int, line_end: int, lex: _Lexicon, names: dict[str, int]
) -> bool:
    """Whether a sentence glued without punctuation starts at the capitalised word after ``space``,
    judged by the learned statistics: "... khiến tôm chết Nguyên nhân ..." (after a lower-case word that
    often ends sentences, a word that often opens them), "... tên lửa X-101 Dưới sự hộ tống ..." (after a
    number or a code). Not "tỉnh Nghệ An", "ông Nguyễn", "Trung tâm Quản lý Tình hình", nor a word
    capitalised after lower-case words all over the text (a name of the article)."""
    ln = lex.learned
    if ln is None or line_end - space <= 16:
        return False
    after = text[space + 1 : min(line_end, space + 1 + _WINDOW)].split(" ", 2)
    tok = after[0]
    word = tok.rstrip(_TRAILING)
    if not _is_title(word):
        return False
    following = after[1] if len(after) > 1 and tok[-1:].isalnum() else ""
    j = text.rfind(" ", max(seg_start, space - _WINDOW), space)
    token = text[j + 1 : space]
    prev = token.lstrip(_OPENERS).rstrip("\"'”’")
    if not (prev.isalpha() and prev.islower()):  # a number or a code: "9.5", "X-101", "Lập/TTXVN"
        return token[-1].isalnum() and _is_code(token) and ln.starts(word, following) > ln.code
    score = ln.starts(word, following) + ln.left.get(prev, ln.left_unknown)
    if score <= ln.lower:
        return False
    if space - seg_start > 30 * ln.max_words or text.count(" ", seg_start, space) >= ln.max_words:
        return False  # glued captions and headings are short (the count is bounded: linear time)
    before = text[max(seg_start, j - 24) : max(seg_start, j)].rsplit(" ", 1)[-1]
    if before[-1:].isalnum() and _is_title(before.lstrip(_OPENERS)):
        return False  # inside a name written in sentence case: "Trung tâm Quản lý Tình hình"
    if not names:  # counted once per text, when first needed
        names.update(Counter(_AFTER_LOWER.findall(text)))
        names[""] = 0
    return names.get(word, 0) <= ln.max_repeats  # "khai thác đồng Chia", "... đồng Chia vẫn chưa ..."


def _credit_name_starts(text: str, space: int, line_end: int, lex: _Lexicon) -> bool:
    """Whether a sentence starts after ``space`` inside or after a short credit ("Ảnh: Tấn Việt Tàu
    chiến ...", "Ảnh: Trung Kiên Trận thắng ..."): the capitalised word after it opens sentences more
    than it continues names."""
    ln = lex.learned
    if ln is None:
        return False
    after = text[space + 1 : min(line_end, space + 1 + _WINDOW)].split(" ", 2)
    word = after[0].rstrip(_TRAILING)
    following = after[1] if len(after) > 1 and after[0][-1:].isalnum() else ""
    return _is_title(word) and ln.starts(word, following, after_cap=True) > ln.credit


def _after_label(text: str, colon: int, line_start: int, labels: tuple[str, ...]) -> bool:
    """Whether a credit label ("Ảnh", "Ảnh minh họa", "Nguồn") stands as a word just before ``colon``."""
    for label in labels:
        i = colon - len(label)
        if i >= line_start and text.startswith(label, i) and (i == line_start or text[i - 1] == " "):
            return True
    return False


def _credit_ends(text: str, end: int, line_end: int, *, bracket: bool = False) -> bool:
    """Whether a photo/source credit ending at ``end`` is followed by a new sentence: a capitalised
    word that is not itself upper-case ("Ảnh: AFP Theo ..." but not "Ảnh: GETTY IMAGES"); after a
    foreign one-word credit, a Vietnamese word ("Ảnh: Sohu Trung Quốc ..." but not "Ảnh: Getty
    Images"); after a credit in brackets, any capital ("(Nguồn: Reuters) AFP đưa tin ...")."""
    word = text[end + 1 : min(line_end, end + 1 + _WINDOW // 2)].split(" ")[0].lstrip("\"“‘'(")
    if len(word) < 2 or not word[0].isupper():
        return False
    if bracket:
        return True
    credit = _previous_word(text, end, max(0, end - _WINDOW))
    if credit[:1].isupper() and credit[1:].islower() and credit.isalpha():
        # "Getty", "Sohu" (not a Vietnamese name: "Ảnh: Duy Thành"); the next words must be Vietnamese,
        # with marks ("Trung Quốc", not "Getty Images", "Minhtu Dang")
        if _is_vietnamese_syllable(credit):
            return False
        words = text[end + 1 : min(line_end, end + 1 + _WINDOW)].split(" ", 2)[:2]
        cores = [w.lstrip("\"“‘'(").rstrip(_TRAILING) for w in words]
        return (
            _is_title(cores[0])
            and _is_vietnamese_syllable(cores[0])
            and any(not c.isascii() and _is_vietnamese_syllable(c.lower()) for c in cores)
        )
    return not word[1].isupper() and word[-1:] != ":"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_ends(text: str, start: int, end: int, lex: _Lexicon, names: dict[str, int]) -> list[int]:
    """Boundary offsets (sentence ends) inside the line ``text[start:end]``, in order."""
    cands: list[tuple[int, int, int]] = []  # (position, kind, end of the match)
    for m in _END.finditer(text, start, end):
        cands.append((m.start(), 0, m.end()))
    for m in _GLUED_PERIOD.finditer(text, start, end):
        cands.append((m.start(), 1, m.end()))
    if lex.glued is not None:
        for m in lex.glued.finditer(text, start, end):
            cands.append((m.start(), 2, m.start()))
    if lex.glued_word is not None:
        for m in lex.glued_word.finditer(text, start, end):
            cands.append((m.start(), 3, m.start()))
    for label in lex.caption_labels:
        i = text.find(label, start, end)
        while i >= 0:
            j = i + len(label)
            if (
                (i == start or text[i - 1].isspace())
                and j + 1 < end
                and text[j] == " "
                and text[j + 1] in _CAPTION_NEXT
            ):
                cands.append((j, 7, j))
            i = text.find(label, j, end)
    for m in _LINK_BRACKET.finditer(text, start, end):
        cands.append((m.end(), 8, m.end()))
    ln = lex.learned
    if ln is not None:
        best, left, left_unknown, unknown = ln.best, ln.left, ln.left_unknown, ln.unknown
        for m in _GLUE_NEXT.finditer(text, start, end):
            b = best.get(m.group(1), unknown)
            if b <= ln.cutoff:
                continue  # most names stop here
            i = m.start()
            prev = text[text.rfind(" ", max(start, i - _WINDOW), i) + 1 : i].lstrip(_OPENERS).rstrip("\"'”’")
            if (b + left.get(prev, left_unknown) > ln.lower) if prev.islower() else (b > ln.code):
                cands.append((i, 5, i))
        for label in lex.credit_names:
            i = text.find(label, start, end)
            while i >= 0:
                j = i + len(label)
                run = _CREDIT_RUN.match(text, j, end) if i == start or text[i - 1].isspace() else None
                if run is not None:
                    for sp in range(run.start(1), run.end(1)):
                        if text[sp] == " " and text[sp - 1].isalnum():
                            cands.append((sp, 9, sp))
                    if text[run.end(1) - 1].isalnum():
                        cands.append((run.end(1), 9, run.end(1)))
                i = text.find(label, j, end)
    if lex.credit is not None and lex.credit_colon is not None:
        for m in lex.credit.finditer(text, start, end):
            cands.append((m.end(), 6, m.end()))
        for m in lex.credit_colon.finditer(text, start, end):
            if _after_label(text, m.start(), start, lex.credit_labels):
                cands.append((m.end(), 4, m.end()))
    if not cands:
        return []
    cands.sort()
    out: list[int] = []
    seg_start = start
    for pos, kind, mend in cands:
        if pos < seg_start or (out and mend <= out[-1]):
            continue
        if kind == 0:
            ok = _ends(text, pos, mend, seg_start, end, lex)
        elif kind == 1:
            ok = _glued_period_ends(text, pos, start)
        elif kind == 3:
            ok = _glued_word_starts(text, pos, seg_start, end, lex)
        elif kind == 4:
            ok = _credit_ends(text, pos, end)
        elif kind == 6:
            ok = _credit_ends(text, pos, end, bracket=True)
        elif kind == 7:
            ok = text[seg_start:pos].strip() in lex.caption_labels  # the label opens the sentence
        elif kind == 8:
            ok = True
        elif kind == 5:
            ok = _learned_starts(text, pos, seg_start, end, lex, names)
        elif kind == 9:
            ok = _credit_name_starts(text, pos, end, lex)
        else:
            ok = True
        if ok:
            out.append(mend)
            seg_start = mend
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences (spans into ``text``, in order, covering all non-space text).

    Args:
        text: the article text, normalised by :func:`dvtext.text.normalize.normalize` (any ``str`` is
            accepted; offsets index it as given).

    Returns:
        One :class:`~dvtext.types.Sentence` per sentence, ``index`` 0..n-1; spans exclude the spaces
        around a sentence; an empty or blank text gives ``[]``.

    Raises:
        InputError: ``text`` is not a ``str`` (``bytes`` are decoded as UTF-8).

    Example:
        >>> t = "Huyện có 13 xã. TP. Vinh có 16 phường, tăng 5,99%.\\nDanh sách xã"
        >>> [t[s.start:s.end] for s in split_sentences(t)]
        ['Huyện có 13 xã.', 'TP. Vinh có 16 phường, tăng 5,99%.', 'Danh sách xã']
    """
    text = ensure_text(text)
    lex = _lexicon()
    out: list[Sentence] = []
    names: dict[str, int] = {}  # how often a capitalised word follows a lower-case word in the text
    for line in _LINE.finditer(text):
        start = line.start()
        for end in (*_line_ends(text, line.start(), line.end(), lex, names), line.end()):
            s, e = _trim(text, start, end)
            if s < e:
                out.append(Sentence(s, e, len(out)))
            start = end
    return out
