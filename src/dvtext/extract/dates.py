"""Dates, months, years and periods named in the text (placeholder, being built)."""

from __future__ import annotations

from collections.abc import Sequence

from dvtext.types import DateMention, Sentence

__all__ = ["extract_dates"]


def extract_dates(text: str, *, sentences: Sequence[Sentence]) -> list[DateMention]:
    """Dates of normalised ``text`` with their sentence index."""
    return []
