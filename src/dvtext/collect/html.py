"""Article extraction from HTML (plain first version: title and paragraphs; the collector refines it)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from dvtext.errors import ExtractionError
from dvtext.types import Article

__all__ = ["extract_article"]

_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "iframe")


def extract_article(html: bytes | str, *, url: str | None = None) -> Article:
    """Extract title and body paragraphs from an article page.

    Raises:
        ExtractionError: the page has no text paragraphs.
    """
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(list(_DROP)):
        tag.decompose()
    h1 = soup.find("h1")
    title = h1.get_text(" ", strip=True) if h1 else (soup.title.get_text(" ", strip=True) if soup.title else None)
    root = soup.find("article") or soup.body or soup
    paras = [p.get_text(" ", strip=True) for p in root.find_all("p")]
    paras = [p for p in paras if p]
    if not paras:
        raise ExtractionError("no paragraphs found in the page")
    return Article(text="\n\n".join(paras), title=title, url=url)
