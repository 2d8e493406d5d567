"""Run the analysis over many articles: worker processes or a Dask cluster, resumable, one error per row.

The unit of work is :func:`process_chunk`: a list of articles (as dicts) in, a list of results out, each
either ``{"record": <analysis record>, "content_hash": ...}`` or ``{"error": <reason>, ...}``. The same
function runs in-process (``jobs=1``), in a pool of worker processes (``jobs=N``, models loaded once per
worker) or on Dask workers (``engine="dask"``), so all engines give identical output, in input order.

Resuming: every article gets a content hash (sha1 of title and body); the sink knows the hashes it holds,
and a restarted run skips them. Memory stays flat: input is streamed, and at most a few chunks per worker
are in flight.

Example:
    >>> from dvtext.batch import process
    >>> report = process(["archive.jsonl.gz"], out="archive.sqlite", jobs=2)  # doctest: +SKIP
    >>> report.processed, report.failed  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dvtext.errors import InputError
from dvtext.io.readers import Unreadable, read_articles
from dvtext.io.writers import Sink, open_sink
from dvtext.types import Article

__all__ = ["BatchReport", "content_hash", "process", "process_chunk", "iter_work"]

log = logging.getLogger(__name__)

Result = dict[str, Any]
Progress = Callable[[int, int | None], None]


@dataclass(slots=True)
class BatchReport:
    """What a batch run did."""

    processed: int = 0
    failed: int = 0
    skipped_done: int = 0
    duplicates: int = 0
    seconds: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Articles per second (processed + failed)."""
        return (self.processed + self.failed) / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """One paragraph for the terminal."""
        lines = [
            f"processed {self.processed} article(s), {self.failed} failed, {self.skipped_done} already done, "
            f"{self.duplicates} duplicate(s) skipped, in {self.seconds:.1f} s ({self.rate:.1f} articles/s)"
        ]
        for reason, n in sorted(self.errors.items(), key=lambda kv: -kv[1])[:10]:
            lines.append(f"  {n:>6} × {reason}")
        return "\n".join(lines)


def content_hash(article: Article) -> str:
    """sha1 of the title and the body: the identity a resumed run uses to skip what is done."""
    h = hashlib.sha1()
    h.update((article.title or "").encode("utf-8", "surrogatepass"))
    h.update(b"\x00")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def process_chunk(items: list[dict[str, Any]], topics: bool = True) -> list[Result]:
    """Analyse a chunk of work items (``{"article": dict, "content_hash": str, "location": str}``).

    Never raises for one article: a failure becomes ``{"error": ...}`` with its reason.
    """
    from dvtext.pipeline import analyze

    out: list[Result] = []
    for item in items:
        art = item["article"]
        base = {"content_hash": item["content_hash"], "location": item.get("location"), "id": art.get("id")}
        try:
            analysis = analyze(Article.from_dict(art), topics=None if topics else False)
            rec = analysis.to_dict()
            words = " ".join(t.text.lower().replace(" ", "_") for t in analysis.tokens if t.kind == "word")
            out.append({"record": rec, "content_hash": item["content_hash"], "words": words})
        except Exception as exc:  # one bad article never sinks the batch
            reason = f"{type(exc).__name__}: {exc}"
            log.debug("article %s failed: %s", base["id"], reason)
            out.append({**base, "error": reason, "stage": "analyze"})
    return out


def iter_work(inputs: Iterable[str], done: set[str], report: BatchReport) -> Iterator[dict[str, Any]]:
    """Work items from the inputs, skipping what is done and duplicates; unreadable items become errors."""
    seen: set[str] = set()
    for n, item in enumerate(read_articles(inputs)):
        if isinstance(item, Unreadable):
            h = hashlib.sha1(f"unreadable:{item.location}".encode()).hexdigest()
            if h in done:
                report.skipped_done += 1
                continue
            yield {"unreadable": True, "location": item.location, "reason": item.reason, "content_hash": h}
            continue
        h = content_hash(item)
        if h in done:
            report.skipped_done += 1
            continue
        if h in seen:
            report.duplicates += 1
            continue
        seen.add(h)
        art = item.to_dict()
        if not art.get("id"):
            art["id"] = h[:16]
        yield {"article": art, "content_hash": h, "location": item.source or f"item {n}"}


