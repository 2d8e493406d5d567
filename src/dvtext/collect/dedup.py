"""Duplicate detection for collected articles: exact content hashes and 64-bit simhash near-duplicates.

* :func:`content_hash` is the SHA-256 of the article text after NFC, case folding and whitespace folding:
  the same article served under two URLs (print view, old slug) has one hash.
* :func:`simhash` (Charikar) over word 3-shingles finds articles republished with small edits, e.g. a
  provincial paper's story taken up by the Party committee's portal with a new lead or credit line. Two
  articles are near duplicates when their simhashes differ in at most ``k`` of 64 bits (6 by default,
  ``CrawlSettings.near_duplicate_bits``).
  :func:`bands` splits a simhash into ``k + 1`` bands so an index lookup finds every candidate within
  ``k`` bits (pigeonhole: one band at least is equal); the frontier keeps that index in SQLite.

Hand-written (about 60 lines): datasketch's MinHash LSH would need the whole index in memory, and a
simhash band index is a plain SQLite table that survives a crash with the rest of the crawl state.

Example:
    >>> a = "Ban Dân vận Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác dân vận năm 2023 với 300 đại biểu."
    >>> b = a + " (Theo Báo Nghệ An)"
    >>> content_hash(a) == content_hash(a.upper())
    True
    >>> hamming(simhash(a), simhash(b)) <= 12
    True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["bands", "content_hash", "hamming", "simhash", "to_signed", "words"]

_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 64) - 1


def words(text: str) -> list[str]:
    """Lower-cased NFC word tokens (Vietnamese syllables) of ``text``, punctuation dropped."""
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text with case, Unicode form, punctuation spacing and whitespace folded."""
    folded = " ".join(words(text))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def _h64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str, *, shingle: int = 3) -> int:
    """The 64-bit simhash of ``text`` over word ``shingle``-grams (unsigned int).

    Example:
        >>> simhash("") == 0
        True
    """
    toks = words(text)
    if not toks:
        return 0
    grams = [" ".join(toks[i:i + shingle]) for i in range(max(1, len(toks) - shingle + 1))]
    counts = [0] * 64
    for g in grams:
        h = _h64(g)
        for bit in range(64):
            counts[bit] += 1 if (h >> bit) & 1 else -1
    out = 0
    for bit in range(64):
        if counts[bit] > 0:
            out |= 1 << bit
    return out


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit hashes."""
    return ((a ^ b) & _MASK).bit_count()


def bands(h: int, k: int = 6) -> list[tuple[int, int]]:
    """``(band number, band value)`` pairs: ``k + 1`` bands covering the 64 bits.

    Two hashes within ``k`` bits of each other share at least one pair.
    """
    n = k + 1
    width = -(-64 // n)
    out = []
    for i in range(n):
        lo = i * width
        if lo >= 64:
            break
        out.append((i, (h >> lo) & ((1 << min(width, 64 - lo)) - 1)))
    return out


def to_signed(h: int) -> int:
    """A 64-bit unsigned hash as a signed integer (SQLite INTEGER range)."""
    h &= _MASK
    return h - (1 << 64) if h >= 1 << 63 else h
