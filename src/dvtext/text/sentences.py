"""Sentence splitting for Vietnamese news text (first version: lines and end punctuation).

A boundary is placed after ".", "!", "?", "…" followed by a space and an upper-case letter, a digit or an
opening quote, unless the period ends a known abbreviation ("TP.", "PGS.TS.") or sits inside a number;
and at every line break (a title or caption without closing punctuation is a sentence of its own).
"""

from __future__ import annotations

import re

from dvtext.text.abbreviations import dotted_abbreviations
from dvtext.text.normalize import ensure_text
from dvtext.types import Sentence

__all__ = ["split_sentences"]

_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZĐÀ-Ỹ0-9])")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not m:
        return False
    word = m.group(1)
    dotted = dotted_abbreviations()
    return word in dotted or word.split(".")[-1] in dotted


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences (spans into ``text``).

    Example:
        >>> [ (s.start, s.end) for s in split_sentences("Huyện có 13 xã. TP. Vinh có 16 phường.") ]
        [(0, 15), (16, 38)]
    """
    text = ensure_text(text)
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if m.group(0).startswith(".") and len(m.group(0)) == 1 and _is_abbreviation(text, m.start()):
                continue
            end = m.end()
            if text[start:end].strip():
                out.append(Sentence(start, end, len(out)))
            start = end
            while start < line.end() and text[start] == " ":
                start += 1
        end = line.end()
        if start < end and text[start:end].strip():
            out.append(Sentence(start, end, len(out)))
    return out
