"""Per-host politeness: a delay between requests that adapts to the server and never shrinks after errors.

The rule (modelled on Scrapy's AutoThrottle with one request in flight per host):

* the delay of a host starts at ``settings.delay`` (or the robots.txt ``Crawl-delay``, whichever is longer);
* after a successful response it moves halfway towards the response time (a slow server gets a slower
  crawler), never below the floor;
* after an error (timeout, reset, 429, 5xx) it doubles (at least ``settings.backoff``) up to
  ``settings.max_delay`` and a success does not bring it down in the same step;
* ``Retry-After`` pauses the host until that moment, whatever the delay.

Example:
    >>> from dvtext.collect.settings import CrawlSettings
    >>> t = HostThrottle(CrawlSettings(delay=0.0, backoff=0.5))
    >>> t.record("baonghean.vn", ok=False, latency=0.1)
    >>> t.delay_of("baonghean.vn")
    0.5
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from dvtext.collect.settings import CrawlSettings
from dvtext.errors import FetchError

__all__ = ["HostThrottle"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Host:
    delay: float
    floor: float
    next_at: float = 0.0
    errors: int = 0


class HostThrottle:
    """Tracks, per host, when the next request may start; thread-safe.

    Args:
        settings: the delay floor, ceiling and backoff come from here.
        clock: a monotonic clock (seconds); ``sleep`` waits. Both default to :mod:`time`.
    """

    def __init__(
        self,
        settings: CrawlSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str) -> _Host:
        h = self._hosts.get(host)
        if h is None:
            h = self._hosts[host] = _Host(delay=self.settings.delay, floor=self.settings.delay)
        return h

    def set_floor(self, host: str, seconds: float | None) -> None:
        """Raise the minimum delay of a host (robots.txt ``Crawl-delay``/``Request-rate``)."""
        if seconds is None:
            return
        with self._lock:
            h = self._host(host)
            h.floor = min(max(self.settings.delay, float(seconds)), max(self.settings.max_delay, self.settings.delay))
            h.delay = max(h.delay, h.floor)

    def delay_of(self, host: str) -> float:
        """The current delay of a host, in seconds."""
        with self._lock:
            return self._host(host).delay

    def ready_in(self, host: str) -> float:
        """Seconds until a request to ``host`` may start (0 when it may start now)."""
        with self._lock:
            return max(0.0, self._host(host).next_at - self._clock())

    def pause(self, host: str, seconds: float) -> None:
        """Hold every request to ``host`` for ``seconds`` (Retry-After, unreachable robots.txt)."""
        with self._lock:
            h = self._host(host)
            h.next_at = max(h.next_at, self._clock() + seconds)
        log.info("host %s paused for %.1f s", host, seconds)

    def wait(self, host: str, *, max_wait: float | None = None) -> None:
        """Sleep until a request to ``host`` may start, then reserve that slot.

        Raises:
            FetchError: (kind ``host_paused``) the host is paused for longer than ``max_wait`` seconds.
        """
        limit = self.settings.max_retry_after if max_wait is None else max_wait
        while True:
            with self._lock:
                h = self._host(host)
                now = self._clock()
                if h.next_at <= now:
                    # Reserve: nobody else starts before this request finishes and records.
                    h.next_at = now + h.delay
                    return
                wait = h.next_at - now
            if wait > limit:
                raise FetchError(f"{host} is paused for another {wait:.0f} s (Retry-After or unreachable "
                                 "robots.txt); try again later", kind="host_paused")
            self._sleep(wait)

    def record(self, host: str, *, ok: bool, latency: float, retry_after: float | None = None) -> None:
        """Account for a finished request: adapt the delay and set when the next one may start."""
        s = self.settings
        with self._lock:
            h = self._host(host)
            if ok:
                h.errors = 0
                target = max(h.floor, latency)
                h.delay = min(max(h.floor, (h.delay + target) / 2.0), max(s.max_delay, h.floor))
            else:
                h.errors += 1
                h.delay = min(max(h.delay * 2.0, s.backoff, h.floor), max(s.max_delay, h.floor))
            now = self._clock()
            h.next_at = max(h.next_at, now + h.delay)
            if retry_after is not None:
                h.next_at = max(h.next_at, now + retry_after)
