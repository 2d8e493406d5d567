"""Training and evaluating the topic classifier: labelled corpora, cross-validation, training, scoring.

:func:`train` cross-validates the model families of :data:`FAMILIES` on the verified articles of a labelled
corpus (:func:`read_corpus`), keeps the better one on held-out folds, chooses one threshold per label and
fits the final :class:`~dvtext.topics.model.TopicModel` on everything (verified articles weigh 1, weakly
labelled ones :attr:`~dvtext.topics.model.TopicSettings.weak_weight`, 0 by default: the weak articles then
shape the vectoriser's vocabulary, IDF and LSA but no classifier). :func:`cross_validate` gives the
out-of-fold figures (a test fold's articles are never in training, neither as verified nor as weakly
labelled copies); :func:`rules_baseline` scores the keyword rules on the same articles; :func:`evaluate`
scores a trained model on a labelled corpus. Saving, loading and predicting live in
:mod:`dvtext.topics.model`.

Example:
    >>> corpus = read_corpus("corpora/topics/labels.jsonl", shared="../shared")   # doctest: +SKIP
    >>> model = train(corpus, seed=0)                                           # doctest: +SKIP
    >>> model.save("models/topics")                                             # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dvtext.errors import InputError
from dvtext.topics.evaluation import NONE, assign_folds, choose_thresholds, score
from dvtext.topics.features import (
    Document,
    build_vectorizer,
    documents_array,
    freeze_vocabularies,
)
from dvtext.topics.labeling import LabelledArticle
from dvtext.topics.model import (
    MODEL_FORMAT,
    NEIGHBOUR_BLOCKS,
    NeighbourVote,
    TopicModel,
    TopicSettings,
    article_document,
    fit_features,
    mix_scores,
    neighbour_store,
    primary_form,
    proba_from_classifier,
    rules_sha256,
    settings_dict,
    transform_features,
    versions,
)

__all__ = [
    "FAMILIES",
    "LabelledLike",
    "corpus_documents",
    "document_fingerprint",
    "cross_validate",
    "evaluate",
    "read_corpus",
    "rules_baseline",
    "train",
    "training_data_hash",
]

log = logging.getLogger(__name__)

#: The model families :func:`train` knows.
FAMILIES = ("logreg", "svm")


class LabelledLike(Protocol):
    """What training needs of a labelled article (``dvtext.topics.labeling.LabelledArticle`` fits)."""

    id: str
    title: str | None
    text: str
    labels: Sequence[str]
    primary: str
    verified: bool


def corpus_documents(
    corpus: Sequence[LabelledLike],
    *,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike[str] | None = None,
) -> list[Document]:
    """Documents of a labelled corpus, in order (tokenising takes ~15–50 ms per article, by machine).

    ``jobs`` > 1 tokenises in that many worker processes (chunks of :data:`_CHUNK` articles, results in
    corpus order; the documents are the same as with one process).

    ``cache``: a file of documents kept from earlier runs. An article whose title and text are there is not
    tokenised again, the others are, and are added to it. The file records :func:`document_fingerprint`
    (dvtext's tokeniser, rules and their data): written by another version, it is started afresh, so a
    cached document is always the one tokenising would give. A damaged line costs only its article's
    reuse; a file that cannot be written is reported and the documents are still returned.

    Raises:
        InputError: ``jobs`` below 1, or ``cache`` is a directory.
    """
    check_document_options(jobs=jobs, cache=cache)
    pairs = [(art.title, art.text) for art in corpus]
    if cache is None:
        return _tokenise(pairs, progress, jobs)
    path = Path(cache)
    fingerprint = document_fingerprint()
    known, current = _read_document_cache(path, fingerprint)
    keys = [_text_key(title, text) for title, text in pairs]
    todo = list({k: i for i, k in enumerate(keys) if k not in known}.values())
    if todo:
        new = _tokenise([pairs[i] for i in todo], progress, jobs)
        fresh = {keys[i]: doc for i, doc in zip(todo, new, strict=True)}
        _write_document_cache(path, fingerprint, fresh, append=current)
        known.update(fresh)
    elif progress is not None:
        progress(len(pairs), len(pairs))
    return [known[k] for k in keys]


def _tokenise(pairs: Sequence[tuple[str | None, str]], progress: Callable[[int, int], None] | None,
              jobs: int) -> list[Document]:
    if jobs == 1 or len(pairs) <= _CHUNK:
        out = []
        for i, (title, text) in enumerate(pairs):
            out.append(article_document(title, text))
            if progress is not None:
                progress(i + 1, len(pairs))
        return out
    chunks = [pairs[i:i + _CHUNK] for i in range(0, len(pairs), _CHUNK)]
    docs: list[Document] = []
    with _spawn_pool(jobs) as pool:
        for part in pool.map(_documents_of, chunks):
            docs.extend(part)
            if progress is not None:
                progress(len(docs), len(pairs))
    return docs


#: First line of a document cache: format and :func:`document_fingerprint`.
_CACHE_FORMAT = "dvtext-documents"


def _text_key(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{title or ''}\x00{text}".encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def document_fingerprint() -> str:
    """A sha256 of what makes an article's document: dvtext's and underthesea's versions, the code that
    tokenises and applies the keyword rules (``dvtext/text``, ``dvtext/topics``) and the data files they read
    (``dvtext/data``, models aside). Documents cached under another fingerprint are not reused."""
    from importlib.metadata import PackageNotFoundError, version

    import dvtext

    try:
        underthesea = version("underthesea")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        underthesea = "?"
    pkg = Path(dvtext.__file__).resolve().parent
    files = sorted([*(pkg / "text").glob("*.py"), *(pkg / "topics").glob("*.py"),
                    *(f for f in (pkg / "data").iterdir() if f.is_file())])
    h = hashlib.sha256(f"{dvtext.__version__}\x00{underthesea}".encode())
    for f in files:
        h.update(f.relative_to(pkg).as_posix().encode() + b"\x00" + f.read_bytes())
    return h.hexdigest()


def _read_document_cache(path: Path, fingerprint: str) -> tuple[dict[str, Document], bool]:
    """The documents of the cache file ``path`` and whether it was written under ``fingerprint`` (when it
    was not, or is missing or unreadable, nothing is reused)."""
    known: dict[str, Document] = {}
    try:
        fh = path.open(encoding="utf-8")
    except FileNotFoundError:
        return known, False
    except OSError as exc:
        log.warning("document cache %s not read (%s); tokenising every article", path, exc)
        return known, False
    bad = 0
    with fh:
        try:
            head = json.loads(fh.readline() or "null")
        except (ValueError, UnicodeDecodeError):
            head = None
        if head != {"format": _CACHE_FORMAT, "fingerprint": fingerprint}:
            log.info("document cache %s was written by another tokeniser or is not one; starting it afresh", path)
            return known, False
        for line in fh:
            try:
                row = json.loads(line)
                key, *doc = row
                if not (isinstance(key, str) and len(doc) == 3 and all(isinstance(x, str) for x in doc)):
                    raise ValueError("not [key, title, body, rules]")
            except (ValueError, TypeError):
                bad += 1
                continue
            known[key] = (doc[0], doc[1], doc[2])
    if bad:
        log.warning("document cache %s: %d damaged line(s) skipped; those articles are tokenised again", path, bad)
    return known, True


def _write_document_cache(path: Path, fingerprint: str, docs: Mapping[str, Document], *, append: bool) -> None:
    """Add ``docs`` to the cache file (``append``), or start it afresh with its header line."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a" if append else "w", encoding="utf-8") as fh:
            if not append:
                fh.write(json.dumps({"format": _CACHE_FORMAT, "fingerprint": fingerprint}) + "\n")
            for key, doc in docs.items():
                fh.write(json.dumps([key, *doc], ensure_ascii=False) + "\n")
    except OSError as exc:
        log.warning("document cache %s not written (%s); the documents are used all the same", path, exc)


