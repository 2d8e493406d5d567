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

import functools
import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from dvtext.collect import metadata as md
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


# --------------------------------------------------------------------------- data
@dataclass(frozen=True, slots=True)
class _Rules:
    labels: frozenset[str]
    prefixes: tuple[str, ...]
    captions: tuple[re.Pattern[str], ...]
    caption_max_words: int
    class_tokens: frozenset[str]
    class_phrases: tuple[str, ...]
    drop_types: frozenset[str]
    drop_tags: frozenset[str]
    agency: re.Pattern[str]
    byline_prefixes: tuple[str, ...]
    byline_suffix: re.Pattern[str]
    generic: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_categories: frozenset[str] = frozenset()


@functools.cache
def _rules() -> _Rules:
    raw = tomllib.loads(resources.files("dvtext.data").joinpath("boilerplate.toml").read_text("utf-8"))
    gen = raw.get("generic", {})
    return _Rules(
        labels=frozenset(s.casefold() for s in raw["labels"]),
        prefixes=tuple(s.casefold() for s in raw["prefixes"]),
        captions=tuple(re.compile(p, re.IGNORECASE) for p in raw["caption_patterns"]),
        caption_max_words=int(raw.get("caption_max_words", 40)),
        class_tokens=frozenset(raw["class_tokens"]),
        class_phrases=tuple(raw["class_phrases"]),
        drop_types=frozenset(t.lower() for t in raw["drop_types"]),
        drop_tags=frozenset(raw["drop_tags"]),
        agency=re.compile(raw["agency_prefix"]),
        byline_prefixes=tuple(s.casefold() for s in raw["byline_prefixes"]),
        byline_suffix=re.compile(raw["byline_suffix"], re.IGNORECASE),
        generic={k: tuple(v) for k, v in gen.items() if isinstance(v, list) and k != "not_categories"},
        not_categories=frozenset(s.casefold() for s in gen.get("not_categories", ())),
    )


@functools.lru_cache(maxsize=4096)
def _xpath(selector: str) -> etree.XPath:
    """Compile a CSS or XPath selector (XPath when it starts with ``/``, ``./`` or ``(``)."""
    if selector.startswith(("/", "./", "(")):
        expr = selector
    else:
        from cssselect import HTMLTranslator, SelectorError

        try:
            expr = HTMLTranslator().css_to_xpath(selector)
        except SelectorError as exc:
            raise InputError(f"bad CSS selector {selector!r} in a site profile: {exc}") from exc
    try:
        return etree.XPath(expr)
    except etree.XPathSyntaxError as exc:
        raise InputError(f"bad XPath selector {selector!r} in a site profile: {exc}") from exc


def _select(root: etree._Element, selector: str) -> list[Any]:
    try:
        res = _xpath(selector)(root)
    except etree.XPathEvalError as exc:
        log.debug("selector %r failed: %s", selector, exc)
        return []
    return res if isinstance(res, list) else [res]


def _text_of(item: Any) -> str:
    if isinstance(item, etree._Element):
        return md.clean_space(" ".join(item.itertext()))
    return md.clean_space(str(item))


def _first_text(root: etree._Element, selectors: Iterable[str]) -> str | None:
    for sel in selectors:
        for item in _select(root, sel):
            t = _text_of(item)
            if t:
                return t
    return None


def _all_texts(root: etree._Element, selectors: Iterable[str]) -> list[str]:
    for sel in selectors:
        out = [t for t in (_text_of(i) for i in _select(root, sel)) if t]
        if out:
            return out
    return []


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


# --------------------------------------------------------------------------- body
@dataclass(slots=True)
class _Para:
    text: str
    links: int  # characters inside <a>
    block: etree._Element | None
    emph: bool = False  # (nearly) all of it bold or italic
    right: bool = False  # right-aligned: where bylines sit


def _tokens(el: etree._Element) -> tuple[set[str], str]:
    raw = " ".join(filter(None, (el.get("class"), el.get("id")))).lower()
    return set(re.split(r"[\s_-]+", raw)) - {""}, raw


_BLOCK = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "main", "table", "tr", "td", "th", "dd", "dt", "dl", "pre", "center", "address", "hr", "br", "tbody", "thead", "caption"])


