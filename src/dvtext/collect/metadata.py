"""Page metadata for the article extractor: ``<meta>`` tags, JSON-LD, canonical URL, and dates.

Everything here reads a parsed lxml tree once and returns plain values; the site profile (when there
is one) is applied by :mod:`dvtext.collect.html`, which falls back on these values.

Dates become ISO 8601: ``2026-03-07T08:01:53+07:00`` when the time is known (a page's naive time is
taken as Vietnam time, ``+07:00``, unless the caller says otherwise), ``2026-03-07`` otherwise.

Example:
    >>> parse_date("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", formats=("%d/%m/%Y, %H:%M",))
    '2026-03-07T00:05:00+07:00'
    >>> parse_date("ngày 08 tháng 4 năm 2019")
    '2019-04-08'
"""

from __future__ import annotations

import html as htmllib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

from lxml import etree

__all__ = ["PageMeta", "read_meta", "parse_date", "clean_space"]

log = logging.getLogger(__name__)

DEFAULT_TZ = "+07:00"
_WS = re.compile(r"\s+")
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)
_DMY_TIME = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D{1,12}?(\d{1,2})[:hg](\d{2}))?")
_TIME_DMY = re.compile(r"(\d{1,2})[:hg](\d{2})(?::\d{2})?\s*(?:[AaPp][Mm])?\D{1,14}?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})", re.IGNORECASE)
_FMT_PARTS = {
    "%d": r"(?P<d>\d{1,2})", "%m": r"(?P<m>\d{1,2})", "%Y": r"(?P<Y>\d{4})", "%y": r"(?P<y>\d{2})",
    "%H": r"(?P<H>\d{1,2})", "%I": r"(?P<I>\d{1,2})", "%M": r"(?P<M>\d{2})", "%S": r"(?P<S>\d{2})",
    "%p": r"(?P<p>[AaPp][Mm])",
}
_FMT_CACHE: dict[str, re.Pattern[str]] = {}
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
               "webpage", "opinionnewsarticle", "backgroundnewsarticle"}


def clean_space(text: str | None) -> str:
    """Fold whitespace (including NBSP and zero-width characters) to single spaces and strip."""
    if not text:
        return ""
    text = text.replace("\u200b", "").replace("\ufeff", "").replace("\u00ad", "")
    return _WS.sub(" ", text).strip()


def _unescape(text: str) -> str:
    """HTML-unescape repeatedly (some sites double-escape JSON-LD: ``&amp;#7871;``)."""
    for _ in range(3):
        new = htmllib.unescape(text)
        if new == text:
            break
        text = new
    return text


@dataclass(slots=True)
class PageMeta:
    """What a page's head says about itself (every field may be empty)."""

    meta: dict[str, list[str]] = field(default_factory=dict)  # name/property/itemprop → contents
    ld: list[dict[str, Any]] = field(default_factory=list)  # JSON-LD objects (flattened @graph)
    canonical: str | None = None
    lang: str | None = None

    def first(self, *keys: str) -> str | None:
        """The first non-empty content among meta keys, in the order given."""
        for k in keys:
            for v in self.meta.get(k, ()):
                v = clean_space(_unescape(v))
                if v:
                    return v
        return None

    def all(self, key: str) -> list[str]:
        """Every content of a meta key."""
        return [clean_space(_unescape(v)) for v in self.meta.get(key, ()) if v.strip()]

    def article_ld(self) -> dict[str, Any] | None:
        """The JSON-LD object describing the article (NewsArticle, Article...), if any."""
        best = None
        for obj in self.ld:
            types = obj.get("@type")
            names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if names & (_NEWS_TYPES - {"webpage"}):
                return obj
            if "webpage" in names and best is None and ("headline" in obj or "datePublished" in obj):
                best = obj
        return best

    def breadcrumbs(self) -> list[str]:
        """Names of a JSON-LD BreadcrumbList, in position order."""
        for obj in self.ld:
            types = obj.get("@type")
            if "BreadcrumbList" not in (types if isinstance(types, list) else [types]):
                continue
            items: list[tuple[int, str]] = []
            for it in _walk_items(obj.get("itemListElement")):
                name = it.get("name")
                if name is None and isinstance(it.get("item"), dict):
                    name = it["item"].get("name")
                pos = it.get("position", len(items) + 1)
                if isinstance(name, str):
                    try:
                        items.append((int(pos), clean_space(_unescape(name))))
                    except (TypeError, ValueError):
                        items.append((len(items) + 1, clean_space(_unescape(name))))
            return [n for _, n in sorted(items)]
        return []


