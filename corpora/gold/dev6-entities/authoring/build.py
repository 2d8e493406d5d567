"""Build corpora/gold/dev6-entities/{statistics,entities}.jsonl (and the boilerplate of articles.jsonl) from the
authored modules in this folder, with the development gold's builder (corpora/gold/authoring/build.py).

    /work/venv/bin/python corpora/gold/dev6-entities/authoring/build.py              # build, write the JSONL files
    /work/venv/bin/python corpora/gold/dev6-entities/authoring/build.py --review ID  # spans in context + leftovers

This set annotates entities only: every module has ``STATS = []``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "authoring"
sys.path.insert(0, str(DEV))

import build as dev_build  # noqa: E402  (the development builder: same language, checks and output)

if __name__ == "__main__":
    raise SystemExit(dev_build.main_for(HERE))  # this set's a_<id>.py modules first, its JSONL files written