def _is_boilerplate_el(el: etree._Element, rules: _Rules) -> bool:
    tag = el.tag
    if not isinstance(tag, str) or tag in rules.drop_tags:
        return True
    if (el.get("type") or "").lower() in rules.drop_types:
        return True
    style = el.get("style")
    if style and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", style, re.IGNORECASE):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    toks, raw = _tokens(el)
    if toks & rules.class_tokens or any(p in raw for p in rules.class_phrases):
        return True
    if tag == "table" and el.find(".//img") is not None:
        return len(" ".join(el.itertext())) < 400  # an image with its caption
    return False


def _linearize(body: etree._Element, removed: set[etree._Element], rules: _Rules) -> list[_Para]:
    """Paragraphs of a container in document order, skipping boilerplate subtrees (iterative walk)."""
    out: list[_Para] = []
    buf: list[str] = []
    link_chars = emph_chars = 0
    link_depth = emph_depth = 0
    blocks: list[etree._Element] = []

    def flush() -> None:
        nonlocal link_chars, emph_chars
        if buf:
            text = md.clean_space("".join(buf))
            if text:
                block = blocks[-1] if blocks else None
                out.append(_Para(text, min(link_chars, len(text)), block,
                                 emph=emph_chars >= 0.8 * len(text), right=_right_aligned(block)))
            buf.clear()
        link_chars = emph_chars = 0

    def add(text: str) -> None:
        nonlocal link_chars, emph_chars
        buf.append(text)
        n = len(text.strip())
        if link_depth:
            link_chars += n
        if emph_depth:
            emph_chars += n

    walker = etree.iterwalk(body, events=("start", "end"))
    skipped: set[etree._Element] = set()
    for event, el in walker:
        if el is body:
            if event == "start" and el.text:
                buf.append(el.text)
            continue
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el in removed or _is_boilerplate_el(el, rules):
                walker.skip_subtree()
                skipped.add(el)
                continue
            if tag in _BLOCK:
                flush()
                blocks.append(el)
            elif tag == "a":
                link_depth += 1
            elif tag in _EMPH:
                emph_depth += 1
            if el.text:
                add(el.text)
        else:
            if el in skipped:
                skipped.discard(el)
                if tag not in _BLOCK:
                    buf.append(" ")
            elif tag in _BLOCK:
                flush()
                blocks.pop()
            elif tag == "a":
                link_depth -= 1
            elif tag in _EMPH:
                emph_depth -= 1
            if el.tail:
                add(el.tail)
    flush()
    return out


_EMPH = frozenset(("b", "strong", "em", "i"))


def _right_aligned(el: etree._Element | None) -> bool:
    if el is None:
        return False
    style = (el.get("style") or "").replace(" ", "").lower()
    return "text-align:right" in style or (el.get("align") or "").lower() == "right"


def _norm_label(text: str) -> str:
    return text.casefold().strip(" :.-–—>»|").strip()


def _is_caption(text: str, rules: _Rules) -> bool:
    if len(text.split()) > rules.caption_max_words:
        return False
    return any(p.search(text) for p in rules.captions)


def _clean_paragraphs(paras: list[_Para], body: etree._Element | None, rules: _Rules) -> list[_Para]:
    """Drop labels and the blocks they head, link lists, prompts and captions."""
    out: list[_Para] = []
    cut_under: etree._Element | None = None
    in_link_block = False
    for p in paras:
        if cut_under is not None and p.block is not None and _is_descendant(p.block, cut_under):
            continue
        cut_under = None
        low = p.text.casefold()
        linky = p.links >= 0.6 * len(p.text)
        if in_link_block and linky:
            continue
        in_link_block = False
        if _norm_label(p.text) in rules.labels:
            parent = p.block.getparent() if p.block is not None else None
            if parent is not None and parent is not body and body is not None and _is_descendant(parent, body):
                cut_under = parent
            in_link_block = True
            continue
        if low.startswith(rules.prefixes):
            continue
        if p.links >= 0.9 * len(p.text) and len(p.text) < 300:
            continue  # a bare link: a related-article title
        if _is_caption(p.text, rules):
            continue
        out.append(p)
    return out


def _is_descendant(el: etree._Element, ancestor: etree._Element) -> bool:
    for a in el.iterancestors():
        if a is ancestor:
            return True
    return el is ancestor


