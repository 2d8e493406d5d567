"""Where batch results go: a JSONL file, the SQLite store, or CSV / Parquet tables.

A *sink* takes batches of results from :mod:`dvtext.batch` and knows which content hashes it already
holds, so a killed run restarts where it stopped:

* :class:`JsonlSink` appends one analysis record per line (complete lines only: a partial last line left
  by a kill is cut off on reopening); failures go to ``<name>.errors.jsonl`` beside it;
* :class:`StoreSink` writes the SQLite store (:class:`dvtext.io.store.Store`), one transaction per batch;
* :class:`TablesSink` keeps a store in ``OUT_DIR/store.sqlite`` and, when the run ends, exports the tables
  ``articles``, ``statistics``, ``dates``, ``entities``, ``topics``, ``errors`` as CSV or Parquet files
  beside it (each written to a temporary file and renamed).

Example:
    >>> sink = open_sink("out.jsonl")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from dvtext.errors import InputError
from dvtext.io.store import Store

__all__ = ["JsonlSink", "Sink", "StoreSink", "TablesSink", "export_tables", "open_sink", "TABLES"]

log = logging.getLogger(__name__)

TABLES = ("articles", "statistics", "dates", "entities", "topics", "errors")


class Sink(Protocol):
    """What :func:`dvtext.batch.process` writes to."""

    def done_hashes(self) -> set[str]: ...
    def write(self, results: Iterable[Mapping[str, Any]]) -> tuple[int, int]: ...
    def close(self) -> None: ...


def _truncate_partial_line(path: Path) -> None:
    """Cut a trailing line that has no newline (left by a killed writer)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        pos = size
        block = 65536
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                cut = start + nl + 1
                if cut != size:
                    log.warning("%s: dropping a partial last line (%d bytes) left by an interrupted run",
                                path, size - cut)
                    fh.truncate(cut)
                return
            pos = start
        fh.truncate(0)


class JsonlSink:
    """Analysis records as JSON lines; failures in ``<stem>.errors.jsonl``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if self.path.name.endswith(".gz"):
            raise InputError("compressed JSONL output cannot be resumed safely; write .jsonl (gzip it after)")
        self.errors_path = self.path.with_name(self.path.name.removesuffix(".jsonl") + ".errors.jsonl")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for p in (self.path, self.errors_path):
            _truncate_partial_line(p)
        self._fh = self.path.open("a", encoding="utf-8")
        self._err = self.errors_path.open("a", encoding="utf-8")

    def done_hashes(self) -> set[str]:
        done: set[str] = set()
        for p in (self.path, self.errors_path):
            if not p.exists():
                continue
            with p.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        h = json.loads(line).get("content_hash")
                    except json.JSONDecodeError:
                        continue
                    if h:
                        done.add(h)
        return done

    def write(self, results: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
        n_ok = n_err = 0
        for r in results:
            if "record" in r:
                rec = dict(r["record"])
                rec["content_hash"] = r["content_hash"]
                self._fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n_ok += 1
            else:
                self._err.write(json.dumps(dict(r), ensure_ascii=False) + "\n")
                n_err += 1
        for fh in (self._fh, self._err):
            fh.flush()
            os.fsync(fh.fileno())
        return n_ok, n_err

    def close(self) -> None:
        self._fh.close()
        self._err.close()


class StoreSink:
    """The SQLite store as a sink."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.store = Store(path)

    def done_hashes(self) -> set[str]:
        return self.store.done_hashes()

    def write(self, results: Iterable[Mapping[str, Any]]) -> tuple[int, int]:
        return self.store.write(results)

    def close(self) -> None:
        self.store.close()


def export_tables(store: Store, out_dir: str | os.PathLike[str], *, fmt: str = "csv") -> list[Path]:
    """Export the store's tables as ``OUT_DIR/<table>.csv`` or ``.parquet``; returns the files written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        cur = store.con.execute(f"SELECT * FROM {table}" + (" ORDER BY rowid" if table == "articles" else ""))
        cols = [d[0] for d in cur.description]
        if table == "articles":
            keep = [i for i, c in enumerate(cols) if c not in ("rowid", "record", "sentences", "words")]
        else:
            keep = [i for i, c in enumerate(cols) if c != "rowid"]
        names = [cols[i] for i in keep]
        target = out / f"{table}.{ 'parquet' if fmt == 'parquet' else 'csv'}"
        tmp = target.with_name(target.name + ".part")
        if fmt == "parquet":
            _write_parquet(cur, keep, names, tmp)
        elif fmt == "csv":
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(names)
                for row in cur:
                    w.writerow([row[i] for i in keep])
        else:
            raise InputError(f"unknown table format {fmt!r}: use csv or parquet")
        tmp.replace(target)
        written.append(target)
    return written


def _write_parquet(cur: Any, keep: list[int], names: list[str], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - optional extra
        raise InputError("Parquet output needs pyarrow: pip install 'dvtext[tables]'") from None
    writer = None
    while True:
        rows = cur.fetchmany(5000)
        if not rows and writer is not None:
            break
        columns = {n: [r[i] for r in rows] for n, i in zip(names, keep, strict=True)}
        table = pa.table(columns)
        if writer is None:
            writer = pq.ParquetWriter(path, table.schema)
        elif table.schema != writer.schema:
            table = table.cast(writer.schema)
        writer.write_table(table)
        if not rows:
            break
    writer.close()


class TablesSink(StoreSink):
    """CSV or Parquet tables in a folder, built from a store kept beside them."""

    def __init__(self, out_dir: str | os.PathLike[str], *, fmt: str) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.fmt = fmt
        super().__init__(self.out_dir / "store.sqlite")

    def close(self) -> None:
        export_tables(self.store, self.out_dir, fmt=self.fmt)
        super().close()


def open_sink(out: str | os.PathLike[str], *, fmt: str | None = None) -> Sink:
    """The sink for ``out``: ``.jsonl`` → JSONL, ``.sqlite``/``.db`` → store, else a folder of ``fmt`` tables."""
    p = Path(out)
    name = p.name.lower()
    if fmt in (None, "jsonl") and name.endswith((".jsonl", ".jsonl.gz")):
        return JsonlSink(p)
    if fmt in (None, "sqlite") and name.endswith((".sqlite", ".sqlite3", ".db")):
        return StoreSink(p)
    if fmt in ("csv", "parquet"):
        return TablesSink(p, fmt=fmt)
    raise InputError(
        f"cannot tell the output format of {out!r}: use a .jsonl or .sqlite file, "
        "or a folder with --format csv|parquet"
    )
