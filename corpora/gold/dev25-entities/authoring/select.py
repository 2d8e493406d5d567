"""Reproducible choice of the twenty-fifth development set for entities (corpora/gold/dev25-entities), from VNTC.

    /work/venv/bin/python corpora/gold/dev25-entities/authoring/select.py [--round 2]

dev14-entities' relaxed rule (``corpora/gold/dev7-entities/authoring/select.py``: VNTC's politics section,
provincial government news, every VNTC id written under ``corpora/`` outside this folder left out; 1,000-6,000
characters, at least 3 cue phrases, 3 number+unit candidates and 12 capitalised runs) with another seed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "authoring"))
from selection import RELAXED_VNTC, run  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run(HERE, base="dev7", seed=20194, rule=RELAXED_VNTC))