#: Articles per task when :func:`corpus_documents` tokenises in several processes.
_CHUNK = 200


def _documents_of(pairs: Sequence[tuple[str | None, str]]) -> list[Document]:
    return [article_document(title, text) for title, text in pairs]


def _check_jobs(jobs: int) -> None:
    if jobs < 1:
        raise InputError(f"jobs must be 1 or more processes, not {jobs}")


def check_document_options(*, jobs: int, cache: str | os.PathLike[str] | None) -> None:
    """Refuse tokenising options that cannot work (``jobs`` below 1, ``cache`` a directory) before any work.

    Raises:
        InputError: saying which option and why.
    """
    _check_jobs(jobs)
    if cache is not None and Path(cache).is_dir():
        path = Path(cache)
        raise InputError(f"{path} is a directory; the document cache is a file (e.g. {path / 'documents.jsonl'})")


def _spawn_pool(jobs: int, *, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()) -> Any:
    """A pool of ``jobs`` fresh worker processes (spawned, as :mod:`dvtext.batch` does: no forked state)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, mp_context=mp.get_context("spawn"), initializer=initializer,
                               initargs=initargs)


# --------------------------------------------------------------------------- the families
def _estimator(family: str, settings: TopicSettings, seed: int) -> Any:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    if family == "logreg":
        return LogisticRegression(
            C=settings.logreg_c, solver="liblinear", dual=True, class_weight="balanced", max_iter=5000,
            random_state=seed,
        )
    if family == "svm":
        return CalibratedClassifierCV(
            LinearSVC(C=settings.svm_c, class_weight="balanced", max_iter=5000, random_state=seed),
            method="sigmoid",
            cv=settings.calibration_folds,
        )
    raise InputError(f"unknown model family {family!r}; choose one of {', '.join(FAMILIES)} or 'auto'")


def _classifier(family: str, settings: TopicSettings, seed: int, jobs: int | None = None) -> Any:
    """One binary model per label; ``jobs`` > 1 fits the labels' models in that many processes (the same
    models: each label's fit is on its own)."""
    from sklearn.multioutput import MultiOutputClassifier

    return MultiOutputClassifier(_estimator(family, settings, seed), n_jobs=jobs if jobs and jobs > 1 else None)


