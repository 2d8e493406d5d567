"""Raw capture: every response the crawler receives goes into gzipped WARC files (warcio).

Layout: ``ARCHIVE_DIR/warc/dvtext-<UTC time>-<n>.warc.gz``, a new file when one passes
``settings.warc_max_bytes`` and at every (re)start of a crawl, so a file cut short by a killed crawl is
never appended to. Each fetch gives a ``request`` and a ``response`` record per HTTP exchange (redirect
hops and retried 503s included), with the payload exactly as sent (still gzip/br-encoded when it was;
``Transfer-Encoding: chunked`` is undone and the header renamed ``X-Dvtext-Transfer-Encoding``).
Two extension headers tie a record to the crawl: ``WARC-Dvtext-Key`` (the page's frontier key) and
``WARC-Dvtext-Kind`` (article, listing, feed, sitemap, robots).

Reading: :func:`iter_responses` yields the responses of a WARC file (ours or anyone's) with their decoded
bodies (capped); :func:`read_warc_file` turns the HTML article responses into
:class:`~dvtext.types.Article` records through the same extractor as the crawl, so an archive can be
re-extracted later with a better extractor (``dvtext analyze ARCHIVE_DIR/warc``).

Example:
    >>> for item in read_warc_file(Path("archive/warc/dvtext-20240315T080000Z-00001.warc.gz")):  # doctest: +SKIP
    ...     print(item.title)
    Quế Phong gắn dân vận chính quyền với cải cách hành chính
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dvtext import __version__
from dvtext.collect.http import FetchResult, Response
from dvtext.collect.settings import CrawlSettings
from dvtext.errors import DvtextError
from dvtext.io.readers import Unreadable
from dvtext.types import Article

__all__ = ["ArchivedResponse", "WarcWriterRotating", "iter_responses", "read_warc_file", "scan_tail"]

log = logging.getLogger(__name__)

_HOP_BY_HOP = {"transfer-encoding"}
READ_CAP = 50 * 1024 * 1024  # decoded bytes read from one archived response


@dataclass(frozen=True, slots=True)
class ArchivedResponse:
    """A response read back from a WARC file, with where it is (for re-extraction and recovery)."""

    response: Response
    key: str | None
    kind: str | None
    path: str
    offset: int


def _warc_date(fetched_at: str) -> str:
    return fetched_at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class WarcWriterRotating:
    """Appends fetch results to gzipped WARC files in a folder, rotating by size.

    Args:
        folder: ``ARCHIVE_DIR/warc``; created if missing.
        settings: ``warc_max_bytes`` and the User-Agent recorded in each file's ``warcinfo``.
        info: extra ``warcinfo`` fields (the crawl's target, its settings).
    """

    def __init__(self, folder: Path, settings: CrawlSettings, *, info: dict[str, str] | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.settings = settings
        self.info = info or {}
        self._fh: Any = None
        self._writer: WARCWriter | None = None
        self.path: Path | None = None

    def _open(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        n = len(list(self.folder.glob("*.warc.gz"))) + 1
        while True:
            path = self.folder / f"dvtext-{stamp}-{n:05d}.warc.gz"
            if not path.exists():
                break
            n += 1
        self._fh = open(path, "xb")  # noqa: SIM115 - kept open across writes
        self.path = path
        self._buf = io.BytesIO()
        self._writer = WARCWriter(self._buf, gzip=False, warc_version="1.1")
        fields = {"software": f"dvtext/{__version__} (warcio)", "format": "WARC File Format 1.1",
                  "http-header-user-agent": self.settings.user_agent,
                  "robots": "obey" if self.settings.robots else "ignore", **self.info}
        self._put(self._writer.create_warcinfo_record(path.name, fields))
        self._fh.flush()

    def _put(self, record: Any) -> None:
        """Write one record as its own gzip member (level 6: warcio's level 9 is 3x slower for ~3% less)."""
        assert self._writer is not None
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.write_record(record)
        self._fh.write(gzip.compress(self._buf.getvalue(), compresslevel=6, mtime=0))

    @property
    def position(self) -> tuple[str, int]:
        """``(file name, byte offset)`` of the end of what has been written."""
        if self._fh is None or self.path is None:
            return ("", 0)
        return (self.path.name, self._fh.tell())

    def write(self, result: FetchResult | tuple[Response, ...], *, key: str | None, kind: str) -> tuple[str, int]:
        """Write every exchange of a fetch; returns ``(file name, offset)`` of the final response record."""
        responses = result.responses if isinstance(result, FetchResult) else result
        if self._fh is None or self._fh.tell() > self.settings.warc_max_bytes:
            self.close()
            self._open()
        assert self._writer is not None and self.path is not None
        where = (self.path.name, self._fh.tell())
        for resp in responses:
            ext = {"WARC-Dvtext-Kind": kind}
            if key:
                ext["WARC-Dvtext-Key"] = key
            req = self._request_record(resp, ext)
            rec = self._response_record(resp, ext)
            req.rec_headers.add_header("WARC-Concurrent-To", rec.rec_headers.get_header("WARC-Record-ID"))
            where = (self.path.name, self._fh.tell())
            self._put(rec)
            self._put(req)
        self._fh.flush()
        return where

    def _response_record(self, resp: Response, ext: dict[str, str]) -> Any:
        assert self._writer is not None
        headers = []
        for k, v in resp.headers:
            if k.lower() in _HOP_BY_HOP:
                headers.append((f"X-Dvtext-{k}", v))
            else:
                headers.append((k, v))
        http = StatusAndHeaders(f"{resp.status} {resp.reason}".strip(), headers, protocol=resp.http_version)
        warc_headers = {"WARC-Date": _warc_date(resp.fetched_at), **ext}
        if resp.ip:
            warc_headers["WARC-IP-Address"] = resp.ip
        return self._writer.create_warc_record(resp.url, "response", payload=io.BytesIO(resp.raw_body),
                                               length=len(resp.raw_body), http_headers=http,
                                               warc_headers_dict=warc_headers)

    def _request_record(self, resp: Response, ext: dict[str, str]) -> Any:
        assert self._writer is not None
        parts = urlsplit(resp.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = list(resp.request_headers)
        if not any(k.lower() == "host" for k, _ in headers):
            headers.insert(0, ("Host", parts.netloc.rsplit("@", 1)[-1]))
        http = StatusAndHeaders(f"GET {target} HTTP/1.1", headers, is_http_request=True)
        return self._writer.create_warc_record(resp.url, "request", payload=io.BytesIO(b""), length=0,
                                               http_headers=http,
                                               warc_headers_dict={"WARC-Date": _warc_date(resp.fetched_at), **ext})

    def sync(self) -> None:
        """Flush and fsync the open file."""
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())

    def close(self) -> None:
        """Flush, fsync and close the open file."""
        if self._fh is not None:
            self.sync()
            self._fh.close()
        self._fh = None
        self._writer = None


def _response_from_record(record: Any, path: str, cap: int) -> Response:
    http = record.http_headers
    status_line = http.get_statuscode() if http is not None else "0"
    headers = tuple((k, v) for k, v in (http.headers if http is not None else []))
    raw = b""  # the encoded payload is not kept when reading back: the decoded body is what extraction needs
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        raise DvtextError(f"{path}: a response of {record.rec_headers.get_header('WARC-Target-URI')} is over "
                          f"{cap} bytes decoded")
    reason = ""
    if http is not None and " " in http.statusline:
        reason = http.statusline.split(" ", 1)[1]
    return Response(url=record.rec_headers.get_header("WARC-Target-URI") or "",
                    status=int(status_line) if str(status_line).isdigit() else 0, reason=reason,
                    headers=headers, body=body, raw_body=raw,
                    http_version=(http.protocol if http is not None and http.protocol else "HTTP/1.1"),
                    ip=record.rec_headers.get_header("WARC-IP-Address"),
                    fetched_at=record.rec_headers.get_header("WARC-Date") or "")


def _check_complete(record: Any, path: str) -> None:
    """Raise when a record's block is shorter than its Content-Length (a file cut in the middle of it)."""
    record.raw_stream.read()
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise DvtextError(f"{path}: WARC file cut short in a record of "
                          f"{record.rec_headers.get_header('WARC-Target-URI') or record.rec_type}")


def iter_responses(path: str | os.PathLike[str], *, offset: int = 0, cap: int = READ_CAP) -> Iterator[ArchivedResponse]:
    """Every HTTP ``response`` record of a WARC file from byte ``offset``, body decoded (at most ``cap``).

    Raises:
        DvtextError: the file is corrupt or truncated at the point reached (records before it were yielded).
    """
    p = str(path)
    size = os.path.getsize(p)
    end = offset
    with open(p, "rb") as fh:
        fh.seek(offset)
        it = ArchiveIterator(fh)
        try:
            for record in it:
                is_resp = record.rec_type == "response" and record.http_headers is not None
                resp = _response_from_record(record, p, cap) if is_resp else None  # before the offset calls
                _check_complete(record, p)
                start = it.get_record_offset()  # absolute; reads the record to its end
                it.read_to_end(record)
                end = start + it.get_record_length()
                if resp is not None:
                    yield ArchivedResponse(resp, record.rec_headers.get_header("WARC-Dvtext-Key"),
                                           record.rec_headers.get_header("WARC-Dvtext-Kind"), p, start)
        except DvtextError:
            raise
        except Exception as exc:
            raise DvtextError(f"{p}: WARC file corrupt or cut short ({type(exc).__name__}: {exc})") from exc
    if end < size:
        raise DvtextError(f"{p}: WARC file cut short or corrupt after byte {end} of {size}")


def scan_tail(path: Path, offset: int) -> tuple[list[ArchivedResponse], int]:
    """Complete responses written after ``offset`` and the end of the last complete record.

    Used on restart after a crash: the file is then truncated to that end (a record cut short by the kill
    is dropped) and the responses are processed again without refetching them.
    """
    out: list[ArchivedResponse] = []
    good_end = offset
    with open(path, "rb") as fh:
        fh.seek(offset)
        it = ArchiveIterator(fh)
        try:
            for record in it:
                is_resp = record.rec_type == "response" and record.http_headers is not None
                resp = _response_from_record(record, str(path), READ_CAP) if is_resp else None
                _check_complete(record, str(path))
                start = it.get_record_offset()  # absolute; reads the record to its end
                it.read_to_end(record)
                end = it.get_record_offset() + it.get_record_length()
                if resp is not None:
                    out.append(ArchivedResponse(resp, record.rec_headers.get_header("WARC-Dvtext-Key"),
                                                record.rec_headers.get_header("WARC-Dvtext-Kind"), str(path), start))
                good_end = end
        except Exception as exc:  # noqa: BLE001 - a cut-short tail is expected after a kill
            log.info("%s: tail after byte %d is cut short (%s); it will be dropped", path, good_end, exc)
    return out, good_end


# --------------------------------------------------------------------------- reader for dvtext analyze
_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "")


def read_warc_file(path: Path) -> Iterator[Article | Unreadable]:
    """Articles of a ``.warc``/``.warc.gz`` file, re-extracted with the current extractor.

    Responses the crawler marked as listings, feeds, sitemaps or robots.txt are skipped, as are non-200
    and non-HTML responses. A page without an article gives an :class:`Unreadable` with the reason.
    """
    from dvtext.collect.html import extract_article

    try:
        for item in iter_responses(path):
            resp = item.response
            if item.kind not in (None, "article") or resp.status != 200:
                continue
            if resp.content_type not in _ARTICLE_TYPES:
                continue
            where = f"{path}@{item.offset}"
            try:
                article = extract_article(resp.body, url=resp.url, content_type=resp.header("Content-Type"))
            except Exception as exc:  # noqa: BLE001 - one page never sinks the archive
                yield Unreadable(where, f"{resp.url}: no article ({exc})")
                continue
            from dataclasses import replace

            from dvtext.collect.crawl import article_id

            yield replace(article, id=article.id or article_id(item.key or resp.url),
                          source=article.source or urlsplit(resp.url).hostname, url=article.url or resp.url)
    except DvtextError as exc:
        yield Unreadable(str(path), str(exc))
    except OSError as exc:
        yield Unreadable(str(path), f"cannot read: {exc}")


def warc_info(path: Path) -> dict[str, Any]:
    """Count of records by type and kind in a WARC file (for reports and tests)."""
    counts: dict[str, int] = {}
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            kind = record.rec_headers.get_header("WARC-Dvtext-Kind") or "-"
            k = f"{record.rec_type}:{kind}"
            counts[k] = counts.get(k, 0) + 1
    return json.loads(json.dumps(counts))
