"""Checks of the development gold set itself (corpora/gold): files, spans, values.

These tests judge the annotations, not an extractor: every span must be exactly its text, spans of a
layer must not overlap, and the value of a plainly written number must follow the Vietnamese number
rules of shared/docs/extraction.md ("71.940" = 71940, "32,49" = 32.49, scale words multiply).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, shared_path

GOLD_DIR = ROOT / "corpora" / "gold"


def _import_bench_gold():
    spec = importlib.util.spec_from_file_location("bench_gold", ROOT / "bench" / "gold.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_gold"] = mod
    spec.loader.exec_module(mod)
    return mod


gold_mod = _import_bench_gold()


def _jsonl(name: str) -> list[dict]:
    return [json.loads(x) for x in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="session")
def gold():
    """All gold articles whose text is available (only the sample when ../shared is absent)."""
    return gold_mod.load_gold(SHARED)


# --- the files --------------------------------------------------------------------------------------


def test_files_parse_and_ids_agree():
    arts = _jsonl("articles.jsonl")
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 16, "the gold set is the sample plus at least 15 baomoi articles"
    for a in arts:
        assert set(a) >= {"id", "corpus", "title", "chars", "sha1", "note"}
        assert a["corpus"] in ("sample", "baomoi-2017")
        assert re.fullmatch(r"[0-9a-f]{40}", a["sha1"])
    for name in ("statistics.jsonl", "entities.jsonl"):
        rows = _jsonl(name)
        assert [r["id"] for r in rows] == ids, f"{name} must have one line per article, in order"


def test_sample_article_is_annotated_and_matches():
    (art,) = [a for a in _jsonl("articles.jsonl") if a["corpus"] == "sample"]
    assert art["id"] == "que-phong"
    text = gold_mod._sample_text()
    assert hashlib.sha1(text.encode("utf-8")).hexdigest() == art["sha1"]
    assert len(text) == art["chars"]


def test_loader_checks_every_span(gold):
    assert gold, "at least the sample article loads"
    for art in gold:
        for layer in (art.statistics, art.entities):
            for s in layer:
                assert art.text[s["start"] : s["end"]] == s["text"], (art.id, s)


def test_baomoi_articles_load_when_shared_is_present(gold):
    shared_path("corpora", "baomoi-2017.jsonl.gz")
    n_baomoi = sum(a["corpus"] == "baomoi-2017" for a in _jsonl("articles.jsonl"))
    assert sum(a.corpus == "baomoi-2017" for a in gold) == n_baomoi
    assert sum(len(a.statistics) for a in gold) >= 300
    assert sum(len(a.entities) for a in gold) >= 500


# --- spans ------------------------------------------------------------------------------------------


def _overlaps(spans: list[dict]) -> list[tuple[str, str]]:
    spans = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return [(a["text"], b["text"]) for a, b in zip(spans, spans[1:], strict=False) if b["start"] < a["end"]]


def test_no_overlapping_spans_within_a_layer(gold):
    for art in gold:
        assert not _overlaps(art.statistics), art.id
        assert not _overlaps(art.entities), art.id  # no nesting across labels either (longest name wins)
        for label in gold_mod.LABELS:
            assert not _overlaps([e for e in art.entities if e["label"] == label]), (art.id, label)


def test_spans_are_trimmed_and_outside_boilerplate(gold):
    for art in gold:
        for s in art.statistics + art.entities:
            assert s["text"] == s["text"].strip() and "\n" not in s["text"], (art.id, s["text"])
            assert not art.in_boilerplate(s["start"], s["end"]), (art.id, s["text"])


def test_entity_spans_sit_on_word_boundaries(gold):
    for art in gold:
        for e in art.entities:
            before = art.text[e["start"] - 1] if e["start"] else " "
            after = art.text[e["end"]] if e["end"] < len(art.text) else " "
            assert not before.isalnum() and not after.isalnum(), (art.id, e["text"])


# --- values -----------------------------------------------------------------------------------------

WELL_FORMED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _vn_number(tok: str) -> float:
    return float(tok.replace(".", "").replace(",", "."))


def _expected_numbers(text: str, kind: str) -> list[float] | None:
    """The numbers of a statistic's text with their scale words, or None when a number is malformed."""
    toks = re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+|/", text)
    nums: list[list[float]] = []
    for i, t in enumerate(toks):
        if t == "/" and kind == "rate":
            break  # "50 triệu đồng/1 nhà": what follows the slash is the unit
        if t[0].isdigit():
            if not WELL_FORMED.fullmatch(t):
                return None
            nums.append([_vn_number(t), 1.0])
        elif t.lower() in WORDS and i == 0:
            nums.append([float(WORDS[t.lower()]), 1.0])
        elif t.lower() in SCALES and nums:
            nums[-1][1] *= SCALES[t.lower()]
    if kind == "range" and len(nums) == 2 and nums[0][1] == 1.0:
        nums[0][1] = nums[1][1]  # "86 đến 88 triệu đồng": the low end shares the scale
    return [n * s for n, s in nums]


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def test_values_follow_the_text(gold):
    checked = skipped = 0
    for art in gold:
        for s in art.statistics:
            nums = _expected_numbers(s["text"], s["kind"])
            assert nums != [], (art.id, s["text"], "a statistic must contain a number")
            if nums is None:  # a malformed number in the source (see GUIDELINES.md, hard cases)
                skipped += 1
                continue
            assert _close(s["value"], nums[0]), (art.id, s["text"], s["value"], nums[0])
            if s["kind"] == "range":
                assert _close(s["high"], nums[1]), (art.id, s["text"])
            if s["kind"] == "ratio":
                assert _close(s["denominator"], nums[1]), (art.id, s["text"])
            checked += 1
    assert checked > 10 * max(1, skipped)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("71.940 khẩu", "count", 71940.0),
        ("32,49%", "percent", 32.49),
        ("26 tỷ đồng", "money", 26e9),
        ("29,8 triệu đồng", "money", 29.8e6),
        ("01 thị trấn", "count", 1.0),
        ("hơn 3 vạn ý kiến", "count", 30000.0),
        ("gần 160 ngàn tỷ đồng", "money", 160e12),
        ("50 triệu đồng/1 nhà", "rate", 50e6),
    ],
)
def test_value_rule_examples(text, kind, value):
    assert _close(_expected_numbers(text, kind)[0], value)


