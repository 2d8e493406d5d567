"""Batch processing: stores, sinks, resume after a kill, error rows, engines give identical output."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dvtext.batch import process
from dvtext.io.store import Store
from dvtext.io.writers import JsonlSink

SRC = Path(__file__).resolve().parents[1] / "src"

TEMPLATE = (
    "Năm {y}, huyện {name} có {n} xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm {p},5% xuống còn {q}%. "
    "UBND huyện {name} tổ chức {k} cuộc đối thoại với nhân dân về cải cách hành chính."
)
NAMES = ["Quế Phong", "Tương Dương", "Kỳ Sơn", "Con Cuông", "Anh Sơn", "Thanh Chương", "Nam Đàn", "Diễn Châu"]


def write_articles(path: Path, n: int, *, bad: tuple[int, ...] = ()) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            name = NAMES[i % len(NAMES)]
            if i in bad:
                fh.write("{broken json line\n")
                continue
            text = TEMPLATE.format(y=2015 + i % 6, name=name, n=i % 20 + 1, p=i % 9 + 1, q=20 + i % 10, k=i % 5 + 1)
            rec = {"id": f"a{i:04d}", "title": f"Tin {i} về huyện {name}", "text": text,
                   "url": f"http://example.vn/{i}", "published": f"20{15 + i % 6}-0{1 + i % 9}-1{i % 9}"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def test_jsonl_to_store_with_error_rows(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_articles(src, 30, bad=(5, 17))
    store_path = tmp_path / "out.sqlite"
    report = process([str(src)], out=str(store_path), topics=False)
    assert (report.processed, report.failed) == (28, 2)
    with Store(store_path, readonly=True) as st:
        assert st.count("articles") == 28
        assert st.count("errors") == 2
        reasons = [r[0] for r in st.con.execute("SELECT reason FROM errors")]
        assert all("not valid JSON" in r for r in reasons)
        assert st.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        hits = st.search("cải cách hành chính", limit=100)
        assert len(hits) == 28  # every stored article mentions it
        assert all("[" in h["snippet"] for h in hits)
    # a second run skips everything already done (errors included)
    again = process([str(src)], out=str(store_path), topics=False)
    assert (again.processed, again.failed, again.skipped_done) == (0, 0, 30)


def test_failing_article_becomes_error_row(tmp_path: Path) -> None:
    from dvtext.pipeline import MAX_CHARS

    src = tmp_path / "in.jsonl"
    rows = [{"id": "ok1", "text": "Có 2 xã."}, {"id": "huge", "text": "a" * (MAX_CHARS + 1)},
            {"id": "ok2", "text": "Có 3 xã."}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    report = process([str(src)], out=str(out), topics=False)
    assert (report.processed, report.failed) == (2, 1)
    ids = [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["ok1", "ok2"]
    (err,) = [json.loads(x) for x in (tmp_path / "o.errors.jsonl").read_text().splitlines()]
    assert err["id"] == "huge" and "InputError" in err["error"]


def test_jsonl_sink_drops_partial_last_line(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"id": "a", "content_hash": "h1"}\n{"id": "b", "conte', encoding="utf-8")
    sink = JsonlSink(out)
    assert sink.done_hashes() == {"h1"}
    sink.close()
    assert out.read_text() == '{"id": "a", "content_hash": "h1"}\n'


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables(tmp_path: Path, fmt: str) -> None:
    src = tmp_path / "in.jsonl"
    write_articles(src, 12)
    out = tmp_path / "tables"
    process([str(src)], out=str(out), fmt=fmt, topics=False)
    for table in ("articles", "statistics", "dates", "entities", "topics", "errors"):
        assert (out / f"{table}.{fmt}").exists()
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out / "articles.parquet").num_rows == 12
    else:
        import csv

        with (out / "articles.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert len(rows) == 12 and rows[0]["id"] == "a0000"


def _store_snapshot(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    rows = con.execute("SELECT id, content_hash, record FROM articles ORDER BY id").fetchall()
    con.close()
    return rows


def test_jobs_two_matches_jobs_one(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_articles(src, 40)
    process([str(src)], out=str(tmp_path / "one.sqlite"), topics=False)
    process([str(src)], out=str(tmp_path / "two.sqlite"), jobs=2, chunk_size=4, topics=False)
    assert _store_snapshot(tmp_path / "one.sqlite") == _store_snapshot(tmp_path / "two.sqlite")


@pytest.mark.slow
def test_dask_local_cluster_matches_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    src = tmp_path / "in.jsonl"
    write_articles(src, 40, bad=(7,))
    process([str(src)], out=str(tmp_path / "local.jsonl"), topics=False)
    process([str(src)], out=str(tmp_path / "dask.jsonl"), engine="dask", chunk_size=4, topics=False)
    assert (tmp_path / "local.jsonl").read_text() == (tmp_path / "dask.jsonl").read_text()
    assert (tmp_path / "local.errors.jsonl").read_text() == (tmp_path / "dask.errors.jsonl").read_text()


@pytest.mark.slow
def test_kill_and_resume_loses_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    write_articles(src, 400)
    store_path = tmp_path / "out.sqlite"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    cmd = [sys.executable, "-m", "dvtext", "process", str(src), "--out", str(store_path), "--no-topics",
           "--chunk-size", "4"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    n = 0
    while time.monotonic() < deadline:
        time.sleep(0.05)
        if store_path.exists():
            try:
                con = sqlite3.connect(store_path, timeout=1)
                n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                con.close()
            except sqlite3.Error:
                continue
            if n >= 100:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 0 < n < 400, "the kill must land mid-run"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "already done" in done.stderr
    con = sqlite3.connect(store_path)
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    con.close()
    assert len(ids) == 400 and len(set(ids)) == 400


def test_corpus_dataframes_and_filters(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    from dvtext import Corpus

    src = tmp_path / "in.jsonl"
    write_articles(src, 24)
    store_path = tmp_path / "c.sqlite"
    process([str(src)], out=str(store_path), topics=False)
    c = Corpus(store_path)
    arts = c.articles()
    assert len(c) == 24 and list(arts["id"])[:2] == ["a0000", "a0001"]
    assert {"id", "title", "published", "primary_topic"} <= set(arts.columns)
    assert set(c.statistics().columns) >= {"article_id", "value", "unit", "kind", "indicator", "published"}
    recent = c.filter(since="2019-01-01")
    assert 0 < len(recent) < 24
    assert all(p >= "2019-01-01" for p in recent.articles()["published"])
    assert len(c.filter(source="example.vn")) == 24
    assert len(c.filter(topic="cchc")) == 0  # no topics were computed
    # a JSONL of analysis records loads too
    out = tmp_path / "r.jsonl"
    process([str(src)], out=str(out), topics=False)
    assert len(Corpus(out)) == 24


def test_corpus_bad_path(tmp_path: Path) -> None:
    from dvtext import Corpus, InputError

    with pytest.raises(InputError, match="no such corpus"):
        Corpus(tmp_path / "missing.sqlite")
    bad = tmp_path / "x.txt"
    bad.write_text("hello")
    with pytest.raises(InputError, match="a corpus is"):
        Corpus(bad)
