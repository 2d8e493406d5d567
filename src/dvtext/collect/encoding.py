"""Decode the bytes of a web page to text, and refuse pages that are not text or would be mojibake.

Order of evidence (:func:`decode_html`):

1. a byte-order mark (UTF-8, UTF-16, UTF-32) wins over everything;
2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the HTTP header or ``<meta>``
   says: a page served as ``ISO-8859-1`` whose bytes are UTF-8 is UTF-8 (the common misconfiguration;
   valid multi-byte UTF-8 from a legacy encoding practically never happens by chance);
3. otherwise the HTTP ``Content-Type`` charset, then the ``<meta charset>`` / ``http-equiv`` declaration
   in the first 4 KiB, then windows-1258 (Vietnamese) and charset-normalizer's guess: the first that
   decodes and reads as Vietnamese or plain Latin text;
4. windows-1258 writes tones as combining marks, so the result is NFC-normalised.

A UTF-8 page with a handful of broken bytes keeps its text with U+FFFD in their place (logged); a page
no encoding reads cleanly raises :class:`~dvtext.errors.InputError`. :func:`check_mojibake` finds the
"Ã¡", "Ä‘", "á»" patterns of UTF-8 read as windows-1252 and repairs them when the repair is exact,
otherwise raises, so mojibake is never stored silently.

Example:
    >>> decode_html("Tiếng Việt".encode("utf-8"), "text/html; charset=ISO-8859-1")
    ('Tiếng Việt', 'utf-8')
    >>> decode_html("<meta charset='windows-1258'>Vi\\xea\\xf2t".encode("latin-1"), None)[0][-4:]
    'Việt'
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from dvtext.errors import InputError

__all__ = ["decode_html", "check_mojibake", "repair_page_mojibake", "sniff_binary", "charset_from_content_type", "meta_charset"]

log = logging.getLogger(__name__)

#: Broken bytes a UTF-8 page may have and still be read as UTF-8 (replaced by U+FFFD, logged).
MAX_BAD_UTF8 = 16

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (the body was not decompressed)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"RIFF", "a RIFF media file"),
)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""",
    re.IGNORECASE,
)
# WHATWG: these labels mean windows-1252 in a browser.
_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
            "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252", "windows-1252": "cp1252",
            "x-user-defined": "cp1252", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
            "windows-1258": "cp1258", "x-cp1258": "cp1258"}