def test_statistic_fields_are_consistent(gold):
    for art in gold:
        for s in art.statistics:
            if s["kind"] == "money":
                assert s["unit"] in ("VND", "USD")
            if s["kind"] == "rate":
                assert "/" in s["unit"], (art.id, s["text"])
            if s["qualifier"] == "more_than":
                assert re.match(r"(hơn|trên)\b", s["text"]), (art.id, s["text"])
            if s["qualifier"] == "approx" and not s["text"].startswith(("gần", "khoảng")):
                pytest.fail(f"{art.id}: approx without its qualifier word: {s['text']!r}")


# --- the loader -------------------------------------------------------------------------------------


def test_loader_rejects_a_span_that_does_not_match(tmp_path):
    for name in ("articles.jsonl", "statistics.jsonl", "entities.jsonl"):
        shutil.copy(GOLD_DIR / name, tmp_path / name)
    rows = _jsonl("statistics.jsonl")
    rows[0]["statistics"][0]["start"] += 1  # the sample article's first statistic, shifted by one
    (tmp_path / "statistics.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    with pytest.raises(gold_mod.GoldError, match="que-phong statistics"):
        gold_mod.load_gold(tmp_path / "no-shared", gold_dir=tmp_path)


def test_loader_skips_baomoi_without_shared(tmp_path, caplog):
    arts = gold_mod.load_gold(Path(tmp_path / "no-shared"))
    assert [a.id for a in arts] == ["que-phong"]
    assert "baomoi gold articles skipped" in caplog.text


# --- the held-back test split (corpora/gold/test) ---------------------------------------------------
# Integrity only: these tests judge the annotations. No extractor is scored here, on purpose: the split
# must not become a tuning target (report its figures with bench/eval_extract.py --split test).

TEST_DIR = GOLD_DIR / "test"


def _test_jsonl(name: str) -> list[dict]:
    return [json.loads(x) for x in (TEST_DIR / name).read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="session")
def test_split():
    """The test split's articles with their texts; skipped when ../shared is absent."""
    shared_path("corpora", "baomoi-2017.jsonl.gz")
    return gold_mod.load_gold(SHARED, split="test")


def test_test_split_files_parse_and_are_disjoint_from_dev():
    arts = _test_jsonl("articles.jsonl")
    ids = [a["id"] for a in arts]
    assert len(ids) == len(set(ids)) == 10
    for a in arts:
        assert set(a) >= {"id", "corpus", "title", "chars", "sha1", "note", "boilerplate"}
        assert a["corpus"] == "baomoi-2017"
        assert re.fullmatch(r"[0-9a-f]{40}", a["sha1"])
        assert 1500 <= a["chars"] <= 5000
    for name in ("statistics.jsonl", "entities.jsonl"):
        assert [r["id"] for r in _test_jsonl(name)] == ids, f"test/{name}: one line per article, in order"
    dev_ids = {a["id"] for a in _jsonl("articles.jsonl")}
    dev_ids |= {r["id"] for r in _jsonl("sentences-baomoi.jsonl")}
    excluded = {
        x.strip()
        for x in (TEST_DIR / "authoring" / "excluded-ids.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    }
    assert not set(ids) & (dev_ids | excluded), "a test article was seen during development"


def test_test_split_loads_with_every_span_matching(test_split):
    assert [a.id for a in test_split] == [a["id"] for a in _test_jsonl("articles.jsonl")]
    assert all(a.split == "test" for a in test_split)
    assert sum(len(a.statistics) for a in test_split) >= 150
    assert sum(len(a.entities) for a in test_split) >= 250
    for art in test_split:
        for s in art.statistics + art.entities:
            assert art.text[s["start"] : s["end"]] == s["text"], (art.id, s)
            assert s["text"] == s["text"].strip() and "\n" not in s["text"], (art.id, s["text"])
            assert not art.in_boilerplate(s["start"], s["end"]), (art.id, s["text"])


def test_test_split_has_no_overlapping_spans(test_split):
    for art in test_split:
        assert not _overlaps(art.statistics), art.id
        assert not _overlaps(art.entities), art.id
        assert not _overlaps([b | {"text": b["kind"]} for b in art.boilerplate]), art.id


def test_test_split_entities_sit_on_word_boundaries(test_split):
    for art in test_split:
        for e in art.entities:
            before = art.text[e["start"] - 1] if e["start"] else " "
            after = art.text[e["end"]] if e["end"] < len(art.text) else " "
            assert not before.isalnum() and not after.isalnum(), (art.id, e["text"])


def test_test_split_values_and_fields_follow_the_rules(test_split):
    for art in test_split:
        for s in art.statistics:
            nums = _expected_numbers(s["text"], s["kind"])
            assert nums, (art.id, s["text"])
            assert _close(s["value"], nums[0]), (art.id, s["text"], s["value"], nums[0])
            if s["kind"] == "range":
                assert _close(s["high"], nums[1]), (art.id, s["text"])
            if s["kind"] == "ratio":
                assert _close(s["denominator"], nums[1]), (art.id, s["text"])
            if s["kind"] == "rate":
                assert "/" in s["unit"], (art.id, s["text"])
            if s["qualifier"] == "more_than":
                assert re.match(r"(hơn|trên)\b", s["text"]), (art.id, s["text"])
            if s["qualifier"] == "approx":
                assert s["text"].startswith(("gần", "khoảng")), (art.id, s["text"])


def test_all_split_is_dev_then_test(test_split):
    both = gold_mod.load_gold(SHARED, split="all")
    dev = [a for a in both if a.split == "dev"]
    assert [a.id for a in both] == [a.id for a in dev] + [a.id for a in test_split]
    assert len({a.id for a in both}) == len(both)


def test_unknown_split_is_refused():
    with pytest.raises(gold_mod.GoldError, match="unknown split"):
        gold_mod.load_gold(SHARED, split="train")


@pytest.mark.parametrize("name", ["dev6-entities", "dev7-entities", "dev2-statistics"])
def test_one_builder_rebuilds_every_set_unchanged(name, tmp_path):
    """``corpora/gold/authoring/build.py --set NAME`` (which replaced the per-set wrappers) reproduces the set's JSONL
    files byte for byte, from baomoi or VNTC texts, with or without an entity layer."""
    import os
    import subprocess

    shared_path("corpora", "vntc.jsonl.gz" if name.startswith("dev7") else "baomoi-2017.jsonl.gz")
    folder = ROOT / "corpora" / "gold" / name
    copy = tmp_path / "corpora" / "gold"  # the builder reads the corpora through bench/gold.py beside it
    shutil.copytree(ROOT / "corpora" / "gold", copy, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "bench").mkdir()
    shutil.copy(ROOT / "bench" / "gold.py", tmp_path / "bench" / "gold.py")
    before = {p.name: p.read_bytes() for p in folder.glob("*.jsonl")}
    env = {**os.environ, "DVTEXT_SHARED": str(SHARED)}
    run = subprocess.run([sys.executable, str(copy / "authoring" / "build.py"), "--set", name],
                         capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    assert {p.name: p.read_bytes() for p in (copy / name).glob("*.jsonl")} == before
    bad = subprocess.run([sys.executable, str(copy / "authoring" / "build.py"), "--set", "no-such-set"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT, env=env)
    assert bad.returncode != 0 and "no such set" in bad.stdout + bad.stderr
