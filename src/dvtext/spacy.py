"""dvtext as a Vietnamese spaCy pipeline: words, entities, statistics, dates and topics on a ``Doc``.

spaCy's own Vietnamese support is a tokenizer (it needs pyvi) with no entities or categories. This module
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
carry ``doc._.dvtext_analysis`` through srsly's msgpack with an encoder registered here.

Example:
    >>> import dvtext.spacy
    >>> nlp = dvtext.spacy.load(topics=False)
    >>> doc = nlp("UBND huyện Quế Phong có 13 xã.")
    >>> [t.text for t in doc][:3]
    ['UBND', 'huyện', 'Quế Phong']
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any, Self

try:
    import spacy
    import srsly
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError(
        f"dvtext.spacy needs spaCy ({exc}); install it with: pip install 'dvtext[spacy]'"
    ) from None
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span, Token
from spacy.training import Example
from spacy.util import filter_spans, registry
from spacy.vocab import Vocab

from dvtext import __version__
from dvtext.errors import InputError
from dvtext.pipeline import analyze
from dvtext.text.abbreviations import expand
from dvtext.text.normalize import normalize
from dvtext.text.sentences import split_sentences
from dvtext.text.tokens import tokenize
from dvtext.types import (
    Analysis,
    Article,
    DateMention,
    Entity,
    Sentence,
    Statistic,
    TopicScore,
)
from dvtext.types import Token as DvToken

__all__ = [
    "DvtextTokenizer",
    "analysis_of",
    "config",
    "create_tokenizer",
    "gold_example",
    "load",
    "make_dates",
    "make_entities",
    "make_statistics",
    "make_topics",
    "TOKENIZER",
    "FACTORIES",
]

log = logging.getLogger(__name__)

#: Name of the registered tokenizer function (``@tokenizers`` in a config).
TOKENIZER = "dvtext.Tokenizer.v1"
#: Component factories registered by this module, in their default pipeline order.
FACTORIES = ("dvtext_entities", "dvtext_statistics", "dvtext_dates", "dvtext_topics")

_ANALYSIS = "dvtext_analysis"
# Record fields that spaCy already has on a Span (or that index the normalised text).
_NATIVE = frozenset({"text", "start", "end", "label"})
_SETTINGS_FILE = "settings.json"
_WS = re.compile(r"\s+|\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")

# --------------------------------------------------------------------------------------------------
# Extensions


def _primary_topic(doc: Doc) -> str | None:
    a = doc._.get(_ANALYSIS)
    return a.primary_topic if a is not None else None


def _abbreviation_expansion(token: Token) -> str | None:
    found = expand(token.text)
    if found is None and not token.text.isascii():
        found = expand(normalize(token.text).text)  # "HĐND" typed decomposed
    return found


def _record_fields(cls: type) -> list[str]:
    return [f.name for f in fields(cls) if f.name not in _NATIVE]


def _register_extensions() -> None:
    """Doc/Span/Token extensions (idempotent; an extension someone else registered is left alone)."""
    if not Doc.has_extension(_ANALYSIS):
        Doc.set_extension(_ANALYSIS, default=None)
    if not Doc.has_extension("primary_topic"):
        Doc.set_extension("primary_topic", getter=_primary_topic)
    if not Token.has_extension("abbreviation_expansion"):
        Token.set_extension("abbreviation_expansion", getter=_abbreviation_expansion)
    for cls in (Entity, Statistic, DateMention):
        for name in _record_fields(cls):
            if not Span.has_extension(name):
                Span.set_extension(name, default=None)


_register_extensions()

# --------------------------------------------------------------------------------------------------
# msgpack: dvtext records inside Doc.user_data survive Doc.to_bytes, DocBin and nlp.pipe(n_process=...)

_RECORDS: dict[str, type] = {
    c.__name__: c for c in (Analysis, Article, DateMention, Entity, Sentence, Statistic, DvToken, TopicScore)
}
_MARK = "__dvtext__"
_COLS = "__dvtext_tokens__"  # Analysis.tokens as columns (the texts are slices of Analysis.text)
_RLE = "__dvtext_offsets__"  # Analysis.offsets as runs of offsets[i] - i


def _encode_analysis(a: Analysis, values: list[Any]) -> None:
    """Compact forms of the two long fields of an Analysis (a token and an offset per character)."""
    names = [f.name for f in fields(Analysis)]
    text = a.text
    if all(t.text == text[t.start : t.end] for t in a.tokens):
        values[names.index("tokens")] = {
            _COLS: [[t.start for t in a.tokens], [t.end for t in a.tokens], [t.kind for t in a.tokens]]
        }
    if a.offsets is not None:
        runs: list[int] = []
        last = None
        for i, o in enumerate(a.offsets):
            if o - i != last:
                last = o - i
                runs += (i, last)
        values[names.index("offsets")] = {_RLE: [len(a.offsets), runs]}


def _decode_analysis(values: dict[str, Any]) -> None:
    toks = values.get("tokens")
    if isinstance(toks, dict) and _COLS in toks:
        text = values["text"]
        starts, ends, kinds = toks[_COLS]
        values["tokens"] = tuple(
            DvToken(text[a:b], a, b, k) for a, b, k in zip(starts, ends, kinds, strict=True)
        )
    offs = values.get("offsets")
    if isinstance(offs, dict) and _RLE in offs:
        n, runs = offs[_RLE]
        out: list[int] = []
        for r in range(0, len(runs), 2):
            stop = runs[r + 2] if r + 2 < len(runs) else n
            delta = runs[r + 1]
            out.extend(range(runs[r] + delta, stop + delta))
        values["offsets"] = tuple(out)


def _encode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack encoder: a dvtext record becomes ``{"__dvtext__": name, "v": [field values]}``."""
    cls = type(obj)
    if _RECORDS.get(cls.__name__) is cls:
        values = [getattr(obj, f.name) for f in fields(cls)]
        if cls is Analysis:
            _encode_analysis(obj, values)
        return {_MARK: cls.__name__, "v": values}
    return obj if chain is None else chain(obj)