def _primary_estimator(settings: TopicSettings, seed: int) -> Any:
    """The primary-topic model: one multinomial logistic regression over the labels and ``none``."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=settings.primary_c, class_weight="balanced", max_iter=5000, random_state=seed)


def _primary_targets(corpus: Sequence[LabelledLike], labels: Sequence[str]) -> np.ndarray:
    """Each article's primary label as the primary-topic model's class (``none`` for one outside ``labels``)."""
    known = set(labels)
    return np.array([a.primary if a.primary in known else NONE for a in corpus], dtype=object)


def _fit_primary(settings: TopicSettings, seed: int, x: Any, targets: np.ndarray, verified: np.ndarray) -> Any:
    """Fit the primary-topic model on the verified rows (weak primaries are the rules' guess: 0.58 right);
    None when it is switched off or the verified rows hold a single class."""
    if settings.primary_weight <= 0 or len(set(targets[verified])) < 2:
        return None
    return _primary_estimator(settings, seed).fit(x[np.flatnonzero(verified)], targets[verified].astype(str))


def _neighbours_of(settings: TopicSettings, features: Any, x: Any, y: np.ndarray,
                   verified: np.ndarray) -> dict[str, Any] | None:
    """The neighbour vote's articles: the verified rows (weak labels are the rules' guess); None when the
    vote is switched off or there are no verified rows."""
    rows = np.flatnonzero(verified)
    if settings.neighbour_weight <= 0 or not len(rows):
        return None
    return neighbour_store(features, x, y, rows)


def _fit_pipeline(family: str, settings: TopicSettings, seed: int, docs: Sequence[Document],
                  y: np.ndarray, weights: np.ndarray, jobs: int = 1) -> tuple[Any, Any]:
    """The fitted pipeline and its training features (``jobs``: processes for the label classifiers)."""
    from sklearn.pipeline import Pipeline

    features = build_vectorizer(settings.features, n_documents=len(docs))
    x = fit_features(features, documents_array(docs, lead_words=settings.features.lead_words))
    clf = _fit_classifier(family, settings, seed, x, y, weights, jobs=jobs)
    clf.n_jobs = None  # a saved model scores in one process, as it always has
    return Pipeline([("features", features), ("classify", clf)]), x


def _fit_classifier(family: str, settings: TopicSettings, seed: int, x: Any, y: np.ndarray,
                    weights: np.ndarray, jobs: int = 1) -> Any:
    """The label classifiers fitted on the rows that weigh something (with ``weak_weight`` above 0 the weak
    articles are among them)."""
    keep = weights > 0
    if keep.all():
        return _classifier(family, settings, seed, jobs).fit(x, y, sample_weight=weights)
    return _classifier(family, settings, seed, jobs).fit(x[keep], y[keep], sample_weight=weights[keep])


def _weighed(corpus: Sequence[LabelledLike], docs: Sequence[Document] | None,
             settings: TopicSettings) -> tuple[list[LabelledLike], list[Document] | None]:
    """The articles (and their documents, when given) that training reads: all of them, or at
    ``weak_weight`` 0 the verified ones only. A weak article at weight 0 moves no classifier; left out of
    the vectoriser as well, it is neither tokenised nor fitted (on the 8,368 read articles of round 11 the
    cross-validated figures did not change beyond the noise; see models/README.md)."""
    if settings.weak_weight > 0:
        return list(corpus), None if docs is None else list(docs)
    keep = [i for i, a in enumerate(corpus) if a.verified]
    return [corpus[i] for i in keep], None if docs is None else [docs[i] for i in keep]


def _weights(settings: TopicSettings, verified: np.ndarray) -> np.ndarray:
    """Each article's training weight: ``verified_weight`` for read articles, ``weak_weight`` for weak ones."""
    w = np.where(verified, settings.verified_weight, settings.weak_weight).astype(float)
    if not (w > 0).any():
        raise InputError("no article weighs anything in training: the corpus has no verified article and "
                         "weak_weight is 0 (pass a weak weight above 0 to train on weak labels alone)")
    return w


def _compact_weights(pipeline: Any, primary: Any = None) -> None:
    """Store the linear models' weights as float32 (half the file; scores change by < 1e-6)."""
    if primary is not None:
        primary.coef_ = np.asarray(primary.coef_, dtype=np.float32)
    for est in pipeline.named_steps["classify"].estimators_:
        inner = [c.estimator for c in est.calibrated_classifiers_] if hasattr(est, "calibrated_classifiers_") else [est]
        for e in inner:
            e.coef_ = np.asarray(e.coef_, dtype=np.float32)


