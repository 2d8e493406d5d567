"""Every default of the collector in one frozen settings object.

:class:`CrawlSettings` holds what a polite crawler must decide: who we say we are, how long we wait
between requests to a host, how long a request may take, how large a page may be, how many redirects
and retries we accept. The command line maps its flags onto it (``dvtext crawl --delay 2 ...``); the
library takes it as ``settings=``. TLS certificates are always verified: there is no setting to turn that
off.

Example:
    >>> from dvtext.collect.settings import CrawlSettings
    >>> s = CrawlSettings(contact="mailto:nghiencuu@example.vn", delay=2.0)
    >>> s.user_agent
    'dvtext/0.1.0 (+mailto:nghiencuu@example.vn)'
    >>> s.replace(delay=0.5).delay
    0.5
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from dvtext import __version__
from dvtext.errors import InputError

__all__ = ["CrawlSettings", "DEFAULT_CONTACT"]

DEFAULT_CONTACT = "https://github.com/dvtext/dvtext"


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Defaults of the collector; every field can be overridden by keyword or by a CLI flag.

    Attributes:
        contact: URL or ``mailto:`` address a site administrator can reach us at (in the User-Agent).
        agent: the product token of the User-Agent and the name matched in robots.txt groups.
        user_agent_override: a full User-Agent string used instead of ``agent/version (+contact)``.
        delay: seconds between two requests to the same host (the floor of the adaptive delay).
        max_delay: the adaptive delay never grows beyond this many seconds.
        connect_timeout: seconds to open a connection.
        read_timeout: seconds to wait for the next bytes of a response.
        deadline: seconds a whole request (headers, body, every redirect hop) may take.
        max_bytes: cap on the bytes of a response body as sent (compressed); more is an error.
        max_decompressed_bytes: cap on the body after gzip/deflate/br decoding (decompression bombs).
        max_redirects: redirects followed before giving up (a 21-hop chain fails with the default 20).
        retries: extra attempts after a transient failure (timeouts, resets, 429, 500, 502, 503, 504).
        backoff: first wait before a retry, in seconds; doubled on each further attempt.
        max_backoff: longest wait between two retries.
        max_retry_after: longest ``Retry-After`` we wait for; a longer one fails the request.
        robots: honour robots.txt (RFC 9309). Turning it off is for your own sites only.
        robots_max_bytes: robots.txt is read up to this size (RFC 9309 asks for at least 500 KiB).
        robots_ttl: seconds a fetched robots.txt stays valid (RFC 9309: at most 24 hours).
        robots_pause: seconds a host is paused when its robots.txt is unreachable (5xx, network).
        robots_attempts: unreachable robots.txt fetches before the host's URLs are given up.
        warc_max_bytes: a WARC file is closed and a new one opened past this size.
        fsync_every: articles written between two fsyncs of the archive files.
        near_duplicate_bits: simhash Hamming distance (of 64 bits) up to which two articles are near
            duplicates. On 1,500 baomoi articles every pair within 6 bits was one story republished
            (5 pairs); the first pair of different stories is at 8.
        proxy: an HTTP(S) proxy URL for every request, or ``None``. Environment variables are ignored.
    """

    contact: str = DEFAULT_CONTACT
    agent: str = "dvtext"
    user_agent_override: str | None = None
    delay: float = 1.0
    max_delay: float = 60.0
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 120.0
    max_bytes: int = 10 * 1024 * 1024
    max_decompressed_bytes: int = 30 * 1024 * 1024
    max_redirects: int = 20
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_retry_after: float = 600.0
    robots: bool = True
    robots_max_bytes: int = 512 * 1024
    robots_ttl: float = 24 * 3600.0
    robots_pause: float = 120.0
    robots_attempts: int = 3
    warc_max_bytes: int = 1024 * 1024 * 1024
    fsync_every: int = 20
    near_duplicate_bits: int = 6
    proxy: str | None = None

    def __post_init__(self) -> None:
        for name in ("delay", "max_delay", "backoff", "max_backoff", "max_retry_after", "robots_pause"):
            if getattr(self, name) < 0:
                raise InputError(f"CrawlSettings.{name} must be >= 0, not {getattr(self, name)!r}")
        for name in ("connect_timeout", "read_timeout", "deadline", "robots_ttl"):
            if not getattr(self, name) > 0:
                raise InputError(f"CrawlSettings.{name} must be > 0, not {getattr(self, name)!r}")
        for name in ("max_bytes", "max_decompressed_bytes", "robots_max_bytes", "warc_max_bytes", "fsync_every"):
            if getattr(self, name) < 1:
                raise InputError(f"CrawlSettings.{name} must be a positive size, not {getattr(self, name)!r}")
        for name in ("max_redirects", "retries", "robots_attempts", "near_duplicate_bits"):
            if getattr(self, name) < 0:
                raise InputError(f"CrawlSettings.{name} must be >= 0, not {getattr(self, name)!r}")
        if not self.agent or any(c.isspace() or c == "/" for c in self.agent):
            raise InputError(f"CrawlSettings.agent must be one word (a product token), not {self.agent!r}")

    @property
    def user_agent(self) -> str:
        """The User-Agent header: ``dvtext/<version> (+<contact>)`` unless overridden."""
        if self.user_agent_override:
            return self.user_agent_override
        return f"{self.agent}/{__version__} (+{self.contact})"

    def replace(self, **changes: Any) -> CrawlSettings:
        """A copy with some fields changed; ``None`` values are ignored (handy for CLI flags)."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = set(changes) - names
        if unknown:
            raise InputError(f"unknown crawl setting(s): {', '.join(sorted(unknown))}")
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_dict(self) -> dict[str, Any]:
        """The settings as a JSON-ready dict (recorded in the crawl report and WARC headers)."""
        d = dataclasses.asdict(self)
        d["user_agent"] = self.user_agent
        return d
