"""The crawl: discovery, polite fetching, raw capture, extraction and dedup, resumable after a kill.

``crawl("baonghean.vn", out="archive/")`` fills an archive folder::

    archive/frontier.sqlite     every URL with its state (WAL; see dvtext.collect.frontier)
    archive/warc/*.warc.gz      every response received, as sent (see dvtext.collect.warc)
    archive/articles.jsonl      one extracted article per line (Article fields + fetched_at,
                                content_hash, warc, near_duplicate_of)
    archive/report.json         the last run's report (fetched, articles, skipped, errors by kind)

**Crash safety.** For each page the order is: fetch → WARC record written and flushed → article line
appended and flushed → one SQLite transaction marks the page done and records how far the WARC file and
``articles.jsonl`` are committed. After ``kill -9`` at any point, a restart (the same command) truncates a
half-written line or WARC record, takes the responses already in the WARC tail but not yet committed and
processes them again *from the archive* (no refetch), skips article lines already written, and goes on with
the pending URLs. Only a page whose response had not been written to the WARC file yet is fetched again.
Files are fsynced every ``settings.fsync_every`` articles and at the end.

**Recrawl.** Running the crawl again on a finished archive refetches listings, feeds and sitemaps with
conditional requests (ETag / Last-Modified): unchanged pages answer 304, pagination stops at the first
page without new articles, and articles already stored are never fetched again.

Example:
    >>> from dvtext.collect.crawl import crawl
    >>> report = crawl("baonghean.vn", out="archive/", since="2024-01-01", max_articles=200)  # doctest: +SKIP
    >>> report.articles, report.errors  # doctest: +SKIP
    (200, {'http_404': 3})
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from dvtext.collect import discovery as disc
from dvtext.collect.dedup import content_hash, simhash
from dvtext.collect.frontier import Frontier, Row
from dvtext.collect.http import FetchResult, HttpClient, Response
from dvtext.collect.recovery import repair_jsonl, warc_tail
from dvtext.collect.robots import RobotsCache, origin_of
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.sites import SiteProfile, load_profile, profile_for_url
from dvtext.collect.urls import clean_url, url_key
from dvtext.collect.warc import WarcWriterRotating
from dvtext.errors import DvtextError, ExtractionError, FetchError, InputError

__all__ = ["CrawlProgress", "CrawlReport", "article_id", "crawl", "resolve_target"]

log = logging.getLogger(__name__)

_RETRY_LATER = frozenset({"robots_unavailable", "host_paused"})
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


def article_id(key_or_url: str) -> str:
    """The stable id of the article at a URL: ``dv-`` + 16 hex digits of the hash of its frontier key.

    Example:
        >>> article_id("https://baonghean.vn/a-10298765.html") == article_id("http://baonghean.vn/a-10298765.html/")
        True
    """
    return "dv-" + hashlib.sha256(url_key(key_or_url).encode("utf-8")).hexdigest()[:16]


def resolve_target(target: str | SiteProfile) -> tuple[SiteProfile, list[str]]:
    """The profile and start URLs of a crawl target: a profile, a profile name or site, or a URL.

    A site name (``baonghean``, ``baonghean.vn``) or a ``.toml`` profile file gives the profile's start
    URLs; a URL on a profiled site starts there with that site's profile; any other URL gets the generic
    profile.

    Raises:
        InputError: the target is neither a known site nor an http(s) URL.
    """
    if isinstance(target, SiteProfile):
        return target, list(target.start_urls)
    t = target.strip()
    if "://" in t:
        clean = clean_url(t)
        if clean is None:
            raise InputError(f"{t!r} is not an http(s) URL")
        prof = profile_for_url(clean)
        if prof is not None:
            return prof, [clean]
        return disc.generic_profile(clean), [clean]
    prof = load_profile(t)
    if not prof.start_urls:
        raise InputError(f"site profile {prof.name!r} has no start_urls; give a start URL instead")
    return prof, list(prof.start_urls)


@dataclass(slots=True)
class CrawlProgress:
    """What the crawl has done so far (passed to the progress callback after every page)."""

    fetched: int = 0
    articles: int = 0
    errors: int = 0
    pending: int = 0
    url: str = ""


@dataclass(slots=True)
class CrawlReport:
    """The outcome of one run of :func:`crawl` (also written to ``ARCHIVE_DIR/report.json``)."""

    target: str
    out: str
    started: str
    finished: str = ""
    seconds: float = 0.0
    fetched: int = 0  # pages requested that gave a response (this run)
    articles: int = 0  # articles stored (this run)
    archive_articles: int = 0  # articles in the archive
    recovered: int = 0  # pages taken from the WARC tail after a crash instead of refetched
    not_modified: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason → count (robots, duplicate, older...)
    errors: dict[str, int] = field(default_factory=dict)  # kind → count (this run)
    pending: int = 0  # URLs left in the frontier
    complete: bool = False  # the frontier was exhausted (not stopped by --max or a paused host)
    pages_per_second: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {f: getattr(self, f) for f in self.__slots__}

    def summary(self) -> str:
        """A short human report."""
        lines = [f"crawl of {self.target} into {self.out}: {self.seconds:.1f} s",
                 f"  fetched {self.fetched} pages ({self.pages_per_second:.2f}/s), stored {self.articles} "
                 f"articles ({self.archive_articles} in the archive), {self.not_modified} not modified"]
        if self.recovered:
            lines.append(f"  recovered {self.recovered} pages from the WARC tail after an interrupted run")
        if self.skipped:
            lines.append("  skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())))
        if self.errors:
            lines.append("  errors: " + ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())))
        lines.append(f"  {self.pending} URLs pending" + ("" if self.complete else " (run again to resume)"))
        return "\n".join(lines)


def _since(value: date | str | None) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError as exc:
        raise InputError(f"--since must be a date like 2024-01-31, not {value!r}") from exc


class _Crawl:
    def __init__(self, profile: SiteProfile, start_urls: list[str], out: Path, settings: CrawlSettings, *,
                 since: str | None, max_articles: int | None, max_depth: int | None,
                 progress: Callable[[CrawlProgress], None] | None, feeds: bool, sitemaps: bool, target: str) -> None:
        self.profile = profile
        self.start_urls = start_urls
        self.out = out
        self.settings = settings
        self.since = since
        self.max_articles = max_articles
        self.max_depth = max_depth
        self.progress_cb = progress
        self.use_feeds = feeds
        self.use_sitemaps = sitemaps
        self.extract_profile: SiteProfile | None = None if profile.name.startswith("generic:") else profile
        out.mkdir(parents=True, exist_ok=True)
        self.frontier = Frontier(out / "frontier.sqlite")
        self.client = HttpClient(settings)
        self.warc = WarcWriterRotating(out / "warc", settings, info={"target": target, "profile": profile.name})
        self.robots = RobotsCache(self.client, on_response=self._archive_robots)
        self.jsonl_path = out / "articles.jsonl"
        self._jsonl: Any = None
        self._unsynced = 0
        self.skipped: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.progress = CrawlProgress()
        self.report = CrawlReport(target=target, out=str(out), started=datetime.now(UTC).isoformat(timespec="seconds"))
        self._origins: set[str] = set()

    # ---------------------------------------------------------------- files
    def _jsonl_size(self) -> int:
        return self.jsonl_path.stat().st_size if self.jsonl_path.exists() else 0

    def _append(self, record: dict[str, Any]) -> None:
        if self._jsonl is None:
            self._jsonl = open(self.jsonl_path, "ab")  # noqa: SIM115 - kept open for the run
        self._jsonl.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        self._jsonl.flush()
        self._unsynced += 1
        if self._unsynced >= self.settings.fsync_every:
            self._sync()

    def _sync(self) -> None:
        if self._jsonl is not None:
            os.fsync(self._jsonl.fileno())
        self.warc.sync()
        self._unsynced = 0

    def _commit_positions(self, con: Any) -> None:
        name, offset = self.warc.position
        if name:
            self.frontier.set("warc_file", name, con=con)
            self.frontier.set("warc_offset", str(offset), con=con)
        self.frontier.set("jsonl_size", str(self._jsonl_size()), con=con)

    def _archive_robots(self, result: FetchResult) -> None:
        self.warc.write(result, key=url_key(result.url), kind="robots")
        self.report.fetched += len(result.responses)

    # ---------------------------------------------------------------- recovery
    def _recover(self) -> None:
        """Repair the files after a kill and process the responses already archived but not committed."""
        uncommitted_ids = repair_jsonl(self.jsonl_path, committed=int(self.frontier.get("jsonl_size", "0") or 0))
        tail = warc_tail(self.out / "warc", self.frontier.get("warc_file", "") or "",
                         int(self.frontier.get("warc_offset", "0") or 0))
        for key, recs in tail.items():
            row = self.frontier.row(key)
            if row is None or row.state != "pending":
                continue
            final = recs[-1]
            self.report.recovered += 1
            self._process(row, final.response, (Path(final.path).name, final.offset), uncommitted_ids)

    # ---------------------------------------------------------------- seeding
    def _seed(self) -> None:
        fresh = self.frontier.get("seeded") is None
        finished_before = self.frontier.get("run_complete") == "1"
        with self.frontier.transaction() as con:
            for u in self.start_urls:
                self.frontier.add(u, kind="listing", depth=0, page=1, series=u, con=con)
            if self.use_feeds:
                for u in self.profile.feeds:
                    self.frontier.add(u, kind="feed", depth=0, con=con)
            if self.use_sitemaps:
                for u in self.profile.sitemaps:
                    self.frontier.add(u, kind="sitemap", depth=0, con=con)
            if finished_before:
                n = self.frontier.requeue(["listing", "feed", "sitemap"])
                log.info("recrawl: %d listings, feeds and sitemaps queued again (conditional requests)", n)
            if fresh or finished_before:
                self.frontier.set("job_start", str(self.frontier.count(state="done", kind="article",
                                                                       reason="stored")), con=con)
            self.frontier.set("seeded", "1", con=con)
            self.frontier.set("run_complete", "0", con=con)

    # ---------------------------------------------------------------- the loop
    def _job_articles(self) -> int:
        return self.frontier.count(state="done", kind="article", reason="stored") - int(self.frontier.get("job_start", "0") or 0)

    def run(self) -> CrawlReport:
        started = time.monotonic()
        complete = False
        try:
            self._recover()
            self._seed()
            while True:
                if self.max_articles is not None and self._job_articles() >= self.max_articles:
                    break
                hosts = self.frontier.pending_hosts()
                if not hosts:
                    complete = True
                    break
                now = time.time()
                waits = {h: max(nb - now, self.client.throttle.ready_in(h)) for h, nb in hosts.items()}
                ready = [h for h, w in waits.items() if w <= 0]
                rows = self.frontier.pending(limit=1, hosts=ready) if ready else []
                if not rows:
                    soonest = min(waits.values())
                    if soonest > self.settings.max_retry_after:
                        paused = ", ".join(sorted(waits))
                        log.warning("every pending URL waits on a paused host (%s) for %.0f s more; stopping: "
                                    "run the same command later to resume", paused, soonest)
                        break
                    time.sleep(min(max(soonest, 0.0005), 1.0))
                    continue
                row = rows[0]
                self._visit(row)
        finally:
            self._finish(started, complete)
        return self.report

    def _finish(self, started: float, complete: bool) -> None:
        try:
            self._sync()
            if self._jsonl is not None:
                self._jsonl.close()
            self.warc.close()
            with self.frontier.transaction() as con:
                self._commit_positions(con)
                self.frontier.set("run_complete", "1" if complete else "0", con=con)
            r = self.report
            r.finished = datetime.now(UTC).isoformat(timespec="seconds")
            r.seconds = round(time.monotonic() - started, 3)
            r.skipped = dict(self.skipped)
            r.errors = dict(self.errors)
            r.pending = self.frontier.count(state="pending")
            r.archive_articles = self.frontier.count(state="done", kind="article", reason="stored")
            r.complete = complete
            r.pages_per_second = round(r.fetched / r.seconds, 3) if r.seconds > 0 else 0.0
            tmp = self.out / "report.json.part"
            tmp.write_text(json.dumps(r.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            tmp.replace(self.out / "report.json")
        finally:
            self.client.close()
            self.frontier.close()

    def _check(self, url: str) -> None:
        self.robots.check(url)
        origin = origin_of(url)
        if self.use_sitemaps and origin not in self._origins:
            self._origins.add(origin)
            if self.profile.matches_host(url):
                with self.frontier.transaction() as con:
                    for sm in self.robots.sitemaps(url):
                        clean = clean_url(sm)
                        if clean and self.profile.matches_host(clean):
                            self.frontier.add(clean, kind="sitemap", depth=0, con=con)

    def _tick(self, url: str) -> None:
        p = self.progress
        p.articles = self.report.articles
        p.fetched = self.report.fetched
        p.errors = sum(self.errors.values())
        p.url = url
        if self.progress_cb is not None:
            p.pending = self.frontier.count(state="pending")
            self.progress_cb(p)

    def _visit(self, row: Row) -> None:
        if row.kind == "listing" and row.page > 1 and row.parent is not None:
            stop = self._pagination_stop(row)
            if stop:
                self._done(row, "skipped", reason=stop)
                return
        headers: dict[str, str] = {}
        if row.etag:
            headers["If-None-Match"] = row.etag
        if row.last_modified:
            headers["If-Modified-Since"] = row.last_modified
        try:
            result = self.client.fetch(row.url, headers=headers, check=self._check)
        except FetchError as exc:
            responses = getattr(exc, "responses", ())
            if responses:
                self.warc.write(responses, key=row.key, kind=row.kind)
                self.report.fetched += len(responses)
            if exc.kind in _RETRY_LATER:
                wait = float(getattr(exc, "retry_in", self.settings.robots_pause) or self.settings.robots_pause)
                self.frontier.reschedule(row.id, not_before=time.time() + max(wait, 0.5), reason=exc.kind)
            elif exc.kind == "robots":
                self._done(row, "skipped", reason="robots", message=str(exc))
            else:
                self._done(row, "error", reason=exc.kind, message=str(exc))
            self._tick(row.url)
            return
        self.report.fetched += len(result.responses)
        where = self.warc.write(result, key=row.key, kind=row.kind)
        self._process(row, result.response, where, set())
        self._tick(row.url)

    def _pagination_stop(self, row: Row) -> str | None:
        assert row.parent is not None
        if self.since:
            n, dated, newest = self.frontier.children_dates(row.parent)
            if dated and newest and newest < int(self.since.replace("-", "")):
                return "older"
        return None

    def _done(self, row: Row, state: str, *, reason: str, adds: list[dict[str, Any]] | None = None,
              remember: dict[str, Any] | None = None, **fields: Any) -> None:
        with self.frontier.transaction() as con:
            self.frontier.finish(row.id, state=state, reason=reason, con=con, **fields)
            for item in adds or ():
                revive = item.pop("revive", False)
                if not self.frontier.add(**item, con=con) and revive:
                    self.frontier.revive(item["url"], con=con)
            if remember:
                self.frontier.remember(**remember, bits=self.settings.near_duplicate_bits, con=con)
            self._commit_positions(con)
        if state == "error":
            self.errors[reason] += 1
        elif state == "skipped":
            self.skipped[reason] += 1
        elif reason == "not_modified":
            self.report.not_modified += 1

    # ---------------------------------------------------------------- per kind
    def _process(self, row: Row, resp: Response, where: tuple[str, int], written: set[str]) -> None:
        base: dict[str, Any] = {"status": resp.status, "final_url": resp.url, "fetched_at": resp.fetched_at,
                "etag": resp.header("ETag"), "last_modified": resp.header("Last-Modified")}
        if resp.status == 304:
            self._done(row, "done", reason="not_modified", **base)
            return
        if resp.status != 200:
            self._done(row, "error", reason=f"http_{resp.status}", message=f"HTTP {resp.status} {resp.reason}",
                       **base)
            return
        try:
            if row.kind == "article":
                self._article(row, resp, where, written, base)
            elif row.kind == "listing":
                self._listing(row, resp, base)
            else:
                self._feed_or_sitemap(row, resp, base)
        except DvtextError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad page never stops the crawl
            log.exception("%s: unexpected failure while processing the page", row.url)
            self._done(row, "error", reason="crash", message=f"{type(exc).__name__}: {exc}", **base)

    def _article(self, row: Row, resp: Response, where: tuple[str, int], written: set[str],
                 base: dict[str, Any]) -> None:
        from dvtext.collect.html import extract_article

        if resp.content_type not in _HTML_TYPES:
            self._done(row, "error", reason="not_html", message=f"Content-Type {resp.content_type}", **base)
            return
        try:
            art = extract_article(resp.body, url=resp.url, content_type=resp.header("Content-Type"),
                                  profile=self.extract_profile)
        except InputError as exc:
            msg = str(exc)
            kind = "empty" if "empty" in msg.lower() else "not_html" if ("PDF" in msg or "not an HTML" in msg) \
                else "bad_page"
            self._done(row, "error", reason=kind, message=msg, **base)
            return
        except ExtractionError as exc:
            self._done(row, "error", reason="no_article", message=str(exc), **base)
            return
        except RecursionError as exc:
            self._done(row, "error", reason="no_article", message=f"page nested too deep ({exc})", **base)
            return
        published = art.published
        if self.since and published and published[:10] < self.since:
            self._done(row, "skipped", reason="older", published=published, **base)
            return
        chash = content_hash(art.text)
        dup = self.frontier.duplicate_of(chash)
        if dup is not None:
            self._done(row, "skipped", reason="duplicate", message=f"same text as {dup}", content_hash=chash, **base)
            return
        sh = simhash(art.text)
        near = self.frontier.near_duplicate_of(sh, bits=self.settings.near_duplicate_bits)
        aid = article_id(row.key)
        source = self.profile.name if not self.profile.name.startswith("generic:") else self.profile.label
        art = replace(art, id=aid, url=resp.url, source=art.source or source)
        record = art.to_dict()
        record.update({"fetched_at": resp.fetched_at, "content_hash": chash, "warc": f"warc/{where[0]}#{where[1]}"})
        if near is not None:
            record["near_duplicate_of"] = near
        if aid not in written:
            self._append(record)
        self.report.articles += 1
        self._done(row, "done", reason="stored", published=published, content_hash=chash, article_id=aid,
                   remember={"content_hash": chash, "simhash": sh, "article_id": aid, "url": resp.url}, **base)

    def _listing(self, row: Row, resp: Response, base: dict[str, Any]) -> None:
        links = disc.listing_links(resp.body, url=resp.url, profile=self.profile)
        adds: list[dict[str, Any]] = []
        new_articles = 0
        for link in links:
            if link.kind == "article":
                if not self.frontier.known(link.url):
                    new_articles += 1
                adds.append({"url": link.url, "kind": "article", "depth": row.depth + 1, "parent": row.id})
            elif link.kind == "feed" and self.use_feeds:
                adds.append({"url": link.url, "kind": "feed", "depth": row.depth + 1, "parent": row.id})
            elif link.kind == "listing" and row.depth == 0 and row.page == 1 \
                    and (clean_url(row.url) or "").rstrip("/").count("/") <= 2 \
                    and disc.page_number(link.url) is None and self._depth_ok(row.depth + 1):
                # sections linked from the home page
                adds.append({"url": link.url, "kind": "listing", "depth": row.depth + 1, "parent": row.id,
                             "page": 1, "series": link.url})
        if new_articles and self._depth_ok(row.depth + 1):
            series = row.series or row.url
            for nxt in disc.next_page_urls(resp.body, url=resp.url, page=row.page, series=series,
                                           profile=self.profile):
                adds.append({"url": nxt, "kind": "listing", "depth": row.depth + 1, "parent": row.id,
                             "page": row.page + 1, "series": series, "revive": True})
                break
        self._done(row, "done", reason="listing", adds=adds, new_links=new_articles, **base)

    def _depth_ok(self, depth: int) -> bool:
        return self.max_depth is None or depth <= self.max_depth

    def _feed_or_sitemap(self, row: Row, resp: Response, base: dict[str, Any]) -> None:
        body = resp.body
        if row.kind == "sitemap" or disc.is_sitemap(row.url, resp.content_type, body):
            links = disc.sitemap_links(body, url=resp.url, profile=self.profile)
        else:
            links = disc.feed_links(body, url=resp.url, profile=self.profile)
        adds: list[dict[str, Any]] = []
        new = 0
        for link in links:
            if self.since and link.published and link.published < self.since:
                continue
            if link.kind == "sitemap" and not self._depth_ok(row.depth + 1):
                continue
            new += not self.frontier.known(link.url)
            adds.append({"url": link.url, "kind": link.kind, "depth": row.depth + 1, "parent": row.id,
                         "lastmod": link.published})
        self._done(row, "done", reason=row.kind, adds=adds, new_links=new, **base)


def crawl(
    target: str | SiteProfile,
    *,
    out: str | os.PathLike[str],
    settings: CrawlSettings | None = None,
    since: date | str | None = None,
    max_articles: int | None = None,
    max_depth: int | None = None,
    start_urls: list[str] | None = None,
    feeds: bool = True,
    sitemaps: bool = True,
    progress: Callable[[CrawlProgress], None] | None = None,
) -> CrawlReport:
    """Crawl a site (or resume an interrupted crawl) into an archive folder.

    Args:
        target: a site profile, a profile name or site (``"baonghean"``, ``"baonghean.vn"``), or a start URL.
        out: the archive folder (created); running again in the same folder resumes or recrawls.
        settings: politeness, timeouts and caps (:class:`CrawlSettings`).
        since: skip articles published before this date and stop paginating past it.
        max_articles: stop after storing this many articles (counted across restarts of one crawl).
        max_depth: pagination/section depth limit (start pages are depth 0).
        start_urls: overrides the profile's start URLs.
        feeds: follow the profile's RSS/Atom feeds. sitemaps: follow its sitemaps (and robots.txt ones).
        progress: called after every page with a :class:`CrawlProgress`.

    Returns:
        The run's :class:`CrawlReport` (also written to ``out/report.json``).

    Raises:
        InputError: unknown target, bad ``since``, or ``out`` is being crawled by another process.

    Example:
        >>> r = crawl("https://baonghean.vn/xay-dung-dang/", out="archive", max_articles=50)  # doctest: +SKIP
        >>> print(r.summary())  # doctest: +SKIP
    """
    profile, starts = resolve_target(target)
    if start_urls:
        starts = [u for u in (clean_url(s) for s in start_urls) if u]
    if max_articles is not None and max_articles < 0:
        raise InputError("max_articles must be >= 0")
    out_path = Path(out)
    out_path.mkdir(parents=True, exist_ok=True)
    lock = _lock(out_path)
    try:
        job = _Crawl(profile, starts, out_path, settings or CrawlSettings(), since=_since(since),
                     max_articles=max_articles, max_depth=max_depth, progress=progress, feeds=feeds,
                     sitemaps=sitemaps, target=target if isinstance(target, str) else profile.name)
        return job.run()
    finally:
        lock.close()


def _lock(folder: Path) -> Any:
    """An exclusive lock on ``folder/crawl.lock`` (released when the process dies, even by SIGKILL)."""
    fh = open(folder / "crawl.lock", "a+")  # noqa: SIM115 - held for the crawl
    try:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except ImportError:  # pragma: no cover - not POSIX
        pass
    except OSError as exc:
        fh.close()
        raise InputError(f"{folder} is being crawled by another dvtext process; wait for it or use another "
                         "--out folder") from exc
    return fh
