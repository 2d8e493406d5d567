"""Discovery: which URLs a crawl visits, from a site profile or a start URL.

A crawl follows three kinds of sources, all filtered through the site's profile
(:class:`~dvtext.collect.sites.SiteProfile`): only URLs on the site's domains, not excluded, and matching
its article patterns are queued as articles.

* **Listing pages** (category pages) and their pagination: links on the page are classified by the
  profile; the next page comes from a link that looks like one (``rel=next``, "Trang sau", ``trang-N``,
  ``-pN``, ``?page=N``) or from the profile's pagination template. Pagination stops when a page brings no
  new article, at the depth limit, or when every dated article of the previous page is older than
  ``--since`` (see :mod:`dvtext.collect.crawl`).
* **RSS/Atom feeds**: items with their publication dates (items older than ``--since`` are dropped).
* **Sitemaps** and sitemap indexes (also gzipped), with ``lastmod`` dates; the ``Sitemap:`` lines of
  robots.txt are used too.

A bare URL gets a generic profile (``data/crawl_generic.toml``): its host, article URLs that look like
Vietnamese news articles (a slug with a numeric id or an ``.html`` ending), the start URL and its
pagination as listings.

Example:
    >>> prof = generic_profile("https://baonghean.vn/xay-dung-dang/")
    >>> classify("https://baonghean.vn/que-phong-lam-tot-dan-van-10298765.html", prof)
    'article'
    >>> classify("https://facebook.com/baonghean", prof) is None
    True
"""

from __future__ import annotations

import functools
import gzip
import io
import logging
import re
import tomllib
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from dvtext.collect.sites import SiteProfile, parse_profile
from dvtext.collect.urls import clean_url, host_of, url_key
from dvtext.errors import InputError

__all__ = ["Link", "classify", "page_number", "feed_links", "generic_profile", "listing_links", "next_page_urls",
           "sitemap_links", "is_feed", "is_sitemap"]

log = logging.getLogger(__name__)

_MAX_XML = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Link:
    """A discovered URL: its kind (``article``, ``listing``, ``feed``, ``sitemap``) and date if known."""

    url: str
    kind: str
    published: str | None = None  # ISO date from a feed item or sitemap lastmod


@functools.cache
def _generic_rules() -> dict[str, Any]:
    return tomllib.loads(resources.files("dvtext.data").joinpath("crawl_generic.toml").read_text(encoding="utf-8"))


def generic_profile(url: str) -> SiteProfile:
    """A profile for a site without one: its host, generic article and pagination patterns.

    Raises:
        InputError: ``url`` is not an http(s) URL.
    """
    clean = clean_url(url)
    if clean is None:
        raise InputError(f"{url!r} is not an http(s) URL or a known site name")
    host = host_of(clean)
    domain = host[4:] if host.startswith("www.") else host
    rules = _generic_rules()
    path = urlsplit(clean).path.rstrip("/")
    stem = re.sub(r"\.(html?|aspx|chn|php)$", "", path, flags=re.IGNORECASE)
    start_path = re.escape(path)
    origin = r"^https?://(www\.)?" + re.escape(domain) + r"(:\d+)?"
    data = {
        "name": f"generic:{domain}",
        "domains": [domain],
        "label": domain,
        "crawl": {
            "start_urls": [clean],
            "article_urls": [origin + p for p in rules["article_paths"]],
            "listing_urls": [origin + start_path + r"/?$"],
            "pagination": [],
            "pagination_urls": [origin + re.escape(stem) + p for p in rules["pagination_paths"]],
            "exclude_urls": rules["exclude"],
        },
    }
    return parse_profile(data, where=f"generic profile for {domain}")


def classify(url: str, profile: SiteProfile) -> str | None:
    """``article``, ``listing`` or None (out of the crawl's scope) for a clean URL."""
    if not profile.matches_host(url) or profile.is_excluded(url):
        return None
    if any(p.search(url) for p in profile.pagination_urls):
        return "listing"
    if profile.is_article_url(url):
        return "article"
    if profile.is_listing_url(url):
        return "listing"
    return None


