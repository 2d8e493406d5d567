"""Read articles from files: ``.txt``, ``.html``, ``.jsonl`` / ``.jsonl.gz`` and folders of them.

Readers stream: they yield one :class:`~dvtext.types.Article` at a time, or an :class:`Unreadable` record
for an item that cannot be read (a broken JSON line, a file in an unknown encoding), so a caller can
report it and go on. Nothing is silently dropped.

Example:
    >>> for item in read_articles(["corpora/samples/que-phong.txt"]):  # doctest: +SKIP
    ...     print(item.title)
    Gắn công tác dân vận chính quyền với cải cách hành chính ở Quế Phong
"""

from __future__ import annotations

import gzip
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dvtext.errors import InputError
from dvtext.types import Article

__all__ = ["Unreadable", "count_items", "read_articles", "read_path", "read_text_file", "suffixes", "register_reader"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An item that could not be read: where it is (``path`` or ``path:line``) and why."""

    location: str
    reason: str


Item = Article | Unreadable
Reader = Callable[[Path], Iterator[Item]]


def _decode(data: bytes, where: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{where}: not UTF-8 and no other encoding fits; convert it to UTF-8")
    log.info("%s decoded as %s", where, best.encoding)
    return str(best)


#: A first line longer than this is the article's text, not its title (Vietnamese headlines run to ~150).
MAX_TITLE_CHARS = 300


def read_text_file(path: Path) -> Iterator[Item]:
    """A ``.txt`` article: the first non-empty line is the title, the rest is the body. A file of one line, or one
    whose first line is longer than any headline (``MAX_TITLE_CHARS``), is all body, with no title."""
    try:
        raw = _decode(path.read_bytes(), str(path))
    except (OSError, InputError) as exc:
        yield Unreadable(str(path), str(exc))
        return
    lines = raw.splitlines()
    idx = next((i for i, line in enumerate(lines) if line.strip()), None)
    if idx is None:
        yield Unreadable(str(path), "empty file")
        return
    title = lines[idx].strip()
    body = "\n".join(lines[idx + 1 :]).strip("\n")
    if body.strip() and len(title) <= MAX_TITLE_CHARS:
        yield Article(text=body, title=title, id=path.stem, source=str(path))
    else:  # an article pasted on one line is no headline
        yield Article(text="\n".join(lines[idx:]).strip("\n"), title=None, id=path.stem, source=str(path))


def read_html_file(path: Path) -> Iterator[Item]:
    """An ``.html`` page through the article extractor (:mod:`dvtext.collect.html`)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Unreadable(str(path), str(exc))
        return
    try:
        from dvtext.collect.html import extract_article

        article = extract_article(data, url=None)
    except Exception as exc:
        yield Unreadable(str(path), f"no article could be extracted: {exc}")
        return
    if article.id is None:
        from dataclasses import replace

        article = replace(article, id=path.stem, source=article.source or str(path))
    yield article


def read_jsonl_file(path: Path) -> Iterator[Item]:
    """A ``.jsonl`` or ``.jsonl.gz`` file: one article per line with at least ``text``."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{path}:{lineno}"
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield Unreadable(where, f"not valid JSON ({exc})")
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    yield Unreadable(where, "a JSONL line must be an object with a string 'text' field")
                    continue
                yield Article.from_dict(obj)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Unreadable(str(path), f"cannot read: {exc}")


def read_store_file(path: Path) -> Iterator[Item]:
    """Articles of a dvtext SQLite store (to analyse them again with newer extractors)."""
    from dvtext.io.store import Store

    try:
        store = Store(path, readonly=True)
    except InputError as exc:
        yield Unreadable(str(path), str(exc))
        return
    try:
        cols = "id, url, title, published, source, author, category, text"
        for row in store.con.execute(f"SELECT {cols} FROM articles ORDER BY rowid"):
            yield Article.from_dict(dict(row))
    finally:
        store.close()


_READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".jsonl.gz": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".sqlite": read_store_file,
    ".sqlite3": read_store_file,
}


def suffixes() -> tuple[str, ...]:
    """The file types :func:`read_path` reads (including those registered later, e.g. WARC)."""
    return tuple(_READERS)


def register_reader(suffix: str, reader: Reader) -> None:
    """Teach :func:`read_path` a new file type (used by the collector for ``.warc``/``.warc.gz``)."""
    _READERS[suffix] = reader


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    for suf in sorted(_READERS, key=len, reverse=True):
        if name.endswith(suf):
            return suf
    return None


def count_items(paths: Iterable[str | os.PathLike[str]], *, seconds: float = 5.0) -> int | None:
    """How many items :func:`read_articles` will yield, or ``None`` when counting takes too long."""
    import time

    deadline = time.monotonic() + seconds
    n = 0
    for p in paths:
        q = Path(p)
        files = sorted(c for c in q.rglob("*") if c.is_file() and _suffix(c)) if q.is_dir() else [q]
        for f in files:
            suf = _suffix(f)
            if suf in (".jsonl", ".jsonl.gz", ".ndjson"):
                opener = gzip.open if f.name.endswith(".gz") else open
                try:
                    with opener(f, "rb") as fh:
                        for line in fh:
                            n += bool(line.strip())
                            if not n % 5000 and time.monotonic() > deadline:
                                return None
                except (OSError, EOFError):
                    n += 1
            elif suf in (".sqlite", ".sqlite3"):
                import sqlite3

                try:
                    con = sqlite3.connect(f"file:{f}?mode=ro", uri=True)
                    n += con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    con.close()
                except sqlite3.Error:
                    n += 1
            elif suf in (".txt", ".html", ".htm"):
                n += 1
            else:
                return None  # archives of unknown size (WARC): no total
            if time.monotonic() > deadline:
                return None
    return n


def read_path(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Articles of one file or of every readable file under a folder (sorted, recursive)."""
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.rglob("*")):
            if child.is_file() and _suffix(child) is not None:
                yield from read_path(child)
        return
    if not p.exists():
        yield Unreadable(str(p), "no such file or folder")
        return
    suf = _suffix(p)
    if suf is None:
        yield Unreadable(str(p), f"unknown file type; dvtext reads {', '.join(suffixes())} and folders of them")
        return
    yield from _READERS[suf](p)


def read_articles(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Item]:
    """Articles of every path in order (files, folders)."""
    for p in paths:
        yield from read_path(p)
