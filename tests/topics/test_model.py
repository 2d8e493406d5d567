"""The topic model: the shipped model's behaviour, its files, safe loading, training determinism."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import dvtext
from conftest import SAMPLE
from dvtext.errors import InputError, ModelError
from dvtext.topics import model as M
from dvtext.topics import training as T
from dvtext.topics.evaluation import NONE
from dvtext.topics.taxonomy import labels as taxonomy_labels
from dvtext.types import Analysis, TopicScore


@pytest.fixture(scope="session")
def topic_model() -> M.TopicModel:
    return M.load_model()


@pytest.fixture(scope="session")
def sample_prediction(topic_model: M.TopicModel, sample_analysis: Analysis) -> tuple[list[TopicScore], str]:
    return topic_model.predict(sample_analysis)


# --------------------------------------------------------------------------- known articles
def test_sample_article_is_cchc_with_doi_thoai(sample_prediction) -> None:
    scores, primary = sample_prediction
    assert primary == "cchc"
    assert "doi_thoai" in [s.label for s in scores]


def test_scores_sorted_above_thresholds(topic_model: M.TopicModel, sample_prediction) -> None:
    scores, primary = sample_prediction
    assert [s.score for s in scores] == sorted((s.score for s in scores), reverse=True)
    assert scores[0].label == primary
    for s in scores:
        assert s.score >= topic_model.thresholds[topic_model.labels.index(s.label)]


def test_explanations_terms_and_sentences(sample_prediction, sample_analysis: Analysis) -> None:
    scores, _ = sample_prediction
    by_label = {s.label: s for s in scores}
    cchc = by_label["cchc"]
    assert cchc.terms, "every assigned label names the terms that pushed it"
    assert any("hành chính" in t or "thủ tục" in t for t in cchc.terms)
    assert cchc.sentences, "a label carried by the article is carried by some of its sentences"
    assert all(0 <= i < len(sample_analysis.sentences) for i in cchc.sentences)
    said = " ".join(sample_analysis.sentence_text(i) for i in cchc.sentences).lower()
    assert "hành chính" in said or "một cửa" in said
    doi = by_label["doi_thoai"]
    said = " ".join(sample_analysis.sentence_text(i) for i in doi.sentences).lower()
    assert "đối thoại" in said


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        ("Tiếp xúc cử tri trước kỳ họp HĐND tỉnh",
         "Đại biểu HĐND tỉnh tiếp xúc cử tri tại xã. Cử tri kiến nghị về đường giao thông, nước sạch; "
         "đại biểu lắng nghe ý kiến, kiến nghị của cử tri và trả lời tại hội nghị tiếp xúc cử tri.",
         "doi_thoai"),
        ("Hỗ trợ hộ nghèo thoát nghèo bền vững",
         "Năm 2019, huyện giảm 5,99% hộ nghèo. Ngân hàng Chính sách xã hội cho hộ nghèo, hộ cận nghèo "
         "vay vốn; Quỹ Vì người nghèo hỗ trợ xây 120 nhà đại đoàn kết cho hộ nghèo.",
         "giam_ngheo"),
    ],
)
def test_clear_articles_get_their_label(topic_model: M.TopicModel, title: str, text: str, label: str) -> None:
    scores, primary = topic_model.predict(text, title=title)
    assert label in [s.label for s in scores]
    assert primary == label


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "nghèo", "UBND", "2019", "!!!"])
def test_empty_or_one_word_text_gets_no_label(topic_model: M.TopicModel, text: str) -> None:
    assert topic_model.predict(text) == ([], NONE)
    assert topic_model.predict(text, title="") == ([], NONE)


def test_public_classify(topic_model: M.TopicModel) -> None:
    scores, primary = dvtext.classify(SAMPLE.read_text(encoding="utf-8"))
    assert primary in topic_model.labels
    assert "classify" in dvtext.__all__
    assert dvtext.classify("") == ([], NONE)


def test_analyze_fills_topics(sample_text: str) -> None:
    from dvtext.io.readers import read_path

    (article,) = list(read_path(SAMPLE))
    a = dvtext.analyze(article)
    assert a.primary_topic == "cchc"
    rec = a.to_dict()
    assert rec["topics"][0]["label"] == "cchc" and rec["primary_topic"] == "cchc"
    assert not [e for e in a.errors if e.startswith("topics")]


def test_batch_prediction_matches_single(topic_model: M.TopicModel) -> None:
    texts = ["Hộ nghèo được hỗ trợ vay vốn.", "Công an xã tuần tra bảo đảm an ninh trật tự.", ""]
    docs = [M.article_document(None, t) for t in texts]
    batch = topic_model.classify_documents(docs)
    for t, (assigned, primary) in zip(texts, batch, strict=True):
        scores, p = topic_model.predict(t, explain=False)
        assert p == primary
        assert [(s.label, round(s.score, 9)) for s in scores] == [(lab, round(v, 9)) for lab, v in assigned]


def test_many_documents_are_scored_in_blocks_with_the_same_scores(topic_model: M.TopicModel,
                                                                   topic_corpus_docs: list[tuple[str, str, str]],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """More documents than NeighbourVote.ROWS are scored a block at a time (memory bounded): the same scores."""
    docs = topic_corpus_docs[:7]
    whole = topic_model.predict_proba(docs)
    monkeypatch.setattr(M.NeighbourVote, "ROWS", 3)
    np.testing.assert_allclose(topic_model.predict_proba(docs), whole, rtol=0, atol=1e-12)


# --------------------------------------------------------------------------- files and cards
def test_card_matches_model(topic_model: M.TopicModel) -> None:
    card = json.loads(M._paths(M.default_model_path())[1].read_text(encoding="utf-8"))
    assert card["labels"] == list(topic_model.labels) == list(taxonomy_labels())
    assert list(card["thresholds"]) == card["labels"]
    np.testing.assert_allclose([card["thresholds"][lab] for lab in card["labels"]], topic_model.thresholds)
    assert len(topic_model.pipeline.named_steps["classify"].estimators_) == len(card["labels"])
    data = M.default_model_path().read_bytes()
    assert card["file"]["sha256"] == hashlib.sha256(data).hexdigest()
    for key in ("training_data", "cross_validation", "versions", "created", "seed", "family"):
        assert key in card
    for pkg in ("scikit-learn", "skops", "numpy", "underthesea", "dvtext"):
        assert pkg in card["versions"]
    cv = card["cross_validation"]["model"]
    assert set(cv["per_label"]) == set(card["labels"])
    for key in ("micro", "macro", "primary_accuracy"):
        assert key in cv
    assert card["cross_validation"]["rules_baseline"] is not None


def test_shipped_model_holds_only_trusted_types() -> None:
    import skops.io as sio

    assert set(sio.get_untrusted_types(file=M.default_model_path())) <= set(M.TRUSTED_TYPES)


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    src_model, src_card = M._paths(M.default_model_path())
    shutil.copy(src_model, tmp_path / "topics.skops")
    shutil.copy(src_card, tmp_path / "topics.card.json")
    return tmp_path / "topics"


def test_round_trip(topic_model: M.TopicModel, tmp_path: Path) -> None:
    model_path, card_path = topic_model.save(tmp_path / "again")
    assert model_path.name == "again.skops" and card_path.name == "again.card.json"
    assert not list(tmp_path.glob("*.part"))
    again = M.load_model(tmp_path / "again")
    assert again.labels == topic_model.labels
    np.testing.assert_array_equal(again.thresholds, topic_model.thresholds)
    docs = [M.article_document(None, SAMPLE.read_text(encoding="utf-8")), ("", "hộ_nghèo thoát_nghèo")]
    np.testing.assert_array_equal(again.predict_proba(docs), topic_model.predict_proba(docs))
    assert again.card["file"] == json.loads(card_path.read_text(encoding="utf-8"))["file"]
    assert M.load_model(model_path).labels == topic_model.labels  # with the suffix too


def test_tampered_file_is_refused(model_copy: Path) -> None:
    path = model_copy.with_suffix(".skops")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its model card"):
        M.load_model(model_copy)


def test_wrong_sklearn_version_is_refused(model_copy: Path) -> None:
    card_path = model_copy.with_suffix(".card.json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["versions"]["scikit-learn"] = "0.24.2"
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match=r"scikit-learn 0\.24\.2 .*retrain"):
        M.load_model(model_copy)


def test_untrusted_type_is_refused(model_copy: Path) -> None:
    import skops.io as sio
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import FunctionTransformer

    evil = Pipeline([("features", FunctionTransformer(np.log1p)), ("classify", FunctionTransformer(shutil.rmtree))])
    data = sio.dumps(evil)
    assert sio.get_untrusted_types(data=data)
    path = model_copy.with_suffix(".skops")
    path.write_bytes(data)
    card_path = model_copy.with_suffix(".card.json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["file"]["sha256"] = hashlib.sha256(data).hexdigest()  # even with a matching card
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="does not trust"):
        M.load_model(model_copy)


def test_missing_model_or_card(tmp_path: Path, model_copy: Path) -> None:
    with pytest.raises(ModelError, match="no topic model"):
        M.load_model(tmp_path / "nothing")
    model_copy.with_suffix(".card.json").unlink()
    with pytest.raises(ModelError, match="card"):
        M.load_model(model_copy)


def test_card_label_mismatch_is_refused(model_copy: Path) -> None:
    card_path = model_copy.with_suffix(".card.json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["labels"] = card["labels"][:-1]
    card["thresholds"].pop(list(card["thresholds"])[-1])
    card_path.write_text(json.dumps(card), encoding="utf-8")
    with pytest.raises(ModelError, match="labels"):
        M.load_model(model_copy)


def test_broken_model_becomes_an_analysis_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(M, "_DEFAULT", None)
    monkeypatch.setattr(M, "default_model_path", lambda: tmp_path / "topics.skops")
    a = dvtext.analyze("Hộ nghèo giảm mạnh.")
    assert a.topics == () and a.primary_topic == NONE
    assert any(e.startswith("topics: ModelError") for e in a.errors)
    assert a.sentences  # the rest of the record stands


# --------------------------------------------------------------------------- training
def _small_corpus() -> list:
    """150 articles of the labelled corpus (its shipped VNTC part), all treated as verified."""
    from dataclasses import replace

    try:
        corpus = T.read_corpus(shared="/nonexistent")  # VNTC texts only: no ../shared needed
    except Exception as exc:  # pragma: no cover - corpus absent
        pytest.skip(f"labelled corpus unavailable: {exc}")
    return [replace(a, verified=True) for a in corpus[:150]]


def _labels_with_examples(corpus: list, minimum: int = 6) -> list[str]:
    """The taxonomy's labels that at least ``minimum`` articles of ``corpus`` carry."""
    counts: dict[str, int] = {}
    for a in corpus:
        for lab in a.labels:
            counts[lab] = counts.get(lab, 0) + 1
    return [lab for lab in taxonomy_labels() if counts.get(lab, 0) >= minimum]


