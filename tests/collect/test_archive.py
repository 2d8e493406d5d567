"""The archive folder: WARC rotation and reading, the frontier file, the lock, and the crawl CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dvtext.cli import main
from dvtext.collect.crawl import _lock, article_id, crawl, resolve_target
from dvtext.collect.frontier import Frontier
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.warc import iter_responses, read_warc_file
from dvtext.errors import InputError
from dvtext.io.readers import Unreadable, read_path

from .fixture_server import server, synthetic_site

FAST = CrawlSettings(delay=0.0, backoff=0.02, read_timeout=2.0, deadline=5.0, retries=1)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("archive")
    start = synthetic_site(server(), "/ar", articles=12, per_page=5)
    crawl(start, out=out, settings=FAST.replace(warc_max_bytes=4000))
    return out


def test_warc_files_rotate_and_read_back(archive: Path) -> None:
    files = sorted((archive / "warc").glob("*.warc.gz"))
    assert len(files) >= 3  # rotated by size
    responses = [r for f in files for r in iter_responses(f)]
    assert sum(r.kind == "article" for r in responses) == 12
    art = next(r for r in responses if r.kind == "article")
    assert art.response.status == 200 and art.response.body.startswith(b"<!DOCTYPE html>")
    assert art.key and art.response.ip == "127.0.0.1" and art.response.fetched_at


def test_warc_reader_gives_the_crawled_articles(archive: Path) -> None:
    stored = {json.loads(x)["id"]: json.loads(x) for x in (archive / "articles.jsonl").read_text("utf-8").splitlines()}
    items = [a for f in sorted((archive / "warc").glob("*.warc.gz")) for a in read_warc_file(f)]
    assert not [i for i in items if isinstance(i, Unreadable)]
    assert {a.id: a.text for a in items} == {k: v["text"] for k, v in stored.items()}  # type: ignore[union-attr]


def test_analyze_reads_the_warc_folder(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "analysed.jsonl"
    assert main(["analyze", str(archive / "warc"), "-o", str(out), "--no-topics"]) == 0
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 12 and all(r["id"].startswith("dv-") and r["sentences"] for r in recs)


def test_truncated_warc_reports_unreadable(tmp_path: Path, archive: Path) -> None:
    src = sorted((archive / "warc").glob("*.warc.gz"))[0]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(src.read_bytes()[:-50])
    items = list(read_path(cut))
    assert isinstance(items[-1], Unreadable) and "cut short" in items[-1].reason


def test_frontier_refuses_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "frontier.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(InputError, match="not a dvtext frontier"):
        Frontier(bad)


def test_one_crawl_per_folder(tmp_path: Path) -> None:
    held = _lock(tmp_path)
    try:
        with pytest.raises(InputError, match="another dvtext process"):
            crawl("https://127.0.0.1:1/x-y-z-123456.html", out=tmp_path, settings=FAST)
    finally:
        held.close()


def test_targets() -> None:
    prof, starts = resolve_target("baonghean.vn")
    assert prof.name == "baonghean" and starts == list(prof.start_urls)
    prof, starts = resolve_target("https://baonghean.vn/thoi-su/?utm_source=zalo")
    assert prof.name == "baonghean" and starts == ["https://baonghean.vn/thoi-su/"]
    prof, starts = resolve_target("https://ubnd.example.vn/tin-tuc/")
    assert prof.name == "generic:ubnd.example.vn"
    with pytest.raises(InputError):
        resolve_target("khong-co-trang-nay")
    assert article_id("http://baonghean.vn/a-1.html?utm_source=x") == article_id("https://baonghean.vn/a-1.html")


def test_cli_crawl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    start = synthetic_site(server(), "/cli", articles=4, per_page=10)
    out = tmp_path / "a"
    assert main(["crawl", start, "--out", str(out), "--delay", "0", "--quiet", "--max", "3"]) == 0
    err = capsys.readouterr().err
    assert "stored 3 articles" in err and "report written" in err
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["articles"] == 3 and report["complete"] is False
    assert main(["crawl", start, "--out", str(out), "--delay", "0", "--quiet"]) == 0
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["articles"] == 1


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["crawl"], 2), (["crawl", "baonghean"], 2), (["crawl", "khong-co", "--out", "{tmp}"], 2),
     (["crawl", "baonghean", "--out", "{tmp}", "--since", "hôm qua"], 2), (["crawl", "--list-sites"], 0)],
)
def test_cli_crawl_usage(argv: list[str], code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == code
    captured = capsys.readouterr()
    if "--list-sites" in argv:
        assert "baonghean" in captured.out
    else:
        assert "Traceback" not in captured.err
