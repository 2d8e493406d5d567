"""Reproducible choice of the twelfth development set for entities (corpora/gold/dev12-entities), from baomoi-2017.

    /work/venv/bin/python corpora/gold/dev12-entities/authoring/select.py [--round 2]

dev9-entities' rule (``corpora/gold/dev9-entities/authoring/select.py``: provincial government news of baomoi-2017,
every baomoi id written under ``corpora/`` outside *this* folder left out, near-duplicates of any gold text left
out), relaxed because dev9's pool was nearly used up: 800-8,000 characters, at least 2 cue phrases, 3 number+unit
candidates and 10 capitalised runs (``RULE``); another seed. Listed one article per province with its lead.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "authoring"))
from selection import RELAXED_BAOMOI, run  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run(HERE, base="dev9", seed=20182, rule=RELAXED_BAOMOI))
