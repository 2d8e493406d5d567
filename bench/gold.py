"""Load and check the gold sets for statistics and entities (``corpora/gold``).

The gold is hand annotation of the sample article and of provincial / dân vận news from
``../shared/corpora/baomoi-2017.jsonl.gz`` (see ``corpora/gold/GUIDELINES.md``). Two splits share the
formats and the annotation decisions:

* ``dev`` (``corpora/gold/*.jsonl``): used by the developers of the extractors while they built them,
  so scores on it are optimistic;
* ``test`` (``corpora/gold/test/*.jsonl``, see its README): held back; never tune on it;
* ``dev2`` (``corpora/gold/dev2-statistics/*.jsonl``): a second development set for statistics only
  (fresh articles annotated before the extractor was run on them, then used to improve it); it has
  no entity layer, so its articles carry ``entities=[]`` and ``GoldArticle.has_entities`` is False.

Only ids, offsets and labels are stored here; the baomoi texts are read from ../shared at run time,
normalised with :func:`dvtext.text.normalize.normalize`, and checked against the sha1 recorded in
``articles.jsonl``.

Usage::

    python bench/gold.py --check                 # validate the dev split, print counts per kind / label
    python bench/gold.py --check --split test    # the held-back test split (or: all)
    python bench/gold.py --check --shared DIR    # ../shared elsewhere (or set DVTEXT_SHARED)

From Python::

    from bench.gold import load_gold             # or import the file with importlib
    for art in load_gold(split="test"):
        art.text, art.statistics, art.entities, art.in_boilerplate(start, end), art.split

When ../shared is absent the baomoi articles are skipped with a logged warning and only the sample
article (dev) is returned.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "corpora" / "gold"
SAMPLE = ROOT / "corpora" / "samples" / "que-phong.txt"
BAOMOI = ("corpora", "baomoi-2017.jsonl.gz")
#: The shared corpora gold articles may come from (``corpus`` of articles.jsonl), each a gzip JSONL with ``id`` first.
CORPORA = {"baomoi-2017": BAOMOI, "vntc": ("corpora", "vntc.jsonl.gz")}

if str(ROOT / "src") not in sys.path:  # running as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from dvtext.io.readers import Unreadable, read_text_file  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

__all__ = [
    "GoldArticle",
    "GoldError",
    "load_gold",
    "check_gold",
    "default_shared",
    "split_dirs",
    "SPLITS",
    "STAT_KINDS",
    "LABELS",
]

log = logging.getLogger(__name__)

SPLITS = ("dev", "test", "dev2", "all")
STAT_KINDS = ("count", "percent", "money", "rate", "ratio", "range", "measure")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most")
CHANGES = (None, "increase", "decrease")
LABELS = ("PER", "ORG", "LOC", "DOC")
STAT_FIELDS = (
    "start",
    "end",
    "text",
    "value",
    "unit",
    "kind",
    "qualifier",
    "change",
    "indicator",
    "high",
    "denominator",
)
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class GoldError(ValueError):
    """The gold files are inconsistent with themselves or with the texts they annotate."""


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its normalised text and the gold spans that index it (half-open)."""

    id: str
    corpus: str
    title: str
    text: str
    statistics: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    boilerplate: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    split: str = "dev"
    has_entities: bool = True

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a boilerplate span (caption, related link) of the text.

        Evaluations should ignore predictions there: boilerplate is left unannotated on purpose.
        """
        return any(start < b["end"] and b["start"] < end for b in self.boilerplate)


def default_shared() -> Path:
    """``$DVTEXT_SHARED`` or ``<repo>/../shared``."""
    return Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not valid JSON ({exc})") from None
    return rows


def _by_id(rows: Iterable[dict[str, Any]], what: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r.get("id") in out:
            raise GoldError(f"{what}: id {r.get('id')!r} appears twice")
        out[r["id"]] = r
    return out


def _sample_text() -> str:
    items = list(read_text_file(SAMPLE))
    if not items or isinstance(items[0], Unreadable):
        raise GoldError(f"cannot read the sample article {SAMPLE}")
    return normalize(items[0].text).text


def _corpus_texts(path: Path, ids: set[str]) -> dict[str, str]:
    """Stream a shared gzip JSONL corpus once and keep the raw text of the wanted ids."""
    found: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            head = line[:60]
            if not any(i in head for i in ids):
                continue
            obj = json.loads(line)
            if obj.get("id") in ids:
                found[obj["id"]] = obj["text"]
                if len(found) == len(ids):
                    break
    return found


def _check_article(art: GoldArticle) -> None:
    """Raise GoldError on the first inconsistency of one article's annotations."""
    text = art.text
    for layer, spans in (
        ("statistics", art.statistics),
        ("entities", art.entities),
        ("boilerplate", art.boilerplate),
    ):
        prev_end, prev = -1, None
        for s in sorted(spans, key=lambda x: (x["start"], x["end"])):
            st, en = s.get("start"), s.get("end")
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(text)):
                raise GoldError(f"{art.id} {layer}: bad offsets {st}-{en} (text length {len(text)})")
            if "text" in s and text[st:en] != s["text"]:
                raise GoldError(
                    f"{art.id} {layer}: span {st}-{en} is {text[st:en]!r} in the text but "
                    f"{s['text']!r} in the gold"
                )
            if st < prev_end:
                raise GoldError(f"{art.id} {layer}: {s.get('text', '')!r}@{st} overlaps {prev!r}")
            prev_end, prev = en, s.get("text", "")
            if layer != "boilerplate" and art.in_boilerplate(st, en):
                raise GoldError(f"{art.id} {layer}: {s['text']!r}@{st} lies in boilerplate")
    for s in art.statistics:
        where = f"{art.id} statistic {s['text']!r}@{s['start']}"
        missing = [f for f in STAT_FIELDS if f not in s]
        if missing:
            raise GoldError(f"{where}: missing fields {missing}")
        if s["kind"] not in STAT_KINDS or s["qualifier"] not in QUALIFIERS or s["change"] not in CHANGES:
            raise GoldError(
                f"{where}: kind/qualifier/change {s['kind']}/{s['qualifier']}/{s['change']} invalid"
            )
        if not isinstance(s["value"], float):
            raise GoldError(f"{where}: value must be a float")
        if (s["kind"] == "range") != (s["high"] is not None):
            raise GoldError(f"{where}: 'high' is set exactly for ranges")
        if s["kind"] == "range" and not s["high"] > s["value"]:
            raise GoldError(f"{where}: range high must exceed the low end")
        if (s["kind"] == "ratio") != (s["denominator"] is not None):
            raise GoldError(f"{where}: 'denominator' is set exactly for ratios")
        if s["kind"] == "percent" and s["unit"] != "%":
            raise GoldError(f"{where}: a percent has unit '%'")
        if s["kind"] == "money" and s["unit"] not in ("VND", "USD"):
            raise GoldError(f"{where}: money unit must be VND or USD")
    for e in art.entities:
        where = f"{art.id} entity {e.get('text')!r}@{e.get('start')}"
        if e.get("label") not in LABELS:
            raise GoldError(f"{where}: label {e.get('label')!r} not in {LABELS}")
        if e["label"] == "DOC" and not e.get("type"):
            raise GoldError(f"{where}: a DOC needs its type")
        if "date" in e and not ISO_DATE.match(e["date"]):
            raise GoldError(f"{where}: date {e['date']!r} is not ISO")


