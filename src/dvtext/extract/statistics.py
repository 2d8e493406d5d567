"""Statistics: numbers that measure something, per ../docs/extraction.md (placeholder, being built)."""

from __future__ import annotations

from collections.abc import Sequence

from dvtext.types import DateMention, Sentence, Statistic

__all__ = ["extract_statistics"]


def extract_statistics(
    text: str, *, sentences: Sequence[Sentence], dates: Sequence[DateMention] = ()
) -> list[Statistic]:
    """Statistics of normalised ``text``, each with its sentence index and, where given, its period."""
    return []
