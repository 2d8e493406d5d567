"""Gold annotation as ``spacy.training.Example`` objects, for spaCy's Scorer and ``nlp.evaluate``."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import filter_spans

from dvtext.spacy.tokenizer import doc_from_spans

__all__ = ["gold_example"]


def _cut_doc(doc: Doc, bounds: Iterable[int]) -> Doc:
    """A copy of ``doc``'s tokenisation split further at the character offsets ``bounds``."""
    cuts = sorted(set(bounds))
    spans: list[tuple[int, int]] = []
    for t in doc:
        if t.is_space:
            continue
        a, b = t.idx, t.idx + len(t.text)
        i = bisect.bisect_right(cuts, a)
        while i < len(cuts) and cuts[i] < b:
            spans.append((a, cuts[i]))
            a = cuts[i]
            i += 1
        spans.append((a, b))
    stripped = []
    for a, b in spans:
        while a < b and doc.text[a].isspace():
            a += 1
        while b > a and doc.text[b - 1].isspace():
            b -= 1
        if b > a:
            stripped.append((a, b))
    return doc_from_spans(doc.vocab, doc.text, stripped)


def gold_example(
    doc: Doc,
    *,
    entities: Iterable[Mapping[str, Any]] = (),
    statistics: Iterable[Mapping[str, Any]] | None = None,
    dates: Iterable[Mapping[str, Any]] | None = None,
    cats: Mapping[str, float] | None = None,
    keys: Mapping[str, str] | None = None,
) -> Example:
    """A ``spacy.training.Example`` pairing ``doc`` with gold annotation, ready for spaCy's Scorer.

    The reference Doc has ``doc``'s words further cut at every gold edge, so that both the prediction and
    the gold align exactly (spaCy's Scorer silently drops predicted spans that do not align).

    Args:
        doc: the predicted Doc (``nlp(text)``); gold offsets index ``doc.text``.
        entities: gold entities with ``start``, ``end``, ``label`` (dvtext's gold format); they go to
            ``reference.ents`` and ``reference.spans["entities"]``.
        statistics: gold statistics with ``start``, ``end``, ``kind`` → ``reference.spans["statistics"]``.
        dates: gold dates with ``start``, ``end``, ``kind`` → ``reference.spans["dates"]``.
        cats: gold topic labels → ``reference.cats``.
        keys: span keys when the components use others (``{"statistics": "stats"}``).

    Returns:
        The Example; score it with ``nlp.evaluate([...])`` or ``Scorer.score_spans``.

    Example:
        >>> from dvtext.spacy import load
        >>> nlp = load(topics=False)
        >>> doc = nlp("Huyện có 13 xã.")
        >>> eg = gold_example(doc, statistics=[{"start": 9, "end": 14, "kind": "count"}])
        >>> [s.text for s in eg.reference.spans["statistics"]]
        ['13 xã']
    """
    keys = {"entities": "entities", "statistics": "statistics", "dates": "dates", **(keys or {})}
    ents = list(entities)
    layer_rows = {
        layer: (list(rows) if rows is not None else None)
        for layer, rows in (("statistics", statistics), ("dates", dates))
    }
    gold = [*ents, *(g for rows in layer_rows.values() if rows for g in rows)]
    ref = _cut_doc(doc, [x for g in gold for x in (g["start"], g["end"])])

    def spans_of(rows: list[Mapping[str, Any]], label_key: str) -> list[Span]:
        out = []
        for g in rows:
            span = ref.char_span(g["start"], g["end"], label=g[label_key])
            if span is None:
                raise ValueError(f"gold span {g['start']}-{g['end']} does not fit the text of the Doc")
            out.append(span)
        return out

    ent_spans = spans_of(ents, "label")
    ref.spans[keys["entities"]] = ent_spans
    ref.ents = filter_spans(ent_spans)
    for layer, rows in layer_rows.items():
        if rows is not None:
            ref.spans[keys[layer]] = spans_of(rows, "kind")
    if cats is not None:
        ref.cats = dict(cats)
    return Example(doc, ref)
