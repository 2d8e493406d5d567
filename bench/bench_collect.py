"""Collector benchmarks: extraction speed against trafilatura, crawl throughput against a local server.

Extraction: every real article page of ../shared/html (national/*_article*.html and the fundus-vn page)
is extracted by dvtext (:func:`dvtext.collect.html.extract_article`, from bytes, metadata included) and
by trafilatura on the same bytes, both as ``trafilatura.extract`` (text only, its default settings) and
``trafilatura.bare_extraction(with_metadata=True)`` (text + metadata, the same work as dvtext). Each
system runs ``--rounds`` passes over the pages after one warm-up pass; the best pass gives pages/second.
The ratio is dvtext over the faster trafilatura mode (target: >= 1).

Crawl: ``dvtext crawl`` runs in a child process against a local HTTP server (zero delay, robots.txt
honoured, every response written to WARC, every article extracted, hashed and appended) on two sites of
``--articles`` pages: small synthetic pages, and copies of a real 270 KB vnexpress page (so extraction
weighs as on a real site). Pages/second come from the crawl's own report; peak memory is the child's
maximum resident set size.

Usage:
    python bench/bench_collect.py [--shared ../shared] [--rounds 5] [--part extract|crawl|all] [--articles 300]
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
def _site_server(pages: dict[str, tuple[bytes, str]]) -> tuple[object, int]:
    """A keep-alive HTTP/1.1 server on 127.0.0.1 serving ``pages`` (path -> body, content type)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # as real servers: no delayed-ACK stall between headers and body

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body, ctype = pages.get(self.path, (b"not found", "text/plain"))
            self.send_response(200 if self.path in pages else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, srv.server_address[1]


def _site(n: int, per_page: int, article: Callable[[int], bytes]) -> dict[str, tuple[bytes, str]]:
    """A listing /tin/ paginated as /tin/trang-N.html linking ``n`` article pages."""
    html = "text/html; charset=utf-8"
    pages: dict[str, tuple[bytes, str]] = {"/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain")}
    npages = -(-n // per_page)
    for p in range(1, npages + 1):
        items = range((p - 1) * per_page + 1, min(p * per_page, n) + 1)
        links = "".join(f'<li><a href="/tin/bai-viet-dan-van-so-{i}-{100000 + i}.html">Bài {i}</a></li>' for i in items)
        nxt = f'<a rel="next" href="/tin/trang-{p + 1}.html">Trang sau</a>' if p < npages else ""
        path = "/tin/" if p == 1 else f"/tin/trang-{p}.html"
        pages[path] = (f"<html><body><ul>{links}</ul>{nxt}</body></html>".encode(), html)
        for i in items:
            pages[f"/tin/bai-viet-dan-van-so-{i}-{100000 + i}.html"] = (article(i), html)
    return pages


def _synthetic_article(i: int) -> bytes:
    paras = "".join(f"<p>Đoạn {k} của bài {i}: Ban Dân vận Tỉnh ủy phối hợp với Mặt trận Tổ quốc tổ chức "
                    f"hội nghị; tỷ lệ hộ nghèo giảm còn {i % 30},{k}%.</p>" for k in range(8))
    return (f"<html><head><meta charset='utf-8'><title>Bài {i}</title></head><body><article>"
            f"<h1>Công tác dân vận ở cơ sở, bài {i}</h1>{paras}</article></body></html>").encode()


def _real_article(shared: Path) -> Callable[[int], bytes] | None:
    """Copies of a real saved article page, each with a marker in a body paragraph (distinct texts)."""
    page = shared / "html" / "national" / "vnexpress_article.html"
    if not page.exists():
        return None
    from dvtext.collect.html import extract_article

    html = page.read_text(encoding="utf-8")
    text = extract_article(page.read_bytes(), url="https://vnexpress.net/x-5047363.html").text
    needle = next((p[:20] for p in reversed(text.split("\n\n")) if p[:20] in html), None)
    if needle is None:
        return None
    return lambda i: html.replace(needle, f"Bài thử số {i}. " + needle).encode("utf-8")


def _run_crawl(url: str, out: Path) -> tuple[dict[str, object], float]:
    """Run ``dvtext crawl`` in a child process; returns its report and the child's peak RSS in MB."""
    import json
    import resource
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run([sys.executable, "-m", "dvtext", "crawl", url, "--out", str(out), "--delay", "0",
                           "--quiet", "--no-sitemaps"], env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise RuntimeError(proc.stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report, max(peak, before) / 1024


def bench_crawl(shared: Path, rounds: int, n: int = 300) -> list[str]:
    """Crawl throughput against a local server with zero delay: pages/second and peak memory."""
    import tempfile

    lines = [f"crawl: dvtext crawl in a child process, local server, --delay 0, {n} articles per site",
             f"{'site':34s} {'pages/s':>9s} {'articles/s':>11s} {'pages':>6s} {'articles':>9s} {'peak RSS MB':>12s}"]
    sites: list[tuple[str, Callable[[int], bytes]]] = [("synthetic pages (2 KB)", _synthetic_article)]
    real = _real_article(shared)
    if real is not None:
        sites.append(("real vnexpress page (270 KB) copies", real))
    for name, article in sites:
        srv, port = _site_server(_site(n, 20, article))
        try:
            with tempfile.TemporaryDirectory() as tmp:
                report, peak = _run_crawl(f"http://127.0.0.1:{port}/tin/", Path(tmp) / "a")
        finally:
            srv.shutdown()  # type: ignore[attr-defined]
        secs = float(report["seconds"])  # type: ignore[arg-type]
        fetched, arts = int(report["fetched"]), int(report["articles"])  # type: ignore[call-overload]
        lines.append(f"{name:34s} {fetched / secs:9.1f} {arts / secs:11.1f} {fetched:6d} {arts:9d} {peak:12.0f}")
    lines.append("(pages = every HTTP response: robots.txt, listings, articles; the time is the crawl's own, "
                 "from its report, without the interpreter start-up)")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=os.environ.get("DVTEXT_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--part", choices=("extract", "crawl", "all"), default="all")
    ap.add_argument("--articles", type=int, default=300, help="articles per site in the crawl benchmark")
    ap.add_argument("--with-listings", action="store_true", help="also time the listing pages (dvtext refuses them)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    out: list[str] = []
    if args.part in ("extract", "all"):
        out += bench_extraction(shared, args.rounds, args.with_listings)
    if args.part in ("crawl", "all"):
        out += bench_crawl(shared, args.rounds, args.articles)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
