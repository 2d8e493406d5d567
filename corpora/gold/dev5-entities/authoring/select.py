"""Reproducible choice of the fifth development set for entities (corpora/gold/dev5-entities).

    /work/venv/bin/python corpora/gold/dev5-entities/authoring/select.py [--show 40] [--lead 300]

The fourth set's pool (``corpora/gold/dev4-entities/authoring/select.py``: the test split's rule relaxed to
1,200-6,000 characters, >= 3 cue phrases, >= 5 number+unit candidates, >= 15 capitalised runs; near-duplicates of
a gold article left out, computed and never printed; every baomoi id written anywhere under ``corpora/`` left out)
with two changes: the ids of dev4-entities (and every id its README lists, such as the pool articles read while
writing rules, which ``mentioned_ids`` already catches) are left out and their texts added to the near-duplicate
check, and the shuffle uses another seed (``SEED``). One article per province, in the shuffled order.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
_spec = importlib.util.spec_from_file_location("dev4_select", GOLD / "dev4-entities" / "authoring" / "select.py")
dev4 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev4)  # type: ignore[union-attr]
_dev4_excluded = dev4.excluded

SEED = 20175


def _mentioned_before() -> set[str]:
    """Every baomoi id written under ``corpora/`` outside this set's own folder (so that the choice reproduces once
    this folder names its articles and its pool)."""
    ids: set[str] = set()
    for path in dev4.CORPORA.rglob("*"):
        if path.is_file() and path.suffix in dev4._TEXT_SUFFIXES and HERE.parent not in path.parents:
            text = path.read_text(encoding="utf-8", errors="replace")
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", text + " " + path.name)}
    return ids


def excluded() -> tuple[set[str], set[str]]:
    """(ids never to choose, ids whose texts define near-duplicates)."""
    dev4.mentioned_ids = _mentioned_before  # dev4's own exclusions read the same files, this folder aside
    skip, gold_ids = _dev4_excluded()
    dev4_ids = dev4.dev3._ids(GOLD / "dev4-entities" / "articles.jsonl")
    return skip | dev4_ids | _mentioned_before(), gold_ids | dev4_ids


def pool() -> list[dict]:
    """The fourth set's pool with this set's exclusions, in this set's shuffled order."""
    dev4.dev3.excluded, dev4.dev3.SEED = excluded, SEED
    return dev4.dev3.pool()


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
    if rnd == 1:
        dev4.dev3.dev2.pool, dev4.dev3.dev2.SEED = pool, SEED
        return dev4.dev3.dev2.main()
    list_round(pool(), rnd, f"pool: {{n}} candidates (seed {SEED}), round {rnd}")
    return 0


def list_round(cands: list[dict], rnd: int, header: str) -> None:
    """Print each province's ``rnd``-th candidate (id, province, length, title, lead), after ``header`` (``{n}``:
    the number of candidates)."""
    seen: dict[str, int] = {}
    print(header.format(n=len(cands)))
    for r in cands:
        seen[r["province"]] = seen.get(r["province"], 0) + 1
        if seen[r["province"]] == rnd:
            print(f"{r['id']}  {r['province']:<18} {r['chars']:5d}c  {r['title']}")
            print("      ", r["lead"][:400].replace("\n", " / "))


if __name__ == "__main__":
    raise SystemExit(main())
