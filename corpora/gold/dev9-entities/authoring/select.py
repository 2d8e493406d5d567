"""Reproducible choice of the ninth development set for entities (corpora/gold/dev9-entities), from baomoi-2017.

    /work/venv/bin/python corpora/gold/dev9-entities/authoring/select.py [--round 2]

dev7-entities' rule (``corpora/gold/dev7-entities/authoring/select.py``) applied to baomoi-2017 instead of VNTC:
articles of 1,200-6,000 normalised characters whose title or first 400 characters name a province or an
administrative unit, with at least 4 cue phrases, 5 number+unit candidates and 20 capitalised runs (the test
split's lists and counts). Left out: every baomoi id written under ``corpora/`` outside this folder (every gold set,
the sentence and topic corpora, ``pool-read-ids.txt``), and near-duplicates of any gold article (a shared run of
8 words covering a fifth of either text's 8-word runs; computed, never printed). Sorted by id, shuffled with
``SEED``, listed one article per province with its lead; ``--round N`` lists each province's N-th.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("dev7_select", GOLD / "dev7-entities" / "authoring" / "select.py")
dev7 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev7)  # type: ignore[union-attr]
ts = dev7.ts

SEED = 20179
#: The rule's thresholds: normalised length, distinct cue phrases, number+unit candidates, capitalised runs.
RULE = {"chars": (1200, 6000), "cues": 4, "units": 5, "caps": 20}


def mentioned() -> set[str]:
    """Every baomoi id written under ``corpora/`` outside this set's folder (in text or in a file name)."""
    ids: set[str] = set()
    for path in GOLD.parent.rglob("*"):
        if path.is_file() and HERE.parent not in path.parents:
            text = path.name
            if path.suffix in {".jsonl", ".txt", ".md", ".py", ".csv", ".json", ".tsv"}:
                text += " " + path.read_text(encoding="utf-8", errors="replace")
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", text)}
    return ids


def _shingles(text: str) -> set[int]:
    words = text.lower().split()
    return {hash(" ".join(words[i:i + 8])) for i in range(max(0, len(words) - 7))}


def pool() -> list[dict]:
    skip = mentioned()
    gold_ids = set()
    for rows in GOLD.glob("*/articles.jsonl"):
        if rows.parent == HERE.parent:
            continue  # this set's own articles (so that the choice reproduces once they are written)
        gold_ids |= {json.loads(x)["id"] for x in rows.read_text(encoding="utf-8").splitlines() if x.strip()}
    gold_ids |= {json.loads(x)["id"] for x in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x}
    gold_sh: list[set[int]] = []
    out = []
    with gzip.open(ts.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    for obj in rows:
        if obj["id"] in gold_ids:
            gold_sh.append(_shingles(ts.normalize(obj["text"]).text))
    for obj in rows:
        lo, hi = RULE["chars"]
        if obj["id"] in skip or not lo - 100 <= len(obj["text"]) <= hi + 300:
            continue
        text = ts.normalize(obj["text"]).text
        if not lo <= len(text) <= hi:
            continue
        head = obj["title"] + " " + text[:400]
        if not (any(p in head for p in ts.PROVINCES) or ts.ADM_RE.search(head)):
            continue
        cues = {c for c in ts.CUES if c in text}
        if len(cues) < RULE["cues"] or len(ts.UNIT_RE.findall(text)) < RULE["units"] \
                or len(ts.CAPRUN_RE.findall(text)) < RULE["caps"]:
            continue
        sh = _shingles(text)
        if any(len(sh & g) >= 0.2 * min(len(sh), len(g)) for g in gold_sh if g):
            continue
        everywhere = obj["title"] + " " + text
        provs = sorted((everywhere.find(p), p) for p in ts.PROVINCES if p in everywhere) or [(0, "?")]
        out.append({"id": obj["id"], "title": obj["title"], "chars": len(text),
                    "province": ts._norm_province(provs[0][1]), "lead": text[:400]})
    out.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(out)
    return out


if __name__ == "__main__":
    dev7.pool, dev7.SEED = pool, SEED  # dev7's listing (each province's N-th with its lead) of this pool
    raise SystemExit(dev7.main())
