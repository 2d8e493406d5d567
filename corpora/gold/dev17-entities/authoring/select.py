"""Reproducible choice of the seventeenth development set for entities (corpora/gold/dev17-entities), from baomoi-2017.

    /work/venv/bin/python corpora/gold/dev17-entities/authoring/select.py [--round 2]

dev12-entities' rule (``corpora/gold/dev12-entities/authoring/select.py``: dev9's provincial government news of
baomoi-2017, relaxed; every baomoi id written under ``corpora/`` outside *this* folder left out, which now includes
dev12-dev16 articles and every article their annotators set aside, near-duplicates of any gold text left out) with
another seed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dev12_select", HERE.parents[1] / "dev12-entities" / "authoring" / "select.py")
dev12 = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
_spec.loader.exec_module(dev12)  # type: ignore[union-attr]
SEED = 20187
dev12.dev9.HERE, dev12.dev9.SEED = HERE, SEED

if __name__ == "__main__":
    dev12.dev9.dev7.pool, dev12.dev9.dev7.SEED = dev12.dev9.pool, SEED  # dev7's listing of this pool
    raise SystemExit(dev12.dev9.dev7.main())
