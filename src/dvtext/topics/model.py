"""The topic classifier: the trained model, saved and loaded (safely), predicting and explaining.

The model is a stock scikit-learn :class:`~sklearn.pipeline.Pipeline` — the TF-IDF blocks of
:func:`dvtext.topics.features.build_vectorizer` (title words, body words, body syllable pairs, and the
keyword rules' output as tokens) followed by one binary linear classifier per label
(:class:`~sklearn.multioutput.MultiOutputClassifier`, i.e. one-vs-rest over the labels) — plus one
threshold per label chosen by cross-validation. A second model, one multinomial
:class:`~sklearn.linear_model.LogisticRegression` over the same features trained on the verified
articles' primary labels (``none`` included), says which topic an article is *mainly* about; a label's
score is the mean of its own classifier's probability and the primary model's probability for it
(:attr:`TopicSettings.primary_weight`), mixed with the vote of the most similar read training articles
(:class:`NeighbourVote`, :attr:`TopicSettings.neighbour_weight`). It is saved with :mod:`skops.io` next to
a JSON model card and loaded only through skops with the explicit :data:`TRUSTED_TYPES` list, after the file's
sha256 and the scikit-learn version recorded in the card have been checked.

Two model families are cross-validated and the better one on held-out folds is kept (``family="auto"``):

* ``logreg``: :class:`~sklearn.linear_model.LogisticRegression` (liblinear, balanced class weights);
* ``svm``: :class:`~sklearn.svm.LinearSVC` calibrated by :class:`~sklearn.calibration.CalibratedClassifierCV`
  (sigmoid, 3 folds).

Training and cross-validation live in :mod:`dvtext.topics.training` (verified articles weigh 1, weakly
labelled ones :attr:`TopicSettings.weak_weight`, 0 by default since 5,359 articles were read: then the weak
layer only feeds the vectoriser; evaluation uses the verified articles only).

Example:
    >>> model = load_model()                                      # doctest: +SKIP
    >>> scores, primary = model.predict("Huyện tổ chức đối thoại với nhân dân về thủ tục hành chính.")  # doctest: +SKIP
    >>> primary                                                   # doctest: +SKIP
    'cchc'
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import re
import threading
import weakref
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from dvtext.errors import InputError, ModelError
from dvtext.topics.evaluation import NONE
from dvtext.topics.features import (
    Document,
    FeatureSettings,
    document_from_words,
    documents_array,
    readable_feature,
    rule_tokens,
    sentence_documents,
    tokenize_article,
    word_list,
)
from dvtext.types import Analysis, Article, Sentence, TopicScore

__all__ = [
    "MODEL_FORMAT",
    "TRUSTED_TYPES",
    "TopicModel",
    "TopicSettings",
    "article_document",
    "classify",
    "default_model",
    "default_model_path",
    "default_topic_function",
    "load_model",
]

log = logging.getLogger(__name__)

#: Version of the saved layout (card fields + file shape); bumped when a loader cannot read older files.
#: 1: the file holds the pipeline; 2: ``{"pipeline": ..., "primary": ..., "neighbours": ...}`` (the
#: primary-topic model and the neighbour vote's articles, each None when the model has none).
MODEL_FORMAT = 2
_READABLE_FORMATS = (1, 2)


#: Types a model file may contain beyond skops' defaults (scikit-learn's public estimators, builtins,
#: numpy arrays): the two private helpers a calibrated ``svm`` model holds and the CSR matrix of the
#: neighbour vote's articles (data only), as reported by ``skops.io.get_untrusted_types`` on models of both
#: families. Anything else in a file makes :func:`load_model` refuse it.
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "scipy.sparse._csr.csr_matrix",
)

_DEFAULT_NAME = "topics"


@dataclass(frozen=True, slots=True)
class TopicSettings:
    """Defaults of training and prediction, in one place (the CLI maps its flags onto this)."""

    folds: int = 5
    weak_weight: float = 0.0  # cross-validated with 5,359 read articles: 0 > 0.03 = 0.1 (svm micro 0.795 / 0.784 / 0.784)
    verified_weight: float = 1.0
    logreg_c: float = 4.0
    svm_c: float = 0.5
    calibration_folds: int = 3
    min_positives: int = 3
    threshold_tolerance: float = 0.01
    primary_weight: float = 0.5
    primary_c: float = 30.0
    neighbour_weight: float = 0.3
    neighbours: int = 10
    top_terms: int = 8
    explain_max_df: float = 0.2
    min_words: int = 5
    sentence_threshold_factor: float = 1.0
    sentence_fallback_factor: float = 0.5
    features: FeatureSettings = field(default_factory=FeatureSettings)


# --------------------------------------------------------------------------- documents
def article_document(title: str | None, text: str, *, rules: bool = True) -> Document:
    """Tokenise one article (title + body) into the classifier's document (with the rules' tokens).

    Example:
        >>> article_document("Cải cách hành chính", "Tỷ lệ hộ nghèo giảm.")[:2]
        ('cải_cách hành_chính', 'tỷ_lệ hộ nghèo giảm')
    """
    title_words, tokens = tokenize_article(text, title=title)
    return document_from_words(title_words, word_list(tokens), rule_tokens(title, text) if rules else "")


# --------------------------------------------------------------------------- the model
def transform_features(columns: Any, docs: np.ndarray) -> Any:
    """``columns.transform(docs)`` for the fitted ``ColumnTransformer`` of the pipeline, without its machinery
    (input checks, joblib dispatch, output wrapping): each block's transformer on its column, times the block's
    weight, stacked as the ColumnTransformer stacks them (sparse when its ``sparse_output_``). A block that is
    a plain word-level ``TfidfVectorizer`` (or a ``Pipeline`` starting with one) is computed by
    :func:`_tfidf_rows`: the columns' token lists are split once for all the blocks that read them, and their
    words numbered once for all the word blocks (:class:`_Words`). Same numbers; about 4 ms less per article,
    which ``dvtext analyze`` pays once per article."""
    import scipy.sparse as sp

    blocks = [(name, trans, col) for name, trans, col in getattr(columns, "transformers_", ()) if trans != "drop"]
    if not blocks or any(trans == "passthrough" or not isinstance(col, int) for _, trans, col in blocks):
        return columns.transform(docs)  # not fitted, or a layout this shortcut does not know: the general path
    weights = columns.transformer_weights or {}
    analysed: dict[tuple[int, str, int], Any] = {}
    words = _words(columns)
    parts = [_transform_block(trans, docs[:, col], col, analysed, words) * weights.get(name, 1)
             for name, trans, col in blocks]
    if getattr(columns, "sparse_output_", False):
        return sp.hstack(parts, format="csr")
    return np.hstack([p.toarray() if sp.issparse(p) else p for p in parts])


def fit_features(columns: Any, docs: np.ndarray) -> Any:
    """``columns.fit_transform(docs)`` for an unfitted ``ColumnTransformer`` of
    :func:`~dvtext.topics.features.build_vectorizer`, the same fitted objects and matrix, about five times
    faster: while it fits, a plain ``TfidfVectorizer`` (:func:`_plain_to_fit`) learning its vocabulary counts
    its terms by numbers (:func:`_count_vocab_fast`) instead of one Python dict update per token. Only that
    counting step is replaced; scikit-learn's own code still prunes (min_df, max_df, max_features), sorts the
    vocabulary and fits the IDF. Any other vectoriser, and every ``transform``, runs scikit-learn's code."""
    from sklearn.feature_extraction.text import CountVectorizer

    with _FIT_LOCK:
        original = CountVectorizer.__dict__["_count_vocab"]

        def count_vocab(self: Any, raw_documents: Any, fixed_vocab: bool) -> Any:
            if fixed_vocab or not _plain_to_fit(self):
                return original(self, raw_documents, fixed_vocab)
            docs_list = list(raw_documents)
            if not all(isinstance(d, str) for d in docs_list):
                return original(self, docs_list, fixed_vocab)
            return _count_vocab_fast(self, docs_list)

        CountVectorizer._count_vocab = count_vocab
        try:
            return columns.fit_transform(docs)
        finally:
            CountVectorizer._count_vocab = original


_FIT_LOCK = threading.Lock()


