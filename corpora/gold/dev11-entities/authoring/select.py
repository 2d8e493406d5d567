"""Reproducible choice of the eleventh development set for entities (corpora/gold/dev11-entities), from VNTC.

    /work/venv/bin/python corpora/gold/dev11-entities/authoring/select.py [--round 2]

dev7-entities' rule (``corpora/gold/dev7-entities/authoring/select.py``: VNTC's politics section, provincial
government news) with every VNTC id written under ``corpora/`` outside *this* set's folder left out (which now
includes dev7's, dev8's and dev10's articles and every article their annotators read and set aside) and another seed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "authoring"))
from selection import run  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(run(HERE, base="dev7", seed=20181))
