"""Reproducible choice of the second development set for entities (corpora/gold/dev2-entities).

    /work/venv/bin/python corpora/gold/dev2-entities/authoring/select.py [--show 40] [--lead 300]

The pool rule of the held-back test split (``corpora/gold/test/authoring/select.py``: a province or unit
in the title/lead, cue phrases of provincial / dân vận news, numbers and capitalised runs), relaxed because
the strict rule leaves only 21 articles once everything below is excluded: 1,200-6,000 characters, >= 3
cue phrases, >= 5 number+unit candidates, >= 15 capitalised runs; a different seed (``SEED``) and more
exclusions:

* every id of the development gold, the test split, the sentence gold, ``excluded-ids.txt`` of the test
  split, and every id the test split's README lists as considered (its whole pool prefix);
* near-duplicates: an article sharing 3 or more 8-word shingles with a development or test article (the
  same event reported twice). The overlap is computed here and never printed, so the test texts are
  not read by the person choosing.

Articles are taken in the shuffled order, one per province; the annotator reads each and keeps it when
it is provincial government / dân vận news (decisions in ``corpora/gold/dev2-entities/README.md``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
GOLD = ROOT / "corpora" / "gold"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(GOLD / "test" / "authoring"))

import select as test_select  # noqa: E402  (the test split's pool rule)

from dvtext.text.normalize import normalize  # noqa: E402

SEED = 20172
SHINGLE = 8


def _ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def excluded() -> tuple[set[str], set[str]]:
    """(ids never to choose, ids whose texts define near-duplicates)."""
    gold_ids = _ids(GOLD / "articles.jsonl") | _ids(GOLD / "test" / "articles.jsonl")
    skip = test_select.excluded() | gold_ids | _ids(GOLD / "sentences-baomoi.jsonl")
    readme = (GOLD / "test" / "README.md").read_text(encoding="utf-8")
    skip |= set(re.findall(r"baomoi-\d+", readme))
    return skip, {i for i in gold_ids if i.startswith("baomoi-")}


def _shingles(text: str) -> set[int]:
    w = re.findall(r"\w+", text.lower())
    return {hash(" ".join(w[k:k + SHINGLE])) for k in range(0, max(0, len(w) - SHINGLE + 1))}


def _candidates(skip: set[str]) -> list[dict]:
    ts = test_select
    out = []
    with gzip.open(ts.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in skip or not 1100 <= len(obj["text"]) <= 6300:
                continue
            text = normalize(obj["text"]).text
            if not 1200 <= len(text) <= 6000:
                continue
            head = obj["title"] + " " + text[:400]
            if not (any(p in head for p in ts.PROVINCES) or ts.ADM_RE.search(head)):
                continue
            if len({c for c in ts.CUES if c in text}) < 3:
                continue
            if len(ts.UNIT_RE.findall(text)) < 5 or len(ts.CAPRUN_RE.findall(text)) < 15:
                continue
            everywhere = obj["title"] + " " + text
            provs = sorted((everywhere.find(p), p) for p in ts.PROVINCES if p in everywhere) or [(0, "?")]
            out.append({"id": obj["id"], "title": obj["title"], "chars": len(text),
                        "province": ts._norm_province(provs[0][1]), "lead": text[:400]})
    return out


def pool() -> list[dict]:
    skip, gold_ids = excluded()
    cands = _candidates(skip)
    gold_sh: list[set[int]] = []
    with gzip.open(test_select.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            if not any(g in line[:40] for g in gold_ids):
                continue
            obj = json.loads(line)
            if obj["id"] in gold_ids:
                gold_sh.append(_shingles(normalize(obj["text"]).text))
    texts: dict[str, str] = {}
    want = {c["id"] for c in cands}
    with gzip.open(test_select.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in want:
                texts[obj["id"]] = normalize(obj["text"]).text
    out = []
    for c in cands:
        sh = _shingles(texts[c["id"]])
        if any(len(sh & g) >= 3 for g in gold_sh):
            continue
        out.append(c)
    out.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(out)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--lead", type=int, default=0)
    args = ap.parse_args()
    cands = pool()
    print(f"pool: {len(cands)} candidates (seed {SEED})")
    seen: set[str] = set()
    shown = 0
    for r in cands:
        if r["province"] in seen:
            continue
        seen.add(r["province"])
        print(f"{r['id']}  {r['province']:<18} {r['chars']:5d}c  {r['title']}")
        if args.lead:
            print("      ", r["lead"][: args.lead].replace("\n", " / "))
        shown += 1
        if shown >= args.show:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
