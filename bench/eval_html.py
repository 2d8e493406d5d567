"""Evaluate article extraction on the real saved pages of ../shared/html against corpora/gold/html.

For every gold page, dvtext (:func:`dvtext.collect.html.extract_article`) and, side by side, trafilatura
(``bare_extraction`` with metadata) are scored on: title, published date (to the minute when the gold
has a time), author, category, lead, the first and last body sentences, strings that must not appear,
tags that must appear, and body F1 (bag of words of the extracted text against the gold lead + body).
Listing pages must be refused by dvtext (ExtractionError) rather than returned as an article.

The gold text is loaded from the pages at run time: gold files hold offsets of the body blocks (see
bench/tools/make_html_gold.py), so no article text is shipped.

Usage:
    python bench/eval_html.py [--shared ../shared] [--json out.json] [--gate]

``--gate`` exits 1 unless every dvtext field is right on every page and dvtext's body F1 is at or above
trafilatura's on every page.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench" / "tools"))

from html_blocks import span_text  # noqa: E402

from dvtext.collect.html import extract_article  # noqa: E402
from dvtext.errors import DvtextError  # noqa: E402

GOLD = ROOT / "corpora" / "gold" / "html"
FIELDS = ("title", "published", "time", "author", "category", "lead", "first", "last", "must_not", "tags")
_WORD = re.compile(r"\w+", re.UNICODE)


def norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def words(s: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", s))]


def f1(pred: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1."""
    p, g = collections.Counter(words(pred)), collections.Counter(words(gold))
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return prec, rec, 2 * prec * rec / (prec + rec)


def load_page(shared: Path, page: str) -> tuple[bytes, str]:
    data = (shared / "html" / page).read_bytes()
    if page.endswith(".gz"):
        data = gzip.decompress(data)
    return data, data.decode("utf-8")


def gold_texts(gold: dict[str, Any], src: str) -> tuple[str | None, list[str]]:
    lead = None
    if gold.get("lead_span"):
        lead = span_text(src, *gold["lead_span"])
        pre = gold.get("lead_prefix")
        if pre and lead.startswith(pre.strip()):
            lead = lead[len(pre.strip()):].strip()
    body = [span_text(src, s, e) for s, e in gold["body_spans"]]
    return lead, body


def same_date(pred: str | None, gold: str | None) -> bool:
    """The calendar date agrees (YYYY-MM-DD)."""
    if gold is None:
        return pred is None
    return bool(pred) and str(pred)[:10] == gold[:10]


def same_time(pred: str | None, gold: str | None) -> bool | None:
    """The time agrees to the minute; None when the system gives no time (scored by date only)."""
    if not gold or len(gold) <= 10 or not pred or len(str(pred)) <= 10:
        return None
    return str(pred).replace(" ", "T")[: len(gold)] == gold


