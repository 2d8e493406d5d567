"""Vietnamese text normalisation with an offset map back to the original string.

What :func:`normalize` does, in order:

1. Unicode NFC (NFD input, as typed on macOS or pasted from PDFs, becomes precomposed).
2. Removes what is invisible or harmful: BOM, zero-width characters (U+200B–U+200D, U+2060), soft
   hyphens, NUL and other C0/C1 control characters except newline and tab; lone surrogates.
3. One canonical tone-mark placement. Vietnamese is written two ways for the open syllables *oa*, *oe*,
   *uy*: "hoà / hòa", "thuỷ / thủy", "khoẻ / khỏe". dvtext writes the **traditional** placement (tone
   on the first vowel: "hòa", "thủy", "khỏe"), the form underthesea's models were trained on and the
   one most provincial sites use. Closed syllables are unchanged ("hoàng", "thuyền", "quý").
4. Whitespace: tabs, no-break and other Unicode spaces become a plain space; runs of spaces fold to one;
   spaces at line ends are dropped; ``\\r\\n`` and ``\\r`` become ``\\n``; three or more newlines fold
   to a blank line; the text is stripped at both ends.

Every offset dvtext reports indexes the normalised text. :class:`NormalizedText` keeps, for every
normalised character, the offset of the original character it came from, so spans map back with
:meth:`NormalizedText.to_original`.

Example:
    >>> n = normalize("Hoà  Bình\\u200b, thuỷ lợi")
    >>> n.text
    'Hòa Bình, thủy lợi'
    >>> n.to_original(0, 3)
    (0, 3)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from dvtext.errors import InputError

__all__ = ["NormalizedText", "normalize", "normalize_tone_marks", "ensure_text"]

# Characters removed outright (after NFC).
_INVISIBLE = dict.fromkeys(
    [0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD, 0x180E, 0xFFFE, 0xFFFF], None
)
_SPACES = {
    "\t", "\u00a0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006",
    "\u2007", "\u2008", "\u2009", "\u200a", "\u202f", "\u205f", "\u3000", "\x0b", "\x0c",
}
_LINE_BREAKS = {"\u2028", "\u2029", "\x85"}

# Tone marks as combining characters, to move them between vowels.
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
# Open syllables written with the "new" placement, (onset)(o|u)(a|e|y)(tone) in NFD at a word end: the glide and vowel with a tone on the vowel, at the end of a syllable (nothing after, not even a
# mark); the onset before it is checked by _fix_tone (letters without marks back to the word start)
_NEW_STYLE = re.compile(r"([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?![^\W\d_]|[\u0300-\u036f])")


def ensure_text(value: object, *, name: str = "text") -> str:
    """Return ``value`` as ``str`` or raise :class:`InputError` saying what was wrong."""
    if isinstance(value, str):
        return value
    if value is None:
        raise InputError(f"{name} is None: pass a str (the article text)")
    if isinstance(value, bytes | bytearray | memoryview):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name} is bytes that are not UTF-8 ({exc.reason} at byte {exc.start}); "
                "decode it with the right encoding first (e.g. data.decode('windows-1258'))"
            ) from None
    raise InputError(f"{name} must be str, got {type(value).__name__}")


def _fix_tone(match: re.Match[str]) -> str:
    v1, v2, tone = match.groups()
    text, i = match.string, match.start()
    j = i
    while j > 0 and text[j - 1].isalpha():  # the onset: letters back to the start of the word
        j -= 1
    if j > 0 and "\u0300" <= text[j - 1] <= "\u036f":
        return match.group(0)  # a letter with a mark comes before: not the start of this syllable
    onset = text[j:i]
    # "qu" + y: the u belongs to the onset, the tone stays on y ("quý").
    if v1 in "uU" and onset[-1:] in ("q", "Q"):
        return match.group(0)
    # "gi" + a is not an o/u glide; only o+a, o+e, u+y are moved.
    if (v1 in "oO" and v2 not in "aAeE") or (v1 in "uU" and v2 not in "yY"):
        return match.group(0)
    return v1 + tone + v2


def normalize_tone_marks(text: str) -> str:
    """Move tone marks of open *oa/oe/uy* syllables to the traditional place ("hoà" → "hòa").

    The input must be NFC; the output is NFC and has the same length (only characters change).
    """
    decomposed = unicodedata.normalize("NFD", text)
    if not any(t in decomposed for t in _TONES):
        return text
    fixed = _NEW_STYLE.sub(_fix_tone, decomposed)
    return unicodedata.normalize("NFC", fixed)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string with the map back to the string it came from.

    Attributes:
        text: the normalised text; every dvtext offset indexes it.
        original: the string given to :func:`normalize`.
        offsets: ``offsets[i]`` is the original offset of normalised character ``i``;
            ``offsets[len(text)]`` is ``len(original)`` (or the end of the last kept character).
    """

    text: str
    original: str
    offsets: tuple[int, ...] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the original string's span."""
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise InputError(f"span ({start}, {end}) is outside the normalised text (length {n})")
        if start == end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def _char_pass(text: str) -> tuple[list[str], list[int]]:
    """NFC per character run, drop invisibles/controls, map spaces; keep original offsets."""
    out: list[str] = []
    offs: list[int] = []
    # NFC can merge a base letter with following combining marks: normalise per "cluster".
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if len(cluster) > 1 or not cluster.isascii():
            composed = unicodedata.normalize("NFC", cluster)
        else:
            composed = cluster
        for k, ch in enumerate(composed):
            cp = ord(ch)
            if ch in _INVISIBLE or cp in _INVISIBLE:
                continue
            if 0xD800 <= cp <= 0xDFFF:
                continue
            if ch == "\r":
                # \r\n -> \n ; lone \r -> \n
                if j < n and text[j] == "\n" and k == len(composed) - 1:
                    continue
                ch = "\n"
            elif ch in _LINE_BREAKS:
                ch = "\n"
            elif ch in _SPACES:
                ch = " "
            elif ch != "\n" and (cp < 0x20 or 0x7F <= cp < 0xA0):
                continue
            elif unicodedata.category(ch) == "Zs":
                ch = " "
            out.append(ch)
            # characters produced by composition all map to the cluster start (or its own offset)
            offs.append(i + k if len(composed) == len(cluster) else i)
        i = j
    return out, offs


