"""Write topic summaries: ``summary.json``, CSV tables, ``report.md`` with SVG charts, and ``index.html``.

``index.html`` is self-contained (styles, charts and the small table-sorting script are inline; no CDN),
so it opens from disk in any browser, offline.

Example:
    >>> write_report("archive.sqlite", "report/", by="province")  # doctest: +SKIP
    [PosixPath('report/summary.json'), ...]
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from dvtext.corpus import Corpus
from dvtext.summarize.charts import bar_chart, column_chart
from dvtext.summarize.tables import build_summary
from dvtext.text.numbers import format_number

__all__ = ["write_report", "summarize"]

_STAT_COLS = ("indicator", "value", "unit", "place", "date", "conflict", "text", "url", "article_id")


def _atomic_write(path: Path, data: str) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(data, encoding="utf-8")
    tmp.replace(path)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    tmp.replace(path)


def _num(v: Any) -> str:
    if isinstance(v, float):
        return format_number(v, places=2)
    return "" if v is None else str(v)


def _charts(t: dict[str, Any], by: str) -> dict[str, str]:
    c = t["counts"]
    charts = {
        "month": column_chart(c["month"], title="Số bài theo tháng"),
        "province": bar_chart(c["province"], title="Số bài theo tỉnh"),
        "source": bar_chart(c["source"], title="Số bài theo nguồn"),
        "terms": bar_chart([(w, s * 1000) for w, s in t["terms"][:15]], title="Từ đặc trưng (c-TF-IDF ×1000)"),
    }
    order = [by] + [d for d in ("month", "province", "source") if d != by] + ["terms"]
    return {k: charts[k] for k in order}


def _md_table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(_num(x).replace("|", "\\|").replace("\n", " ") for x in r) + " |")
    return "\n".join(out)


def _markdown(summary: dict[str, Any]) -> str:
    c = summary["corpus"]
    lines = [
        "# Tóm tắt chủ đề — topic summaries",
        "",
        f"Kho dữ liệu: `{c['path']}` · {c['articles']} bài · {c['first_date'] or '?'} → {c['last_date'] or '?'}",
        "",
        _md_table(("chủ đề", "tên", "số bài"),
                  [(k, summary["topics"].get(k, {}).get("name", k), v) for k, v in c["articles_per_topic"].items()]),
        "",
    ]
    for label, t in summary["topics"].items():
        lines += [f"## {t['name']} (`{label}`) — {t['articles']} bài", ""]
        for kind in _charts(t, summary["by"]):
            lines.append(f"![{kind}](charts/{label}-{kind}.svg)")
        lines += ["", "**Từ đặc trưng:** " + ", ".join(w for w, _ in t["terms"]), ""]
        lines += ["### Bài tiêu biểu", ""]
        for a in t["representative_articles"]:
            title = a["title"] or a["id"]
            lines.append(f"- [{title}]({a['url']}) ({a['published'] or '?'}, {a['score']:.2f})" if a["url"]
                         else f"- {title} ({a['published'] or '?'}, {a['score']:.2f})")
        lines += ["", "### Câu mang chủ đề", ""]
        lines += [f"> {s['sentence']}\n" for s in t["representative_sentences"]]
        lines += ["### Số liệu chính", ""]
        if t["conflicts"]:
            lines.append(f"⚠ {t['conflicts']} số liệu mâu thuẫn (cùng chỉ tiêu, địa bàn, kỳ; khác giá trị) được đánh dấu.")
            lines.append("")
        lines.append(_md_table(("chỉ tiêu", "giá trị", "đơn vị", "địa bàn", "kỳ", "mâu thuẫn", "nguồn"),
                               [(r["indicator"], r["value"], r["unit"], r["place"], r["date"],
                                 "⚠" if r["conflict"] else "", r["url"] or r["article_id"])
                                for r in t["key_statistics"][:50]]))
        lines += ["", "### Cơ quan, tổ chức được nhắc nhiều", ""]
        lines.append(_md_table(("cơ quan", "số bài"), t["top_bodies"]))
        lines += ["", "### Người được nhắc nhiều", ""]
        lines.append(_md_table(("người", "số bài"), t["top_people"]))
        lines += ["", "### Chủ đề đi kèm", ""]
        lines.append(_md_table(("chủ đề", "số bài chung"), t["cooccurring_topics"]))
        lines.append("")
    return "\n".join(lines)


_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1a202c;padding:0 1rem}
h1{font-size:1.6rem}h2{border-top:2px solid #2b6cb0;padding-top:.6rem;margin-top:2.5rem}
.charts{display:flex;flex-wrap:wrap;gap:1rem}.charts svg{background:#f7fafc;border-radius:6px;padding:4px}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border-bottom:1px solid #e2e8f0;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{cursor:pointer;background:#edf2f7}tr.conflict td{background:#fff5f5}
blockquote{margin:.3rem 0;padding-left:.8rem;border-left:3px solid #cbd5e0;color:#2d3748}
nav a{margin-right:.6rem}.muted{color:#718096}
"""

