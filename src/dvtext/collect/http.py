"""The collector's HTTP client: ``requests`` with our own caps, deadline, redirects and retries.

What it guarantees, whatever the server does:

* **Deadline**: a request (connect, headers, body) never takes longer than ``settings.deadline``; a
  server that drips one byte a second is cut off by a watchdog that shuts the socket down.
* **Size caps**: a ``Content-Length`` over ``max_bytes`` is refused before the body is read; a body
  streamed past ``max_bytes`` is cut off; gzip/deflate/br bodies are decoded here, incrementally, and
  stop at ``max_decompressed_bytes`` (decompression bombs). ``br`` is advertised only when the
  ``brotli`` package (with output limits) is installed.
* **Redirects** are followed by hand: at most ``max_redirects`` hops, ``http``/``https`` only, a loop
  is an error, and credentials (``Authorization``, ``user:pass@``) never leave the origin they were
  given for.
* **Retries** only on transient failures (timeouts, resets, 429, 500, 502, 503, 504), waiting through
  the per-host :class:`~dvtext.collect.throttle.HostThrottle` (exponential backoff, ``Retry-After``).
* **TLS** is always verified; there is no switch to turn it off.

Failures raise :class:`~dvtext.errors.FetchError` with a ``kind`` for reports. HTTP error statuses are
not exceptions: :meth:`HttpClient.fetch` returns the final response with every response received on the
way (redirect hops, retried 503s) so the crawler can archive them all.

Example:
    >>> from dvtext.collect.settings import CrawlSettings
    >>> client = HttpClient(CrawlSettings(delay=1.0))
    >>> result = client.fetch("https://baonghean.vn/xay-dung-dang/")  # doctest: +SKIP
    >>> result.response.status, result.response.content_type  # doctest: +SKIP
    (200, 'text/html')
"""

from __future__ import annotations

import contextlib
import email.utils
import heapq
import logging
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from dvtext.collect.compression import Decoder, brotli_available
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.throttle import HostThrottle
from dvtext.errors import FetchError

__all__ = ["FetchResult", "HttpClient", "Response", "TRANSIENT_STATUSES", "brotli_available", "parse_retry_after"]

log = logging.getLogger(__name__)

TRANSIENT_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TRANSIENT_KINDS = frozenset({"connect_timeout", "read_timeout", "connection", "connection_reset"})
_CHUNK = 64 * 1024


# --------------------------------------------------------------------------- records
@dataclass(frozen=True, slots=True)
class Response:
    """One HTTP response as received.

    ``raw_body`` is the payload as sent (content-encoded, de-chunked), ``body`` the decoded payload.
    ``truncated`` is never true for a response returned by the client (caps raise); it exists for
    responses rebuilt from archives.
    """

    url: str
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    raw_body: bytes
    http_version: str = "HTTP/1.1"
    request_headers: tuple[tuple[str, str], ...] = ()
    ip: str | None = None
    fetched_at: str = ""
    elapsed: float = 0.0

    def header(self, name: str, default: str | None = None) -> str | None:
        """The first value of a header (case-insensitive), or ``default``."""
        low = name.lower()
        for k, v in self.headers:
            if k.lower() == low:
                return v
        return default

    @property
    def content_type(self) -> str:
        """The media type without parameters, lower-cased (``text/html``), or ``""``."""
        value = self.header("Content-Type") or ""
        return value.split(";", 1)[0].strip().lower()

    @property
    def is_redirect(self) -> bool:
        """A 301/302/303/307/308 with a Location header."""
        return self.status in REDIRECT_STATUSES and self.header("Location") is not None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """The outcome of :meth:`HttpClient.fetch`: the final response and every response on the way."""

    url: str
    responses: tuple[Response, ...] = field(default_factory=tuple)

    @property
    def response(self) -> Response:
        """The final response (after redirects and retries)."""
        return self.responses[-1]

    @property
    def final_url(self) -> str:
        """The URL of the final response."""
        return self.responses[-1].url

    @property
    def redirects(self) -> tuple[str, ...]:
        """The URLs that answered with a redirect, in order."""
        return tuple(r.url for r in self.responses[:-1] if r.is_redirect)


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None.

    Example:
        >>> parse_retry_after("120")
        120.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    base = time.time() if now is None else now
    return max(0.0, when.timestamp() - base)


