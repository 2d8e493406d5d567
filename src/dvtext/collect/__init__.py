"""The collector: crawl news sites into WARC archives and extract their articles.

``crawl`` (:mod:`dvtext.collect.crawl`), ``CrawlSettings`` (:mod:`dvtext.collect.settings`),
``HttpClient`` (:mod:`dvtext.collect.http`) and ``extract_article`` (:mod:`dvtext.collect.html`) are
imported lazily, so reading one saved page does not load the HTTP stack.

Example:
    >>> from dvtext.collect import CrawlSettings
    >>> CrawlSettings(delay=2.0).delay
    2.0
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["CrawlReport", "CrawlSettings", "HttpClient", "crawl", "extract_article"]

_WHERE = {
    "CrawlReport": "dvtext.collect.crawl",
    "crawl": "dvtext.collect.crawl",
    "CrawlSettings": "dvtext.collect.settings",
    "HttpClient": "dvtext.collect.http",
    "extract_article": "dvtext.collect.html",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'dvtext.collect' has no attribute {name!r}")
