"""``dvtext.Corpus``: an analysed archive as pandas DataFrames, with filters.

A corpus is a dvtext SQLite store (``dvtext process ... --out STORE.sqlite``) or a JSONL file of analysis
records (``dvtext analyze ... -o out.jsonl`` or ``dvtext process ... --out out.jsonl``; loaded into an
in-memory store). Filters return a new, narrower corpus; the tables are read when asked for.

Example:
    >>> from dvtext import Corpus
    >>> c = Corpus("archive.sqlite").filter(topic="giam_ngheo", province="Nghệ An", since="2017-01-01")  # doctest: +SKIP
    >>> c.statistics().query("unit == '%'")[["indicator", "value", "article_id"]]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dvtext.errors import InputError
from dvtext.io.store import Store

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Corpus"]


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - optional extra
        raise InputError("dvtext.Corpus needs pandas: pip install 'dvtext[tables]'") from None
    return pd


def _open_store(path: Path) -> Store:
    name = path.name.lower()
    if name.endswith((".sqlite", ".sqlite3", ".db")):
        return Store(path, readonly=True)
    if name.endswith((".jsonl", ".jsonl.gz")):
        import gzip
        import hashlib

        store = Store(":memory:")
        opener = gzip.open if name.endswith(".gz") else open
        batch: list[dict[str, Any]] = []
        with opener(path, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{lineno}: not valid JSON ({exc})") from None
                if not isinstance(rec, dict) or "id" not in rec or "text" not in rec:
                    raise InputError(f"{path}:{lineno}: not an analysis record (needs 'id' and 'text')")
                h = rec.get("content_hash") or hashlib.sha1(line.encode()).hexdigest()
                batch.append({"record": rec, "content_hash": h})
                if len(batch) >= 500:
                    store.write(batch)
                    batch = []
        store.write(batch)
        return store
    raise InputError(f"{path}: a corpus is a dvtext .sqlite store or a .jsonl file of analysis records")


@dataclass(frozen=True)
class Corpus:
    """An analysed archive (store or JSONL of records) with lazy DataFrame views and filters."""

    path: str | os.PathLike[str]
    _where: tuple[str, ...] = ()
    _params: tuple[Any, ...] = ()
    _store: Store = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self._store is None:
            p = Path(self.path)
            if not p.exists():
                raise InputError(f"{p}: no such corpus file")
            object.__setattr__(self, "_store", _open_store(p))

    # ------------------------------------------------------------------ filters
    def filter(
        self,
        *,
        topic: str | None = None,
        province: str | None = None,
        place: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        primary_only: bool = False,
    ) -> Corpus:
        """A narrower corpus.

        Args:
            topic: articles tagged with this topic id (``primary_only``: as their primary topic).
            province: articles with a place or body in this province ("Nghệ An").
            place: articles naming this place (matched in LOC entities' text or canonical name).
            since, until: ISO dates bounding ``published`` (inclusive).
            source: the source/site name, or a substring of the URL ("baonghean.vn").
        """
        where = list(self._where)
        params = list(self._params)
        if topic:
            if primary_only:
                where.append("a.primary_topic = ?")
            else:
                where.append("a.id IN (SELECT article_id FROM topics WHERE label = ?)")
            params.append(topic)
        if province:
            where.append("a.id IN (SELECT article_id FROM entities WHERE province = ?)")
            params.append(province)
        if place:
            where.append("a.id IN (SELECT article_id FROM entities WHERE label = 'LOC' AND "
                         "(text LIKE ? OR canonical LIKE ?))")
            params += [f"%{place}%", f"%{place}%"]
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("substr(a.published, 1, 10) <= ?")
            params.append(until)
        if source:
            where.append("(a.source = ? OR a.url LIKE ?)")
            params += [source, f"%{source}%"]
        return replace(self, _where=tuple(where), _params=tuple(params))

    def _article_filter(self) -> tuple[str, tuple[Any, ...]]:
        if not self._where:
            return "", ()
        return " WHERE " + " AND ".join(self._where), self._params

    def _frame(self, sql: str, params: tuple[Any, ...]) -> pd.DataFrame:
        pd = _pandas()
        cur = self._store.con.execute(sql, params)
        cols = [d[0] for d in cur.description]
        return pd.DataFrame.from_records(cur.fetchall(), columns=cols)

    # ------------------------------------------------------------------ tables
    def articles(self, *, text: bool = False) -> pd.DataFrame:
        """One row per article (``text`` adds the body column)."""
        cols = ("a.id, a.url, a.title, a.published, a.source, a.author, a.category, a.primary_topic, "
                "a.n_sentences, a.n_statistics, a.n_entities" + (", a.text" if text else ""))
        where, params = self._article_filter()
        return self._frame(f"SELECT {cols} FROM articles a{where} ORDER BY a.rowid", params)

    def _child(self, table: str) -> pd.DataFrame:
        where, params = self._article_filter()
        sql = (f"SELECT t.* , a.published, a.source, a.url FROM {table} t JOIN articles a ON a.id = t.article_id"
               f"{where} ORDER BY a.rowid" + (", t.idx" if table != "topics" else ", t.rank"))
        return self._frame(sql, params)

    def statistics(self) -> pd.DataFrame:
        """One row per statistic, with the article's date, source and URL."""
        return self._child("statistics")

    def entities(self) -> pd.DataFrame:
        """One row per entity mention."""
        return self._child("entities")

    def topics(self) -> pd.DataFrame:
        """One row per assigned topic (label, score, rank)."""
        return self._child("topics")

    def dates(self) -> pd.DataFrame:
        """One row per date mention."""
        return self._child("dates")

    def records(self) -> list[dict[str, Any]]:
        """The full analysis records of the (filtered) corpus."""
        where, params = self._article_filter()
        rows = self._store.con.execute(f"SELECT a.record FROM articles a{where} ORDER BY a.rowid", params)
        return [json.loads(r[0]) for r in rows]

    def __len__(self) -> int:
        where, params = self._article_filter()
        return int(self._store.con.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search (see :meth:`dvtext.io.store.Store.search`); filters do not apply."""
        return self._store.search(query, limit=limit)
