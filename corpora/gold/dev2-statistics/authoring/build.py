"""Build corpora/gold/dev2-statistics/statistics.jsonl (and the boilerplate of articles.jsonl) from the
authored modules in this folder, with the development gold's language and checks
(corpora/gold/authoring/build.py). Statistics only: this set has no entity layer.

    /work/venv/bin/python corpora/gold/dev2-statistics/authoring/build.py              # build
    /work/venv/bin/python corpora/gold/dev2-statistics/authoring/build.py --review ID  # spans in context
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
sys.path.insert(0, str(GOLD.parent / "authoring"))

import build as dev_build  # noqa: E402  (the development builder: same language and checks)

sys.path.insert(0, str(HERE))  # this folder's a_<id>.py modules come first


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--review", nargs="*", default=None)
    args = ap.parse_args()
    rows = [json.loads(x) for x in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    authored = [r["id"] for r in rows if (HERE / f"{dev_build.module_name(r['id'])}.py").exists()]
    texts = dev_build.load_texts(set(authored))
    errs: list[str] = []
    results = {}
    for aid in authored:
        text = texts[aid]
        row = next(r for r in rows if r["id"] == aid)
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != row["sha1"]:
            errs.append(f"{aid}: sha1 of the normalised text changed")
        res = dev_build.resolve(aid, text)
        errs += [e for e in dev_build.check(aid, text, res) if " entities:" not in e]
        results[aid] = res
        if args.review is not None and (not args.review or aid in args.review):
            dev_build.review(aid, text, res)
    if errs:
        print("\n".join(errs))
        return 1
    if args.review is not None:
        return 0
    for r in rows:
        if r["id"] in results:
            r["boilerplate"] = [
                {k: b[k] for k in ("start", "end", "kind")} for b in results[r["id"]]["boilerplate"]
            ]
    with open(GOLD / "articles.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(GOLD / "statistics.jsonl", "w", encoding="utf-8") as fh:
        for aid in authored:
            fh.write(
                json.dumps({"id": aid, "statistics": results[aid]["statistics"]}, ensure_ascii=False) + "\n"
            )
    n_s = sum(len(r["statistics"]) for r in results.values())
    print(f"{len(results)} articles, {n_s} statistics")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
