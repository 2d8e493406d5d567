"""The dvtext SQLite store: analysed articles as tables, with full-text search.

Tables (``dvtext process INPUT... --out STORE.sqlite`` writes them; :class:`dvtext.Corpus` reads them):

* ``articles``   one row per article, keyed by ``id``: metadata, ``text``, ``content_hash``,
  ``primary_topic``, ``sentences`` (JSON spans), ``words`` (the body's word tokens, lower-cased, syllables
  joined by "_", space-separated: the input of topic term statistics) and ``record`` (the analysis
  record, JSON);
* ``statistics`` one row per statistic (``article_id``, ``idx`` + the Statistic fields);
* ``dates``      one row per date mention;
* ``entities``   one row per entity (``article_id``, ``idx`` + the Entity fields);
* ``topics``     one row per assigned topic (``article_id``, ``label``, ``score``, ``rank``);
* ``errors``     one row per item that failed (``location``, ``article_id``, ``stage``, ``reason``);
* ``articles_fts`` an FTS5 index over titles and bodies (``search()``).

The database runs in WAL mode; every batch is written in one transaction, so a killed writer leaves
either the whole batch or none of it.

Example:
    >>> store = Store("archive.sqlite")  # doctest: +SKIP
    >>> [hit["title"] for hit in store.search("cải cách hành chính", limit=3)]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from dvtext.errors import InputError

__all__ = ["Store", "SCHEMA_VERSION", "STAT_COLUMNS", "ENTITY_COLUMNS", "DATE_COLUMNS", "ARTICLE_COLUMNS"]

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

ARTICLE_COLUMNS = ("id", "content_hash", "url", "title", "published", "source", "author", "category",
                   "text", "primary_topic", "n_sentences", "n_statistics", "n_entities")
STAT_COLUMNS = ("text", "start", "end", "value", "unit", "kind", "qualifier", "change", "indicator",
                "sentence", "high", "denominator", "period")
DATE_COLUMNS = ("text", "start", "end", "value", "kind", "sentence", "end_value")
ENTITY_COLUMNS = ("text", "start", "end", "label", "canonical", "level", "province", "current", "role",
                  "type", "number", "code", "issuer", "date", "ref", "sentence")

_DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  url TEXT, title TEXT, published TEXT, source TEXT, author TEXT, category TEXT,
  text TEXT NOT NULL,
  primary_topic TEXT NOT NULL DEFAULT 'none',
  n_sentences INTEGER, n_statistics INTEGER, n_entities INTEGER,
  sentences TEXT,
  words TEXT,
  record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS articles_primary ON articles(primary_topic);
CREATE TABLE IF NOT EXISTS statistics (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  {", ".join(f'"{c}"' + (" REAL" if c in ("value", "high", "denominator") else "") for c in STAT_COLUMNS)},
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS statistics_indicator ON statistics(indicator);
CREATE INDEX IF NOT EXISTS statistics_unit ON statistics(unit);
CREATE TABLE IF NOT EXISTS dates (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  {", ".join(f'"{c}"' for c in DATE_COLUMNS)},
  PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  {", ".join(f'"{c}"' for c in ENTITY_COLUMNS)},
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX IF NOT EXISTS entities_label ON entities(label, canonical);
CREATE INDEX IF NOT EXISTS entities_province ON entities(province);
CREATE TABLE IF NOT EXISTS topics (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  score REAL NOT NULL,
  rank INTEGER NOT NULL,
  PRIMARY KEY (article_id, label)
);
CREATE INDEX IF NOT EXISTS topics_label ON topics(label);
CREATE TABLE IF NOT EXISTS errors (
  rowid INTEGER PRIMARY KEY,
  location TEXT, article_id TEXT, content_hash TEXT, stage TEXT, reason TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS errors_hash ON errors(content_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
"""


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    else:
        con = sqlite3.connect(path, timeout=30)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    con.row_factory = sqlite3.Row
    return con


