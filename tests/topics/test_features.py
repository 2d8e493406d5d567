"""Topic-model features: word lists, documents, sentence documents, the vectoriser and its saved form."""

from __future__ import annotations

import numpy as np
import pytest
import skops.io as sio

from dvtext.topics.features import (
    FeatureSettings,
    build_vectorizer,
    document_from_words,
    documents_array,
    freeze_vocabularies,
    readable_feature,
    rule_tokens,
    sentence_documents,
    tokenize_article,
    word_list,
)
from dvtext.types import Sentence, Token


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        ([Token("Hộ nghèo", 0, 8), Token("giảm", 9, 13)], ["hộ_nghèo", "giảm"]),
        ([Token("32,49%", 0, 6, "percent"), Token("71.940", 7, 13, "number")], []),
        ([Token(",", 0, 1, "punct"), Token("09/CT-UBND", 2, 12, "code")], []),
        ([Token("UBND", 0, 4), Token("2019", 5, 9)], ["ubnd"]),  # a bare number segmented as a word
        ([], []),
    ],
)
def test_word_list_keeps_lowercased_words_only(tokens: list[Token], expected: list[str]) -> None:
    assert word_list(tokens) == expected


def test_document_from_words_joins_with_spaces() -> None:
    assert document_from_words(["cải_cách", "hành_chính"], ["một", "cửa"]) == ("cải_cách hành_chính", "một cửa", "")
    assert document_from_words([], [], "w:cchc") == ("", "", "w:cchc")


def test_tokenize_article_on_sample(sample_text: str) -> None:
    title, _, body = sample_text.partition("\n")
    title_words, tokens = tokenize_article(body, title=title)
    assert "cải_cách" in title_words and "hành_chính" in title_words
    words = word_list(tokens)
    assert "đối_thoại" in words and "thủ_tục" in words


def test_tokenize_article_empty() -> None:
    assert tokenize_article("", title=None) == ([], [])
    assert tokenize_article("   \n ", title="  ") == ([], [])


def test_sentence_documents_bucket_tokens_by_sentence() -> None:
    text = "Hộ nghèo giảm. Đối thoại với dân."
    sentences = [Sentence(0, 14, 0), Sentence(15, 33, 1)]
    _, tokens = tokenize_article(text, sentences=sentences, normalized=True)
    docs = sentence_documents(tokens, sentences)
    assert len(docs) == 2
    assert docs[0][:2] in (("", "hộ nghèo giảm"), ("", "hộ_nghèo giảm"))
    assert "đối_thoại" in docs[1][1]
    assert sentence_documents([], sentences) == [("", "", ""), ("", "", "")]


DOCS = [
    ("giảm_nghèo", "hộ_nghèo thoát_nghèo hộ_nghèo an_sinh", "w:giam_ngheo p:giam_ngheo"),
    ("đối_thoại", "đối_thoại với nhân_dân tiếp_xúc cử_tri", "w:doi_thoai p:doi_thoai"),
    ("cải_cách hành_chính", "thủ_tục hành_chính một cửa dịch_vụ công", "w:cchc p:cchc"),
    ("giảm_nghèo bền_vững", "hộ_nghèo cận_nghèo thoát_nghèo", "w:giam_ngheo p:giam_ngheo"),
    ("tiếp_xúc cử_tri", "cử_tri kiến_nghị đối_thoại", "p:none"),
    ("thủ_tục hành_chính", "một cửa thủ_tục dịch_vụ công trực_tuyến", "p:none"),
]


def test_rule_tokens() -> None:
    toks = rule_tokens("Tiếp xúc cử tri trước kỳ họp", "Cử tri huyện kiến nghị về đường giao thông.").split()
    assert "w:doi_thoai" in toks and "p:doi_thoai" in toks
    assert any(t.startswith("r:doi_thoai") for t in toks)
    assert rule_tokens("", "") == ""
    assert rule_tokens(None, "Trời hôm nay đẹp.") == "p:none"