# --------------------------------------------------------------------------- deadline watchdog
class _Watch:
    """The connections used by one request; :meth:`fire` shuts their sockets down at the deadline."""

    def __init__(self) -> None:
        self.conns: list[HTTPConnection] = []
        self.fired = False
        self._lock = threading.Lock()

    def add(self, conn: HTTPConnection) -> None:
        with self._lock:
            self.conns.append(conn)
            fired = self.fired
        if fired:
            self._kill(conn)

    def fire(self) -> None:
        with self._lock:
            self.fired = True
            conns = list(self.conns)
        for conn in conns:
            self._kill(conn)

    @staticmethod
    def _kill(conn: HTTPConnection) -> None:
        sock = getattr(conn, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One daemon thread that fires the watches whose deadline passed (cheaper than a Timer per request)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._cancelled: set[int] = set()
        self._seq = 0
        self._thread: threading.Thread | None = None

    def schedule(self, watch: _Watch, seconds: float) -> int:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="dvtext-deadline", daemon=True)
                self._thread.start()
            self._seq += 1
            heapq.heappush(self._heap, (time.monotonic() + seconds, self._seq, watch))
            self._cond.notify()
            return self._seq

    def cancel(self, token: int) -> None:
        with self._cond:
            self._cancelled.add(token)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                when, token, watch = self._heap[0]
                now = time.monotonic()
                if token in self._cancelled:
                    heapq.heappop(self._heap)
                    self._cancelled.discard(token)
                    continue
                if when > now:
                    self._cond.wait(when - now)
                    continue
                heapq.heappop(self._heap)
            watch.fire()


_WATCHDOG = _Watchdog()
_local = threading.local()


class _WatchedMixin:
    """Registers the connection with the current request's watchdog when a request starts on it."""

    def request(self, *args: Any, **kwargs: Any) -> Any:
        watch: _Watch | None = getattr(_local, "watch", None)
        if watch is not None:
            watch.add(self)  # type: ignore[arg-type]
        return super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_WatchedMixin, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_WatchedMixin, HTTPSConnection):
    pass


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


