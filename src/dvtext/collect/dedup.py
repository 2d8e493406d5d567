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

import numpy as np

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


_K = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, vectorised (uint64, wrapping)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def simhash(text: str, *, shingle: int = 3) -> int:
    """The 64-bit simhash of ``text`` over word ``shingle``-grams (unsigned int).

    Each word is hashed once (BLAKE2b); a shingle's hash mixes its words' hashes (position-weighted, then
    the splitmix64 finaliser), all in numpy, so a long article takes well under a millisecond.

    Example:
        >>> simhash("") == 0
        True
    """
    toks = words(text)
    if not toks:
        return 0
    cache = {t: _h64(t) for t in set(toks)}
    wh = np.fromiter((cache[t] for t in toks), dtype=np.uint64, count=len(toks))
    k = min(shingle, len(toks))
    n = len(toks) - k + 1
    with np.errstate(over="ignore"):
        acc = np.zeros(n, dtype=np.uint64)
        for i in range(k):
            acc = _mix(acc ^ (wh[i:i + n] * _K[i % 3]))
    bits = (acc[:, None] >> np.arange(64, dtype=np.uint64)) & np.uint64(1)
    votes = 2 * bits.sum(axis=0, dtype=np.int64) - n  # +1 per set bit, -1 per clear bit
    return int(sum(1 << int(b) for b in np.flatnonzero(votes > 0)))


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
