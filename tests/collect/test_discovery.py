"""Discovery: listing links and pagination, RSS/Atom, sitemaps, the generic profile."""

from __future__ import annotations

import gzip

import pytest

from dvtext.collect.discovery import (
    classify,
    feed_links,
    generic_profile,
    listing_links,
    next_page_urls,
    page_number,
    sitemap_links,
)
from dvtext.collect.sites import load_profile
from dvtext.errors import InputError

GEN = generic_profile("https://tinhuy.example.vn/xay-dung-dang/")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html", "article"),
        ("https://tinhuy.example.vn/xay-dung-dang/hoi-nghi-ban-dan-van-tinh-uy-post123456.html", "article"),
        ("https://tinhuy.example.vn/tin-tuc/chi-tiet/12345", "article"),
        ("https://tinhuy.example.vn/xay-dung-dang/trang-63.html", "listing"),
        ("https://tinhuy.example.vn/xay-dung-dang/?page=4", "listing"),
        ("https://tinhuy.example.vn/xay-dung-dang/", "listing"),
        ("https://www.tinhuy.example.vn/xay-dung-dang/", "listing"),
        ("https://tinhuy.example.vn/video/clip-dan-van-123456.html", None),
        ("https://tinhuy.example.vn/tag/dan-van", None),
        ("https://tinhuy.example.vn/files/bao-cao-tong-ket-2024-123456.pdf", None),
        ("https://tinhuy.example.vn/lien-he", None),
        ("https://facebook.com/tinhuy-nghe-an-10298765.html", None),
    ],
)
def test_generic_profile_classifies(url: str, kind: str | None) -> None:
    assert classify(url, GEN) == kind


def test_generic_profile_of_a_listing_with_an_extension() -> None:
    prof = generic_profile("https://dangbo.example.vn/xay-dung-dang.htm")
    assert classify("https://dangbo.example.vn/xay-dung-dang-p19.htm", prof) == "listing"
    assert classify("https://dangbo.example.vn/xay-dung-dang.htm?page=2", prof) == "listing"
    with pytest.raises(InputError):
        generic_profile("ftp://x.vn/")


@pytest.mark.parametrize(
    ("url", "n"),
    [("https://a.vn/xay-dung-dang/trang-63.html", 63), ("https://a.vn/xay-dung-dang-p19.htm", 19),
     ("https://a.vn/x/?page=4", 4), ("https://a.vn/x/page/7/", 7), ("https://a.vn/x-123456.html", None)],
)
def test_page_number(url: str, n: int | None) -> None:
    assert page_number(url) == n


LISTING = """<html><head><base href="https://tinhuy.example.vn/xay-dung-dang/">
<link rel="alternate" type="application/rss+xml" href="/rss/xay-dung-dang.rss"></head><body>
<a href="/que-phong-lam-tot-cong-tac-dan-van-10298765.html">1</a>
<a href="https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html?utm_source=zalo">1 again</a>
<a href="hoi-nghi-ban-dan-van-tinh-uy-post123456.html">2</a>
<a href="/video/clip-dan-van-123456.html">video</a><a href="https://zalo.me/share">share</a>
<a href="javascript:void(0)">x</a><a href="/xay-dung-dang/trang-3.html">3</a>
<a href="/xay-dung-dang/trang-2.html">2</a><a href="/xay-dung-dang/trang-2.html">Trang sau</a>
</body></html>"""


def test_listing_links_are_classified_and_deduplicated() -> None:
    links = listing_links(LISTING, url="https://tinhuy.example.vn/xay-dung-dang/", profile=GEN)
    arts = [lk.url for lk in links if lk.kind == "article"]
    assert arts == ["https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html",
                    "https://tinhuy.example.vn/xay-dung-dang/hoi-nghi-ban-dan-van-tinh-uy-post123456.html"]
    assert [lk.url for lk in links if lk.kind == "feed"] == ["https://tinhuy.example.vn/rss/xay-dung-dang.rss"]


