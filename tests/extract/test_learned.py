"""The entity CRF over the grammar's output (dvtext.extract.learned): the shipped model, its card, its use."""

from __future__ import annotations

import hashlib
import shutil
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path

import pytest

from dvtext.errors import ModelError
from dvtext.extract import learned
from dvtext.extract.entities import extract_entities
from dvtext.extract.entity_grammar import Scanner
from dvtext.text.normalize import normalize
from dvtext.text.sentences import split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "que-phong.txt"
TEXTS = [
    "Ông Nguyễn Văn A, Chủ tịch UBND huyện Quế Phong, cho biết theo Chỉ thị số 09/CT-UBND ngày 08/4/2019.",
    "Các lực lượng chức năng tại Hà Khẩu đồng ý cho xe tải qua cửa khẩu Kim Thành.",
    "Sáng 5/6, Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tại TP Vinh.",
    "",
    "không có tên riêng nào ở đây cả",
]


def _model_path():
    return resources.files("dvtext.data").joinpath("models", learned.MODEL)


def test_card_matches_the_shipped_model() -> None:
    card = learned.model_card()
    data = _model_path().read_bytes()
    assert card["sha256"] == hashlib.sha256(data).hexdigest()
    assert card["bytes"] == len(data)
    assert "test" not in card["training_data"]["sets"]  # the held-back split is never trained on
    assert card["training_data"]["fresh_labels"]  # the fresh sets carry the grammar's labels of their day
    folds = card["cross_validation"]["folds"]
    assert card["cross_validation"]["pooled"]["crf"]["f1"] > card["cross_validation"]["pooled"]["rules"]["f1"]
    assert set(folds) >= {"test", "dev13", "dev14"}


def test_a_tampered_model_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "entities.crf"
    shutil.copy(_model_path(), copy)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="does not match its card"):
        learned.load_tagger(copy, learned.model_card())


def test_a_missing_model_and_another_major_version_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        learned.load_tagger(tmp_path / "nothing.crf", learned.model_card())
    copy = tmp_path / "entities.crf"
    shutil.copy(_model_path(), copy)
    card = {**learned.model_card(), "versions": {"underthesea_core": "1.0.0"}}
    with pytest.raises(ModelError, match="retrain"):
        learned.load_tagger(copy, card)


def test_the_card_names_the_word_classes_it_was_trained_with(tmp_path: Path) -> None:
    """The features read data/word_clusters.tsv: the card holds its sha256, and a model trained with other
    classes is refused (its features would mean something else)."""
    data = resources.files("dvtext.data").joinpath(learned.CLUSTERS).read_bytes()
    assert learned.model_card()["feature_data"] == {learned.CLUSTERS: hashlib.sha256(data).hexdigest()}
    copy = tmp_path / "entities.crf"
    shutil.copy(_model_path(), copy)
    card = {**learned.model_card(), "feature_data": {learned.CLUSTERS: "0" * 64}}
    with pytest.raises(ModelError, match="another word_clusters.tsv"):
        learned.load_tagger(copy, card)


def test_word_classes_as_features() -> None:
    wc = learned.word_clusters()
    assert len(wc) > 10_000 and all(len(v) == 3 for v in list(wc.values())[:100])
    sc = Scanner("Ông Nguyễn Văn Xyzzyq về huyện Quế Phong.")
    feats = learned.features(sc, [])
    words = [t.text for t in sc.toks]
    huyen, unknown = feats[words.index("huyện")], feats[words.index("Xyzzyq")]
    assert [f for f in huyen if f.startswith("k0=")] == ["k0=" + wc["huyện"][0]]
    assert not [f for f in unknown if f[:2] in ("k0", "k2")]  # a word never seen in the corpus has no class
    assert "k1-1=" + wc["Văn"][1] in unknown  # its neighbours' classes still speak for it
    # a rare capitalised form falls back to its lower-case word's classes
    upper = learned.features(Scanner("VỀ"), [])[0] if "VỀ" not in wc else None
    assert upper is None or "k0=" + wc["về"][0] in upper


@pytest.mark.parametrize("text", TEXTS)
def test_bio_and_spans_round_trip(text: str) -> None:
    sc = Scanner(text)
    spans = [(e.start, e.end, e.label) for e in extract_entities(text, sentences=[], learned=False)]
    assert learned.spans_from_tags(sc, learned.bio(sc, spans)) == spans
    feats = learned.features(sc, spans)
    assert len(feats) == len(sc.toks) and all(f for f in feats)


def test_documents_stay_the_grammars() -> None:
    rules = [(0, 10, "DOC"), (20, 30, "ORG")]
    crf = [(0, 5, "ORG"), (6, 12, "DOC"), (20, 30, "ORG"), (40, 45, "LOC")]
    assert learned.merge(rules, crf) == [(0, 10, "DOC"), (20, 30, "ORG"), (40, 45, "LOC")]


