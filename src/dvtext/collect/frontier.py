"""The crawl's crash-safe state: a SQLite frontier (WAL mode) of URLs with their state.

``ARCHIVE_DIR/frontier.sqlite`` holds one row per page (keyed by :func:`~dvtext.collect.urls.url_key`, so a
page is queued once however many links point to it) with its kind (``article``, ``listing``, ``feed``,
``sitemap``), depth, the page it was found on, its state (``pending`` → ``done`` | ``error`` |
``skipped``), the validators for conditional requests (ETag, Last-Modified) and, for articles, the content
hash and simhash used for duplicate detection. Every change is a transaction; ``meta`` records how far the
WARC file and ``articles.jsonl`` were written when the last page was committed, which is what a restart
after ``kill -9`` needs to resume without refetching or duplicating anything (see
:mod:`dvtext.collect.crawl`).

Example:
    >>> f = Frontier(Path("archive/frontier.sqlite"))  # doctest: +SKIP
    >>> f.add("https://baonghean.vn/xay-dung-dang/", kind="listing")  # doctest: +SKIP
    True
    >>> f.counts()  # doctest: +SKIP
    {'pending': 1}
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dvtext.collect.dedup import bands, hamming, to_signed
from dvtext.collect.urls import host_of, url_key
from dvtext.errors import InputError

__all__ = ["Frontier", "Row", "PRIORITY"]

SCHEMA_VERSION = 1
PRIORITY = {"robots": 0, "article": 1, "feed": 5, "sitemap": 5, "listing": 10}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS urls (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    host TEXT NOT NULL,
    kind TEXT NOT NULL,
    depth INTEGER NOT NULL DEFAULT 0,
    parent INTEGER,
    page INTEGER NOT NULL DEFAULT 1,
    series TEXT,
    state TEXT NOT NULL DEFAULT 'pending',
    priority INTEGER NOT NULL,
    not_before REAL NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    status INTEGER,
    final_url TEXT,
    reason TEXT,
    message TEXT,
    etag TEXT,
    last_modified TEXT,
    lastmod TEXT,
    published TEXT,
    content_hash TEXT,
    article_id TEXT,
    new_links INTEGER,
    fetched_at TEXT,
    discovered_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls(state, priority, id);
CREATE INDEX IF NOT EXISTS urls_parent ON urls(parent);
CREATE INDEX IF NOT EXISTS urls_host ON urls(state, host, not_before);
CREATE TABLE IF NOT EXISTS hashes (hash TEXT PRIMARY KEY, article_id TEXT NOT NULL, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS simhash (
    band INTEGER NOT NULL, value INTEGER NOT NULL, hash INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (band, value, article_id)
);
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One frontier row (a page to fetch or fetched)."""

    id: int
    key: str
    url: str
    host: str
    kind: str
    depth: int
    parent: int | None
    page: int
    series: str | None
    state: str
    attempts: int
    etag: str | None
    last_modified: str | None
    lastmod: str | None
    not_before: float

    @classmethod
    def of(cls, r: sqlite3.Row) -> Row:
        return cls(r["id"], r["key"], r["url"], r["host"], r["kind"], r["depth"], r["parent"], r["page"],
                   r["series"], r["state"], r["attempts"], r["etag"], r["last_modified"], r["lastmod"],
                   r["not_before"])


