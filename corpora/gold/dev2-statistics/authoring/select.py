"""Reproducible choice of the second development set for statistics (corpora/gold/dev2-statistics).

    /work/venv/bin/python corpora/gold/dev2-statistics/authoring/select.py [--show 40] [--lead 300]

Same pool rule as the held-back test split (corpora/gold/test/authoring/select.py: provincial government
/ dân vận news, 1,500-5,000 characters), denser in figures (at least ``MIN_UNITS`` number+unit
candidates), another seed, and more exclusions: the development gold, the test split and every id its
README lists as examined, the sentence gold, and the test split's ``excluded-ids.txt``. The annotator
reads the articles in the printed order and keeps one unless it is not provincial government news, its
province is already kept, or it reports the same event as an article already kept.
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
GOLD = HERE.parents[1]
ROOT = GOLD.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(GOLD / "test" / "authoring"))

import select as test_select  # noqa: E402  (the test split's pool rule: provinces, cue phrases, patterns)

from dvtext.text.normalize import normalize  # noqa: E402

SEED = 20172
MIN_UNITS = 12
MIN_CUES = 3
CHARS = (1500, 8000)


def excluded() -> set[str]:
    ids = test_select.excluded()
    for path in (GOLD / "articles.jsonl", GOLD / "test" / "articles.jsonl", GOLD / "sentences-baomoi.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    readme = (GOLD / "test" / "README.md").read_text(encoding="utf-8")
    ids |= set(re.findall(r"baomoi-\d+", readme))
    return ids


def pool() -> list[dict]:
    skip = excluded()
    out = []
    with gzip.open(test_select.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in skip or not CHARS[0] - 200 <= len(obj["text"]) <= CHARS[1] + 300:
                continue
            text = normalize(obj["text"]).text
            if not CHARS[0] <= len(text) <= CHARS[1]:
                continue
            head = obj["title"] + " " + text[:400]
            if not (any(p in head for p in test_select.PROVINCES) or test_select.ADM_RE.search(head)):
                continue
            if len({c for c in test_select.CUES if c in text}) < MIN_CUES:
                continue
            n_units = len(test_select.UNIT_RE.findall(text))
            if n_units < MIN_UNITS:
                continue
            everywhere = obj["title"] + " " + text
            provs = sorted((everywhere.find(p), p) for p in test_select.PROVINCES if p in everywhere) or [(0, "?")]
            out.append({"id": obj["id"], "title": obj["title"], "chars": len(text), "units": n_units,
                        "province": test_select._norm_province(provs[0][1]), "lead": text[:400]})
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
    for n, r in enumerate(cands[: args.show]):
        print(f"{n:3d} {r['id']}  {r['province']:<18} {r['chars']:5d}c units={r['units']:3d}  {r['title']}")
        if args.lead:
            print("      ", r["lead"][: args.lead].replace("\n", " / "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