def split_dirs(split: str = "dev", gold_dir: Path = GOLD_DIR) -> list[tuple[str, Path]]:
    """The (split name, folder) pairs a split reads: dev is ``gold_dir``, test is ``gold_dir/test``,
    dev2 is ``gold_dir/dev2-statistics``; ``all`` is dev and test."""
    if split not in SPLITS:
        raise GoldError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    dirs = {"dev": gold_dir, "test": gold_dir / "test", "dev2": gold_dir / "dev2-statistics"}
    return [(name, dirs[name]) for name in (("dev", "test") if split == "all" else (split,))]


def load_gold(
    shared: Path | None = None, *, split: str = "dev", gold_dir: Path = GOLD_DIR
) -> list[GoldArticle]:
    """Read a gold split, load and normalise every text, and check it.

    Args:
        shared: the ../shared folder (default ``$DVTEXT_SHARED`` or ``<repo>/../shared``). When its
            baomoi corpus is absent the baomoi articles are skipped with a logged warning.
        split: ``"dev"`` (the development gold, the default), ``"test"`` (the held-back split in
            ``gold_dir/test``) or ``"all"`` (dev then test; an id may not be in both).
        gold_dir: the folder with the dev ``articles.jsonl``, ``statistics.jsonl``, ``entities.jsonl``
            (the test split lives in its ``test`` subfolder).

    Returns:
        The articles in ``articles.jsonl`` order (dev before test), each with its normalised text,
        gold spans and ``split``.

    Raises:
        GoldError: an unknown split, a text changed (sha1), a span's ``text`` differs from
            ``text[start:end]``, spans overlap, a field is invalid, an article is missing from the
            corpus, or an id is in both splits.
    """
    shared = default_shared() if shared is None else Path(shared)
    out: list[GoldArticle] = []
    seen: dict[str, str] = {}
    for name, folder in split_dirs(split, gold_dir):
        if name in ("test", "dev2"):  # a held-back or second set must never repeat a development article
            dev_file = gold_dir / "articles.jsonl"
            dev_ids = {a["id"] for a in _read_jsonl(dev_file)} if dev_file.exists() else set()
            both = sorted(dev_ids & {a["id"] for a in _read_jsonl(folder / "articles.jsonl")})
            if both:
                raise GoldError(f"{folder}: ids also in the dev split: {both}")
        for art in _load_dir(shared, folder, name):
            if art.id in seen:
                raise GoldError(f"{art.id}: in both the {seen[art.id]} and the {name} split")
            seen[art.id] = name
            out.append(art)
    return out


