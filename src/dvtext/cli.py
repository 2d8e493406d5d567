"""The ``dvtext`` command line. Thin: every subcommand maps its flags onto a library call.

Exit codes:
    0  success
    1  the work ran but some items failed (reported on stderr; the output holds the rest)
    2  usage error (bad flags, no input found)
    3  a model or data file is missing or invalid
    4  a file or folder could not be read or written (missing parent folder, permissions, disk full)
    130 interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from dvtext import __version__
from dvtext.errors import DvtextError, InputError, ModelError

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_MODEL, EXIT_IO, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130

Handler = Callable[[argparse.Namespace], int]


# --------------------------------------------------------------------------- analyze
class _Skips:
    """How many articles a command skipped; each skip says why on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def skip(self, where: Any, reason: Any) -> None:
        self.count += 1
        print(f"dvtext: skipped {where}: {reason}", file=sys.stderr)


def _results(items: Iterable[Any], fn: Callable[[Any], Any], skips: _Skips) -> Iterator[tuple[Any, Any]]:
    """``(article, fn(article))`` for every readable article of ``items``; an unreadable source or an article
    ``fn`` refuses (:class:`InputError`) is skipped, never the end of the run."""
    from dvtext.io.readers import Unreadable

    for item in items:
        if isinstance(item, Unreadable):
            skips.skip(item.location, item.reason)
            continue
        try:
            result = fn(item)
        except InputError as exc:
            skips.skip(item.id or item.source, exc)
            continue
        yield item, result