_JS = """
document.querySelectorAll('svg.chart').forEach(function(s){
  var b=s.getBBox(); s.setAttribute('data-drawn', (b.width>0&&b.height>0)?'yes':'no');});
document.querySelectorAll('table.sortable th').forEach(function(th,i){th.addEventListener('click',function(){
  var tb=th.closest('table').tBodies[0], rows=Array.from(tb.rows), asc=th.dataset.asc!=='1';
  rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent, y=b.cells[i].dataset.v||b.cells[i].textContent;
    var nx=parseFloat(x), ny=parseFloat(y); if(!isNaN(nx)&&!isNaN(ny)) return asc?nx-ny:ny-nx;
    return asc?x.localeCompare(y,'vi'):y.localeCompare(x,'vi');});
  rows.forEach(function(r){tb.appendChild(r);}); th.dataset.asc=asc?'1':'0';});});
document.body.setAttribute('data-ready','yes');
"""


def _html_table(header: Sequence[str], rows: Iterable[Sequence[Any]], *, cls: str = "sortable",
                row_classes: Sequence[str] | None = None) -> str:
    out = [f'<table class="{cls}"><thead><tr>' + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr></thead><tbody>"]
    for i, r in enumerate(rows):
        rc = f' class="{row_classes[i]}"' if row_classes and row_classes[i] else ""
        cells = []
        for x in r:
            if isinstance(x, tuple) and len(x) == 2 and str(x[0]).startswith("http"):
                cells.append(f'<td><a href="{escape(x[0])}">{escape(str(x[1]))}</a></td>')
            elif isinstance(x, int | float) and not isinstance(x, bool):
                cells.append(f'<td data-v="{x}">{escape(_num(float(x)))}</td>')
            else:
                cells.append(f"<td>{escape(_num(x))}</td>")
        out.append(f"<tr{rc}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _html(summary: dict[str, Any]) -> str:
    c = summary["corpus"]
    body = [
        "<h1>Tóm tắt chủ đề</h1>",
        f'<p class="muted">{escape(c["path"])} · {c["articles"]} bài · {escape(str(c["first_date"]))} → '
        f'{escape(str(c["last_date"]))}</p>',
        "<nav>" + "".join(f'<a href="#{k}">{escape(t["name"])}</a>' for k, t in summary["topics"].items()) + "</nav>",
        _html_table(("chủ đề", "tên", "số bài"),
                    [(k, summary["topics"].get(k, {}).get("name", k), v) for k, v in c["articles_per_topic"].items()]),
    ]
    for label, t in summary["topics"].items():
        body.append(f'<section id="{escape(label)}"><h2>{escape(t["name"])} <span class="muted">({escape(label)}) — '
                    f'{t["articles"]} bài</span></h2>')
        body.append('<div class="charts">' + "".join(_charts(t, summary["by"]).values()) + "</div>")
        body.append("<h3>Bài tiêu biểu</h3><ul>")
        for a in t["representative_articles"]:
            title = escape(a["title"] or a["id"])
            link = f'<a href="{escape(a["url"])}">{title}</a>' if a["url"] else title
            body.append(f'<li>{link} <span class="muted">{escape(a["published"] or "")} · {a["score"]:.2f}</span></li>')
        body.append("</ul><h3>Câu mang chủ đề</h3>")
        body += [f"<blockquote>{escape(s['sentence'])}</blockquote>" for s in t["representative_sentences"]]
        body.append("<h3>Số liệu chính</h3>")
        if t["conflicts"]:
            body.append(f'<p>⚠ {t["conflicts"]} số liệu mâu thuẫn được tô đỏ.</p>')
        rows = t["key_statistics"][:200]
        body.append(_html_table(
            ("chỉ tiêu", "giá trị", "đơn vị", "địa bàn", "kỳ", "nguồn"),
            [(r["indicator"], r["value"], r["unit"], r["place"], r["date"],
              (r["url"], r["title"] or r["article_id"]) if r["url"] else r["article_id"]) for r in rows],
            row_classes=["conflict" if r["conflict"] else "" for r in rows]))
        body.append("<h3>Cơ quan, tổ chức được nhắc nhiều</h3>" + _html_table(("cơ quan", "số bài"), t["top_bodies"]))
        body.append("<h3>Người được nhắc nhiều</h3>" + _html_table(("người", "số bài"), t["top_people"]))
        body.append("<h3>Chủ đề đi kèm</h3>" + _html_table(("chủ đề", "số bài chung"), t["cooccurring_topics"]))
        body.append("</section>")
    return ('<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>dvtext — tóm tắt chủ đề</title>'
            f"<style>{_CSS}</style></head><body>" + "".join(body) + f"<script>{_JS}</script></body></html>")


def write_report(
    source: str | os.PathLike[str] | Corpus,
    out_dir: str | os.PathLike[str],
    *,
    topics: Iterable[str] | None = None,
    by: str = "month",
) -> list[Path]:
    """Build the summaries and write every report file into ``out_dir``; returns the files written."""
    out = Path(out_dir)
    (out / "charts").mkdir(parents=True, exist_ok=True)
    summary = build_summary(source if isinstance(source, Corpus) else str(source), topics=topics, by=by)
    files: list[Path] = []

    def put(name: str, data: str) -> None:
        _atomic_write(out / name, data)
        files.append(out / name)

    put("summary.json", json.dumps(summary, ensure_ascii=False, indent=1))
    tops = summary["topics"]
    _write_csv(out / "topic_counts.csv", ("topic", "dimension", "key", "articles"),
               [(k, d, key, n) for k, t in tops.items() for d, items in t["counts"].items() for key, n in items])
    _write_csv(out / "terms.csv", ("topic", "rank", "term", "score"),
               [(k, i + 1, w, s) for k, t in tops.items() for i, (w, s) in enumerate(t["terms"])])
    _write_csv(out / "key_statistics.csv", ("topic", *_STAT_COLS),
               [(k, *(r[c] for c in _STAT_COLS)) for k, t in tops.items() for r in t["key_statistics"]])
    _write_csv(out / "representative.csv", ("topic", "kind", "article_id", "score", "text"),
               [(k, "article", a["id"], a["score"], a["title"]) for k, t in tops.items()
                for a in t["representative_articles"]]
               + [(k, "sentence", s["article_id"], s["score"], s["sentence"]) for k, t in tops.items()
                  for s in t["representative_sentences"]])
    _write_csv(out / "entities.csv", ("topic", "label", "name", "articles"),
               [(k, lab, n, c) for k, t in tops.items() for lab, key in (("ORG", "top_bodies"), ("PER", "top_people"))
                for n, c in t[key]])
    _write_csv(out / "cooccurrence.csv", ("topic", "other", "articles"),
               [(k, o, n) for k, t in tops.items() for o, n in t["cooccurring_topics"]])
    files += [out / f for f in ("topic_counts.csv", "terms.csv", "key_statistics.csv", "representative.csv",
                                 "entities.csv", "cooccurrence.csv")]
    for label, t in tops.items():
        for kind, svg in _charts(t, by).items():
            put(f"charts/{label}-{kind}.svg", svg)
    put("report.md", _markdown(summary))
    put("index.html", _html(summary))
    return files


summarize = write_report
