"""Build the tutorial's samples from VNTC (MIT) articles: a small static news site and a JSONL dump.

* ``corpora/samples/demo-site/``: 40 article pages laid out like a provincial news site (title, date,
  lead, body, author line, related-news block, footer), two listing pages with pagination, ``rss.xml``
  and ``robots.txt`` — to crawl with ``dvtext crawl`` from a local ``python -m http.server``;
* ``corpora/samples/vntc-sample.jsonl.gz``: 300 articles (``id``, ``title``, ``text``, ``published``,
  ``source``) — a JSONL dump for ``dvtext process``.

Articles are the "Chinh tri Xa hoi" section of VNTC (2006–07 national news; MIT licence), chosen by a
fixed keyword filter and seed. Dates are assigned (VNTC has none): one per article over 2006–2007.

    python bench/tools/make_demo_site.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import unicodedata
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "corpora" / "samples"
KEYWORDS = ("hộ nghèo", "cải cách hành chính", "thủ tục hành chính", "đối thoại", "tiếp dân", "khiếu nại",
            "nông thôn", "đồng bào", "tôn giáo", "Mặt trận", "Hội Nông dân", "an ninh", "cán bộ",
            "đảng viên", "dân chủ", "giảm nghèo", "UBND", "tiếp xúc cử tri")
SITE = "Báo Dân vận Mẫu"


def slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", s)[:10]
    return "-".join(words + ["tin", "bai"][: max(0, 3 - len(words))])


def load(shared: Path) -> list[dict]:
    picked = []
    with gzip.open(shared / "corpora" / "vntc.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["category"] != "Chinh tri Xa hoi":
                continue
            lines = [x.strip() for x in d["text"].split("\n") if x.strip()]
            if len(lines) < 2:
                continue
            title, body = lines[0], " ".join(lines[1:])
            hits = sum(body.count(k) for k in KEYWORDS)
            if hits >= 3 and 800 <= len(body) <= 5000:
                picked.append({"vntc_id": d["id"], "title": title, "body": body})
    random.Random(2026).shuffle(picked)
    return picked


def paragraphs(body: str) -> list[str]:
    sents = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])", body)
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if len(" ".join(cur)) > 350:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def page(a: dict, others: list[dict]) -> str:
    paras = paragraphs(a["body"])
    lead, rest = paras[0], paras[1:] or [paras[0]]
    related = "".join(f'<li><a href="/{o["path"]}">{escape(o["title"])}</a></li>' for o in others)
    body = "".join(f"<p>{escape(p)}</p>" for p in rest)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{escape(a['title'])} - {SITE}</title>
<meta property="og:title" content="{escape(a['title'])}">
<meta property="article:published_time" content="{a['published']}T08:00:00+07:00">
<link rel="canonical" href="/{a['path']}"></head>
<body><header><nav><a href="/">Trang chủ</a> <a href="/dan-van/">Dân vận</a></nav>
<div class="banner">Chào mừng Đại hội Đảng bộ tỉnh</div></header>
<main><ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/dan-van/">Dân vận</a></li></ul>
<article class="detail"><h1 class="detail__title">{escape(a['title'])}</h1>
<div class="detail__meta"><time datetime="{a['published']}">{a['published'][8:10]}/{a['published'][5:7]}/{a['published'][:4]}</time></div>
<div class="detail__summary">{escape(lead)}</div>
<div class="detail__content">{body}<p class="author"><strong>Theo VNTC</strong></p></div>
<div class="detail__share">Chia sẻ: Facebook | Zalo</div>
<div class="detail__related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>
</article></main><footer>© {SITE}. Bình luận của bạn sẽ được biên tập trước khi đăng.</footer></body></html>
"""


def listing(items: list[dict], n: int, pages: int) -> str:
    links = "".join(f'<li><a href="/{a["path"]}">{escape(a["title"])}</a> <span>{a["published"]}</span></li>'
                    for a in items)
    nav = "".join(f'<a href="{"/" if i == 1 else f"/trang-{i}.html"}">{i}</a> ' for i in range(1, pages + 1))
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{SITE} - trang {n}</title>'
            f'<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><h1>{SITE}</h1>'
            f'<ul class="list">{links}</ul><div class="pagination">{nav}</div></body></html>')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared")))
    args = ap.parse_args()
    arts = load(args.shared)
    site = OUT / "demo-site"
    (site / "dan-van").mkdir(parents=True, exist_ok=True)
    chosen = arts[:40]
    for i, a in enumerate(chosen):
        a["published"] = f"{2006 + i // 20}-{1 + (i % 20) // 2:02d}-{1 + (i * 7) % 27:02d}"
        a["path"] = f"dan-van/{slug(a['title'])}-{100000 + i}.html"
    for i, a in enumerate(chosen):
        others = [chosen[(i + k) % len(chosen)] for k in (1, 2, 3)]
        (site / a["path"]).write_text(page(a, others), encoding="utf-8")
    half = len(chosen) // 2
    (site / "index.html").write_text(listing(chosen[:half], 1, 2), encoding="utf-8")
    (site / "trang-2.html").write_text(listing(chosen[half:], 2, 2), encoding="utf-8")
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n", encoding="utf-8")
    items = "".join(f"<item><title>{escape(a['title'])}</title><link>/{a['path']}</link></item>" for a in chosen[:10])
    (site / "rss.xml").write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                                  f"<title>{SITE}</title>{items}</channel></rss>", encoding="utf-8")
    dump = arts[40:340]
    with gzip.open(OUT / "vntc-sample.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i, a in enumerate(dump):
            rec = {"id": a["vntc_id"], "title": a["title"], "text": a["body"],
                   "published": f"{2006 + i % 2}-{1 + i % 12:02d}-{1 + (i * 7) % 27:02d}", "source": "VNTC"}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (OUT / "SOURCES.md").write_text(
        "# Samples\n\n"
        "- `que-phong.txt`: the sample article (nghean.dcs.vn, title + body, boilerplate removed).\n"
        "- `demo-site/`: 40 pages of a made-up provincial news site whose articles are VNTC texts "
        "(MIT licence, 2006–07 national news, 'Chinh tri Xa hoi'); dates are assigned. For the tutorial's crawl.\n"
        "- `vntc-sample.jsonl.gz`: 300 further VNTC articles as a JSONL dump (dates assigned).\n\n"
        "Both are rebuilt by `bench/tools/make_demo_site.py`.\n", encoding="utf-8")
    print(f"{len(chosen)} pages in {site}, {len(dump)} articles in vntc-sample.jsonl.gz (from {len(arts)} candidates)")


if __name__ == "__main__":
    main()