class Frontier:
    """The URL frontier of one archive folder.

    Args:
        path: the SQLite file (created with its schema when missing).

    Raises:
        InputError: the file is not a dvtext frontier or is of a newer schema.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.con.row_factory = sqlite3.Row
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=NORMAL")
            self.con.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path} is not a dvtext frontier (SQLite said: {exc}); use another --out "
                             "folder") from exc
        version = self.get("schema_version")
        if version is None:
            self.set("schema_version", str(SCHEMA_VERSION))
        elif int(version) > SCHEMA_VERSION:
            raise InputError(f"{self.path} was written by a newer dvtext (schema {version}); upgrade dvtext")

    def close(self) -> None:
        """Close the database (the WAL is checkpointed)."""
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT`` (rolled back on error)."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    # ---------------------------------------------------------------- meta
    def get(self, key: str, default: str | None = None) -> str | None:
        """A value of the ``meta`` table."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str, *, con: sqlite3.Connection | None = None) -> None:
        """Set a ``meta`` value (inside ``con``'s transaction when given)."""
        (con or self.con).execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    # ---------------------------------------------------------------- adding
    def add(self, url: str, *, kind: str, depth: int = 0, parent: int | None = None, page: int = 1,
            series: str | None = None, lastmod: str | None = None, con: sqlite3.Connection | None = None) -> bool:
        """Queue a URL unless its page is known already; True when it was new."""
        key = url_key(url)
        cur = (con or self.con).execute(
            "INSERT OR IGNORE INTO urls(key, url, host, kind, depth, parent, page, series, priority, lastmod, "
            "discovered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, url, host_of(url), kind, depth, parent, page, series, PRIORITY.get(kind, 10),
             lastmod, time.time()))
        return cur.rowcount > 0

    def add_many(self, items: Iterable[dict[str, Any]], *, con: sqlite3.Connection | None = None) -> int:
        """Queue several URLs (``add`` keyword dicts); returns how many were new."""
        return sum(self.add(**item, con=con) for item in items)

    def known(self, url: str) -> bool:
        """True when the page of ``url`` is in the frontier (any state)."""
        return self.con.execute("SELECT 1 FROM urls WHERE key = ?", (url_key(url),)).fetchone() is not None

    def row(self, key: str) -> Row | None:
        """The row of a frontier key."""
        r = self.con.execute("SELECT * FROM urls WHERE key = ?", (key,)).fetchone()
        return Row.of(r) if r else None

    # ---------------------------------------------------------------- the queue
    def pending(self, *, now: float | None = None, limit: int = 64, hosts: Iterable[str] | None = None) -> list[Row]:
        """Pending rows that may be fetched now (of ``hosts`` when given), articles before listings."""
        t = time.time() if now is None else now
        sql = "SELECT * FROM urls WHERE state = 'pending' AND not_before <= ?"
        args: list[Any] = [t]
        if hosts is not None:
            hs = list(hosts)
            sql += f" AND host IN ({','.join('?' * len(hs))})"
            args += hs
        rows = self.con.execute(sql + " ORDER BY priority, depth, id LIMIT ?", (*args, limit)).fetchall()
        return [Row.of(r) for r in rows]

    def pending_hosts(self) -> dict[str, float]:
        """Hosts with pending rows, each with the earliest ``not_before`` of its rows."""
        return {r[0]: r[1] for r in self.con.execute(
            "SELECT host, min(not_before) FROM urls WHERE state = 'pending' GROUP BY host")}

    def next_wakeup(self) -> float | None:
        """The earliest ``not_before`` among pending rows, or None when nothing is pending."""
        r = self.con.execute("SELECT min(not_before) FROM urls WHERE state = 'pending'").fetchone()
        return r[0] if r and r[0] is not None else None

    def reschedule(self, row_id: int, *, not_before: float, reason: str) -> None:
        """Put a row back for later (host paused, robots.txt unreachable)."""
        self.con.execute("UPDATE urls SET not_before = ?, attempts = attempts + 1, reason = ? WHERE id = ?",
                         (not_before, reason, row_id))

    def finish(self, row_id: int, *, state: str, con: sqlite3.Connection | None = None, **fields: Any) -> None:
        """Record the outcome of a row (``state`` done/error/skipped and any column values)."""
        allowed = {"status", "final_url", "reason", "message", "etag", "last_modified", "published",
                   "content_hash", "article_id", "new_links", "fetched_at"}
        bad = set(fields) - allowed
        if bad:
            raise ValueError(f"unknown frontier fields {bad}")
        cols = ", ".join(f"{k} = ?" for k in fields)
        sql = f"UPDATE urls SET state = ?, attempts = attempts + 1{', ' + cols if cols else ''} WHERE id = ?"
        (con or self.con).execute(sql, (state, *fields.values(), row_id))

    def requeue(self, kinds: Iterable[str]) -> int:
        """Set done first pages of these kinds back to pending (a recrawl; ETag/Last-Modified are kept)."""
        ks = list(kinds)
        marks = ",".join("?" * len(ks))
        cur = self.con.execute(f"UPDATE urls SET state = 'pending', not_before = 0 WHERE state = 'done' "
                               f"AND page = 1 AND kind IN ({marks})", ks)
        return cur.rowcount

    def revive(self, url: str, *, con: sqlite3.Connection | None = None) -> bool:
        """Set a finished listing page back to pending (its previous page brought new articles)."""
        cur = (con or self.con).execute(
            "UPDATE urls SET state = 'pending', not_before = 0 WHERE key = ? AND kind = 'listing' "
            "AND state IN ('done', 'skipped')", (url_key(url),))
        return cur.rowcount > 0

    def children_dates(self, parent: int) -> tuple[int, int, int]:
        """The articles first found on page ``parent``: ``(count, count with a date, newest date as YYYYMMDD or 0)``."""
        r = self.con.execute(
            "SELECT count(*), count(published), max(substr(published, 1, 10)) FROM urls "
            "WHERE parent = ? AND kind = 'article'", (parent,)).fetchone()
        newest = int(r[2].replace("-", "")) if r[2] and r[2][:4].isdigit() and len(r[2]) == 10 else 0
        return int(r[0]), int(r[1]), newest

    def new_links_of(self, row_id: int) -> int | None:
        """How many new article links the page ``row_id`` gave, when it was processed."""
        r = self.con.execute("SELECT new_links FROM urls WHERE id = ?", (row_id,)).fetchone()
        return r[0] if r else None

    # ---------------------------------------------------------------- duplicates
    def duplicate_of(self, content_hash: str) -> str | None:
        """The article id already stored with this content hash, or None."""
        r = self.con.execute("SELECT article_id FROM hashes WHERE hash = ?", (content_hash,)).fetchone()
        return r[0] if r else None

    def near_duplicate_of(self, simhash: int, *, bits: int) -> str | None:
        """An article id whose simhash is within ``bits`` of ``simhash``, or None."""
        for band, value in bands(simhash, bits):
            for r in self.con.execute("SELECT hash, article_id FROM simhash WHERE band = ? AND value = ?",
                                      (band, value)):
                if hamming(r[0], simhash) <= bits:
                    return str(r[1])
        return None

    def remember(self, *, content_hash: str, simhash: int, article_id: str, url: str, bits: int,
                 con: sqlite3.Connection | None = None) -> None:
        """Store an article's hashes for later duplicate checks."""
        c = con or self.con
        c.execute("INSERT OR IGNORE INTO hashes(hash, article_id, url) VALUES (?, ?, ?)", (content_hash, article_id, url))
        if simhash:
            for band, value in bands(simhash, bits):
                c.execute("INSERT OR IGNORE INTO simhash(band, value, hash, article_id) VALUES (?, ?, ?, ?)",
                          (band, value, to_signed(simhash), article_id))

    # ---------------------------------------------------------------- reports
    def counts(self) -> dict[str, int]:
        """Rows by state."""
        return {r[0]: r[1] for r in self.con.execute("SELECT state, count(*) FROM urls GROUP BY state")}

    def reasons(self, state: str) -> dict[str, int]:
        """Rows of a state by reason (error kinds, skip reasons)."""
        return {(r[0] or "-"): r[1] for r in self.con.execute(
            "SELECT reason, count(*) FROM urls WHERE state = ? GROUP BY reason ORDER BY count(*) DESC", (state,))}

    def count(self, *, state: str, kind: str | None = None, reason: str | None = None) -> int:
        """Number of rows in a state (optionally of a kind and reason)."""
        sql, args = "SELECT count(*) FROM urls WHERE state = ?", [state]
        if kind is not None:
            sql, args = sql + " AND kind = ?", [*args, kind]
        if reason is not None:
            sql, args = sql + " AND reason = ?", [*args, reason]
        return int(self.con.execute(sql, args).fetchone()[0])
