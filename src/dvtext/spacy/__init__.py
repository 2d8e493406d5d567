"""dvtext as a Vietnamese spaCy pipeline: words, entities, statistics, dates and topics on a ``Doc``.

spaCy's own Vietnamese support is a tokenizer (it needs pyvi) with no entities or categories. This package
plugs dvtext into spaCy so that a researcher who works in spaCy gets dvtext's reading as ordinary spaCy
annotation:

=========================  ===========================================================================
``dvtext.Tokenizer.v1``    tokenizer: dvtext's word segmentation (multi-syllable words are one token),
                           lossless (``doc.text == text`` for any input), sentence starts set,
                           ``token.norm_`` = the normalised word, lower-cased ("Hoà" → "hòa").
``dvtext_entities``        ``doc.ents`` (PER, ORG, LOC, DOC) and ``doc.spans["entities"]`` (all mentions,
                           in dvtext's order), every :class:`~dvtext.types.Entity` field as a span
                           extension (``span._.canonical``, ``span._.province``, ``span._.issuer``...).
``dvtext_statistics``      ``doc.spans["statistics"]``, labelled with the kind (count, percent, money...),
                           with ``span._.value``, ``span._.unit``, ``span._.indicator``...
``dvtext_dates``           ``doc.spans["dates"]`` (date, month, year, period) with ``span._.value``...
``dvtext_topics``          ``doc.cats``: every label of the topic taxonomy: the model's labels with their
                           probability, 0.0 for the others;
                           ``doc._.primary_topic``.
=========================  ===========================================================================

``token._.abbreviation_expansion`` ("UBND" → "Ủy ban nhân dân") works on every token of every Doc.

**One analysis per Doc.** The tokenizer runs :func:`dvtext.analyze` once (without topics) and keeps the
:class:`~dvtext.types.Analysis` on ``doc._.dvtext_analysis``; the components only turn it into spans, so
the pipeline costs what ``dvtext.analyze_many`` costs plus building the Doc. Because the tokenizer knows
every entity, statistic, date and sentence, it also cuts words at their edges, so every span lines up with
tokens exactly. A tokenizer made with ``analyze = false`` only segments words; the first component that
needs the analysis then runs it (segmenting a second time).

Offsets: ``Analysis`` offsets index the normalised text; here every span is mapped back to the text you
passed in, so ``span.text`` is the original writing while ``span._.*`` values are dvtext's (normalised).

Serialisation: ``nlp.to_disk`` writes ``config.cfg`` plus a small JSON settings file per part (nothing is
pickled); ``spacy.load(path)`` rebuilds the pipeline through the registered functions (the entry points of
the installed package, or importing this module). ``Doc.to_bytes`` / ``DocBin`` / ``nlp.pipe(n_process=...)``
carry ``doc._.dvtext_analysis`` through srsly's msgpack with an encoder registered on import.

Modules: ``tokenizer`` (the tokenizer), ``components`` (the components and their factories),
``extensions`` (``doc._``/``span._``/``token._`` attributes), ``serialize`` (JSON settings, msgpack),
``scoring`` (:func:`gold_example`).

Example:
    >>> import dvtext.spacy
    >>> nlp = dvtext.spacy.load(topics=False)
    >>> doc = nlp("UBND huyện Quế Phong có 13 xã.")
    >>> [t.text for t in doc][:3]
    ['UBND', 'huyện', 'Quế Phong']
"""

from __future__ import annotations

from typing import Any

try:
    import spacy
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"dvtext.spacy needs spaCy ({exc}); install it with: pip install 'dvtext[spacy]'"
    ) from None
from spacy.language import Language
from spacy.util import registry

from dvtext import __version__
from dvtext.spacy import extensions as _extensions  # noqa: F401  (registers the extensions)
from dvtext.spacy.components import (
    FACTORIES,
    EntitiesComponent,
    SpanGroupComponent,
    TopicsComponent,
    analysis_of,
    make_dates,
    make_entities,
    make_statistics,
    make_topics,
)
from dvtext.spacy.scoring import gold_example
from dvtext.spacy.tokenizer import TOKENIZER, DvtextTokenizer, create_tokenizer

__all__ = [
    "FACTORIES",
    "TOKENIZER",
    "DvtextTokenizer",
    "EntitiesComponent",
    "SpanGroupComponent",
    "TopicsComponent",
    "analysis_of",
    "config",
    "create_tokenizer",
    "displacy_colors",
    "gold_example",
    "load",
    "make_dates",
    "make_entities",
    "make_statistics",
    "make_topics",
]

_COLORS = {
    "DOC": "#c9b3e6",
    "count": "#ffe08a",
    "percent": "#ffc285",
    "money": "#b7e4a8",
    "rate": "#a8d8e4",
    "ratio": "#d8e4a8",
    "range": "#e4c8a8",
    "measure": "#e4a8c8",
}


@registry.displacy_colors("dvtext.displacy_colors.v1")
def displacy_colors() -> dict[str, str]:
    """Colours displaCy uses for the DOC label and the statistic kinds."""
    return dict(_COLORS)


def config(
    *,
    entities: bool = True,
    statistics: bool = True,
    dates: bool = True,
    topics: bool = True,
    analyze: bool = True,
) -> dict[str, Any]:
    """A config for ``spacy.blank("vi", config=...)`` that builds the dvtext pipeline.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("vi", config=config(topics=False))
        >>> nlp.pipe_names
        ['dvtext_entities', 'dvtext_statistics', 'dvtext_dates']
    """
    wanted = dict(zip(FACTORIES, (entities, statistics, dates, topics), strict=True))
    pipeline = [name for name, on in wanted.items() if on]
    return {
        "nlp": {
            "lang": "vi",
            "pipeline": pipeline,
            # texts per batch handed to a process by nlp.pipe(n_process=...); spaCy's 1000 would give
            # every article of a typical run to the first process
            "batch_size": 64,
            "tokenizer": {"@tokenizers": TOKENIZER, "analyze": analyze, "split_on_spans": True},
        },
        "components": {name: {"factory": name} for name in pipeline},
    }


def load(
    *,
    entities: bool = True,
    statistics: bool = True,
    dates: bool = True,
    topics: bool = True,
    analyze: bool = True,
) -> Language:
    """A Vietnamese spaCy ``Language`` that reads text the dvtext way.

    Args:
        entities: add ``dvtext_entities`` (``doc.ents``, ``doc.spans["entities"]``).
        statistics: add ``dvtext_statistics`` (``doc.spans["statistics"]``).
        dates: add ``dvtext_dates`` (``doc.spans["dates"]``).
        topics: add ``dvtext_topics`` (``doc.cats``).
        analyze: the tokenizer runs the whole analysis once per Doc (fast); ``False`` makes a
            segmentation-only tokenizer and the first component analyses.

    Example:
        >>> nlp = load(topics=False)
        >>> doc = nlp("Năm 2019, tỷ lệ hộ nghèo của huyện còn 26,5%.")
        >>> doc.text
        'Năm 2019, tỷ lệ hộ nghèo của huyện còn 26,5%.'
    """
    nlp = spacy.blank(
        "vi",
        config=config(entities=entities, statistics=statistics, dates=dates, topics=topics, analyze=analyze),
    )
    nlp.meta.update(
        {
            "name": "dvtext",
            "version": __version__,
            "description": "dvtext: Vietnamese words, entities, statistics, dates and topics",
            "license": "MIT",
        }
    )
    return nlp