def test_vectorizer_blocks_and_names() -> None:
    vec = build_vectorizer(FeatureSettings(min_df=1, max_df=1.0), n_documents=len(DOCS))
    x = vec.fit_transform(documents_array(DOCS))
    assert x.shape[0] == len(DOCS)
    names = set(vec.get_feature_names_out())
    assert "title__giảm_nghèo" in names
    assert "words__hộ_nghèo" in names
    assert "syllables__hộ nghèo" in names  # syllable pairs cross the "_" of a word
    assert "syllables__thoát nghèo" in names
    assert "rules__w:giam_ngheo" in names


def test_frozen_vocabulary_gives_same_features_and_saves_small() -> None:
    vec = build_vectorizer(FeatureSettings(min_df=1, max_df=1.0), n_documents=len(DOCS))
    arr = documents_array(DOCS)
    before = vec.fit_transform(arr).toarray()
    freeze_vocabularies(vec)
    data = sio.dumps(vec)
    assert sio.get_untrusted_types(data=data) == []
    again = sio.loads(data, trusted=[])
    np.testing.assert_allclose(again.transform(arr).toarray(), before)
    assert list(again.get_feature_names_out()) == list(vec.get_feature_names_out())


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("words__hộ_nghèo", "hộ nghèo"),
        ("title__cải_cách", "cải cách"),
        ("syllables__thủ tục", "thủ tục"),
        ("words__dân_tộc_thiểu_số", "dân tộc thiểu số"),
    ],
)
def test_readable_feature(name: str, phrase: str) -> None:
    assert readable_feature(name) == phrase


@pytest.mark.parametrize(
    ("doc", "lead", "title"),
    [
        (("giảm_nghèo", "hộ nghèo giảm mạnh", ""), 2, "giảm_nghèo hộ nghèo"),
        (("giảm_nghèo", "hộ nghèo", ""), 60, "giảm_nghèo hộ nghèo"),
        (("", "hộ nghèo giảm", ""), 2, "hộ nghèo"),
        (("giảm_nghèo", "", ""), 60, "giảm_nghèo"),
        (("giảm_nghèo", "hộ nghèo", ""), 0, "giảm_nghèo"),
    ],
)
def test_documents_array_reads_the_lead_in_the_title_column(doc, lead, title) -> None:
    arr = documents_array([doc], lead_words=lead)
    assert arr[0, 0] == title and arr[0, 1] == doc[1]


@pytest.fixture(scope="module")
def vntc_documents() -> list[tuple[str, ...]]:
    """Documents of 120 shipped VNTC articles of the topic corpus (no ../shared needed)."""
    from dvtext.topics.labeling import load_corpus
    from dvtext.topics.model import article_document

    corpus = [a for a in load_corpus(shared="/nonexistent") if a.corpus == "vntc"][:120]
    if len(corpus) < 120:
        pytest.skip("the shipped VNTC texts of corpora/topics are missing")
    return [article_document(a.title, a.text, rules=False) for a in corpus]


def test_lsa_block_is_dense_unit_length_and_saves_with_trusted_types(vntc_documents: list[tuple[str, ...]]) -> None:
    from dvtext.topics.model import _explainable

    settings = FeatureSettings(lsa_components=10, rule_features=False)
    vec = build_vectorizer(settings, n_documents=len(vntc_documents))
    arr = documents_array(vntc_documents)
    x = vec.fit_transform(arr)
    names = list(vec.get_feature_names_out())
    lsa = [i for i, n in enumerate(names) if n.startswith("lsa__")]
    assert len(lsa) == 10
    block = x[:, lsa].toarray()
    np.testing.assert_allclose(np.linalg.norm(block, axis=1), 1.0, atol=1e-4)  # every body has words
    explainable = _explainable(vec, 0.2)
    assert len(explainable) == len(names) and not explainable[lsa].any()  # components are not terms
    freeze_vocabularies(vec)
    data = sio.dumps(vec)
    assert sio.get_untrusted_types(data=data) == []
    np.testing.assert_allclose(sio.loads(data, trusted=[]).transform(arr).toarray(), x.toarray(), atol=1e-5)


def test_lsa_components_shrink_with_a_small_corpus() -> None:
    names = build_vectorizer(FeatureSettings(), n_documents=100)
    lsa = dict((n, t) for n, t, _c in names.transformers)["lsa"]
    assert lsa.named_steps["svd"].n_components == 20  # a fifth of the documents
    assert "lsa" not in {n for n, _t, _c in build_vectorizer(FeatureSettings(), n_documents=5).transformers}
