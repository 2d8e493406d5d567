"""Collector benchmarks: extraction speed against trafilatura (this half), crawl throughput (crawler half).

Extraction: every real article page of ../shared/html (national/*_article*.html and the fundus-vn page)
is extracted by dvtext (:func:`dvtext.collect.html.extract_article`, from bytes, metadata included) and
by trafilatura on the same bytes, both as ``trafilatura.extract`` (text only, its default settings) and
``trafilatura.bare_extraction(with_metadata=True)`` (text + metadata, the same work as dvtext). Each
system runs ``--rounds`` passes over the pages after one warm-up pass; the best pass gives pages/second.
The ratio is dvtext over the faster trafilatura mode (target: >= 1).

Usage:
    python bench/bench_collect.py [--shared ../shared] [--rounds 5] [--part extract|crawl|all]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def real_pages(shared: Path, *, listings: bool = False) -> list[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of the saved real pages; listing pages only when asked."""
    out: list[tuple[str, bytes, str | None]] = []
    pattern = "*.html" if listings else "*_article*.html"
    for p in sorted((shared / "html" / "national").glob(pattern)):
        out.append((p.name, p.read_bytes(), None))
    for p in sorted((shared / "html" / "fundus-vn").glob("*.html.gz")):
        out.append((p.name, gzip.decompress(p.read_bytes()), None))
    return out


def timed_passes(fn: Callable[[bytes, str | None], object], pages: list[tuple[str, bytes, str | None]],
                 rounds: int) -> tuple[float, list[float], int]:
    """Best and all pass times (seconds) of ``fn`` over the pages; also the number of failures."""
    failures = 0
    for _, data, url in pages:  # warm-up: imports, compiled selectors, caches
        try:
            fn(data, url)
        except Exception:
            failures += 1
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _, data, url in pages:
            with contextlib.suppress(Exception):
                fn(data, url)
        times.append(time.perf_counter() - t0)
    return min(times), times, failures


def bench_extraction(shared: Path, rounds: int, listings: bool) -> list[str]:
    """Pages/second of dvtext vs trafilatura on the same real pages; returns report lines."""
    import trafilatura

    from dvtext.collect.html import extract_article

    pages = real_pages(shared, listings=listings)
    if not pages:
        return [f"extraction: no pages under {shared}/html"]
    systems: dict[str, Callable[[bytes, str | None], object]] = {
        "dvtext extract_article": lambda d, u: extract_article(d, url=u),
        "trafilatura.extract": lambda d, u: trafilatura.extract(d, url=u, include_comments=False),
        "trafilatura.bare_extraction+meta": lambda d, u: trafilatura.bare_extraction(
            d, url=u, with_metadata=True, include_comments=False),
    }
    mb = sum(len(d) for _, d, _ in pages) / 1e6
    lines = [f"extraction: {len(pages)} real pages ({mb:.1f} MB), best of {rounds} passes after a warm-up",
             f"{'system':34s} {'pages/s':>9s} {'ms/page':>8s} {'median pass s':>14s} {'failed':>7s}"]
    rates: dict[str, float] = {}
    for name, fn in systems.items():
        best, times, failures = timed_passes(fn, pages, rounds)
        rates[name] = len(pages) / best
        lines.append(f"{name:34s} {rates[name]:9.1f} {1000 * best / len(pages):8.1f} "
                     f"{statistics.median(times):14.3f} {failures:7d}")
    fastest_t = max(v for k, v in rates.items() if k.startswith("trafilatura"))
    lines.append(f"ratio dvtext / fastest trafilatura mode: {rates['dvtext extract_article'] / fastest_t:.2f} "
                 "(target >= 1)")
    return lines


# --------------------------------------------------------------------------- crawl half (crawler branch)
def bench_crawl(shared: Path, rounds: int) -> list[str]:
    """Crawl throughput against the local fixture site: filled in by the crawler branch."""
    return ["crawl: not part of this branch (see the crawler branch's bench_crawl)"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.environ.get("DVTEXT_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--part", choices=("extract", "crawl", "all"), default="all")
    ap.add_argument("--with-listings", action="store_true", help="also time the listing pages (dvtext refuses them)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    out: list[str] = []
    if args.part in ("extract", "all"):
        out += bench_extraction(shared, args.rounds, args.with_listings)
    if args.part in ("crawl", "all"):
        out += bench_crawl(shared, args.rounds)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
