"""Run one of the two selection rules the later entity sets reuse, for a set's own folder and seed.

dev7's rule (``corpora/gold/dev7-entities/authoring/select.py``: VNTC's politics section, provincial government
news) and dev9's (``corpora/gold/dev9-entities/authoring/select.py``: baomoi-2017's provincial government news,
listed with dev7's listing) leave out every id written under ``corpora/`` outside the set's folder; a set's
``authoring/select.py`` names the rule, its seed and, where the pool was relaxed, the thresholds::

    from selection import RELAXED_BAOMOI, run
    raise SystemExit(run(HERE, base="dev9", seed=20187, rule=RELAXED_BAOMOI))
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

GOLD = Path(__file__).resolve().parents[1]

#: dev12's relaxation of dev9's rule (dev9's pool was nearly used up), reused by dev13, dev15, dev17 and later.
RELAXED_BAOMOI: dict[str, Any] = {"chars": (800, 8000), "cues": 2, "units": 3, "caps": 10}
#: dev14's relaxation of dev7's rule (dev7, dev8, dev10 and dev11 used up its pool), reused by dev16, dev18.
RELAXED_VNTC: dict[str, Any] = {"chars": (1000, 6000), "cues": 3, "units": 3, "caps": 12}


def rule_module(base: str) -> ModuleType:
    """A fresh copy of ``corpora/gold/<base>-entities/authoring/select.py`` (its globals are set per set)."""
    spec = importlib.util.spec_from_file_location(f"{base}_select", GOLD / f"{base}-entities" / "authoring" / "select.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(here: Path, *, base: str, seed: int, rule: dict[str, Any] | None = None) -> int:
    """List the candidates of the set whose ``authoring/`` folder is ``here`` (``--round N`` from the command line)."""
    mod = rule_module(base)
    mod.HERE, mod.SEED = here, seed
    if rule is not None:
        mod.RULE = dict(rule)
    if base == "dev9":  # dev9's pool, listed by dev7's listing (each province's N-th with its lead)
        mod.dev7.pool, mod.dev7.SEED = mod.pool, seed
        return int(mod.dev7.main())
    return int(mod.main())
