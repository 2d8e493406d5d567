"""The ``dvtext`` command line. Thin: every subcommand maps its flags onto a library call.

Exit codes:
    0  success
    1  the work ran but some items failed (reported on stderr; the output holds the rest)
    2  usage error (bad flags, no input found)
    3  a model or data file is missing or invalid
    130 interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from dvtext import __version__
from dvtext.errors import DvtextError, InputError, ModelError

__all__ = ["main", "build_parser"]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_MODEL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

Handler = Callable[[argparse.Namespace], int]


# --------------------------------------------------------------------------- analyze
def _print_summary(analysis: Any, out: TextIO) -> None:
    """A human summary of one analysis: title, counts, and the statistics table."""
    d = analysis.to_dict()
    out.write(f"\n{d['title'] or '(untitled)'}\n")
    out.write(f"  id {d['id']} · {len(d['sentences'])} sentences · {len(d['statistics'])} statistics · "
              f"{len(d['dates'])} dates · {len(d['entities'])} entities\n")
    if d["topics"]:
        tops = ", ".join(f"{t['label']} {t['score']:.2f}" for t in d["topics"])
        out.write(f"  topics: {tops} (primary: {d['primary_topic']})\n")
    for err in d["errors"]:
        out.write(f"  ! {err}\n")
    stats = d["statistics"]
    if not stats:
        out.write("  (no statistics found)\n")
        return
    rows = [("#", "value", "unit", "kind", "qualifier/change", "indicator", "text")]
    for i, s in enumerate(stats, 1):
        value = _fmt_number(s["value"])
        if s.get("high") is not None:
            value += "–" + _fmt_number(s["high"])
        if s.get("denominator") is not None:
            value += "/" + _fmt_number(s["denominator"])
        qual = s["qualifier"] if s["qualifier"] != "exact" else ""
        if s.get("change"):
            qual = (qual + " " + s["change"]).strip()
        rows.append((str(i), value, s["unit"] or "", s["kind"], qual, s["indicator"] or "", s["text"]))
    widths = [min(max(len(r[c]) for r in rows), 40) for c in range(len(rows[0]))]
    for n, r in enumerate(rows):
        cells = [r[c][: widths[c]].ljust(widths[c]) for c in range(len(r))]
        out.write("  " + "  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  " + "  ".join("-" * w for w in widths) + "\n")
    if d["entities"]:
        out.write("  entities:\n")
        for e in d["entities"][:40]:
            extra = e.get("canonical") or e.get("type") or ""
            out.write(f"    {e['label']:<4} {e['text']}" + (f"  ({extra})" if extra and extra != e["text"] else "") + "\n")


def _fmt_number(v: float) -> str:
    if v == int(v) and abs(v) < 1e15:
        return f"{int(v):,}".replace(",", ".")
    return f"{v:,.4f}".rstrip("0").rstrip(".").replace(",", "X").replace(".", ",").replace("X", ".")


def cmd_analyze(args: argparse.Namespace) -> int:
    from dvtext.io.readers import Unreadable, read_articles
    from dvtext.pipeline import analyze

    out_fh: TextIO | None = None
    failures = 0
    count = 0
    tmp: Path | None = None
    try:
        if args.output and args.output != "-":
            tmp = Path(args.output + ".part")
            out_fh = tmp.open("w", encoding="utf-8")
        elif args.output == "-":
            out_fh = sys.stdout
        topics: Any = False if args.no_topics else None
        for item in read_articles(args.paths):
            if isinstance(item, Unreadable):
                failures += 1
                print(f"dvtext: skipped {item.location}: {item.reason}", file=sys.stderr)
                continue
            try:
                result = analyze(item, topics=topics)
            except InputError as exc:
                failures += 1
                print(f"dvtext: skipped {item.id or item.source}: {exc}", file=sys.stderr)
                continue
            count += 1
            if out_fh is not None:
                out_fh.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            else:
                _print_summary(result, sys.stdout)
        if out_fh is not None and out_fh is not sys.stdout:
            out_fh.close()
            assert tmp is not None
            tmp.replace(args.output)
            print(f"dvtext: wrote {count} record(s) to {args.output}", file=sys.stderr)
    finally:
        if out_fh is not None and out_fh is not sys.stdout and not out_fh.closed:
            out_fh.close()
    if count == 0 and failures == 0:
        print("dvtext: no articles found in " + ", ".join(args.paths), file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PARTIAL if failures else EXIT_OK


# --------------------------------------------------------------------------- topics
def _progress(msg: str) -> None:
    print(f"dvtext: {msg}", file=sys.stderr, flush=True)


def cmd_train(args: argparse.Namespace) -> int:
    import time

    from dvtext.topics.evaluation import format_report
    from dvtext.topics.model import TopicSettings, read_corpus, train

    started = time.perf_counter()
    corpus = read_corpus(args.corpus, shared=args.shared)
    if not corpus:
        print(f"dvtext: no labelled articles in {args.corpus}", file=sys.stderr)
        return EXIT_USAGE
    n_ver = sum(1 for a in corpus if a.verified)
    _progress(f"{len(corpus)} labelled articles ({n_ver} verified); training with seed {args.seed}")
    model = train(corpus, seed=args.seed, family=args.family, settings=TopicSettings(folds=args.folds),
                  progress=_progress)
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
    from dvtext.topics.model import evaluate, load_model, read_corpus

    model = load_model(None if args.model in ("default", "shipped") else args.model)
    corpus = read_corpus(args.corpus, shared=args.shared, verified_only=not args.all)
    metrics = evaluate(model, corpus, verified_only=not args.all)
    print(format_report(metrics, title=f"{args.model} on {args.corpus}"
                        f" ({'all' if args.all else 'verified'} articles):"))
    if metrics["seen_in_training"]:
        print(f"note: {metrics['seen_in_training']} of these articles were in the model's training data; "
              "these figures are not held-out figures (the model card has the cross-validated ones)")
    if args.json:
        Path(args.json).write_text(json.dumps(metrics, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return EXIT_OK


def cmd_classify(args: argparse.Namespace) -> int:
    from dvtext.io.readers import Unreadable, read_articles
    from dvtext.topics.model import default_model, load_model

    model = load_model(args.model) if args.model else default_model()
    items: list[Any] = []
    if args.text is not None:
        from dvtext.types import Article

        items.append(Article(text=args.text, title=args.title, id="text"))
    failures = count = 0
    out_fh: TextIO = sys.stdout
    if args.output and args.output != "-":
        out_fh = Path(args.output).open("w", encoding="utf-8")  # noqa: SIM115 - closed below
    try:
        for item in [*items, *(read_articles(args.paths) if args.paths else [])]:
            if isinstance(item, Unreadable):
                failures += 1
                print(f"dvtext: skipped {item.location}: {item.reason}", file=sys.stderr)
                continue
            try:
                scores, primary = model.predict(item, explain=not args.no_explain)
            except InputError as exc:
                failures += 1
                print(f"dvtext: skipped {item.id or item.source}: {exc}", file=sys.stderr)
                continue
            count += 1
            if args.output or args.json:
                rec = {"id": item.id, "title": item.title, "topics": [t.to_dict() for t in scores],
                       "primary_topic": primary}
                out_fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                continue
            out_fh.write(f"\n{item.title or item.id or '(untitled)'}\n  primary: {primary}\n")
            for t in scores:
                out_fh.write(f"  {t.label:<24} {t.score:.2f}")
                if t.terms:
                    out_fh.write("  terms: " + ", ".join(t.terms))
                if t.sentences:
                    out_fh.write(f"  sentences: {', '.join(map(str, t.sentences))}")
                out_fh.write("\n")
    finally:
        if out_fh is not sys.stdout:
            out_fh.close()
    if count == 0 and failures == 0:
        print("dvtext: nothing to classify: give files, folders or --text", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_PARTIAL if failures else EXIT_OK


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
    e.set_defaults(handler=cmd_evaluate)

    c = sub.add_parser(
        "classify",
        help="tag articles with topics (and the terms and sentences behind each)",
        description="Classify articles (.txt, .html, .jsonl, folders) or --text into the codebook's topics.",
        epilog="Example: dvtext classify corpora/samples/que-phong.txt\n"
        "         dvtext classify --text 'Huyện tổ chức đối thoại với nhân dân...' --json",
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
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``dvtext`` command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8")
            except (ValueError, OSError):  # pragma: no cover - detached stream
                pass
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