def same_author(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return not pred
    if not pred:
        return False
    split = lambda s: {norm(x).casefold() for x in re.split(r",|;| - | và ", s) if x.strip()}  # noqa: E731
    return split(pred) == split(gold)


def score(sys_out: dict[str, Any], gold: dict[str, Any], lead: str | None, body: list[str]) -> dict[str, Any]:
    text = norm(sys_out.get("text"))
    gold_text = "\n".join(([lead] if lead else []) + body)
    prec, rec, fscore = f1(text, gold_text)
    after_lead = text
    sys_lead = norm(sys_out.get("lead"))
    for cand in (sys_lead, norm(lead)):
        if cand and after_lead.startswith(cand):
            after_lead = after_lead[len(cand):].strip()
            break
    res: dict[str, Any] = {
        "title": norm(sys_out.get("title")).casefold() == norm(gold["title"]).casefold(),
        "published": same_date(sys_out.get("published"), gold.get("published")),
        "time": same_time(sys_out.get("published"), gold.get("published")),
        "author": same_author(sys_out.get("author"), gold.get("author")),
        "category": (norm(sys_out.get("category")).casefold() == norm(gold.get("category")).casefold())
        if gold.get("category") else not sys_out.get("category"),
        "lead": None if sys_out.get("lead", "n/a") == "n/a" else norm(sys_out.get("lead")) == norm(lead),
        "first": after_lead.startswith(norm(gold["first"])),
        "last": text.endswith(norm(gold["last"])),
        "must_not": [s for s in gold.get("must_not", []) if s in text],
        "tags": all(any(t.casefold() == x.casefold() for x in sys_out.get("tags") or []) for t in gold.get("tags_include", []))
        if sys_out.get("tags") is not None else None,
        "precision": prec, "recall": rec, "f1": fscore,
    }
    res["fields_ok"] = all(res[k] is True or res[k] is None for k in FIELDS if k != "must_not") and not res["must_not"]
    return res


def run_dvtext(data: bytes, url: str) -> dict[str, Any]:
    a = extract_article(data, url=url)
    return {"text": a.text, "title": a.title, "published": a.published, "author": a.author,
            "category": a.category, "lead": a.lead, "tags": list(a.tags)}


def run_trafilatura(src: str, url: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(src, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return {"text": "", "lead": "n/a", "tags": None}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    cats = d.get("categories") or []
    return {"text": d.get("text") or "", "title": d.get("title"), "published": d.get("date"),
            "author": d.get("author"), "category": cats[0] if cats else None, "lead": "n/a",
            "tags": d.get("tags") or []}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_shared = os.environ.get("DVTEXT_SHARED", str(ROOT.parent / "shared"))
    ap.add_argument("--shared", default=default_shared, help="the shared data folder (default ../shared)")
    ap.add_argument("--json", help="write per-page results here")
    ap.add_argument("--gate", action="store_true", help="exit 1 unless every field is right and F1 >= trafilatura")
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "html").is_dir():
        print(f"eval_html: {shared}/html not found; pass --shared", file=sys.stderr)
        return 2
    rows = []
    failures = []
    for gpath in sorted(GOLD.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        data, src = load_page(shared, gold["page"])
        lead, body = gold_texts(gold, src)
        try:
            dv = score(run_dvtext(data, gold["url"]), gold, lead, body)
        except DvtextError as exc:
            dv = {"error": str(exc), "f1": 0.0, "fields_ok": False}
        tr = None if args.no_trafilatura else score(run_trafilatura(src, gold["url"]), gold, lead, body)
        rows.append({"page": gpath.stem, "dvtext": dv, "trafilatura": tr})
        if not dv.get("fields_ok") or (tr and dv["f1"] + 1e-9 < tr["f1"]):
            failures.append(gpath.stem)

    listing_rows = []
    for page in sorted((shared / "html" / "national").glob("*_list.html")):
        try:
            extract_article(page.read_bytes())
            listing_rows.append((page.name, "returned an article (wrong)"))
            failures.append(page.name)
        except DvtextError as exc:
            listing_rows.append((page.name, f"refused: {type(exc).__name__}"))

    def mark(v: Any) -> str:
        return "-" if v is None else ("ok" if v is True else ("x" if v is False else ("x" if v else "ok")))

    head = f"{'page':30s} {'sys':5s} " + " ".join(f"{k[:6]:>6s}" for k in FIELDS) + f" {'P':>6s} {'R':>6s} {'F1':>6s}"
    print(head)
    print("-" * len(head))
    for r in rows:
        for name in ("dvtext", "trafilatura"):
            res = r[name]
            if res is None:
                continue
            if "error" in res:
                print(f"{r['page'][:30]:30s} {name[:5]:5s} ERROR {res['error']}")
                continue
            cells = " ".join(f"{mark(res[k]):>6s}" for k in FIELDS)
            print(f"{r['page'][:30]:30s} {name[:5]:5s} {cells} {res['precision']:6.3f} {res['recall']:6.3f} {res['f1']:6.3f}")
            if res["must_not"]:
                print(f"{'':36s}must-not found: {res['must_not']}")
    print()
    for name in ("dvtext", "trafilatura"):
        ok = [r[name] for r in rows if r[name] and "error" not in r[name]]
        if not ok:
            continue
        mean = lambda k, ok=ok: sum(x[k] for x in ok) / len(ok)  # noqa: E731
        field_rate = {k: sum(1 for x in ok if x[k] is True or (k == "must_not" and not x[k]))
                      / max(1, sum(1 for x in ok if x[k] is not None))
                      for k in FIELDS if any(x[k] is not None for x in ok)}
        rates = " ".join(f"{k}={v:.0%}" for k, v in field_rate.items())
        print(f"mean {name:11s} P={mean('precision'):.3f} R={mean('recall'):.3f} F1={mean('f1'):.3f}  "
              f"pages with every field right: {sum(1 for x in ok if x['fields_ok'])}/{len(rows)}  ({rates})")
    print()
    for name, verdict in listing_rows:
        print(f"listing {name:28s} dvtext {verdict}")
    if args.json:
        Path(args.json).write_text(json.dumps({"pages": rows, "listings": listing_rows}, ensure_ascii=False,
                                              indent=1), encoding="utf-8")
    if failures:
        print(f"\nnot at target: {', '.join(failures)}")
    return 1 if (args.gate and failures) else 0


if __name__ == "__main__":
    sys.exit(main())
