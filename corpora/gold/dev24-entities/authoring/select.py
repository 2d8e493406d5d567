"""Reproducible choice of the twenty-fourth development set for entities (corpora/gold/dev24-entities), from baomoi-2017.

    /work/venv/bin/python corpora/gold/dev24-entities/authoring/select.py [--round 2]

dev12-entities' rule (``corpora/gold/dev12-entities/authoring/select.py``: dev9's provincial government news of
baomoi-2017, relaxed; every baomoi id written under ``corpora/`` outside *this* folder left out, which now includes
dev12-dev23 articles and every article their annotators set aside, near-duplicates of any gold text left out) with
another seed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "authoring"))
from selection import RELAXED_BAOMOI, run  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run(HERE, base="dev9", seed=20195, rule=RELAXED_BAOMOI))
