"""Throughput of the dvtext spaCy pipeline against ``dvtext.analyze_many`` on the same articles, in one run.

Both phases read the same N bodies of baomoi-2017 (default 500) as plain strings:

* ``analyze_many`` — ``dvtext.analyze_many(texts)`` (the whole analysis, topics when the model is there);
* ``nlp.pipe``     — ``dvtext.spacy.load()`` then ``nlp.pipe(texts)`` (the same analysis, plus building the
  Doc, its entities, span groups and cats).

Models are loaded and warmed up outside the clock. The phases alternate for ``--rounds`` rounds and the
fastest round of each counts (the machine is shared: other jobs only ever slow a round down). Both wall
time and CPU time of this process are reported; the overhead of the spaCy pipeline is
``time(nlp.pipe) / time(analyze_many) - 1`` (issue target: ≤ 15 %; the verdict uses CPU time, which other
jobs on a shared machine disturb least). With ``--n-process 2`` a third phase shows ``nlp.pipe(n_process=2)``
throughput, with the CPU time of the parent and of the workers (Docs travel between them as bytes).

Usage::

    python bench/bench_spacy.py [--n 500] [--skip 0] [--rounds 2] [--n-process 2] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
TARGET = 0.15


def load_texts(shared: Path, n: int, skip: int) -> list[str]:
    """``n`` article bodies of baomoi-2017 after the first ``skip``."""
    out: list[str] = []
    with gzip.open(shared / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip:
                continue
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
            if len(out) == n:
                break
    return out


def clock(fn) -> tuple[float, float, int]:
    """Run ``fn`` (which returns a count); wall seconds, CPU seconds of this process, count."""
    w0, c0 = time.perf_counter(), time.process_time()
    n = fn()
    return time.perf_counter() - w0, time.process_time() - c0, n


def children_cpu() -> float:
    """CPU seconds of this process's finished children (the nlp.pipe workers)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=500, help="articles (default 500)")
    p.add_argument("--skip", type=int, default=0, help="skip the first N articles of the corpus")
    p.add_argument("--rounds", type=int, default=2, help="alternating rounds per phase (default 2)")
    p.add_argument("--n-process", type=int, default=1, help="also time nlp.pipe(n_process=N) when N > 1")
    p.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the ../shared folder")
    args = p.parse_args(argv)

    corpus = args.shared / "corpora" / "baomoi-2017.jsonl.gz"
    if not corpus.exists():
        print(f"needs {corpus} (pass --shared or set DVTEXT_SHARED)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT / "src"))
    import dvtext
    import dvtext.spacy

    texts = load_texts(args.shared, args.n, args.skip)
    chars = sum(len(t) for t in texts)
    nlp = dvtext.spacy.load()
    # warm-up outside the clock: models load on first use, the vocabulary learns the common words
    for _ in nlp.pipe(texts[:20]):
        pass
    for _ in dvtext.analyze_many(texts[:20]):
        pass
    topics = "dvtext_topics" in nlp.pipe_names and bool(nlp(texts[0]).cats)

    def run_analyze() -> int:
        return sum(1 for _ in dvtext.analyze_many(texts))

    def run_spacy() -> int:
        return sum(1 for _ in nlp.pipe(texts))

    best: dict[str, tuple[float, float]] = {}
    for r in range(args.rounds):
        for name, fn in (("analyze_many", run_analyze), ("nlp.pipe", run_spacy)):
            wall, cpu, n = clock(fn)
            assert n == len(texts), (name, n)
            print(f"round {r + 1} {name:13s} wall {wall:7.2f}s  cpu {cpu:7.2f}s", flush=True)
            w, c = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(w, wall), min(c, cpu))

    print()
    print(
        f"{len(texts)} baomoi-2017 articles (skip {args.skip}), {chars:,} characters; topics in cats: {topics}"
    )
    for name, (wall, cpu) in best.items():
        print(
            f"{name:13s} {len(texts) / wall:7.1f} articles/s  {chars / wall / 1000:7.1f} kchar/s  "
            f"(wall {wall:.2f}s, cpu {cpu:.2f}s)"
        )
    (wa, ca), (ws, cs) = best["analyze_many"], best["nlp.pipe"]
    over_wall, over_cpu = ws / wa - 1, cs / ca - 1
    verdict = "OK" if over_cpu <= TARGET else "OVER TARGET"
    print(
        f"overhead of nlp.pipe: {over_wall:+.1%} wall, {over_cpu:+.1%} cpu "
        f"(target <= {TARGET:.0%} : {verdict})"
    )
    if args.n_process > 1:
        c0 = children_cpu()
        wall, cpu, n = clock(lambda: sum(1 for _ in nlp.pipe(texts, n_process=args.n_process)))
        kids = children_cpu() - c0
        print(
            f"nlp.pipe(n_process={args.n_process}) {n / wall:7.1f} articles/s (wall {wall:.2f}s, "
            f"{wa / wall:.2f}x analyze_many; cpu {cpu:.2f}s here + {kids:.2f}s in the workers)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
