"""Reproducible choice of the eleventh development set for entities (corpora/gold/dev11-entities), from VNTC.

    /work/venv/bin/python corpora/gold/dev11-entities/authoring/select.py [--round 2]

dev7-entities' rule (``corpora/gold/dev7-entities/authoring/select.py``: VNTC's politics section, provincial
government news) with every VNTC id written under ``corpora/`` outside *this* set's folder left out (which now
includes dev7's, dev8's and dev10's articles and every article their annotators read and set aside) and another seed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev7_select", HERE.parents[1] / "dev7-entities" / "authoring" / "select.py")
dev7 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev7)  # type: ignore[union-attr]
dev7.HERE, dev7.SEED = HERE, 20181  # exclusions are read outside this folder; the shuffle uses this set's seed

if __name__ == "__main__":
    raise SystemExit(dev7.main())