# whitespace that folding changes: runs at either end, runs with a newline, and runs of several spaces
# (a single space between two words stays as it is)
_WS_RUN = re.compile(r"\A[ \n]+|[ \n]+\Z|[ \n]*\n[ \n]*| {2,}")
# characters the character pass changes or drops (NFC text without them passes through unchanged)
_SPECIAL = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u00ad\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f"
    "\u2060\u3000\ufeff\ufffe\uffff\ud800-\udfff]"
)


def _fold_whitespace(text: str, offs: Sequence[int]) -> tuple[str, list[int]]:
    """Fold spaces, strip line ends, limit blank lines, strip the whole text (only " " and "\n" remain)."""
    parts: list[str] = []
    out: list[int] = []
    pos, n = 0, len(text)
    for m in _WS_RUN.finditer(text):
        a, b = m.span()
        if a > pos:
            parts.append(text[pos:a])
            out.extend(offs[pos:a])
        pos = b
        if a == 0 or b == n:  # leading and trailing whitespace goes
            continue
        first = text.find("\n", a, b)
        if first < 0:
            parts.append(" ")
            out.append(offs[a])
            continue
        second = text.find("\n", first + 1, b)
        parts.append("\n" if second < 0 else "\n\n")
        out.append(offs[first])
        if second >= 0:
            out.append(offs[second])
    if pos < n:
        parts.append(text[pos:])
        out.extend(offs[pos:])
    return "".join(parts), out


def normalize(text: str | bytes) -> NormalizedText:
    """Normalise Vietnamese text (NFC, invisible characters, tone marks, whitespace).

    Args:
        text: the raw text. ``bytes`` are decoded as UTF-8.

    Returns:
        A :class:`NormalizedText` whose ``text`` is the normalised string.

    Raises:
        InputError: ``text`` is None, not a string, or bytes that are not UTF-8.

    Example:
        >>> normalize("Ủy ban nhân dân  huyện Quế Phong\\r\\n").text
        'Ủy ban nhân dân huyện Quế Phong'
    """
    raw = ensure_text(text)
    if unicodedata.is_normalized("NFC", raw) and not _SPECIAL.search(raw):
        joined, offs = _fold_whitespace(raw, range(len(raw)))  # the common case: nothing to replace
    else:
        chars, char_offs = _char_pass(raw)
        joined, offs = _fold_whitespace("".join(chars), char_offs)
    toned = normalize_tone_marks(joined)
    if len(toned) != len(joined):  # defensive: tone fixing never changes length
        toned = joined
    end = (offs[-1] + 1) if offs else 0
    return NormalizedText(text=toned, original=raw, offsets=(*offs, end))
