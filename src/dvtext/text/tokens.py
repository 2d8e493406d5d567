"""Vietnamese word segmentation with character offsets, on top of underthesea's CRF segmenter.

underthesea's ``word_tokenize`` returns strings without offsets, splits document codes ("09/CT-UBND" →
"09", "/", "CT-UBND"), reads ranges and ratios as dates, and loads its model lazily through an unguarded
global, so the first calls from many threads race. :func:`tokenize` fixes the three:

* protected spans (``data/tokens.toml``: URLs, e-mails, document codes, dates, percentages, numbers with
  their "." and "," marks) are found first and kept whole, and a number is never glued to the noun after
  it ("71.940 khẩu" → "71.940", "khẩu");
* the text between them goes through underthesea's regex pre-tokeniser and CRF tagger, and every
  syllable is aligned back to the normalised text, so each token carries ``start``/``end``;
* the CRF model is loaded once, under a lock, on first use (or explicitly with :func:`load_model`).

Example:
    >>> [t.text for t in tokenize("Toàn huyện có 71.940 khẩu theo Chỉ thị 09/CT-UBND")]
    ['Toàn', 'huyện', 'có', '71.940', 'khẩu', 'theo', 'Chỉ thị', '09/CT-UBND']
"""

from __future__ import annotations

import logging
import re
import threading
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from dvtext.errors import ModelError
from dvtext.text.normalize import ensure_text
from dvtext.types import Sentence, Token

__all__ = ["tokenize", "load_model", "protected_spans", "word_texts"]

log = logging.getLogger(__name__)

_MODEL_LOCK = threading.Lock()
_MODEL: Any = None
_PUNCT = re.compile(r"^[^\w\s]+$")


@cache
def _protect_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = resources.files("dvtext.data").joinpath("tokens.toml").read_text(encoding="utf-8")
    spec = tomllib.loads(raw)
    return tuple((p["kind"], re.compile(p["pattern"])) for p in spec["protect"])


@cache
def _combined_protect() -> re.Pattern[str]:
    parts = [f"(?P<k{i}>{pat.pattern})" for i, (_kind, pat) in enumerate(_protect_patterns())]
    return re.compile("|".join(parts))


def protected_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans the segmenter keeps whole, as ``(start, end, kind)``, left to right, non-overlapping."""
    kinds = [k for k, _ in _protect_patterns()]
    out: list[tuple[int, int, str]] = []
    for m in _combined_protect().finditer(text):
        group = m.lastgroup
        if group is None or m.end() == m.start():
            continue
        out.append((m.start(), m.end(), kinds[int(group[1:])]))
    return out


def load_model() -> Any:
    """Load underthesea's word-segmentation CRF once (thread-safe) and return it."""
    global _MODEL
    if _MODEL is not None:
        return _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            try:
                from os.path import dirname, join

                import underthesea.pipeline.word_tokenize as ws
                from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

                model = FastCRFSequenceTagger()
                model.load(join(dirname(ws.__file__), "models", "ws_crf_vlsp2013_20230727"))
            except Exception as exc:  # pragma: no cover - broken installation
                raise ModelError(
                    f"cannot load underthesea's word segmentation model ({exc}); "
                    "reinstall it with: pip install --force-reinstall underthesea"
                ) from exc
            _MODEL = model
    return _MODEL


def _pre_tokenize(segment: str) -> list[str]:
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize as regex_tokenize

    return list(regex_tokenize(segment, use_token_normalize=False))


def _segment(text: str, start: int, end: int, out: list[Token]) -> None:
    """Segment ``text[start:end]`` (no protected spans inside) and append aligned tokens."""
    segment = text[start:end]
    if not segment.strip():
        return
    syllables = _pre_tokenize(segment)
    if not syllables:
        return
    # Align every syllable to the text: the pre-tokeniser only drops whitespace.
    spans: list[tuple[int, int]] = []
    cursor = 0
    for syl in syllables:
        pos = segment.find(syl, cursor)
        if pos < 0:  # the pre-tokeniser changed a character: fall back to whitespace pieces
            log.debug("alignment fell back to whitespace split for %r", segment[:60])
            spans = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", segment)]
            syllables = [segment[a:b] for a, b in spans]
            break
        spans.append((pos, pos + len(syl)))
        cursor = pos + len(syl)
    tags = load_model().predict([[s] for s in syllables])
    words: list[list[int]] = []
    for i, (tag, syl) in enumerate(zip(tags, syllables, strict=False)):
        joinable = words and tag == "I-W" and not _PUNCT.match(syl)
        prev = syllables[words[-1][-1]] if words else ""
        if joinable and not _PUNCT.match(prev) and spans[i][0] - spans[words[-1][-1]][1] == 1:
            words[-1].append(i)
        else:
            words.append([i])
    for group in words:
        a = start + spans[group[0]][0]
        b = start + spans[group[-1]][1]
        piece = text[a:b]
        kind = "punct" if _PUNCT.match(piece) else "word"
        out.append(Token(piece, a, b, kind))


def tokenize(text: str, *, sentences: list[Sentence] | tuple[Sentence, ...] | None = None) -> list[Token]:
    """Split normalised text into words with offsets, keeping protected spans whole.

    Args:
        text: normalised text (see :func:`dvtext.text.normalize.normalize`).
        sentences: sentence spans; when given, no word crosses a sentence boundary.

    Returns:
        Tokens in text order; ``text[t.start:t.end] == t.text`` for every token.

    Example:
        >>> [t.text for t in tokenize("tỷ lệ hộ nghèo giảm 5,99%")]
        ['tỷ lệ', 'hộ', 'nghèo', 'giảm', '5,99%']
    """
    text = ensure_text(text)
    bounds = [(s.start, s.end) for s in sentences] if sentences else [(0, len(text))]
    out: list[Token] = []
    for s_start, s_end in bounds:
        chunk = text[s_start:s_end]
        cursor = 0
        for a, b, kind in protected_spans(chunk):
            _segment(text, s_start + cursor, s_start + a, out)
            out.append(Token(chunk[a:b], s_start + a, s_start + b, kind))
            cursor = b
        _segment(text, s_start + cursor, s_end, out)
    return out


def word_texts(tokens: list[Token]) -> list[str]:
    """Lower-cased token texts with spaces joined by ``_`` (the classifier's input form)."""
    return [t.text.lower().replace(" ", "_") for t in tokens]