def _removed_set(body: etree._Element, selectors: Sequence[str]) -> set[etree._Element]:
    out: set[etree._Element] = set()
    for sel in selectors:
        for el in _select(body, sel):
            if isinstance(el, etree._Element) and el is not body:
                out.add(el)
    return out


def _body_from(root: etree._Element, selectors: Sequence[str], remove: Sequence[str], rules: _Rules,
               min_chars: int, fallback_chars: int | None = None) -> tuple[list[_Para], etree._Element | None]:
    """Paragraphs of the first selector whose largest match holds ``min_chars`` of text; failing that,
    of the largest match of any selector holding ``fallback_chars`` (when given)."""
    best: tuple[int, list[_Para], etree._Element] | None = None
    for sel in selectors:
        sel_best: tuple[int, list[_Para], etree._Element] | None = None
        for el in _select(root, sel):
            if not isinstance(el, etree._Element):
                continue
            paras = _clean_paragraphs(_linearize(el, _removed_set(el, remove), rules), el, rules)
            size = sum(len(p.text) for p in paras)
            if sel_best is None or size > sel_best[0]:
                sel_best = (size, paras, el)
        if sel_best is None:
            continue
        if sel_best[0] >= min_chars and sel_best[0] > 0:
            return sel_best[1], sel_best[2]
        if best is None or sel_best[0] > best[0]:
            best = sel_best
    if fallback_chars is not None and best is not None and best[0] >= fallback_chars:
        return best[1], best[2]
    return [], None


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


def _clean_author(name: str | None, rules: _Rules) -> str | None:
    if not name:
        return None
    name = md.clean_space(name)
    name = rules.byline_suffix.sub("", name).strip(" -–—,.:")
    low = name.casefold()
    for pre in sorted(rules.byline_prefixes, key=len, reverse=True):
        if low.startswith(pre + " ") or (pre.endswith(":") and low.startswith(pre)):
            name = name[len(pre):].strip(" :")
            break
    if not name or len(name) > 80 or "http" in name or re.search(r"\.(vn|com|net)\b", name, re.I):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


_NAME_WORD = re.compile(r"^[A-ZĐÀ-ỸẠ-Ỹ][\w.'’]*$|^[A-ZĐ]\.[A-ZĐ.]*$")


def _looks_like_byline(text: str, rules: _Rules, known: str | None) -> bool:
    t = rules.byline_suffix.sub("", text).strip(" -–—,.")
    if not t or len(t) > 70 or len(t.split()) > 9:
        return False
    if known and (t.casefold() in known.casefold() or known.casefold() in t.casefold()):
        return True
    low = t.casefold()
    for pre in rules.byline_prefixes:
        if low.startswith(pre):
            t = t[len(pre):].strip(" :")
            break
    words = [w for w in re.split(r"[\s,–—-]+|\bvà\b", t) if w]
    return bool(words) and len(words) <= 6 and all(_NAME_WORD.match(w) for w in words)


def _split_byline(paras: list[_Para], rules: _Rules, known: str | None) -> tuple[list[_Para], str | None]:
    """Remove a trailing byline (a name, optionally followed by the author's position) from the body.

    A byline is a short last paragraph that reads as a name or matches the author the page names, or a
    short bold/right-aligned last line without sentence punctuation ("Phòng Tổng hợp", "PV").
    """
    if len(paras) < 2:
        return paras, None
    last = paras[-1].text
    if _looks_like_byline(last, rules, known):
        return paras[:-1], last
    bare = rules.byline_suffix.sub("", last).strip()
    if ((paras[-1].emph or paras[-1].right) and len(bare.split()) <= 8 and len(bare) <= 60
            and not bare.endswith((".", "!", "?", ":", "”", '"')) and not any(c.isdigit() for c in bare)):
        return paras[:-1], last
    if (len(paras) >= 3 and _looks_like_byline(paras[-2].text, rules, known) and len(last.split()) <= 15
            and not last.rstrip().endswith((".", "!", "?", "”", '"'))):
        return paras[:-2], paras[-2].text
    return paras, None


def _strip_agency(text: str, rules: _Rules) -> str:
    return rules.agency.sub("", text, count=1).strip()


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