def is_feed(url: str, content_type: str, body: bytes) -> bool:
    """True for an RSS/Atom document."""
    head = body[:2000].lstrip().lower()
    return "rss" in content_type or "atom" in content_type or b"<rss" in head or b"<feed" in head \
        or url.lower().endswith((".rss", "/feed", "/rss"))


def is_sitemap(url: str, content_type: str, body: bytes) -> bool:
    """True for a sitemap or sitemap index (XML, possibly gzipped)."""
    if body[:2] == b"\x1f\x8b":
        return True
    head = body[:2000].lower()
    return b"<urlset" in head or b"<sitemapindex" in head


# --------------------------------------------------------------------------- HTML listings
_NEXT_TEXT = re.compile(r"^\s*(trang\s+sau|trang\s+tiếp|tiếp\s+theo|tiếp|sau|next|xem\s+thêm|»|›|>>|>)\s*$",
                        re.IGNORECASE)


def _parse_html(body: bytes | str) -> etree._Element | None:
    try:
        parser = lxml_html.HTMLParser(recover=True, huge_tree=False)
        root = lxml_html.document_fromstring(body, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    return root


def _anchors(root: etree._Element) -> Iterator[tuple[str, str, str]]:
    for a in root.iter("a", "link"):
        href = a.get("href")
        if not href:
            continue
        rel = (a.get("rel") or "").lower()
        text = a.text_content() if a.tag == "a" else ""
        yield href, rel, " ".join(text.split())


def listing_links(body: bytes | str, *, url: str, profile: SiteProfile) -> list[Link]:
    """Article and listing links of a listing page, in page order, without repeats.

    Listing links are kept only when they look like pages of a listing (the crawl decides which it
    follows); feeds linked with ``<link rel=alternate type=application/rss+xml>`` are returned as feeds.
    """
    root = _parse_html(body)
    if root is None:
        return []
    base = url
    for b in root.iter("base"):
        if b.get("href"):
            base = clean_url(b.get("href") or "", base=url) or url
            break
    seen: set[str] = set()
    out: list[Link] = []
    for href, rel, _text in _anchors(root):
        clean = clean_url(href, base=base)
        if clean is None:
            continue
        key = url_key(clean)
        if key in seen or key == url_key(url):
            continue
        seen.add(key)
        if "alternate" in rel and (clean.endswith((".rss", ".xml")) or "rss" in clean):
            if profile.matches_host(clean):
                out.append(Link(clean, "feed"))
            continue
        kind = classify(clean, profile)
        if kind is not None:
            out.append(Link(clean, kind))
    return out


_PAGE_NUMBER = [
    re.compile(r"[?&](?:page|p|trang|pageindex|pg)=(\d+)", re.IGNORECASE),
    re.compile(r"/trang-?(\d+)(?:\.[a-z]+)?/?$", re.IGNORECASE),
    re.compile(r"-p(\d+)(?:\.[a-z]+)?/?$", re.IGNORECASE),
    re.compile(r"/page/(\d+)/?$", re.IGNORECASE),
    re.compile(r"/p(\d+)/?$", re.IGNORECASE),
]


def page_number(url: str) -> int | None:
    """The page number a pagination URL carries (``trang-63.html`` → 63), or None."""
    for pat in _PAGE_NUMBER:
        m = pat.search(url)
        if m:
            return int(m.group(1))
    return None


def next_page_urls(body: bytes | str, *, url: str, page: int, series: str, profile: SiteProfile) -> list[str]:
    """Candidate URLs of page ``page + 1`` of the listing whose first page is ``series``.

    In order: links marked ``rel=next`` or titled "Trang sau"/"»"/"Next", links whose page number is
    ``page + 1`` and that the profile accepts as pagination or listing URLs, then the profile's
    pagination template applied to ``series``.
    """
    want = page + 1
    found: list[str] = []
    root = _parse_html(body) if body else None
    if root is not None:
        for href, rel, text in _anchors(root):
            clean = clean_url(href, base=url)
            if clean is None or not profile.matches_host(clean) or profile.is_excluded(clean):
                continue
            if profile.is_article_url(clean):
                continue
            n = page_number(clean)
            if "next" in rel.split() or _NEXT_TEXT.match(text):
                if n is None or n == want:
                    found.append(clean)
            elif n == want and (profile.is_listing_url(clean) or _same_series(clean, series)):
                found.append(clean)
    tpl = profile.page_url(series, want)
    if tpl:
        found.append(tpl)
    out: list[str] = []
    keys: set[str] = set()
    for u in found:
        k = url_key(u)
        if k not in keys:
            keys.add(k)
            out.append(u)
    return out


def _same_series(candidate: str, series: str) -> bool:
    """True when a pagination URL extends the first page's path (``/xa-hoi`` → ``/xa-hoi/trang-2.htm``)."""
    a, b = urlsplit(candidate), urlsplit(series)
    if a.hostname != b.hostname:
        return False
    stem = re.sub(r"\.[a-z]+$", "", b.path.rstrip("/"))
    return a.path.startswith(stem) or (a.path.rstrip("/") == b.path.rstrip("/") and bool(a.query))


# --------------------------------------------------------------------------- feeds and sitemaps
def _xml_root(body: bytes, cap: int = _MAX_XML) -> etree._Element | None:
    data = body
    if data[:2] == b"\x1f\x8b":  # a .xml.gz sitemap served as a file, not Content-Encoding
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = d.decompress(data, cap + 1)
        if len(data) > cap:
            log.warning("gzipped sitemap decodes to more than %d bytes; ignored", cap)
            return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False,
                             remove_comments=True)
    try:
        return etree.fromstring(data.lstrip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _iso_date(text: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from an RFC 822 or ISO 8601 date string, or None."""
    if not text:
        return None
    text = text.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return m.group(0)
    import email.utils

    try:
        d = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        d = None
    if d is not None:
        return d.date().isoformat()
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None


def feed_links(body: bytes, *, url: str, profile: SiteProfile) -> list[Link]:
    """Article links of an RSS 2.0 / Atom feed with their publication dates."""
    root = _xml_root(body)
    if root is None:
        return []
    out: list[Link] = []
    for item in root.iter():
        name = _local(item.tag)
        if name not in ("item", "entry"):
            continue
        link, when = None, None
        for child in item:
            cname = _local(child.tag)
            if cname == "link":
                link = child.get("href") or (child.text or "").strip() or link
            elif cname == "guid" and link is None and (child.text or "").startswith("http"):
                link = child.text.strip() if child.text else None
            elif cname in ("pubdate", "published", "updated", "date") and when is None:
                when = _iso_date(child.text)
        clean = clean_url(link or "", base=url)
        if clean and classify(clean, profile) == "article":
            out.append(Link(clean, "article", when))
    return out


def sitemap_links(body: bytes, *, url: str, profile: SiteProfile) -> list[Link]:
    """Article links (``urlset``) or child sitemaps (``sitemapindex``) of a sitemap, with ``lastmod``."""
    root = _xml_root(body)
    if root is None:
        return []
    index = _local(root.tag) == "sitemapindex"
    out: list[Link] = []
    for entry in root:
        if _local(entry.tag) not in ("url", "sitemap"):
            continue
        loc, lastmod = None, None
        for child in entry:
            cname = _local(child.tag)
            if cname == "loc":
                loc = (child.text or "").strip()
            elif cname == "lastmod":
                lastmod = _iso_date(child.text)
        clean = clean_url(loc or "", base=url)
        if clean is None:
            continue
        if index:
            if profile.matches_host(clean):
                out.append(Link(clean, "sitemap", lastmod))
        elif classify(clean, profile) == "article":
            out.append(Link(clean, "article", lastmod))
    return out


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Decompress a gzip file with an output cap (InputError past it)."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
        out = fh.read(cap + 1)
    if len(out) > cap:
        raise InputError(f"gzip data decodes to more than {cap} bytes")
    return out
