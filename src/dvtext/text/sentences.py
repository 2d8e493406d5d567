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
  ``... ông Nguyễn Văn A. Ông A cho biết``, ``chị H. Chị kể``; not before one more capital standing
  alone (``chị C.T. T (trú tại ...)``);
- numbers a list item at the start of a sentence or after ``;``: ``1. Tuổi Thìn``, ``II. Nhiệm vụ``,
  ``a. Về kinh tế``.

Scraped news often glues a caption, a photo credit or a heading to the next sentence without any
punctuation. A boundary is also placed (lexicons in ``data/sentences.toml``):

- after a credit: ``(Ảnh: Getty Images) Xe cứu hỏa ...``, ``... Ảnh: AFP/TTXVN Theo các nguồn tin ...``;
- before an unambiguous two-word opener: ``... tại hiện trường Theo đó, vào ...``, ``... Sáng 5/6, ...``,
  ``... Ảnh: báo Vnexpress Như báo VOV đã thông tin ...``, ``... An Giang Buổi sáng, ...``;
- before the next item of a numbered list, once the item before it opened a sentence (``1. Jeon Bo Ram
  ... dù là mẫu thừa cân 2. Serena Jung ...``; not after a word that takes a number: ``đứng thứ 2. Nhưng``);
- before a capitalised function word that cannot continue a name, followed by a lower-case word, after a
  lower-case word, a number, a bracket or a name: ``... bị áp giải ra xe Theo hồ sơ, ...``;
- at a period glued to the next sentence: ``... đồng.Theo đó`` (a lower-case word before it, a
  capitalised word after it; never in URLs, e-mail addresses or domain names);
- after a caption label opening a sentence (``Ảnh minh họa 3 năm ...``, ``Xem chi tiết Hỏa hoạn ...``),
  a related-article link in square brackets (``[Iraq: ... tự sát] Các tay súng ...``), a one-word foreign
  credit or a domain (``Ảnh: Sohu Trung Quốc ...``, ``Ảnh: Quochoi.vn Đại biểu ...``), and any capital
  after a credit in brackets (``(Nguồn: Reuters) AFP đưa tin ...``).

Where only a capital letter marks the glued sentence, a small logistic model decides
(:mod:`dvtext.text.glued`, ``data/sentence_model.json``, trained by self-supervision on dantri with
``bench/tools/train_sentence_model.py``). A capitalised word after a word, with no punctuation between, is
either a name (``tỉnh Nghệ An``, ``ông Nguyễn``) or a sentence start glued to a caption (``... khiến tôm
chết Nguyên nhân ...``); its features include learned capitalisation statistics
(``data/sentence_stats.json``, counted from 33,555 baomoi articles outside every gold and dev set and from
VNTC by ``bench/tools/build_sentence_stats.py``): how often the word opens a sentence vs. is capitalised
inside one, and how often the word before ends a sentence vs. precedes a capitalised word.

The splitter is linear in the length of the text: the regular expressions cannot rescan a position
(possessive runs, look-behinds at run starts) and each candidate looks at a bounded window around it.
It never raises on a ``str``; spans cover every non-space character of the text, in order.

