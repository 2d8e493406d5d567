"""dvtext's word segmentation as a spaCy tokenizer, lossless: ``doc.text == text`` for any input.

The Doc is built over the text the caller passed in, not the normalised one: every normalised word is mapped
back to original offsets (combining marks that NFC folded into its last character included), the text
between two words is the space after the first or becomes tokens of its own (whitespace runs, characters
normalisation removed), and the normalised word, lower-cased, is ``token.norm_``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from dvtext.errors import InputError
from dvtext.pipeline import analyze
from dvtext.spacy.extensions import ANALYSIS
from dvtext.spacy.serialize import JsonSettings
from dvtext.text.normalize import normalize
from dvtext.text.sentences import split_sentences
from dvtext.text.tokens import tokenize
from dvtext.types import Analysis, Sentence
from dvtext.types import Token as DvToken

__all__ = ["TOKENIZER", "DvtextTokenizer", "create_tokenizer", "doc_from_spans", "orig_end"]

#: Name of the registered tokenizer function (``@tokenizers`` in a config).
TOKENIZER = "dvtext.Tokenizer.v1"

_WS = re.compile(r"\s+|\S+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def orig_end(offsets: Sequence[int], original: str, b: int) -> int:
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


def doc_from_spans(
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


class DvtextTokenizer(JsonSettings):
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
            doc._.set(ANALYSIS, a)
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
        return doc_from_spans(self.vocab, text, spans, norms=norms, starts=starts)


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