# --------------------------------------------------------------------------- corpora
def read_corpus(
    path: str | os.PathLike[str] | None = None,
    *,
    shared: str | os.PathLike[str] | None = None,
    verified_only: bool = False,
) -> list[Any]:
    """Read a labelled corpus for training or evaluation.

    Args:
        path: ``corpora/topics/labels.jsonl`` (or its folder): the project's labelled corpus, read with
            :func:`dvtext.topics.labeling.load_corpus` (texts from the shipped VNTC file and ``shared``);
            or any JSONL whose lines carry ``id``, ``title``, ``text``, ``labels`` and optionally
            ``primary`` (default: the first label, or ``none``) and ``verified`` (default true).
            ``None``: the project's corpus.
        shared: the ``../shared`` folder (for baomoi texts).
        verified_only: keep only the articles labelled by reading.

    Raises:
        InputError: the file is missing or a line is not a labelled article.

    Example:
        >>> arts = read_corpus("corpora/topics/labels.jsonl", verified_only=True)   # doctest: +SKIP
    """
    p = Path(path) if path is not None else None
    if p is not None and not p.exists():
        raise InputError(f"no labelled corpus at {p}")
    if p is None or p.is_dir() or not _has_texts(p):
        from dvtext.topics.labeling import load_corpus

        corpus_dir = None if p is None else (p if p.is_dir() else p.parent)
        if p is not None and p.is_file() and p.name != "labels.jsonl":
            raise InputError(f"{p}: lines have no 'text'; pass corpora/topics/labels.jsonl or a JSONL "
                             "with id, title, text, labels")
        return list(load_corpus(None if shared is None else Path(shared), verified_only=verified_only, corpus_dir=corpus_dir))
    out: list[Any] = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                labs = tuple(d.get("labels") or ())
                art = LabelledArticle(str(d["id"]), d.get("title") or "", str(d["text"]), labs,
                                      d.get("primary") or (labs[0] if labs else NONE), bool(d.get("verified", True)))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{p}:{n}: not a labelled article ({exc})") from None
            if art.verified or not verified_only:
                out.append(art)
    return out


def _has_texts(path: Path) -> bool:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    return "text" in json.loads(line)
                except ValueError:
                    return False
    return False


# --------------------------------------------------------------------------- training
def _label_matrix(corpus: Sequence[LabelledLike], labels: Sequence[str]) -> np.ndarray:
    index = {lab: j for j, lab in enumerate(labels)}
    y = np.zeros((len(corpus), len(labels)), dtype=np.int8)
    for i, art in enumerate(corpus):
        for lab in art.labels:
            if lab in index:
                y[i, index[lab]] = 1
    return y


def _default_labels(corpus: Sequence[LabelledLike]) -> list[str]:
    try:
        from dvtext.topics.taxonomy import labels as taxonomy_labels

        return [lab if isinstance(lab, str) else lab.id for lab in taxonomy_labels()]
    except ImportError:
        seen: dict[str, None] = {}
        for art in corpus:
            for lab in art.labels:
                seen.setdefault(lab, None)
        return sorted(seen)


def _primary_of(model_labels: Sequence[str], proba: np.ndarray, thresholds: np.ndarray) -> tuple[list[str], str]:
    idx = [j for j in range(len(model_labels)) if proba[j] >= thresholds[j]]
    idx.sort(key=lambda j: -proba[j])
    labs = [model_labels[j] for j in idx]
    return labs, labs[0] if labs else NONE


@dataclass(frozen=True)
class _FoldTask:
    k: int
    train: np.ndarray
    test: np.ndarray


@dataclass(frozen=True)
class _FoldData:
    """What every fold of :func:`cross_validate` reads (sent once to each worker process)."""

    docs: list[Document]
    y: np.ndarray
    weights: np.ndarray
    verified: np.ndarray
    targets: np.ndarray
    labels: list[str]
    families: tuple[str, ...]
    settings: TopicSettings
    seed: int


_WORKER_DATA: _FoldData | None = None
_WORKER_THREADS: Any = None


def _one_thread() -> Any:
    """Keep the BLAS and OpenMP libraries that fitting uses to one thread (a context manager; the limit holds
    while the returned object lives). Every fit of training runs so, in worker processes or not: two workers
    share the two cores, and a second thread each only competes with the other worker (OpenMP's waiting
    threads made two folds at once take 95–107 s each instead of 64 s); alone, one thread is as fast for these
    sparse, memory-bound fits (the primary-topic model: 25 s wall either way, 44 s of CPU with two threads).
    The same number of threads everywhere also makes ``jobs`` 1 and 2 sum in the same order: the same model."""
    import scipy.sparse.linalg  # noqa: F401 - load the libraries a fit uses, so that the limit reaches them
    import sklearn.decomposition  # noqa: F401
    import sklearn.linear_model  # noqa: F401
    import sklearn.svm  # noqa: F401
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