def _plain_to_fit(vec: Any) -> bool:
    """A ``TfidfVectorizer`` about to learn its vocabulary whose analyser :func:`_count_vocab_fast` reproduces:
    :func:`_plain_params`, with a token pattern :data:`_SPLITS` splits."""
    return _plain_params(vec) and vec.token_pattern in _SPLITS and vec.vocabulary is None


def _count_vocab_fast(vec: Any, docs: Sequence[str]) -> tuple[dict[str, int], Any]:
    """What ``CountVectorizer._count_vocab(docs, False)`` returns for a :func:`_plain_to_fit` vectoriser: the
    vocabulary (term → column, numbered in order of first occurrence) and the documents' counts as CSR with
    sorted indices in ``vec.dtype``. Tokens are numbered with one C-level dict lookup each; word pairs are
    numbered as pairs of token numbers and only the distinct pairs become strings."""

    import scipy.sparse as sp
    from sklearn.feature_extraction import text as sk_text

    split = _SPLITS[vec.token_pattern]
    tokens: dict[str, int] = defaultdict()
    tokens.default_factory = tokens.__len__  # type: ignore[attr-defined]
    ids, lengths = _numbered(tokens.__getitem__, [split(doc) for doc in docs], missing=None)
    row = np.repeat(np.arange(len(docs), dtype=np.int64), lengths)
    if tuple(vec.ngram_range) == (2, 2):
        n_tok = max(len(tokens), 1)
        same = row[:-1] == row[1:]
        codes = ids[:-1][same] * n_tok + ids[1:][same]
        row = row[:-1][same]
        distinct, term = np.unique(codes, return_inverse=True)  # a pair's term number: its rank among the pairs
        names = list(tokens)
        vocabulary = {f"{names[c // n_tok]} {names[c % n_tok]}": j for j, c in enumerate(distinct.tolist())}
    else:
        term = ids
        vocabulary = dict(tokens)
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    n_terms = len(vocabulary)
    keys, counts = np.unique(row * n_terms + term, return_counts=True)
    rows = keys // n_terms
    indptr = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(docs)), out=indptr[1:])
    index = np.int32 if max(len(keys), n_terms) <= np.iinfo(np.int32).max else np.int64
    x = sp.csr_array((counts.astype(np.intc), (keys - rows * n_terms).astype(index), indptr.astype(index)),
                     shape=(len(docs), n_terms), dtype=vec.dtype)
    x.sort_indices()
    return vocabulary, sk_text._align_api_if_sparse(x)


def _first(trans: Any) -> Any:
    steps = getattr(trans, "steps", None)
    return steps[0][1] if steps else trans


def _transform_block(trans: Any, column: np.ndarray, col: int, analysed: dict[tuple[int, str, int], Any],
                     words: Mapping[tuple[int, str], _Words] | None = None) -> Any:
    steps = getattr(trans, "steps", None)
    first = _first(trans)
    if not _plain_tfidf(first):
        return trans.transform(column)
    key = (col, first.token_pattern, 0)  # the column's tokens, then (…, 1) their numbered words, for every block
    numbered = (words or {}).get((col, first.token_pattern))
    whole = (words or {}).get((col, _WHOLE_WORDS))
    if tuple(first.ngram_range) == (2, 2) and first.token_pattern == _SYLLABLE_PATTERN and whole is not None:
        counted = _counted(analysed, col, whole, column)  # the words numbered: their syllables come from a table
        counts = _pair_counts(first, *whole.syllable_ids(first, counted, analysed[(col, _WHOLE_WORDS, 0)]))
    elif tuple(first.ngram_range) == (2, 2):
        counts = _counts(first, analysed.setdefault(key, [_split(first, str(doc)) for doc in column]))
    elif numbered is not None and numbered.has(first):
        counted = _counted(analysed, col, numbered, column)
        counts = numbered.counts(first, counted, n_docs=len(column))
    else:
        tokens = analysed.setdefault(key, [_split(first, str(doc)) for doc in column])
        counts = _count_terms(first, [Counter(toks) for toks in tokens])
    x = _tfidf_rows(first, counts)
    for _name, step in (steps or [])[1:]:
        if step is not None and step != "passthrough":
            x = step.transform(x)
    return x


#: The token patterns of whole words and of syllables (a word's parts between underscores) in the blocks.
_WHOLE_WORDS = r"\S+"
_SYLLABLE_PATTERN = r"[^\s_]+"


def _counted(analysed: dict[tuple[int, str, int], Any], col: int, words: _Words, column: np.ndarray) -> _Counted:
    """The column's tokens numbered by ``words`` (split and counted once for every block of the batch)."""
    key = (col, words.pattern, 0)
    if key not in analysed:
        analysed[key] = [_split(words.vectorisers[0], str(doc)) for doc in column]
    counted = (col, words.pattern, 1)
    if counted not in analysed:
        analysed[counted] = words.count(analysed[key])
    return analysed[counted]


@dataclass(frozen=True)
class _Counted:
    """A batch's tokens as numbers of a :class:`_Words` (``ids``, -1 for a word in no vocabulary; ``lengths``
    tokens per document) and each document's distinct known words with their counts (``rows``, ``numbers``,
    ``counts``, sorted by row then number)."""

    ids: np.ndarray
    lengths: np.ndarray
    rows: np.ndarray
    numbers: np.ndarray
    counts: np.ndarray


@dataclass(frozen=True)
class _Words:
    """The vocabularies of the plain word vectorisers (``ngram_range`` (1, 1)) that read one column with one
    token pattern, numbered once: ``word_id`` gives a word's number in their union, and ``columns[i]`` maps the
    numbers to ``vectorisers[i]``'s columns (-1: not in its vocabulary). A document's words are looked up once
    for all those blocks instead of once per block."""

    word_id: Callable[[str, int], int]
    n_words: int
    vectorisers: tuple[Any, ...]
    columns: tuple[np.ndarray, ...]
    words: tuple[str, ...]  # number → word
    pattern: str
    syllables: dict[int, tuple[Any, np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=dict)

    @classmethod
    def of(cls, vectorisers: Sequence[Any]) -> _Words:
        ids: dict[str, int] = {}
        for vec in vectorisers:
            for term in vec.vocabulary_:
                ids.setdefault(term, len(ids))
        columns = []
        for vec in vectorisers:
            column = np.full(len(ids), -1, dtype=np.int64)
            for term, j in vec.vocabulary_.items():
                column[ids[term]] = j
            columns.append(column)
        return cls(ids.get, len(ids), tuple(vectorisers), tuple(columns), tuple(ids), vectorisers[0].token_pattern)

    def has(self, vec: Any) -> bool:
        return any(v is vec for v in self.vectorisers)

    def count(self, tokens: Sequence[list[str]]) -> _Counted:
        """The documents' tokens numbered, and each document's distinct known words with their counts."""
        ids, lengths = _numbered(self.word_id, tokens)
        doc = np.repeat(np.arange(len(tokens), dtype=np.int64), lengths)
        known = ids >= 0
        n = max(self.n_words, 1)
        keys, counts = np.unique(doc[known] * n + ids[known], return_counts=True)
        rows = keys // n
        return _Counted(ids, lengths, rows, keys - rows * n, counts)

    def counts(self, vec: Any, counted: _Counted, *, n_docs: int) -> Any:
        """The counts of :meth:`count` over ``vec``'s vocabulary, as CSR in its dtype (``CountVectorizer``'s
        integers)."""

        column = next(c for v, c in zip(self.vectorisers, self.columns, strict=True) if v is vec)
        cols = column[counted.numbers]
        found = cols >= 0
        return _csr_rows(counted.rows[found], cols[found], counted.counts[found], n_docs, vec)

    def syllable_ids(self, vec: Any, counted: _Counted, tokens: Sequence[list[str]]
                     ) -> tuple[_Lookup | None, np.ndarray, np.ndarray, Callable[[], list[list[str]]]]:
        """The syllables of the counted tokens as the numbers of ``vec``'s pair vocabulary (:class:`_Lookup`;
        -1 for a syllable in none of its pairs) with each document's number of syllables: a known word's
        syllables come from a table made once, only the others are split. The same sequence as splitting the
        text on whitespace and underscores."""
        def syllables() -> list[list[str]]:
            return [[p for tok in toks for p in tok.split("_") if p] for toks in tokens]

        look = _lookup(vec)
        if look is None:
            return None, np.zeros(0, dtype=np.int64), np.zeros(len(tokens), dtype=np.int64), syllables
        with _LOOKUPS_LOCK:
            made = self.syllables.get(id(vec))
            if made is None or made[0] is not vec:
                flat: list[int] = []
                sizes = np.zeros(self.n_words + 1, dtype=np.int64)
                for i, word in enumerate(self.words):
                    parts = [look.token_id(p, -1) for p in word.split("_") if p]
                    flat.extend(parts)
                    sizes[i] = len(parts)
                made = self.syllables[id(vec)] = (vec, np.asarray(flat, dtype=np.int64), sizes[:-1],
                                                  np.cumsum(sizes)[:-1] - sizes[:-1])
        _vec, table, size, start = made
        ids = counted.ids
        starts, sizes = start[ids], size[ids]  # (an unknown word, -1, is replaced below)
        unknown = np.flatnonzero(ids < 0)
        if len(unknown):  # each distinct unknown word numbered and split once; its repeats share its syllables
            tokens_flat = list(itertools.chain.from_iterable(tokens))
            local: dict[str, int] = defaultdict()
            local.default_factory = local.__len__  # type: ignore[attr-defined]
            number = np.fromiter(map(local.__getitem__, map(tokens_flat.__getitem__, unknown.tolist())),
                                 dtype=np.int64, count=len(unknown))
            extra: list[int] = []
            first = np.zeros(len(local), dtype=np.int64)
            count = np.zeros(len(local), dtype=np.int64)
            for i, word in enumerate(local):
                parts = [look.token_id(p, -1) for p in word.split("_") if p]
                first[i], count[i] = len(table) + len(extra), len(parts)
                extra.extend(parts)
            starts[unknown], sizes[unknown] = first[number], count[number]
            table = np.concatenate([table, np.asarray(extra, dtype=np.int64)])
        ends = np.cumsum(sizes)
        out = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)
        out += np.repeat(starts - (ends - sizes), sizes)
        doc = np.repeat(np.arange(len(counted.lengths), dtype=np.int64), counted.lengths)
        per_doc = np.bincount(doc, weights=sizes, minlength=len(counted.lengths)).astype(np.int64)
        return look, table[out], per_doc, syllables


