"""``dvtext extract`` and ``dvtext analyze`` on saved pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dvtext.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def test_extract_prints_one_json_object(capsys) -> None:
    e = EXPECTED["baonghean"]
    assert main(["extract", str(FIXTURES / "baonghean" / "article.html"), "--url", e["url"]]) == 0
    rec = json.loads(capsys.readouterr().out)
    for key in ("title", "lead", "text", "author", "published", "url", "category", "tags", "canonical_url"):
        assert key in rec
    assert rec["title"] == e["title"] and rec["published"] == e["published"] and rec["author"] == e["author"]
    assert rec["text"].startswith(rec["lead"]) and e["title"] not in rec["text"]
    assert rec["tags"] == e["tags"]


def test_extract_gzip_page_and_several_pages(tmp_path: Path, capsys) -> None:
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress((FIXTURES / "dangcongsan" / "article.html").read_bytes()))
    assert main(["extract", str(gz), str(FIXTURES / "baosonla" / "article.html")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(x)["title"] for x in lines] == [EXPECTED["dangcongsan"]["title"], EXPECTED["baosonla"]["title"]]


def test_extract_listing_page_fails_with_reason(capsys) -> None:
    assert main(["extract", str(FIXTURES / "baonghean" / "listing.html")]) == 1
    err = capsys.readouterr().err
    assert "not an article" in err


def test_extract_pdf_as_html_and_missing_file(tmp_path: Path, capsys) -> None:
    pdf = tmp_path / "x.html"
    pdf.write_bytes(b"%PDF-1.4 binary")
    assert main(["extract", str(pdf), str(tmp_path / "none.html")]) == 1
    err = capsys.readouterr().err
    assert "PDF" in err and "cannot read" in err


def test_extract_generic_flag_and_profile_flag(capsys) -> None:
    page = str(FIXTURES / "baodantoc" / "article.html")
    assert main(["extract", page, "--generic"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == EXPECTED["baodantoc"]["title"]
    assert main(["extract", page, "--profile", "baodantoc", "--pretty"]) == 0
    assert json.loads(capsys.readouterr().out)["author"] == EXPECTED["baodantoc"]["author"]


def test_extract_show_profile(capsys) -> None:
    assert main(["extract", "--show-profile", "--url", "https://baothanhhoa.vn/"]) == 0
    prof = json.loads(capsys.readouterr().out)
    assert prof["name"] == "baothanhhoa" and prof["tested"] is False and prof["article_urls"]


def test_extract_usage_errors(capsys) -> None:
    assert main(["extract"]) == 2
    assert main(["extract", "a.html", "b.html", "--url", "https://x.vn/"]) == 2
    assert main(["extract", "a.html", "--profile", "khong-co"]) == 2


def test_analyze_reads_html_through_the_extractor(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(FIXTURES / "baothanhhoa" / "article.html"), "-o", str(out), "--no-topics"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    e = EXPECTED["baothanhhoa"]
    assert rec["title"] == e["title"] and rec["published"] == e["published"]
    assert rec["text"].startswith(e["lead"][:20])
    assert e["caption"] not in rec["text"]
