"""Reading and writing article collections: ``readers``, ``writers``, ``store``.

WARC files (``.warc``, ``.warc.gz``, as written by ``dvtext crawl``) are registered here with the
readers; their pages go through the same article extractor as ``.html`` files
(:func:`dvtext.collect.warc.read_warc_file`, imported only when a WARC file is read).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dvtext.io import readers as _readers


def _read_warc(path: Path) -> Iterator[_readers.Item]:
    """Articles of a WARC file (lazy import of the collector)."""
    from dvtext.collect.warc import read_warc_file

    yield from read_warc_file(path)


_readers.register_reader(".warc", _read_warc)
_readers.register_reader(".warc.gz", _read_warc)