def _decode_record(obj: Any, chain: Callable[[Any], Any] | None = None) -> Any:
    """srsly msgpack decoder: the inverse of :func:`_encode_record` (fields are append-only)."""
    if isinstance(obj, dict) and _MARK in obj and obj.get(_MARK) in _RECORDS:
        cls = _RECORDS[obj[_MARK]]
        names = [f.name for f in fields(cls)]
        values = {
            k: (tuple(v) if isinstance(v, list) else v)
            for k, v in zip(names, obj["v"][: len(names)], strict=False)
        }
        if cls is Analysis:
            _decode_analysis(values)
        return cls(**values)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("dvtext", func=_encode_record)
srsly.msgpack_decoders.register("dvtext", func=_decode_record)

# --------------------------------------------------------------------------------------------------
# Offsets


def _orig_start(offsets: Sequence[int], a: int) -> int:
    return offsets[a]


def _orig_end(offsets: Sequence[int], original: str, b: int) -> int:
    """Original end of normalised end ``b``; combining marks NFC folded into the last character count."""
    if b <= 0:
        return 0
    end = offsets[b - 1] + 1
    n = len(original)
    while end < n and unicodedata.combining(original[end]):
        end += 1
    return end


def _cut_tokens(ntext: str, tokens: Iterable[DvToken], cuts: Sequence[int]) -> list[tuple[int, int]]:
    """Token spans (normalised) split at every cut strictly inside a token; whitespace trimmed."""
    out: list[tuple[int, int]] = []
    n_cuts = len(cuts)
    i = 0
    for t in tokens:
        a, b = t.start, t.end
        while i < n_cuts and cuts[i] <= a:
            i += 1
        if i == n_cuts or cuts[i] >= b:  # the usual case: no cut inside the word
            if a < b and not ntext[a].isspace() and not ntext[b - 1].isspace():
                out.append((a, b))
                continue
            pieces = [(a, b)]
        else:
            pieces = []
            j = i
            while j < n_cuts and cuts[j] < b:
                pieces.append((a, cuts[j]))
                a = cuts[j]
                j += 1
            pieces.append((a, b))
        for pa, pb in pieces:
            while pa < pb and ntext[pa].isspace():
                pa += 1
            while pb > pa and ntext[pb - 1].isspace():
                pb -= 1
            if pb > pa:
                out.append((pa, pb))
    return out