def _init_fold_worker(data: _FoldData) -> None:
    """A fold worker keeps its data and fits with one thread per library (:func:`_one_thread`)."""
    global _WORKER_DATA, _WORKER_THREADS
    _WORKER_DATA = data
    _WORKER_THREADS = _one_thread()


def _fold_in_worker(task: _FoldTask) -> dict[str, np.ndarray]:
    assert _WORKER_DATA is not None
    return _fit_fold(_WORKER_DATA, task)


def _fit_fold(d: _FoldData, task: _FoldTask) -> dict[str, np.ndarray]:
    """One fold: the vectoriser and every family's classifiers fitted on the other folds, the primary-topic
    model and the neighbour store likewise; their scores of this fold's articles."""
    s, tr, te = d.settings, task.train, task.test
    features = build_vectorizer(s.features, n_documents=len(tr))
    x_train = fit_features(features, documents_array([d.docs[int(i)] for i in tr], lead_words=s.features.lead_words))
    x_test = transform_features(features, documents_array([d.docs[int(i)] for i in te], lead_words=s.features.lead_words))
    out: dict[str, np.ndarray] = {}
    for fam in d.families:
        clf = _fit_classifier(fam, s, d.seed, x_train, d.y[tr], d.weights[tr])
        out[fam] = proba_from_classifier(clf, x_test)
    n = (len(te), len(d.labels))
    primary = _fit_primary(s, d.seed, x_train, d.targets[tr], d.verified[tr])
    out["primary"] = primary_form(primary, d.labels).proba(x_test) if primary is not None else np.zeros(n)
    store = _neighbours_of(s, features, x_train, d.y[tr], d.verified[tr])
    out["vote"] = (NeighbourVote.of(store, features, len(d.labels), s.neighbours).vote(x_test)
                   if store is not None else np.zeros(n))
    return out


def _run_folds(data: _FoldData, tasks: Sequence[_FoldTask], jobs: int) -> Iterator[tuple[_FoldTask, dict[str, np.ndarray]]]:
    """Each fold's scores, in fold order: in this process, or in ``jobs`` worker processes (the same fits
    from the same data and seed; a worker's BLAS may sum in another order, ~1e-16)."""
    _check_jobs(jobs)
    if jobs == 1 or len(tasks) == 1:
        for task in tasks:
            with _one_thread():
                parts = _fit_fold(data, task)
            yield task, parts
        return
    with _spawn_pool(min(jobs, len(tasks)), initializer=_init_fold_worker, initargs=(data,)) as pool:
        yield from zip(tasks, pool.map(_fold_in_worker, tasks), strict=True)


