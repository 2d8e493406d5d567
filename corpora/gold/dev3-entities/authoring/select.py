"""Reproducible choice of the third development set for entities (corpora/gold/dev3-entities).

    /work/venv/bin/python corpora/gold/dev3-entities/authoring/select.py [--show 40] [--lead 300]

The pool of the second set (``corpora/gold/dev2-entities/authoring/select.py``: the test split's rule relaxed to
1,200-6,000 characters, >= 3 cue phrases, >= 5 number+unit candidates, >= 15 capitalised runs; every id of the
development gold, the test split, the sentence gold, the test split's ``excluded-ids.txt`` and README left out;
near-duplicates of a development or test article left out, computed and never printed) with two changes:
the ids of dev2-entities and dev2-statistics are left out too (and their texts define near-duplicates), and
the shuffle uses another seed (``SEED``). One article per province, in the shuffled order.
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("dev2_select", GOLD / "dev2-entities" / "authoring" / "select.py")
dev2 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev2)  # type: ignore[union-attr]
_dev2_excluded = dev2.excluded

SEED = 20173


def _ids(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {json.loads(x)["id"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}


def excluded() -> tuple[set[str], set[str]]:
    skip, gold_ids = _dev2_excluded()
    more = _ids(GOLD / "dev2-entities" / "articles.jsonl") | _ids(GOLD / "dev2-statistics" / "articles.jsonl")
    return skip | more, gold_ids | {i for i in more if i.startswith("baomoi-")}


def pool() -> list[dict]:
    """The second set's pool with this set's exclusions, in this set's shuffled order."""
    dev2.excluded = excluded
    cands = _dev2_pool()
    cands.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(cands)
    return cands


_dev2_pool = dev2.pool


def main() -> int:
    """List the pool one article per province (the second set's listing: ``--show``, ``--lead``)."""
    dev2.pool, dev2.SEED = pool, SEED
    return dev2.main()


if __name__ == "__main__":
    raise SystemExit(main())
