"""Normalisation: NFC, invisible characters, tone marks, whitespace, and the offset map."""

from __future__ import annotations

import unicodedata

import pytest

from dvtext.errors import InputError
from dvtext.text.normalize import normalize, normalize_tone_marks


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Hoà Bình", "Hòa Bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("Thuỵ", "Thụy"),
        ("hoàng", "hoàng"),  # closed syllable: unchanged
        ("hoặc", "hoặc"),  # breve on a: unchanged
        ("quý", "quý"),  # qu + y: tone stays on y
        ("thuyền", "thuyền"),
        ("toà án", "tòa án"),
        ("HOÀ", "HÒA"),
    ],
)
def test_tone_marks(raw: str, expected: str) -> None:
    assert normalize_tone_marks(raw) == expected
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffUBND  huyện\u200b Quế Phong", "UBND huyện Quế Phong"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\n\n\n\n b", "a\n\nb"),
        ("  a \t b  \n", "a b"),
        ("a\x00b\x07c", "abc"),
        ("a\u00a0b\u2003c", "a b c"),
        ("", ""),
    ],
)
def test_cleanup(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


def test_nfd_becomes_nfc() -> None:
    raw = unicodedata.normalize("NFD", "Ủy ban nhân dân huyện Quế Phong, tỷ lệ 32,49%")
    n = normalize(raw)
    assert n.text == "Ủy ban nhân dân huyện Quế Phong, tỷ lệ 32,49%"
    assert unicodedata.is_normalized("NFC", n.text)


def test_offsets_map_back() -> None:
    raw = "  Tỷ lệ\u200b hộ  nghèo: 32,49%"
    n = normalize(raw)
    i = n.text.index("32,49%")
    a, b = n.to_original(i, i + len("32,49%"))
    assert raw[a:b] == "32,49%"
    a, b = n.to_original(0, len(n.text))
    assert raw[a:b].startswith("Tỷ lệ") and raw[a:b].endswith("%")


def test_offsets_map_back_through_nfd() -> None:
    raw = unicodedata.normalize("NFD", "xã Quế Sơn đạt 100%")
    n = normalize(raw)
    i = n.text.index("Quế Sơn")
    a, b = n.to_original(i, i + len("Quế Sơn"))
    assert unicodedata.normalize("NFC", raw[a:b]) == "Quế Sơn"


@pytest.mark.parametrize("bad", [None, 12, 3.5, ["a"], object()])
def test_bad_types(bad: object) -> None:
    with pytest.raises(InputError):
        normalize(bad)  # type: ignore[arg-type]


def test_bytes() -> None:
    assert normalize("Nghệ An".encode()).text == "Nghệ An"
    with pytest.raises(InputError, match="not UTF-8"):
        normalize("Nghệ An".encode("utf-16"))
