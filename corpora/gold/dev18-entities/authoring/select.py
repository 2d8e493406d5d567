"""Reproducible choice of the eighteenth development set for entities (corpora/gold/dev18-entities), from VNTC.

    /work/venv/bin/python corpora/gold/dev18-entities/authoring/select.py [--round 2]

dev7-entities' rule (``corpora/gold/dev7-entities/authoring/select.py``: VNTC's politics section, provincial
government news, every VNTC id written under ``corpora/`` outside this folder left out), relaxed because that
rule's pool was used up by dev7, dev8, dev10 and dev11 (as dev14- and dev16-entities relaxed it): 1,000-6,000 characters, at least 3 cue phrases, 3
number+unit candidates and 12 capitalised runs (``RULE``); another seed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev7_select", HERE.parents[1] / "dev7-entities" / "authoring" / "select.py")
dev7 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev7)  # type: ignore[union-attr]
dev7.HERE, dev7.SEED = HERE, 20188
dev7.RULE = {"chars": (1000, 6000), "cues": 3, "units": 3, "caps": 12}

if __name__ == "__main__":
    raise SystemExit(dev7.main())