def _analysis_cuts(a: Analysis) -> list[int]:
    cuts: set[int] = set()
    for group in (a.sentences, a.entities, a.statistics, a.dates):
        for r in group:
            cuts.add(r.start)
            cuts.add(r.end)
    return sorted(cuts)


# --------------------------------------------------------------------------------------------------
# Tokenizer


def _doc_from_spans(
    vocab: Vocab,
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    norms: Sequence[str] | None = None,
    starts: Sequence[bool] | None = None,
) -> Doc:
    """A Doc over ``text`` whose words are ``spans`` (original offsets, sorted); text between becomes
    the spaces of the previous word or tokens of its own, so ``doc.text == text``.

    ``norms`` (the normalised words) become ``token.norm_``, lower-cased like spaCy's default norm, and
    ``starts`` (one bool per span) the sentence starts.
    """
    words: list[str] = []
    spaces: list[bool] = []
    kept: list[int] = []  # index in ``spans`` of each word, -1 for a gap token
    pos = 0

    def gap(g: str) -> None:
        for m in _WS.finditer(g):
            piece = m.group()
            if piece[0].isspace():
                if words and kept[-1] >= 0 and not spaces[-1] and piece[0] == " ":
                    spaces[-1] = True
                    piece = piece[1:]
                if not piece:
                    continue
            words.append(piece)
            spaces.append(False)
            kept.append(-1)

    for i, (a, b) in enumerate(spans):
        if a < pos:
            a = pos
        if b <= a:
            continue
        if a > pos:
            if a == pos + 1 and text[pos] == " " and kept and kept[-1] >= 0:
                spaces[-1] = True  # the usual case: one space after a word
            else:
                gap(text[pos:a])
        words.append(text[a:b])
        spaces.append(False)
        kept.append(i)
        pos = b
    if pos < len(text):
        gap(text[pos:])
    sent_starts: list[bool | int | None] | None = None
    if starts is not None and words:
        sent_starts = [k >= 0 and starts[k] for k in kept]
        sent_starts[0] = True
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    if norms is not None:
        for w, k in enumerate(kept):
            if k >= 0:
                norm = norms[k].lower()
                if norm != words[w].lower():
                    doc[w].norm_ = norm
    return doc