_WORDS: weakref.WeakKeyDictionary[Any, _Words] = weakref.WeakKeyDictionary()


def _words(columns: Any) -> dict[tuple[int, str], _Words]:
    """The :class:`_Words` of each (column, token pattern) of a fitted ColumnTransformer's plain word blocks,
    each made once (kept with the group's first vectoriser; a vectoriser whose vocabulary is not yet rebuilt
    after loading is not plain yet, and joins its group on a later call)."""
    groups: dict[tuple[int, str], list[Any]] = {}
    for _name, trans, col in columns.transformers_:
        first = _first(trans) if not isinstance(trans, str) else None
        if first is not None and _plain_tfidf(first) and tuple(first.ngram_range) == (1, 1):
            groups.setdefault((col, first.token_pattern), []).append(first)
    out = {}
    with _LOOKUPS_LOCK:
        for key, vecs in groups.items():
            known = _WORDS.get(vecs[0])
            if known is None or len(known.vectorisers) != len(vecs) or any(
                    a is not b for a, b in zip(known.vectorisers, vecs, strict=True)):
                known = _WORDS[vecs[0]] = _Words.of(vecs)
            out[key] = known
    return out


def _plain_tfidf(vec: Any) -> bool:
    """A fitted word-level ``TfidfVectorizer`` with no callable or preprocessing step: what :func:`_counts`
    and :func:`_tfidf_rows` reproduce exactly."""
    return _plain_params(vec) and hasattr(vec, "vocabulary_") and hasattr(vec, "_tfidf")


def _plain_params(vec: Any) -> bool:
    """A ``TfidfVectorizer`` whose analyser is a token pattern (words or word pairs) with no callable,
    lower-casing or other preprocessing step."""
    return (type(vec).__name__ == "TfidfVectorizer" and vec.analyzer == "word" and vec.tokenizer is None
            and vec.preprocessor is None and not vec.lowercase and vec.strip_accents is None
            and vec.stop_words is None and isinstance(vec.token_pattern, str)
            and tuple(vec.ngram_range) in ((1, 1), (2, 2)) and vec.input == "content")


def _syllables(doc: str) -> list[str]:
    return doc.replace("_", " ").split()


#: Token patterns of the feature blocks and the str methods that split the same way, three times faster than
#: ``re.findall`` (``\s`` and ``str.split()`` both mean Unicode whitespace, ``str.isspace``).
_SPLITS: dict[str, Callable[[str], list[str]]] = {r"\S+": str.split, r"[^\s_]+": _syllables}


def _split(vec: Any, doc: str) -> list[str]:
    """The tokens ``vec``'s token pattern finds in ``doc``."""
    split = _SPLITS.get(vec.token_pattern)
    return split(doc) if split is not None else re.findall(vec.token_pattern, doc)


@dataclass(frozen=True)
class _Lookup:
    """A fitted word-pair vectoriser's vocabulary as numbers: ``token_id`` numbers the tokens that occur in a
    pair of the vocabulary, and a pair of ids ``(a, b)`` is the code ``a * n_tokens + b``, found in ``codes``
    (sorted) at the position of its column in ``columns``."""

    token_id: Callable[[str, int], int]
    n_tokens: int
    codes: np.ndarray
    columns: np.ndarray

    @classmethod
    def of(cls, vec: Any) -> _Lookup | None:
        vocab: dict[str, int] = vec.vocabulary_
        if not vocab:
            return None
        ids: dict[str, int] = {}
        pairs = np.zeros((len(vocab), 3), dtype=np.int64)
        for row, (term, column) in enumerate(vocab.items()):
            parts = term.split(" ")
            if len(parts) != 2:
                return None  # not a pair of tokens: the Counter path
            pairs[row] = ids.setdefault(parts[0], len(ids)), ids.setdefault(parts[1], len(ids)), column
        codes = pairs[:, 0] * max(len(ids), 1) + pairs[:, 1]
        order = np.argsort(codes, kind="stable")
        return cls(ids.get, len(ids), codes[order], pairs[order, 2])


_LOOKUPS: weakref.WeakKeyDictionary[Any, _Lookup | None] = weakref.WeakKeyDictionary()
_LOOKUPS_LOCK = threading.Lock()


def _lookup(vec: Any) -> _Lookup | None:
    with _LOOKUPS_LOCK:
        if vec not in _LOOKUPS:
            _LOOKUPS[vec] = _Lookup.of(vec)
        return _LOOKUPS[vec]


def _counts(vec: Any, tokens: Sequence[list[str]]) -> Any:
    """The pair counts ``vec`` (a fitted word-pair vectoriser) gives documents already split into ``tokens``,
    as CSR over its vocabulary in its dtype (the same integers as ``CountVectorizer``). Pairs are numbered, not
    built as strings: each token is looked up once, and the pairs of each document are counted and found in the
    vocabulary with sorted arrays, three times faster than one string per pair."""
    look = _lookup(vec)
    if look is None:
        return _count_terms(vec, [Counter(_pairs(toks)) for toks in tokens])
    return _pair_counts(vec, look, *_numbered(look.token_id, tokens), lambda: tokens)


def _pair_counts(vec: Any, look: _Lookup | None, ids: np.ndarray, lengths: np.ndarray,
                 tokens: Callable[[], Sequence[list[str]]]) -> Any:
    """The pair counts of documents whose tokens are ``ids`` (numbers of ``look``, -1 unknown; ``lengths``
    per document), as :func:`_counts` gives them; with no lookup, or codes that would overflow int64, the
    pairs of the documents' tokens (``tokens()``) are counted as strings."""
    if look is None or (len(lengths) + 1) * max(look.n_tokens, 1) ** 2 >= 2**62:  # int64 codes would overflow
        return _count_terms(vec, [Counter(_pairs(toks)) for toks in tokens()])
    doc = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    a, b = ids[:-1], ids[1:]
    keep = (a >= 0) & (b >= 0) & (doc[:-1] == doc[1:])
    span = max(look.n_tokens, 1) ** 2  # codes of one document's pairs lie in [doc * span, (doc + 1) * span)
    keys, counts = np.unique(doc[:-1][keep] * span + a[keep] * look.n_tokens + b[keep], return_counts=True)
    rows = keys // span
    code = keys - rows * span
    at = np.minimum(np.searchsorted(look.codes, code), len(look.codes) - 1)
    found = look.codes[at] == code
    return _csr_rows(rows[found], look.columns[at[found]], counts[found], len(lengths), vec)