def cross_validate(
    corpus: Sequence[LabelledLike],
    *,
    families: Sequence[str] = FAMILIES,
    seed: int = 0,
    settings: TopicSettings | None = None,
    labels: Sequence[str] | None = None,
    docs: Sequence[Document] | None = None,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
) -> dict[str, dict[str, Any]]:
    """Cross-validate model families on the verified articles of ``corpus``.

    The verified articles are split into ``settings.folds`` folds (:func:`assign_folds`), and so are the
    weakly labelled ones. For each fold the vectoriser and one model per family are trained on the other
    folds and predict this one, so every article gets an out-of-fold probability. A test fold's verified
    articles are never in training (neither verified nor as weakly labelled copies: ids are unique).
    Thresholds applied to a test fold are chosen on the out-of-fold probabilities of the *other* folds
    (verified articles weigh ``verified_weight``, weak ones ``weak_weight``; at the default 0 only the read
    articles choose them), so no test label ever sets a threshold applied to it.
    Only verified articles are scored. ``jobs`` > 1 fits that many folds at once in worker processes (the
    same figures).

    Returns:
        ``{family: {"metrics" (see :func:`dvtext.topics.evaluation.score`), "thresholds" (chosen on all
        out-of-fold probabilities: the ones the final model uses), "oof" (probabilities of every article),
        "verified_ids" and "predictions" (``(labels, primary)`` of each verified article), "folds",
        "labels"}}``.

    Example:
        >>> res = cross_validate(load_corpus(), families=["logreg"])   # doctest: +SKIP
        >>> res["logreg"]["metrics"]["micro"]["f1"]                    # doctest: +SKIP
        0.87
    """
    s = settings or TopicSettings()
    labels = list(labels or _default_labels(corpus))
    corpus, docs = _weighed(corpus, docs, s)
    if docs is None:
        docs = corpus_documents(corpus)
    ver = [i for i, a in enumerate(corpus) if a.verified]
    if len(ver) < s.folds * 2:
        raise InputError(f"cross-validation needs at least {s.folds * 2} verified articles; got {len(ver)}")
    for fam in families:
        _estimator(fam, s, seed)  # unknown family → InputError before any work
    y_all = _label_matrix(corpus, labels)
    verified = np.array([a.verified for a in corpus], dtype=bool)
    weights = _weights(s, verified)
    weak = [i for i, a in enumerate(corpus) if not a.verified]
    fold_all = np.zeros(len(corpus), dtype=int)
    fold_all[ver] = assign_folds([corpus[i].labels for i in ver], folds=s.folds, seed=seed)
    if weak:
        fold_all[weak] = assign_folds([corpus[i].labels for i in weak], folds=s.folds, seed=seed + 1)
    oof = {fam: np.zeros((len(corpus), len(labels))) for fam in families}
    targets = _primary_targets(corpus, labels)
    main = np.zeros((len(corpus), len(labels)))  # the primary-topic model's out-of-fold probabilities
    vote = np.zeros((len(corpus), len(labels)))  # the neighbour vote among the other folds' read articles
    started = time.perf_counter()
    tasks = [_FoldTask(k, np.flatnonzero(fold_all != k), np.flatnonzero(fold_all == k)) for k in range(s.folds)]
    for task in tasks:  # before any fitting: a fold short of examples fails at once
        _check_positives(y_all[task.train][weights[task.train] > 0], labels, s.min_positives,
                         where=f"fold {task.k + 1}")
    shared = _FoldData(docs=list(docs), y=y_all, weights=weights, verified=verified, targets=targets,
                       labels=labels, families=tuple(families), settings=s, seed=seed)
    for task, parts in _run_folds(shared, tasks, jobs):
        for fam in families:
            oof[fam][task.test] = parts[fam]
        main[task.test], vote[task.test] = parts["primary"], parts["vote"]
        if progress is not None:
            progress(f"fold {task.k + 1}/{s.folds} done ({time.perf_counter() - started:.0f}s)")
    for fam in families:
        oof[fam] = mix_scores(oof[fam], main, s.primary_weight, vote, s.neighbour_weight)
    gold = [[lab for lab in corpus[i].labels if lab in labels] for i in ver]
    gold_primary = [corpus[i].primary or NONE for i in ver]
    out: dict[str, dict[str, Any]] = {}
    for fam in families:
        predicted: list[list[str]] = [[] for _ in ver]
        primaries = [NONE] * len(ver)
        for k in range(s.folds):
            others = fold_all != k
            th = choose_thresholds(oof[fam][others], y_all[others], weights=weights[others],
                                    tolerance=s.threshold_tolerance)
            for p, i in enumerate(ver):
                if fold_all[i] == k:
                    predicted[p], primaries[p] = _primary_of(labels, oof[fam][i], th)
        out[fam] = {
            "family": fam,
            "labels": labels,
            "metrics": score(gold, predicted, gold_primary, primaries, labels=labels),
            "thresholds": choose_thresholds(oof[fam], y_all, weights=weights, tolerance=s.threshold_tolerance),
            "oof": oof[fam],
            "verified_ids": [corpus[i].id for i in ver],
            "predictions": list(zip(predicted, primaries, strict=True)),
            "folds": fold_all.tolist(),
            "seconds": round(time.perf_counter() - started, 1),
        }
    return out


def _check_positives(y: np.ndarray, labels: Sequence[str], minimum: int, *, where: str) -> None:
    counts = y.sum(axis=0)
    short = [f"{lab} ({int(c)})" for lab, c in zip(labels, counts, strict=True) if c < minimum]
    if short:
        raise InputError(
            f"{where}: too few labelled examples to train on for: {', '.join(short)}; label more articles "
            f"with these topics (at least {minimum} each) or leave the labels out"
        )


def rules_baseline(corpus: Sequence[LabelledLike], *, labels: Sequence[str]) -> dict[str, Any]:
    """Scores of the keyword rules alone (``dvtext.topics.labeling.weak_labels``) on the verified articles."""
    from dvtext.topics.labeling import weak_labels

    ver = [a for a in corpus if a.verified]
    predicted, primaries = [], []
    for art in ver:
        labs, prim = _as_labels(weak_labels(art.title or "", art.text))
        labs = [lab for lab in labs if lab in labels]
        predicted.append(labs)
        primaries.append(prim if prim in labs else (labs[0] if labs else NONE))
    return score([[lab for lab in a.labels if lab in labels] for a in ver], predicted,
                 [a.primary or NONE for a in ver], primaries, labels=labels)


def _as_labels(result: Any) -> tuple[list[str], str]:
    """Read what the labelling functions return: labels, (labels, primary) or an object with both."""
    if hasattr(result, "labels"):
        labs = list(result.labels)
        return labs, getattr(result, "primary", labs[0] if labs else NONE) or NONE
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], str):
        labs = list(result[0])
        return labs, result[1] or NONE
    if isinstance(result, Mapping):
        labs = sorted(result, key=lambda k: -float(result[k]))
        return labs, labs[0] if labs else NONE
    labs = [x if isinstance(x, str) else getattr(x, "label", str(x)) for x in result]
    return labs, labs[0] if labs else NONE