@pytest.mark.slow
def test_training_is_deterministic_with_a_seed() -> None:
    corpus = _small_corpus()
    labels = _labels_with_examples(corpus)
    assert len(labels) >= 3
    docs = T.corpus_documents(corpus)
    settings = M.TopicSettings(folds=3)
    models = [T.train(corpus, seed=7, family="logreg", settings=settings, labels=labels, docs=docs,
                      baseline=False) for _ in range(2)]
    a, b = models
    np.testing.assert_array_equal(a.thresholds, b.thresholds)
    np.testing.assert_array_equal(M._coefficients(a.pipeline), M._coefficients(b.pipeline))
    assert a.primary is not None and a.card["primary_model"]["classes"] == [str(c) for c in a.primary.classes_]
    assert set(a.card["primary_model"]["classes"]) <= {*labels, NONE}
    np.testing.assert_array_equal(a.primary.coef_, b.primary.coef_)
    assert a.neighbours is not None and a.card["neighbours"]["articles"] == len(corpus)  # all treated as read
    assert (abs(a.neighbours["x_sparse"] - b.neighbours["x_sparse"]) > 0).nnz == 0
    assert a.card["cross_validation"]["model"] == b.card["cross_validation"]["model"]
    assert a.card["training_data"] == b.card["training_data"]
    proba = a.predict_proba(docs[:10])
    np.testing.assert_array_equal(proba, b.predict_proba(docs[:10]))
    assert proba.shape == (10, len(labels))