Example:
    >>> text = "TP. Vinh có 16 phường. Ông Nguyễn Văn A. cho biết: “Đã xong.” Tiếp theo"
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['TP. Vinh có 16 phường.', 'Ông Nguyễn Văn A. cho biết: “Đã xong.”', 'Tiếp theo']
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from dvtext.text import glued as _glued
from dvtext.text.abbreviations import dotted_abbreviations
from dvtext.text.glued import OPENERS as _OPENERS
from dvtext.text.glued import TRAILING as _TRAILING
from dvtext.text.glued import UPPER as _UPPER
from dvtext.text.glued import WINDOW as _WINDOW
from dvtext.text.glued import Learned as _Learned
from dvtext.text.glued import Model as _Model
from dvtext.text.glued import is_title as _is_title
from dvtext.text.glued import is_vietnamese_syllable as _is_vietnamese_syllable
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
# A token before a period that numbers a list item: 1. 12. I. IV. a. 1.2.
_ENUMERATOR = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zA-Zđ]")
# "... mẫu thừa cân 2. Serena Jung ...": a numbered list item glued to the sentence before (the boundary is
# at the space before the number; checked in _list_item_starts)
_LIST_ITEM = re.compile(r"(?<=[^\W\d_]) (\d{1,2})\. (?=[^\W\d_])")
# a list item opening a sentence
_ITEM_OPENS = re.compile(r"(\d{1,2})\. [^\W\d_]")
# Initials: "A", "N.H", "Đ.T" (capital letters joined by periods).
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
# A related-article link in square brackets glued to the next sentence: "[Iraq: ... tự sát] Các tay súng"
_LINK_BRACKET = re.compile(r"\[(?<!\S\[)[^\[\]\n]{12,160}\](?= [\d" + _UPPER + r"])")
_CAPTION_NEXT = frozenset("0123456789" + _UPPER)


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
    credit_lower: frozenset[str]
    number_nouns: frozenset[str]
    learned: _Learned | None
    model: _Model | None


@dataclass(slots=True)
class _TextState:
    """What the splitter keeps for one text: when training the learned model, the gold boundaries and
    the rows of features collected."""

    collect: tuple[set[int], list[tuple[int, dict[str, float], dict[str, float], bool]]] | None = None
    found: dict[int, tuple[str, str]] = field(default_factory=dict)  # candidates: next word, token before
    items: set[int] = field(default_factory=set)  # numbers of the list items ("2. ...") that opened a sentence


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
    settings = data.get("learned", {})
    learned = _glued.load_learned(settings) if settings.get("enabled", True) else None
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
        credit_lower=frozenset(w.lower() for w in labels),
        number_nouns=frozenset(data.get("number_nouns", ())),
        learned=learned,
        model=_glued.load_model(learned) if learned is not None else None,
    )


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
        # the end of a name: "Nguyễn Văn A. Ông A", "chị H. Chị kể"; not "vay của bà C. 200 triệu", nor
        # before one more capital letter standing alone ("chị C.T. T (trú tại ...)": the name's last initial)
        nxt = following.split(" ", 1)[0]
        return not digit and not (len(nxt) == 1 and nxt.isupper())
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


def _model_starts(
    text: str,
    space: int,
    seg_start: int,
    line_start: int,
    line_end: int,
    boundary: str,
    lex: _Lexicon,
    state: _TextState,
) -> bool:
    """Whether the learned model (:mod:`dvtext.text.glued`) places a boundary at the candidate ``space``
    ("... khiến tôm chết Nguyên nhân ...", "... Ảnh: Tấn Việt Tàu chiến ...", "... 1. Jeon Bo Ram Đường
    cong ..."; not "tỉnh Nghệ An", "ông Nguyễn Văn A"). The candidate has passed the gate's first step."""
    model, learned = lex.model, lex.learned
    if learned is None:
        return False
    word, key = state.found[space]
    if not key:
        key = _glued.prev_key(_glued.previous_token(text, space, line_start))
    st, credit, seg_words = _glued.gate_inputs(text, space, word, key, seg_start, line_start, line_end, learned)
    if state.collect is None and (
        model is None or not model.gate.second(word, key, st, credit, seg_words, boundary)
    ):
        return False
    keys, nums = _glued.features(text, space, seg_start, line_end, boundary, learned, lex.credit_lower)
    if state.collect is not None:
        gold, rows = state.collect
        lf = dict(nums).get("lf", 0.0) if key[0] != "^" else 0.0
        table = learned.pair_cap if key in ("^T", "^U") else learned.pair
        word_st = _glued.clip(table.get(word, learned.unknown)) if word != "^D" else 0.0
        gate = {
            "n=" + word: 1.0,
            "p=" + key: 1.0,
            "st": st,
            "st1": word_st,
            "lf": lf,
            "cr": float(credit),
            "bd=" + boundary: 1.0,
            f"seg={_glued.SEG[min(seg_words, 31)]}": 1.0,
        }
        rows.append((space, {**dict.fromkeys(keys, 1.0), **dict(nums)}, gate, space in gold))
        return space in gold
    return model is not None and model.logit(keys, nums) > model.threshold


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


