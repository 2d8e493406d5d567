"""The one exception tree of dvtext.

Every error the library raises on purpose is a :class:`DvtextError`, so a caller can catch them all in one
``except`` clause and still tell them apart::

    DvtextError            base class; never raised itself
    ├── InputError         the caller gave something dvtext cannot read (None, bytes in the wrong
    │                      encoding, an unknown file type, a JSONL line without ``text``...)
    ├── ExtractionError    an extractor failed on an article (the batch layer records it and goes on)
    ├── FetchError         the collector could not fetch a page (network, HTTP status, size caps,
    │                      robots.txt, redirects); ``.kind`` names the failure for reports
    └── ModelError         a shipped model is missing, tampered with, of the wrong version or untrusted

Messages are written for the person who has to act on them: they say what was wrong and what to do.
"""

from __future__ import annotations

__all__ = ["DvtextError", "ExtractionError", "FetchError", "InputError", "ModelError"]


class DvtextError(Exception):
    """Base class of every error dvtext raises on purpose."""


class InputError(DvtextError, ValueError):
    """The input cannot be read: wrong type, undecodable bytes, unknown format, missing fields."""


class ExtractionError(DvtextError):
    """An extractor failed on one article; the rest of the analysis still stands."""


class FetchError(DvtextError):
    """A page could not be fetched.

    Attributes:
        kind: a short machine-readable name of the failure (``"timeout"``, ``"http_503"``,
            ``"too_large"``, ``"robots"``, ``"redirects"``...), used in crawl reports.
        url: the URL that failed, when known.
    """

    def __init__(self, message: str, *, kind: str = "error", url: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.url = url


class ModelError(DvtextError):
    """A model file is missing, corrupt, tampered with, untrusted or made by incompatible versions."""
