"""Reading the body of an article page: selectors, boilerplate rules, paragraphs, bylines.

The rules are data (``dvtext/data/boilerplate.toml``): labels that head related-news blocks ("Tin liên
quan", "Tin cùng chuyên mục", "Xem thêm"), reader prompts, caption patterns, class/id tokens of share bars,
banners and caption boxes, CMS ``type`` values, the agency prefix of leads and byline shapes.
:func:`_linearize` walks a container iteratively (no recursion, so deep pages are safe) and yields its
paragraphs with link and emphasis counts; :func:`_clean_paragraphs` drops what the rules name;
:func:`_split_byline` moves a trailing byline out of the body. Used by :mod:`dvtext.collect.html`.

Example:
    >>> from lxml import etree
    >>> root = etree.fromstring("<div><p>Một đoạn văn.</p><p>Tin liên quan</p><p><a href='/x'>Bài khác</a></p></div>")
    >>> [p.text for p in _clean_paragraphs(_linearize(root, set(), _rules()), root, _rules())]
    ['Một đoạn văn.']
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

from lxml import etree

from dvtext.collect import metadata as md
from dvtext.errors import InputError

log = logging.getLogger(__name__)

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
