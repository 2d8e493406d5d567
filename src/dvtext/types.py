"""The typed records every dvtext stage reads and writes.

All records are frozen, slotted dataclasses. Offsets (``start``, ``end``) are character offsets into the
*normalised* article text (:func:`dvtext.text.normalize.normalize`), half-open: ``text[start:end]``.
``to_dict()`` gives the JSON shape of ../docs/output-schema.md (fields may be added, never renamed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

__all__ = [
    "Analysis",
    "Article",
    "DateMention",
    "Entity",
    "Sentence",
    "Statistic",
    "Token",
    "TopicScore",
]

StatKind = Literal["count", "percent", "money", "rate", "ratio", "range", "measure"]
Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
Change = Literal["increase", "decrease"]
EntityLabel = Literal["PER", "ORG", "LOC", "DOC"]


def _compact(obj: Any, always: tuple[str, ...]) -> dict[str, Any]:
    """Fields of a dataclass as a dict; optional ``None`` fields are left out unless in ``always``."""
    out: dict[str, Any] = {}
    for f in fields(obj):
        v = getattr(obj, f.name)
        if v is None and f.name not in always:
            continue
        if isinstance(v, tuple):
            v = list(v)
        out[f.name] = v
    return out


@dataclass(frozen=True, slots=True)
class Article:
    """An article as collected or read: metadata plus the raw body text.

    ``text`` is the body only (lead + paragraphs, no title, no boilerplate); it need not be normalised.
    """

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    source: str | None = None  # site or archive the article came from
    lead: str | None = None
    author: str | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    canonical_url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (``tags`` as a list)."""
        return _compact(self, always=("id", "title", "url", "published", "source"))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an article from a mapping with at least ``text``; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        kw = {k: v for k, v in data.items() if k in names}
        if "tags" in kw:
            kw["tags"] = tuple(kw["tags"] or ())
        return cls(**kw)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]`` of the normalised article text; ``index`` counts from 0."""

    start: int
    end: int
    index: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Token:
    """A word (one or more syllables) or a protected span.

    ``kind`` is ``word``, ``number``, ``percent``, ``date``, ``code`` (document code such as
    ``09/CT-UBND``), ``url``, ``email``, ``punct`` or ``symbol``.
    """

    text: str
    start: int
    end: int
    kind: str = "word"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, month, year or period named in the text (not a statistic).

    ``value`` is ISO: ``2019-04-08``, ``2019-04``, ``2019-Q1`` or ``2019``; for a period (``2016-2020``,
    ``giai đoạn 2021–2025``, ``6 tháng đầu năm 2019``) ``value`` is the start and ``end_value`` the end.
    ``kind`` is ``date``, ``month``, ``quarter``, ``year`` or ``period``.
    """

    text: str
    start: int
    end: int
    value: str
    kind: str
    sentence: int = 0
    end_value: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _compact(self, always=())


@dataclass(frozen=True, slots=True)
class Statistic:
    """A number that measures something, per ../docs/extraction.md."""

    text: str
    start: int
    end: int
    value: float
    unit: str | None
    kind: str
    qualifier: str = "exact"
    change: str | None = None
    indicator: str | None = None
    sentence: int = 0
    high: float | None = None
    denominator: float | None = None
    period: str | None = None  # ISO date/year the sentence attaches to the figure

    def to_dict(self) -> dict[str, Any]:
        return _compact(self, always=("unit", "change", "indicator"))


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person (PER), body (ORG), place (LOC) or document reference (DOC)."""

    text: str
    start: int
    end: int
    label: str
    canonical: str | None = None
    level: str | None = None  # national | province | district | commune | village | country | region
    province: str | None = None
    current: str | None = None  # the unit after the 2025 reorganisation
    role: str | None = None  # PER: the title the text gives
    type: str | None = None  # DOC: Chỉ thị, Nghị quyết...; LOC features: road, river, port...
    number: str | None = None
    code: str | None = None
    issuer: str | None = None
    date: str | None = None
    ref: int | None = None  # index (in the entity list) of the first mention of the same thing
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _compact(self, always=())


@dataclass(frozen=True, slots=True)
class TopicScore:
    """A topic label with its probability; ``evidence`` lists terms and sentence indexes that carry it."""

    label: str
    score: float
    terms: tuple[str, ...] = ()
    sentences: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "score": round(self.score, 4)}
        if self.terms:
            out["terms"] = list(self.terms)
        if self.sentences:
            out["sentences"] = list(self.sentences)
        return out


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything dvtext read from one article; ``to_dict()`` is the analysis record."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    sentences: tuple[Sentence, ...] = ()
    statistics: tuple[Statistic, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    topics: tuple[TopicScore, ...] = ()
    primary_topic: str = "none"
    errors: tuple[str, ...] = ()
    topic_probabilities: tuple[tuple[str, float], ...] = ()  # every label's probability, model order
    author: str | None = None
    category: str | None = None
    tokens: tuple[Token, ...] = field(default=(), repr=False, compare=False)  # words of ``text``
    original_text: str | None = field(default=None, repr=False, compare=False)
    offsets: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` back to the string the caller passed in."""
        if self.offsets is None:
            return start, end
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def to_dict(self) -> dict[str, Any]:
        """The analysis record of ../docs/output-schema.md."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "author": self.author,
            "category": self.category,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "statistics": [s.to_dict() for s in self.statistics],
            "dates": [d.to_dict() for d in self.dates],
            "entities": [e.to_dict() for e in self.entities],
            "topics": [t.to_dict() for t in self.topics],
            "primary_topic": self.primary_topic,
            "topic_probabilities": {k: round(v, 4) for k, v in self.topic_probabilities},
            "errors": list(self.errors),
        }
