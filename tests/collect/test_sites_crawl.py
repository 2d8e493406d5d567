"""A fixture site per shipped profile, crawled through the local server with the profile's own rules.

The local server acts as the sites' HTTP proxy (``CrawlSettings.proxy``), so the crawl sees the real URLs
(``http://baonghean.vn/chinh-tri/``; the pages' ``https`` links are served as ``http``) and uses the
shipped profile unchanged. Each site has its listing page (and page 2 when there is one), an article page
per article link of the listing (the first few; the others answer 404 and must be recorded as such),
robots.txt and an RSS feed with one article that no listing links to. The pages are the profile's fixture
pages (tests/collect/fixtures/<site>/) or the real saved pages of ../shared/html. Each article copy gets a
marker in its last paragraph so the copies are distinct texts.
"""

from __future__ import annotations

import dataclasses
import html as htmllib
import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from conftest import shared_path
from dvtext.collect import discovery as disc
from dvtext.collect.crawl import crawl
from dvtext.collect.frontier import Frontier
from dvtext.collect.html import extract_article
from dvtext.collect.settings import CrawlSettings
from dvtext.collect.sites import SiteProfile, load_profile, profiles

from .fixture_server import FixtureServer

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
PER_LISTING = 5  # article pages mirrored per listing page (3 for the large real pages: keeps the test fast)


