"""Site profiles (format, routing, URL patterns) and extraction on fixture and real saved pages."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import ROOT, shared_path
from dvtext.collect.body import _xpath
from dvtext.collect.html import extract_article
from dvtext.collect.sites import EXTRACT_FIELDS, load_profile, profile_for_url, profiles
from dvtext.errors import ExtractionError, InputError

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
REQUIRED = {"baonghean", "nghean_dcs", "baothanhhoa", "baosonla", "baodantoc", "tuyengiaodanvan", "dangcongsan",
            "baochinhphu", "vnexpress", "dantri", "tuoitre", "vietnamnet", "nld", "baodautu", "cafef"}


# --------------------------------------------------------------------------- profiles
def test_required_profiles_are_shipped():
    assert {p.name for p in profiles()} >= REQUIRED


@pytest.mark.parametrize("prof", profiles(), ids=lambda p: p.name)
def test_profile_is_complete_and_its_selectors_compile(prof):
    assert prof.domains and prof.label
    assert prof.start_urls and prof.article_urls and prof.listing_urls and prof.pagination
    assert all(prof.matches_host(u) for u in prof.start_urls)
    assert prof.selectors.get("body") and prof.selectors.get("title")
    for key, sels in prof.selectors.items():
        assert key in EXTRACT_FIELDS
        for s in sels:
            _xpath(s)  # raises InputError on a bad selector
    assert prof.page_url(prof.start_urls[-1], 2)


@pytest.mark.parametrize("url,name", [
    ("https://baonghean.vn/que-phong-10298765.html", "baonghean"),
    ("https://www.baonghean.vn/", "baonghean"),
    ("https://nghean.dcs.vn/Portal/Detail.aspx?ContentID=1", "nghean_dcs"),
    ("http://baothanhhoa.vn/x-236541.htm", "baothanhhoa"),
    ("https://baosonla.vn/", "baosonla"),
    ("https://baodantoc.vn/", "baodantoc"),
    ("https://tuyengiao.vn/x-123", "tuyengiaodanvan"),
    ("https://dangcongsan.vn/thoi-su/a-1234.html", "dangcongsan"),
    ("https://m.dantri.com.vn/x.htm", "dantri"),
    ("https://vnexpress.net/", "vnexpress"),
    ("https://example.org/bai-viet.html", None),
    ("not a url", None),
    ("", None),
])
def test_profile_for_url(url, name):
    prof = profile_for_url(url)
    assert (prof.name if prof else None) == name


@pytest.mark.parametrize("url,article,listing", [
    ("https://vnexpress.net/cach-cac-nuoc-doi-pho-cu-soc-nang-luong-tu-trung-dong-5047363.html", True, False),
    ("https://vnexpress.net/kinh-doanh", False, True),
    ("https://vnexpress.net/kinh-doanh-p3", False, True),
    ("https://dantri.com.vn/kinh-doanh/gia-vang-giam-20260307080054340.htm", True, False),
    ("https://dantri.com.vn/kinh-doanh/trang-2.htm", False, True),
    ("https://dantri.com.vn/video/abc-20260307080054340.htm", False, False),
    ("https://baochinhphu.vn/chinh-sach-moi-co-hieu-luc-tu-thang-3-2026-102260228093004191.htm", True, False),
    ("https://baochinhphu.vn/chinh-sach-va-cuoc-song/chinh-sach-moi.htm", False, True),
    ("https://cafef.vn/thi-truong-chung-khoan.chn", False, True),
    ("https://baodautu.vn/xu-phat-d538952.html", True, False),
    ("https://baodautu.vn/tai-chinh-chung-khoan-d6/p2", False, True),
    ("https://vietnamnet.vn/kinh-doanh-page2", False, True),
    ("https://evil.example/vnexpress.net/x-5047363.html", False, False),
])
def test_article_and_listing_patterns(url, article, listing):
    prof = profile_for_url(url) or load_profile("vnexpress")
    assert prof.is_article_url(url) is article
    assert prof.is_listing_url(url) is listing


@pytest.mark.parametrize("name,listing,page2", [
    ("dantri", "https://dantri.com.vn/xa-hoi.htm", "https://dantri.com.vn/xa-hoi/trang-2.htm"),
    ("vnexpress", "https://vnexpress.net/thoi-su", "https://vnexpress.net/thoi-su-p2"),
    ("vietnamnet", "https://vietnamnet.vn/thoi-su", "https://vietnamnet.vn/thoi-su-page2"),
    ("baodautu", "https://baodautu.vn/tai-chinh-chung-khoan-d6/", "https://baodautu.vn/tai-chinh-chung-khoan-d6/p2"),
    ("nghean_dcs", "https://nghean.dcs.vn/Portal/List.aspx?MenuID=48",
     "https://nghean.dcs.vn/Portal/List.aspx?MenuID=48&Page=2"),
])
def test_page_url(name, listing, page2):
    assert load_profile(name).page_url(listing, 2) == page2


def test_load_profile_by_url_name_and_file(tmp_path):
    assert load_profile("https://dangcongsan.vn/").name == "dangcongsan"
    f = tmp_path / "mysite.toml"
    f.write_text('name = "mysite"\ndomains = ["mysite.vn"]\n[extract]\nbody = ["div.noi-dung"]\n', encoding="utf-8")
    prof = load_profile(f)
    assert prof.name == "mysite" and prof.selectors["body"] == ("div.noi-dung",)


@pytest.mark.parametrize("content,match", [
    ("name = ", "not valid TOML"),
    ('domains = ["a.vn"]', "'name' is required"),
    ('name = "x"', "domains"),
    ('name = "x"\ndomains = ["a.vn"]\n[crawl]\narticle_urls = ["("]', "bad regex"),
    ('name = "x"\ndomains = ["a.vn"]\n[extract]\nbodyy = ["div"]', "unknown"),
])
def test_bad_profile_files_are_input_errors(tmp_path, content, match):
    f = tmp_path / "bad.toml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match):
        load_profile(f)


def test_unknown_profile_name_lists_the_shipped_ones():
    with pytest.raises(InputError, match="baonghean"):
        load_profile("khong-co")


# --------------------------------------------------------------------------- fixture sites (our own pages)
@pytest.mark.parametrize("site", sorted(EXPECTED))
def test_fixture_article(site):
    e = EXPECTED[site]
    a = extract_article((FIXTURES / site / "article.html").read_bytes(), url=e["url"])
    assert a.title == e["title"]
    assert a.published == e["published"]
    assert a.author == e["author"]
    assert a.category == e["category"]
    assert a.lead == e["lead"]
    assert a.text == "\n\n".join([e["lead"], *e["paras"]])
    assert a.tags == tuple(e["tags"])
    for junk in [e["caption"], *e["related"]]:
        assert junk not in a.text


@pytest.mark.parametrize("site", sorted(EXPECTED))
def test_fixture_article_without_url_finds_profile_from_canonical(site):
    e = EXPECTED[site]
    a = extract_article((FIXTURES / site / "article.html").read_bytes())
    assert a.url == e["url"] and a.title == e["title"]


@pytest.mark.parametrize("site", sorted(EXPECTED))
def test_fixture_listing_urls_and_pages(site):
    e = EXPECTED[site]
    prof = profile_for_url(e["url"])
    assert prof is not None and prof.name == site
    assert prof.is_article_url(e["url"])
    assert prof.is_listing_url(e["listing_url"]) and prof.is_listing_url(e["listing_page2_url"])
    assert prof.page_url(e["listing_url"], 2) == e["listing_page2_url"]
    for page in ("listing.html", "listing-2.html"):
        with pytest.raises(ExtractionError):
            extract_article((FIXTURES / site / page).read_bytes())


# --------------------------------------------------------------------------- real saved pages (../shared)
def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_html", ROOT / "bench" / "eval_html.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


GOLD = sorted((ROOT / "corpora" / "gold" / "html").glob("*.json"))


@pytest.mark.shared
@pytest.mark.parametrize("gold_path", GOLD, ids=lambda p: p.stem)
def test_real_page_against_gold(gold_path):
    """Evaluation gate (floors pinned): every field right, body F1 >= 0.98 on each real page."""
    shared = shared_path("html")
    ev = _eval_module()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    data, src = ev.load_page(shared.parent, gold["page"])
    lead, body = ev.gold_texts(gold, src)
    res = ev.score(ev.run_dvtext(data, gold["url"]), gold, lead, body)
    assert res["must_not"] == []
    assert {k: res[k] for k in ev.FIELDS if res[k] is False} == {}
    assert res["f1"] >= 0.98


@pytest.mark.shared
def test_real_listing_pages_are_refused():
    folder = shared_path("html", "national")
    for page in sorted(folder.glob("*_list.html")):
        with pytest.raises(ExtractionError, match="not an article"):
            extract_article(page.read_bytes())