def test_grammar_entities_the_crf_replaced_by_nothing_are_kept() -> None:
    """The CRF may reshape, relabel or add spans; where it keeps nothing of a grammar span, the span stays."""
    rules = [(0, 8, "LOC"), (20, 30, "ORG"), (40, 50, "PER")]
    crf = [(20, 26, "ORG"), (40, 50, "LOC"), (60, 65, "ORG")]
    assert learned.merge(rules, crf) == [(0, 8, "LOC"), (20, 26, "ORG"), (40, 50, "LOC"), (60, 65, "ORG")]
    text = "Dự án hợp tác với đối tác Nhật Bản hỗ trợ xe."  # the CRF alone drops the country
    assert [(e.text, e.label) for e in extract_entities(text, sentences=[])] == [("Nhật Bản", "LOC")]


def test_the_crf_changes_spans_not_the_grammars_attributes() -> None:
    text = normalize(SAMPLE.read_text(encoding="utf-8")).text
    sents = split_sentences(text)
    grammar = {(e.start, e.end, e.label): e for e in extract_entities(text, sentences=sents, learned=False)}
    both = extract_entities(text, sentences=sents)
    assert both, "the sample article has entities"
    kept = [e for e in both if (e.start, e.end, e.label) in grammar]
    assert len(kept) >= 0.9 * len(both)
    for e in kept:
        g = grammar[(e.start, e.end, e.label)]
        assert (e.canonical, e.level, e.role, e.type) == (g.canonical, g.level, g.role, g.type)


def test_entities_the_crf_adds_get_plain_attributes() -> None:
    # what the grammar cannot name is filled plainly: canonical = the words, no level
    text = "Đoàn công tác của Moskovski Metrostroy làm việc với thành phố."
    for e in extract_entities(text, sentences=[]):
        assert e.canonical and e.text in text


def test_same_results_from_many_threads() -> None:
    texts = [t for t in TEXTS if t] * 4
    one = [[(e.start, e.end, e.label) for e in extract_entities(t, sentences=[])] for t in texts]
    with ThreadPoolExecutor(4) as pool:
        many = list(pool.map(lambda t: [(e.start, e.end, e.label) for e in extract_entities(t, sentences=[])], texts))
    assert many == one


def test_training_is_deterministic(tmp_path: Path) -> None:
    import underthesea_core

    sc = Scanner(TEXTS[0] + " " + TEXTS[2])
    rules = [(e.start, e.end, e.label) for e in extract_entities(sc.text, sentences=[], learned=False)]
    rows = learned.training_rows(sc, rules, rules) * 3

    def train(path: Path) -> list[list[str]]:
        t = underthesea_core.CRFTrainer()
        t.set_l1_penalty(0.05)
        t.set_l2_penalty(0.01)
        t.set_max_iterations(20)
        t.train([r[0] for r in rows], [r[1] for r in rows]).save(str(path))
        tagger = underthesea_core.CRFTagger()
        tagger.load(str(path))
        probe = [learned.features(Scanner(x), []) for x in TEXTS if x]
        return [tagger.tag(f) for f in [r[0] for r in rows] + probe]

    # the file's bytes follow a hash map's order; the model (what it tags) is the same
    assert train(tmp_path / "a.crf") == train(tmp_path / "b.crf")


def test_a_crf_span_never_runs_over_a_line_break() -> None:
    from dvtext.extract.entity_grammar import Scanner
    from dvtext.extract.learned import spans_from_tags

    text = "của quân đội Syria ở Quneitra\nQuân đội Syria đã quyết liệt"
    sc = Scanner(text)
    tags = ["O", "B-ORG"] + ["I-ORG"] * 7 + ["O"] * (len(sc.toks) - 9)  # one run of tags over both lines
    got = [text[a:b] for a, b, _ in spans_from_tags(sc, tags)]
    assert got == ["quân đội Syria ở Quneitra", "Quân đội Syria"]


def test_a_name_does_not_take_the_full_stop_after_it() -> None:
    text = ("Đoàn công tác đã đến thăm nhiều điểm du lịch nổi tiếng của tỉnh Ninh Bình trong hai ngày cuối tuần vừa "
            "qua, trong đó có khu du lịch Tràng An và chùa Bái Đính. VQG Cúc Phương.")
    got = [e.text for e in extract_entities(text, sentences=split_sentences(text))]
    assert "VQG Cúc Phương" in got and "VQG Cúc Phương." not in got


def test_punctuation_ends_no_span_but_an_initial_keeps_its_dot() -> None:
    """The annotation guidelines keep the dot of an initial ("Nguyễn Thị H.", "Th."); a span of punctuation
    alone is dropped."""
    text = "Ông Nguyễn Thị H. gặp Wenger. Rồi ."
    sc = Scanner(text)
    words = [t.text for t in sc.toks]
    tags = ["O"] * len(words)
    for i, w in enumerate(words):
        if w in ("Nguyễn Thị", "Nguyễn"):
            tags[i] = "B-PER"
        elif w in ("H", "Thị") or (w == "." and words[i - 1] == "H"):
            tags[i] = "I-PER"
        elif w == "Wenger":
            tags[i] = "B-PER"
            tags[i + 1] = "I-PER"
    tags[-1] = "B-LOC"
    got = [text[a:b] for a, b, _ in learned.spans_from_tags(sc, tags)]
    assert got == ["Nguyễn Thị H.", "Wenger"]
