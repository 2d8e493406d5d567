"""URL canonicalisation for crawling: which URL to fetch, and which URLs are the same page.

Two functions, two purposes:

* :func:`clean_url` gives the URL to fetch: absolute, ``http``/``https`` only, host lower-cased, default
  port and fragment dropped, tracking parameters (``utm_*``, ``fbclid``, Zalo's ``zarsrc``...) and AMP
  markers (``?amp``, ``/amp/``, ``.amp.html``, ``amp.`` hosts) removed. The scheme is kept: a site that
  only answers on ``http`` still gets ``http``.
* :func:`url_key` gives the identity of a page in the frontier: the clean URL with the scheme folded to
  ``https``, the query sorted and percent-encoding normalised (w3lib ``canonicalize_url``) and a trailing
  slash dropped, so ``http://x.vn/a/`` and ``https://x.vn/a?utm_source=zalo`` are one page.

The parameter lists and AMP forms live in ``data/url_rules.toml``. w3lib does the percent-encoding and
query sorting; the tracking and AMP rules are ours (neither w3lib nor courlan removes only trackers while
keeping a site's own parameters).

Example:
    >>> clean_url("https://BaoNgheAn.vn/amp/xay-dung-dang-10298765.html?utm_source=zalo&zarsrc=30#top")
    'https://baonghean.vn/xay-dung-dang-10298765.html'
    >>> url_key("http://baonghean.vn/thoi-su/?page=2&utm_medium=fb")
    'https://baonghean.vn/thoi-su?page=2'
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

__all__ = ["clean_url", "url_key", "same_site", "host_of"]


@dataclass(frozen=True, slots=True)
class _Rules:
    names: frozenset[str]
    prefixes: tuple[str, ...]
    amp_names: frozenset[str]
    amp_values: dict[str, str]
    amp_paths: tuple[tuple[re.Pattern[str], str], ...]
    amp_hosts: tuple[str, ...]


@functools.cache
def _rules() -> _Rules:
    data = tomllib.loads(resources.files("dvtext.data").joinpath("url_rules.toml").read_text(encoding="utf-8"))
    tr, amp = data["tracking"], data["amp"]
    return _Rules(
        names=frozenset(n.lower() for n in tr["names"]),
        prefixes=tuple(p.lower() for p in tr["prefixes"]),
        amp_names=frozenset(n.lower() for n in amp["query_names"]),
        amp_values={k.lower(): v.lower() for k, v in amp["query_values"].items()},
        amp_paths=tuple((re.compile(p, re.IGNORECASE), r) for p, r in amp["path"]),
        amp_hosts=tuple(amp["host_prefixes"]),
    )


def _keep_param(name: str, value: str, rules: _Rules) -> bool:
    low = name.lower()
    if low in rules.names or low.startswith(rules.prefixes) or low in rules.amp_names:
        return False
    return rules.amp_values.get(low) != value.lower()


def host_of(url: str) -> str:
    """The lower-case host of a URL, or ``""``."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def clean_url(url: str, *, base: str | None = None) -> str | None:
    """The URL to fetch for ``url`` (made absolute against ``base``), or None if it is not http(s).

    Example:
        >>> clean_url("../trang-2.html", base="https://baonghean.vn/xay-dung-dang/index.html")
        'https://baonghean.vn/trang-2.html'
    """
    url = url.strip().replace("\n", "").replace("\r", "").replace("\t", "")
    if not url:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    rules = _rules()
    host = parts.hostname.lower().rstrip(".")
    for prefix in rules.amp_hosts:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:  # keep credentials given by the user (they are never sent to another origin)
        auth = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{auth}@{netloc}"
    path = parts.path or "/"
    for pattern, repl in rules.amp_paths:
        path = pattern.sub(repl, path)
    query = ""
    if parts.query:
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if _keep_param(k, v, rules)]
        query = urlencode(kept, doseq=True) if len(kept) != len(pairs) else parts.query
    return urlunsplit((scheme, netloc, path, query, ""))


def url_key(url: str) -> str:
    """The identity of a page: equal keys mean the same page (scheme, trailing slash, trackers, AMP folded).

    Returns the input unchanged (stripped) when it is not an http(s) URL.

    Example:
        >>> url_key("https://baonghean.vn/a-1.html") == url_key("http://baonghean.vn/a-1.html?fbclid=x")
        True
    """
    clean = clean_url(url)
    if clean is None:
        return url.strip()
    parts = urlsplit(clean)
    netloc = parts.netloc.rsplit("@", 1)[-1]
    path = parts.path
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    out = urlunsplit(("https", netloc, path, parts.query, ""))
    return canonicalize_url(out, keep_fragments=False)


def same_site(url: str, domains: tuple[str, ...] | list[str]) -> bool:
    """True when ``url``'s host is one of ``domains`` or a subdomain of one."""
    host = host_of(url)
    return any(host == d or host.endswith("." + d) for d in domains)