def training_data_hash(corpus: Sequence[LabelledLike]) -> dict[str, str]:
    """sha256 of the sorted ``(id, labels, primary, verified)`` list and of the texts, in id order."""
    rows = sorted((a.id, sorted(a.labels), a.primary or NONE, bool(a.verified)) for a in corpus)
    labels_hash = hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode("utf-8")).hexdigest()
    h = hashlib.sha256()
    for a in sorted(corpus, key=lambda a: a.id):
        h.update(((a.title or "") + "\n" + a.text + "\x00").encode("utf-8", "surrogatepass"))
    return {"labels_sha256": labels_hash, "texts_sha256": h.hexdigest()}


def train(
    corpus: Sequence[LabelledLike],
    *,
    seed: int = 0,
    family: str = "auto",
    settings: TopicSettings | None = None,
    labels: Sequence[str] | None = None,
    docs: Sequence[Document] | None = None,
    baseline: bool = True,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    cache: str | os.PathLike[str] | None = None,
) -> TopicModel:
    """Train a topic model from scratch: cross-validate, pick the family, fit on everything, fill the card.

    Args:
        corpus: labelled articles (``id``, ``title``, ``text``, ``labels``, ``primary``, ``verified``), as
            :func:`dvtext.topics.labeling.load_corpus` returns them.
        seed: seeds the fold split and the solvers; the same seed and data give the same model.
        family: ``"logreg"``, ``"svm"`` or ``"auto"`` (cross-validate both, keep the better macro-F1).
        settings: training defaults (:class:`TopicSettings`).
        labels: the label set (default: the taxonomy's labels).
        docs: pre-tokenised documents of ``corpus`` (from :func:`corpus_documents`), to save time.
        baseline: also score the keyword rules on the same verified articles, for the model card.
        progress: called with short progress messages.
        jobs: worker processes for tokenising the corpus (:func:`corpus_documents`) and for the
            cross-validation folds (:func:`cross_validate`); the model is the same.
        cache: a file of tokenised documents reused across runs (:func:`corpus_documents`); the model is
            the same.

    Returns:
        The trained :class:`TopicModel` (``model.card`` holds the cross-validated figures).

    Raises:
        InputError: too few verified articles, a label with too few examples, or an unknown family.

    Example:
        >>> from dvtext.topics.labeling import load_corpus                 # doctest: +SKIP
        >>> model = train(load_corpus(), seed=0)                            # doctest: +SKIP
        >>> model.save("models/topics")                                     # doctest: +SKIP
    """
    s = settings or TopicSettings()
    started = time.perf_counter()
    labels = list(labels or _default_labels(corpus))
    if not corpus:
        raise InputError("the training corpus is empty")
    ids = [a.id for a in corpus]
    if len(set(ids)) != len(ids):
        raise InputError("the training corpus has duplicate article ids; keep one record per article")
    families = list(FAMILIES) if family == "auto" else [family]
    for fam in families:
        if fam not in FAMILIES:
            raise InputError(f"unknown model family {fam!r}; choose one of {', '.join(FAMILIES)} or 'auto'")
    n_weak = sum(not a.verified for a in corpus)
    _weights(s, np.array([a.verified for a in corpus], dtype=bool))  # nothing weighs anything → InputError
    whole, (corpus, docs) = corpus, _weighed(corpus, docs, s)
    if docs is None:
        if progress is not None:
            progress(f"tokenising {len(corpus)} articles" + (f" in {jobs} processes" if jobs > 1 else "")
                     + (f" (those already in {cache} are reused)" if cache is not None else "")
                     + (f"; the {n_weak} weak ones weigh 0 and are left out" if len(corpus) < len(whole) else ""))
        docs = corpus_documents(corpus, jobs=jobs, cache=cache)
    y = _label_matrix(corpus, labels)
    verified = np.array([a.verified for a in corpus], dtype=bool)
    weights = _weights(s, verified)
    _check_positives(y[weights > 0], labels, s.min_positives, where="training corpus")
    results = cross_validate(corpus, families=families, seed=seed, settings=s, labels=labels, docs=docs,
                             progress=progress, jobs=jobs)
    best = max(families, key=lambda f: (results[f]["metrics"]["macro"]["f1"], results[f]["metrics"]["micro"]["f1"]))
    chosen = results[best]
    if progress is not None:
        progress(f"fitting the final {best} model on {len(corpus)} articles"
                 + (f" ({jobs} processes for its label classifiers)" if jobs > 1 else ""))
    with _one_thread():
        pipe, x = _fit_pipeline(best, s, seed, docs, y, weights, jobs=jobs)
        primary = _fit_primary(s, seed, x, _primary_targets(corpus, labels), verified)
        if primary is None and s.primary_weight > 0:
            raise InputError("the verified articles have a single primary label: the primary-topic model needs two")
        neighbours = _neighbours_of(s, pipe.named_steps["features"], x, y, verified)
    freeze_vocabularies(pipe.named_steps["features"])
    _compact_weights(pipe, primary)
    rules = None
    if baseline:
        try:
            rules = rules_baseline(corpus, labels=labels)
        except ImportError:
            log.warning("dvtext.topics.labeling is not available: no rules baseline in the model card")
    n_ver = int(verified.sum())
    card: dict[str, Any] = {
        "name": "dvtext topic classifier",
        "format": MODEL_FORMAT,
        "created": _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat(),
        "family": best,
        "seed": seed,
        "labels": labels,
        "thresholds": {},
        "training_data": {
            "articles": len(whole),
            "verified": n_ver,
            "weak": n_weak,
            "read_by_training": len(corpus),  # the weak articles are left out at weak_weight 0
            **training_data_hash(whole),
            "ids": sorted(ids),
        },
        "cross_validation": {
            "folds": s.folds,
            "on": "verified articles; test-fold articles never in training (verified or weak copies)",
            "scores": "per label, (1 - settings.primary_weight) x its classifier's probability + "
                      "settings.primary_weight x the primary-topic model's probability for it, mixed "
                      "(1 - settings.neighbour_weight) to settings.neighbour_weight with the vote of its "
                      "settings.neighbours most similar read training articles",
            "thresholds": "per label, on out-of-fold scores of the other folds: the median of the thresholds "
                          "whose weighted F1 is within settings.threshold_tolerance of the best (verified "
                          "weight 1, weak weight settings.weak_weight)",
            "primary": "the highest-scoring assigned label, none when no label is assigned",
            "selected_by": "macro F1" if len(families) > 1 else "fixed family",
            "model": chosen["metrics"],
            "families": {f: {k: results[f]["metrics"][k] for k in ("micro", "macro", "primary_accuracy")}
                         for f in families},
            "rules_baseline": rules,
        },
        "primary_model": None if primary is None else {
            "estimator": "multinomial LogisticRegression over the same features, balanced class weights",
            "trained_on": f"the {n_ver} verified articles' primary labels (none included)",
            "classes": [str(c) for c in primary.classes_],
        },
        "neighbours": None if neighbours is None else {
            "articles": int(neighbours["y"].shape[0]),
            "blocks": list(NEIGHBOUR_BLOCKS),
            "vote": f"labels of the {s.neighbours} most similar read articles (cosine), weighted by similarity²",
        },
        "settings": settings_dict(s),
        "rules_sha256": rules_sha256() if s.features.rule_features else None,
        "versions": versions(),
        "training_seconds": round(time.perf_counter() - started, 1),
    }
    return TopicModel(pipe, labels, chosen["thresholds"], card, s, primary=primary, neighbours=neighbours)