@pytest.mark.parametrize(
    ("body", "page", "expected"),
    [
        (LISTING, 1, "https://tinhuy.example.vn/xay-dung-dang/trang-2.html"),
        ('<a rel="next" href="?page=3">»</a>', 2, "https://tinhuy.example.vn/xay-dung-dang/?page=3"),
        ('<a href="/xay-dung-dang/trang-64.html">64</a>', 63, "https://tinhuy.example.vn/xay-dung-dang/trang-64.html"),
        ('<a href="/xay-dung-dang/trang-9.html">9</a>', 63, None),
    ],
)
def test_next_page_from_links(body: str, page: int, expected: str | None) -> None:
    series = "https://tinhuy.example.vn/xay-dung-dang/"
    got = next_page_urls(body, url=series, page=page, series=series, profile=GEN)
    assert (got[0] if got else None) == expected


def test_next_page_from_profile_template() -> None:
    prof = load_profile("dantri")
    got = next_page_urls("<html></html>", url="https://dantri.com.vn/xa-hoi.htm", page=1,
                         series="https://dantri.com.vn/xa-hoi.htm", profile=prof)
    assert got == ["https://dantri.com.vn/xa-hoi/trang-2.htm"]


RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<item><title>A</title><link>https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html</link>
<pubDate>Wed, 12 Jun 2024 07:30:00 +0700</pubDate></item>
<item><title>B</title><link> https://tinhuy.example.vn/khong-phai-bai</link></item>
<item><title>C</title><guid>https://tinhuy.example.vn/hoi-nghi-dan-van-mo-rong-nam-2024-223344.html</guid></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link href="https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html"/>
<updated>2024-06-12T07:30:00+07:00</updated></entry></feed>"""


def test_rss_and_atom_items() -> None:
    got = feed_links(RSS, url="https://tinhuy.example.vn/rss", profile=GEN)
    assert [(lk.url.rsplit("/", 1)[1], lk.published) for lk in got] == [
        ("que-phong-lam-tot-cong-tac-dan-van-10298765.html", "2024-06-12"),
        ("hoi-nghi-dan-van-mo-rong-nam-2024-223344.html", None)]
    got = feed_links(ATOM, url="https://tinhuy.example.vn/atom", profile=GEN)
    assert [lk.published for lk in got] == ["2024-06-12"]
    assert feed_links(b"not xml at all", url="https://tinhuy.example.vn/rss", profile=GEN) == []


SITEMAP = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://tinhuy.example.vn/que-phong-lam-tot-cong-tac-dan-van-10298765.html</loc><lastmod>2024-06-12</lastmod></url>
<url><loc>https://tinhuy.example.vn/gioi-thieu</loc></url></urlset>"""

INDEX = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://tinhuy.example.vn/sitemap-2024-06.xml.gz</loc><lastmod>2024-06-30</lastmod></sitemap>
<sitemap><loc>https://other.example.com/sitemap.xml</loc></sitemap></sitemapindex>"""


def test_sitemaps_indexes_and_gzip() -> None:
    got = sitemap_links(SITEMAP, url="https://tinhuy.example.vn/sitemap.xml", profile=GEN)
    assert [(lk.kind, lk.published) for lk in got] == [("article", "2024-06-12")]
    assert sitemap_links(gzip.compress(SITEMAP), url="https://tinhuy.example.vn/s.xml.gz", profile=GEN) == got
    idx = sitemap_links(INDEX, url="https://tinhuy.example.vn/sitemap.xml", profile=GEN)
    assert [(lk.kind, lk.url.rsplit("/", 1)[1]) for lk in idx] == [("sitemap", "sitemap-2024-06.xml.gz")]


def test_xml_entities_are_not_expanded() -> None:
    evil = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>https://tinhuy.example.vn/a-b-c-123456.html&x;</loc></url></urlset>"""
    got = sitemap_links(evil, url="https://tinhuy.example.vn/sitemap.xml", profile=GEN)
    assert all("root:" not in lk.url for lk in got)
