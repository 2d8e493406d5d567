"""Features for the topic classifier: words and syllables as pre-joined strings, and the vectoriser.

The saved model must hold no custom code, so everything language-specific happens *before* the
scikit-learn pipeline: an article is tokenised with :func:`dvtext.text.tokens.tokenize`, its words are
lower-cased and their syllables joined by ``_`` (:func:`dvtext.text.tokens.word_texts`), and the words
of the title and of the body become two space-separated strings, one row ``[title, body]`` of a
2-column array. A third string holds what the keyword rules of :mod:`dvtext.topics.labeling` found
(:func:`rule_tokens`). The pipeline's :class:`~sklearn.compose.ColumnTransformer` then reads them with stock
:class:`~sklearn.feature_extraction.text.TfidfVectorizer` objects:

* ``title``: words and word pairs of the title (``token_pattern=r"\\S+"``), weighted up;
* ``words``: words and word pairs of the body;
* ``syllables``: syllable pairs and triples of the body (``token_pattern=r"[^\\s_]+"`` splits
  ``hộ_nghèo`` into ``hộ``, ``nghèo``), which catch phrases the segmenter cut differently;
* ``rules``: the rule tokens (rule ids that fired, the rules' labels and primary label);
* ``lsa``: the body's latent semantic analysis (words → TF-IDF → :class:`~sklearn.decomposition.TruncatedSVD`
  → unit length), a dense block of ``lsa_components`` numbers that carries what the words *mean* together
  (related words of one topic load on the same components), so an article is recognised from words no
  labelled article of its topic used. These columns are not terms: explanations show the other blocks.

Only word tokens are kept (numbers, dates, codes, URLs and punctuation carry no topic).

Example:
    >>> doc = document_from_words(["giảm_nghèo"], ["hộ", "nghèo", "giảm", "mạnh"])
    >>> doc
    ('giảm_nghèo', 'hộ nghèo giảm mạnh', '')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from dvtext.text.normalize import normalize
from dvtext.text.tokens import tokenize, word_texts
from dvtext.types import Sentence, Token

if TYPE_CHECKING:
    from sklearn.compose import ColumnTransformer

__all__ = [
    "Document",
    "FeatureSettings",
    "TITLE",
    "BODY",
    "build_vectorizer",
    "freeze_vocabularies",
    "document_from_words",
    "documents_array",
    "readable_feature",
    "rule_tokens",
    "sentence_documents",
    "tokenize_article",
    "word_list",
]

#: A document as the classifier reads it: ``(title words, body words[, rule tokens])``, each a
#: space-separated string (a missing third part is read as no rule tokens).
Document = tuple[str, ...]

TITLE, BODY, RULES = 0, 1, 2


@dataclass(frozen=True, slots=True)
class FeatureSettings:
    """How the vectoriser is built (the defaults are the shipped model's)."""

    title_weight: float = 1.0
    title_ngrams: tuple[int, int] = (1, 1)
    word_ngrams: tuple[int, int] = (1, 1)
    syllable_ngrams: tuple[int, int] = (2, 2)
    syllable_weight: float = 1.0
    min_df: int = 2
    max_df: float = 0.8
    max_features_words: int = 60_000
    max_features_syllables: int = 60_000
    rule_features: bool = True
    rules_weight: float = 0.15
    rules_pattern: str = r"\S+"  # r"r:\S+" keeps only the rule ids that fired
    # The first N body words are read a second time in the title block: the lead says what an article
    # is about (+0.006 to +0.018 micro-F1 over 3 cross-validation seeds). Models saved without it use 0.
    lead_words: int = 60
    # A dense "semantic" block: latent semantic analysis (TF-IDF of body words → truncated SVD → unit length)
    # of the training bodies; it generalises over words the labelled articles share meaning, not spelling
    # (+0.017 micro-F1, +0.011 macro, +0.014 primary accuracy cross-validated on 1,593 read articles, 200 vs
    # 0 components). Models saved without it use 0.
    lsa_components: int = 200
    lsa_weight: float = 1.0
    lsa_min_df: int = 3
    lsa_max_df: float = 0.5


def word_list(tokens: Iterable[Token]) -> list[str]:
    """The classifier's words of a token list: word tokens only, lower-cased, syllables joined by ``_``.

    Example:
        >>> from dvtext.types import Token
        >>> word_list([Token("Hộ nghèo", 0, 8), Token("32,49%", 9, 15, "percent")])
        ['hộ_nghèo']
    """
    return word_texts([t for t in tokens if t.kind == "word" and any(c.isalpha() for c in t.text)])


def document_from_words(title_words: Sequence[str], body_words: Sequence[str], rules: str = "") -> Document:
    """The classifier's input for one article from its (already tokenised) title and body words.

    Example:
        >>> document_from_words(["cải_cách", "hành_chính"], ["một", "cửa"])
        ('cải_cách hành_chính', 'một cửa', '')
    """
    return " ".join(title_words), " ".join(body_words), rules


def rule_tokens(title: str | None, text: str) -> str:
    """What the keyword rules (``dvtext.topics.labeling``) say about an article, as feature tokens.

    ``r:<rule id>`` for every rule that fired with a positive weight, ``w:<label>`` for every weak label
    and ``p:<primary>`` for the rules' primary label. The classifier learns from the read articles when
    to trust them and when the words say otherwise.

    Example:
        >>> rule_tokens("Tiếp xúc cử tri trước kỳ họp", "Cử tri huyện kiến nghị về đường giao thông.")
        'r:doi_thoai.title w:doi_thoai p:doi_thoai'
    """
    from dvtext.topics.labeling import apply_rules, labels_from_hits

    if not (text.strip() or (title or "").strip()):
        return ""
    hits = apply_rules(title or "", text)
    fired = sorted({f"r:{rid}" for _label, rid, weight in hits if weight > 0})
    labels, primary = labels_from_hits(hits)
    return " ".join([*fired, *(f"w:{lab}" for lab in labels), f"p:{primary}"])


def tokenize_article(
    text: str,
    *,
    title: str | None = None,
    sentences: Sequence[Sentence] | None = None,
    normalized: bool = False,
) -> tuple[list[str], list[Token]]:
    """Tokenise an article for the classifier.

    Args:
        text: the body text.
        title: the title, if any.
        sentences: sentence spans of ``text`` (then no word crosses a sentence boundary).
        normalized: ``text`` and ``title`` are already normalised (as in an :class:`~dvtext.types.Analysis`).

    Returns:
        ``(title words, body tokens)``: the title as classifier words, the body as tokens with offsets
        (so that sentence-level tags can be computed).

    Example:
        >>> words, toks = tokenize_article("Huyện đẩy mạnh cải cách hành chính.", title="Cải cách hành chính")
        >>> words, [t.text for t in toks]
        (['cải_cách', 'hành_chính'], ['Huyện', 'đẩy mạnh', 'cải cách', 'hành chính', '.'])
    """
    if not normalized:
        text = normalize(text).text
        title = normalize(title).text if title else title
    title_words = word_list(tokenize(title)) if title and title.strip() else []
    body_tokens = tokenize(text, sentences=list(sentences) if sentences else None) if text.strip() else []
    return title_words, body_tokens


def sentence_documents(tokens: Sequence[Token], sentences: Sequence[Sentence]) -> list[Document]:
    """One document per sentence (empty title), for sentence-level topic tags.

    Example:
        >>> from dvtext.types import Sentence, Token

if TYPE_CHECKING:
    from sklearn.compose import ColumnTransformer
        >>> toks = [Token("Hộ nghèo", 0, 8), Token("giảm", 9, 13), Token("Đối thoại", 15, 24)]
        >>> sentence_documents(toks, [Sentence(0, 14, 0), Sentence(15, 24, 1)])
        [('', 'hộ_nghèo giảm', ''), ('', 'đối_thoại', '')]
    """
    buckets: list[list[Token]] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    j = 0
    for tok in tokens:
        while j + 1 < len(starts) and tok.start >= starts[j + 1]:
            j += 1
        if sentences and sentences[j].start <= tok.start < sentences[j].end:
            buckets[j].append(tok)
    return [document_from_words([], word_list(b)) for b in buckets]


def documents_array(docs: Sequence[Document], *, lead_words: int = 0) -> np.ndarray:
    """The 3-column object array ``[[title, body, rules], ...]`` the pipeline takes.

    With ``lead_words`` the title column also holds the first ``lead_words`` body words (the lead).

    Example:
        >>> documents_array([("giảm_nghèo", "hộ nghèo giảm mạnh", "")], lead_words=2)[0, 0]
        'giảm_nghèo hộ nghèo'
    """
    arr = np.empty((len(docs), 3), dtype=object)
    for i, doc in enumerate(docs):
        if lead_words > 0 and doc[1]:
            lead = " ".join(doc[1].split(maxsplit=lead_words)[:lead_words])
            arr[i, TITLE] = f"{doc[0]} {lead}" if doc[0] else lead
        else:
            arr[i, TITLE] = doc[0]
        arr[i, BODY] = doc[1]
        arr[i, RULES] = doc[2] if len(doc) > 2 else ""
    return arr


def build_vectorizer(settings: FeatureSettings | None = None, *, n_documents: int | None = None) -> ColumnTransformer:
    """The feature half of the pipeline: TF-IDF blocks over the ``[title, body, rules]`` columns and the
    body's LSA block.

    Every part is a stock scikit-learn class with plain parameters, so the fitted pipeline saves with
    skops and loads with scikit-learn's own trusted types. ``n_documents`` (the number of training
    documents) caps the LSA components at a fifth of it, so that a small corpus still trains.
    """
    from sklearn.compose import ColumnTransformer
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import Normalizer

    s = settings or FeatureSettings()
    common: dict[str, Any] = {"lowercase": False, "sublinear_tf": True, "dtype": np.float32}
    title = TfidfVectorizer(token_pattern=r"\S+", ngram_range=s.title_ngrams, min_df=s.min_df, **common)
    words = TfidfVectorizer(
        token_pattern=r"\S+",
        ngram_range=s.word_ngrams,
        min_df=s.min_df,
        max_df=s.max_df,
        max_features=s.max_features_words,
        **common,
    )
    syllables = TfidfVectorizer(
        token_pattern=r"[^\s_]+",
        ngram_range=s.syllable_ngrams,
        min_df=s.min_df,
        max_df=s.max_df,
        max_features=s.max_features_syllables,
        **common,
    )
    blocks: list[tuple[str, Any, int]] = [("title", title, TITLE), ("words", words, BODY), ("syllables", syllables, BODY)]
    weights = {"title": s.title_weight, "words": 1.0, "syllables": s.syllable_weight}
    if s.rule_features:
        # binary evidence, not normalised: an article that fires many rules keeps each one's full weight
        rules = TfidfVectorizer(token_pattern=s.rules_pattern, lowercase=False, binary=True, use_idf=False, norm=None,
                                min_df=s.min_df, dtype=np.float32)
        blocks.append(("rules", rules, RULES))
        weights["rules"] = s.rules_weight
    components = s.lsa_components if n_documents is None else min(s.lsa_components, n_documents // 5)
    if components > 1:
        lsa_words = TfidfVectorizer(token_pattern=r"\S+", min_df=s.lsa_min_df, max_df=s.lsa_max_df, **common)
        lsa = Pipeline([
            ("tfidf", lsa_words),
            ("svd", TruncatedSVD(components, algorithm="randomized", random_state=0)),
            ("unit", Normalizer()),
        ])
        blocks.append(("lsa", lsa, BODY))
        weights["lsa"] = s.lsa_weight
    return ColumnTransformer(blocks, transformer_weights=weights, sparse_threshold=1.0)


def freeze_vocabularies(vectorizer: ColumnTransformer) -> ColumnTransformer:
    """Make a fitted vectoriser cheap to save and load: each vocabulary becomes a fixed string array.

    skops writes a ``dict`` entry by entry (~0.4 kB and ~50 µs to load per term), so a 60,000-term
    ``vocabulary_`` would take seconds to load. A fitted :class:`TfidfVectorizer` whose ``vocabulary``
    *parameter* is an array of terms in column order computes exactly the same features and rebuilds
    ``vocabulary_`` from that array on first use; the array is saved as one numpy block. Done in place.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = [vec for _name, vec, _cols in vectorizer.transformers_]
    fitted += [step for vec in fitted for _n, step in getattr(vec, "steps", [])]  # the LSA block's TF-IDF
    for vec in fitted:
        if not isinstance(vec, TfidfVectorizer) or not hasattr(vec, "vocabulary_"):
            continue
        terms = vec.get_feature_names_out().astype(str)
        vec.set_params(vocabulary=terms)
        del vec.vocabulary_
        vec.fixed_vocabulary_ = True
    return vectorizer


def readable_feature(name: str) -> str:
    """A feature name of the fitted vectoriser as the phrase a reader recognises.

    Example:
        >>> readable_feature("words__hộ_nghèo")
        'hộ nghèo'
        >>> readable_feature("syllables__thủ tục")
        'thủ tục'
        >>> readable_feature("rules__r:cchc.title"), readable_feature("rules__w:cchc")
        ('[rule cchc.title]', '[rules: cchc]')
    """
    block, _, term = name.partition("__")
    if block == "rules":
        kind, _, what = term.partition(":")
        return {"r": f"[rule {what}]", "w": f"[rules: {what}]", "p": f"[rules' primary: {what}]"}.get(kind, term)
    return term.replace("_", " ")