class Store:
    """An analysis store in one SQLite file (created on first use).

    Args:
        path: the ``.sqlite`` file.
        readonly: open an existing store for reading only.

    Raises:
        InputError: the file is not a dvtext store (or not SQLite at all), or ``readonly`` and it is missing.
    """

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise InputError(f"{self.path}: no such store; create it with 'dvtext process INPUT --out {self.path}'")
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)  # like the other sinks; OSError if it cannot
        try:
            self.con = _connect(self.path, readonly=readonly)
            if readonly:
                self._check_schema()
            else:
                self.con.executescript(_DDL)
                self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                self.con.commit()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"{self.path} is not a dvtext SQLite store ({exc})") from None

    def _check_schema(self) -> None:
        names = {r[0] for r in self.con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "articles" not in names or "meta" not in names:
            raise InputError(f"{self.path} is SQLite but not a dvtext store (no 'articles' table)")

    # ------------------------------------------------------------------ writing
    def done_hashes(self) -> set[str]:
        """Content hashes already stored (articles and recorded failures): what a resumed run skips."""
        done = {r[0] for r in self.con.execute("SELECT content_hash FROM articles")}
        done |= {r[0] for r in self.con.execute("SELECT content_hash FROM errors WHERE content_hash IS NOT NULL")}
        return done

    def write(self, results: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
        """Write a batch of batch results in one transaction; returns (articles, errors) written.

        Each result is ``{"record": <analysis record>, "content_hash": ...}`` or
        ``{"error": <reason>, "location": ..., "content_hash": ..., "stage": ...}``.
        """
        n_ok = n_err = 0
        with self.con:
            for r in results:
                if "record" in r:
                    self._insert_record(r["record"], r["content_hash"], r.get("words"))
                    n_ok += 1
                else:
                    self.con.execute(
                        "INSERT INTO errors(location, article_id, content_hash, stage, reason) VALUES (?,?,?,?,?)",
                        (r.get("location"), r.get("id"), r.get("content_hash"), r.get("stage"), r["error"]),
                    )
                    n_err += 1
        return n_ok, n_err

    def _insert_record(self, rec: Mapping[str, Any], content_hash: str, words: str | None = None) -> None:
        aid = rec["id"]
        exists = self.con.execute("SELECT content_hash FROM articles WHERE id=?", (aid,)).fetchone()
        if exists is not None:
            if exists[0] == content_hash:
                return  # already stored: a resumed batch
            self.con.execute("DELETE FROM articles WHERE id=?", (aid,))  # same id, new content: replace
        self.con.execute(
            "INSERT INTO articles(id, content_hash, url, title, published, source, author, category, text, "
            "primary_topic, n_sentences, n_statistics, n_entities, sentences, words, record) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (aid, content_hash, rec.get("url"), rec.get("title"), rec.get("published"), rec.get("source"),
             rec.get("author"), rec.get("category"), rec["text"], rec.get("primary_topic") or "none",
             len(rec.get("sentences", ())), len(rec.get("statistics", ())), len(rec.get("entities", ())),
             json.dumps(rec.get("sentences", []), separators=(",", ":")), words,
             json.dumps(rec, ensure_ascii=False, separators=(",", ":"))),
        )
        for table, cols, key in (("statistics", STAT_COLUMNS, "statistics"), ("dates", DATE_COLUMNS, "dates"),
                                 ("entities", ENTITY_COLUMNS, "entities")):
            rows = [(aid, i, *(item.get(c) for c in cols)) for i, item in enumerate(rec.get(key, ()))]
            if rows:
                quoted = ", ".join(f'"{c}"' for c in cols)
                marks = ",".join("?" * (len(cols) + 2))
                self.con.executemany(f"INSERT INTO {table}(article_id, idx, {quoted}) VALUES ({marks})", rows)
        trows = [(aid, t["label"], t["score"], i) for i, t in enumerate(rec.get("topics", ()))]
        if trows:
            self.con.executemany("INSERT INTO topics(article_id, label, score, rank) VALUES (?,?,?,?)", trows)

    # ------------------------------------------------------------------ reading
    def count(self, table: str = "articles") -> int:
        """Rows in ``table``."""
        if table not in ("articles", "statistics", "dates", "entities", "topics", "errors"):
            raise InputError(f"unknown table {table!r}")
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def records(self, *, where: str = "", params: tuple[Any, ...] = ()) -> Iterator[dict[str, Any]]:
        """Analysis records in insertion order (streamed)."""
        sql = "SELECT record FROM articles" + (f" WHERE {where}" if where else "") + " ORDER BY rowid"
        for (rec,) in self.con.execute(sql, params):
            yield json.loads(rec)

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies (FTS5 syntax; a plain phrase is matched as a phrase).

        Example:
            >>> store.search("cải cách hành chính")  # doctest: +SKIP
        """
        q = query.strip()
        if not q:
            raise InputError("empty search query")
        if not any(op in q for op in ('"', " AND ", " OR ", " NOT ", "*", "NEAR(")):
            q = '"' + q.replace('"', " ") + '"'
        try:
            rows = self.con.execute(
                "SELECT a.id, a.title, a.url, a.published, a.source, a.primary_topic, "
                "snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, bm25(articles_fts) AS rank "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (q, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise InputError(f"bad search query {query!r}: {exc}") from None
        return [dict(r) for r in rows]

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
