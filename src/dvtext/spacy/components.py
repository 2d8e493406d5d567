"""The pipeline components: dvtext's entities, statistics, dates and topics as spaCy annotation.

Every component reads the :class:`~dvtext.types.Analysis` the tokenizer kept on ``doc._.dvtext_analysis``
(:func:`analysis_of` runs it when another tokenizer made the Doc) and maps its spans back to the Doc's text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, replace
from typing import Any

from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from dvtext.pipeline import analyze
from dvtext.spacy.extensions import ANALYSIS, NATIVE
from dvtext.spacy.serialize import JsonSettings
from dvtext.spacy.tokenizer import orig_end
from dvtext.types import Analysis

__all__ = [
    "FACTORIES",
    "EntitiesComponent",
    "SpanGroupComponent",
    "TopicsComponent",
    "analysis_of",
    "make_dates",
    "make_entities",
    "make_statistics",
    "make_topics",
]

log = logging.getLogger(__name__)

#: Component factories registered by this module, in their default pipeline order.
FACTORIES = ("dvtext_entities", "dvtext_statistics", "dvtext_dates", "dvtext_topics")


def analysis_of(doc: Doc) -> Analysis:
    """The dvtext analysis of ``doc``: the one its tokenizer kept, or a fresh one (then kept).

    Example:
        >>> from dvtext.spacy import load
        >>> nlp = load(topics=False)
        >>> analysis_of(nlp("Huyện có 13 xã.")).text
        'Huyện có 13 xã.'
    """
    a = doc._.get(ANALYSIS)
    # A Doc's text never changes, so a kept analysis of the same length is of this text (a cheap check:
    # doc.text joins every token).
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if a is None or len(a.original_text if a.original_text is not None else a.text) != length:
        a = analyze(doc.text, topics=False)
        doc._.set(ANALYSIS, a)
    return a


def _span(doc: Doc, a: Analysis, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    offsets = a.offsets if a.offsets is not None else range(len(a.text) + 1)
    original = a.original_text if a.original_text is not None else a.text  # == doc.text (analysis_of)
    o0, o1 = offsets[start], orig_end(offsets, original, end)
    span = doc.char_span(o0, o1, label=label, kb_id=kb_id)
    if span is None:  # another tokenizer's words: widen to the tokens that cover the span
        span = doc.char_span(o0, o1, label=label, kb_id=kb_id, alignment_mode="expand")
    return span


def _set_fields(span: Span, record: Any) -> None:
    for f in fields(record):
        if f.name in NATIVE:
            continue
        value = getattr(record, f.name)
        if value is not None:
            span._.set(f.name, value)


class _Component(JsonSettings):
    """A component whose only state is its settings (JSON in config.cfg and ``settings.json``)."""

    def __init__(self, name: str, **settings: Any) -> None:
        self.name = name
        self.settings = dict(settings)

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, "settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["name"], **state["settings"])  # type: ignore[misc]

    def _settings(self) -> dict[str, Any]:
        return self.settings

    def _apply(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - set(self.settings)
        if unknown:
            raise ValueError(f"unknown settings {sorted(unknown)} for component {self.name!r}")
        self.settings.update(settings)


def _span_scores(examples: Iterable[Example], key: str) -> dict[str, Any]:
    return Scorer.score_spans(
        examples,
        f"spans_{key}",
        getter=lambda doc, attr: doc.spans.get(attr[len("spans_") :], []),
        has_annotation=lambda doc: key in doc.spans,
        allow_overlap=True,
    )


class EntitiesComponent(_Component):
    """Sets ``doc.ents`` and ``doc.spans[spans_key]`` from dvtext's entities."""

    def __call__(self, doc: Doc) -> Doc:
        a = analysis_of(doc)
        spans: list[Span] = []
        for e in a.entities:
            span = _span(doc, a, e.start, e.end, e.label, e.canonical or "")
            if span is None:
                continue
            _set_fields(span, e)
            spans.append(span)
        doc.spans[self.settings["spans_key"]] = spans
        if self.settings["ents"]:
            doc.ents = filter_spans(spans)
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """``ents_p/r/f`` and ``ents_per_type`` (doc.ents), ``spans_<key>_*`` (all mentions)."""
        examples = list(examples)
        out = Scorer.score_spans(examples, "ents", has_annotation=lambda d: d.has_annotation("ENT_IOB"))
        out.update(_span_scores(examples, self.settings["spans_key"]))
        return out


class SpanGroupComponent(_Component):
    """Puts one list of dvtext records into ``doc.spans[spans_key]``, labelled with their ``kind``."""

    def __init__(self, name: str, *, records: str, **settings: Any) -> None:
        super().__init__(name, **settings)
        self.records = records

    def __getstate__(self) -> dict[str, Any]:
        return {"name": self.name, "settings": self.settings, "records": self.records}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["name"], records=state["records"], **state["settings"])  # type: ignore[misc]

    def __call__(self, doc: Doc) -> Doc:
        a = analysis_of(doc)
        spans: list[Span] = []
        for r in getattr(a, self.records):
            span = _span(doc, a, r.start, r.end, r.kind)
            if span is None:
                continue
            _set_fields(span, r)
            spans.append(span)
        doc.spans[self.settings["spans_key"]] = spans
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """``spans_<key>_p/r/f`` and ``spans_<key>_per_type`` (per kind)."""
        return _span_scores(examples, self.settings["spans_key"])