def _pairs(toks: Sequence[str]) -> list[str]:
    return list(map(" ".join, zip(toks, toks[1:], strict=False)))


def _count_terms(vec: Any, terms_of: Sequence[Counter[str]]) -> Any:
    """The counts of documents' terms (``terms_of``, one Counter per document) over ``vec``'s vocabulary,
    one lookup per distinct term: for pairs a vocabulary :class:`_Lookup` cannot number, or a word block no
    :class:`_Words` covers."""
    cols, lengths = _numbered(vec.vocabulary_.get, terms_of)
    values = np.fromiter(itertools.chain.from_iterable(t.values() for t in terms_of), dtype=np.int64,
                         count=len(cols))
    rows = np.repeat(np.arange(len(terms_of), dtype=np.int64), lengths)
    known = cols >= 0
    return _csr_rows(rows[known], cols[known], values[known], len(terms_of), vec)


def _numbered(get: Callable[..., int], token_lists: Sequence[Iterable[str]], *,
              missing: int | None = -1) -> tuple[np.ndarray, np.ndarray]:
    """Every token of every list looked up with ``get`` (called as ``get(token, missing)``, -1 when absent;
    as ``get(token)`` when ``missing`` is None, e.g. a numbering dict's ``__getitem__``), flat, and the lists'
    lengths."""
    extra = () if missing is None else (itertools.repeat(missing),)
    flat: list[int] = []
    lengths = np.zeros(len(token_lists), dtype=np.int64)
    for i, toks in enumerate(token_lists):
        before = len(flat)
        flat.extend(map(get, toks, *extra))
        lengths[i] = len(flat) - before
    return np.asarray(flat, dtype=np.int64), lengths


def _csr_rows(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, n_rows: int, vec: Any) -> Any:
    """CSR over ``vec``'s vocabulary in its dtype from entries already sorted by row."""
    import scipy.sparse as sp

    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n_rows), out=indptr[1:])
    return sp.csr_matrix((values.astype(vec.dtype), cols, indptr), shape=(n_rows, len(vec.vocabulary_)),
                         dtype=vec.dtype)


def _tfidf_rows(vec: Any, counts: Any) -> Any:
    """The fitted ``TfidfTransformer``'s own steps (binary, sublinear tf, idf, l2 norm) on ``counts`` (CSR
    over ``vec``'s vocabulary, from :func:`_counts`), in the same dtype: ``vec.transform`` of the documents."""
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    x = counts
    x.sort_indices()
    if vec.binary:
        x.data.fill(1)
    tf = vec._tfidf
    if tf.sublinear_tf:
        np.log(x.data, x.data)
        x.data += 1.0
    if hasattr(tf, "idf_"):
        x.data *= tf.idf_[x.indices]
    if tf.norm == "l2":
        inplace_csr_row_normalize_l2(x)
    elif tf.norm is not None:
        from sklearn.preprocessing import normalize

        x = normalize(x, norm=tf.norm, copy=False)
    return x


def _proba_from_features(pipeline: Any, x: Any) -> np.ndarray:
    return proba_from_classifier(pipeline.named_steps["classify"], x)


@dataclass(frozen=True)
class _PrimaryForm:
    """The primary-topic model's probability of each label, ``softmax(xW + b)`` mapped onto the label columns.

    Same numbers as its ``predict_proba`` (multinomial), without scikit-learn's per-call checks; a label the
    model never saw as a primary topic gets 0.
    """

    w: np.ndarray  # features × classes
    b: np.ndarray
    column: np.ndarray  # label index → class index, -1 when absent

    def proba(self, x: Any) -> np.ndarray:
        from scipy.special import softmax

        p = softmax(np.asarray(x @ self.w, dtype=np.float64) + self.b, axis=1)  # two classes at least
        out = np.zeros((p.shape[0], len(self.column)))
        present = self.column >= 0
        out[:, present] = p[:, self.column[present]]
        return out


def primary_form(primary: Any, labels: Sequence[str]) -> _PrimaryForm:
    """The :class:`_PrimaryForm` of a fitted multinomial ``LogisticRegression`` whose classes are label ids
    (and ``none``); raises ModelError for anything else."""
    classes = [str(c) for c in getattr(primary, "classes_", [])]
    coef = getattr(primary, "coef_", None)
    if type(primary).__name__ != "LogisticRegression" or coef is None or len(classes) < 2:
        raise ModelError("the primary-topic model is not a fitted multinomial LogisticRegression")
    unknown = sorted(set(classes) - set(labels) - {NONE})
    if unknown:
        raise ModelError(f"the primary-topic model knows labels the model card does not list: {', '.join(unknown)}")
    coef = np.asarray(coef, dtype=np.float64)
    intercept = np.asarray(primary.intercept_, dtype=np.float64)
    if len(classes) == 2:  # scikit-learn keeps one row for two classes: p(second) = expit(z)
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return _PrimaryForm(
        w=np.ascontiguousarray(coef.T),
        b=intercept,
        column=np.array([classes.index(lab) if lab in classes else -1 for lab in labels], dtype=int),
    )


#: The feature blocks the neighbour vote compares articles on (title and lead words, the rules' output, LSA).
NEIGHBOUR_BLOCKS = ("title", "rules", "lsa")