def _walk_items(value: Any) -> Iterator[dict[str, Any]]:
    """List items of a BreadcrumbList, flattening nested lists (dantri nests each item in a list)."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _walk_items(v)


def _flatten_ld(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for d in data:
            yield from _flatten_ld(d)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"])
        else:
            yield data


def read_meta(root: etree._Element, *, url: str | None = None) -> PageMeta:
    """Collect ``<meta>`` contents, JSON-LD objects, the canonical URL and the language of a page."""
    pm = PageMeta()
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop"):
            key = el.get(attr)
            if key:
                pm.meta.setdefault(key.strip().lower(), []).append(content)
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        raw = el.text.strip()
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # control characters and stray newlines inside strings are common
                data = json.loads(re.sub(r"[\x00-\x1f]", " ", raw))
            except ValueError:
                log.debug("unreadable JSON-LD block skipped")
                continue
        pm.ld.extend(_flatten_ld(data))
    for el in root.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            pm.canonical = el.get("href", "").strip()
            break
    if pm.canonical is None:
        pm.canonical = pm.first("og:url")
    if pm.canonical and url:
        pm.canonical = urljoin(url, pm.canonical)
    if pm.canonical and not pm.canonical.startswith(("http://", "https://")):
        pm.canonical = None
    pm.lang = root.get("lang")
    return pm


def ld_text(value: Any) -> list[str]:
    """Names in a JSON-LD value: a string, a {"name": ...} object, or a list of either."""
    out: list[str] = []
    if isinstance(value, str):
        out.append(clean_space(_unescape(value)))
    elif isinstance(value, dict):
        if str(value.get("@type", "")).lower() in ("organization", "newsmediaorganization"):
            return []
        out.extend(ld_text(value.get("name")))
    elif isinstance(value, list):
        for v in value:
            out.extend(ld_text(v))
    return [v for v in out if v]


# --------------------------------------------------------------------------- dates
def _fmt_regex(fmt: str) -> re.Pattern[str]:
    pat = _FMT_CACHE.get(fmt)
    if pat is None:
        parts = re.split(r"(%[a-zA-Z])", fmt)
        rx = "".join(
            _FMT_PARTS.get(p, re.escape(p)) if p.startswith("%")
            else "".join(r"\s*" if ch.isspace() else re.escape(ch) for ch in p)
            for p in parts
        )
        pat = _FMT_CACHE[fmt] = re.compile(rx, re.IGNORECASE)
    return pat


def _build(y: int, mo: int, d: int, h: int | None = None, mi: int | None = None, s: int = 0,
           tz: str | None = None, default_tz: str | None = DEFAULT_TZ) -> str | None:
    """ISO string from parts, or None when the date is impossible or implausible for a news page."""
    try:
        day = date(y, mo, d)
    except ValueError:
        return None
    if not 1990 <= y <= date.today().year + 1:
        return None
    if h is None or mi is None:
        return day.isoformat()
    try:
        dt = datetime(y, mo, d, h, mi, s)
    except ValueError:
        return day.isoformat()
    zone = tz or default_tz
    if zone == "Z":
        zone = "+00:00"
    elif zone and re.fullmatch(r"[+-]\d{4}", zone):
        zone = zone[:3] + ":" + zone[3:]
    return dt.isoformat() + (zone or "")


def parse_date(text: str | None, *, formats: Iterable[str] = (), default_tz: str | None = DEFAULT_TZ) -> str | None:
    """The first date in ``text`` as ISO 8601, trying the profile's strptime ``formats`` first.

    Understands ISO dates, ``dd/mm/yyyy [hh:mm]``, ``hh:mm dd/mm/yyyy`` and ``ngày d tháng m năm y``.

    Example:
        >>> parse_date("07/03/2026 08:06 GMT+7")
        '2026-03-07T08:06:00+07:00'
        >>> parse_date("2026-03-07T00:01:00")
        '2026-03-07T00:01:00+07:00'
    """
    if not text:
        return None
    text = clean_space(_unescape(text))
    m = _ISO.search(text)
    if m and m.start() < 40:
        y, mo, d, h, mi, s, tz = m.groups()
        out = _build(int(y), int(mo), int(d), int(h) if h else None, int(mi) if mi else None,
                     int(s or 0), tz, default_tz)
        if out:
            return out
    best: tuple[int, str] | None = None  # the format match that says most (a time beats a bare date)
    for fmt in formats:
        fm = _fmt_regex(fmt).search(text)
        if not fm:
            continue
        g = fm.groupdict()
        year = int(g["Y"]) if g.get("Y") else (2000 + int(g["y"]) if g.get("y") else None)
        if year is None or not g.get("m") or not g.get("d"):
            continue
        hour = int(g["H"]) if g.get("H") else (int(g["I"]) if g.get("I") else None)
        if hour is not None and g.get("I") and g.get("p"):
            hour = hour % 12 + (12 if g["p"].lower() == "pm" else 0)
        out = _build(year, int(g["m"]), int(g["d"]), hour, int(g["M"]) if g.get("M") else None,
                     int(g.get("S") or 0), None, default_tz)
        if out and (best is None or len(out) > best[0]):
            best = (len(out), out)
    if best:
        return best[1]
    m2 = _TIME_DMY.search(text)
    if m2:
        h, mi, d, mo, y = (int(x) for x in m2.groups())
        out = _build(y, mo, d, h, mi, 0, None, default_tz)
        if out:
            return out
    m3 = _DMY_TIME.search(text)
    if m3:
        d, mo, y = int(m3.group(1)), int(m3.group(2)), int(m3.group(3))
        h = int(m3.group(4)) if m3.group(4) else None
        mi = int(m3.group(5)) if m3.group(5) else None
        out = _build(y, mo, d, h, mi, 0, None, default_tz)
        if out:
            return out
    m4 = _WORDS.search(text)
    if m4:
        return _build(int(m4.group(3)), int(m4.group(2)), int(m4.group(1)))
    return None


def meta_published(pm: PageMeta, *, default_tz: str | None = DEFAULT_TZ) -> str | None:
    """The publication date the page's metadata gives (meta tags, then JSON-LD)."""
    for key in ("article:published_time", "pubdate", "datepublished", "og:published_time",
                "publishdate", "dc.date.issued", "date", "publish-date", "article:published"):
        out = parse_date(pm.first(key), default_tz=default_tz)
        if out:
            return out
    art = pm.article_ld()
    if art:
        for key in ("datePublished", "dateCreated"):
            v = art.get(key)
            if isinstance(v, str):
                out = parse_date(v, default_tz=default_tz)
                if out:
                    return out
    return None


def time_elements(root: etree._Element, *, default_tz: str | None = DEFAULT_TZ) -> str | None:
    """The first ``<time datetime=...>`` that parses (pages without any date metadata)."""
    for el in root.iter("time"):
        out = parse_date(el.get("datetime") or el.text_content(), default_tz=default_tz)
        if out:
            return out
    return None
