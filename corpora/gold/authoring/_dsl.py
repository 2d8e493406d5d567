"""Tiny authoring language for the gold annotations (read by ``build.py``).

Each article module lists, in text order, its statistics (``S``), entities (``E``) and boilerplate
spans (``B``). A span is found by searching its surface text forward from the previous span of the
same layer; ``skip=n`` skips n further occurrences, ``ctx="..."`` finds ``ctx`` first and then the
surface inside/after it. Offsets are resolved by ``build.py`` and every resolved span is printed in
context for review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class S:
    text: str
    unit: str | None
    kind: str
    value: float | None = None  # None: parsed from the span by build.py (then reviewed)
    q: str = "exact"
    ch: str | None = None
    ind: str | None = None
    high: float | None = None
    den: float | None = None
    skip: int = 0
    ctx: str | None = None


@dataclass
class E:
    text: str
    label: str
    skip: int = 0
    ctx: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def __init__(self, text: str, label: str, *, skip: int = 0, ctx: str | None = None, **attrs: Any):
        self.text, self.label, self.skip, self.ctx, self.attrs = text, label, skip, ctx, attrs


@dataclass
class B:
    """Boilerplate (photo caption + credit, related link, source line): the span runs from the first
    occurrence of ``begin`` (after the previous boilerplate span) to the end of the first ``end`` after
    it; ``end=None`` means the span is ``begin`` itself. Anchors keep the corpus text out of this repo."""

    begin: str
    end: str | None = None
    kind: str = "caption"
