"""Reproducible choice of the twelfth development set for entities (corpora/gold/dev12-entities), from baomoi-2017.

    /work/venv/bin/python corpora/gold/dev12-entities/authoring/select.py [--round 2]

dev9-entities' rule (``corpora/gold/dev9-entities/authoring/select.py``: provincial government news of baomoi-2017,
every baomoi id written under ``corpora/`` outside *this* folder left out, near-duplicates of any gold text left
out), relaxed because dev9's pool was nearly used up: 800-8,000 characters, at least 2 cue phrases, 3 number+unit
candidates and 10 capitalised runs (``RULE``); another seed. Listed one article per province with its lead.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev9_select", HERE.parents[1] / "dev9-entities" / "authoring" / "select.py")
dev9 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev9)  # type: ignore[union-attr]
SEED = 20182
dev9.HERE, dev9.SEED, dev9.RULE = HERE, SEED, {"chars": (800, 8000), "cues": 2, "units": 3, "caps": 10}

if __name__ == "__main__":
    dev9.dev7.pool, dev9.dev7.SEED = dev9.pool, SEED  # dev7's listing (each province's N-th with its lead)
    raise SystemExit(dev9.dev7.main())
