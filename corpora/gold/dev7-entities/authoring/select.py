"""Reproducible choice of the seventh development set for entities (corpora/gold/dev7-entities), from VNTC.

    /work/venv/bin/python corpora/gold/dev7-entities/authoring/select.py [--round 2]

The first six sets came from baomoi-2017, whose provincial government news the entity grammar was written on;
this one comes from another source and another decade: the "Chinh tri Xa hoi" (politics and society) section of
VNTC (VnExpress, Tuổi Trẻ, Thanh Niên, Người Lao Động, 2006-07; MIT). Rule:

1. Every VNTC article of that section (both splits) whose normalised text has 1,200-6,000 characters and whose
   id is written nowhere under ``corpora/`` (the topic corpus reads VNTC too).
2. Provincial government news: the first 400 characters (VNTC puts the title on the first line) name a province
   or an administrative unit (the test split's ``PROVINCES`` and ``ADM_RE``), and the text contains at least 4
   distinct cue phrases of the test split's ``CUES``.
3. Dense enough: at least 5 number+unit candidates and at least 20 capitalised multi-word runs (the test split's
   crude counts, used only to filter).
4. Sorted by id, shuffled with ``random.Random(SEED)``, listed one article per province (the first named in the
   text) with its lead; ``--round N`` lists each province's N-th. (The annotators read the same order with the
   listing this script first had, ``--show 40 --lead 300``, the first 40 rows with 300 characters of lead.) The
   reader keeps an article unless it is not provincial
   government / dân vận / local-government news.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("test_select", GOLD / "test" / "authoring" / "select.py")
ts = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(ts)  # type: ignore[union-attr]

SEED = 20177
SECTION = "Chinh tri Xa hoi"
RULE = {"chars": (1200, 6000), "cues": 4, "units": 5, "caps": 20}  # rule 1 and 3 above


def mentioned() -> set[str]:
    """Every VNTC id written under ``corpora/`` outside this set's folder."""
    ids: set[str] = set()
    for path in (GOLD.parent).rglob("*"):
        if path.is_file() and path.suffix in {".jsonl", ".txt", ".md", ".py", ".csv", ".json"} \
                and HERE.parent not in path.parents:
            ids |= set(re.findall(r"vntc-(?:train|test)-[\w]+-\d+", path.read_text(encoding="utf-8", errors="replace")))
    return ids


def pool() -> list[dict]:
    skip = mentioned()
    out = []
    with gzip.open(ts.SHARED / "corpora" / "vntc.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["category"] != SECTION or obj["id"] in skip or not RULE["chars"][0] - 100 <= len(obj["text"]) <= RULE["chars"][1] + 300:
                continue
            text = ts.normalize(obj["text"]).text
            lo, hi = RULE["chars"]
            if not lo <= len(text) <= hi:
                continue
            head = text[:400]
            if not (any(p in head for p in ts.PROVINCES) or ts.ADM_RE.search(head)):
                continue
            cues = {c for c in ts.CUES if c in text}
            n_units, n_caps = len(ts.UNIT_RE.findall(text)), len(ts.CAPRUN_RE.findall(text))
            if len(cues) < RULE["cues"] or n_units < RULE["units"] or n_caps < RULE["caps"]:
                continue
            provs = sorted((text.find(p), p) for p in ts.PROVINCES if p in text) or [(0, "?")]
            out.append({"id": obj["id"], "title": text.split("\n", 1)[0][:120], "chars": len(text),
                        "province": ts._norm_province(provs[0][1]), "lead": text[:400]})
    out.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(out)
    return out


def main() -> int:
    """List each province's N-th candidate with its lead (dev5's listing)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--round", type=int, default=1, help="list each province's N-th article")
    args = ap.parse_args()
    spec = importlib.util.spec_from_file_location("dev5_select", GOLD / "dev5-entities" / "authoring" / "select.py")
    dev5 = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(dev5)  # type: ignore[union-attr]
    dev5.list_round(pool(), args.round, f"pool: {{n}} candidates (seed {SEED}), round {args.round}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