def _chunks(items: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _split_unreadable(chunk: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Result]]:
    work, errs = [], []
    for it in chunk:
        if it.get("unreadable"):
            errs.append({"error": it["reason"], "location": it["location"], "content_hash": it["content_hash"],
                         "stage": "read"})
        else:
            work.append(it)
    return work, errs


def _init_worker() -> None:
    """Load the models once per worker process, before the first article."""
    from dvtext.text.tokens import load_model

    load_model()


def _run_local(chunks: Iterator[list[dict[str, Any]]], jobs: int, topics: bool) -> Iterator[list[Result]]:
    if jobs <= 1:
        for chunk in chunks:
            work, errs = _split_unreadable(chunk)
            yield errs + process_chunk(work, topics)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    window: deque[tuple[list[Result], Future[list[Result]]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker) as pool:
        for chunk in chunks:
            work, errs = _split_unreadable(chunk)
            window.append((errs, pool.submit(process_chunk, work, topics)))
            while len(window) >= jobs * 3:
                errs0, fut = window.popleft()
                yield errs0 + fut.result()
        while window:
            errs0, fut = window.popleft()
            yield errs0 + fut.result()


def _run_dask(chunks: Iterator[list[dict[str, Any]]], scheduler: str | None, topics: bool,
              window_size: int = 8) -> Iterator[list[Result]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - optional extra
        raise InputError("the dask engine needs dask.distributed: pip install 'dvtext[dask]'") from None
    cluster = None
    if scheduler in (None, "", "local"):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window: deque[tuple[list[Result], Any]] = deque()
        for chunk in chunks:
            work, errs = _split_unreadable(chunk)
            window.append((errs, client.submit(process_chunk, work, topics, pure=False)))
            while len(window) >= max(window_size, n_workers * 3):
                errs0, fut = window.popleft()
                yield errs0 + fut.result()
        while window:
            errs0, fut = window.popleft()
            yield errs0 + fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def process(
    inputs: Iterable[str],
    *,
    out: str | Sink,
    fmt: str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = 16,
    topics: bool = True,
    progress: Progress | None = None,
    total: int | None = None,
) -> BatchReport:
    """Analyse every article of ``inputs`` into ``out``; resumable and fault-tolerant.

    Args:
        inputs: files or folders (.txt, .html, .jsonl, .jsonl.gz, .warc/.warc.gz when the collector is
            installed, a dvtext .sqlite store).
        out: a ``.jsonl`` file, a ``.sqlite`` store, a folder (with ``fmt`` csv/parquet), or a sink.
        jobs: worker processes for the local engine.
        engine: ``"local"`` or ``"dask"``.
        scheduler: Dask scheduler address (``tcp://HOST:PORT``); ``None`` starts a LocalCluster.
        chunk_size: articles per task.
        topics: classify topics (the shipped model).
        progress: called as ``progress(done, total)`` after every chunk.
        total: the number of items, when known (for the progress ETA).

    Returns:
        A :class:`BatchReport`.
    """
    if jobs < 1:
        raise InputError("jobs must be at least 1")
    if engine not in ("local", "dask"):
        raise InputError(f"unknown engine {engine!r}: use local or dask")
    sink = open_sink(out, fmt=fmt) if isinstance(out, str) else out
    report = BatchReport()
    t0 = time.perf_counter()
    try:
        done = sink.done_hashes()
        chunks = _chunks(iter_work(inputs, done, report), chunk_size)
        runner = (_run_dask(chunks, scheduler, topics) if engine == "dask" else _run_local(chunks, jobs, topics))
        for results in runner:
            ok, bad = sink.write(results)
            report.processed += ok
            report.failed += bad
            for r in results:
                if "error" in r:
                    key = r["error"].split(":")[0][:60]
                    report.errors[key] = report.errors.get(key, 0) + 1
            if progress is not None:
                seen = report.processed + report.failed + report.skipped_done + report.duplicates
                progress(seen, total)
    finally:
        sink.close()
        report.seconds = time.perf_counter() - t0
    return report