def _list_item_starts(text: str, space: int, seg_start: int, lex: _Lexicon, state: _TextState) -> bool:
    """Whether the number after ``space`` opens the next item of a numbered list glued to the sentence
    before ("... dù là mẫu thừa cân 2. Serena Jung ..." after a sentence "1. Jeon Bo Ram ..."): the item
    before it opened a sentence of this text, a capital follows, and the word before is lower case and
    takes no number ("đứng thứ 2. Nhưng", "tháng 3. Với")."""
    m = _LIST_ITEM.match(text, space)
    if m is None or int(m.group(1)) - 1 not in state.items or not text[m.end()].isupper():
        return False
    word = _previous_word(text, space, seg_start)
    return word.isalpha() and word.islower() and word not in lex.number_nouns


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past white space at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_ends(text: str, start: int, end: int, lex: _Lexicon, state: _TextState) -> list[int]:
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
    for m in _LIST_ITEM.finditer(text, start, end):
        cands.append((m.start(), 9, m.start()))
    model, learned = lex.model, lex.learned
    if learned is not None and (model is not None or state.collect is not None):
        if state.collect is not None:  # training: every candidate
            found = [(m.start(), m.group(1) or "^D", "") for m in _glued.CANDIDATE.finditer(text, start, end)]
        else:
            assert model is not None
            found = model.gate.scan(text, start, end)  # most names stop there
        for i, word, key in found:
            cands.append((i, 10, i))
            state.found[i] = (word, key)
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
    _note_item(text, start, end, state)
    boundary = "line"  # what the current segment follows: the line start, punctuation, a glued boundary
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
            # the label opens the sentence (a bounded look: the segment may be long)
            ok = pos - seg_start <= 40 and text[seg_start:pos].strip() in lex.caption_labels
        elif kind == 8:
            ok = True
        elif kind == 9:
            ok = _list_item_starts(text, pos, seg_start, lex, state)
        elif kind == 10:
            ok = _model_starts(text, pos, seg_start, start, end, boundary, lex, state)
        else:
            ok = True
        if ok:
            out.append(mend)
            seg_start = mend
            _note_item(text, mend, end, state)
            boundary = "punct" if kind <= 1 else "glued"
    return out


def _note_item(text: str, start: int, end: int, state: _TextState) -> None:
    """Record the number of a list item ("2. ...") opening the sentence that starts at ``start``."""
    while start < end and text[start].isspace():
        start += 1
    m = _ITEM_OPENS.match(text, start, end)
    if m is not None:
        state.items.add(int(m.group(1)))


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
    state = _TextState()
    for line in _LINE.finditer(text):
        start = line.start()
        for end in (*_line_ends(text, line.start(), line.end(), lex, state), line.end()):
            s, e = _trim(text, start, end)
            if s < e:
                out.append(Sentence(s, e, len(out)))
            start = end
    return out


def _collect_candidates(
    text: str, gold: set[int]
) -> list[tuple[int, dict[str, float], dict[str, float], bool]]:
    """Training rows of the learned model (``bench/tools/train_sentence_model.py``): split ``text`` with
    the rules, and at every candidate of the model record its features, the gate's features and whether
    ``gold`` (offsets of the spaces where a sentence glued without punctuation starts) has a boundary
    there, which is then taken as the decision."""
    lex = _lexicon()
    state = _TextState(collect=(gold, []))
    for line in _LINE.finditer(text):
        _line_ends(text, line.start(), line.end(), lex, state)
    assert state.collect is not None
    return state.collect[1]
