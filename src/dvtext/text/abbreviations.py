"""The field's abbreviation lexicon (``data/abbreviations.json``): UBND, HĐND, MTTQ, CCHC, TTHC, NQ/TU...

Example:
    >>> expand("UBND")
    'Ủy ban nhân dân'
    >>> expand_text("UBND huyện Quế Phong")
    'Ủy ban nhân dân huyện Quế Phong'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Abbreviation", "abbreviations", "dotted_abbreviations", "expand", "expand_text"]


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One lexicon entry: ``short`` as written, its canonical ``expansion``, its ``type``
    (org | title | doc | term | place) and other readings in ``also``."""

    short: str
    expansion: str
    type: str
    also: tuple[str, ...] = ()


@cache
def _lexicon() -> tuple[dict[str, Abbreviation], frozenset[str]]:
    raw = resources.files("dvtext.data").joinpath("abbreviations.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    entries = {
        k: Abbreviation(k, v["expansion"], v["type"], tuple(v.get("also", ())))
        for k, v in data["entries"].items()
    }
    return entries, frozenset(data.get("dotted", ()))


def abbreviations() -> dict[str, Abbreviation]:
    """All entries, keyed by the abbreviation as written (a copy: safe to modify)."""
    return dict(_lexicon()[0])


def dotted_abbreviations() -> frozenset[str]:
    """Abbreviations that are written with a final period ("TP.", "PGS.TS.") without ending a sentence."""
    return _lexicon()[1]


def expand(short: str) -> str | None:
    """The expansion of ``short`` ("UBND" → "Ủy ban nhân dân"), or ``None`` when it is not in the lexicon."""
    entry = _lexicon()[0].get(short)
    return entry.expansion if entry else None


@cache
def _word_pattern() -> re.Pattern[str]:
    keys = sorted(_lexicon()[0], key=len, reverse=True)
    return re.compile(r"(?<![\w&-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&-])")


def expand_text(text: str, *, types: tuple[str, ...] = ("org", "place", "term")) -> str:
    """Replace every abbreviation of the given types in ``text`` by its expansion.

    Document-code parts ("CT", "NQ") and titles are left alone by default because they are ambiguous
    inside codes; pass ``types`` to choose.
    """
    entries = _lexicon()[0]

    def repl(m: re.Match[str]) -> str:
        e = entries[m.group(1)]
        return e.expansion if e.type in types else m.group(0)

    return _word_pattern().sub(repl, text)
