"""Article extraction from a news page: title, lead, body, author, date, category, tags, canonical URL.

:func:`extract_article` decodes the bytes (:mod:`dvtext.collect.encoding`), parses them with lxml,
finds the site's profile (:mod:`dvtext.collect.sites`) from the URL or the page's canonical URL, and reads
each field with the profile's selectors, falling back on the page's metadata (:mod:`.metadata`). The
body is read from the profile's container; on a site without a profile, from a known content container
(``data/boilerplate.toml`` ``[generic]``), else by trafilatura.

What ``Article.text`` holds: the lead (sapo) as its first paragraph, then the body paragraphs, separated
by blank lines. No title, no byline (it goes to ``author``), no image captions, no "Tin liên quan" /
"Tin cùng chuyên mục" / "Xem thêm" blocks, share bars, tag lists or comment prompts. ``lead`` repeats the
first paragraph alone, so ``text[len(lead):]`` is the body without it. The lead loses its source credit
("(Chinhphu.vn) - ", "(Dân trí) - ").

Failures are never partial: a page that is not HTML, empty, nested deeper than the parser's limit, or
without article text raises :class:`~dvtext.errors.InputError` or :class:`~dvtext.errors.ExtractionError`
with the reason; text that would be mojibake is repaired exactly or refused.

Example:
    >>> page = ("<html><head><title>Tin</title></head><body><h1>Quế Phong làm tốt dân vận</h1>"
    ...         "<div class='detail-content'><p>Huyện Quế Phong có 13 xã và 01 thị trấn, "
    ...         "194 thôn bản, trong đó 12 xã đặc biệt khó khăn.</p><p>Tin liên quan</p>"
    ...         "<p><a href='/x'>Bài khác</a></p></div></body></html>")
    >>> a = extract_article(page)
    >>> a.title, a.text
    ('Quế Phong làm tốt dân vận', 'Huyện Quế Phong có 13 xã và 01 thị trấn, 194 thôn bản, trong đó 12 xã đặc biệt khó khăn.')
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from dvtext.collect import metadata as md
from dvtext.collect.body import (
    _all_texts,
    _body_from,
    _clean_author,
    _clean_paragraphs,
    _first_text,
    _Para,
    _Rules,
    _rules,
    _select,
    _split_byline,
    _strip_agency,
    _text_of,
)
from dvtext.collect.encoding import check_mojibake, decode_html, repair_page_mojibake
from dvtext.collect.sites import SiteProfile, load_profile, profile_for_url
from dvtext.errors import ExtractionError, InputError
from dvtext.types import Article

__all__ = ["extract_article", "ExtractSettings", "DEFAULTS", "parse_html"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Defaults of the extractor in one place (the CLI maps its flags onto a copy)."""

    max_bytes: int = 20_000_000  # larger pages are refused (a news page is < 2 MB)
    min_text_chars: int = 80  # less body text than this is "no article" (empty body, listing page)
    use_trafilatura: bool = True  # last resort for pages without a profile or known container
    default_tz: str | None = md.DEFAULT_TZ  # timezone given to naive page times
    generic_min_chars: int = 200  # a generic container must hold this much text to be the body


DEFAULTS = ExtractSettings()


# --------------------------------------------------------------------------- parsing
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(text: str) -> etree._Element:
    """Parse page text with lxml; raises ExtractionError for pages the parser would truncate.

    Example:
        >>> parse_html("<p>Xin chào</p>").findtext(".//p")
        'Xin chào'
    """
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True,
                                  default_doctype=False)
    text = _XML_DECL.sub("", text, count=1)
    try:
        root = etree.fromstring(text, parser)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"the page cannot be parsed as HTML: {exc}") from exc
    if root is None:
        raise ExtractionError("the page has no HTML content")
    for err in parser.error_log:
        if "Excessive depth" in err.message:
            raise ExtractionError(
                "the page nests elements deeper than the HTML parser's limit "
                f"({err.message.strip()}); refusing it rather than returning a partial article"
            )
    return root


def _trafilatura_body(root: etree._Element, url: str | None) -> list[str]:
    """Body paragraphs by trafilatura (pages without a profile or a known container)."""
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ExtractionError("no body container found and trafilatura is not installed "
                              "(pip install trafilatura)") from exc
    try:
        text = trafilatura.extract(etree.tostring(root, encoding="unicode"), url=url, include_comments=False,
                                   include_tables=True, favor_precision=True)
    except RecursionError as exc:
        raise ExtractionError("the page is nested too deeply for the generic extractor") from exc
    return [md.clean_space(line) for line in (text or "").split("\n") if line.strip()]


# --------------------------------------------------------------------------- fields
_TITLE_SUFFIX = re.compile(r"\s+[-|–—]\s+[^-|–—]{2,60}$")