class _JsonSettings:
    """spaCy's serialisation methods for a part whose only state is a dict of JSON settings."""

    def _settings(self) -> dict[str, Any]:
        raise NotImplementedError

    def _apply(self, settings: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self._settings(), sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Self:
        self._apply(json.loads(data.decode("utf-8")) if data else {})
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / _SETTINGS_FILE).write_text(self.to_bytes().decode("utf-8"), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        f = Path(path) / _SETTINGS_FILE
        if f.exists():
            self._apply(json.loads(f.read_text(encoding="utf-8")))
        return self


class DvtextTokenizer(_JsonSettings):
    """dvtext's word segmentation as a spaCy tokenizer (lossless: ``doc.text == text``).

    Args:
        vocab: the pipeline's vocabulary.
        analyze: run the full :func:`dvtext.analyze` (without topics) and keep it on
            ``doc._.dvtext_analysis`` (default); ``False`` only normalises, splits sentences and segments.
        split_on_spans: cut words at the edges of sentences, entities, statistics and dates, so that
            every dvtext span is a whole number of tokens.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "dvtext.Tokenizer.v1"}}})
        >>> [t.text for t in nlp("Tỷ lệ hộ nghèo còn 26,5%.")]
        ['Tỷ lệ', 'hộ', 'nghèo', 'còn', '26,5%', '.']
    """

    def __init__(self, vocab: Vocab, *, analyze: bool = True, split_on_spans: bool = True) -> None:
        self.vocab = vocab
        self.analyze = analyze
        self.split_on_spans = split_on_spans

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_tokenizer, (self.vocab, self._settings()))

    def _settings(self) -> dict[str, Any]:
        return {"analyze": self.analyze, "split_on_spans": self.split_on_spans}

    def _apply(self, settings: Mapping[str, Any]) -> None:
        unknown = set(settings) - {"analyze", "split_on_spans"}
        if unknown:
            raise ValueError(f"unknown dvtext tokenizer settings {sorted(unknown)}")
        self.analyze = bool(settings.get("analyze", self.analyze))
        self.split_on_spans = bool(settings.get("split_on_spans", self.split_on_spans))

    def __call__(self, text: str) -> Doc:
        bad = _SURROGATE.search(text)
        if bad is not None:
            raise InputError(
                f"the text has a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start()}, which "
                "spaCy cannot store; decode the source with errors='replace' or remove it first"
            )
        if self.analyze:
            a = analyze(text, topics=False)
            doc = self.doc_from_analysis(text, a)
            doc._.set(_ANALYSIS, a)
            return doc
        norm = normalize(text)
        sents = split_sentences(norm.text)
        toks = tokenize(norm.text, sentences=sents)
        cuts = sorted({x for s in sents for x in (s.start, s.end)}) if self.split_on_spans else []
        return self._build(text, norm.text, norm.offsets, toks, sents, cuts)

    def pipe(self, texts: Iterable[str], *, batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenise a stream of texts (``batch_size`` is accepted for spaCy's API and ignored)."""
        for text in texts:
            yield self(text)

    def doc_from_analysis(self, text: str, a: Analysis) -> Doc:
        """The Doc of ``text`` from an analysis of that same text (made by :func:`dvtext.analyze`)."""
        offsets = a.offsets if a.offsets is not None else tuple(range(len(a.text) + 1))
        cuts = _analysis_cuts(a) if self.split_on_spans else sorted({s.start for s in a.sentences})
        return self._build(text, a.text, offsets, a.tokens, a.sentences, cuts)

    def _build(
        self,
        text: str,
        ntext: str,
        offsets: Sequence[int],
        tokens: Iterable[DvToken],
        sentences: Sequence[Sentence],
        cuts: Sequence[int],
    ) -> Doc:
        pieces = _cut_tokens(ntext, tokens, cuts)
        n = len(text)
        combining = unicodedata.combining
        spans: list[tuple[int, int]] = []
        for a, b in pieces:
            end = offsets[b - 1] + 1
            while end < n and combining(text[end]):  # marks NFC folded into the last character
                end += 1
            spans.append((offsets[a], end))
        norms = [ntext[a:b] for a, b in pieces]
        starts: list[bool] | None = None
        if sentences:
            sent_begins = [s.start for s in sentences]
            starts = []
            k, n_sents = -1, len(sent_begins)
            last = -2
            for a, _b in pieces:
                while k + 1 < n_sents and sent_begins[k + 1] <= a:
                    k += 1
                starts.append(k != last)
                last = k
        return _doc_from_spans(self.vocab, text, spans, norms=norms, starts=starts)


def _rebuild_tokenizer(vocab: Vocab, settings: Mapping[str, Any]) -> DvtextTokenizer:
    return DvtextTokenizer(vocab, **settings)


@registry.tokenizers(TOKENIZER)
def create_tokenizer(
    analyze: bool = True, split_on_spans: bool = True
) -> Callable[[Language], DvtextTokenizer]:
    """The registered tokenizer function (``@tokenizers = "dvtext.Tokenizer.v1"``).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "dvtext.Tokenizer.v1"}}})
        >>> nlp("UBND huyện Quế Phong").text
        'UBND huyện Quế Phong'
    """

    def make(nlp: Language) -> DvtextTokenizer:
        return DvtextTokenizer(nlp.vocab, analyze=analyze, split_on_spans=split_on_spans)

    return make


# --------------------------------------------------------------------------------------------------
# Components


def analysis_of(doc: Doc) -> Analysis:
    """The dvtext analysis of ``doc``: the one its tokenizer kept, or a fresh one (then kept).

    Example:
        >>> nlp = load(topics=False)
        >>> analysis_of(nlp("Huyện có 13 xã.")).text
        'Huyện có 13 xã.'
    """
    a = doc._.get(_ANALYSIS)
    # A Doc's text never changes, so a kept analysis of the same length is of this text (a cheap check:
    # doc.text joins every token).
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if a is None or len(a.original_text if a.original_text is not None else a.text) != length:
        a = analyze(doc.text, topics=False)
        doc._.set(_ANALYSIS, a)
    return a


def _span(doc: Doc, a: Analysis, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    offsets = a.offsets if a.offsets is not None else range(len(a.text) + 1)
    original = a.original_text if a.original_text is not None else a.text  # == doc.text (analysis_of)
    o0, o1 = _orig_start(offsets, start), _orig_end(offsets, original, end)
    span = doc.char_span(o0, o1, label=label, kb_id=kb_id)
    if span is None:  # another tokenizer's words: widen to the tokens that cover the span
        span = doc.char_span(o0, o1, label=label, kb_id=kb_id, alignment_mode="expand")
    return span


def _set_fields(span: Span, record: Any) -> None:
    for f in fields(record):
        if f.name in _NATIVE:
            continue
        value = getattr(record, f.name)
        if value is not None:
            span._.set(f.name, value)


class _Component(_JsonSettings):
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

    Every label of the taxonomy is a key; the labels the model assigns (above their own thresholds) carry
    its probability, the others 0.0 (the model does not report probabilities under its thresholds).
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
            scores, primary = fn(a)
        except Exception as exc:  # one failing article never sinks a batch: recorded like analyze()
            log.warning("topics failed: %s", exc)
            doc._.set(_ANALYSIS, replace(a, errors=(*a.errors, f"topics: {type(exc).__name__}: {exc}")))
            return doc
        a = replace(a, topics=tuple(scores), primary_topic=primary)
        doc._.set(_ANALYSIS, a)
        cats = dict.fromkeys(_taxonomy_labels(), 0.0)
        cats.update({t.label: float(t.score) for t in a.topics})
        doc.cats = cats
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """``cats_*`` (multi-label) over the examples whose reference has cats; a label is predicted when
        the model assigned it (score > 0), as its per-label thresholds decided."""
        examples = [eg for eg in examples if eg.reference.cats]
        if not examples:
            return {}
        labels = sorted({k for eg in examples for k in (*eg.reference.cats, *eg.predicted.cats)})
        return Scorer.score_cats(examples, "cats", labels=labels, multi_label=True, threshold=1e-9)


@Language.factory(
    "dvtext_entities",
    default_config={"spans_key": "entities", "ents": True},
    assigns=["doc.ents", "doc.spans"],
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_entities(nlp: Language, name: str, spans_key: str, ents: bool) -> EntitiesComponent:
    """Factory of the ``dvtext_entities`` component (``nlp.add_pipe("dvtext_entities")``).

    Example:
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


# --------------------------------------------------------------------------------------------------
# Pipelines, displaCy, gold

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
    return _doc_from_spans(doc.vocab, doc.text, stripped)


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
