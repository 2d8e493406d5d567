"""A CRF over the grammar's output: the last word on each entity's span and label.

The grammar (:mod:`dvtext.extract.entities`) is written from read articles, and on articles nobody has read it
misses more than on those it was written from (``corpora/gold/dev*-entities/README.md``: every set scored *fresh*,
before it was studied). A linear-chain CRF (underthesea's, :mod:`underthesea_core`, no new dependency) reads each
light token of :class:`~dvtext.extract.entity_grammar.Scanner` with the grammar's own label for it (B-/I-/O of the
entities it found), the grammar's cues around it (titles, address words, unit and feature words, body heads,
gazetteer names) and the words and shapes of a five-token window, and tags the text again.

It was trained on the development gold (``bench/train_entity_crf.py``), where the grammar's labels are those of the
commit each set was first scored at (``corpora/gold/fresh-rules.jsonl``): the CRF learns how the grammar errs on text
it has not seen, not how it does on text it was fitted to. Left out of the training: the held-back test split.

Example:
    >>> from dvtext.extract.entity_grammar import Scanner
    >>> sc = Scanner("Ông Nguyễn Văn A làm việc tại UBND huyện Quế Phong.")
    >>> spans = [(4, 16, "PER"), (30, 50, "ORG")]
    >>> relabel(sc, spans) == spans
    True
"""

from __future__ import annotations

import bisect
import hashlib
import json
import threading
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from dvtext.errors import ModelError
from dvtext.extract.entity_grammar import _DASHES, FEATURE_TYPES, Scanner
from dvtext.text.glued import is_vietnamese_syllable

__all__ = ["MODEL", "bio", "feature_data_sha256", "features", "load_tagger", "merge", "model_card", "relabel",
           "spans_from_tags", "tag", "training_rows", "word_clusters"]

MODEL = "entities.crf"
CARD = "entities.card.json"
CLUSTERS = "word_clusters.tsv"
FEATURE_DATA = (CLUSTERS,)  # data files the features read: the card holds their sha256
_lock = threading.Lock()

Span = tuple[int, int, str]


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    if not w[0].isalpha():
        return "p" + w[:1]
    if w.isupper() and len(w) > 1:
        return "U"
    return "T" if w[0].isupper() else "l"


def bio(sc: Scanner, spans: Sequence[Span]) -> list[str]:
    """B-/I-/O tags of the light tokens for character spans (a span not on token boundaries is left out)."""
    toks, starts = sc.toks, sc.starts
    tags = ["O"] * len(toks)
    for a, b, label in spans:
        i = bisect.bisect_left(starts, a)
        if i >= len(toks) or toks[i].start != a:
            continue
        j = i
        while j < len(toks) and toks[j].end <= b:
            tags[j] = ("B-" if j == i else "I-") + label
            j += 1
    return tags


#: Tokens a span never ends on: the sentence's punctuation the CRF sometimes tags with the name before it
#: ("VQG Cúc Phương." at the end of a text). The full stop of an initial stays ("Nguyễn Thị H.", "Th.",
#: "N.T.T.": the annotation guidelines keep it).
_TRAILING = frozenset(".,;:!?…")


def _initial(word: str) -> bool:
    letters = word.replace(".", "")
    return 0 < len(letters) <= 2 and letters[0].isupper()


def spans_from_tags(sc: Scanner, tags: Sequence[str]) -> list[Span]:
    """Character spans of B-/I- tag runs (an I- without its B- opens a span; no span runs over a line break;
    punctuation tokens at a span's end are left out of it, and a span of punctuation alone is dropped)."""
    out: list[Span] = []
    cur: list[Any] | None = None  # start, end, label, end of its last token that is not punctuation

    def close(span: list[Any]) -> None:
        if span[3] is not None:
            out.append((span[0], span[3], span[2]))

    prev = ""
    for t, tag in zip(sc.toks, tags, strict=True):
        word_end = None if t.text in _TRAILING and not (t.text == "." and _initial(prev)) else t.end
        prev = t.text
        if tag.startswith("B-") or (tag.startswith("I-") and (
                cur is None or cur[2] != tag[2:] or "\n" in sc.text[cur[1]:t.start])):
            if cur:
                close(cur)
            cur = [t.start, t.end, tag[2:], word_end]
        elif tag.startswith("I-") and cur is not None:
            cur[1] = t.end
            cur[3] = word_end if word_end is not None else cur[3]
        elif cur:
            close(cur)
            cur = None
    if cur:
        close(cur)
    return out


@cache
def word_clusters() -> dict[str, tuple[str, str, str]]:
    """Each frequent word's distributional classes, coarse to fine (``data/word_clusters.tsv``, built from
    unlabelled news by ``bench/tools/build_word_clusters.py``); case kept."""
    out: dict[str, tuple[str, str, str]] = {}
    for line in _data_lines(CLUSTERS):
        w, a, b, c = line.split("\t")
        out[w] = (a, b, c)
    return out