class Mirror:
    """Serves a site's pages under their real (http) URLs, as a forward proxy."""

    def __init__(self, profile: SiteProfile) -> None:
        self.srv = FixtureServer()
        self.profile = profile
        self.settings = CrawlSettings(delay=0.0, backoff=0.02, read_timeout=2.0, deadline=5.0, retries=1,
                                      proxy=f"http://127.0.0.1:{self.srv.port}")

    def local(self, url: str) -> str:
        out = url
        for d in sorted(self.profile.domains, key=len, reverse=True):
            for prefix in ("https://www.", "https://", "//www.", "//"):
                target = "http://www." if "www." in prefix else "http://"
                out = out.replace(prefix + d, target + d)
        return out.replace("http:http://", "http://")

    def rewrite(self, data: bytes) -> bytes:
        return self.local(data.decode("utf-8")).encode("utf-8")

    def serve(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> str:
        local = self.local(url)
        self.srv.page(local, body, content_type=content_type)
        return local


def variants(page: bytes, url: str, profile: SiteProfile, n: int) -> list[bytes]:
    """``n`` copies of an article page, each with a marker before one of its body paragraphs."""
    base = extract_article(page, url=url, profile=profile)
    html = page.decode("utf-8")
    for para in reversed(base.text.split("\n\n")):
        for needle in (para[:24], htmllib.escape(para[:24], quote=False), para[:12], para[:8]):
            if html.find(needle) > 0:  # marked wherever it occurs (body, description, JSON-LD)
                return [html.replace(needle, f"Bài thử số {i}. " + needle).encode("utf-8") for i in range(n)]
    raise AssertionError(f"cannot find a body paragraph of {url} in its HTML")


def site_pages(name: str) -> tuple[str, bytes, str | None, bytes | None, str, bytes]:
    """(listing URL, listing, page-2 URL, page 2, article URL, article) of a site."""
    if name in EXPECTED:
        e = EXPECTED[name]
        folder = FIXTURES / name
        return (e["listing_url"], (folder / "listing.html").read_bytes(), e["listing_page2_url"],
                (folder / "listing-2.html").read_bytes(), e["url"], (folder / "article.html").read_bytes())
    national = shared_path("html", "national")
    listing = (national / f"{name}_list.html").read_bytes()
    root = lxml_html.document_fromstring(listing)
    canon = root.xpath("//link[@rel='canonical']/@href") or root.xpath("//meta[@property='og:url']/@content")
    prof = load_profile(name)
    listing_url = canon[0] if canon else prof.start_urls[-1]
    gold = json.loads((Path(__file__).resolve().parents[2] / "corpora" / "gold" / "html" /
                       f"{name}_article.json").read_text(encoding="utf-8"))
    return listing_url, listing, None, None, gold["url"], (national / f"{name}_article.html").read_bytes()


SITES = sorted(p.name for p in profiles())


@pytest.mark.slow
@pytest.mark.parametrize("name", SITES)
def test_profile_site_crawls_through_the_local_server(name: str, tmp_path: Path) -> None:
    listing_url, listing, page2_url, page2, article_url, article = site_pages(name)
    real = load_profile(name)
    m = Mirror(real)
    try:
        start = m.serve(listing_url, m.rewrite(listing))
        m.srv.page(start.split("/", 3)[0] + "//" + start.split("/", 3)[2] + "/robots.txt",
                   "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        listings = [(start, m.rewrite(listing))]
        if page2_url and page2:
            listings.append((m.serve(page2_url, m.rewrite(page2)), m.rewrite(page2)))
        local_article = m.local(article_url)
        copies = variants(m.rewrite(article), local_article, real, PER_LISTING * 2 + 1)
        expected: dict[str, bytes] = {}
        linked: set[str] = set()
        for lurl, body in listings:
            links = [lk.url for lk in disc.listing_links(body, url=lurl, profile=real) if lk.kind == "article"]
            assert links, f"{name}: no article link recognised on {lurl}"
            linked.update(links)
            for u in links[:PER_LISTING if name in EXPECTED else 3]:
                if u not in expected:
                    expected[u] = copies[len(expected)]
                    m.serve(u, expected[u])
        # the feed brings one more article that no listing links to (or, when the saved article is linked,
        # a known article with a tracking parameter, which must not be fetched again)
        if local_article not in linked and real.is_article_url(local_article):
            expected[local_article] = copies[len(expected)]
            m.serve(local_article, expected[local_article])
            feed_article = local_article
        else:
            first = next(iter(expected))
            feed_article = first + ("&" if "?" in first else "?") + "utm_source=rss"
        rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><item><title>t</title><link>{htmllib.escape(feed_article)}'
               f"</link><pubDate>Mon, 03 Mar 2025 08:00:00 +0700</pubDate></item></channel></rss>")
        feed_url = m.serve(start.rstrip("/") + "/dvtext-test.rss", rss.encode(), "application/rss+xml")
        prof = dataclasses.replace(real, start_urls=(start,), feeds=(feed_url,), sitemaps=())

        report = crawl(prof, out=tmp_path, settings=m.settings)
        recs = {json.loads(x)["url"]: json.loads(x)
                for x in (tmp_path / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
        assert set(recs) == set(expected), report.summary()
        for url, body in expected.items():
            direct = extract_article(body, url=url, profile=real)
            assert recs[url]["title"] == direct.title and recs[url]["text"] == direct.text
            assert "Bài thử số" in recs[url]["text"]
        if name in EXPECTED:
            assert {r["title"] for r in recs.values()} == {EXPECTED[name]["title"]}
        assert sum(1 for r in recs.values() if r.get("near_duplicate_of")) >= (len(recs) - 1) // 2
        served = [e.path for e in m.srv.log if e.completed]
        assert len(served) == len(set(served))  # nothing fetched twice
        if page2_url:
            assert m.local(page2_url) in served  # pagination followed
        unmirrored = {u for u in linked if u not in expected}
        f = Frontier(tmp_path / "frontier.sqlite")
        errors = f.con.execute("SELECT url, kind, reason FROM urls WHERE state = 'error'").fetchall()
        f.close()
        assert {r[2] for r in errors} <= {"http_404"}, report.summary()
        assert {r[0] for r in errors if r[1] == "article"} == unmirrored
        # besides unmirrored articles, only a page 2 or a linked feed that the mirror does not have
        assert all(r[1] in ("article", "listing", "feed") for r in errors), [tuple(r) for r in errors]  # a listing 404: a page 2 that does not exist
    finally:
        m.srv.shutdown()
