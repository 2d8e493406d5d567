"""Batch benchmark: end-to-end throughput, scaling, memory, resume, summarize and Dask overhead — one run.

On the articles of ../shared/corpora/baomoi-2017.jsonl.gz (all 35,226 by default), through the real CLI:

1. ``dvtext process --jobs 1`` and ``--jobs 2`` into fresh stores: articles/second each and the scaling
   ratio (target ≥ 1.7), and the peak memory of the whole process tree, sampled from /proc (target < 2 GB);
2. resume: ``--jobs 2`` into a third store, killed (SIGKILL) once half the articles are stored, then run
   again: the time until the restarted run writes its first new article, its total time, and a check that
   the store ends with every article exactly once;
3. ``dvtext summarize`` on the ``--jobs 2`` store (target < 60 s);
4. Dask: the same ``--jobs 2``-sized work on the first 2,000 articles with ``--engine dask`` (a LocalCluster of
   2 single-threaded worker processes) against the local engine: the overhead in percent.

Usage::

    python bench/bench_batch.py [--n 35226] [--workdir /tmp/dvtext-bench] [--skip-jobs1] [--shared ../shared]

Run it on an otherwise idle machine: the scaling ratio measures the two cores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))


def tree_rss_mb(pid: int) -> float:
    """RSS of ``pid`` and all its descendants, in MB (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                parts = fh.read().rsplit(")", 1)[1].split()
            ppid = int(parts[1])
            rss[int(entry)] = int(parts[21]) * os.sysconf("SC_PAGE_SIZE")
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, ()))
    return total / 2**20


def run(cmd: list[str], *, kill_when: int | None = None, store: Path | None = None) -> dict:
    """Run a CLI command, sampling the process tree's memory; optionally SIGKILL it at ``kill_when`` rows."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    peak = [0.0]
    first_new = [None]
    base = count(store) if store else 0
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss_mb(proc.pid))
            if store is not None and (kill_when is not None or first_new[0] is None):
                n = count(store)
                if first_new[0] is None and n > base:
                    first_new[0] = time.perf_counter() - t0
                if kill_when is not None and n >= kill_when:
                    os.killpg(proc.pid, signal.SIGKILL)
                    return
            stop.wait(0.5)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    stop.set()
    th.join()
    return {"seconds": time.perf_counter() - t0, "peak_mb": peak[0], "returncode": proc.returncode,
            "first_new_s": first_new[0], "stderr": err[-2000:]}


def count(store: Path | None) -> int:
    if store is None or not store.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0] + \
            con.execute("SELECT count(*) FROM errors").fetchone()[0]
        con.close()
        return int(n)
    except sqlite3.Error:
        return 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=35226)
    ap.add_argument("--dask-n", type=int, default=2000)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/dvtext-bench"))
    ap.add_argument("--skip-jobs1", action="store_true", help="skip the --jobs 1 run (no scaling ratio)")
    args = ap.parse_args()
    wd = args.workdir
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    src = wd / "input.jsonl"
    dask_src = wd / "input-dask.jsonl"
    with gzip.open(args.shared / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh, \
            src.open("w", encoding="utf-8") as out, dask_src.open("w", encoding="utf-8") as dout:
        for i, line in enumerate(fh):
            if i >= args.n:
                break
            out.write(line)
            if i < args.dask_n:
                dout.write(line)
    n = args.n
    py = [sys.executable, "-m", "dvtext"]
    results: dict[str, dict] = {}
    if not args.skip_jobs1:
        results["jobs1"] = run([*py, "process", str(src), "--out", str(wd / "j1.sqlite"), "--jobs", "1"])
    results["jobs2"] = run([*py, "process", str(src), "--out", str(wd / "j2.sqlite"), "--jobs", "2"])
    resume_store = wd / "resume.sqlite"
    results["killed"] = run([*py, "process", str(src), "--out", str(resume_store), "--jobs", "2"],
                            kill_when=n // 2, store=resume_store)
    at_kill = count(resume_store)
    results["resumed"] = run([*py, "process", str(src), "--out", str(resume_store), "--jobs", "2"],
                             store=resume_store)
    con = sqlite3.connect(resume_store)
    ids = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    errs = con.execute("SELECT count(*) FROM errors").fetchone()[0]
    con.close()
    results["summarize"] = run([*py, "summarize", str(wd / "j2.sqlite"), "-o", str(wd / "report")])
    results["dask_local"] = run([*py, "process", str(dask_src), "--out", str(wd / "dl.sqlite"), "--jobs", "2"])
    results["dask"] = run([*py, "process", str(dask_src), "--out", str(wd / "dd.sqlite"), "--engine", "dask"])

    print(f"dvtext batch benchmark on {n:,} baomoi-2017 articles ({os.cpu_count()} cores)\n")
    print(f"{'run':<14}{'seconds':>10}{'articles/s':>12}{'peak tree MB':>14}  exit")
    for name, r in results.items():
        size = args.dask_n if name.startswith("dask") else n
        rate = f"{size / r['seconds']:.1f}" if name in ("jobs1", "jobs2", "dask_local", "dask") else ""
        print(f"{name:<14}{r['seconds']:>10.1f}{rate:>12}{r['peak_mb']:>14.0f}  {r['returncode']}")
        if r["returncode"] not in (0, 1, -9):
            print("   stderr:", r["stderr"].strip().splitlines()[-3:])
    print()
    if "jobs1" in results:
        ratio = results["jobs1"]["seconds"] / results["jobs2"]["seconds"]
        print(f"scaling --jobs 2 vs --jobs 1: {ratio:.2f}x   (target >= 1.7)")
    peak = max(r["peak_mb"] for r in results.values())
    print(f"peak memory of the process tree: {peak:.0f} MB   (target < 2048)")
    print(f"resume: killed with {at_kill:,} of {n:,} done; restarted run wrote its first new article after "
          f"{results['resumed']['first_new_s'] or float('nan'):.1f} s and finished in "
          f"{results['resumed']['seconds']:.1f} s; store holds {ids[0]:,} articles ({ids[1]:,} distinct ids) "
          f"+ {errs} error rows")
    print(f"summarize on the --jobs 2 store: {results['summarize']['seconds']:.1f} s   (target < 60)")
    over = results["dask"]["seconds"] / results["dask_local"]["seconds"] - 1
    print(f"Dask LocalCluster vs local engine on {args.dask_n:,} articles: {over * 100:+.1f} % time")
    (wd / "results.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