def _clean_title(title: str | None, site: str | None) -> str | None:
    if not title:
        return None
    title = md.clean_space(title)
    m = _TITLE_SUFFIX.search(title)
    if m and (site is None or len(m.group(0)) < 60) and len(title) - len(m.group(0)) > 15:
        tail = m.group(0).casefold()
        if any(k in tail for k in ("báo", "vnexpress", "online", ".vn", ".com", "tin tức", "news", "điện tử")):
            title = title[: m.start()]
    return title or None


def _tags(values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        for part in (v.split(",") if ("," in v and len(values) <= 2) else [v]):
            t = md.clean_space(part).strip("#,;. ").strip()
            if t and len(t) <= 80 and t.casefold() not in seen:
                seen.add(t.casefold())
                out.append(t)
    return tuple(out)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


# --------------------------------------------------------------------------- main
def extract_article(
    html: bytes | str,
    *,
    url: str | None = None,
    content_type: str | None = None,
    profile: SiteProfile | str | bool | None = None,
    settings: ExtractSettings = DEFAULTS,
) -> Article:
    """Extract the article of a news page.

    Args:
        html: the page, as bytes (decoded here, see :func:`~dvtext.collect.encoding.decode_html`) or text.
        url: the page's URL; picks the site profile and resolves relative links. Without it the page's
            canonical URL is used.
        content_type: the HTTP ``Content-Type`` header (its charset is evidence for decoding).
        profile: a :class:`SiteProfile`, a profile name, ``None`` to find it from the URL, or ``False``
            for the generic extractor only.
        settings: extractor defaults (:data:`DEFAULTS`).

    Returns:
        An :class:`~dvtext.types.Article`; ``text`` is the lead then the body paragraphs.

    Raises:
        InputError: the page is empty, binary (a PDF served as HTML), too large, or undecodable.
        ExtractionError: the page has no article text, or cannot be read whole.

    Example:
        >>> a = extract_article(open("tests/collect/fixtures/baonghean/article.html", "rb").read(),
        ...                     url="https://baonghean.vn/que-phong-gan-dan-van-chinh-quyen-voi-cai-cach-hanh-chinh-10298765.html")  # doctest: +SKIP
        >>> a.author  # doctest: +SKIP
        'Nguyễn Mạnh Khôi'
    """
    rules = _rules()
    if isinstance(html, bytes | bytearray | memoryview):
        if len(html) > settings.max_bytes:
            raise InputError(f"page too large ({len(html):,} bytes > {settings.max_bytes:,}); not a news article")
        text, _codec = decode_html(bytes(html), content_type)
    elif isinstance(html, str):
        if len(html) > settings.max_bytes:
            raise InputError(f"page too large ({len(html):,} characters > {settings.max_bytes:,})")
        text = html.lstrip("\ufeff")
        if not text.strip():
            raise InputError("empty page: the body has no content")
        if text.lstrip().startswith("%PDF-"):
            raise InputError("not an HTML page: the body is a PDF document")
    else:
        raise InputError(f"extract_article() takes bytes or str, not {type(html).__name__}")
    if "<" not in text[:100_000]:
        raise InputError("not an HTML page: no markup in the body")
    text = repair_page_mojibake(text)

    root = parse_html(text)
    pm = md.read_meta(root, url=url)
    page_url = url or pm.canonical
    prof = _resolve_profile(profile, page_url, pm)
    sel = prof.selectors if prof else {}
    gen = rules.generic

    # body
    paras: list[_Para] = []
    body_el: etree._Element | None = None
    if prof and sel.get("body"):
        paras, body_el = _body_from(root, sel["body"], sel.get("remove", ()), rules, 1)
    if prof and sel.get("body") and not paras and page_url and prof.article_urls \
            and not prof.is_article_url(page_url):
        raise ExtractionError(f"not an article page: {page_url} is not an article URL of site profile "
                              f"{prof.name!r} (a listing or section page?)")
    if not paras:
        paras, body_el = _body_from(root, gen.get("body", ()), sel.get("remove", ()), rules,
                                    settings.generic_min_chars, settings.min_text_chars)
    if not paras and settings.use_trafilatura:
        if not _looks_like_article(root, pm):
            raise ExtractionError("no article found: the page has no headline, article metadata or "
                                  "known content container (a listing or non-article page?)")
        paras = _clean_paragraphs([_Para(p, 0, None) for p in _trafilatura_body(root, page_url)], None, rules)

    # lead
    lead = _first_text(root, sel.get("lead", ())) if prof else None
    if not lead:
        lead = _first_text(root, gen.get("lead", ()))
    if prof and prof.lead_in_body and paras and not lead:
        lead, paras = paras[0].text, paras[1:]
    if lead:
        lead = _strip_agency(lead, rules)
        paras = [p for p in paras if md.clean_space(_strip_agency(p.text, rules)) != lead]
    elif paras:
        paras[0].text = _strip_agency(paras[0].text, rules)

    # author
    author_raw = _author(root, pm, sel.get("author", ()) if prof else (), gen.get("author", ()))
    paras, byline = _split_byline(paras, rules, author_raw)
    author = _clean_author(author_raw, rules) or _clean_author(byline, rules)

    texts = [p.text for p in paras]
    if not texts or sum(map(len, texts)) + len(lead or "") < settings.min_text_chars:
        raise ExtractionError(
            "no article text found on the page (empty body, a listing or a non-article page)"
            + (f"; site profile {prof.name!r} did not match" if prof else "")
        )
    full = "\n\n".join(([lead] if lead else []) + texts)

    title = _first_text(root, sel.get("title", ())) if prof else None
    title = title or pm.first("og:title", "twitter:title") or _first_text(root, ("//h1",))
    if not title:
        title = _first_text(root, ("//title",))
    title = _clean_title(title, pm.first("og:site_name"))

    published = _published(root, pm, prof, settings)
    category = _category(root, pm, sel.get("category", ()) if prof else (), rules)
    tags = _tags(_all_texts(root, sel.get("tags", ())) if prof else [])
    if not tags:
        tags = _tags(pm.all("article:tag")) or _tags(pm.all("news_keywords")) or _tags(pm.all("keywords"))

    full = check_mojibake(full, where="article text")
    title = check_mojibake(title, where="title") if title else None
    lead = check_mojibake(lead, where="lead") if lead else None
    return Article(
        text=full,
        title=title,
        url=url or pm.canonical,
        published=published,
        source=(prof.domains[0] if prof else _host(page_url)),
        lead=lead or None,
        author=author,
        category=category,
        tags=tags,
        canonical_url=pm.canonical,
    )


def _looks_like_article(root: etree._Element, pm: md.PageMeta) -> bool:
    """Evidence that a page without a known container is an article: metadata, or an h1 and an <article>."""
    if (pm.first("og:type") or "").lower() == "article" or pm.article_ld() is not None:
        return True
    if pm.first("article:published_time", "pubdate", "datepublished"):
        return True
    return root.find(".//h1") is not None or root.find(".//article") is not None


def _resolve_profile(profile: SiteProfile | str | bool | None, url: str | None,
                     pm: md.PageMeta) -> SiteProfile | None:
    if profile is False:
        return None
    if isinstance(profile, SiteProfile):
        return profile
    if isinstance(profile, str):
        return load_profile(profile)
    for u in (url, pm.canonical, pm.first("og:url")):
        if u:
            p = profile_for_url(u)
            if p is not None:
                return p
    return None


def _author(root: etree._Element, pm: md.PageMeta, selectors: Sequence[str],
            generic: Sequence[str]) -> str | None:
    names = _all_texts(root, selectors)
    if names:
        uniq = list(dict.fromkeys(n for n in names if n))
        return ", ".join(uniq[:4])
    art = pm.article_ld()
    if art:
        found = md.ld_text(art.get("author"))
        site = (pm.first("og:site_name") or "").casefold()
        found = [f for f in found if f.casefold() != site and "http" not in f]
        if found:
            return ", ".join(dict.fromkeys(found))
    v = pm.first("article:author", "dable:author")
    if v and "http" not in v:
        return ", ".join(x.strip() for x in v.split(";") if x.strip())
    names = _all_texts(root, generic)
    if names and len(names[0]) <= 60:
        return names[0]
    return None


def _published(root: etree._Element, pm: md.PageMeta, prof: SiteProfile | None,
               settings: ExtractSettings) -> str | None:
    tz = settings.default_tz
    if prof:
        for sel in prof.selectors.get("published", ()):
            for item in _select(root, sel):
                out = md.parse_date(_text_of(item), formats=prof.date_formats, default_tz=tz)
                if out:
                    return out
    out = md.meta_published(pm, default_tz=tz) or md.time_elements(root, default_tz=tz)
    if out:
        return out
    try:
        from htmldate import find_date

        found = find_date(root, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception as exc:  # htmldate is a best effort
        log.debug("htmldate failed: %s", exc)
        found = None
    return found or None


def _category(root: etree._Element, pm: md.PageMeta, selectors: Sequence[str], rules: _Rules) -> str | None:
    for cand in (_all_texts(root, selectors), pm.breadcrumbs()):
        for c in cand:
            if c.casefold() not in rules.not_categories:
                return c
    sec = pm.first("article:section")
    if sec:
        return sec
    for cand in (_all_texts(root, rules.generic.get("category", ())),):
        for c in cand:
            if c.casefold() not in rules.not_categories:
                return c
    return None
