"""Reproducible choice of the sixth development set for entities (corpora/gold/dev6-entities).

    /work/venv/bin/python corpora/gold/dev6-entities/authoring/select.py [--show 40] [--lead 300] [--round 2]

The fifth set's pool (``corpora/gold/dev5-entities/authoring/select.py``, itself dev4's pool: the test split's rule
relaxed to 1,200-6,000 characters, >= 3 cue phrases, >= 5 number+unit candidates, >= 15 capitalised runs;
near-duplicates of a gold article left out, computed and never printed; every baomoi id written anywhere under
``corpora/`` left out) with two changes: the ids of dev5-entities are left out and their texts added to the
near-duplicate check, and every baomoi id written under ``corpora/`` outside *this* set's folder is left out (which
now includes dev5's articles, dev5's ``pool-read-ids.txt`` and ``corpora/gold/pool-read-ids.txt``); the shuffle uses
another seed (``SEED``). One article per province, in the shuffled order; ``--round N`` lists each province's N-th.

That pool has only 16 candidates (4 provinces) and at most a few of them are provincial government news, so
``--relaxed`` lists an extension read after it: the articles that pass a relaxed rule (``RELAXED``: 800-8,000
characters, >= 2 cue phrases, >= 3 number+unit candidates, >= 10 capitalised runs; same province/unit test on the
title and lead, same exclusions and near-duplicate check) but are not in the strict pool, sorted by id and
shuffled with the same seed; ``--relaxed --round N`` lists each province's N-th article of the extension.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("dev5_select", GOLD / "dev5-entities" / "authoring" / "select.py")
dev5 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev5)  # type: ignore[union-attr]
_dev5_excluded = dev5.excluded
dev4 = dev5.dev4

SEED = 20176


def _mentioned_before() -> set[str]:
    """Every baomoi id written under ``corpora/`` outside this set's own folder (so that the choice reproduces once
    this folder names its articles)."""
    ids: set[str] = set()
    for path in dev4.CORPORA.rglob("*"):
        if path.is_file() and path.suffix in dev4._TEXT_SUFFIXES and HERE.parent not in path.parents:
            text = path.read_text(encoding="utf-8", errors="replace")
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", text + " " + path.name)}
    return ids


def excluded() -> tuple[set[str], set[str]]:
    """(ids never to choose, ids whose texts define near-duplicates)."""
    dev5._mentioned_before = _mentioned_before  # dev5's (and dev4's) exclusions read the same files, this folder aside
    skip, gold_ids = _dev5_excluded()
    dev5_ids = dev4.dev3._ids(GOLD / "dev5-entities" / "articles.jsonl")
    return skip | dev5_ids | _mentioned_before(), gold_ids | dev5_ids


def pool() -> list[dict]:
    """The fifth set's pool with this set's exclusions, in this set's shuffled order."""
    dev4.dev3.excluded, dev4.dev3.SEED = excluded, SEED
    return dev4.dev3.pool()


RELAXED = {"chars": (800, 8000), "cues": 2, "units": 3, "caps": 10}


def _relaxed_candidates(skip: set[str]) -> list[dict]:
    """dev2's ``_candidates`` with the thresholds of ``RELAXED``."""
    import gzip
    import json

    dev2 = dev4.dev3.dev2
    ts = dev2.test_select
    lo, hi = RELAXED["chars"]
    out = []
    with gzip.open(ts.SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in skip or not lo - 100 <= len(obj["text"]) <= hi + 300:
                continue
            text = dev2.normalize(obj["text"]).text
            if not lo <= len(text) <= hi:
                continue
            head = obj["title"] + " " + text[:400]
            if not (any(p in head for p in ts.PROVINCES) or ts.ADM_RE.search(head)):
                continue
            if len({c for c in ts.CUES if c in text}) < RELAXED["cues"]:
                continue
            if len(ts.UNIT_RE.findall(text)) < RELAXED["units"] or len(ts.CAPRUN_RE.findall(text)) < RELAXED["caps"]:
                continue
            everywhere = obj["title"] + " " + text
            provs = sorted((everywhere.find(p), p) for p in ts.PROVINCES if p in everywhere) or [(0, "?")]
            out.append({"id": obj["id"], "title": obj["title"], "chars": len(text),
                        "province": ts._norm_province(provs[0][1]), "lead": text[:400]})
    return out


def relaxed_pool() -> list[dict]:
    """The extension: the relaxed rule's pool (same exclusions, near-duplicates, seed) minus the strict pool."""
    dev2 = dev4.dev3.dev2
    strict = {r["id"] for r in pool()}
    saved = dev2._candidates
    dev2._candidates = _relaxed_candidates
    try:
        cands = pool()
    finally:
        dev2._candidates = saved
    return [r for r in cands if r["id"] not in strict]


def main() -> int:
    """List the pool one article per province (the second set's listing: ``--show``, ``--lead``); with
    ``--round 2`` list each province's second article instead, in the same shuffled order (this pool is small)."""
    import sys

    args = sys.argv[1:]
    rnd = 1
    if "--round" in args:
        i = args.index("--round")
        rnd = int(args[i + 1])
        del sys.argv[i + 1:i + 3]
    relaxed = "--relaxed" in sys.argv
    if relaxed:
        sys.argv.remove("--relaxed")
    if rnd == 1 and not relaxed:
        dev4.dev3.dev2.pool, dev4.dev3.dev2.SEED = pool, SEED
        return dev4.dev3.dev2.main()
    label = " (relaxed extension)" if relaxed else ""
    dev5.list_round(relaxed_pool() if relaxed else pool(), rnd, f"pool{label}: {{n}} candidates (seed {SEED}), round {rnd}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