def _taxonomy_labels() -> tuple[str, ...]:
    try:
        from dvtext.topics.taxonomy import labels
    except ImportError:  # the taxonomy has not landed in this installation
        return ()
    return tuple(labels())


class TopicsComponent(_Component):
    """Sets ``doc.cats`` from dvtext's topic model.

    Every label of the taxonomy is a key with the model's probability. A label is *assigned* when its
    probability passes that label's own threshold (chosen by cross-validation, so not 0.5): the assigned
    labels are ``doc._.dvtext_analysis.topics`` and the first is ``doc._.primary_topic``.
    """

    def __init__(self, name: str, **settings: Any) -> None:
        super().__init__(name, **settings)
        self._fn: Callable[[Analysis], Any] | None = None
        self._loaded = False

    def _topic_function(self) -> Callable[[Analysis], Any] | None:
        if not self._loaded:
            try:
                from dvtext.topics.model import default_topic_function
            except ImportError:
                log.warning("dvtext's topic model is not installed: doc.cats stays empty")
                self._fn = None
            else:
                self._fn = default_topic_function()
            self._loaded = True
        return self._fn

    def __call__(self, doc: Doc) -> Doc:
        a = analysis_of(doc)
        fn = self._topic_function()
        if fn is None:
            return doc
        try:
            scores, primary, *rest = fn(a)
        except Exception as exc:  # one failing article never sinks a batch: recorded like analyze()
            log.warning("topics failed: %s", exc)
            doc._.set(ANALYSIS, replace(a, errors=(*a.errors, f"topics: {type(exc).__name__}: {exc}")))
            return doc
        probabilities = rest[0] if rest and rest[0] else {}
        a = replace(a, topics=tuple(scores), primary_topic=primary, topic_probabilities=tuple(probabilities.items()))
        doc._.set(ANALYSIS, a)
        cats = dict.fromkeys(_taxonomy_labels(), 0.0)
        cats.update({k: float(v) for k, v in probabilities.items()})
        cats.update({t.label: float(t.score) for t in a.topics})
        doc.cats = cats
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """``cats_*`` (multi-label) over the examples whose reference has cats. A label counts as predicted
        when the model assigned it (its per-label threshold), not by a global 0.5 cut on ``doc.cats``."""
        examples = [eg for eg in examples if eg.reference.cats]
        if not examples:
            return {}
        assigned = []
        for eg in examples:
            labels_of = {t.label for t in analysis_of(eg.predicted).topics}
            pred = eg.predicted.copy()
            pred.cats = {k: float(k in labels_of) for k in eg.predicted.cats}
            assigned.append(Example(pred, eg.reference))
        labels = sorted({k for eg in assigned for k in (*eg.reference.cats, *eg.predicted.cats)})
        return Scorer.score_cats(assigned, "cats", labels=labels, multi_label=True, threshold=0.5)


@Language.factory(
    "dvtext_entities",
    default_config={"spans_key": "entities", "ents": True},
    assigns=["doc.ents", "doc.spans"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entities(nlp: Language, name: str, spans_key: str, ents: bool) -> EntitiesComponent:
    """Factory of the ``dvtext_entities`` component (``nlp.add_pipe("dvtext_entities")``).

    Example:
        >>> from dvtext.spacy import load
        >>> nlp = load(topics=False)
        >>> [(e.text, e.label_) for e in nlp("Ủy ban nhân dân huyện Quế Phong").ents][:1]  # doctest: +SKIP
        [('Ủy ban nhân dân huyện Quế Phong', 'ORG')]
    """
    return EntitiesComponent(name, spans_key=spans_key, ents=ents)


@Language.factory(
    "dvtext_statistics",
    default_config={"spans_key": "statistics"},
    assigns=["doc.spans"],
    default_score_weights={"spans_statistics_f": 1.0, "spans_statistics_p": 0.0, "spans_statistics_r": 0.0},
)
def make_statistics(nlp: Language, name: str, spans_key: str) -> SpanGroupComponent:
    """Factory of the ``dvtext_statistics`` component: ``doc.spans["statistics"]``.

    Example:
        >>> from dvtext.spacy import load
        >>> nlp = load(topics=False)
        >>> [(s.text, s._.value) for s in nlp("Huyện có 13 xã.").spans["statistics"]]  # doctest: +SKIP
        [('13 xã', 13.0)]
    """
    return SpanGroupComponent(name, records="statistics", spans_key=spans_key)


@Language.factory("dvtext_dates", default_config={"spans_key": "dates"}, assigns=["doc.spans"])
def make_dates(nlp: Language, name: str, spans_key: str) -> SpanGroupComponent:
    """Factory of the ``dvtext_dates`` component: ``doc.spans["dates"]`` (``span._.value`` is ISO)."""
    return SpanGroupComponent(name, records="dates", spans_key=spans_key)


@Language.factory("dvtext_topics", default_config={}, assigns=["doc.cats"])
def make_topics(nlp: Language, name: str) -> TopicsComponent:
    """Factory of the ``dvtext_topics`` component: ``doc.cats`` and ``doc._.primary_topic``."""
    return TopicsComponent(name)
