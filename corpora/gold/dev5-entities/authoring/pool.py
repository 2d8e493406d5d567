"""The unannotated pool the dev5 rules were checked on (corpora/gold/dev5-entities/pool-read-ids.txt).

    /work/venv/bin/python corpora/gold/dev5-entities/authoring/pool.py > /tmp/pool-ids.txt

Baomoi-2017 articles of 1,500-6,000 characters that no file under ``corpora/`` names (``pool-read-ids.txt`` itself
aside), naming a provincial body ("UBND", "Tỉnh ủy", "Sở ", "Huyện ủy", "Thành ủy") or, for the last draw, a mass
organisation ("dân vận", "Mặt trận", "MTTQ", "Hội Nông dân", "Hội Phụ nữ", "Đoàn Thanh niên"), shuffled with each
seed of ``DRAWS`` and cut to its size. The extractor's output on them (before and after each rule) and lists of
body heads it left uncovered were read; none of them was annotated or scored. Prints the ids, one a line.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[2]
SHARED = CORPORA.parents[1] / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")

BODIES = r"UBND|Tỉnh ủy|Sở |Huyện ủy|Thành ủy"
MASS = r"[Dd]ân vận|Mặt trận|MTTQ|Hội Nông dân|Hội Phụ nữ|Đoàn Thanh niên"
DRAWS = [(5555, 250, BODIES), (777, 120, BODIES), (999, 150, BODIES), (4242, 150, BODIES), (31337, 200, BODIES),
         (8080, 200, BODIES), (1717, 200, BODIES), (2468, 250, BODIES), (97531, 250, BODIES), (2020, 200, MASS)]
_SUFFIXES = {".jsonl", ".json", ".md", ".py", ".txt", ".tsv", ".csv", ".toml"}


def _mentioned() -> set[str]:
    ids: set[str] = set()
    for path in CORPORA.rglob("*"):
        if path.is_file() and path.suffix in _SUFFIXES and path.name != "pool-read-ids.txt":
            ids |= {f"baomoi-{n}" for n in re.findall(r"baomoi[-_](\d+)", path.read_text(encoding="utf-8", errors="replace"))}
    return ids


def main() -> int:
    skip = _mentioned()
    rows = []
    with gzip.open(SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] not in skip and 1500 < len(r["text"]) < 6000:
                rows.append(r)
    out: set[str] = set()
    for seed, size, cue in DRAWS:
        chosen = [r for r in rows if re.search(cue, r["text"])]
        random.Random(seed).shuffle(chosen)
        out |= {r["id"] for r in chosen[:size]}
    sys.stdout.write("".join(f"{i}\n" for i in sorted(out, key=lambda x: int(x.split("-")[1]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