def _block_columns(features: Any, blocks: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Column indices of the sparse blocks and of the dense ``lsa`` block among ``blocks`` in the fitted
    ColumnTransformer's output (blocks it does not have are skipped)."""
    where = getattr(features, "output_indices_", {}) or {}
    sparse_cols = [np.arange(where[b].start, where[b].stop) for b in blocks if b in where and b != "lsa"]
    dense = where.get("lsa") if "lsa" in blocks else None
    return (np.concatenate(sparse_cols) if sparse_cols else np.zeros(0, dtype=int),
            np.arange(dense.start, dense.stop) if dense is not None else np.zeros(0, dtype=int))


def _row_norms(xs: Any, xd: np.ndarray) -> np.ndarray:
    """Euclidean length of each row split into a sparse part ``xs`` and a dense part ``xd``."""
    return np.sqrt(np.asarray(xs.multiply(xs).sum(axis=1)).ravel() + (xd * xd).sum(axis=1))


def neighbour_store(features: Any, x: Any, y: np.ndarray, rows: np.ndarray,
                    blocks: Sequence[str] = NEIGHBOUR_BLOCKS) -> dict[str, Any]:
    """What the neighbour vote keeps of the read training articles ``rows``: their features on ``blocks``
    at unit length (``x_sparse`` CSR, ``x_dense`` the LSA numbers, float32) and their labels ``y`` (uint8)."""
    import scipy.sparse as sp

    sparse_cols, dense_cols = _block_columns(features, blocks)
    x = sp.csr_matrix(x)[rows]
    xs = x[:, sparse_cols].tocsr().astype(np.float64)
    xd = np.asarray(x[:, dense_cols].todense(), dtype=np.float64)
    norms = _row_norms(xs, xd)
    scale = 1.0 / np.where(norms > 0, norms, 1.0)
    return {
        "x_sparse": sp.csr_matrix(xs.multiply(scale[:, None]), dtype=np.float32),
        "x_dense": (xd * scale[:, None]).astype(np.float32),
        "y": np.asarray(y[rows], dtype=np.uint8),
    }


@dataclass(frozen=True)
class NeighbourVote:
    """The labels of an article's ``k`` most similar read training articles, averaged with weights
    similarity² (cosine on :data:`NEIGHBOUR_BLOCKS`): a label many close neighbours carry scores high.

    The similarities are one sparse product over the rare columns and one dense product over the frequent
    ones (a column in at least :data:`DENSE_SHARE` of the read articles) and the LSA block: three times
    faster than one sparse product, where a few common lead words make every pair of articles meet.
    """

    sparse_cols: np.ndarray
    dense_cols: np.ndarray
    xs_t: Any  # CSR, sparse columns × articles
    xd_t: np.ndarray  # dense columns × articles
    y: np.ndarray  # articles × labels (float)
    k: int

    #: Share of the read articles above which a sparse column is multiplied densely.
    DENSE_SHARE = 0.05
    #: Articles voted at once (:meth:`vote`): ~85 MB of similarities against 10,000 read articles.
    ROWS = 1_000

    @classmethod
    def of(cls, store: Mapping[str, Any], features: Any, n_labels: int, k: int,
           blocks: Sequence[str] = NEIGHBOUR_BLOCKS) -> NeighbourVote:
        import scipy.sparse as sp

        sparse_cols, lsa_cols = _block_columns(features, blocks)
        if not isinstance(store, Mapping):
            raise ModelError("the neighbour vote's articles are not a mapping of matrices")
        xs: Any = store.get("x_sparse")
        xd, y = store.get("x_dense"), store.get("y")
        if (not sp.issparse(xs) or not isinstance(xd, np.ndarray) or not isinstance(y, np.ndarray)
                or y.ndim != 2 or y.shape[1] != n_labels or y.shape[0] == 0 or k < 1
                or xs.shape != (y.shape[0], len(sparse_cols)) or xd.shape != (y.shape[0], len(lsa_cols))):
            raise ModelError("the neighbour vote's articles do not match the model's features or labels")
        xs_t = sp.csr_matrix(xs.T, dtype=np.float64)
        frequent = np.diff(xs_t.indptr) >= cls.DENSE_SHARE * y.shape[0]
        return cls(
            sparse_cols=sparse_cols[~frequent],
            dense_cols=np.concatenate([sparse_cols[frequent], lsa_cols]),
            xs_t=xs_t[~frequent],
            xd_t=np.ascontiguousarray(np.vstack([xs_t[frequent].toarray(), np.asarray(xd, dtype=np.float64).T])),
            y=y.astype(np.float64),
            k=min(k, y.shape[0]),
        )

    def vote(self, x: Any) -> np.ndarray:
        """The vote for each row of ``x`` (features of the model's vectoriser), articles × labels. An article's
        ``k`` nearest are those at least as similar as its k-th (one partition, no sort), so a tie at the k-th
        brings its equals in. In float64: float32 products would be faster but give an article scores that
        differ in the 8th decimal with the batch it comes in. Rows are voted :data:`ROWS` at a time: the
        similarities of one block (``ROWS`` × the read articles, float64) are the vote's memory, whatever the
        number of articles asked."""
        import scipy.sparse as sp

        x = sp.csr_matrix(x)
        if x.shape[0] > self.ROWS:
            return np.vstack([self._vote_block(x[i:i + self.ROWS]) for i in range(0, x.shape[0], self.ROWS)])
        return self._vote_block(x)

    def _vote_block(self, x: Any) -> np.ndarray:
        import scipy.sparse as sp

        qs = x[:, self.sparse_cols]
        qd = np.asarray(x[:, self.dense_cols].todense(), dtype=np.float64)
        sims = qd @ self.xd_t
        _add_sparse(sims, qs @ self.xs_t)
        norms = _row_norms(qs, qd)
        sims /= np.where(norms > 0, norms, 1.0)[:, None]
        n = sims.shape[1]
        # the entries at least as similar as the row's k-th (ties at it included): k or so a row
        kth = np.partition(sims, n - self.k, axis=1)[:, n - self.k, None] if self.k < n else -np.inf
        rows, cols = np.nonzero(sims >= kth)
        w = np.maximum(sims[rows, cols], 0.0)
        w *= w
        total = np.bincount(rows, weights=w, minlength=len(sims))
        votes = sp.csr_matrix((w, (rows, cols)), shape=sims.shape) @ self.y
        return np.asarray(votes) / np.where(total > 0, total, 1.0)[:, None]


def _add_sparse(dense: np.ndarray, product: Any) -> None:
    """``dense += product`` (a CSR matrix of its shape and dtype) in place, without making ``product`` dense
    first: scipy's own CSR-to-dense kernel adds into the array it is given (``toarray(out=…)`` zeroes it
    first). A 1,000 × 10,000 similarity block is 80 MB, and making a second one costs more than the product."""
    import scipy.sparse as sp

    product = sp.csr_matrix(product)
    try:
        from scipy.sparse._sparsetools import csr_todense
    except ImportError:  # pragma: no cover - a scipy without the kernel: the plain sum
        dense += product.toarray()
        return
    if dense.dtype != product.dtype or not dense.flags.c_contiguous or dense.shape != product.shape:
        dense += product.toarray()
        return
    csr_todense(dense.shape[0], dense.shape[1], product.indptr, product.indices, product.data, dense)


def mix_scores(binary: np.ndarray, primary: np.ndarray | None, weight: float,
               neighbours: np.ndarray | None = None, neighbour_weight: float = 0.0) -> np.ndarray:
    """A label's score: ``(1 - weight)`` × its own classifier's probability + ``weight`` × the primary-topic
    model's probability for it, and that ``(1 - neighbour_weight)`` to ``neighbour_weight`` with the
    neighbours' vote for it (a part that is None, or weighs 0, is left out)."""
    out = binary
    if primary is not None and weight > 0:
        out = (1.0 - weight) * out + weight * primary
    if neighbours is not None and neighbour_weight > 0:
        out = (1.0 - neighbour_weight) * out + neighbour_weight * neighbours
    return out


_LINEAR: weakref.WeakKeyDictionary[Any, _LinearForm] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _LinearForm:
    """Every label's probability from one product ``xW``: ``p = mean over its columns of expit(s·(xW + b) + o)``.

    A ``logreg`` label has one column (``s = 1``, ``o = 0``); a calibrated ``svm`` label has one column per
    calibration fold (its LinearSVC's ``W``, ``b`` and the sigmoid calibration ``s = -a``, ``o = -b``),
    averaged as :class:`~sklearn.calibration.CalibratedClassifierCV` does. Same numbers as
    ``predict_proba`` label by label, without scikit-learn's per-call input checks (~40 per article).
    """

    w: np.ndarray  # features × columns
    b: np.ndarray
    s: np.ndarray
    o: np.ndarray
    label_of: np.ndarray  # column → label index
    n_labels: int

    def proba(self, x: Any) -> np.ndarray:
        from scipy.special import expit

        z = np.asarray(x @ self.w, dtype=np.float64)
        p = expit(self.s * (z + self.b) + self.o)
        out = np.zeros((p.shape[0], self.n_labels))
        np.add.at(out.T, self.label_of, p.T)
        return out / np.bincount(self.label_of, minlength=self.n_labels)


def _linear_form(clf: Any) -> _LinearForm | None:
    """The :class:`_LinearForm` of a fitted ``MultiOutputClassifier`` of binary LogisticRegression or of
    sigmoid-calibrated LinearSVC models; None for anything else (then ``predict_proba`` is called)."""
    if clf in _LINEAR:
        return _LINEAR[clf]
    ests = getattr(clf, "estimators_", [])
    if not ests:
        return None
    cols: list[tuple[np.ndarray, float, float, float, int]] = []  # (w, b, s, o, label)
    for j, est in enumerate(ests):
        if type(est).__name__ == "LogisticRegression" and list(est.classes_) == [0, 1]:
            cols.append((np.asarray(est.coef_, dtype=np.float64).ravel(), float(np.ravel(est.intercept_)[0]), 1.0, 0.0, j))
            continue
        calibrated = getattr(est, "calibrated_classifiers_", None)
        if type(est).__name__ != "CalibratedClassifierCV" or not calibrated or list(est.classes_) != [0, 1]:
            return None
        for cc in calibrated:
            inner, cals = cc.estimator, cc.calibrators
            if type(inner).__name__ != "LinearSVC" or len(cals) != 1 or type(cals[0]).__name__ != "_SigmoidCalibration":
                return None
            cols.append((np.asarray(inner.coef_, dtype=np.float64).ravel(), float(np.ravel(inner.intercept_)[0]),
                         -float(cals[0].a_), -float(cals[0].b_), j))
    form = _LinearForm(
        w=np.ascontiguousarray(np.vstack([c[0] for c in cols]).T),
        b=np.array([c[1] for c in cols]),
        s=np.array([c[2] for c in cols]),
        o=np.array([c[3] for c in cols]),
        label_of=np.array([c[4] for c in cols]),
        n_labels=len(ests),
    )
    _LINEAR[clf] = form
    return form


def proba_from_classifier(clf: Any, x: Any) -> np.ndarray:
    """Every label's probability (documents × labels) from the fitted classifier step and its features."""
    linear = _linear_form(clf)
    if linear is not None:  # one sparse product instead of a predict_proba call per label
        return linear.proba(x)
    cols = []
    for est in clf.estimators_:
        p = est.predict_proba(x)
        cols.append(p[:, list(est.classes_).index(1)] if 1 in est.classes_ else np.zeros(x.shape[0]))
    return np.column_stack(cols) if cols else np.zeros((x.shape[0], 0))


def _coefficients(pipeline: Any) -> np.ndarray:
    """Label × feature weight matrix of the linear models (a calibrated ``svm`` label: its LinearSVC weights
    averaged over the calibration folds), read off the :class:`_LinearForm`."""
    form = _linear_form(pipeline.named_steps["classify"])
    if form is None:
        raise ModelError("this model's classifiers are not linear models: its terms cannot be explained")
    rows = [form.w[:, form.label_of == j].mean(axis=1) for j in range(form.n_labels)]
    return np.vstack(rows).astype(np.float32)


class TopicModel:
    """A trained topic classifier: the pipeline, its labels, per-label thresholds and model card.

    Use :func:`dvtext.topics.training.train` to make one and :func:`load_model` to read a saved one.
    """

    def __init__(self, pipeline: Any, labels: Sequence[str], thresholds: Sequence[float],
                 card: dict[str, Any], settings: TopicSettings | None = None, *, primary: Any = None,
                 neighbours: Mapping[str, Any] | None = None) -> None:
        self.pipeline = pipeline
        self.primary = primary
        self.neighbours = neighbours
        self.labels: tuple[str, ...] = tuple(labels)
        self.thresholds = np.asarray(thresholds, dtype=float)
        self.card = card
        self.settings = settings or TopicSettings()
        if len(self.thresholds) != len(self.labels):
            raise ModelError(f"{len(self.labels)} labels but {len(self.thresholds)} thresholds")
        if self.settings.primary_weight > 0 and primary is None:
            raise ModelError("the settings weigh a primary-topic model in but the model has none")
        self._primary_form = primary_form(primary, self.labels) if primary is not None else None
        if self.settings.neighbour_weight > 0 and neighbours is None:
            raise ModelError("the settings weigh a neighbour vote in but the model keeps no neighbours")
        self._neighbours = (NeighbourVote.of(neighbours, pipeline.named_steps["features"], len(self.labels),
                                           self.settings.neighbours) if neighbours is not None else None)
        _lay_out_for_speed(pipeline)  # a freshly trained model as much as a loaded one
        self._coef: np.ndarray | None = None
        self._names: np.ndarray | None = None
        self._explainable: np.ndarray = np.zeros(0, dtype=bool)
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TopicModel({self.card.get('family', '?')}, {len(self.labels)} labels)"

    # -- probabilities
    def predict_proba(self, docs: Sequence[Document]) -> np.ndarray:
        """Scores ``(len(docs), len(labels))`` for pre-tokenised documents (see :meth:`scores_from_features`),
        :attr:`NeighbourVote.ROWS` documents at a time, so that memory does not grow with the number asked."""
        if not docs:
            return np.zeros((0, len(self.labels)))
        step = NeighbourVote.ROWS
        if len(docs) > step:
            return np.vstack([self.predict_proba(docs[i:i + step]) for i in range(0, len(docs), step)])
        x = transform_features(self.pipeline.named_steps["features"],
                               documents_array(docs, lead_words=self.settings.features.lead_words))
        return self.scores_from_features(x)

    def scores_from_features(self, x: Any) -> np.ndarray:
        """Every label's score from the feature rows: its classifier's probability, mixed with the
        primary-topic model's probability for it and the neighbours' vote (:func:`mix_scores`); the thresholds
        apply to these."""
        binary = _proba_from_features(self.pipeline, x)
        main = self._primary_form.proba(x) if self._primary_form is not None else None
        vote = self._neighbours.vote(x) if self._neighbours is not None else None
        return mix_scores(binary, main, self.settings.primary_weight, vote, self.settings.neighbour_weight)

    def decide(self, proba: np.ndarray, *, words: int | None = None) -> tuple[list[tuple[str, float]], str]:
        """Assigned ``(label, probability)`` pairs (highest first) and the primary label of one row.

        A document of fewer than ``settings.min_words`` words (``words``) gets no label: one word or a
        bare phrase is not an article about a topic, whatever its score.
        """
        if words is not None and words < self.settings.min_words:
            return [], NONE
        idx = [j for j in range(len(self.labels)) if proba[j] >= self.thresholds[j]]
        idx.sort(key=lambda j: -proba[j])
        assigned = [(self.labels[j], float(proba[j])) for j in idx]
        return assigned, assigned[0][0] if assigned else NONE

    def classify_documents(self, docs: Sequence[Document]) -> list[tuple[list[tuple[str, float]], str]]:
        """Fast path without explanations: ``(assigned labels with scores, primary)`` per document."""
        proba = self.predict_proba(docs)
        at_most = self.settings.min_words
        return [self.decide(row, words=_n_words(doc, at_most=at_most)) for row, doc in zip(proba, docs, strict=True)]

    # -- one article, with explanations
    def predict(
        self,
        item: str | Article | Analysis | Mapping[str, Any],
        *,
        title: str | None = None,
        explain: bool = True,
    ) -> tuple[list[TopicScore], str]:
        """Topics of one article: the assigned labels (highest score first) and the primary label.

        Args:
            item: body text, an :class:`~dvtext.types.Article`, an :class:`~dvtext.types.Analysis` (its
                normalised text, title and sentences are used) or a mapping with ``text``/``title``.
            title: the title when ``item`` is a plain string.
            explain: fill ``terms`` (the features that pushed the label) and ``sentences`` (indexes of the
                sentences that carry it on their own) of every :class:`~dvtext.types.TopicScore`.

        Returns:
            ``(scores, primary)``; ``primary`` is ``"none"`` when no label passes its threshold.

        Example:
            >>> scores, primary = load_model().predict(
            ...     "Năm 2019 huyện giảm 5% hộ nghèo, hỗ trợ xây 200 nhà đại đoàn kết cho hộ nghèo.",
            ...     title="Giảm nghèo bền vững")                        # doctest: +SKIP
            >>> primary                                                # doctest: +SKIP
            'giam_ngheo'
        """
        scores, primary, _ = self._predict(item, title=title, explain=explain)
        return scores, primary

    def _predict(
        self, item: str | Article | Analysis | Mapping[str, Any], *, title: str | None, explain: bool
    ) -> tuple[list[TopicScore], str, dict[str, float]]:
        import sklearn

        # the inputs are this model's own tf-idf rows: scikit-learn's checks of them (finite numbers, parameter
        # types, dataframe detection) cost about 1 ms per article and can find nothing
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            return self._predict_checked(item, title=title, explain=explain)

    def _predict_checked(
        self, item: str | Article | Analysis | Mapping[str, Any], *, title: str | None, explain: bool
    ) -> tuple[list[TopicScore], str, dict[str, float]]:
        text, head, sentences, normalized = _unpack(item, title)
        if sentences is None:
            from dvtext.text.normalize import normalize
            from dvtext.text.sentences import split_sentences

            if not normalized:
                text = normalize(text).text
                head = normalize(head).text if head else head
                normalized = True
            sentences = tuple(split_sentences(text)) if explain else ()
        if isinstance(item, Analysis) and item.tokens:  # the analysis already has its words
            from dvtext.text.tokens import tokenize

            title_words = word_list(tokenize(head)) if head and head.strip() else []
            tokens = list(item.tokens)
        else:
            title_words, tokens = tokenize_article(text, title=head, sentences=sentences or None,
                                                   normalized=normalized)
        rules = rule_tokens(head, text) if self.settings.features.rule_features else ""
        doc = document_from_words(title_words, word_list(tokens), rules)
        x = transform_features(self.pipeline.named_steps["features"],
            documents_array([doc], lead_words=self.settings.features.lead_words))
        proba = self.scores_from_features(x)[0]
        probabilities = {lab: float(p) for lab, p in zip(self.labels, proba, strict=True)}
        assigned, primary = self.decide(proba, words=_n_words(doc, at_most=self.settings.min_words))
        if not explain or not assigned:
            return [TopicScore(lab, p) for lab, p in assigned], primary, probabilities
        sent_proba = self.predict_proba(sentence_documents(tokens, sentences)) if sentences else None
        out = []
        for lab, p in assigned:
            j = self.labels.index(lab)
            terms = self._top_terms(x, j)
            sents: tuple[int, ...] = ()
            if sent_proba is not None and len(sent_proba):
                col = sent_proba[:, j]
                cut = self.thresholds[j] * self.settings.sentence_threshold_factor
                hits = np.flatnonzero(col >= cut)
                if not len(hits) and col.max() >= cut * self.settings.sentence_fallback_factor:
                    hits = np.array([int(np.argmax(col))])  # the one sentence that carries it most
                sents = tuple(int(sentences[i].index) for i in hits)
            out.append(TopicScore(lab, p, terms=terms, sentences=sents))
        return out, primary, probabilities

    def predict_with_probabilities(
        self, item: str | Article | Analysis | Mapping[str, Any], *, title: str | None = None, explain: bool = True
    ) -> tuple[list[TopicScore], str, dict[str, float]]:
        """:meth:`predict` plus every label's probability (``{label: p}``, assigned or not)."""
        return self._predict(item, title=title, explain=explain)

    def explain(self, item: str | Article | Analysis | Mapping[str, Any], *,
                title: str | None = None) -> list[TopicScore]:
        """The assigned labels with the terms and sentences that carry each (``predict(explain=True)``)."""
        return self.predict(item, title=title, explain=True)[0]

    def _top_terms(self, x: Any, j: int) -> tuple[str, ...]:
        """The features of this document that pushed label ``j`` most (weight × feature value > 0).

        Syllable pairs that share a syllable with a term already listed are skipped ("cách hành" after
        "cải cách", "hành chính"): they are the same evidence seen across a word boundary.
        """
        coef, names, explainable = self._explainer()
        row = x.tocsr() if hasattr(x, "tocsr") else x
        cols, vals = row.indices, row.data
        contrib = np.where(explainable[cols], vals * coef[j, cols], 0.0)
        order = np.argsort(-contrib, kind="stable")
        out: list[str] = []
        rules: list[str] = []
        seen_syllables: set[str] = set()
        for k in order:
            if contrib[k] <= 0 or len(out) >= self.settings.top_terms:
                break
            name = str(names[cols[k]])
            phrase = readable_feature(name)
            if name.startswith("rules__"):  # the rules' evidence comes after the words, two at most
                if len(rules) < 2:
                    rules.append(phrase)
                continue
            syllables = set(phrase.split())
            if phrase in out or (name.startswith("syllables__") and syllables & seen_syllables):
                continue
            out.append(phrase)
            seen_syllables |= syllables
        return tuple(out[: max(0, self.settings.top_terms - len(rules))] + rules)

    def _explainer(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Weights, feature names, and which features may be shown (not in more than
        ``settings.explain_max_df`` of the training documents: "của", "với" explain nothing)."""
        if self._coef is None:
            with self._lock:
                if self._coef is None:
                    features = self.pipeline.named_steps["features"]
                    self._names = features.get_feature_names_out()
                    self._explainable = _explainable(features, self.settings.explain_max_df)
                    self._coef = _coefficients(self.pipeline)
        assert self._coef is not None and self._names is not None
        return self._coef, self._names, self._explainable

    # -- files
    def save(self, path: str | os.PathLike[str]) -> tuple[Path, Path]:
        """Write ``<name>.skops`` and ``<name>.card.json`` (atomically); returns both paths.

        Example:
            >>> model.save("models/topics")                          # doctest: +SKIP
            (PosixPath('models/topics.skops'), PosixPath('models/topics.card.json'))
        """
        import skops.io as sio

        model_path, card_path = _paths(path)
        model_path.parent.mkdir(parents=True, exist_ok=True)
        data = sio.dumps({"pipeline": self.pipeline, "primary": self.primary, "neighbours": self.neighbours},
                         compression=zipfile.ZIP_DEFLATED, compresslevel=6)
        card = dict(self.card)
        card["format"] = MODEL_FORMAT
        card["labels"] = list(self.labels)
        card["thresholds"] = {lab: round(float(t), 6) for lab, t in zip(self.labels, self.thresholds, strict=True)}
        card["file"] = {"name": model_path.name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        _atomic_write(model_path, data)
        _atomic_write(card_path, (json.dumps(card, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
        self.card = card
        return model_path, card_path


def _explainable(features: Any, max_df: float) -> np.ndarray:
    """Per output feature: False when the term is in more than ``max_df`` of the training bodies.

    ``idf = ln((1 + n) / (1 + df)) + 1``, so the document share is ``exp(1 - idf)``. Title terms are
    judged by their share of the bodies ("với" is rare in titles, not in bodies); a title term the body
    vocabulary dropped (as too common, or too rare to matter) is not shown.
    """
    blocks = {name: vec for name, vec, _c in features.transformers_ if hasattr(vec, "get_feature_names_out")}
    body_share: dict[str, float] = {}
    if "words" in blocks:
        vec = blocks["words"]
        body_share = dict(zip(vec.get_feature_names_out(), np.exp(1.0 - vec.idf_), strict=True))
    parts = []
    for name, vec in blocks.items():
        if hasattr(vec, "steps"):  # the LSA block: components, not terms
            parts.append(np.zeros(len(vec.get_feature_names_out()), dtype=bool))
            continue
        if not getattr(vec, "use_idf", False):  # the rules block: every rule that fired may be shown
            parts.append(np.ones(len(vec.get_feature_names_out()), dtype=bool))
            continue
        share = np.exp(1.0 - vec.idf_)
        if name == "title" and body_share:
            share = np.array([body_share.get(t, 1.0) for t in vec.get_feature_names_out()])
        parts.append(share <= max_df)
    return np.concatenate(parts)


def _n_words(doc: Document, *, at_most: int) -> int:
    """The number of words of ``doc``'s title and body, counted up to ``at_most`` (enough to compare it with a
    minimum, without splitting a long body)."""
    title = len(doc[0].split(maxsplit=at_most))
    return min(title + len(doc[1].split(maxsplit=max(at_most - title, 0))), at_most)


def _unpack(item: Any, title: str | None) -> tuple[str, str | None, tuple[Sentence, ...] | None, bool]:
    if isinstance(item, Analysis):
        return item.text, item.title, item.sentences, True
    if isinstance(item, Article):
        return item.text, item.title if title is None else title, None, False
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError("a mapping passed to the topic model needs a 'text' field")
        return str(item["text"] or ""), item.get("title") if title is None else title, None, False
    if isinstance(item, str):
        return item, title, None, False
    raise InputError(f"cannot classify a {type(item).__name__}; pass a text, an Article or an Analysis")


def _paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    p = Path(path)
    if p.is_dir():
        p = p / _DEFAULT_NAME
    name = p.name
    for suffix in (".skops", ".card.json"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return p.with_name(name + ".skops"), p.with_name(name + ".card.json")


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def rules_sha256() -> str:
    """sha256 of the keyword rules file whose output the model reads as features."""
    return hashlib.sha256(resources.files("dvtext.data").joinpath("topic_rules.toml").read_bytes()).hexdigest()


def versions() -> dict[str, str]:
    """The versions a model card records (and :func:`load_model` checks): dvtext, scikit-learn, skops…"""
    from importlib.metadata import PackageNotFoundError, version

    import dvtext

    out = {"dvtext": dvtext.__version__}
    for pkg in ("scikit-learn", "skops", "numpy", "scipy", "underthesea"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:  # pragma: no cover
            out[pkg] = "unknown"
    return out


def settings_dict(s: TopicSettings) -> dict[str, Any]:
    """The settings as the model card stores them (JSON: tuples as lists)."""
    d = asdict(s)
    d["features"] = {k: list(v) if isinstance(v, tuple) else v for k, v in d["features"].items()}
    return d


def _settings_from(d: Mapping[str, Any] | None) -> TopicSettings:
    if not d:
        return TopicSettings()
    d = dict(d)
    d.setdefault("threshold_tolerance", 0.0)  # saved when thresholds were the plain argmax of F1
    d.setdefault("primary_weight", 0.0)  # saved before the primary-topic model
    d.setdefault("neighbour_weight", 0.0)  # saved before the neighbour vote
    feats = dict(d.pop("features", {}) or {})
    feats.setdefault("lead_words", 0)  # saved before the lead was read twice
    feats.setdefault("lsa_components", 0)  # saved before the LSA block
    known_f = set(FeatureSettings.__dataclass_fields__)
    feats = {k: tuple(v) if isinstance(v, list) else v for k, v in feats.items() if k in known_f}
    known = set(TopicSettings.__dataclass_fields__)
    return TopicSettings(**{k: v for k, v in d.items() if k in known}, features=FeatureSettings(**feats))


# --------------------------------------------------------------------------- loading
def _lay_out_for_speed(pipeline: Any) -> None:
    """Store the LSA block's components column-major: its transform multiplies by ``components_.T``, which
    scipy would otherwise copy on every call (~1 ms, more than the rest of the block)."""
    features = pipeline.named_steps.get("features")
    for _name, block, _cols in getattr(features, "transformers_", []):
        svd = dict(getattr(block, "steps", [])).get("svd")
        if svd is not None and hasattr(svd, "components_"):
            svd.components_ = np.asfortranarray(svd.components_)


def default_model_path() -> Path:
    """Where the shipped model lives: ``dvtext/data/models/topics.skops`` inside the installed package."""
    return Path(str(resources.files("dvtext.data").joinpath("models", _DEFAULT_NAME + ".skops")))


def _major_minor(v: str) -> tuple[str, ...]:
    return tuple(v.split(".")[:2])


def load_model(path: str | os.PathLike[str] | None = None) -> TopicModel:
    """Load a saved topic model safely.

    The card next to the ``.skops`` file is read first; the file's sha256 must match the card's, the
    scikit-learn major.minor version must match the one that trained it, and the file may only contain
    scikit-learn's own types and :data:`TRUSTED_TYPES`.

    Args:
        path: ``models/topics``, ``models/topics.skops`` or a folder holding ``topics.skops``; default:
            the model shipped with dvtext (:func:`default_model_path`).

    Raises:
        ModelError: the file or its card is missing, the file was changed since it was saved, it was
            made with another scikit-learn version, or it holds a type that is not trusted.

    Example:
        >>> model = load_model()
        >>> model.labels[:2]
        ('cchc', 'doi_thoai')
    """
    import sklearn
    import skops.io as sio
    from skops.io.exceptions import UntrustedTypesFoundException

    model_path, card_path = _paths(path if path is not None else default_model_path())
    if not model_path.is_file():
        raise ModelError(
            f"no topic model at {model_path}; train one with 'dvtext train corpora/topics/labels.jsonl "
            f"-o {model_path.with_suffix('')}' or reinstall dvtext"
        )
    if not card_path.is_file():
        raise ModelError(f"the model card {card_path} is missing; a model is only loaded with its card")
    try:
        card = json.loads(card_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read the model card {card_path}: {exc}") from exc
    data = model_path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    expected = (card.get("file") or {}).get("sha256")
    if digest != expected:
        raise ModelError(
            f"{model_path} does not match its model card (sha256 {digest[:12]}… ≠ {str(expected)[:12]}…): "
            "the file was changed or damaged; restore it or retrain with 'dvtext train'"
        )
    if card.get("format") not in _READABLE_FORMATS:
        raise ModelError(f"{model_path} has model format {card.get('format')}; this dvtext reads formats "
                         f"{', '.join(map(str, _READABLE_FORMATS))}: retrain with 'dvtext train'")
    trained_with = str((card.get("versions") or {}).get("scikit-learn", "unknown"))
    if _major_minor(trained_with) != _major_minor(sklearn.__version__):
        raise ModelError(
            f"{model_path} was trained with scikit-learn {trained_with} but {sklearn.__version__} is installed; "
            f"install scikit-learn=={'.'.join(_major_minor(trained_with))}.* or retrain with "
            "'dvtext train corpora/topics/labels.jsonl -o ...'"
        )
    try:
        loaded = sio.loads(data, trusted=list(TRUSTED_TYPES))
    except UntrustedTypesFoundException as exc:
        try:
            untrusted = sorted(set(sio.get_untrusted_types(data=data)) - set(TRUSTED_TYPES))
        except Exception:  # pragma: no cover - the message of exc names them too
            untrusted = [str(exc)]
        raise ModelError(f"{model_path} holds types dvtext does not trust: {', '.join(untrusted)}; "
                         "it was not made by 'dvtext train' — refusing to load it") from exc
    except Exception as exc:
        raise ModelError(f"cannot load {model_path} (not a readable skops file?): {exc}") from exc
    if card.get("rules_sha256") and card["rules_sha256"] != rules_sha256():
        log.warning("%s was trained with another version of data/topic_rules.toml; the rules' features "
                    "have changed under it: retrain with 'dvtext train' for the figures of its card to hold",
                    model_path)
    if card["format"] == 1:
        pipeline, primary, neighbours = loaded, None, None
    elif isinstance(loaded, dict) and set(loaded) == {"pipeline", "primary", "neighbours"}:
        pipeline, primary, neighbours = loaded["pipeline"], loaded["primary"], loaded["neighbours"]
    else:
        raise ModelError(f"{model_path} does not hold a dvtext topic model (format {card['format']} is a "
                         "pipeline, a primary-topic model and a neighbour vote); retrain with 'dvtext train'")
    if not hasattr(pipeline, "named_steps"):
        raise ModelError(f"{model_path} does not hold a scikit-learn pipeline; retrain with 'dvtext train'")
    labels = card.get("labels") or []
    thresholds = card.get("thresholds") or {}
    n_out = len(getattr(pipeline.named_steps.get("classify"), "estimators_", []))
    if n_out != len(labels) or set(thresholds) != set(labels):
        raise ModelError(f"{model_path}: the card lists {len(labels)} labels / {len(thresholds)} thresholds "
                         f"but the model has {n_out} outputs; retrain with 'dvtext train'")
    try:
        model = TopicModel(pipeline, labels, [thresholds[lab] for lab in labels], card,
                           _settings_from(card.get("settings")), primary=primary, neighbours=neighbours)
        model.predict_proba([("", "", "")])  # rebuilds the vocabularies once, before any thread uses the model
    except ModelError as exc:
        raise ModelError(f"{model_path}: {exc}; retrain with 'dvtext train'") from exc
    except Exception as exc:
        raise ModelError(f"{model_path} loads but cannot classify ({type(exc).__name__}: {exc}); "
                         "retrain with 'dvtext train'") from exc
    return model


_DEFAULT_LOCK = threading.Lock()
_DEFAULT: TopicModel | ModelError | None = None


def default_model() -> TopicModel:
    """The shipped model, loaded once per process (thread-safe); raises the same ModelError every time."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                try:
                    _DEFAULT = load_model()
                except ModelError as exc:
                    _DEFAULT = exc
    if isinstance(_DEFAULT, ModelError):
        raise _DEFAULT
    return _DEFAULT


def default_topic_function() -> Callable[[Analysis], tuple[list[TopicScore], str, dict[str, float]]]:
    """The topic function :func:`dvtext.pipeline.analyze` uses: ``Analysis -> (scores, primary)``.

    The shipped model is loaded on first use; if it is missing or invalid every analysis records the
    ModelError in ``errors`` and the rest of the record still stands.
    """

    def topics(analysis: Analysis) -> tuple[list[TopicScore], str, dict[str, float]]:
        return default_model().predict_with_probabilities(analysis)

    return topics


def classify(
    text: str | Article | Analysis | Mapping[str, Any],
    *,
    title: str | None = None,
    model: TopicModel | None = None,
    explain: bool = True,
) -> tuple[list[TopicScore], str]:
    """Topics of one article with the shipped model (or ``model``): ``(scores, primary)``.

    Example:
        >>> scores, primary = classify("UBND huyện tổ chức đối thoại với nhân dân về giải quyết thủ tục "
        ...                            "hành chính tại bộ phận một cửa.")
        >>> primary
        'cchc'
    """
    return (model or default_model()).predict(text, title=title, explain=explain)