class _Adapter(HTTPAdapter):
    """A requests adapter whose pools use watched connections."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _WatchedPool, "https": _WatchedHTTPSPool}

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(*args, **kwargs)
        manager.pool_classes_by_scheme = {"http": _WatchedPool, "https": _WatchedHTTPSPool}
        return manager


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or ""), port


def _strip_userinfo(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _same_credentials_scope(a: str, b: str) -> bool:
    """Credentials may follow a redirect only to the same origin (or its http→https upgrade)."""
    sa, ha, pa = _origin(a)
    sb, hb, pb = _origin(b)
    if ha != hb:
        return False
    if (sa, pa) == (sb, pb):
        return True
    return sa == "http" and sb == "https" and pa == 80 and pb == 443


# --------------------------------------------------------------------------- client
class HttpClient:
    """A polite HTTP client for crawling; one per crawl (it keeps connections and host delays).

    Args:
        settings: timeouts, caps, redirects, retries and the User-Agent.
        throttle: the per-host delay keeper; a new one is made when not given.
    """

    def __init__(self, settings: CrawlSettings | None = None, *, throttle: HostThrottle | None = None) -> None:
        self.settings = settings or CrawlSettings()
        self.throttle = throttle or HostThrottle(self.settings)
        self.session = requests.Session()
        self.session.trust_env = False  # no netrc credentials, no env proxies, no CA overrides by surprise
        self.session.verify = True
        adapter = _Adapter(pool_connections=16, pool_maxsize=16, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        if self.settings.proxy:
            self.session.proxies = {"http": self.settings.proxy, "https": self.settings.proxy}
        encodings = "gzip, deflate, br" if brotli_available() else "gzip, deflate"
        self.session.headers.clear()
        self.session.headers.update({
            "User-Agent": self.settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": encodings,
        })

    def close(self) -> None:
        """Close every pooled connection."""
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- one request
    def request(self, url: str, *, headers: Mapping[str, str] | None = None) -> Response:
        """One GET, no redirects, no retries, no politeness wait: the caps and the deadline apply.

        Raises:
            FetchError: a timeout, reset, cap, bad URL or TLS failure (``kind`` says which).
        """
        s = self.settings
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(f"{url}: only http and https URLs can be fetched", kind="bad_scheme", url=url)
        watch = _Watch()
        started = time.monotonic()
        fetched_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        _local.watch = watch
        token = _WATCHDOG.schedule(watch, s.deadline)
        resp: requests.Response | None = None
        try:
            try:
                resp = self.session.get(url, headers=dict(headers or {}), stream=True, allow_redirects=False,
                                        timeout=(s.connect_timeout, s.read_timeout))
                return self._read(resp, url, started, fetched_at, watch)
            except FetchError:
                raise
            except Exception as exc:
                if watch.fired:
                    raise FetchError(f"{url}: no complete response within the deadline of {s.deadline:g} s "
                                     "(the server is too slow)", kind="deadline", url=url) from exc
                raise self._map_error(exc, url) from exc
        finally:
            _WATCHDOG.cancel(token)
            _local.watch = None
            if resp is not None:
                resp.close()

    def _read(self, resp: requests.Response, url: str, started: float, fetched_at: str, watch: _Watch) -> Response:
        s = self.settings
        raw = resp.raw
        length = resp.headers.get("Content-Length")
        if length is not None and length.strip().isdigit() and int(length) > s.max_bytes:
            raise FetchError(f"{url}: Content-Length {int(length)} is over max_bytes={s.max_bytes}",
                             kind="too_large", url=url)
        encodings = [e.strip().lower() for e in resp.headers.get("Content-Encoding", "").split(",")]
        encodings = [e for e in encodings if e and e != "identity"]
        decoder = Decoder(encodings, s.max_decompressed_bytes, url) if encodings else None
        raw_parts: list[bytes] = []
        body_parts: list[bytes] = []
        size = 0
        while True:
            chunk = raw.read(_CHUNK, decode_content=False)
            if not chunk:
                break
            size += len(chunk)
            if size > s.max_bytes:
                raise FetchError(f"{url}: the body is larger than max_bytes={s.max_bytes}", kind="too_large", url=url)
            raw_parts.append(chunk)
            if decoder is not None:
                body_parts.append(decoder.feed(chunk))
            if watch.fired:
                raise FetchError(f"{url}: deadline passed", kind="deadline", url=url)
        if decoder is not None:
            body_parts.append(decoder.feed(b"", last=True))
        raw_body = b"".join(raw_parts)
        body = b"".join(body_parts) if decoder is not None else raw_body
        ip = None
        conn = watch.conns[-1] if watch.conns else None
        sock = getattr(conn, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                ip = sock.getpeername()[0]
        version = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(getattr(raw, "version", 11), "HTTP/1.1")
        headers = tuple((str(k), str(v)) for k, v in raw.headers.items())
        req_headers = tuple((str(k), str(v)) for k, v in resp.request.headers.items())
        return Response(url=url, status=resp.status_code, reason=resp.reason or "", headers=headers, body=body,
                        raw_body=raw_body, http_version=version, request_headers=req_headers, ip=ip,
                        fetched_at=fetched_at, elapsed=time.monotonic() - started)

    @staticmethod
    def _map_error(exc: BaseException, url: str) -> FetchError:
        """A library exception as a FetchError with a report ``kind``."""
        e = requests.exceptions
        if isinstance(exc, e.SSLError):
            return FetchError(f"{url}: TLS verification failed ({exc}); dvtext never skips verification",
                              kind="tls", url=url)
        if isinstance(exc, e.ConnectTimeout):
            return FetchError(f"{url}: connection timed out", kind="connect_timeout", url=url)
        if isinstance(exc, e.ReadTimeout | urllib3.exceptions.ReadTimeoutError):
            return FetchError(f"{url}: the server stopped sending (read timeout)", kind="read_timeout", url=url)
        if isinstance(exc, e.InvalidURL | e.MissingSchema | e.InvalidSchema | e.URLRequired | UnicodeError):
            return FetchError(f"{url}: not a valid URL ({exc})", kind="bad_url", url=url)
        if isinstance(exc, e.ChunkedEncodingError | urllib3.exceptions.ProtocolError | e.ContentDecodingError):
            return FetchError(f"{url}: the connection broke in the middle of the response ({exc})",
                              kind="connection_reset", url=url)
        if isinstance(exc, e.ConnectionError | OSError):
            return FetchError(f"{url}: cannot connect ({exc})", kind="connection", url=url)
        return FetchError(f"{url}: request failed ({type(exc).__name__}: {exc})", kind="error", url=url)

    # ---------------------------------------------------------------- fetch with redirects and retries
    def fetch(
        self,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        check: Callable[[str], None] | None = None,
        retries: int | None = None,
    ) -> FetchResult:
        """GET a URL politely: wait for the host, follow redirects by hand, retry transient failures.

        Args:
            url: an http(s) URL; ``user:pass@`` credentials are sent to that origin only.
            headers: extra request headers (conditional headers, ``Authorization``...).
            check: called with every URL before it is requested (robots.txt); raises FetchError to stop.
            retries: overrides ``settings.retries``.

        Returns:
            The final response (any status) with every response received on the way.

        Raises:
            FetchError: the fetch failed; ``exc.responses`` holds the responses received before.

        Example:
            >>> client.fetch("https://baonghean.vn/a-123.html").response.status  # doctest: +SKIP
            200
        """
        s = self.settings
        max_retries = s.retries if retries is None else retries
        responses: list[Response] = []
        origin_url = url
        current = url
        hdrs = dict(headers or {})
        seen: dict[str, int] = {}
        try:
            while True:
                seen[current] = seen.get(current, 0) + 1
                if seen[current] > 2:
                    raise FetchError(f"{url}: redirect loop through {current}", kind="redirect_loop", url=url)
                if check is not None:
                    check(current)
                resp = self._with_retries(current, hdrs, max_retries, responses)
                if not resp.is_redirect:
                    return FetchResult(url=_strip_userinfo(url), responses=tuple(responses))
                hops = sum(1 for r in responses if r.is_redirect)
                if hops > s.max_redirects:
                    raise FetchError(f"{url}: more than {s.max_redirects} redirects", kind="too_many_redirects",
                                     url=url)
                target = urljoin(current, (resp.header("Location") or "").strip())
                target = target.split("#", 1)[0]
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise FetchError(f"{url}: redirected to {target.split(':', 1)[0]}:, only http(s) is followed",
                                     kind="redirect_scheme", url=url)
                target = _strip_userinfo(target)
                if not _same_credentials_scope(origin_url, target):
                    for name in ("Authorization", "Cookie"):
                        hdrs = {k: v for k, v in hdrs.items() if k.lower() != name.lower()}
                    current = _strip_userinfo(target)
                    origin_url = current  # credentials never come back, even to the first host
                else:
                    current = target
                    if urlsplit(origin_url).username and "@" not in urlsplit(current).netloc:
                        parts = urlsplit(current)
                        userinfo = urlsplit(origin_url).netloc.rsplit("@", 1)[0]
                        current = urlunsplit((parts.scheme, f"{userinfo}@{parts.netloc}", parts.path,
                                              parts.query, parts.fragment))
        except FetchError as exc:
            exc.responses = tuple(responses)  # type: ignore[attr-defined]
            exc.url = _strip_userinfo(exc.url or url)
            raise

    def _with_retries(self, url: str, headers: dict[str, str], max_retries: int, out: list[Response]) -> Response:
        """One hop with politeness waits and retries of transient failures; appends every response to ``out``."""
        s = self.settings
        host = (urlsplit(url).hostname or "").lower()
        attempt = 0
        while True:
            self.throttle.wait(host)
            started = time.monotonic()
            try:
                resp = self.request(url, headers=headers)
            except FetchError as exc:
                latency = time.monotonic() - started
                transient = exc.kind in TRANSIENT_KINDS
                self.throttle.record(host, ok=not transient and exc.kind != "deadline", latency=latency)
                if transient and attempt < max_retries:
                    attempt += 1
                    log.info("%s: %s, retry %d of %d", url, exc.kind, attempt, max_retries)
                    continue
                raise
            out.append(_public(resp))
            if resp.status in TRANSIENT_STATUSES:
                retry_after = parse_retry_after(resp.header("Retry-After"))
                if retry_after is not None and retry_after > s.max_retry_after:
                    self.throttle.record(host, ok=False, latency=resp.elapsed, retry_after=retry_after)
                    raise FetchError(
                        f"{url}: HTTP {resp.status} asks to come back in {retry_after:.0f} s, more than "
                        f"max_retry_after={s.max_retry_after:g} s; the host is paused", kind=f"http_{resp.status}",
                        url=url)
                self.throttle.record(host, ok=False, latency=resp.elapsed, retry_after=retry_after)
                if attempt < max_retries:
                    attempt += 1
                    log.info("%s: HTTP %d, retry %d of %d", url, resp.status, attempt, max_retries)
                    continue
                return out[-1]
            self.throttle.record(host, ok=True, latency=resp.elapsed)
            return out[-1]


def _public(resp: Response) -> Response:
    """The response with credentials removed from the recorded URL and request headers."""
    url = _strip_userinfo(resp.url)
    req = tuple((k, "[removed]" if k.lower() in ("authorization", "proxy-authorization") else v)
                for k, v in resp.request_headers)
    if url == resp.url and req == resp.request_headers:
        return resp
    from dataclasses import replace

    return replace(resp, url=url, request_headers=req)
