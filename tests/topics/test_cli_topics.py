"""The topic commands end to end: `dvtext train` on a small labelled JSONL, then `evaluate` and `classify` with
the model it wrote; bad arguments give a clear message and exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvtext.cli import main
from dvtext.topics import training as T
from dvtext.topics.evaluation import NONE
from dvtext.topics.taxonomy import labels as taxonomy_labels


@pytest.fixture(scope="module")
def small_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~130 read VNTC articles of the shipped corpus (texts ship with it), at least 8 per label, as a JSONL
    with texts: what a user's own labelled corpus looks like."""
    try:
        corpus = T.read_corpus(shared="/nonexistent", verified_only=True)  # VNTC only: no ../shared needed
    except Exception as exc:  # pragma: no cover - corpus absent
        pytest.skip(f"labelled corpus unavailable: {exc}")
    need = {lab: 8 for lab in taxonomy_labels()}
    picked, nones = [], 0
    for a in corpus:
        if any(need.get(lab, 0) > 0 for lab in a.labels) or (not a.labels and nones < 15):
            picked.append(a)
            nones += not a.labels
            for lab in a.labels:
                need[lab] = need.get(lab, 0) - 1
    if any(v > 0 for v in need.values()):  # pragma: no cover - corpus changed
        pytest.skip(f"too few read VNTC articles for: {[k for k, v in need.items() if v > 0]}")
    path = tmp_path_factory.mktemp("topics") / "small.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for a in picked:
            f.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "labels": list(a.labels),
                                "primary": a.primary or NONE, "verified": True}, ensure_ascii=False) + "\n")
    return path


@pytest.mark.slow
def test_train_evaluate_classify(small_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m" / "topics"
    cache = tmp_path / "docs.jsonl"
    assert main(["train", str(small_jsonl), "-o", str(out), "--folds", "3", "--family", "logreg", "--jobs", "2",
                 "--cache", str(cache)]) == 0
    text = capsys.readouterr().out
    assert "cross-validated on" in text and "family logreg" in text
    assert out.with_suffix(".skops").exists() and out.with_suffix(".card.json").exists()
    card = json.loads(out.with_suffix(".card.json").read_text(encoding="utf-8"))
    assert len(cache.read_text(encoding="utf-8").splitlines()) == 1 + card["training_data"]["articles"]
    assert card["settings"]["weak_weight"] == 0.0 and card["training_data"]["weak"] == 0

    assert main(["evaluate", str(out), str(small_jsonl), "--jobs", "1"]) == 0
    text = capsys.readouterr().out
    assert "micro" in text and "in the model's training data" in text  # not held-out figures, said so
    # two processes and a document cache (train's own): the same figures; a second run tokenises nothing new
    eval_cache = tmp_path / "eval-docs.jsonl"
    for _ in range(2):
        assert main(["evaluate", str(out), str(small_jsonl), "--jobs", "2", "--cache", str(eval_cache)]) == 0
        again = capsys.readouterr()
        assert again.out == text and "tokenising" in again.err
    assert len(eval_cache.read_text(encoding="utf-8").splitlines()) == 1 + card["training_data"]["articles"]
    assert main(["evaluate", str(out), str(small_jsonl), "--cache", str(cache)]) == 0
    assert capsys.readouterr().out == text

    article = tmp_path / "a.txt"
    article.write_text("Đối thoại với nhân dân về thủ tục hành chính\n\nUBND huyện tổ chức hội nghị đối thoại "
                       "với nhân dân, giải quyết hồ sơ thủ tục hành chính đúng hạn tại bộ phận Một cửa.",
                       encoding="utf-8")
    assert main(["classify", str(article), "--model", str(out)]) == 0
    assert "primary:" in capsys.readouterr().out


def test_train_refuses_zero_jobs(small_jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", str(small_jsonl), "-o", str(tmp_path / "m"), "--jobs", "0"]) == 2
    assert "jobs must be 1 or more processes" in capsys.readouterr().err


def test_evaluate_refuses_zero_jobs_and_a_directory_as_cache(small_jsonl: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    for flags, said in ((["--jobs", "0"], "jobs must be 1 or more processes"),
                        (["--cache", str(tmp_path)], "the document cache is a file")):
        assert main(["evaluate", "default", str(small_jsonl), *flags]) == 2
        err = capsys.readouterr().err
        assert said in err and "tokenising" not in err  # refused before any work


def test_evaluate_needs_one_document_per_article(small_jsonl: Path) -> None:
    from dvtext.errors import InputError
    from dvtext.topics.model import default_model

    corpus = T.read_corpus(small_jsonl)
    with pytest.raises(InputError, match="one document per article"):
        T.evaluate(default_model(), corpus, docs=[("", "", "")])


def test_train_refuses_a_directory_as_cache(small_jsonl: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["train", str(small_jsonl), "-o", str(tmp_path / "m"), "--cache", str(tmp_path)]) == 2
    assert "the document cache is a file" in capsys.readouterr().err
