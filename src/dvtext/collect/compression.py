"""Content decoding of HTTP bodies (gzip, deflate, br) with a cap on the decoded size.

The HTTP client reads bodies as sent and decodes them here, chunk by chunk, so a decompression bomb
(20 KB of gzip that inflates to gigabytes) stops at ``max_decompressed_bytes`` without ever holding more
than the cap in memory. ``br`` needs the optional ``brotli`` package (>= 1.2, whose decompressor can limit
its output); without it the client does not advertise ``br``.

Example:
    >>> import gzip
    >>> d = Decoder(["gzip"], 1000, "https://baonghean.vn/")
    >>> d.feed(gzip.compress("Dân vận khéo".encode()), last=True).decode()
    'Dân vận khéo'
"""

from __future__ import annotations

import zlib
from typing import Any

from dvtext.errors import FetchError

__all__ = ["Decoder", "brotli_available"]


def _brotli_module() -> Any | None:
    """The ``brotli`` module if it is installed and can limit its output (brotli >= 1.2), else None."""
    try:
        import brotli
    except ImportError:
        return None
    try:
        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except (TypeError, AttributeError):
        return None
    except Exception:  # noqa: BLE001 - an empty input may be an error in some versions; the kwarg exists
        pass
    return brotli


_BROTLI = _brotli_module()


def brotli_available() -> bool:
    """Whether ``br`` bodies can be decoded safely (and so are advertised in Accept-Encoding)."""
    return _BROTLI is not None



class Decoder:
    """Incremental content decoding (gzip, deflate, br, chains of them) with an output cap."""

    def __init__(self, encodings: list[str], cap: int, url: str) -> None:
        self.encodings = encodings  # in the order they were applied by the server
        self.cap = cap
        self.url = url
        self.total = 0
        self._stages = [self._stage(e) for e in reversed(encodings)]

    def _stage(self, enc: str) -> dict[str, Any]:
        if enc in ("gzip", "x-gzip"):
            return {"kind": "gzip", "d": zlib.decompressobj(16 + zlib.MAX_WBITS)}
        if enc == "deflate":
            return {"kind": "deflate", "d": None}
        if enc == "br" and _BROTLI is not None:
            return {"kind": "br", "d": _BROTLI.Decompressor()}
        raise FetchError(
            f"{self.url}: the server sent a body encoded as {enc!r}, which dvtext did not ask for "
            "and cannot decode", kind="bad_encoding", url=self.url)

    def _too_large(self) -> FetchError:
        return FetchError(
            f"{self.url}: the decoded body is larger than max_decompressed_bytes="
            f"{self.cap} (a compression bomb or a huge page); raise the cap if the page is genuine",
            kind="too_large", url=self.url)

    def _run(self, stage: dict[str, Any], data: bytes, last: bool) -> bytes:
        kind = stage["kind"]
        limit = self.cap + 1
        out: list[bytes] = []
        size = 0
        if kind == "br":
            d = stage["d"]
            piece = d.process(data, output_buffer_limit=limit)
            out.append(piece)
            size += len(piece)
            while size <= self.cap and not d.can_accept_more_data():
                piece = d.process(b"", output_buffer_limit=limit)
                if not piece:
                    break
                out.append(piece)
                size += len(piece)
            if size > self.cap:
                raise self._too_large()
            if last and not d.is_finished():
                raise FetchError(f"{self.url}: the brotli body ends early", kind="bad_encoding", url=self.url)
            return b"".join(out)
        if kind == "deflate" and stage["d"] is None:
            if not data and not last:
                return b""
            zlib_wrapped = len(data) >= 2 and (data[0] & 0x0F) == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            stage["d"] = zlib.decompressobj(zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS)
        d = stage["d"]
        while True:
            piece = d.decompress(data, limit - size)
            out.append(piece)
            size += len(piece)
            if size > self.cap:
                raise self._too_large()
            if d.unconsumed_tail:
                data = d.unconsumed_tail
                continue
            if kind == "gzip" and d.eof and d.unused_data:
                data = d.unused_data.lstrip(b"\x00")  # a further gzip member (or padding)
                if not data:
                    break
                d = stage["d"] = zlib.decompressobj(16 + zlib.MAX_WBITS)
                continue
            break
        if last:
            tail = d.flush()
            out.append(tail)
            size += len(tail)
            if size > self.cap:
                raise self._too_large()
            if kind == "gzip" and not d.eof:
                raise FetchError(f"{self.url}: the gzip body ends early", kind="bad_encoding", url=self.url)
        return b"".join(out)

    def feed(self, data: bytes, *, last: bool = False) -> bytes:
        """Decode the next chunk of the body; raises FetchError past the cap or on corrupt data."""
        try:
            for stage in self._stages:
                data = self._run(stage, data, last)
        except zlib.error as exc:
            raise FetchError(f"{self.url}: the compressed body is corrupt ({exc})", kind="bad_encoding",
                             url=self.url) from exc
        except FetchError:
            raise
        except Exception as exc:  # brotli.error
            raise FetchError(f"{self.url}: the compressed body is corrupt ({exc})", kind="bad_encoding",
                             url=self.url) from exc
        self.total += len(data)
        if self.total > self.cap:
            raise self._too_large()
        return data