def evaluate(model: TopicModel, corpus: Sequence[LabelledLike], *, verified_only: bool = True,
             docs: Sequence[Document] | None = None, jobs: int = 1,
             cache: str | os.PathLike[str] | None = None,
             progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Score a trained model on labelled articles (P/R/F1/support per label, micro, macro, primary accuracy).

    Articles whose ids the model was trained on are counted in ``"seen_in_training"``: figures on them
    are not held-out figures.

    Args:
        docs: the articles' documents, one per article of ``corpus`` in its order (e.g. from
            :func:`corpus_documents`); tokenised here when not given.
        jobs, cache: tokenising in that many processes, reusing a document cache
            (:func:`corpus_documents`); the figures are the same with or without them.
        progress: called with short progress messages.

    Raises:
        InputError: no article to score, ``docs`` not one per article; when tokenising, ``jobs`` below 1 or
            ``cache`` a directory (:func:`corpus_documents`).
    """
    if docs is not None and len(docs) != len(corpus):
        raise InputError(f"docs must hold one document per article: {len(docs)} documents, {len(corpus)} articles")
    keep = [i for i, a in enumerate(corpus) if a.verified or not verified_only]
    arts = [corpus[i] for i in keep]
    if not arts:
        raise InputError("no labelled articles to evaluate on" + (" (none verified)" if verified_only else ""))
    if docs is None:
        if progress is not None:
            progress(f"tokenising {len(arts)} articles" + (f" in {jobs} processes" if jobs > 1 else "")
                     + (f" (those already in {cache} are reused)" if cache is not None else ""))
        docs = corpus_documents(arts, jobs=jobs, cache=cache)
    else:
        docs = [docs[i] for i in keep]
    if progress is not None:
        progress(f"classifying {len(arts)} articles")
    results = model.classify_documents(docs)
    labels = list(model.labels)
    metrics = score([[lab for lab in a.labels if lab in labels] for a in arts],
                    [[lab for lab, _ in r[0]] for r in results],
                    [a.primary or NONE for a in arts], [r[1] for r in results], labels=labels)
    seen = set(model.card.get("training_data", {}).get("ids", ()))
    metrics["seen_in_training"] = sum(1 for a in arts if a.id in seen)
    return metrics