@pytest.mark.slow
def test_weak_labels_at_weight_zero_move_no_classifier() -> None:
    """At the default weak weight 0 the weak articles are left out of training: whatever their labels say,
    the label classifiers and the primary-topic model come out the same, and the card still describes the
    whole corpus."""
    from dataclasses import replace

    corpus = _small_corpus()
    read, weak = corpus[:100], [replace(a, verified=False) for a in corpus[100:]]
    labels = _labels_with_examples(read)
    wrong = [replace(a, labels=(labels[0],), primary=labels[0]) for a in weak]  # every weak label rewritten
    settings = M.TopicSettings(folds=3)
    assert settings.weak_weight == 0.0
    docs = T.corpus_documents(read + weak)
    a, b = (T.train(read + w, seed=7, family="logreg", settings=settings, labels=labels, docs=docs,
                    baseline=False) for w in (weak, wrong))
    np.testing.assert_array_equal(M._coefficients(a.pipeline), M._coefficients(b.pipeline))
    np.testing.assert_array_equal(a.primary.coef_, b.primary.coef_)
    assert a.card["training_data"]["weak"] == 50 and a.card["training_data"]["articles"] == 150
    assert a.card["training_data"]["read_by_training"] == 100
    assert a.card["training_data"]["labels_sha256"] != b.card["training_data"]["labels_sha256"]  # labels differ


@pytest.mark.slow
def test_weak_articles_at_weight_zero_are_not_tokenised(tmp_path: Path) -> None:
    """Training tokenises only the articles it reads: the document cache holds the verified ones alone."""
    from dataclasses import replace

    corpus = _small_corpus()
    read, weak = corpus[:100], [replace(a, verified=False) for a in corpus[100:]]
    cache = tmp_path / "docs.jsonl"
    T.train(read + weak, seed=0, family="logreg", settings=M.TopicSettings(folds=3),
            labels=_labels_with_examples(read), baseline=False, cache=cache)
    assert len(cache.read_text(encoding="utf-8").splitlines()) == 1 + len(read)  # a header line + one per article