@cache
def feature_data_sha256() -> dict[str, str]:
    """The sha256 of each data file the features read (a model is only valid with the files it was trained with)."""
    return {name: hashlib.sha256(_feature_data(name)).hexdigest() for name in FEATURE_DATA}


@cache
def _feature_data(name: str) -> bytes:
    """The bytes of one data file the features read (read once: its lines and its sha256 come from them)."""
    try:
        return resources.files("dvtext.data").joinpath(name).read_bytes()
    except OSError as exc:
        raise ModelError(f"the entity CRF's feature data {name} is missing or unreadable: {exc}; reinstall dvtext") from exc


def _data_lines(name: str) -> list[str]:
    text = _feature_data(name).decode("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def _classes(words: Sequence[str]) -> list[tuple[str, str, str] | None]:
    """The classes of each word (its lower-case form's when the word itself is too rare)."""
    wc = word_clusters()
    return [wc.get(w) or wc.get(w.lower()) for w in words]


def _cues(sc: Scanner) -> list[list[str]]:
    """The grammar's cues at each token: a title or rank, an address word, a unit or feature word, a body head,
    a gazetteer name (its level and length in tokens)."""
    toks, g = sc.toks, sc.g
    role, cue, places, feats, bodies = g["role"], g["cue"], g["places"], g["features"], g["bodies"]
    out = []
    for i, tok in enumerate(toks):
        c = []
        t = _DASHES.get(tok.text, tok.text)  # (a token no phrase starts with matches nothing)
        m = role.match(toks, i) if t in role.root else None
        if m is not None:
            c.append("role=" + m[1])
        if t in cue.root and cue.match(toks, i) is not None:
            c.append("cue")
        p = places.match(toks, i) if t in places.root else None
        if p is not None:
            c.append("unit=" + p[1][1])
        f = feats.match(toks, i) if t in feats.root else None
        if f is not None:
            c.append(f"feat={FEATURE_TYPES.get(f[1])}")
        if t in bodies.root and bodies.match(toks, i) is not None:
            c.append("body")
        if tok.cap and t[0].isalpha():
            end = sc.cap_run(i, limit=4)
            for j in range(end, i, -1):
                found = sc.gaz.lookup(sc.words(i, j))
                if found:
                    c.append(f"gaz={found[0].level}/{j - i}")
                    break
        out.append(c)
    return out


def features(sc: Scanner, spans: Sequence[Span]) -> list[list[str]]:
    """The CRF's features of every light token, given the grammar's entity spans: the token's word, shape and
    grammar label (the last two also together), the words of the two tokens on each side and the shapes and
    labels of the next ones, the word pairs it forms, whether it is a family name, a foreign
    word or opens a sentence, the grammar's cues at it and at the token before, and the word's distributional
    classes (:func:`word_clusters`; the middle class of the next and previous words too)."""
    text, toks = sc.text, sc.toks
    rule = bio(sc, spans)
    n = len(toks)
    words = [t.text for t in toks]
    low = [w.lower() for w in words]
    shp = [_shape(w) for w in words]
    cues = _cues(sc)
    cls = _classes(words)
    surnames = sc.g["surnames"]
    # each word's, shape's and label's feature strings are made once per text (words repeat), the same
    # strings in the same order as writing them out token by token
    wf = {w: ("w=" + w, "w-1=" + w, "w1=" + w, "w-2=" + w, "w2=" + w) for w in set(low)}
    sf = {x: ("s=" + x, "s-1=" + x, "s1=" + x) for x in set(shp)}
    rf = {x: ("r=" + x, "r-1=" + x, "r1=" + x) for x in set(rule)}
    pairs = [a + "|" + b for a, b in zip(low, low[1:], strict=False)]
    out = []
    for i in range(n):
        w, s, r = wf[low[i]], sf[shp[i]], rf[rule[i]]
        f = ["b", w[0], s[0], r[0], r[0] + "|" + s[0]]
        here, before, after = cls[i], cls[i - 1] if i > 0 else None, cls[i + 1] if i + 1 < n else None
        if here is not None:
            f += ["k0=" + here[0], "k1=" + here[1], "k2=" + here[2]]
        if before is not None:
            f.append("k1-1=" + before[1])
        if after is not None:
            f.append("k1+1=" + after[1])
        if shp[i] in "TU" and words[i] in surnames:
            f.append("surname")
        if shp[i] == "T" and not is_vietnamese_syllable(low[i]):
            f.append("foreign")
        if i == 0 or words[i - 1] in ".!?:" or (not toks[i].join and "\n" in text[toks[i - 1].end:toks[i].start]):
            f.append("start")
        f.append(wf[low[i - 2]][3] if i >= 2 else "w-2=_")
        f.append(wf[low[i + 2]][4] if i + 2 < n else "w2=_")
        if i > 0:
            f += [wf[low[i - 1]][1], sf[shp[i - 1]][1], rf[rule[i - 1]][1], "w-1w=" + pairs[i - 1]]
            f += ["p:" + x for x in cues[i - 1]]
        else:
            f.append("w-1=_")
        if i + 1 < n:
            f += [wf[low[i + 1]][2], sf[shp[i + 1]][2], rf[rule[i + 1]][2], "ww+1=" + pairs[i]]
        else:
            f.append("w1=_")
        f += cues[i]
        out.append(f)
    return out


def merge(rules: Sequence[Span], crf: Sequence[Span]) -> list[Span]:
    """The CRF's spans with the grammar's documents, and the grammar's entities the CRF left nothing in place of.

    DOC spans are the grammar's (its parser reads their parts), and a CRF span that overlaps one is dropped. The
    CRF may move a span's ends, change its label or add a span; a grammar span that no CRF span overlaps is kept:
    out of fold, half of those are right, which is more than the F1 they cost (leave-one-set-out over 16 folds,
    0.875 -> 0.881; every fold gains or is even, ``models/README.md``)."""
    docs = [s for s in rules if s[2] == "DOC"]
    out = [s for s in crf if s[2] != "DOC" and not any(s[0] < d[1] and d[0] < s[1] for d in docs)]
    kept = out + docs
    dropped = [s for s in rules if s[2] != "DOC" and not any(s[0] < c[1] and c[0] < s[1] for c in kept)]
    return sorted(kept + dropped)


@cache
def model_card() -> dict[str, Any]:
    """The shipped model's card (``data/models/entities.card.json``)."""
    try:
        return json.loads(resources.files("dvtext.data").joinpath("models", CARD).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"the entity CRF's card {CARD} is missing or unreadable: {exc}; reinstall dvtext") from exc


@cache
def _tagger() -> Any:
    return load_tagger(resources.files("dvtext.data").joinpath("models", MODEL), model_card())


def load_tagger(path: Any, card: dict[str, Any]) -> Any:
    """A CRF tagger from ``path`` (a file or an importable resource), checked against its ``card``: the file's
    sha256, and the major version of underthesea_core that wrote it.

    Raises:
        ModelError: the file is missing, differs from its card, or was written by another major version.
    """
    from importlib.metadata import version

    import underthesea_core

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"the entity CRF {path} is missing or unreadable: {exc}; reinstall dvtext") from exc
    digest = hashlib.sha256(data).hexdigest()
    if digest != card.get("sha256"):
        raise ModelError(f"the entity CRF {path} does not match its card (sha256 {digest[:12]}…, card "
                         f"{str(card.get('sha256'))[:12]}…): reinstall dvtext or retrain it with "
                         "bench/train_entity_crf.py")
    for name, want in feature_data_sha256().items():
        if card.get("feature_data", {}).get(name) != want:
            raise ModelError(f"the entity CRF was trained with another {name} than the installed one: reinstall "
                             "dvtext or retrain it with bench/train_entity_crf.py")
    wrote = str(card.get("versions", {}).get("underthesea_core", ""))
    have = version("underthesea_core")
    if wrote.split(".")[0] != have.split(".")[0]:
        raise ModelError(f"the entity CRF was written by underthesea_core {wrote or '?'} and this is {have}: "
                         "retrain it with bench/train_entity_crf.py")
    tagger = underthesea_core.CRFTagger()
    with resources.as_file(path) as local:
        tagger.load(str(local))
    return tagger


def relabel(sc: Scanner, spans: Sequence[Span]) -> list[Span]:
    """The CRF's entity spans for the text of ``sc``, given the grammar's ``spans`` (DOC spans are the grammar's:
    the document parser decides them)."""
    if not sc.toks:
        return list(spans)
    with _lock:
        return merge(spans, tag(_tagger(), sc, spans))


def tag(tagger: Any, sc: Scanner, spans: Sequence[Span]) -> list[Span]:
    """The spans a CRF ``tagger`` finds in the text of ``sc`` given the grammar's ``spans`` (the whole text is one
    sequence: tagging only the stretches near capitalised words was tried and lost half the gain)."""
    return spans_from_tags(sc, tagger.tag(features(sc, spans)))


def training_rows(sc: Scanner, spans: Sequence[Span], gold: Sequence[Span]) -> list[tuple[list[list[str]], list[str]]]:
    """The training sequence of one article: (features, gold tags)."""
    return [(features(sc, spans), bio(sc, gold))]