# UTF-8 Vietnamese read as windows-1252/latin-1: lead bytes C3/C4/C6/E1 followed by continuation chars.
_MOJIBAKE = re.compile(
    "Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|Ä[\u2018\u2019\u0090\u0091\u0092\u0083\u0082\u0080\u0081\u00a8\u00a9]"
    "|Æ[°¡¯\u00a0]"
    "|á[º»][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)
_VI_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset of a ``Content-Type`` header value, lower-cased, or None."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return m.group(1).lower() if m else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KiB, or None."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    label = _ALIASES.get(label.strip().lower(), label.strip().lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        log.info("unknown charset label %r ignored", label)
        return None


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of a binary (non-HTML) payload, or None when it may be text."""
    head = data[:1024].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if b"\x00" in data[:1024] and not data.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
    ):
        return "binary data (NUL bytes)"
    return None


def _plausible(text: str) -> bool:
    """True when decoded text looks like Vietnamese or plain Latin text, not a wrong guess."""
    sample = text[:200_000]
    bad = 0
    letters = 0
    for ch in sample:
        o = ord(ch)
        if o < 128:
            continue
        letters += 1
        if ch == "\ufffd" or 0x80 <= o < 0xA0 or ch in "ÃÄÆ¢¤¦§¨ª¬®¯±²³´¶¸¹º¼½¾¿×÷Ð":
            bad += 1
    if letters == 0:
        return True
    return bad / letters < 0.02 and not _MOJIBAKE.search(sample)


def _vi_score(text: str) -> int:
    """Number of Vietnamese letters outside Latin-1 (ă, đ, ơ, ư, ạ, ế...) in the first 100,000 chars."""
    return sum(1 for ch in _VI_LETTERS.findall(text[:100_000]) if ord(ch) > 255)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes to text; returns ``(text, codec)``.

    Args:
        data: the page body as received.
        content_type: the HTTP ``Content-Type`` header value, if any.

    Raises:
        InputError: the body is empty, binary (PDF, image, archive), or no encoding reads it cleanly.

    Example:
        >>> decode_html("Xã Thông Thụ".encode("utf-8"), "text/html; charset=iso-8859-1")
        ('Xã Thông Thụ', 'utf-8')
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InputError(f"decode_html() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise InputError("empty page: the body has no content")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _nfc(data.decode(codec)), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(f"page starts with a {codec} byte-order mark but is not {codec}: {exc}") from exc
    what = sniff_binary(data)
    if what:
        raise InputError(f"not an HTML page: the body is {what}")
    header = _codec(charset_from_content_type(content_type))
    declared_meta = _codec(meta_charset(data))
    if data.isascii():
        return data.decode("ascii"), "ascii"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        for declared in (header, declared_meta):
            if declared and declared != "utf-8":
                log.info("page declared %s but its bytes are valid UTF-8: read as UTF-8", declared)
                break
        return _nfc(text), "utf-8"
    # Not valid UTF-8. A UTF-8 page with a few broken bytes stays UTF-8 when UTF-8 is declared.
    bad = _count_bad_utf8(data)
    if bad <= MAX_BAD_UTF8:
        text = data.decode("utf-8", errors="replace")
        good = sum(1 for ch in text if ord(ch) > 127) - text.count("\ufffd")
        if good >= 5 * bad:
            log.warning("page has %d invalid UTF-8 byte sequence(s); replaced with U+FFFD", bad)
            return _nfc(text), "utf-8"
    tried: list[str] = []
    for codec in _candidates(header, declared_meta, data):
        if codec in tried or codec == "utf-8":
            continue
        tried.append(codec)
        try:
            text = _nfc(data.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
        if not _plausible(text):
            continue
        if codec != "cp1258" and _vi_score(text) < 3:
            # A Western single-byte reading with no Vietnamese letters: windows-1258 may read it better
            # (a server default of ISO-8859-1 over a Vietnamese page declared in <meta>).
            try:
                vi = _nfc(data.decode("cp1258"))
            except UnicodeDecodeError:
                vi = ""
            if vi and _vi_score(vi) >= 3 and _plausible(vi):
                log.info("page declared %s but reads as Vietnamese in windows-1258", codec)
                return vi, "cp1258"
        return text, codec
    raise InputError(
        "cannot decode the page: not UTF-8 and no declared or likely encoding reads it cleanly "
        f"(tried {', '.join(tried) or 'none'}); save it as UTF-8 or give the right charset"
    )


def _count_bad_utf8(data: bytes) -> int:
    """Number of invalid UTF-8 sequences (stops counting past MAX_BAD_UTF8 + 1)."""
    bad = 0
    pos = 0
    while pos < len(data) and bad <= MAX_BAD_UTF8:
        try:
            data[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            bad += 1
            pos += exc.end
    return bad


def _candidates(header: str | None, meta: str | None, data: bytes) -> list[str]:
    """Encodings to try on non-UTF-8 bytes, most trusted first."""
    if header == "cp1252" and meta and meta != "cp1252":
        header, meta = meta, header  # a specific <meta> beats a server's ISO-8859-1 default
    out = [c for c in (header, meta) if c]
    out.append("cp1258")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            out.append(_codec(best.encoding) or best.encoding)
    except Exception as exc:  # pragma: no cover - detector failure is not fatal
        log.debug("charset-normalizer failed: %s", exc)
    out.append("cp1252")
    return out


def check_mojibake(text: str, *, where: str = "text") -> str:
    """Return ``text`` unchanged, or repaired when it is UTF-8 read as windows-1252; raise otherwise.

    A few stray "Ã" in a foreign name are fine; a text where such sequences are frequent is mojibake.

    Raises:
        InputError: the text is mojibake that cannot be repaired exactly.

    Example:
        >>> check_mojibake("Tiáº¿ng Viá»‡t")
        'Tiếng Việt'
    """
    hits = len(_MOJIBAKE.findall(text))
    if hits == 0:
        return text
    good = len(_VI_LETTERS.findall(text))
    if hits < 3 and hits * 10 < good:
        return text
    fixed = _undo_mojibake(text)
    if fixed is not None and not _MOJIBAKE.search(fixed):
        log.warning("%s was UTF-8 read as a single-byte encoding (mojibake); repaired", where)
        return fixed
    example = _MOJIBAKE.search(text)
    raise InputError(
        f"{where} is mojibake (UTF-8 bytes read in a single-byte encoding, {hits} sequences such as "
        f"{example.group(0) if example else ''!r}) and cannot be repaired exactly; fix the page's charset"
    )


def repair_page_mojibake(text: str) -> str:
    """Repair a whole page whose text is mostly UTF-8 read as windows-1252/latin-1 (a double-encoding
    CMS); a page with only a little of it is returned unchanged (the extracted text is checked later).

    Example:
        >>> repair_page_mojibake("<p>Tiáº¿ng Viá»‡t cá»§a chÃºng ta</p>")
        '<p>Tiếng Việt của chúng ta</p>'
    """
    hits = len(_MOJIBAKE.findall(text))
    if hits < 3 or _vi_score(text) >= hits:
        return text
    fixed = _undo_mojibake(text)
    if fixed is None:
        return text
    log.warning("page text was UTF-8 read as a single-byte encoding (mojibake); repaired")
    return fixed


def _undo_mojibake(text: str) -> str | None:
    """The text re-encoded in windows-1252 (then latin-1) and read as UTF-8, or None when neither is exact."""
    for codec in ("cp1252", "latin-1"):
        try:
            return _nfc(text.encode(codec).decode("utf-8"))
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None