def test_weak_articles_alone_at_weight_zero_are_refused() -> None:
    from dataclasses import replace

    weak = [replace(a, verified=False) for a in _small_corpus()[:30]]
    with pytest.raises(InputError, match="weak_weight is 0"):
        T.train(weak, seed=0, family="logreg", settings=M.TopicSettings(folds=3), baseline=False)


@pytest.mark.slow
def test_tokenising_in_two_processes_gives_the_same_documents() -> None:
    corpus = _small_corpus()[:T._CHUNK + 50]  # two chunks
    assert T.corpus_documents(corpus, jobs=2) == T.corpus_documents(corpus)
    with pytest.raises(InputError, match="jobs must be 1 or more"):
        T.corpus_documents(corpus, jobs=0)


@pytest.mark.slow
def test_cross_validation_in_two_processes_gives_the_same_figures() -> None:
    corpus = _small_corpus()
    labels = _labels_with_examples(corpus)
    docs = T.corpus_documents(corpus)
    settings = M.TopicSettings(folds=3)
    one, two = (T.cross_validate(corpus, families=["logreg"], seed=3, settings=settings, labels=labels,
                                 docs=docs, jobs=jobs)["logreg"] for jobs in (1, 2))
    # the same fits; a worker's BLAS may sum in another order (differences ~1e-16 seen)
    np.testing.assert_allclose(one["oof"], two["oof"], rtol=0, atol=1e-12)
    np.testing.assert_array_equal(one["thresholds"], two["thresholds"])
    assert one["metrics"] == two["metrics"]


def test_fold_workers_use_one_thread_per_library() -> None:
    """Cross-validation's worker processes keep every BLAS and OpenMP library they load for a fold to one thread
    (two workers on two cores: a second thread each only competes with the other worker)."""
    from threadpoolctl import threadpool_info

    data = T._FoldData(docs=[], y=np.zeros((0, 1)), weights=np.zeros(0), verified=np.zeros(0, dtype=bool),
                       targets=np.zeros(0, dtype=object), labels=["cchc"], families=("logreg",),
                       settings=M.TopicSettings(), seed=0)
    with T._spawn_pool(1, initializer=T._init_fold_worker, initargs=(data,)) as pool:
        libraries = pool.submit(threadpool_info).result()
    assert libraries and {lib["internal_api"] for lib in libraries} >= {"openblas"}
    assert all(lib["num_threads"] == 1 for lib in libraries), libraries


def test_cards_saved_before_the_lead_setting_read_no_lead() -> None:
    """A card without ``lead_words`` was trained without the lead in the title block: it must load with 0."""
    assert M._settings_from({"features": {"title_weight": 1.0}}).features.lead_words == 0
    assert M._settings_from({"features": {"title_weight": 1.0}}).features.lsa_components == 0  # saved before LSA
    assert M._settings_from({}).features.lead_words == M.TopicSettings().features.lead_words
    shipped = M.load_model()
    assert shipped.settings.features.lead_words == shipped.card["settings"]["features"]["lead_words"]


@pytest.mark.parametrize("family", ["logreg", "svm"])
def test_one_product_probabilities_equal_scikit_learns(family: str) -> None:
    """The fast path (one product for every label) gives predict_proba's numbers for both families."""
    from scipy import sparse

    rng = np.random.default_rng(3)
    x = sparse.random(120, 40, density=0.2, format="csr", random_state=4, dtype=np.float32)
    y = (rng.random((120, 3)) < 0.3).astype(int)
    y[:6] = 1  # every label has positives
    clf = T._classifier(family, M.TopicSettings(), 0).fit(x, y)
    expected = np.column_stack([e.predict_proba(x)[:, 1] for e in clf.estimators_])
    assert M._linear_form(clf) is not None
    np.testing.assert_allclose(M.proba_from_classifier(clf, x), expected, atol=1e-6)


def test_shipped_model_fast_probabilities_match(topic_model: M.TopicModel) -> None:
    from dvtext.topics.features import documents_array

    docs = [M.article_document("Giảm nghèo bền vững", SAMPLE.read_text(encoding="utf-8")),
            M.article_document(None, "Đội tuyển bóng đá thắng 2-0 trong trận chung kết.")]
    x = topic_model.pipeline.named_steps["features"].transform(
        documents_array(docs, lead_words=topic_model.settings.features.lead_words))
    clf = topic_model.pipeline.named_steps["classify"]
    expected = np.column_stack([e.predict_proba(x)[:, 1] for e in clf.estimators_])
    np.testing.assert_allclose(M.proba_from_classifier(clf, x), expected, atol=1e-6)


