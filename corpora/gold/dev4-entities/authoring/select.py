"""Reproducible choice of the fourth development set for entities (corpora/gold/dev4-entities).

    /work/venv/bin/python corpora/gold/dev4-entities/authoring/select.py [--show 40] [--lead 300]

The third set's pool (``corpora/gold/dev3-entities/authoring/select.py``, itself the second set's pool: the test
split's rule relaxed to 1,200-6,000 characters, >= 3 cue phrases, >= 5 number+unit candidates, >= 15 capitalised
runs; near-duplicates of a gold article left out, computed and never printed) with three changes: the ids of
dev3-entities are left out too and their texts added to the near-duplicate check; every baomoi id written
anywhere under ``corpora/`` (gold sets, sentence sets, topic corpus rows verified or weak, agreement files,
READMEs) is left out; and the shuffle uses another seed (``SEED``). One article per province, in the shuffled
order.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[1]
CORPORA = GOLD.parent
_spec = importlib.util.spec_from_file_location("dev3_select", GOLD / "dev3-entities" / "authoring" / "select.py")
dev3 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev3)  # type: ignore[union-attr]
_dev3_excluded = dev3.excluded

SEED = 20174
_TEXT_SUFFIXES = {".jsonl", ".json", ".md", ".py", ".txt", ".tsv", ".csv", ".toml"}


def mentioned_ids() -> set[str]:
    """Every baomoi id written in a text file under ``corpora/`` (``baomoi-N`` or a module name ``a_baomoi_N``)."""
    ids: set[str] = set()
    for path in CORPORA.rglob("*"):
        if path.is_file() and path.suffix in _TEXT_SUFFIXES:
            text = path.read_text(encoding="utf-8", errors="replace")
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", text)}
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", path.name)}
    return ids


def excluded() -> tuple[set[str], set[str]]:
    """(ids never to choose, ids whose texts define near-duplicates)."""
    skip, gold_ids = _dev3_excluded()
    dev3_ids = dev3._ids(GOLD / "dev3-entities" / "articles.jsonl")
    return skip | dev3_ids | mentioned_ids(), gold_ids | dev3_ids


def pool() -> list[dict]:
    """The third set's pool with this set's exclusions, in this set's shuffled order."""
    dev3.excluded, dev3.SEED = excluded, SEED
    return dev3.pool()


def main() -> int:
    """List the pool one article per province (the second set's listing: ``--show``, ``--lead``)."""
    dev3.dev2.pool, dev3.dev2.SEED = pool, SEED
    return dev3.dev2.main()


if __name__ == "__main__":
    raise SystemExit(main())
