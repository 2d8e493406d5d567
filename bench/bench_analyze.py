"""Speed and memory of the full analysis, side by side with underthesea, in one run.

Runs three phases over the same N articles of baomoi-2017 (default 500), each in a fresh child process
so that peak memory (ru_maxrss) belongs to that phase alone:

* ``dvtext``        — ``dvtext.analyze`` (normalise, sentences, dates, statistics, entities, topics);
* ``word_tokenize`` — underthesea ``word_tokenize`` alone over dvtext's sentences of the same text;
* ``ner``           — underthesea ``ner`` over the same sentences.

Prints articles/second, peak RSS, RSS at every 100 articles (memory must stay flat), and the ratios.
Targets (issue "analysis core"): dvtext ≥ 3× faster than ``ner``; dvtext time ≤ 3× ``word_tokenize``.

Usage::

    python bench/bench_analyze.py [--n 500] [--shared ../shared] [--skip 1000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))


def load_articles(shared: Path, n: int, skip: int) -> list[dict]:
    """``n`` articles of baomoi-2017 after the first ``skip`` (the same ones in every phase)."""
    out = []
    with gzip.open(shared / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < skip:
                continue
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_phase(phase: str, shared: Path, n: int, skip: int) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from dvtext.pipeline import analyze
    from dvtext.text.normalize import normalize
    from dvtext.text.sentences import split_sentences

    arts = load_articles(shared, n, skip)
    chars = sum(len(a["text"]) for a in arts)
    # the same sentences for the underthesea phases (splitting is not timed there)
    if phase != "dvtext":
        sents = []
        for a in arts:
            t = normalize(a["text"]).text
            sents.append([t[s.start : s.end] for s in split_sentences(t)])
    if phase == "word_tokenize":
        from underthesea import word_tokenize as fn
    elif phase == "ner":
        from underthesea import ner as fn
    # warm-up outside the clock: model loading is not throughput
    if phase == "dvtext":
        analyze(arts[0])
    else:
        fn("Ủy ban nhân dân huyện Quế Phong.")
    samples = []
    t0 = time.perf_counter()
    for i, a in enumerate(arts):
        if phase == "dvtext":
            analyze(a)
        else:
            for s in sents[i]:
                fn(s)
        if (i + 1) % 100 == 0:
            samples.append(round(rss_mb(), 1))
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"phase": phase, "articles": len(arts), "chars": chars, "seconds": dt, "peak_mb": peak,
            "rss_samples_mb": samples}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--skip", type=int, default=1000, help="start after this many articles")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.shared, args.n, args.skip)))
        return
    results = {}
    for phase in ("dvtext", "word_tokenize", "ner"):
        cmd = [sys.executable, __file__, "--phase", phase, "--n", str(args.n), "--skip", str(args.skip),
               "--shared", str(args.shared)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        results[phase] = json.loads(out.strip().splitlines()[-1])
    print(f"{args.n} baomoi-2017 articles ({results['dvtext']['chars']:,} characters), one core each phase\n")
    print(f"{'phase':<15}{'seconds':>9}{'articles/s':>12}{'peak MB':>10}   RSS every 100 articles (MB)")
    for phase, r in results.items():
        rate = r["articles"] / r["seconds"]
        print(f"{phase:<15}{r['seconds']:>9.2f}{rate:>12.1f}{r['peak_mb']:>10.0f}   {r['rss_samples_mb']}")
    d, w, ner = (results[p]["seconds"] for p in ("dvtext", "word_tokenize", "ner"))
    print()
    print(f"ner time / dvtext time           = {ner / d:5.2f}x   (target >= 3)")
    print(f"dvtext time / word_tokenize time = {d / w:5.2f}x   (target <= 3)")
    s = results["dvtext"]["rss_samples_mb"]
    if len(s) >= 2:
        print(f"dvtext RSS growth first→last sample: {s[-1] - s[0]:+.1f} MB (flat memory: small)")


if __name__ == "__main__":
    main()
