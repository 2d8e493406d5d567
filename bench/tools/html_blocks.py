"""List the text blocks of a saved page with their character offsets (a helper for writing page gold).

Independent of dvtext's extractor: a regex scan of the raw page for <p>, <h1>-<h6>, <li>, <td>,
<figcaption> elements. Print them, read the page, and record the spans of the body paragraphs in
corpora/gold/html/<page>.json ("body_spans"); bench/eval_html.py turns spans back into text.

Usage: python bench/tools/html_blocks.py ../shared/html/national/vnexpress_article.html [FROM] [TO]
"""

from __future__ import annotations

import gzip
import html
import re
import sys
from pathlib import Path

TAG = re.compile(r"<[^>]+>")
DROP = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def page_text(path: Path) -> str:
    """The page decoded as UTF-8 (all pages of ../shared/html are UTF-8)."""
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8")


def span_text(src: str, start: int, end: int) -> str:
    """Visible text of src[start:end]: scripts and tags removed, entities decoded, spaces folded."""
    frag = DROP.sub(" ", src[start:end])
    frag = re.sub(r"<br\s*/?>", " ", frag, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", frag))).strip()


OPEN = re.compile(r"<(p|h[1-6]|li|td|figcaption|div|blockquote)\b[^>]*>", re.IGNORECASE)
NESTED = re.compile(r"<(p|div|h[1-6]|li|table|blockquote|figcaption)\b", re.IGNORECASE)


def blocks(src: str) -> list[tuple[int, int, str, str]]:
    """Innermost block elements (no nested blocks) of the raw page, in source order."""
    out = []
    for m in OPEN.finditer(src):
        tag = m.group(1).lower()
        close = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(src, m.end())
        if close is None:
            continue
        inner = src[m.end() : close.start()]
        if NESTED.search(inner):
            continue
        text = span_text(src, m.start(), close.end())
        if text:
            opened = src.rfind("<figcaption", 0, m.start())
            if opened > src.rfind("</figcaption", 0, m.start()) and tag != "figcaption":
                tag += "<figcaption"  # a paragraph inside an image caption
            out.append((m.start(), close.end(), tag, text))
    return out


def main() -> None:
    path = Path(sys.argv[1])
    lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hi = int(sys.argv[3]) if len(sys.argv) > 3 else 10**9
    src = page_text(path)
    for i, (s, e, tag, text) in enumerate(blocks(src)):
        if lo <= s < hi:
            print(f"{i:4d} [{s},{e}] {tag:10s} {text[:110]}")


if __name__ == "__main__":
    main()