def cmd_analyze(args: argparse.Namespace) -> int:
    from dvtext.io.readers import read_articles
    from dvtext.io.terminal import write_summary
    from dvtext.pipeline import analyze

    out_fh: TextIO | None = None
    skips = _Skips()
    count = 0
    tmp: Path | None = None
    try:
        if args.output and args.output != "-":
            if Path(args.output).is_dir():
                raise InputError(f"-o {args.output} is a folder: give a file name such as {Path(args.output) / 'out.jsonl'}")
            tmp = Path(args.output + ".part")
            out_fh = tmp.open("w", encoding="utf-8")
        elif args.output == "-":
            out_fh = sys.stdout
        topics: Any = False if args.no_topics else None
        for _item, result in _results(read_articles(args.paths), lambda a: analyze(a, topics=topics), skips):
            count += 1
            if out_fh is not None:
                out_fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            else:
                write_summary(result, sys.stdout)
        if out_fh is not None and out_fh is not sys.stdout:
            out_fh.close()
            assert tmp is not None
            tmp.replace(args.output)
            print(f"dvtext: wrote {count} record(s) to {args.output}", file=sys.stderr)
    finally:
        if out_fh is not None and out_fh is not sys.stdout and not out_fh.closed:
            out_fh.close()
    if count == 0 and skips.count == 0:
        print("dvtext: no articles found in " + ", ".join(args.paths), file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PARTIAL if skips.count else EXIT_OK


# --------------------------------------------------------------------------- topics
def _progress(msg: str) -> None:
    print(f"dvtext: {msg}", file=sys.stderr, flush=True)


def cmd_train(args: argparse.Namespace) -> int:
    import time

    from dvtext.topics.evaluation import format_report
    from dvtext.topics.model import TopicSettings
    from dvtext.topics.training import check_document_options, read_corpus, train

    started = time.perf_counter()
    jobs = args.jobs if args.jobs is not None else min(os.cpu_count() or 1, 8)
    check_document_options(jobs=jobs, cache=args.cache)
    corpus = read_corpus(args.corpus, shared=args.shared)
    if not corpus:
        print(f"dvtext: no labelled articles in {args.corpus}", file=sys.stderr)
        return EXIT_USAGE
    n_ver = sum(1 for a in corpus if a.verified)
    _progress(f"{len(corpus)} labelled articles ({n_ver} verified); training with seed {args.seed}")
    from dvtext.topics.features import FeatureSettings

    feats = FeatureSettings(rule_features=not args.no_rule_features)
    settings = TopicSettings(folds=args.folds, features=feats)
    model = train(corpus, seed=args.seed, family=args.family, settings=settings, progress=_progress, jobs=jobs,
                  cache=args.cache)
    model_path, card_path = model.save(args.output)
    cv = model.card["cross_validation"]
    print(format_report(cv["model"], title=f"cross-validated on {n_ver} verified articles "
                        f"({cv['folds']} folds), family {model.card['family']}:",
                        other=cv.get("rules_baseline"), other_name="rules"))
    for fam, m in cv["families"].items():
        print(f"  {fam:<7} micro-F1 {m['micro']['f1']:.3f}  macro-F1 {m['macro']['f1']:.3f}  "
              f"primary accuracy {m['primary_accuracy']:.3f}")
    print(f"wrote {model_path} ({model_path.stat().st_size / 1e6:.1f} MB) and {card_path} "
          f"in {time.perf_counter() - started:.0f}s")
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dvtext.topics.evaluation import format_report
    from dvtext.topics.model import load_model
    from dvtext.topics.training import check_document_options, evaluate, read_corpus

    jobs = args.jobs if args.jobs is not None else min(os.cpu_count() or 1, 8)
    check_document_options(jobs=jobs, cache=args.cache)
    model = load_model(None if args.model in ("default", "shipped") else args.model)
    corpus = read_corpus(args.corpus, shared=args.shared, verified_only=not args.all)
    metrics = evaluate(model, corpus, verified_only=not args.all, jobs=jobs, cache=args.cache, progress=_progress)
    print(format_report(metrics, title=f"{args.model} on {args.corpus}"
                        f" ({'all' if args.all else 'verified'} articles):"))
    if metrics["seen_in_training"]:
        print(f"note: {metrics['seen_in_training']} of these articles were in the model's training data; "
              "these figures are not held-out figures (the model card has the cross-validated ones)")
    if args.json:
        Path(args.json).write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    from dvtext.io.readers import read_articles
    from dvtext.io.terminal import write_topics
    from dvtext.topics.model import default_model, load_model

    model = load_model(args.model) if args.model else default_model()
    items: list[Any] = []
    if args.text is not None:
        from dvtext.types import Article

        items.append(Article(text=args.text, title=args.title, id="text"))
    skips = _Skips()
    count = 0
    out_fh: TextIO = sys.stdout
    if args.output and args.output != "-":
        out_fh = Path(args.output).open("w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        sources = [*items, *(read_articles(args.paths) if args.paths else [])]
        for item, (scores, primary) in _results(sources, lambda a: model.predict(a, explain=not args.no_explain),
                                                skips):
            count += 1
            if args.output or args.json:
                rec = {"id": item.id, "title": item.title, "topics": [t.to_dict() for t in scores],
                       "primary_topic": primary}
                out_fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                continue
            write_topics(item.title or item.id or "(untitled)", primary, scores, out_fh)
    finally:
        if out_fh is not sys.stdout:
            out_fh.close()
    if count == 0 and skips.count == 0:
        print("dvtext: nothing to classify: give files, folders or --text", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PARTIAL if skips.count else EXIT_OK

# --------------------------------------------------------------------------- extract
def cmd_extract(args: argparse.Namespace) -> int:
    import gzip

    from dvtext.collect.html import extract_article
    from dvtext.collect.sites import load_profile
    from dvtext.errors import ExtractionError

    profile: Any = None
    if args.generic:
        profile = False
    elif args.profile:
        profile = load_profile(args.profile)
    if args.show_profile:
        from dvtext.collect.sites import profile_for_url

        prof = profile if profile not in (None, False) else (profile_for_url(args.url) if args.url else None)
        if prof is None:
            print("dvtext: no site profile (pass --url or --profile)", file=sys.stderr)
            return EXIT_USAGE
        print(json.dumps(prof.to_dict(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not args.pages:
        print("dvtext: give at least one PAGE.html (or --show-profile)", file=sys.stderr)
        return EXIT_USAGE
    if args.url and len(args.pages) > 1:
        print("dvtext: --url applies to one page; give one PAGE with --url", file=sys.stderr)
        return EXIT_USAGE
    failures = 0
    for page in args.pages:
        try:
            data = sys.stdin.buffer.read() if page == "-" else Path(page).read_bytes()
        except OSError as exc:
            print(f"dvtext: cannot read {page}: {exc}", file=sys.stderr)
            failures += 1
            continue
        if data[:2] == b"\x1f\x8b":
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                print(f"dvtext: {page}: broken gzip file: {exc}", file=sys.stderr)
                failures += 1
                continue
        try:
            article = extract_article(data, url=args.url, content_type=args.content_type, profile=profile)
        except (ExtractionError, InputError) as exc:
            print(f"dvtext: {page}: {exc}", file=sys.stderr)
            failures += 1
            continue
        record = {
            "title": article.title,
            "lead": article.lead,
            "text": article.text,
            "author": article.author,
            "published": article.published,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "category": article.category,
            "tags": list(article.tags),
            "source": article.source,
        }
        indent = 2 if (args.pretty and len(args.pages) == 1) else None
        print(json.dumps(record, ensure_ascii=False, indent=indent))
    if failures:
        return EXIT_PARTIAL
    return EXIT_OK


# --------------------------------------------------------------------------- process / search
def _progress_bar(total: int | None, desc: str) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="art", file=sys.stderr, dynamic_ncols=True,
                disable=not sys.stderr.isatty() and total is None, mininterval=0.5)


def cmd_process(args: argparse.Namespace) -> int:
    from dvtext.batch import process
    from dvtext.io.readers import count_items

    total = None if args.no_count else count_items(args.inputs)
    bar = _progress_bar(total, "analysing")
    last = [0]

    def progress(done: int, _total: int | None) -> None:
        bar.update(done - last[0])
        last[0] = done

    try:
        report = process(args.inputs, out=args.out, fmt=args.format, jobs=args.jobs, engine=args.engine,
                         scheduler=args.scheduler, chunk_size=args.chunk_size, topics=not args.no_topics,
                         progress=progress, total=total)
    finally:
        bar.close()
    print("dvtext: " + report.summary(), file=sys.stderr)
    print(f"dvtext: output in {args.out}", file=sys.stderr)
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from dvtext.io.store import Store

    with Store(args.store, readonly=True) as store:
        hits = store.search(args.query, limit=args.limit)
    if args.json:
        for h in hits:
            print(json.dumps(h, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print("no match", file=sys.stderr)
    for h in hits:
        date = (h.get("published") or "")[:10]
        print(f"{h['id']}  {date:<10}  [{h['primary_topic']}]  {h['title'] or ''}")
        print(f"    {h['snippet']}")
        if h.get("url"):
            print(f"    {h['url']}")
    return EXIT_OK


def cmd_summarize(args: argparse.Namespace) -> int:
    from dvtext.summarize import write_report

    topics = [t.strip() for t in args.topic.split(",")] if args.topic else None
    files = write_report(args.source, args.out, topics=topics, by=args.by)
    index = next((f for f in files if f.name == "index.html"), None)
    print(f"dvtext: wrote {len(files)} file(s) to {args.out}" + (f"; open {index}" if index else ""), file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- crawl
def cmd_crawl(args: argparse.Namespace) -> int:
    from dvtext.collect.crawl import CrawlProgress, crawl
    from dvtext.collect.settings import CrawlSettings

    if args.list_sites:
        from dvtext.collect.sites import profiles

        for prof in profiles():
            print(f"{prof.name:<18} {', '.join(prof.domains):<36} {prof.label}")
        return EXIT_OK
    if not args.target or not args.out:
        print("dvtext: crawl needs SITE_OR_URL and --out ARCHIVE_DIR (see dvtext crawl --help)", file=sys.stderr)
        return EXIT_USAGE
    settings = CrawlSettings().replace(
        contact=args.contact, user_agent_override=args.user_agent, delay=args.delay,
        connect_timeout=args.connect_timeout, read_timeout=args.timeout, deadline=args.deadline,
        max_bytes=args.max_bytes, max_redirects=args.max_redirects, retries=args.retries, proxy=args.proxy,
    )
    if args.ignore_robots:
        settings = settings.replace(robots=False)
    bar = None
    if not args.quiet:
        from tqdm import tqdm

        bar = tqdm(total=args.max, desc="crawl", unit="art", file=sys.stderr, dynamic_ncols=True,
                   disable=not sys.stderr.isatty(), mininterval=0.5)

    def progress(p: CrawlProgress) -> None:
        if bar is not None:
            bar.n = p.articles
            bar.set_postfix(fetched=p.fetched, errors=p.errors, pending=p.pending, refresh=False)
            bar.refresh()

    try:
        report = crawl(args.target, out=args.out, settings=settings, since=args.since, max_articles=args.max,
                       max_depth=args.depth, feeds=not args.no_feeds, sitemaps=not args.no_sitemaps,
                       progress=progress)
    finally:
        if bar is not None:
            bar.close()
    print(report.summary(), file=sys.stderr)
    print(f"dvtext: report written to {Path(args.out) / 'report.json'}", file=sys.stderr)
    return EXIT_PARTIAL if report.errors else EXIT_OK


def _topic_table() -> str:
    try:
        from dvtext.topics.taxonomy import describe
    except ImportError:  # pragma: no cover - the taxonomy ships with the package
        return "  (taxonomy not installed)"
    return "\n".join("  " + line for line in describe().splitlines())


# --------------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    p = argparse.ArgumentParser(
        prog="dvtext",
        description="Mine Vietnamese provincial and dân vận news: statistics, entities, topics.",
        epilog="Run 'dvtext COMMAND --help' for the options of a command.",
    )
    p.add_argument("--version", action="version", version=f"dvtext {__version__}")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser(
        "analyze",
        help="analyse articles (.txt, .html, .jsonl, .jsonl.gz, folders)",
        description=(
            "Analyse articles and print a summary, or write one JSON record per article with -o. "
            "A .txt file's first non-empty line is its title; JSONL lines need a 'text' field."
        ),
        epilog="Example: dvtext analyze corpora/samples/que-phong.txt\n"
        "         dvtext analyze archive.jsonl.gz -o analysed.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    a.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    a.add_argument("-o", "--output", metavar="OUT.jsonl", help="write JSONL records here ('-' for stdout)")
    a.add_argument("--no-topics", action="store_true", help="skip topic classification")
    a.set_defaults(handler=cmd_analyze)

    t = sub.add_parser(
        "train",
        help="train the topic classifier on a labelled corpus",
        description=(
            "Train the topic classifier from scratch: cross-validate the model families on the verified "
            "articles (test folds never seen in training), keep the better one, choose one threshold per "
            "label, fit on everything and save OUT.skops + OUT.card.json (the card holds the figures)."
        ),
        epilog="Example: dvtext train corpora/topics/labels.jsonl -o models/topics\n"
        "CORPUS is corpora/topics/labels.jsonl (texts from the shipped VNTC file and ../shared) or any JSONL\n"
        "with id, title, text, labels[, primary, verified].",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    t.add_argument("corpus", metavar="CORPUS", help="labelled corpus (labels.jsonl or JSONL with texts)")
    t.add_argument("-o", "--output", required=True, metavar="OUT", help="model path without suffix")
    t.add_argument("--seed", type=int, default=0, help="random seed (same seed + data = same model)")
    t.add_argument("--family", choices=("auto", "logreg", "svm"), default="auto",
                   help="model family; auto cross-validates both and keeps the better macro-F1")
    t.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    t.add_argument("--shared", metavar="DIR", help="the ../shared folder (baomoi texts); env DVTEXT_SHARED")
    t.add_argument("--no-rule-features", action="store_true",
                   help="words only: do not feed the keyword rules' output to the model")
    t.add_argument("--jobs", "-j", type=int, default=None,
                   help="processes for tokenising and for the cross-validation folds (default: the "
                        "machine's cores, at most 8; the model is the same with any number)")
    t.add_argument("--cache", metavar="FILE",
                   help="keep the tokenised articles in FILE and reuse them next time (saves the tokenising, "
                        "about 3 minutes of a run on the shipped corpus); started afresh when dvtext's "
                        "tokeniser or rules change, so the model is the same as without it")
    t.set_defaults(handler=cmd_train)

    e = sub.add_parser(
        "evaluate",
        help="score a topic model on labelled articles",
        description="Per-label precision, recall, F1 and support; micro and macro averages; primary-label "
        "accuracy; the labels most often mixed up. MODEL 'default' is the shipped model.",
        epilog="Example: dvtext evaluate models/topics corpora/topics/labels.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("model", metavar="MODEL", help="model path (or 'default')")
    e.add_argument("corpus", metavar="CORPUS", help="labelled corpus")
    e.add_argument("--all", action="store_true", help="score weakly labelled articles too")
    e.add_argument("--json", metavar="OUT.json", help="also write the figures as JSON")
    e.add_argument("--shared", metavar="DIR", help="the ../shared folder (baomoi texts)")
    e.add_argument("--jobs", "-j", type=int, default=None,
                   help="processes for tokenising (default: the machine's cores, at most 8; same figures)")
    e.add_argument("--cache", metavar="FILE",
                   help="keep the tokenised articles in FILE and reuse them next time (the same file as "
                        "train --cache); started afresh when dvtext's tokeniser or rules change")
    e.set_defaults(handler=cmd_evaluate)

    c = sub.add_parser(
        "classify",
        help="tag articles with topics (and the terms and sentences behind each)",
        description="Classify articles (.txt, .html, .jsonl, folders) or --text into the codebook's topics.",
        epilog="Example: dvtext classify corpora/samples/que-phong.txt\n"
        "         dvtext classify --text 'Huyện tổ chức đối thoại với nhân dân...' --json\n\n"
        "Topics (the codebook):\n" + _topic_table(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to read")
    c.add_argument("--text", help="classify this text")
    c.add_argument("--title", help="title of --text")
    c.add_argument("--model", metavar="MODEL", help="model path (default: the shipped model)")
    c.add_argument("-o", "--output", metavar="OUT.jsonl", help="write JSONL records here")
    c.add_argument("--json", action="store_true", help="print JSONL records instead of a summary")
    c.add_argument("--no-explain", action="store_true", help="labels and scores only (faster)")
    c.set_defaults(handler=cmd_classify)

    x = sub.add_parser(
        "extract",
        help="extract the article of saved news pages as JSON",
        description=(
            "Read a saved news page and print its article as one JSON object per page: title, lead, "
            "text (the lead then the body paragraphs; no title, byline, captions or related-news "
            "blocks), author, published (ISO 8601), url, canonical_url, category, tags, source. "
            "The site profile is found from --url or the page's canonical URL; pages of unknown sites "
            "go through the generic extractor. A page that is not an article (a listing, an empty "
            "body, a PDF) is reported on stderr with the reason and exit code 1."
        ),
        epilog="Example: dvtext extract saved/page.html --url https://baonghean.vn/...-10298765.html\n"
        "         dvtext extract --show-profile --url https://dangcongsan.vn/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    x.add_argument("pages", nargs="*", metavar="PAGE.html", help="saved pages (.html, .html.gz, '-' for stdin)")
    x.add_argument("--url", help="the page's URL (picks the site profile, resolves links)")
    x.add_argument("--profile", metavar="NAME|FILE.toml", help="use this site profile instead of finding one")
    x.add_argument("--generic", action="store_true", help="ignore site profiles: generic extractor only")
    x.add_argument("--content-type", metavar="VALUE", help="the HTTP Content-Type header the page came with")
    x.add_argument("--pretty", action="store_true", help="indent the JSON (one page only)")
    x.add_argument("--show-profile", action="store_true", help="print the site profile as JSON and exit")
    x.set_defaults(handler=cmd_extract)

    pr = sub.add_parser(
        "process",
        help="analyse an archive into a store, JSONL or tables (resumable, parallel)",
        description=(
            "Analyse every article of the inputs (folders of .txt/.html, .jsonl/.jsonl.gz, .warc/.warc.gz, "
            "a dvtext .sqlite store) and write the results. Killed and restarted with the same output, it "
            "skips what is done. An article that fails becomes an error row and the batch goes on."
        ),
        epilog="Examples:\n"
        "  dvtext process archive.jsonl.gz --out archive.sqlite --jobs 2\n"
        "  dvtext process crawl/warc/ --out tables/ --format parquet\n"
        "  dvtext process big.jsonl.gz --out big.sqlite --engine dask --scheduler tcp://10.0.0.5:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pr.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders to read")
    pr.add_argument("--out", "-o", required=True, metavar="OUT",
                    help="STORE.sqlite, OUT.jsonl, or a folder for --format csv|parquet")
    pr.add_argument("--format", choices=("sqlite", "jsonl", "csv", "parquet"),
                    help="output format (default: from the --out name)")
    pr.add_argument("--jobs", "-j", type=int, default=1, help="worker processes (default 1)")
    pr.add_argument("--engine", choices=("local", "dask"), default="local", help="where workers run")
    pr.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                    help="Dask scheduler address (default: a LocalCluster on this machine)")
    pr.add_argument("--chunk-size", type=int, default=16, help="articles per task (default 16)")
    pr.add_argument("--no-topics", action="store_true", help="skip topic classification")
    pr.add_argument("--no-count", action="store_true", help="do not pre-count inputs (no ETA)")
    pr.set_defaults(handler=cmd_process)

    su = sub.add_parser(
        "summarize",
        help="write topic summaries (JSON, CSV, Markdown, HTML with charts)",
        description=(
            "Summarise an analysed archive per topic: article counts over time, by province and by source; "
            "distinguishing terms; representative articles and sentences; key statistics with conflicting "
            "values flagged; most-mentioned bodies and people; co-occurring topics."
        ),
        epilog="Example: dvtext summarize archive.sqlite -o report/ --topic giam_ngheo --by province",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    su.add_argument("source", metavar="STORE_OR_JSONL", help="a dvtext store or a JSONL of analysis records")
    su.add_argument("-o", "--out", required=True, metavar="DIR", help="report folder (created)")
    su.add_argument("--topic", metavar="ID[,ID...]", help="only these topics (default: all with articles)")
    su.add_argument("--by", choices=("month", "province", "source"), default="month",
                    help="the breakdown that leads each topic (default: month)")
    su.set_defaults(handler=cmd_summarize)

    se = sub.add_parser("search", help="full-text search in a dvtext store",
                        description="Search titles and bodies of a store (SQLite FTS5; a plain phrase "
                        "matches as a phrase; AND/OR/NOT, prefix* and \"quotes\" work).")
    se.add_argument("query", help='e.g. "cải cách hành chính"')
    se.add_argument("--store", "-s", required=True, metavar="STORE.sqlite")
    se.add_argument("--limit", "-n", type=int, default=20)
    se.add_argument("--json", action="store_true", help="one JSON object per hit")
    se.set_defaults(handler=cmd_search)

    cr = sub.add_parser(
        "crawl",
        help="collect articles from a news site into an archive folder (resumable)",
        description=(
            "Crawl a site politely into ARCHIVE_DIR: frontier.sqlite (state, resumable after a kill), "
            "warc/*.warc.gz (every response, for re-extraction), articles.jsonl (extracted articles) and "
            "report.json. SITE_OR_URL is a profile name or site (baonghean, baonghean.vn; see --list-sites) "
            "or a start URL (a category page; unknown sites get the generic profile). Running the same "
            "command again resumes an interrupted crawl, or recrawls a finished one with conditional "
            "requests. robots.txt is honoured; TLS is always verified."
        ),
        epilog="Examples:\n"
        "  dvtext crawl baonghean.vn --out archive/baonghean --since 2024-01-01\n"
        "  dvtext crawl https://tinhuy.example.vn/xay-dung-dang/ --out archive/th --max 500 --delay 2\n"
        "  dvtext analyze archive/baonghean/warc -o analysed.jsonl   # re-extract and analyse",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cr.add_argument("target", nargs="?", metavar="SITE_OR_URL", help="site profile name, site, or start URL")
    cr.add_argument("--out", "-o", metavar="ARCHIVE_DIR", help="archive folder (created; reused to resume)")
    cr.add_argument("--since", metavar="YYYY-MM-DD", help="skip articles published before this date")
    cr.add_argument("--max", type=int, metavar="N", help="stop after N articles (counted across resumes)")
    cr.add_argument("--depth", type=int, metavar="N", help="how many listing pages deep to paginate")
    cr.add_argument("--delay", type=float, metavar="S", help="seconds between requests to a host (default 1)")
    cr.add_argument("--timeout", type=float, metavar="S", help="read timeout in seconds (default 30)")
    cr.add_argument("--connect-timeout", type=float, metavar="S", help="connect timeout (default 10)")
    cr.add_argument("--deadline", type=float, metavar="S", help="total seconds per request (default 120)")
    cr.add_argument("--max-bytes", type=int, metavar="N", help="largest page body in bytes (default 10 MiB)")
    cr.add_argument("--max-redirects", type=int, metavar="N", help="redirects followed (default 20)")
    cr.add_argument("--retries", type=int, metavar="N", help="retries of transient failures (default 3)")
    cr.add_argument("--contact", metavar="URL_OR_MAILTO", help="contact put in the User-Agent")
    cr.add_argument("--user-agent", metavar="STRING", help="replace the whole User-Agent")
    cr.add_argument("--proxy", metavar="URL", help="HTTP(S) proxy for every request")
    cr.add_argument("--no-feeds", action="store_true", help="do not read the site's RSS feeds")
    cr.add_argument("--no-sitemaps", action="store_true", help="do not read sitemaps")
    cr.add_argument("--ignore-robots", action="store_true", help="ignore robots.txt (only for your own sites)")
    cr.add_argument("--list-sites", action="store_true", help="list the shipped site profiles and exit")
    cr.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    cr.set_defaults(handler=cmd_crawl)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dvtext`` command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):  # a detached stream
                stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING - 10 * min(args.verbose, 2)
    logging.basicConfig(level=level, format="dvtext: %(levelname)s %(name)s: %(message)s")
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("dvtext: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ModelError as exc:
        print(f"dvtext: model error: {exc}", file=sys.stderr)
        return EXIT_MODEL
    except DvtextError as exc:
        print(f"dvtext: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except OSError as exc:  # an output folder that cannot be made, a full disk, a read-only file...
        where = f" {exc.filename}" if exc.filename else ""
        print(f"dvtext: cannot read or write{where}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_IO


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
