"""dvtext as a spaCy pipeline: lossless tokenizer, entities/statistics/dates/topics as spaCy annotation,
serialisation without pickle, multiprocessing, displaCy and Example-based scoring against our gold."""

from __future__ import annotations

import importlib.util
import json
import sys
import unicodedata
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from spacy import displacy  # noqa: E402
from spacy.scorer import Scorer  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

import dvtext.spacy as dvspacy  # noqa: E402
from conftest import ROOT, SAMPLE, SHARED  # noqa: E402
from dvtext import InputError, analyze, normalize  # noqa: E402
from dvtext.io.readers import read_path  # noqa: E402
from dvtext.spacy.components import _taxonomy_labels  # noqa: E402
from dvtext.spacy.extensions import record_fields  # noqa: E402

# --------------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="session")
def nlp():
    return dvspacy.load(topics=False)


@pytest.fixture(scope="session")
def body() -> str:
    (article,) = list(read_path(SAMPLE))
    return article.text


@pytest.fixture(scope="session")
def sample_doc(nlp, body: str) -> Doc:
    return nlp(body)


@pytest.fixture(scope="session")
def body_analysis(body: str):
    return analyze(body, topics=False)


def _import_bench_gold():
    spec = importlib.util.spec_from_file_location("bench_gold", ROOT / "bench" / "gold.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_gold"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def gold() -> list:
    """The gold articles (the sample, plus baomoi when ../shared is there), loaded once."""
    return _import_bench_gold().load_gold(SHARED)


def _doc_view(doc: Doc) -> dict:
    """Everything the pipeline puts on a Doc, as plain data (to compare two Docs)."""
    return {
        "text": doc.text,
        "words": [(t.text, t.whitespace_, t.norm_, t.is_sent_start) for t in doc],
        "ents": [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents],
        "spans": {
            k: [(s.start_char, s.end_char, s.label_, s._.value, s._.unit, s._.canonical) for s in g]
            for k, g in doc.spans.items()
        },
        "cats": dict(doc.cats),
    }


# --------------------------------------------------------------------------------------------------
# tokenizer: lossless on any input

NAUGHTY = [
    "",
    " ",
    "   ",
    "\n",
    "\n\n\n",
    "\t",
    "\u200b",
    "\ufeff\u200bHà Nội",
    " \n leading",
    "trailing \t\n",
    "Hoà  Bình\u200b, thuỷ lợi\r\n\r\n\r\nxong ",
    unicodedata.normalize("NFD", "Tỷ  lệ hộ nghèo\u200b còn 26,5%.\r\nHuyện có 13 xã."),
    "hoa\u0300 bi\u0300nh",
    "e\u0301\u0301",
    "\u0301abc",
    "x\x00y\x07z",
    "a\u00a0b",
    "a \u00a0 b",
    "a\u2028b\u2029c\x85d",
    "a\r\nb\rc",
    "ＵＢＮＤ huyện",
    "UBND\u00adhuyện",
    "Chỉ thị số 09/CT-UBND ngày 08/4/2019 của UBND tỉnh",
    "http://baomoi.com/a?b=1&c=2 và dv@nghean.gov.vn",
    "71.940 khẩu, 90,44% là đồng bào DTTS; 1,5 tỷ đồng",
    ",./;'[]\\-=",
    '<>?:"{}|_+',
    '!@#$%^&*()`~"',
    "\u00ad\u0600\u0601\u0602\u0603\u0604\u0605\u061c\u06dd\u070f\u180e\u200b\u200c\u200d\u200e\u200f\u202a",
    "\ufffe",
    "Ω≈ç√∫˜µ≤≥÷",
    "⁰⁴⁵₀₁₂",
    "田中さんにあげて下さい",
    "사회과학원 어학연구소",
    "ด้้้้้็็็็็้้้้้็็็็็้้้้้้้้็็็็็้้้้้็็็็็",
    " ̄  ̄",
    "Powerلُلُصّبُلُلصّبُررً ॣ ॣh ॣ ॣ冗",
    "🏳0🌈️",
    "👨‍👩‍👧‍👦 gia đình",
    "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐",
    "../../../../etc/passwd%00",
    "Huyện có 13 xã." * 50,
]


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_strings_keep_text(nlp, text: str) -> None:
    doc = nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_keeps_text(nlp, text: str) -> None:
    assert nlp(text).text == text


def test_lone_surrogate_is_input_error(nlp) -> None:
    # spaCy's own tokenizers fail with UnicodeEncodeError here; we say what to do
    with pytest.raises(InputError, match="surrogate"):
        nlp("a\ud800b")


def test_words_are_multi_syllable_and_normalised(nlp) -> None:
    doc = nlp("UBND huyện Quế Phong có 13 xã; thuỷ lợi, hoà giải.")
    words = [t.text for t in doc]
    assert "Quế Phong" in words
    assert "thuỷ lợi" in words  # the original writing stays in the Doc...
    assert doc[words.index("thuỷ lợi")].norm_ == "thủy lợi"  # ...the normalised word is the norm
    assert doc[0]._.abbreviation_expansion == "Ủy ban nhân dân"
    assert doc[1]._.abbreviation_expansion is None
    assert doc[0].norm_ == "ubnd"  # spaCy's norm is lower-case
    nfd = nlp(unicodedata.normalize("NFD", "HĐND xã"))
    assert nfd[0]._.abbreviation_expansion == "Hội đồng nhân dân"


def test_sentences_match_analysis(sample_doc: Doc, body_analysis) -> None:
    assert sample_doc.has_annotation("SENT_START")
    got = [s.text.strip() for s in sample_doc.sents]
    want = [body_analysis.text[s.start : s.end] for s in body_analysis.sentences]
    assert len(got) == len(want)
    for g, w in zip(got, want, strict=True):
        assert normalize(g).text == " ".join(w.split())


def test_sample_words_cover_analysis_tokens(sample_doc: Doc, body_analysis) -> None:
    a = body_analysis
    starts = {t.idx for t in sample_doc}
    ends = {t.idx + len(t.text) for t in sample_doc}
    for tok in a.tokens:
        o0, o1 = a.to_original(tok.start, tok.end)
        assert o0 in starts and o1 in ends, tok


# --------------------------------------------------------------------------------------------------
# components: the same entities, statistics, dates as dvtext.analyze


def _fields(record, names):
    return {n: getattr(record, n) for n in names}


def test_entities_match_analyze(sample_doc: Doc, body_analysis) -> None:
    a = body_analysis
    spans = list(sample_doc.spans["entities"])
    assert len(spans) == len(a.entities)
    names = record_fields(type(a.entities[0])) if a.entities else []
    for span, e in zip(spans, a.entities, strict=True):
        assert (span.start_char, span.end_char) == a.to_original(e.start, e.end)
        assert span.label_ == e.label
        assert span.kb_id_ == (e.canonical or "")
        assert {n: span._.get(n) for n in names} == _fields(e, names)
    assert list(sample_doc.ents) == filter_spans(spans)
    assert {e.label_ for e in sample_doc.ents} <= {"PER", "ORG", "LOC", "DOC"}


def test_statistics_match_analyze(sample_doc: Doc, body_analysis) -> None:
    a = body_analysis
    spans = list(sample_doc.spans["statistics"])
    assert len(spans) == len(a.statistics)
    for span, s in zip(spans, a.statistics, strict=True):
        assert (span.start_char, span.end_char) == a.to_original(s.start, s.end)
        assert span.label_ == s.kind
        for name in record_fields(type(s)):
            assert span._.get(name) == getattr(s, name), name


def test_dates_match_analyze(sample_doc: Doc, body_analysis) -> None:
    a = body_analysis
    spans = list(sample_doc.spans["dates"])
    assert [(s.start_char, s.end_char, s.label_, s._.value) for s in spans] == [
        (*a.to_original(d.start, d.end), d.kind, d.value) for d in a.dates
    ]


def test_analysis_is_kept_on_the_doc(sample_doc: Doc, body_analysis) -> None:
    a = sample_doc._.dvtext_analysis
    assert a == body_analysis
    assert a.tokens == body_analysis.tokens
    assert sample_doc._.primary_topic == "none"


def test_spans_map_back_through_normalisation(nlp) -> None:
    raw = unicodedata.normalize("NFD", "Năm 2019, tỷ  lệ hộ nghèo\u200b của huyện còn 26,5%; có 13 xã.")
    doc = nlp(raw)
    a = doc._.dvtext_analysis
    assert doc.text == raw
    for span, s in zip(doc.spans["statistics"], a.statistics, strict=True):
        assert unicodedata.normalize("NFC", span.text).replace("\u200b", "").split() == s.text.split()


def test_tokens_only_tokenizer_still_feeds_components(body: str, body_analysis) -> None:
    nlp2 = dvspacy.load(topics=False, analyze=False)
    doc = nlp2(body)
    assert doc.text == body
    assert len(doc.spans["statistics"]) == len(body_analysis.statistics)
    assert len(doc.spans["entities"]) == len(body_analysis.entities)


def test_components_work_on_another_tokenizers_doc(body: str, body_analysis) -> None:
    other = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    for name in ("dvtext_entities", "dvtext_statistics"):
        other.add_pipe(name)
    doc = other(body)
    assert len(doc.spans["statistics"]) == len(body_analysis.statistics)
    for span, s in zip(doc.spans["statistics"], body_analysis.statistics, strict=True):
        o0, o1 = body_analysis.to_original(s.start, s.end)
        assert span.start_char <= o0 and o1 <= span.end_char  # widened to whole tokens


def test_blank_with_config_builds_the_pipeline(body: str, sample_doc: Doc) -> None:
    nlp2 = spacy.blank("vi", config=dvspacy.config(topics=False))
    assert nlp2.pipe_names == ["dvtext_entities", "dvtext_statistics", "dvtext_dates"]
    assert _doc_view(nlp2(body)) == _doc_view(sample_doc)
    nlp3 = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": dvspacy.TOKENIZER}}})
    nlp3.add_pipe("dvtext_statistics")
    doc3 = nlp3(body)
    assert [s.text for s in doc3.spans["statistics"]] == [s.text for s in sample_doc.spans["statistics"]]


def test_topics_component_sets_cats(body: str) -> None:
    model = pytest.importorskip(
        "dvtext.topics.model", reason="the topic model has not landed in this checkout"
    )
    try:
        model.default_model()
    except Exception as exc:  # ModelError: no trained model shipped in this checkout
        pytest.skip(f"no shipped topic model: {exc}")
    nlp2 = dvspacy.load()
    doc = nlp2(body)
    a = analyze(body)
    assert doc._.primary_topic == a.primary_topic
    for t in a.topics:
        assert doc.cats[t.label] == pytest.approx(t.score)
    labels = _taxonomy_labels()
    assert set(labels) <= set(doc.cats)
    assert all(0.0 <= v <= 1.0 for v in doc.cats.values())
    # every label carries the model's probability, assigned or not
    assert doc.cats == pytest.approx(dict(a.topic_probabilities))
    assert sum(v > 0 for v in doc.cats.values()) == len(labels)
    gold_cats = {label: float(label == a.primary_topic) for label in labels}
    scores = nlp2.get_pipe("dvtext_topics").score([dvspacy.gold_example(doc, cats=gold_cats)])
    if a.primary_topic != "none":
        assert scores["cats_f_per_type"][a.primary_topic]["r"] == 1.0  # the primary label is assigned


# --------------------------------------------------------------------------------------------------
# serialisation: no pickle, round-trips


def test_to_disk_from_disk_round_trip(tmp_path: Path, nlp, body: str, sample_doc: Doc) -> None:
    path = tmp_path / "dvtext_vi"
    nlp.to_disk(path)
    for name in ("tokenizer", *nlp.pipe_names):
        settings_file = path / name / "settings.json"
        assert isinstance(json.loads(settings_file.read_text(encoding="utf-8")), dict)
    for f in path.rglob("*"):
        if f.is_file():
            data = f.read_bytes()
            # a pickle (protocol 2-5) starts with PROTO: 0x80 then the protocol number
            assert not (len(data) > 1 and data[0] == 0x80 and 2 <= data[1] <= 5), f"{f} is a pickle"
            if f.suffix in (".json", ".cfg") or f.name in ("key2row", "lookups.bin"):
                continue
            assert data[:6] == b"\x93NUMPY", f"unexpected file {f}"  # vectors: numpy .npy
    cfg = (path / "config.cfg").read_text(encoding="utf-8")
    assert dvspacy.TOKENIZER in cfg and "dvtext_entities" in cfg
    loaded = spacy.load(path)
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.tokenizer.to_bytes() == nlp.tokenizer.to_bytes()
    assert _doc_view(loaded(body)) == _doc_view(sample_doc)
    again = dvspacy.load(topics=False).from_disk(path)
    assert _doc_view(again(body)) == _doc_view(sample_doc)


def test_settings_survive_the_round_trip(tmp_path: Path) -> None:
    nlp2 = spacy.blank("vi", config=dvspacy.config(topics=False, dates=False, analyze=False))
    nlp2.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.tokenizer.analyze is False
    assert loaded.pipe_names == ["dvtext_entities", "dvtext_statistics"]
    nlp3 = spacy.blank("vi", config=dvspacy.config(topics=False, dates=False)).from_bytes(nlp2.to_bytes())
    assert nlp3.tokenizer.analyze is False


def test_doc_bytes_and_docbin_keep_the_analysis(nlp, sample_doc: Doc) -> None:
    doc2 = Doc(nlp.vocab).from_bytes(sample_doc.to_bytes())
    a, b = sample_doc._.dvtext_analysis, doc2._.dvtext_analysis
    assert b == a and b.tokens == a.tokens and b.offsets == a.offsets and b.original_text == a.original_text
    assert _doc_view(doc2) == _doc_view(sample_doc)
    db = DocBin(store_user_data=True, docs=[sample_doc])
    (doc3,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert doc3._.dvtext_analysis == a
    assert [s._.value for s in doc3.spans["statistics"]] == [s.value for s in a.statistics]


@pytest.mark.parametrize(
    "text", ["", "  ", unicodedata.normalize("NFD", "  Hoà\u200b  bình\r\n\r\n\r\n thuỷ ")]
)
def test_analysis_bytes_round_trip_on_odd_text(nlp, text: str) -> None:
    doc = nlp(text)
    a, b = doc._.dvtext_analysis, Doc(nlp.vocab).from_bytes(doc.to_bytes())._.dvtext_analysis
    assert b == a and b.tokens == a.tokens and b.offsets == a.offsets and b.original_text == text


# --------------------------------------------------------------------------------------------------
# nlp.pipe with processes


@pytest.mark.slow
def test_pipe_n_process_2_same_as_one(nlp, body: str) -> None:
    paras = [p for p in body.split("\n") if p.strip()][:8]
    texts = [*paras, "", "hoa\u0300 bi\u0300nh\u200b  thuỷ lợi", body]
    one = [_doc_view(d) for d in nlp.pipe(texts)]
    two_docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [_doc_view(d) for d in two_docs] == one
    assert two_docs[-1]._.dvtext_analysis == analyze(body, topics=False)


# --------------------------------------------------------------------------------------------------
# displaCy


def test_displacy_renders_entities_and_statistics(sample_doc: Doc) -> None:
    html = displacy.render(sample_doc, style="ent", jupyter=False)
    assert html.startswith("<div")
    for ent in sample_doc.ents:
        assert ent.label_ in html
    spans_html = displacy.render(sample_doc, style="span", options={"spans_key": "statistics"}, jupyter=False)
    assert spans_html.startswith("<div")
    for span in sample_doc.spans["statistics"]:
        assert span.label_ in spans_html


def test_displacy_has_colours_for_doc_and_statistic_kinds(nlp) -> None:
    doc = nlp("Thực hiện Chỉ thị 09/CT-UBND, huyện có 13 xã.")
    doc.ents = [doc.char_span(10, 28, label="DOC")]
    doc.spans["statistics"] = [doc.char_span(39, 44, label="count")]
    assert dvspacy.displacy_colors()["DOC"] in displacy.render(doc, style="ent")
    html = displacy.render(doc, style="span", options={"spans_key": "statistics"})
    assert dvspacy.displacy_colors()["count"] in html


# --------------------------------------------------------------------------------------------------
# Example-based scoring with our gold


def test_gold_example_scores_the_sample(nlp, gold) -> None:
    sample = next(g for g in gold if g.id == "que-phong")
    doc = nlp(sample.text)
    eg = dvspacy.gold_example(doc, entities=sample.entities, statistics=sample.statistics)
    assert eg.reference.text == doc.text
    assert len(eg.reference.spans["statistics"]) == len(sample.statistics)
    assert len(eg.reference.ents) == len(sample.entities)
    scores = nlp.evaluate([eg])
    for key in ("ents_p", "ents_r", "ents_f", "spans_statistics_p", "spans_statistics_f"):
        assert key in scores and 0.0 <= scores[key] <= 1.0
    assert set(scores["ents_per_type"]) <= {"PER", "ORG", "LOC", "DOC"}
    gold_labels = {e["label"] for e in sample.entities}
    assert gold_labels <= set(scores["ents_per_type"])
    assert {s["kind"] for s in sample.statistics} <= set(scores["spans_statistics_per_type"])
    # the same figures from spaCy's Scorer directly
    direct = Scorer.score_spans([eg], "ents")
    assert direct["ents_f"] == pytest.approx(scores["ents_f"])


def test_gold_example_counts_every_prediction(nlp) -> None:
    # spaCy's Scorer drops predicted spans that do not line up with reference tokens (neither hit nor
    # false positive); gold_example cuts the reference at every predicted and gold edge so none is lost
    doc = nlp("Huyện có 13 xã và 01 thị trấn.")
    doc.spans["statistics"] = [doc.char_span(9, 14, label="count")]  # "13 xã"
    eg = dvspacy.gold_example(doc, statistics=[{"start": 9, "end": 11, "kind": "count"}])  # "13"
    assert [x.text for x in eg.reference.spans["statistics"]] == ["13"]
    s = Scorer.score_spans(
        [eg],
        "spans_statistics",
        getter=lambda d, attr: d.spans.get("statistics", []),
        has_annotation=lambda d: "statistics" in d.spans,
        allow_overlap=True,
    )
    assert (s["spans_statistics_p"], s["spans_statistics_r"]) == (0.0, 0.0)
    eg2 = dvspacy.gold_example(doc, statistics=[{"start": 9, "end": 14, "kind": "count"}])
    s2 = dvspacy.SpanGroupComponent("s", records="statistics", spans_key="statistics").score([eg2])
    assert s2["spans_statistics_f"] == 1.0


def test_gold_example_rejects_spans_outside_the_text(nlp) -> None:
    doc = nlp("Huyện có 13 xã.")
    with pytest.raises(ValueError, match="does not fit"):
        dvspacy.gold_example(doc, statistics=[{"start": 9, "end": 99, "kind": "count"}])


@pytest.mark.slow
@pytest.mark.shared
def test_gold_examples_on_baomoi(nlp, gold) -> None:
    from conftest import shared_path

    shared_path("corpora", "baomoi-2017.jsonl.gz")
    arts = [g for g in gold if g.corpus == "baomoi-2017"]
    assert arts
    examples = [dvspacy.gold_example(nlp(g.text), entities=g.entities, statistics=g.statistics) for g in arts]
    ents = nlp.get_pipe("dvtext_entities").score(examples)
    stats = nlp.get_pipe("dvtext_statistics").score(examples)
    assert set(ents["ents_per_type"]) == {"PER", "ORG", "LOC", "DOC"}
    assert {"count", "percent", "money"} <= set(stats["spans_statistics_per_type"])
    assert 0.0 < ents["ents_f"] <= 1.0 and 0.0 < stats["spans_statistics_f"] <= 1.0
