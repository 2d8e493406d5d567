"""Topic summaries from a store: counts, terms, key statistics with conflicts, files, HTML in Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from dvtext.io.store import Store
from dvtext.summarize import build_summary, write_report


def _record(i: int, *, topic: str, province: str, year: int, value: float, text: str) -> dict:
    body = text
    stat_start = body.index("còn") + 4
    stat_text = body[stat_start:].split(" ")[0].rstrip(".")
    return {
        "id": f"r{i}", "url": f"https://baonghean.vn/bai-{i}.html", "title": f"Bài {i}", "published": f"{year}-0{1 + i % 9}-15",
        "source": "baonghean.vn", "text": body,
        "sentences": [{"start": 0, "end": len(body)}],
        "statistics": [{"text": stat_text, "start": stat_start, "end": stat_start + len(stat_text), "value": value,
                        "unit": "%", "kind": "percent", "qualifier": "exact", "change": None,
                        "indicator": "tỷ lệ hộ nghèo", "sentence": 0, "period": str(year)}],
        "dates": [],
        "entities": [{"text": f"huyện {province}", "start": 0, "end": 1, "label": "LOC", "province": "Nghệ An",
                      "canonical": f"huyện {province}", "sentence": 0},
                     {"text": "UBND huyện", "start": 0, "end": 1, "label": "ORG", "province": "Nghệ An",
                      "canonical": "Ủy ban nhân dân huyện", "sentence": 0},
                     {"text": "Nguyễn Văn A", "start": 0, "end": 1, "label": "PER", "sentence": 0}],
        "topics": [{"label": topic, "score": 0.9 - i * 0.01, "sentences": [0]}]
        + ([{"label": "kinh_te_xa_hoi", "score": 0.5}] if i % 2 else []),
        "primary_topic": topic, "errors": [],
    }


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    recs = []
    for i in range(8):
        prov = "Quế Phong" if i < 4 else "Kỳ Sơn"
        value = 26.5 if i != 1 else 27.5  # article 1 disagrees with articles 0, 2, 3 for Quế Phong 2019
        text = f"Năm 2019 huyện {prov} giảm nghèo, hộ nghèo thoát nghèo, tỷ lệ hộ nghèo còn {value}%."
        recs.append(_record(i, topic="giam_ngheo", province=prov, year=2019, value=value, text=text))
    for i in range(8, 12):
        text = "Cải cách hành chính, thủ tục hành chính một cửa, tỷ lệ hồ sơ đúng hạn còn 98%."
        recs.append(_record(i, topic="cchc", province="Quế Phong", year=2020, value=98.0, text=text))
    with Store(path) as st:
        st.write([{"record": r, "content_hash": r["id"]} for r in recs])
    return path


def test_build_summary(store: Path) -> None:
    s = build_summary(str(store), by="province")
    assert s["corpus"]["articles"] == 12
    assert s["corpus"]["articles_per_topic"] == {"giam_ngheo": 8, "cchc": 4, "kinh_te_xa_hoi": 6}
    g = s["topics"]["giam_ngheo"]
    assert g["articles"] == 8
    assert dict(g["counts"]["source"]) == {"baonghean.vn": 8}
    assert dict(g["counts"]["province"]) == {"Nghệ An": 8}
    terms = [t for t, _ in g["terms"]]
    assert "nghèo" in terms or "thoát" in terms
    assert "hành" not in terms[:3]
    rows = g["key_statistics"]
    flagged = [r for r in rows if r["conflict"]]
    assert {r["article_id"] for r in flagged} == {"r0", "r1", "r2", "r3"}  # Quế Phong 2019: 26,5 vs 27,5
    assert all(r["place"] == "huyện Quế Phong" and r["date"] == "2019" for r in flagged)
    assert not any(r["conflict"] for r in rows if r["place"] == "huyện Kỳ Sơn")
    assert g["top_bodies"][0] == ["Ủy ban nhân dân huyện", 8] or g["top_bodies"][0] == ("Ủy ban nhân dân huyện", 8)
    assert dict(g["cooccurring_topics"]) == {"kinh_te_xa_hoi": 4}
    assert g["representative_articles"][0]["id"] == "r0"
    assert g["representative_sentences"][0]["sentence"].startswith("Năm 2019")


def test_only_one_topic_and_bad_args(store: Path) -> None:
    from dvtext.errors import InputError

    s = build_summary(str(store), topics=["cchc"])
    assert list(s["topics"]) == ["cchc"]
    with pytest.raises(InputError):
        build_summary(str(store), by="week")


def test_write_report_files(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    files = write_report(store, out, by="month")
    names = {f.name for f in files}
    assert {"summary.json", "report.md", "index.html", "key_statistics.csv", "terms.csv"} <= names
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "<script src" not in html and "http://cdn" not in html and "https://cdn" not in html
    assert html.count('<svg class="chart"') == 3 * 4
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "charts/giam_ngheo-month.svg" in md and (out / "charts" / "giam_ngheo-month.svg").exists()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["topics"]["giam_ngheo"]["conflicts"] == 4


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_html_renders_in_headless_chromium(store: Path, tmp_path: Path) -> None:
    browser = _chromium()
    if browser is None:
        pytest.skip("needs Debian's chromium (.ci/run installs it)")
    out = tmp_path / "report"
    write_report(store, out)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'chrome-profile'}"]
    dom = subprocess.run([browser, *flags, "--virtual-time-budget=3000", "--dump-dom",
                          (out / "index.html").as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert 'data-ready="yes"' in dom, "the report's script did not run"
    assert dom.count('data-drawn="yes"') == 12, "every chart must be drawn with a non-empty box"
    assert "data-drawn=\"no\"" not in dom
    assert dom.count("<table") >= 1 + 3 * 4
    png = tmp_path / "shot.png"
    subprocess.run([browser, *flags, f"--screenshot={png}", "--window-size=1200,2000", (out / "index.html").as_uri()],
                   capture_output=True, timeout=120)
    assert png.exists() and png.stat().st_size > 5000
