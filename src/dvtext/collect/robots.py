"""robots.txt per RFC 9309, fetched with our own client and parsed leniently by protego.

The rules, per origin (scheme, host, port):

* **2xx**: the file is parsed (first ``settings.robots_max_bytes``; RFC 9309 asks for at least 500 KiB)
  and its group for our product token (``settings.agent``, else ``*``) decides. ``Crawl-delay`` and
  ``Request-rate`` raise the host's delay floor. ``Sitemap:`` lines are kept for discovery.
* **4xx** (RFC 9309 §2.3.1.3 "unavailable"): everything is allowed. Too many redirects too.
* **5xx, 429, network errors** (§2.3.1.4 "unreachable"): everything is disallowed for now: the host is
  paused for ``settings.robots_pause`` seconds and :meth:`RobotsCache.check` raises
  ``FetchError(kind="robots_unavailable")`` so the crawler puts the URL back; after
  ``settings.robots_attempts`` failed fetches it raises ``kind="robots_unreachable"`` for good.
  (429 is a 4xx code, but it means "slow down", so it is treated as unreachable, as major crawlers do.)
* A parsed file is used for ``settings.robots_ttl`` seconds (at most 24 hours by RFC 9309), then fetched again.

Example:
    >>> from dvtext.collect.http import HttpClient
    >>> robots = RobotsCache(HttpClient())
    >>> robots.check("https://baonghean.vn/xay-dung-dang/")  # doctest: +SKIP
    >>> robots.sitemaps("https://baonghean.vn/")  # doctest: +SKIP
    ['https://baonghean.vn/sitemap.xml']
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from protego import Protego

from dvtext.collect.http import FetchResult, HttpClient
from dvtext.errors import FetchError

__all__ = ["RobotsCache", "origin_of"]

log = logging.getLogger(__name__)

_UNAVAILABLE_KINDS = frozenset({"too_many_redirects", "redirect_loop", "redirect_scheme"})


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower-cased, default ports dropped.

    Example:
        >>> origin_of("HTTPS://BaoNgheAn.vn:443/xay-dung-dang/trang-2.html")
        'https://baonghean.vn'
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port is None or (scheme, port) in (("http", 80), ("https", 443)):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


@dataclass(slots=True)
class _Entry:
    state: str  # "parsed" | "allow_all" | "unreachable"
    parser: Protego | None = None
    fetched_at: float = 0.0
    failures: int = 0
    retry_at: float = 0.0
    sitemaps: list[str] = field(default_factory=list)


class RobotsCache:
    """Fetches, caches and applies robots.txt for every origin a crawl touches.

    Args:
        client: the crawl's HTTP client (same User-Agent, caps, politeness).
        on_response: called with the :class:`FetchResult` of every robots.txt fetch (WARC capture).
        clock: monotonic clock, for tests.
    """

    def __init__(
        self,
        client: HttpClient,
        *,
        on_response: Callable[[FetchResult], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.settings = client.settings
        self.on_response = on_response
        self._clock = clock
        self._entries: dict[str, _Entry] = {}

    def _fetch(self, origin: str, old: _Entry | None) -> _Entry:
        s = self.settings
        url = origin + "/robots.txt"
        failures = old.failures if old else 0
        try:
            result = self.client.fetch(url, retries=1)
        except FetchError as exc:
            responses = getattr(exc, "responses", ())
            if responses and self.on_response is not None:
                self.on_response(FetchResult(url=url, responses=responses))
            if exc.kind in _UNAVAILABLE_KINDS:
                log.info("%s: %s; robots.txt treated as unavailable (all allowed)", url, exc.kind)
                return _Entry("allow_all", fetched_at=self._clock())
            return self._unreachable(origin, failures, f"{exc.kind}: {exc}")
        if self.on_response is not None:
            self.on_response(result)
        status = result.response.status
        if 200 <= status < 300:
            data = result.response.body[: s.robots_max_bytes]
            text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
            try:
                parser = Protego.parse(text)
            except Exception as exc:  # noqa: BLE001 - protego is lenient; anything left means garbage
                log.warning("%s: cannot parse robots.txt (%s); treated as unavailable", url, exc)
                return _Entry("allow_all", fetched_at=self._clock())
            entry = _Entry("parsed", parser=parser, fetched_at=self._clock(), sitemaps=list(parser.sitemaps))
            host = (urlsplit(origin).hostname or "").lower()
            delay = parser.crawl_delay(s.agent)
            rate = parser.request_rate(s.agent)
            if rate is not None and rate.requests:
                rate_delay = rate.seconds / rate.requests
                delay = max(delay or 0.0, rate_delay)
            if delay:
                self.client.throttle.set_floor(host, min(float(delay), s.max_delay))
            return entry
        if status == 429 or status >= 500:
            return self._unreachable(origin, failures, f"HTTP {status}")
        # 3xx left over, 4xx: unavailable, everything allowed (RFC 9309 §2.3.1.3)
        return _Entry("allow_all", fetched_at=self._clock())

    def _unreachable(self, origin: str, failures: int, why: str) -> _Entry:
        s = self.settings
        host = (urlsplit(origin).hostname or "").lower()
        failures += 1
        log.warning("%s/robots.txt unreachable (%s), attempt %d of %d: host paused %.0f s", origin, why,
                    failures, s.robots_attempts, s.robots_pause)
        self.client.throttle.pause(host, s.robots_pause)
        return _Entry("unreachable", fetched_at=self._clock(), failures=failures,
                      retry_at=self._clock() + s.robots_pause)

    def _entry(self, url: str) -> tuple[str, _Entry]:
        origin = origin_of(url)
        entry = self._entries.get(origin)
        now = self._clock()
        stale = entry is not None and entry.state != "unreachable" and now - entry.fetched_at > self.settings.robots_ttl
        retry = entry is not None and entry.state == "unreachable" and now >= entry.retry_at \
            and entry.failures < self.settings.robots_attempts
        if entry is None or stale or retry:
            entry = self._entries[origin] = self._fetch(origin, entry)
        return origin, entry

    def check(self, url: str) -> None:
        """Raise unless robots.txt lets us fetch ``url``.

        Raises:
            FetchError: ``kind="robots"`` (disallowed), ``"robots_unavailable"`` (robots.txt unreachable
                for now: retry later), ``"robots_unreachable"`` (unreachable every time: give up).
        """
        if not self.settings.robots:
            return
        origin, entry = self._entry(url)
        if entry.state == "unreachable":
            if entry.failures >= self.settings.robots_attempts:
                raise FetchError(f"{origin}/robots.txt could not be fetched after {entry.failures} attempts; "
                                 "RFC 9309 forbids crawling the host meanwhile", kind="robots_unreachable", url=url)
            exc = FetchError(f"{origin}/robots.txt is unreachable; the host is paused",
                             kind="robots_unavailable", url=url)
            exc.retry_in = max(0.0, entry.retry_at - self._clock())  # type: ignore[attr-defined]
            raise exc
        if entry.state == "parsed" and entry.parser is not None \
                and not entry.parser.can_fetch(url, self.settings.agent):
            raise FetchError(f"{url} is disallowed by {origin}/robots.txt", kind="robots", url=url)

    def allowed(self, url: str) -> bool:
        """True when :meth:`check` would let ``url`` through now."""
        try:
            self.check(url)
        except FetchError:
            return False
        return True

    def sitemaps(self, url: str) -> list[str]:
        """The ``Sitemap:`` URLs of the robots.txt of ``url``'s origin (fetched if needed)."""
        try:
            _origin, entry = self._entry(url)
        except FetchError:
            return []
        return list(entry.sitemaps)