def test_shipped_model_fast_features_equal_the_column_transformers(topic_model: M.TopicModel) -> None:
    """transform_features (tf-idf blocks computed from one split of each column) gives the ColumnTransformer's
    own matrix, value for value and in its dtype: for one article, a batch, and texts with no known word."""
    from dvtext.topics.features import documents_array

    columns = topic_model.pipeline.named_steps["features"]
    docs = [M.article_document("Giảm nghèo bền vững", SAMPLE.read_text(encoding="utf-8")),
            M.article_document(None, "Đội tuyển bóng đá thắng 2-0 trong trận chung kết."),
            M.article_document("", "zzqx qqzx"), M.article_document(None, ""),
            ("a_b __ _x_", "  _ a__b c_ _d xã_hội xã_hội_zzqx hộ_nghèo\tthoát_nghèo", "")]  # odd underscores
    arr = documents_array(docs, lead_words=topic_model.settings.features.lead_words)
    for rows in (arr[:1], arr, arr[-1:]):
        got, expected = M.transform_features(columns, rows), columns.transform(rows)
        assert got.shape == expected.shape and got.dtype == expected.dtype
        assert (abs(got - expected) > 0).nnz == 0


@pytest.fixture(scope="module")
def topic_corpus_docs() -> list[tuple[str, str, str]]:
    """The classifier documents of 150 articles of the labelled corpus (VNTC texts: no ../shared needed)."""
    return T.corpus_documents(_small_corpus())


def _fitted_blocks(columns: Any) -> list[tuple[str, Any]]:
    return [(name, trans.steps[0][1] if hasattr(trans, "steps") else trans) for name, trans, _ in columns.transformers_]


def test_fast_fit_equals_scikit_learns_fit(topic_corpus_docs: list[tuple[str, str, str]]) -> None:
    """fit_features gives fit_transform's fitted vectorisers (vocabularies, IDF, LSA components) and matrix,
    value for value, on real articles (pruning by min_df, max_df and max_features included: the limits are
    lowered so that each one cuts), and leaves scikit-learn's counting as it was."""
    from sklearn.feature_extraction.text import CountVectorizer

    from dvtext.topics.features import FeatureSettings, build_vectorizer, documents_array

    before = CountVectorizer.__dict__["_count_vocab"]
    for fs in (FeatureSettings(), FeatureSettings(max_features_words=300, max_features_syllables=500, max_df=0.3,
                                                  min_df=3, lsa_components=20)):
        arr = documents_array(topic_corpus_docs, lead_words=fs.lead_words)
        ours, theirs = (build_vectorizer(fs, n_documents=len(arr)) for _ in range(2))
        got, expected = M.fit_features(ours, arr), theirs.fit_transform(arr)
        assert got.shape == expected.shape and got.dtype == expected.dtype and type(got) is type(expected)
        assert (abs(got - expected) > 0).nnz == 0
        for (name, a), (_, b) in zip(_fitted_blocks(ours), _fitted_blocks(theirs), strict=True):
            assert a.vocabulary_ == b.vocabulary_, name
            if hasattr(b, "idf_"):
                np.testing.assert_array_equal(a.idf_, b.idf_)
        if fs.max_features_words == 300:
            assert len(_fitted_blocks(ours)[1][1].vocabulary_) == 300
    assert CountVectorizer.__dict__["_count_vocab"] is before


