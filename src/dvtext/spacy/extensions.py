"""The Doc, Span and Token extensions dvtext's spaCy parts set (registered on import, idempotent)."""

from __future__ import annotations

from dataclasses import fields

from spacy.tokens import Doc, Span, Token

from dvtext.text.abbreviations import expand
from dvtext.text.normalize import normalize
from dvtext.types import DateMention, Entity, Statistic

__all__ = ["ANALYSIS", "NATIVE", "record_fields"]

#: ``doc._.dvtext_analysis``: the :class:`~dvtext.types.Analysis` of the Doc.
ANALYSIS = "dvtext_analysis"
#: Record fields that spaCy already has on a Span (or that index the normalised text).
NATIVE = frozenset({"text", "start", "end", "label"})


def _primary_topic(doc: Doc) -> str | None:
    a = doc._.get(ANALYSIS)
    return a.primary_topic if a is not None else None


def _abbreviation_expansion(token: Token) -> str | None:
    found = expand(token.text)
    if found is None and not token.text.isascii():
        found = expand(normalize(token.text).text)  # "HĐND" typed decomposed
    return found


def record_fields(cls: type) -> list[str]:
    return [f.name for f in fields(cls) if f.name not in NATIVE]


def _register_extensions() -> None:
    """Doc/Span/Token extensions (idempotent; an extension someone else registered is left alone)."""
    if not Doc.has_extension(ANALYSIS):
        Doc.set_extension(ANALYSIS, default=None)
    if not Doc.has_extension("primary_topic"):
        Doc.set_extension("primary_topic", getter=_primary_topic)
    if not Token.has_extension("abbreviation_expansion"):
        Token.set_extension("abbreviation_expansion", getter=_abbreviation_expansion)
    for cls in (Entity, Statistic, DateMention):
        for name in record_fields(cls):
            if not Span.has_extension(name):
                Span.set_extension(name, default=None)


_register_extensions()
