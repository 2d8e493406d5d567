"""Entities: PER, ORG, LOC, DOC (placeholder until the entities issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from dvtext.types import Entity, Sentence

__all__ = ["extract_entities"]


def extract_entities(text: str, *, sentences: Sequence[Sentence]) -> list[Entity]:
    """Entities of normalised ``text``."""
    return []
