"""Speed of the topic classifier: classification of pre-tokenised articles on one core, and training.

* **classify**: ``--articles`` (default 10,000) tokenised articles (tokens + the rules' tokens) of ../shared/corpora go through
  ``TopicModel.classify_documents`` in batches on one core (BLAS/OpenMP limited to one thread);
  articles/second is printed (target ≥ 1,000/s). Tokenising is not timed: it is the analysis core's
  work, done once and cached in ``out/topics/bench-documents.jsonl``. ``--distinct`` articles are tokenised
  and cycled to reach ``--articles`` (the cost of an article does not depend on having seen it).
  The explained path (``predict`` with terms and sentences, what ``dvtext analyze`` runs) is timed on
  ``--explained`` articles from their text, tokenisation included.
* **train** (``--train``): training from scratch on the labelled corpus — tokenising, cross-validating
  both families, fitting the final model (target < 10 minutes on the 2-core machine).

Usage::

    python bench/bench_topics.py [--articles 10000] [--distinct 2500] [--model PATH] [--train]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # running as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from dvtext.topics.model import load_model  # noqa: E402
from dvtext.topics.training import corpus_documents, read_corpus, train  # noqa: E402

CACHE = ROOT / "out" / "topics" / "bench-documents.jsonl"


def default_shared() -> Path:
    env = os.environ.get("DVTEXT_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def bench_articles(shared: Path, n: int) -> list[tuple[str | None, str]]:
    """The first ``n`` baomoi articles with a body of at least 500 characters, as ``(title, text)``."""
    out: list[tuple[str | None, str]] = []
    with gzip.open(shared / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if len(d.get("text") or "") >= 500:
                out.append((d.get("title"), d["text"]))
                if len(out) >= n:
                    break
    return out


def cached_docs(shared: Path, n: int) -> list[tuple[str, ...]]:
    """``n`` tokenised articles: ``corpus_documents(cache=CACHE)``, tokenised once and again only when
    dvtext's tokeniser or rules change."""
    from types import SimpleNamespace

    arts = [SimpleNamespace(title=title, text=text) for title, text in bench_articles(shared, n)]
    if not CACHE.exists():
        print(f"tokenising {len(arts)} articles once (cached in {CACHE})", file=sys.stderr)
    return list(corpus_documents(arts, cache=CACHE))  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=default_shared())
    ap.add_argument("--model", help="model path (default: the shipped model)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--distinct", type=int, default=2_500)
    ap.add_argument("--batch", type=int, default=1_000)
    ap.add_argument("--explained", type=int, default=200)
    ap.add_argument("--train", action="store_true", help="also time training from scratch")
    ap.add_argument("--corpus", default=str(ROOT / "corpora" / "topics" / "labels.jsonl"))
    args = ap.parse_args(argv)

    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    t0 = time.perf_counter()
    model = load_model(args.model)
    print(f"model: {model!r}, loaded in {time.perf_counter() - t0:.2f}s")
    distinct = cached_docs(args.shared, min(args.distinct, args.articles))
    docs = [distinct[i % len(distinct)] for i in range(args.articles)]
    words = sum(len(d[0].split()) + len(d[1].split()) for d in distinct) / len(distinct)
    t0, c0 = time.perf_counter(), time.process_time()
    assigned = 0
    for start in range(0, len(docs), args.batch):
        for labels, _primary in model.classify_documents(docs[start : start + args.batch]):
            assigned += bool(labels)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"classify: {len(docs):,} tokenised articles ({len(distinct):,} distinct, {words:.0f} words on "
          f"average) on one core: {dt:.1f}s wall = {len(docs) / dt:,.0f} articles/s; {cpu:.1f}s CPU = "
          f"{len(docs) / cpu:,.0f} articles/s (CPU time: what one free core does; wall time counts other "
          f"processes' use of the machine) — {assigned / len(docs):.0%} got a label")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    raw = bench_articles(args.shared, args.explained)
    t0 = time.perf_counter()
    for title, text in raw:
        model.predict(text, title=title, explain=True)
    dt = time.perf_counter() - t0
    print(f"explained: {len(raw)} articles from raw text (tokenising, sentences, terms, sentence tags) "
          f"= {len(raw) / dt:,.1f} articles/s")
    if args.train:
        t0 = time.perf_counter()
        corpus = read_corpus(args.corpus, shared=args.shared)
        trained = train(corpus, seed=0, family="auto", progress=lambda m: print("  " + m, file=sys.stderr))
        dt = time.perf_counter() - t0
        cv = trained.card["cross_validation"]["model"]
        print(f"train from scratch: {len(corpus)} articles in {dt:.0f}s ({dt / 60:.1f} min; target < 10 min); "
              f"family {trained.card['family']}, CV micro-F1 {cv['micro']['f1']:.3f}, macro-F1 {cv['macro']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
