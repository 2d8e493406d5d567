"""Per-site profiles: where a news site keeps its articles, lists, feeds, and the parts of a page.

A profile is a data file, ``src/dvtext/data/sites/<name>.toml``, one per site. The crawler reads the
``[crawl]`` table (which URLs are articles, listings, pagination; feeds, sitemaps, start URLs); the
extractor (:mod:`dvtext.collect.html`) reads the ``[extract]`` table (selectors and date formats).
Unknown sites get the generic extractor (metadata + trafilatura), so a profile is an improvement, never
a requirement.

Profile format (every key is optional except ``name`` and ``domains``)::

    name = "baonghean"                  # id: file stem, used in reports and --profile
    label = "Báo Nghệ An"               # human name
    domains = ["baonghean.vn"]          # hosts; subdomains match too (www., m.)
    kind = "provincial"                 # national | provincial | party | government
    province = "Nghệ An"                # for provincial papers
    tested = false                      # true only when the selectors were checked on saved real pages
    notes = "..."                       # free text: what was checked, what is guessed

    [crawl]
    start_urls = ["https://baonghean.vn/"]                 # seeds: home and section pages
    feeds = ["https://baonghean.vn/rss/home.rss"]          # RSS/Atom feeds
    sitemaps = ["https://baonghean.vn/sitemap.xml"]        # sitemap or sitemap index URLs
    article_urls = ['^https?://(www\\.)?baonghean\\.vn/[a-z0-9-]+-\\d{5,}\\.html$']   # regexes (re.search)
    listing_urls = ['^https?://(www\\.)?baonghean\\.vn/[a-z0-9-]+/?$']            # section pages
    pagination = ["{stem}/trang-{n}{ext}"]                 # templates for page n of a listing
    pagination_urls = ['/trang-\\d+\\.html?$']              # regexes recognising a pagination URL
    exclude_urls = ['/video/', '/podcast/']                # never crawl these (checked first)

    [extract]
    title = ["h1.detail-title", "//meta[@property='og:title']/@content"]
    lead = ["h2.detail-sapo"]
    body = ["div.detail-content"]
    author = ["div.detail-author"]
    published = ["//meta[@property='article:published_time']/@content", "div.detail-time"]
    category = ["div.breadcrumb a"]
    tags = ["div.tags a"]
    remove = ["div.related", "table.image"]               # removed inside the body before reading it
    date_formats = ["%d/%m/%Y %H:%M", "%d/%m/%Y"]          # strptime formats searched in date text
    lead_in_body = false                                   # true: the first body paragraph is the lead

Selectors are CSS (``div.detail-content``, ``#main-detail``, ``h2.sapo``) or XPath when they start with
``/``, ``./`` or ``(``; XPath may end in ``/@attr`` or ``/text()`` to read strings. Each list is tried in
order and the first selector that yields a non-empty value wins (for ``category`` the first match, for
``tags`` every match of the first selector that matches). ``body`` takes the first matching element.

Pagination templates use ``{url}`` (the listing URL), ``{stem}`` (the listing URL without a trailing
``/`` or ``.htm``/``.html``/``.chn``/``.aspx``/``.rss`` extension), ``{ext}`` (that extension, with its
dot, or empty) and ``{n}`` (the page number, from 2); :meth:`SiteProfile.page_url` fills them in.
The crawler helpers are :meth:`SiteProfile.is_article_url`, :meth:`SiteProfile.is_listing_url` and
:meth:`SiteProfile.page_url`; ``profile_for_url(url)`` finds the profile of a URL.

Example:
    >>> from dvtext.collect.sites import profile_for_url
    >>> p = profile_for_url("https://baonghean.vn/nghe-an-day-manh-cong-tac-dan-van-10298765.html")
    >>> p.name, p.is_article_url("https://baonghean.vn/nghe-an-day-manh-cong-tac-dan-van-10298765.html")
    ('baonghean', True)
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dvtext.errors import InputError

__all__ = ["SiteProfile", "load_profile", "profile_for_url", "profiles", "EXTRACT_FIELDS"]

log = logging.getLogger(__name__)

EXTRACT_FIELDS = ("title", "lead", "body", "author", "published", "category", "tags", "remove")
_EXTS = (".html", ".htm", ".chn", ".aspx", ".rss", ".php")


def _host(url: str) -> str:
    """The lower-case host of a URL (``www.`` kept), or ``""``."""
    try:
        return (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    except ValueError:
        return ""


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """One site's profile (see the module docstring for the file format)."""

    name: str
    domains: tuple[str, ...]
    label: str = ""
    kind: str = ""
    province: str | None = None
    tested: bool = False
    notes: str = ""
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    article_urls: tuple[re.Pattern[str], ...] = ()
    listing_urls: tuple[re.Pattern[str], ...] = ()
    pagination: tuple[str, ...] = ()
    pagination_urls: tuple[re.Pattern[str], ...] = ()
    exclude_urls: tuple[re.Pattern[str], ...] = ()
    selectors: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_formats: tuple[str, ...] = ()
    lead_in_body: bool = False

    def matches_host(self, url: str) -> bool:
        """True when the URL's host is one of the profile's domains or a subdomain of one."""
        host = _host(url)
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_excluded(self, url: str) -> bool:
        """True when the URL matches an ``exclude_urls`` pattern."""
        return any(p.search(url) for p in self.exclude_urls)

    def is_article_url(self, url: str) -> bool:
        """True when the URL is on this site, not excluded, and matches an article pattern."""
        return self.matches_host(url) and not self.is_excluded(url) and any(
            p.search(url) for p in self.article_urls
        )

    def is_listing_url(self, url: str) -> bool:
        """True for a section (listing) or pagination page of this site that is not an article."""
        if not self.matches_host(url) or self.is_excluded(url) or self.is_article_url(url):
            return False
        return any(p.search(url) for p in self.listing_urls + self.pagination_urls)

    def page_url(self, listing_url: str, n: int) -> str | None:
        """URL of page ``n`` (2, 3...) of a listing, from the first pagination template that fits.

        A template with ``{url}&`` fits only a listing URL that already has a query string.
        Returns None when the profile has no template that fits.

        Example:
            >>> load_profile("dantri").page_url("https://dantri.com.vn/xa-hoi.htm", 2)
            'https://dantri.com.vn/xa-hoi/trang-2.htm'
        """
        url = listing_url.split("#", 1)[0]
        base, _, query = url.partition("?")
        stem, ext = base.rstrip("/"), ""
        for e in _EXTS:
            if stem.lower().endswith(e):
                stem, ext = stem[: -len(e)], stem[-len(e) :]
                break
        for tpl in self.pagination:
            if "{url}&" in tpl and not query:
                continue
            out = tpl.format(url=url, stem=stem, ext=ext, n=n)
            if query and "{url}" not in tpl:
                out += ("&" if "?" in out else "?") + query
            return out
        return None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready view (patterns as strings), e.g. for ``dvtext extract --show-profile``."""
        return {
            "name": self.name,
            "label": self.label,
            "domains": list(self.domains),
            "kind": self.kind,
            "province": self.province,
            "tested": self.tested,
            "start_urls": list(self.start_urls),
            "feeds": list(self.feeds),
            "sitemaps": list(self.sitemaps),
            "article_urls": [p.pattern for p in self.article_urls],
            "listing_urls": [p.pattern for p in self.listing_urls],
            "pagination": list(self.pagination),
            "pagination_urls": [p.pattern for p in self.pagination_urls],
            "exclude_urls": [p.pattern for p in self.exclude_urls],
            "selectors": {k: list(v) for k, v in self.selectors.items()},
            "date_formats": list(self.date_formats),
            "lead_in_body": self.lead_in_body,
        }


def _strs(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    v = data.get(key, ())
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list | tuple) or not all(isinstance(x, str) for x in v):
        raise InputError(f"site profile {where}: '{key}' must be a string or a list of strings")
    return tuple(v)


def _patterns(data: Mapping[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for s in _strs(data, key, where):
        try:
            out.append(re.compile(s, re.IGNORECASE))
        except re.error as exc:
            raise InputError(f"site profile {where}: bad regex in '{key}': {s!r} ({exc})") from exc
    return tuple(out)


def parse_profile(data: Mapping[str, Any], *, where: str = "<profile>") -> SiteProfile:
    """Build a :class:`SiteProfile` from the parsed TOML mapping; raises InputError on a bad file."""
    if not isinstance(data.get("name"), str) or not data["name"]:
        raise InputError(f"site profile {where}: 'name' is required")
    domains = tuple(d.lower().lstrip(".") for d in _strs(data, "domains", where))
    if not domains:
        raise InputError(f"site profile {where}: 'domains' must list at least one host")
    crawl = data.get("crawl", {}) or {}
    ext = data.get("extract", {}) or {}
    unknown = set(ext) - set(EXTRACT_FIELDS) - {"date_formats", "lead_in_body"}
    if unknown:
        raise InputError(f"site profile {where}: unknown [extract] keys {sorted(unknown)}")
    selectors = {k: _strs(ext, k, where) for k in EXTRACT_FIELDS if k in ext}
    return SiteProfile(
        name=data["name"],
        domains=domains,
        label=str(data.get("label", "")),
        kind=str(data.get("kind", "")),
        province=data.get("province") or None,
        tested=bool(data.get("tested", False)),
        notes=str(data.get("notes", "")),
        start_urls=_strs(crawl, "start_urls", where),
        feeds=_strs(crawl, "feeds", where),
        sitemaps=_strs(crawl, "sitemaps", where),
        article_urls=_patterns(crawl, "article_urls", where),
        listing_urls=_patterns(crawl, "listing_urls", where),
        pagination=_strs(crawl, "pagination", where),
        pagination_urls=_patterns(crawl, "pagination_urls", where),
        exclude_urls=_patterns(crawl, "exclude_urls", where),
        selectors=selectors,
        date_formats=_strs(ext, "date_formats", where),
        lead_in_body=bool(ext.get("lead_in_body", False)),
    )


def _read_toml(text: str, where: str) -> SiteProfile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"site profile {where} is not valid TOML: {exc}") from exc
    return parse_profile(data, where=where)


@functools.cache
def _shipped() -> dict[str, SiteProfile]:
    """Every profile shipped in ``dvtext/data/sites``, by name (loaded once)."""
    out: dict[str, SiteProfile] = {}
    folder = resources.files("dvtext.data").joinpath("sites")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        prof = _read_toml(entry.read_text(encoding="utf-8"), f"data/sites/{entry.name}")
        out[prof.name] = prof
    return out


def profiles() -> list[SiteProfile]:
    """All shipped profiles, sorted by name.

    Example:
        >>> "dangcongsan" in {p.name for p in profiles()}
        True
    """
    return list(_shipped().values())


def profile_for_url(url: str) -> SiteProfile | None:
    """The shipped profile whose domains cover the URL's host (longest domain wins), or None.

    Example:
        >>> profile_for_url("https://www.baochinhphu.vn/abc-102260228093004191.htm").name
        'baochinhphu'
    """
    host = _host(url)
    if not host:
        return None
    best: tuple[int, SiteProfile] | None = None
    for prof in _shipped().values():
        for d in prof.domains:
            if (host == d or host.endswith("." + d)) and (best is None or len(d) > best[0]):
                best = (len(d), prof)
    return best[1] if best else None


def load_profile(name_or_url: str | Path) -> SiteProfile:
    """A profile by shipped name (``"baonghean"``), by URL or host, or from a ``.toml`` file path.

    Raises:
        InputError: no profile has that name or covers that URL, or the file is invalid.

    Example:
        >>> load_profile("baonghean").label
        'Báo Nghệ An'
    """
    s = str(name_or_url)
    if s.endswith(".toml"):
        path = Path(s)
        try:
            return _read_toml(path.read_text(encoding="utf-8"), str(path))
        except OSError as exc:
            raise InputError(f"cannot read site profile {path}: {exc}") from exc
    shipped = _shipped()
    if s in shipped:
        return shipped[s]
    prof = profile_for_url(s)
    if prof is not None:
        return prof
    names = ", ".join(sorted(shipped))
    raise InputError(f"no site profile named or covering {s!r}; shipped profiles: {names}")
