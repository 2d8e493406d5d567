"""Vietnamese numbers: digits with "." and "," marks, scale words and numbers written in words.

Rules (``data/numbers.toml`` holds the words; ../docs/extraction.md is the definition):

* "." groups thousands and "," marks decimals: "71.940" = 71940, "32,49" = 32.49, "1.234,5" = 1234.5.
* A lone "." followed by exactly three digits groups thousands ("3.500" = 3500); any other lone "." is an
  English decimal point ("3.5", "2.0", "0.500").
* A lone "," is a decimal comma ("8,030 tỷ" = 8.03e9, "1,447" = 1.447), even before three digits: in
  baomoi-2017, 509 of the 1,049 lone ",ddd" (ddd ≠ 000) stand before "tỷ"/"triệu"/"nghìn" and most of the
  others are decimals too (prices in millions, coordinates, measurements). The exception is ",000" after a
  non-zero integer part ("3,000 căn", "23,000 USD": 95 cases, English thousands); so are several ","
  groups of three ("606,000,000"). When both marks occur the last one is the decimal mark, unless every
  group has three digits and "." comes last ("33,448.222" = 33448222: a "," typed for "."). The
  statistics extractor also reads ",ddd" as thousands before a count of things that cannot be split
  ("39,349 người", "4,466 lượt").
* Scale words multiply: nghìn/ngàn 10^3, vạn 10^4, triệu 10^6, tỷ/tỉ 10^9; they combine ("5 nghìn tỷ" =
  5e12, "2 tỷ 500 triệu" = 2.5e9, "triệu rưỡi" = 1.5e6). "tỷ lệ", "triệu tập"... are not scales.
* Leading zeros are counts: "01" = 1.
* Number words: "hai mươi lăm" = 25, "một trăm linh năm" = 105, "hai nghìn không trăm mười chín" = 2019,
  "nghìn rưỡi" = 1500, "hai chục" = 20. "hàng trăm", "vài chục", "mấy nghìn" have no exact value and
  are refused.

Example:
    >>> parse_number("71.940"), parse_number("32,49"), parse_number("1,5 triệu")
    (71940.0, 32.49, 1500000.0)
    >>> [(n.text, n.value) for n in find_numbers("Huyện có 13 xã và hai thị trấn, thu 26 tỷ đồng")]
    [('13', 13.0), ('hai', 2.0), ('26 tỷ', 26000000000.0)]
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from dvtext.errors import InputError

__all__ = ["NumberSpan", "find_numbers", "format_number", "parse_digits", "parse_number"]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    """A number found in text: ``text[start:end]`` and its value (scale words applied).

    ``words`` is true when the number is written (at least partly) in words ("hai", "ba trăm");
    ``scale`` is what the first number (digits or words) was multiplied by (1.0 when no scale word).
    """

    text: str
    start: int
    end: int
    value: float
    words: bool = False
    scale: float = 1.0


@dataclass(frozen=True, slots=True)
class _Lexicon:
    digits: dict[str, int]
    inner_only: frozenset[str]
    ten: frozenset[str]
    tens: frozenset[str]
    chuc: frozenset[str]
    hundred: frozenset[str]
    zero_tens: frozenset[str]
    half: frozenset[str]
    approximate: frozenset[str]
    minus: tuple[str, ...]
    scales: dict[str, float]
    glued: dict[str, float]
    blockers: dict[str, tuple[str, ...]]

    def is_number_word(self, w: str) -> bool:
        return (
            w in self.digits
            or w in self.ten
            or w in self.tens
            or w in self.chuc
            or w in self.hundred
            or w in self.zero_tens
            or w in self.half
            or w in self.scales
        )


@cache
def _lexicon() -> _Lexicon:
    raw = resources.files("dvtext.data").joinpath("numbers.toml").read_text(encoding="utf-8")
    spec: dict[str, Any] = tomllib.loads(raw)
    w = spec["words"]
    return _Lexicon(
        digits={k: int(v) for k, v in w["digits"].items()},
        inner_only=frozenset(w["inner_only"]),
        ten=frozenset(w["ten"]),
        tens=frozenset(w["tens"]),
        chuc=frozenset(w["chuc"]),
        hundred=frozenset(w["hundred"]),
        zero_tens=frozenset(w["zero_tens"]),
        half=frozenset(w["half"]),
        approximate=frozenset(w["approximate"]),
        minus=tuple(w["minus"]),
        scales={k: float(v) for k, v in spec["scales"].items()},
        glued={k: float(v) for k, v in spec["glued_scales"].items()},
        blockers={k: tuple(v) for k, v in spec["scale_blockers"].items()},
    )


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_GROUPS3 = re.compile(r"\d{1,3}(?:[.]\d{3})+")


def parse_digits(s: str) -> float:
    """Read a digit string with Vietnamese (or unambiguous English) marks.

    Raises:
        InputError: ``s`` is not a number ("1.2.3", "20.08.2014", "1,,2", "").

    Example:
        >>> parse_digits("1.234,5"), parse_digits("01"), parse_digits("3.5")
        (1234.5, 1.0, 3.5)
    """
    if not s or not _DIGITS.fullmatch(s):
        raise InputError(f"{s!r} is not a number written with digits (e.g. '71.940' or '32,49')")
    dots, commas = s.count("."), s.count(",")
    if not dots and not commas:
        return float(s)
    if dots and commas:
        groups = re.split(r"[.,]", s)
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and s.rfind(".") > s.rfind(","):
            # "33,448.222": every group has three digits and "." (the Vietnamese thousands mark) comes
            # last: a "," typed for "." in a Vietnamese number, not an English decimal point
            return float("".join(groups))
        last_dot, last_comma = s.rfind("."), s.rfind(",")
        dec, grp = (",", ".") if last_comma > last_dot else (".", ",")
        if s.count(dec) != 1:
            raise InputError(f"{s!r} mixes '.' and ',' in a way no number is written")
        whole, frac = s.split(dec)
        if not re.fullmatch(r"\d{1,3}(?:" + re.escape(grp) + r"\d{3})+", whole):
            raise InputError(f"{s!r}: the thousands groups of a number have three digits each")
        return float(whole.replace(grp, "") + "." + frac)
    mark = "." if dots else ","
    parts = s.split(mark)
    if len(parts) > 2:  # several groups: thousands separators, each of three digits
        if len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        raise InputError(f"{s!r} is not a number (a date or version? groups must have three digits)")
    whole, frac = parts
    if mark == ".":
        if len(frac) == 3 and len(whole) <= 3 and whole.lstrip("0"):
            return float(whole + frac)
        return float(whole + "." + frac)
    if frac == "000" and whole.lstrip("0") and len(whole) <= 3:
        return float(whole + frac)
    return float(whole + "." + frac)


def format_number(v: float, places: int = 4) -> str:
    """Write a number the Vietnamese way, as :func:`parse_digits` reads it: thousands dot, decimal comma,
    at most ``places`` decimals with the trailing zeros dropped. The one formatter of the terminal
    summary, the report's tables and its charts.

    Example:
        >>> format_number(71940), format_number(32.49), format_number(1234.5, places=2)
        ('71.940', '32,49', '1.234,5')
        >>> format_number(-0.00001), format_number(2.0), format_number(float("nan"))
        ('0', '2', 'nan')
    """
    if v != v or v in (float("inf"), float("-inf")):
        return str(v)
    text = f"{v:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(",", "X").replace(".", ",").replace("X", ".")


def _evaluate(items: list[tuple[str, Any]]) -> float:
    """Value of a sequence of ("num", float) and ("word", str) items; ValueError when ill-formed."""
    lex = _lexicon()
    total = 0.0
    group = 0.0
    digit: int | None = None
    last_big: float | None = None
    prev = ""  # kind of the previous item: num, digit, ten, tens, hundred, scale, linh, half
    last_scale = 1.0
    seen_value = False
    for pos, (kind, v) in enumerate(items):
        if kind == "num":
            if seen_value and prev != "scale":
                raise ValueError("two numbers in a row")
            if prev == "scale" and last_big is not None and pos + 1 >= len(items):
                raise ValueError("a number after a scale needs its own scale")
            group, prev, seen_value = float(v), "num", True
            continue
        w = v
        if w in lex.digits:
            d = lex.digits[w]
            if digit is not None or prev in ("num",):
                raise ValueError("two digits in a row")
            if pos == 0 and w in lex.inner_only:
                raise ValueError(f"{w!r} is a number only inside a longer one")
            if w == "năm" and prev in ("ten", "tens", "scale", "hundred"):
                raise ValueError("'năm' after a tens or scale word is the noun 'year'")
            if w == "không" and not (pos + 1 < len(items) and items[pos + 1][1] in lex.hundred):
                raise ValueError("'không' is a digit only before 'trăm'")
            if w in ("lăm", "nhăm", "mốt") and prev not in ("ten", "tens", "scale", "hundred"):
                raise ValueError(f"{w!r} follows a tens or scale word")
            if w == "mốt" and prev == "ten":
                raise ValueError("eleven is 'mười một'")
            if prev in ("ten", "tens", "linh"):
                group += d
                prev = "unit"
            elif prev in ("scale", "hundred") and pos + 1 == len(items):
                # colloquial trailing digit: "nghìn ba" = 1,300, "trăm hai" = 120
                if prev == "hundred":
                    group += d * 10
                else:
                    total += d * last_scale / 10
                prev = "unit"
            else:
                digit, prev = d, "digit"
            seen_value = True
        elif w in lex.ten:
            if digit is not None or prev in ("num", "ten", "tens", "unit"):
                raise ValueError("misplaced 'mười'")
            group += 10
            prev, seen_value = "ten", True
        elif w in lex.tens:
            if digit is None or digit < 2:
                raise ValueError("'mươi' follows a digit from 2 to 9")
            group += digit * 10
            digit, prev = None, "tens"
        elif w in lex.chuc:
            if digit is not None:
                group += digit * 10
                digit = None
            elif prev == "num":
                group *= 10
            else:
                raise ValueError("'chục' needs a number before it")
            prev = "tens"
        elif w in lex.hundred:
            if digit is not None:
                group += digit * 100
                digit = None
            elif prev == "num":
                group *= 100
            else:
                raise ValueError("'trăm' needs a number before it")
            prev, last_scale = "hundred", 100.0
        elif w in lex.zero_tens:
            if prev not in ("hundred", "scale"):
                raise ValueError(f"{w!r} follows 'trăm' or a scale word")
            prev = "linh"
        elif w in lex.half:
            if prev == "hundred":
                group += 50
            elif prev == "scale":
                total += last_scale / 2
            else:
                raise ValueError("'rưỡi' follows a scale word")
            prev = "half"
        elif w in lex.scales:
            s = lex.scales[w]
            g = group + (digit or 0)
            digit, group = None, 0.0
            if g == 0 and total == 0:
                raise ValueError("a scale word needs a number before it")
            if last_big is None or s > last_big:
                total = total * s if g == 0 else (total + g) * s
            else:
                total += g * s
            last_big, last_scale, prev = s, s, "scale"
        else:
            raise ValueError(f"{w!r} is not a number word")
    if digit is not None:
        group += digit
    if not seen_value:
        raise ValueError("no number")
    return total + group


_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)([^\W\d_]*)|([^\W\d_]+)|(\S)")


def parse_number(s: str) -> float:
    """Read a Vietnamese number written with digits, scale words or words.

    Args:
        s: the number alone: "71.940", "32,49", "1,5 triệu", "26 tỷ", "01", "hai mươi lăm",
            "một trăm linh năm", "nghìn rưỡi" after a number ("hai nghìn rưỡi"), "500k".

    Returns:
        The value as a float, scale words applied.

    Raises:
        InputError: ``s`` is not a number ("abc", "1.2.3", "năm 2019 người"), or an approximate amount
            with no exact value ("hàng trăm", "vài chục").

    Example:
        >>> parse_number("1.234,5"), parse_number("hai mươi lăm"), parse_number("5 nghìn tỷ")
        (1234.5, 25.0, 5000000000000.0)
    """
    if not isinstance(s, str):
        raise InputError(f"parse_number() takes a str, got {type(s).__name__}")
    lex = _lexicon()
    text = " ".join(s.split())
    if not text:
        raise InputError("parse_number() got an empty string; pass a number such as '71.940' or 'hai'")
    sign = 1.0
    for sign_word in lex.minus:
        if text.startswith(sign_word) and len(text) > len(sign_word):
            rest = text[len(sign_word) :].lstrip()
            if rest[:1].isdigit():
                sign, text = -1.0, rest
                break
    items: list[tuple[str, Any]] = []
    for m in _TOKEN.finditer(text):
        digits, glued, word, other = m.groups()
        if other is not None:
            raise InputError(f"{s!r} is not a number: unexpected {other!r}")
        if digits is not None:
            items.append(("num", parse_digits(digits)))
            if glued:
                if glued in lex.glued:
                    items.append(("word", "__glued__" + glued))
                elif glued.lower() in lex.scales:
                    items.append(("word", glued.lower()))
                else:
                    raise InputError(f"{s!r} is not a number: {glued!r} is glued to the digits")
            continue
        w = word.lower()
        if not items and w in lex.approximate:
            raise InputError(f"{s!r} is an approximate amount with no exact value")
        if not lex.is_number_word(w):
            raise InputError(f"{s!r} is not a number: {word!r} is not a number word")
        items.append(("word", w))
    # glued scales ("500k") are plain multipliers on the number before them
    out: list[tuple[str, Any]] = []
    for kind, v in items:
        if kind == "word" and v.startswith("__glued__"):
            out[-1] = ("num", out[-1][1] * lex.glued[v[9:]])
        else:
            out.append((kind, v))
    try:
        value = _evaluate(out)
    except ValueError as exc:
        raise InputError(f"{s!r} is not a well-formed number: {exc}") from None
    if not math.isfinite(value):
        raise InputError(f"{s!r} is too large to be a number")
    return sign * value


# --- finding numbers in running text -------------------------------------------------------------

_WORD_AT = re.compile(r"[^\W\d_]+")
_SPACE = " "


_DIGIT_START = re.compile(r"\d+(?:[.,]\d+)*")
# a short unit glued to digits right before a dash: "80kg-", "20ha-", "5m2-" (searched just before a number)
_UNIT_DASH = re.compile(r"\d[a-zA-Z]{1,3}\d?[-–]\Z")


@cache
def _word_starter() -> re.Pattern[str]:
    """Digit words that may start a number; a plain alternation of literals, so the regex engine can
    skip ahead on their first letters (a look-behind in front would make it try every position)."""
    lex = _lexicon()
    starters = {w for w in lex.digits if w not in lex.inner_only} | set(lex.ten)
    forms = sorted(starters | {w[0].upper() + w[1:] for w in starters}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in forms) + r")(?![\w])")


def _starts(text: str, pos: int, limit: int) -> list[tuple[int, int, bool]]:
    """Candidate number starts (start, end, is_digits), left to right."""
    out = [
        (m.start(), m.end(), True)
        for m in _DIGIT_START.finditer(text, pos, limit)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,_")
    ]
    words = [
        (m.start(), m.end(), False)
        for m in _word_starter().finditer(text, pos, limit)
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]
    if words:
        out = sorted(out + words)
    return out


def _blocked(text: str, end: int, word: str) -> bool:
    """Is the scale word ending at ``end`` followed by a word that makes it another word?"""
    blockers = _lexicon().blockers.get(word)
    if not blockers or end >= len(text) or text[end] != _SPACE:
        return False
    m = _WORD_AT.match(text, end + 1)
    return bool(m and m.group(0).lower() in blockers)


def _next_word(text: str, pos: int, limit: int) -> tuple[str, int, int] | None:
    """The word after a single space at ``pos``: (word, start, end), or None."""
    if pos + 1 >= limit or text[pos] != _SPACE:
        return None
    m = _WORD_AT.match(text, pos + 1, limit)
    if not m:
        return None
    return m.group(0), m.start(), m.end()


def _scan_digits(text: str, start: int, end: int, limit: int) -> NumberSpan | None:
    """A digit literal at [start, end) with its glued or following scale words."""
    lex = _lexicon()
    try:
        value = parse_digits(text[start:end])
    except InputError:
        return None
    pos = end
    scale_total = 1.0
    items: list[tuple[str, Any]] = [("num", value)]
    glued = _WORD_AT.match(text, pos, limit)
    if glued:
        g = glued.group(0)
        if g in lex.glued:
            items[0] = ("num", value * lex.glued[g])
            scale_total = lex.glued[g]
            pos = glued.end()
        else:  # letters glued to digits: a unit ("20ha", "5km") or a name ("1A"); the caller decides
            return NumberSpan(text[start:end], start, end, value)
    best_end, best_value, best_scale = pos, items[0][1], scale_total
    # scale words, "rưỡi", and further "<digits> <smaller scale>" groups: "2 tỷ 500 triệu"
    while True:
        nxt = _next_word(text, pos, limit)
        if nxt is None:
            m = _DIGITS.match(text, pos + 1, limit) if pos < limit and text[pos] == _SPACE else None
            if m is None or not items or items[-1][0] != "word" or items[-1][1] not in lex.scales:
                break
            after = _next_word(text, m.end(), limit)
            if after is None or after[0] not in lex.scales or _blocked(text, after[2], after[0]):
                break
            if lex.scales[after[0]] >= lex.scales[items[-1][1]]:
                break
            try:
                lit = parse_digits(m.group(0))
            except InputError:
                break
            items += [("num", lit), ("word", after[0])]
            pos = after[2]
        else:
            w, _ws, we = nxt
            if w in lex.scales and not _blocked(text, we, w):
                items.append(("word", w))
                scale_total *= lex.scales[w]
            elif w in lex.hundred and len(items) == 1:
                items.append(("word", w))
                scale_total *= 100
            elif w in lex.half and items[-1][0] == "word":
                items.append(("word", w))
            else:
                break
            pos = we
        try:
            v = _evaluate(items)
        except ValueError:
            break
        best_end, best_value, best_scale = pos, v, scale_total
    return NumberSpan(text[start:best_end], start, best_end, best_value, scale=best_scale)


def _scan_words(text: str, start: int, end: int, limit: int) -> NumberSpan | None:
    """A number written in words starting with the word at [start, end)."""
    lex = _lexicon()
    words: list[tuple[str, int]] = [(text[start:end].lower(), end)]
    pos = end
    while True:
        nxt = _next_word(text, pos, limit)
        if nxt is None:
            break
        w, _ws, we = nxt
        lw = w.lower()
        if not w.islower() or not lex.is_number_word(lw):
            break
        if lw in lex.scales and _blocked(text, we, lw):
            break
        words.append((lw, we))
        pos = we
        if len(words) > 24:
            break
    # the longest prefix that is a well-formed number
    for n in range(len(words), 0, -1):
        try:
            v = _evaluate([("word", w) for w, _ in words[:n]])
        except ValueError:
            continue
        e = words[n - 1][1]
        scale = 1.0
        for w, _ in words[:n]:
            scale *= lex.scales.get(w, 1.0)
        return NumberSpan(text[start:e], start, e, v, words=True, scale=scale)
    return None


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberSpan]:
    """All numbers of ``text[start:end]``, left to right, with their values.

    Digit literals are read with :func:`parse_digits` and take the scale words after them ("26 tỷ",
    "1,5 triệu", "2 tỷ 500 triệu"); numbers in words start with a digit word or "mười" ("hai", "ba
    trăm", "mười lăm"). Digits glued to letters on their left ("U23", "H5N1") are not numbers; digits
    that do not form a number ("20.08.2014") are skipped. Numbers in words are returned whatever their
    context ("năm" may be the noun "year"): the statistics extractor decides which ones count.

    Example:
        >>> [(n.text, n.value) for n in find_numbers("giảm 5,99% xuống còn 26,5%, hai nghìn rưỡi hộ")]
        [('5,99', 5.99), ('26,5', 26.5), ('hai nghìn rưỡi', 2500.0)]
    """
    if not isinstance(text, str):
        raise InputError(f"find_numbers() takes a str, got {type(text).__name__}")
    limit = len(text) if end is None else max(0, min(end, len(text)))
    out: list[NumberSpan] = []
    pos = max(0, start)
    for s, e, is_digits in _starts(text, pos, limit):
        if s < pos:
            continue
        if is_digits:
            if (
                s >= 2
                and text[s - 1] in "-–"
                and text[s - 2].isalpha()
                and not _UNIT_DASH.search(text, max(0, s - 8), s)
            ):
                continue  # "COVID-19", "Su-30" (but "80kg-120kg": a range of amounts)
            span = _scan_digits(text, s, e, limit)
        else:
            span = _scan_words(text, s, e, limit)
        if span is None:
            continue
        out.append(span)
        pos = span.end
    return out