def test_fast_fit_leaves_other_vectorisers_to_scikit_learn() -> None:
    """A block fit_features does not reproduce (lower-casing, a callable analyser, a regex without a str
    split, non-text cells) is fitted by scikit-learn's own counting: the same result, and no error of its own."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = np.array([["Hộ nghèo vay vốn", "x_y z"], ["hộ NGHÈO thoát nghèo", "y z"], ["", "z"]], dtype=object)
    for vec in (TfidfVectorizer(lowercase=True, token_pattern=r"\S+"), TfidfVectorizer(token_pattern=r"\w+"),
                TfidfVectorizer(analyzer=str.split), TfidfVectorizer(lowercase=False, token_pattern=r"\S+"),
                TfidfVectorizer(lowercase=False, token_pattern=r"[^\s_]+", ngram_range=(2, 2))):
        a = ColumnTransformer([("a", vec, 0), ("b", TfidfVectorizer(lowercase=False, token_pattern=r"\S+"), 1)])
        b = ColumnTransformer([("a", vec, 0), ("b", TfidfVectorizer(lowercase=False, token_pattern=r"\S+"), 1)])
        got, expected = M.fit_features(a, docs), b.fit_transform(docs)
        assert type(got) is type(expected)
        assert np.array_equal(np.asarray(got.todense() if hasattr(got, 'todense') else got),
                              np.asarray(expected.todense() if hasattr(expected, 'todense') else expected))
    with pytest.raises(ValueError, match="empty vocabulary"):  # scikit-learn's own message for no term at all
        M.fit_features(ColumnTransformer([("a", TfidfVectorizer(lowercase=False, token_pattern=r"\S+"), 0)]),
                       np.array([[""], [" "]], dtype=object))


def test_word_count_for_the_minimum_stops_early_but_compares_the_same() -> None:
    """_n_words counts up to ``at_most``: below it the exact number of the title's and body's words."""
    for title, body in (("", ""), ("Một", ""), ("", "một  hai\tba"), ("a b", "c d"), ("a b c d e f", ""),
                        ("a", "b c d e f g h"), ("  ", "  x  ")):
        n = len(title.split()) + len(body.split())
        for at_most in (1, 3, 5, 6):
            assert M._n_words((title, body, ""), at_most=at_most) == min(n, at_most)


def test_fast_features_fall_back_for_a_vectorizer_they_do_not_reproduce() -> None:
    """A block with lower-casing (or any setting _tfidf_rows does not copy) goes through scikit-learn."""
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = np.array([["Hộ nghèo vay vốn", "x"], ["hộ NGHÈO thoát nghèo", "y"]], dtype=object)
    for lower in (True, False):
        ct = ColumnTransformer([("a", TfidfVectorizer(lowercase=lower, token_pattern=r"\S+"), 0)]).fit(docs)
        assert M._plain_tfidf(ct.transformers_[0][1]) is (not lower)
        got, expected = M.transform_features(ct, docs), ct.transform(docs)
        assert type(got) is type(expected) and np.array_equal(np.asarray(got), np.asarray(expected))


# --------------------------------------------------------------------------- the primary-topic model
@pytest.mark.parametrize("classes", [["cchc", "doi_thoai", NONE], ["cchc", "ton_giao"]])
def test_primary_model_probabilities_equal_scikit_learns(classes: list[str]) -> None:
    """The primary-topic model's fast softmax gives predict_proba's numbers on the label columns (0 for a
    label it never saw), for many classes and for the two-class case scikit-learn stores as one row."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(5)
    x = sparse.random(90, 30, density=0.3, format="csr", random_state=6)
    targets = rng.choice(classes, size=90)
    model = LogisticRegression(C=10.0, max_iter=2000).fit(x, targets)
    labels = ["cchc", "doi_thoai", "ton_giao"]
    got = M.primary_form(model, labels).proba(x)
    expected = model.predict_proba(x)
    for j, lab in enumerate(labels):
        want = expected[:, list(model.classes_).index(lab)] if lab in model.classes_ else np.zeros(len(targets))
        np.testing.assert_allclose(got[:, j], want, atol=1e-9)


def test_primary_model_must_know_only_the_cards_labels() -> None:
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    x = sparse.random(20, 5, density=0.5, format="csr", random_state=1)
    model = LogisticRegression().fit(x, ["cchc", "bong_da"] * 10)
    with pytest.raises(ModelError, match="bong_da"):
        M.primary_form(model, ["cchc", "doi_thoai"])
    with pytest.raises(ModelError, match="not a fitted"):
        M.primary_form(LogisticRegression(), ["cchc"])


def test_scores_mix_the_label_and_primary_models() -> None:
    binary = np.array([[0.8, 0.2]])
    main = np.array([[0.1, 0.7]])
    np.testing.assert_allclose(M.mix_scores(binary, main, 0.5), [[0.45, 0.45]])
    np.testing.assert_allclose(M.mix_scores(binary, main, 0.0), binary)
    assert M.mix_scores(binary, None, 0.5) is binary