def _load_dir(shared: Path, gold_dir: Path, split: str) -> list[GoldArticle]:
    """Load and check the articles of one gold folder (one split)."""
    arts = _read_jsonl(gold_dir / "articles.jsonl")
    stats = _by_id(_read_jsonl(gold_dir / "statistics.jsonl"), "statistics.jsonl")
    has_entities = (gold_dir / "entities.jsonl").exists()  # dev2 annotates statistics only
    ents = _by_id(_read_jsonl(gold_dir / "entities.jsonl"), "entities.jsonl") if has_entities else {}
    _by_id(arts, "articles.jsonl")
    for name, rows in (("statistics.jsonl", stats), ("entities.jsonl", ents)):
        unknown = set(rows) - {a["id"] for a in arts}
        if unknown:
            raise GoldError(f"{name}: ids not in articles.jsonl: {sorted(unknown)}")

    raw: dict[str, str] = {}
    if any(a["corpus"] == "sample" for a in arts):
        raw["que-phong"] = _sample_text()
    absent: dict[str, Path] = {}
    for name, parts in CORPORA.items():
        wanted = {a["id"] for a in arts if a["corpus"] == name}
        corpus = shared.joinpath(*parts)
        if wanted and corpus.exists():
            raw.update({k: normalize(v).text for k, v in _corpus_texts(corpus, wanted).items()})
        elif wanted:
            absent[name] = corpus
            log.warning(
                "%s is absent: %d %s gold articles skipped (%s split; only the sample is loaded)",
                corpus,
                len(wanted),
                name.split("-")[0],
                split,
            )

    out: list[GoldArticle] = []
    for a in arts:
        if a["corpus"] in absent:
            continue
        if a["id"] not in raw:
            where = shared.joinpath(*CORPORA[a["corpus"]]) if a["corpus"] in CORPORA else SAMPLE
            raise GoldError(f"{a['id']}: not found in {where}")
        text = raw[a["id"]]
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if sha != a["sha1"]:
            raise GoldError(
                f"{a['id']}: the normalised text changed (sha1 {sha} != {a['sha1']}); "
                "normalisation or the corpus differs from when the gold was made"
            )
        if a.get("chars") != len(text):
            raise GoldError(f"{a['id']}: chars {a.get('chars')} but the normalised text has {len(text)}")
        if a["id"] not in stats or (has_entities and a["id"] not in ents):
            raise GoldError(f"{a['id']}: no line in statistics.jsonl or entities.jsonl")
        art = GoldArticle(
            id=a["id"],
            corpus=a["corpus"],
            title=a["title"],
            text=text,
            statistics=stats[a["id"]]["statistics"],
            entities=ents[a["id"]]["entities"] if has_entities else [],
            boilerplate=a.get("boilerplate", []),
            note=a.get("note", ""),
            split=split,
            has_entities=has_entities,
        )
        _check_article(art)
        out.append(art)
    return out


def check_gold(shared: Path | None = None, *, split: str = "dev") -> dict[str, Counter[str]]:
    """Load and validate a split; return counters of articles, statistic kinds and entity labels."""
    arts = load_gold(shared, split=split)
    counts: dict[str, Counter[str]] = {
        "articles": Counter(),
        "kind": Counter(),
        "label": Counter(),
        "qualifier": Counter(),
        "change": Counter(),
    }
    for a in arts:
        counts["articles"][a.corpus if split != "all" else f"{a.split}:{a.corpus}"] += 1
        for s in a.statistics:
            counts["kind"][s["kind"]] += 1
            counts["qualifier"][s["qualifier"]] += 1
            counts["change"][str(s["change"])] += 1
        for e in a.entities:
            counts["label"][e["label"]] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--check", action="store_true", help="validate the gold set and print counts")
    ap.add_argument(
        "--shared",
        type=Path,
        default=None,
        help="the ../shared folder (default: $DVTEXT_SHARED or <repo>/../shared)",
    )
    ap.add_argument(
        "--split",
        choices=SPLITS,
        default="dev",
        help="dev (used during development, the default), test (held back) or all",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    if not args.check:
        ap.print_help()
        return 0
    try:
        counts = check_gold(args.shared, split=args.split)
    except GoldError as exc:
        print(f"gold check FAILED: {exc}", file=sys.stderr)
        return 1
    total_s = sum(counts["kind"].values())
    total_e = sum(counts["label"].values())
    print(f"gold OK ({args.split}): {sum(counts['articles'].values())} articles {dict(counts['articles'])}")
    print(f"statistics {total_s}: " + ", ".join(f"{k} {n}" for k, n in counts["kind"].most_common()))
    print("  qualifier: " + ", ".join(f"{k} {n}" for k, n in counts["qualifier"].most_common()))
    print("  change: " + ", ".join(f"{k} {n}" for k, n in counts["change"].most_common()))
    print(f"entities {total_e}: " + ", ".join(f"{k} {n}" for k, n in counts["label"].most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
