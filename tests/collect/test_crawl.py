"""Crawls against the local server: discovery, robots, recrawl, --since/--max, faults, crash recovery."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from dvtext.collect.crawl import crawl
from dvtext.collect.frontier import Frontier
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.sites import parse_profile
from dvtext.collect.warc import iter_responses
from dvtext.io.readers import read_path

from .fixture_server import Gate, article_date, server, synthetic_site

ROOT = Path(__file__).resolve().parents[2]
FAST = CrawlSettings(delay=0.0, backoff=0.02, read_timeout=1.5, deadline=2.5, retries=2, max_retry_after=5.0,
                     max_bytes=1 << 20, max_decompressed_bytes=2 << 20, robots_pause=0.5)


def lines(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]


def served(prefix: str) -> Counter[str]:
    """Completed responses per path under ``prefix``."""
    return Counter(e.path for e in server().entries(prefix) if e.completed)


def test_crawl_collects_every_article_once(tmp_path: Path) -> None:
    start = synthetic_site(server(), "/c1", articles=25, per_page=10)
    report = crawl(start, out=tmp_path, settings=FAST)
    recs = lines(tmp_path)
    assert report.articles == 25 and len(recs) == 25 and report.complete
    assert len({r["id"] for r in recs}) == 25
    assert {r["title"].split(":")[0] for r in recs} == {f"Bài số {n}" for n in range(1, 26)}
    assert all(r["text"] and r["published"] and r["warc"].startswith("warc/") for r in recs)
    counts = served("/c1/")
    assert counts and max(counts.values()) == 1  # no page fetched twice
    assert report.errors.get("http_404", 0) == 0
    saved = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert saved["articles"] == 25 and saved["fetched"] == report.fetched
    # the WARC holds every response; the reader re-extracts the same articles
    kinds = Counter(r.kind for f in (tmp_path / "warc").glob("*.warc.gz") for r in iter_responses(f))
    assert kinds["article"] == 25 and kinds["listing"] == 3 and kinds["robots"] == 1
    again = [a for a in read_path(tmp_path / "warc")]
    assert sorted(a.title for a in again) == sorted(r["title"] for r in recs)  # type: ignore[union-attr]


def test_recrawl_uses_conditional_requests_and_stops_at_known_articles(tmp_path: Path) -> None:
    start = synthetic_site(server(), "/c2", articles=25, per_page=10)
    crawl(start, out=tmp_path, settings=FAST)
    before = served("/c2/")
    report = crawl(start, out=tmp_path, settings=FAST)
    after = served("/c2/")
    assert report.articles == 0 and report.not_modified == 1  # If-None-Match → 304
    new_fetches = after - before
    assert set(new_fetches) == {"/c2/xay-dung-dang/"}  # only the first listing page, nothing else
    assert len(lines(tmp_path)) == 25
    last = server().entries("/c2/xay-dung-dang/")[-1]
    assert last.headers.get("If-None-Match", "").startswith('"l1-') and last.status == 304


def test_recrawl_of_a_changed_listing_stops_at_the_first_page_without_new_articles(tmp_path: Path) -> None:
    from .fixture_server import SITE_STATE

    start = synthetic_site(server(), "/c6", articles=25, per_page=10)
    crawl(start, out=tmp_path, settings=FAST)
    before = served("/c6/")
    SITE_STATE["/c6"]["version"] += 1  # the listing changed (new ETag) but has no new article
    report = crawl(start, out=tmp_path, settings=FAST)
    assert report.articles == 0 and report.not_modified == 0
    assert set(served("/c6/") - before) == {"/c6/xay-dung-dang/"}


def test_depth_limits_pagination(tmp_path: Path) -> None:
    start = synthetic_site(server(), "/c7", articles=50, per_page=10)
    report = crawl(start, out=tmp_path, settings=FAST, max_depth=1)
    assert report.articles == 20  # listing pages 1 and 2
    assert sorted(p for p in served("/c7/xay-dung-dang")) == ["/c7/xay-dung-dang/", "/c7/xay-dung-dang/trang-2.html"]


def test_sitemap_from_robots_and_duplicates(tmp_path: Path) -> None:
    """Articles known only from the sitemap of robots.txt; an exact and a near duplicate among them."""
    from .fixture_server import FixtureServer, article_date, article_html

    srv = FixtureServer()
    try:
        base = srv.url("")
        srv.page("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap-index.xml\n",
                 content_type="text/plain")
        srv.page("/tin/", "<html><body><p>Chuyên mục đang cập nhật.</p></body></html>")
        srv.page("/sitemap-index.xml", f'<sitemapindex><sitemap><loc>{base}/sitemap-1.xml</loc></sitemap></sitemapindex>')
        urls = "".join(f"<url><loc>{base}/tin/bai-viet-dan-van-so-{n}-{200000 + n}.html</loc>"
                       f"<lastmod>{article_date(n)}</lastmod></url>" for n in (1, 2, 3, 4, 40))
        srv.page("/sitemap-1.xml", f"<urlset>{urls}</urlset>", content_type="application/xml")
        for n in (1, 2, 40):
            srv.page(f"/tin/bai-viet-dan-van-so-{n}-{200000 + n}.html",
                     article_html(n, date=article_date(n), paragraphs=12))
        srv.page("/tin/bai-viet-dan-van-so-3-200003.html",  # the same text as article 1
                 article_html(1, date=article_date(1), paragraphs=12))
        republished = article_html(2, date=article_date(2), paragraphs=12).replace(
            "</article>", "<p>(Theo Báo Nghệ An)</p></article>")
        srv.page("/tin/bai-viet-dan-van-so-4-200004.html", republished)
        report = crawl(srv.url("/tin/"), out=tmp_path, settings=FAST, since=article_date(10))
        recs = {r["url"].rsplit("/", 1)[1]: r for r in lines(tmp_path)}
        assert set(recs) == {"bai-viet-dan-van-so-1-200001.html", "bai-viet-dan-van-so-2-200002.html",
                             "bai-viet-dan-van-so-4-200004.html"}
        assert report.skipped == {"duplicate": 1}  # article 40 is older than --since: never queued
        assert recs["bai-viet-dan-van-so-4-200004.html"]["near_duplicate_of"] == \
            recs["bai-viet-dan-van-so-2-200002.html"]["id"]
        assert "near_duplicate_of" not in recs["bai-viet-dan-van-so-1-200001.html"]
        assert not [e for e in srv.log if e.path.endswith("-200040.html")]
    finally:
        srv.shutdown()


def test_since_skips_old_articles_and_stops_paginating(tmp_path: Path) -> None:
    start = synthetic_site(server(), "/c3", articles=60, per_page=10)
    since = article_date(15)  # articles 1..15 are on or after it
    report = crawl(start, out=tmp_path, settings=FAST, since=since)
    recs = lines(tmp_path)
    assert len(recs) == 15
    assert all(r["published"][:10] >= since for r in recs)
    pages = [p for p in served("/c3/xay-dung-dang") if "trang" in p]
    assert len(pages) <= 2  # page 2 had old articles: page 3 is never fetched (of 6)
    assert report.skipped.get("older", 0) >= 5


def test_max_articles_counts_across_resumes(tmp_path: Path) -> None:
    start = synthetic_site(server(), "/c4", articles=30, per_page=10)
    r1 = crawl(start, out=tmp_path, settings=FAST, max_articles=12)
    assert r1.articles == 12 and not r1.complete
    r2 = crawl(start, out=tmp_path, settings=FAST, max_articles=12)
    assert r2.articles == 0  # the crawl's 12 are already there
    r3 = crawl(start, out=tmp_path, settings=FAST)
    assert r3.articles == 18 and len(lines(tmp_path)) == 30
    assert max(served("/c4/").values()) == 1


def test_robots_disallowed_article_is_skipped_and_reported(tmp_path: Path) -> None:
    srv = server()
    banned = srv.url("/s-robots/xay-dung-dang/bi-cam-dan-van-co-so-999999.html")
    start = synthetic_site(srv, "/s-robots", articles=5, per_page=10, extra_links=[banned])
    report = crawl(start, out=tmp_path, settings=FAST)
    assert report.skipped.get("robots") == 1
    assert len(lines(tmp_path)) == 5
    assert not served("/s-robots/xay-dung-dang/bi-cam")
    assert len(served("/robots.txt")) == 1


def _fault_profile(port: int):
    return parse_profile({
        "name": "faults", "domains": ["127.0.0.1"],
        "crawl": {"start_urls": [f"http://127.0.0.1:{port}/faults-index.html"],
                  "article_urls": [r"/fault/"], "listing_urls": [r"/faults-index\.html$"]},
    })


FAULTS = {
    "/fault/drip": ("error", "deadline"),
    "/fault/drip-body": ("error", "deadline"),
    "/fault/reset": ("error", "connection_reset"),
    "/fault/loop-a": ("error", "redirect_loop"),
    "/fault/chain/21": ("error", "too_many_redirects"),
    "/fault/file-redirect": ("error", "redirect_scheme"),
    "/fault/over-length": ("error", "too_large"),
    "/fault/chunked-over": ("error", "too_large"),
    "/fault/gzip-bomb": ("error", "too_large"),
    "/fault/500": ("error", "http_500"),
    "/fault/empty": ("error", "empty"),
    "/fault/pdf": ("error", "not_html"),
    "/fault/deep": ("error", "no_article"),
    "/fault/503-once-crawl": ("done", "stored"),
    "/fault/429-once-crawl": ("done", "stored"),
    "/fault/chain/5": ("done", "stored"),
    "/fault/gzip-page": ("done", "stored"),
    "/fault/latin1-is-utf8": ("done", "stored"),
    "/fault/cp1258-meta": ("done", "stored"),
    # the extractor's fault pages (tests/collect/fixtures/faults/)
    "/fault/file/declared-latin1-is-utf8": ("done", "stored"),
    "/fault/file/cp1258-meta-only": ("skipped", "duplicate"),  # decoded to the very same text as the one above
    "/fault/file/empty": ("error", "empty"),
    "/fault/file/pdf-as-html": ("error", "not_html"),
    "/fault/file/nested-100k-divs": ("error", "no_article"),
}


@pytest.mark.slow
def test_faults_give_a_recorded_error_or_a_correct_article(tmp_path: Path) -> None:
    srv = server()
    links = "".join(f'<a href="{p}">{p}</a>' for p in FAULTS)
    srv.page("/faults-index.html", f"<html><body>{links}</body></html>")
    report = crawl(_fault_profile(srv.port), out=tmp_path, settings=FAST.replace(max_bytes=1_200_000))
    f = Frontier(tmp_path / "frontier.sqlite")
    got = {}
    for path in FAULTS:
        row = f.con.execute("SELECT state, reason FROM urls WHERE url = ?", (srv.url(path),)).fetchone()
        got[path] = (row[0], row[1])
    f.close()
    assert got == FAULTS
    recs = {r["url"].split(str(srv.port))[1]: r for r in lines(tmp_path)}
    ours = {"/fault/503-once-crawl", "/fault/429-once-crawl", "/fault/chain/0", "/fault/gzip-page",
            "/fault/latin1-is-utf8", "/fault/cp1258-meta"}
    theirs = {"/fault/file/declared-latin1-is-utf8"}
    assert set(recs) == ours | theirs
    for path in ours:  # complete articles only: every paragraph of the page is there
        assert recs[path]["text"].count("Đây là đoạn") == 4, path
    for path in theirs:
        assert recs[path]["title"] == "Quế Phong gắn dân vận chính quyền với cải cách hành chính"
    assert "Quế Phong" in recs["/fault/latin1-is-utf8"]["text"] + recs["/fault/cp1258-meta"]["text"] \
        or "dân vận" in recs["/fault/cp1258-meta"]["text"]
    assert "dân vận" in recs["/fault/cp1258-meta"]["title"] and "dân vận" in recs["/fault/latin1-is-utf8"]["title"]
    assert sum(report.errors.values()) == 16


def test_unreachable_robots_pauses_the_host_then_gives_up(tmp_path: Path) -> None:
    """A robots.txt answering 503 every time: nothing is fetched from the host (RFC 9309 §2.3.1.4)."""
    from .fixture_server import FixtureServer

    srv = FixtureServer()
    try:
        srv.page("/robots.txt", "busy", status=503)
        srv.page("/list/", '<a href="/list/bai-viet-dan-van-co-so-123456.html">a</a>')
        report = crawl(srv.url("/list/"), out=tmp_path, settings=FAST.replace(robots_attempts=2, retries=0))
        assert report.errors == {"robots_unreachable": 1}
        paths = [e.path for e in srv.log if e.completed]
        assert paths == ["/robots.txt"] * 4  # 2 attempts, each retried once; never the listing
    finally:
        srv.shutdown()


def test_robots_4xx_allows_everything(tmp_path: Path) -> None:
    from .fixture_server import FixtureServer, article_html

    srv = FixtureServer()
    try:
        srv.page("/list/", '<a href="/list/bai-viet-dan-van-co-so-123456.html">a</a>')
        srv.page("/list/bai-viet-dan-van-co-so-123456.html", article_html(77))
        report = crawl(srv.url("/list/"), out=tmp_path, settings=FAST)  # /robots.txt is a 404 here
        assert report.articles == 1
    finally:
        srv.shutdown()


def _backup(src: Path, dst: Path) -> None:
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    a.backup(b)
    a.close()
    b.close()


def test_restart_after_uncommitted_pages_recovers_them_from_the_warc(tmp_path: Path) -> None:
    """State left by a kill after the WARC and JSONL writes of pages but before their commits."""
    out = tmp_path / "a"
    snap = tmp_path / "snap.sqlite"
    start = synthetic_site(server(), "/c5", articles=20, per_page=10)

    def progress(p) -> None:
        if p.articles == 6 and not snap.exists():
            _backup(out / "frontier.sqlite", snap)

    crawl(start, out=out, settings=FAST, progress=progress)
    before = served("/c5/")
    # roll the frontier back to article 6 (14 pages fetched later are "uncommitted"), cut the files mid-write
    for suffix in ("", "-wal", "-shm"):
        (out / f"frontier.sqlite{suffix}").unlink(missing_ok=True)
    shutil.copy(snap, out / "frontier.sqlite")
    with open(out / "articles.jsonl", "ab") as fh:
        fh.write(b'{"id": "dv-half-written", "text": "C\xc3\xb4ng t')
    warc = sorted((out / "warc").glob("*.warc.gz"))[-1]
    with open(warc, "ab") as fh:
        fh.write(b"\x1f\x8b\x08\x00garbage-of-a-record-cut-short")
    report = crawl(start, out=out, settings=FAST)
    recs = lines(out)
    assert len(recs) == 20 and len({r["id"] for r in recs}) == 20
    assert report.recovered >= 14
    assert served("/c5/") == before  # nothing fetched again (robots.txt is outside /c5/)
    for f in (out / "warc").glob("*.warc.gz"):
        list(iter_responses(f))  # every WARC file reads to its end


@pytest.mark.slow
def test_kill_at_page_50_and_restart_gives_100_articles_without_refetching(tmp_path: Path) -> None:
    srv = server()
    gate = Gate(after=50)
    start = synthetic_site(srv, "/kill", articles=100, per_page=10, gate=gate)
    out = tmp_path / "archive"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "dvtext", "crawl", start, "--out", str(out), "--delay", "0", "--quiet",
           "--timeout", "30"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            n = len((out / "articles.jsonl").read_bytes().splitlines()) if (out / "articles.jsonl").exists() else 0
            if n >= 50 and gate.served > 50:
                break
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            time.sleep(0.05)
        else:
            pytest.fail("the crawl did not reach 50 articles in time")
        time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        gate.open()
    assert len(lines(out)) == 50
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    recs = lines(out)
    assert len(recs) == 100
    assert len({r["id"] for r in recs}) == 100 and len({r["url"] for r in recs}) == 100
    articles = Counter(p for p in served("/kill/") if "/bai-so-" in p)
    fetched = Counter(e.path for e in srv.entries("/kill/bai-so-") if e.completed)
    assert len(fetched) == 100 and max(fetched.values()) == 1, articles
    assert max(served("/kill/").values()) == 1  # listings too


def test_a_host_paused_for_long_stops_the_crawl_instead_of_hanging(tmp_path: Path) -> None:
    from .fixture_server import FixtureServer, article_html

    srv = FixtureServer()
    try:
        links = "".join(f'<a href="/tin/bai-viet-dan-van-so-{n}-{300000 + n}.html">{n}</a>' for n in (1, 2, 3))
        srv.page("/tin/", f"<html><body>{links}</body></html>")
        srv.page("/tin/bai-viet-dan-van-so-1-300001.html", "quá tải", status=503, headers={"Retry-After": "86400"})
        for n in (2, 3):
            srv.page(f"/tin/bai-viet-dan-van-so-{n}-{300000 + n}.html", article_html(n))
        started = time.monotonic()
        report = crawl(srv.url("/tin/"), out=tmp_path, settings=FAST)
        assert time.monotonic() - started < 10
        assert report.errors == {"http_503": 1} and report.pending == 2 and not report.complete
        assert [e.path for e in srv.log if "bai-viet" in e.path] == ["/tin/bai-viet-dan-van-so-1-300001.html"]
    finally:
        srv.shutdown()


@pytest.mark.slow
def test_kills_at_random_moments_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    """Three SIGKILLs at random points of a 60-article crawl, then a run to the end."""
    import random

    rnd = random.Random(20240615)
    srv = server()
    start = synthetic_site(srv, "/rk", articles=60, per_page=10)
    out = tmp_path / "archive"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "dvtext", "crawl", start, "--out", str(out), "--delay", "0", "--quiet"]
    kills = 0
    for target in (12, 27, 41):
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            jl = out / "articles.jsonl"
            if jl.exists() and jl.read_bytes().count(b"\n") >= target:
                time.sleep(rnd.uniform(0, 0.05))
                proc.send_signal(signal.SIGKILL)
                kills += 1
                break
            time.sleep(0.002)
        proc.wait(10)
    done = subprocess.run(cmd, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    recs = lines(out)
    assert len(recs) == 60 and len({r["id"] for r in recs}) == 60
    counts = served("/rk/bai-so-")
    assert len(counts) == 60
    assert sum(counts.values()) - 60 <= kills  # at most the page in flight at each kill is fetched again
    for f in (out / "warc").glob("*.warc.gz"):
        list(iter_responses(f))
