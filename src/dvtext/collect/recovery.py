"""Repairing an archive folder after a crawl was killed (``kill -9``, power cut, Ctrl-C).

The crawl writes each page in this order: WARC record(s) → article line in ``articles.jsonl`` → one
SQLite transaction that marks the page done and records how far the WARC file and the JSONL file are
committed (``meta``: ``warc_file``, ``warc_offset``, ``jsonl_size``). A kill can leave:

* a half-written last line in ``articles.jsonl``: :func:`repair_jsonl` cuts it off and returns the ids of
  the complete lines written after the committed size (articles already stored, not yet committed);
* a half-written WARC record: :func:`warc_tail` truncates the file after the last complete record and
  returns the responses written after the committed offset, grouped by frontier key, so the crawl can
  process them again from the archive instead of fetching them again.

Example:
    >>> ids = repair_jsonl(Path("archive/articles.jsonl"), committed=48213)  # doctest: +SKIP
    >>> tail = warc_tail(Path("archive/warc"), "dvtext-20240615T080000Z-00001.warc.gz", 1_204_551)  # doctest: +SKIP
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from dvtext.collect.warc import ArchivedResponse, scan_tail

__all__ = ["repair_jsonl", "warc_tail"]

log = logging.getLogger(__name__)


def repair_jsonl(path: Path, *, committed: int) -> set[str]:
    """Cut a half-written last line off ``path``; the ids of the lines after byte ``committed``."""
    ids: set[str] = set()
    if not path.exists():
        return ids
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        if size:
            fh.seek(size - 1)
            if fh.read(1) != b"\n":
                fh.seek(0)
                cut = fh.read().rfind(b"\n") + 1
                fh.truncate(cut)
                log.warning("%s: dropped a half-written last line (%d bytes)", path, size - cut)
        fh.seek(min(committed, fh.seek(0, os.SEEK_END)))
        for line in fh:
            try:
                ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue
    return ids


def warc_tail(folder: Path, committed_file: str, committed_offset: int) -> dict[str, list[ArchivedResponse]]:
    """Responses written after the committed point, by frontier key; cut-short records are truncated away.

    Files are named so that sorting by name is sorting by time; files before ``committed_file`` are
    complete and skipped. With no committed file yet, every file is scanned from its start.
    """
    tail: dict[str, list[ArchivedResponse]] = {}
    files = sorted(folder.glob("*.warc.gz")) if folder.exists() else []
    for path in files:
        if committed_file and path.name < committed_file:
            continue
        start = committed_offset if path.name == committed_file else 0
        records, good_end = scan_tail(path, start)
        if good_end < path.stat().st_size:
            with open(path, "r+b") as fh:
                fh.truncate(good_end)
            log.warning("%s: dropped a half-written WARC record after byte %d", path, good_end)
        for rec in records:
            if rec.key:
                tail.setdefault(rec.key, []).append(rec)
    return tail
