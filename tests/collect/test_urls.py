"""URL canonicalisation (tracking parameters, AMP, scheme, trailing slash) and duplicate hashes."""

from __future__ import annotations

import pytest

from conftest import SAMPLE
from dvtext.collect.dedup import bands, content_hash, hamming, simhash, to_signed, words
from dvtext.collect.urls import clean_url, same_site, url_key


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://BaoNgheAn.vn/a-10298765.html?utm_source=zalo&zarsrc=30#top", "https://baonghean.vn/a-10298765.html"),
        ("https://baonghean.vn/a-1.html?fbclid=IwAR0&gidzl=x", "https://baonghean.vn/a-1.html"),
        ("https://baonghean.vn/xa-hoi/?page=2&utm_medium=fb", "https://baonghean.vn/xa-hoi/?page=2"),
        ("https://vnexpress.net/abc-4954454.html?amp", "https://vnexpress.net/abc-4954454.html"),
        ("https://tuoitre.vn/x-2026.htm?outputType=amp", "https://tuoitre.vn/x-2026.htm"),
        ("https://dantri.com.vn/amp/xa-hoi/x-1.htm", "https://dantri.com.vn/xa-hoi/x-1.htm"),
        ("https://amp.baonghean.vn/x-1.html", "https://baonghean.vn/x-1.html"),
        ("https://cafef.vn/x-188.chn/amp", "https://cafef.vn/x-188.chn/"),
        ("https://nld.com.vn/x-196.amp.html", "https://nld.com.vn/x-196.html"),
        ("http://baonghean.vn:80/x", "http://baonghean.vn/x"),
        ("https://a.vn/tim?q=d%C3%A2n+v%E1%BA%ADn&source=x", "https://a.vn/tim?q=d%C3%A2n+v%E1%BA%ADn&source=x"),
        ("javascript:void(0)", None),
        ("mailto:toasoan@baonghean.vn", None),
        ("file:///etc/passwd", None),
        ("http://[::1", None),
        ("", None),
    ],
)
def test_clean_url(url: str, clean: str | None) -> None:
    assert clean_url(url) == clean


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://baonghean.vn/a-1.html", "https://baonghean.vn/a-1.html"),
        ("https://baonghean.vn/xa-hoi/", "https://baonghean.vn/xa-hoi"),
        ("https://baonghean.vn/x?b=2&a=1", "https://baonghean.vn/x?a=1&b=2"),
        ("https://baonghean.vn/a-1.html?utm_campaign=x", "https://baonghean.vn/a-1.html#binh-luan"),
        ("https://vnexpress.net/abc-4954454.html?amp", "https://vnexpress.net/abc-4954454.html"),
        ("https://baonghean.vn/T%C3%ACm", "https://baonghean.vn/Tìm"),
    ],
)
def test_same_page_same_key(a: str, b: str) -> None:
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://baonghean.vn/xa-hoi/?page=2", "https://baonghean.vn/xa-hoi/?page=3"),
        ("https://baonghean.vn/a-1.html", "https://www.baonghean.vn/a-1.html"),
        ("https://baonghean.vn/a-1.html", "https://baonghean.vn/A-1.html"),
    ],
)
def test_different_pages_different_keys(a: str, b: str) -> None:
    assert url_key(a) != url_key(b)


def test_relative_links_and_sites() -> None:
    assert clean_url("../trang-2.html", base="https://baonghean.vn/xay-dung-dang/index.html") == \
        "https://baonghean.vn/trang-2.html"
    assert clean_url("//baonghean.vn/x-1.html", base="https://baonghean.vn/") == "https://baonghean.vn/x-1.html"
    assert same_site("https://m.baonghean.vn/x", ["baonghean.vn"])
    assert not same_site("https://baonghean.vn.evil.com/x", ["baonghean.vn"])


def test_content_hash_folds_case_space_and_form() -> None:
    a = "Công tác  dân vận\nở Quế Phong."
    assert content_hash(a) == content_hash("CÔNG TÁC DÂN VẬN ở quế phong")
    assert content_hash(a) != content_hash("Công tác dân vận ở Quỳ Hợp.")
    import unicodedata

    assert content_hash(unicodedata.normalize("NFD", a)) == content_hash(a)
    assert words("Tỷ lệ 26,5%!") == ["tỷ", "lệ", "26", "5"]


def test_simhash_near_duplicates_and_bands() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    republished = text + "\n(Theo Báo Nghệ An)"
    other = "Giá vàng hôm nay tăng mạnh, vàng miếng SJC vượt 90 triệu đồng mỗi lượng trên thị trường Hà Nội. " * 3
    h, h2, h3 = simhash(text), simhash(republished), simhash(other)
    assert hamming(h, h2) <= 6 < hamming(h, h3)
    assert set(bands(h, 6)) & set(bands(h2, 6))  # a band index finds it
    assert len(bands(h, 6)) == 7 and all(0 <= v < 1 << 10 for _, v in bands(h, 6))
    assert simhash("") == 0 and hamming(to_signed(h) & ((1 << 64) - 1), h) == 0