def _rewrite(model_copy: Path, obj: object, edit_card) -> None:
    import skops.io as sio

    data = sio.dumps(obj)
    model_copy.with_suffix(".skops").write_bytes(data)
    card_path = model_copy.with_suffix(".card.json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    card["file"]["sha256"] = hashlib.sha256(data).hexdigest()
    edit_card(card)
    card_path.write_text(json.dumps(card), encoding="utf-8")


def test_a_format_1_file_still_loads(topic_model: M.TopicModel, model_copy: Path) -> None:
    """A model saved before the primary-topic model (the file is the pipeline, the card has no primary
    weight) loads and scores with its label classifiers alone."""
    def old_card(card: dict) -> None:
        card["format"] = 1
        for key in ("primary_weight", "primary_c", "neighbour_weight", "neighbours"):
            card["settings"].pop(key, None)

    _rewrite(model_copy, topic_model.pipeline, old_card)
    old = M.load_model(model_copy)
    assert old.primary is None and old.settings.primary_weight == 0
    assert old.neighbours is None and old.settings.neighbour_weight == 0
    docs = [M.article_document(None, SAMPLE.read_text(encoding="utf-8"))]
    x = M.transform_features(topic_model.pipeline.named_steps["features"],
                             M.documents_array(docs, lead_words=topic_model.settings.features.lead_words))
    np.testing.assert_allclose(old.predict_proba(docs), M._proba_from_features(topic_model.pipeline, x))


def test_a_card_weighing_a_missing_part_is_refused(topic_model: M.TopicModel, model_copy: Path) -> None:
    def weighs(primary: float, neighbours: float):
        def edit(card: dict) -> None:
            card["format"] = 2
            card["settings"].update(primary_weight=primary, neighbour_weight=neighbours)
        return edit

    bare = {"pipeline": topic_model.pipeline, "primary": None, "neighbours": None}
    _rewrite(model_copy, bare, weighs(0.5, 0.0))
    with pytest.raises(ModelError, match="primary-topic model"):
        M.load_model(model_copy)
    _rewrite(model_copy, bare, weighs(0.0, 0.3))
    with pytest.raises(ModelError, match="neighbour"):
        M.load_model(model_copy)
    _rewrite(model_copy, {**bare, "neighbours": {"x_sparse": None, "x_dense": np.zeros((2, 3)), "y": np.zeros((2, 2))}},
             weighs(0.0, 0.3))
    with pytest.raises(ModelError, match="neighbour vote's articles do not match"):
        M.load_model(model_copy)
    weighs_nothing = weighs(0.0, 0.0)
    _rewrite(model_copy, [topic_model.pipeline], weighs_nothing)
    with pytest.raises(ModelError, match="does not hold a dvtext topic model"):
        M.load_model(model_copy)


def test_neighbour_vote_is_the_similarity_weighted_labels_of_the_closest_read_articles() -> None:
    """The vote equals a brute-force cosine k-nearest-neighbour vote (weights similarity²) on the chosen
    blocks; a text sharing nothing with the read articles gets no vote."""
    from scipy import sparse
    from sklearn.compose import ColumnTransformer
    from sklearn.preprocessing import normalize

    rng = np.random.default_rng(2)
    dense = normalize(rng.random((40, 4)))
    words = sparse.random(40, 6, density=0.4, format="csr", random_state=3)
    other = sparse.random(40, 5, density=0.5, format="csr", random_state=4)
    x = sparse.hstack([words, other, sparse.csr_matrix(dense)], format="csr")  # title | words | lsa
    features = ColumnTransformer([])
    features.output_indices_ = {"title": slice(0, 6), "words": slice(6, 11), "lsa": slice(11, 15)}
    y = (rng.random((40, 3)) < 0.4).astype(int)
    read = np.arange(0, 40, 2)
    store = M.neighbour_store(features, x, y, read)
    vote = M.NeighbourVote.of(store, features, 3, k=4)
    queries = x[1::2]
    got = vote.vote(queries)
    keep = np.r_[0:6, 11:15]
    a = normalize(x[read][:, keep]).toarray()
    q = normalize(queries[:, keep]).toarray()
    for row, sims in zip(got, q @ a.T, strict=True):
        top = np.argsort(-sims)[:4]
        w = np.maximum(sims[top], 0) ** 2
        np.testing.assert_allclose(row, (w[:, None] * y[read][top]).sum(0) / w.sum(), atol=1e-6)
    np.testing.assert_array_equal(vote.vote(sparse.csr_matrix((1, 15))), np.zeros((1, 3)))
    # voted a few rows at a time (the memory bound), the same vote
    class ThreeRows(M.NeighbourVote):
        ROWS = 3

    blocked = ThreeRows(**{f: getattr(vote, f) for f in ("sparse_cols", "dense_cols", "xs_t", "xd_t", "y", "k")})
    np.testing.assert_allclose(blocked.vote(queries), got, rtol=0, atol=1e-12)


def test_fast_analysis_splits_as_the_vectorizers_do() -> None:
    """The str-method splits (and the pairs built on them) stand in for the blocks' token patterns exactly, odd
    whitespace included."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["hộ_nghèo  thoát_nghèo\tvay\u00a0vốn\u2003x", "_a__b_ c_", "", "  ", "một\nhai\x1cba\u200bbốn"]
    for pattern in (r"\S+", r"[^\s_]+"):
        for ngrams in ((1, 1), (2, 2)):
            vec = TfidfVectorizer(token_pattern=pattern, ngram_range=ngrams, lowercase=False).fit(["a b"])
            analyse = vec.build_analyzer()
            for text in texts:
                toks = M._split(vec, text)
                terms = M._pairs(toks) if ngrams == (2, 2) else toks
                assert terms == analyse(text), (pattern, ngrams, text)


@pytest.mark.slow
def test_a_model_with_primary_model_and_vote_round_trips(tmp_path: Path) -> None:
    """A freshly trained format-2 model (label classifiers, primary-topic model, neighbour vote) saves, holds
    only trusted types, loads with the same scores, and still gives an empty or one-word text no label."""
    import skops.io as sio

    corpus = _small_corpus()
    labels = _labels_with_examples(corpus)
    docs = T.corpus_documents(corpus)
    model = T.train(corpus, seed=3, family="svm", settings=M.TopicSettings(folds=3), labels=labels, docs=docs,
                    baseline=False)
    assert model.primary is not None and model.neighbours is not None
    model_path, _ = model.save(tmp_path / "fresh")
    assert set(sio.get_untrusted_types(file=model_path)) <= set(M.TRUSTED_TYPES)
    again = M.load_model(tmp_path / "fresh")
    assert again.card["format"] == M.MODEL_FORMAT == 2
    assert again.settings.primary_weight > 0 and again.settings.neighbour_weight > 0
    np.testing.assert_allclose(again.predict_proba(docs[:20]), model.predict_proba(docs[:20]), atol=1e-6)
    for text in ("", "Bóng", "   "):
        assert again.predict(text) == ([], NONE)
    scores, primary = again.predict(corpus[0].text, title=corpus[0].title)
    if scores:
        assert scores[0].label == primary
        assert all(s.score >= again.thresholds[again.labels.index(s.label)] for s in scores)


def test_numbered_pair_counts_equal_count_vectorizers() -> None:
    """_counts (pairs numbered, counted with sorted arrays) gives CountVectorizer's integers for word pairs:
    repeated pairs, pairs across the end of one document and the start of the next (not counted), tokens
    known only in other pairs, empty documents; and the one-string-per-pair path gives the same."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    rng = np.random.default_rng(5)
    syllables = ["hộ", "nghèo", "vay", "vốn", "thoát", "xã", "huyện", "dân", "vận", "zz"]
    fit = [" ".join(rng.choice(syllables[:8], size=int(rng.integers(2, 30)))) for _ in range(30)]
    docs = [" ".join(rng.choice(syllables, size=int(rng.integers(0, 40)))) for _ in range(60)] + ["", "hộ", "zz zz"]
    vec = TfidfVectorizer(token_pattern=r"[^\s_]+", ngram_range=(2, 2), lowercase=False, min_df=2).fit(fit)
    expected = CountVectorizer(token_pattern=r"[^\s_]+", ngram_range=(2, 2), lowercase=False,
                               vocabulary=vec.vocabulary_).transform(docs)
    tokens = [M._split(vec, doc) for doc in docs]
    got = M._counts(vec, tokens)
    assert got.dtype == vec.dtype and got.shape == expected.shape
    assert (abs(got - expected) > 0).nnz == 0
    assert got.sum() > 0 and (abs(M._count_terms(vec, [Counter(M._pairs(t)) for t in tokens]) - expected) > 0).nnz == 0
    assert M._counts(vec, []).shape == (0, len(vec.vocabulary_))


def test_document_cache_reuses_tokenised_articles_and_starts_afresh_for_another_tokeniser(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """corpus_documents(cache=FILE): the first run writes every document; the next run takes them from the
    file (shown by a document edited in the file coming back as edited); a damaged line costs only its
    article; a file written under another fingerprint, or not a cache at all, is started afresh."""
    corpus = _small_corpus()[:6]
    cache = tmp_path / "cache" / "docs.jsonl"
    docs = T.corpus_documents(corpus, cache=cache)
    assert docs == T.corpus_documents(corpus)
    lines = cache.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"format": "dvtext-documents", "fingerprint": T.document_fingerprint()}
    assert len(lines) == 1 + len({(a.title, a.text) for a in corpus})

    key, title, body, rules = json.loads(lines[1])
    lines[1] = json.dumps([key, title, "edited", rules], ensure_ascii=False)
    lines[2] = lines[2][: len(lines[2]) // 2]  # a line cut short, as by a crash
    cache.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="dvtext.topics.training"):
        again = T.corpus_documents(corpus, cache=cache)
    assert again[0] == (title, "edited", rules) and again[1:] == docs[1:]
    assert "1 damaged line(s) skipped" in caplog.text

    for head in ({"format": "dvtext-documents", "fingerprint": "0" * 64}, ["not", "a", "cache"]):
        cache.write_text(json.dumps(head) + "\n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
        assert T.corpus_documents(corpus, cache=cache) == docs  # nothing reused: the edited one is gone
        assert json.loads(cache.read_text(encoding="utf-8").splitlines()[0])["fingerprint"] == T.document_fingerprint()

    with pytest.raises(InputError, match="is a directory"):
        T.corpus_documents(corpus, cache=tmp_path)
