"""Score dvtext's statistics (and, when bench/eval_entities.py exists, its entities) against the gold set.

    /work/venv/bin/python bench/eval_extract.py [--split dev|dev2|test|all] [--shared PATH] [--verbose] [--ids ID ...]

Gold: two splits with the same formats and annotation decisions (``corpora/gold/GUIDELINES.md``):
``dev`` = ``corpora/gold/{articles,statistics,entities}.jsonl``, used by the extractors' developers while
they built them (optimistic), and ``test`` = ``corpora/gold/test/*.jsonl``, held back (honest figures;
never tune on it), plus ``dev2`` = ``corpora/gold/dev2-statistics/`` (a second development set for
statistics only, annotated before the extractor was run on it). Without ``--split`` dev, dev2 (when
present) and test are scored and printed one after the other, each table labelled; ``--split all`` scores their union. The gold is loaded through ``bench/gold.py:load_gold``
when it exists, else read here; texts come from ``corpora/samples`` and ``../shared`` (``--shared`` or
``DVTEXT_SHARED``). Each text is analysed with ``dvtext.analyze`` (topics off); predictions inside the
article's boilerplate spans (captions, related links: not article text) are dropped.

Matching: a predicted statistic matches a gold one when their spans overlap and their values agree
(relative 1e-6); pairs are made greedily, one to one, in text order. Reported:

* value+unit: precision / recall / F1 counting a pair as correct only when the units agree too
  (compared after case folding and whitespace folding): the target is F1 ≥ 0.95;
* value only: the same without the unit;
* on the value-matched pairs: accuracy of kind, qualifier, change, high/denominator, and of the
  indicator (exact match after case/space folding, and mean token-overlap F1).

``--verbose`` lists misses, false positives, unit mismatches and attribute mismatches with context, for
the dev and dev2 splits only: the held-back split's errors are not listed (reading them would make it a tuning
target).

``--json PATH`` writes the overall figures; with both splits printed it holds ``{"dev": ..., "test": ...}``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dvtext.extract.dates import extract_dates  # noqa: E402
from dvtext.extract.statistics import extract_statistics  # noqa: E402
from dvtext.io.readers import read_text_file  # noqa: E402
from dvtext.pipeline import analyze  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

GOLD = ROOT / "corpora" / "gold"
SPLIT_DIRS = {"dev": GOLD, "test": GOLD / "test", "dev2": GOLD / "dev2-statistics"}
SPLIT_LABELS = {
    "dev": "dev (used during development)",
    "dev2": "dev2 (second development set, statistics only)",
    "test": "test (held back)",
    "all": "all (dev + test)",
}


def default_shared() -> Path:
    """``DVTEXT_SHARED``, else the nearest ``shared`` folder beside the repository or one of its parents."""
    env = os.environ.get("DVTEXT_SHARED")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return ROOT.parent / "shared"


# --- gold ----------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _texts(ids: set[str], shared: Path) -> dict[str, str]:
    """Normalised texts of the wanted ids: the shipped samples, and baomoi rows read by ``bench/gold.py``."""
    out: dict[str, str] = {}
    for sample in (ROOT / "corpora" / "samples").glob("*.txt"):
        if sample.stem in ids:
            (art,) = list(read_text_file(sample))
            out[sample.stem] = normalize(art.text).text
    want = {i for i in ids if i.startswith("baomoi-")}
    path = shared / "corpora" / "baomoi-2017.jsonl.gz"
    if want and path.exists():
        gold = _module("gold")
        assert gold is not None, "bench/gold.py is part of the repository"
        out.update({k: normalize(v).text for k, v in gold._corpus_texts(path, want).items()})
    return out


def load_gold_here(shared: Path, split: str = "dev") -> list[dict[str, Any]]:
    """Articles as dicts: id, text, statistics, entities, boilerplate (texts whose sha1 differs are skipped)."""
    if split == "all":
        return load_gold_here(shared, "dev") + load_gold_here(shared, "test")
    folder = SPLIT_DIRS[split]
    arts = _read_jsonl(folder / "articles.jsonl")
    stats = {r["id"]: r["statistics"] for r in _read_jsonl(folder / "statistics.jsonl")}
    ents = {r["id"]: r.get("entities", []) for r in _read_jsonl(folder / "entities.jsonl")}  # none for dev2
    texts = _texts({a["id"] for a in arts}, shared)
    out = []
    for a in arts:
        text = texts.get(a["id"])
        if text is None:
            print(f"skip {a['id']}: text not found under {shared}", file=sys.stderr)
            continue
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if a.get("sha1") and sha != a["sha1"]:
            print(f"skip {a['id']}: text differs from the annotated one (sha1)", file=sys.stderr)
            continue
        if a["id"] not in stats:
            print(f"skip {a['id']}: no statistics annotated yet", file=sys.stderr)
            continue
        out.append(
            {
                **a,
                "text": text,
                "statistics": stats[a["id"]],
                "entities": ents.get(a["id"], []),
                "split": split,
            }
        )
    return out


def _module(name: str) -> Any | None:
    path = ROOT / "bench" / f"{name}.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def load_gold(shared: Path, split: str = "dev") -> tuple[Any, list[dict[str, Any]]]:
    """(what bench/gold.py returns or None, the articles as dicts for statistics scoring) for one split."""
    mod = _module("gold")
    raw = None
    if mod is not None and hasattr(mod, "load_gold"):
        try:
            raw = mod.load_gold(shared=shared, split=split)
        except TypeError:  # an older bench/gold.py without splits knows only the dev gold
            raw = mod.load_gold(shared=shared) if split == "dev" else None
        if raw is not None:
            arts = [_as_dict(a) for a in raw]
            if arts and all(a.get("text") for a in arts):
                return raw, arts
    return raw, load_gold_here(shared, split)


def _as_dict(a: Any) -> dict[str, Any]:
    if isinstance(a, dict):
        return a
    if hasattr(a, "__dataclass_fields__"):
        return {k: getattr(a, k) for k in a.__dataclass_fields__}
    return dict(vars(a))


def _get(o: Any, k: str) -> Any:
    return o.get(k) if isinstance(o, dict) else getattr(o, k, None)


# --- scoring -------------------------------------------------------------------------------------


def _fold(s: Any) -> str:
    return " ".join(str(s).casefold().split()) if s is not None else ""


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def _tokens(s: Any) -> list[str]:
    return [t.strip(",.;:()") for t in _fold(s).split() if t.strip(",.;:()")]


def token_f1(gold: Any, pred: Any) -> float:
    """Token-overlap F1 of two phrases; 1.0 when both are empty (null = null)."""
    g, p = _tokens(gold), _tokens(pred)
    if not g and not p:
        return 1.0
    if not g or not p:
        return 0.0
    common = 0
    rest = list(p)
    for t in g:
        if t in rest:
            rest.remove(t)
            common += 1
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    value_tp: int = 0
    unit_tp: int = 0
    attrs: dict[str, list[float]] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0

    def add_attr(self, name: str, score: float) -> None:
        self.attrs.setdefault(name, []).append(score)

    def merge(self, other: Tally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.value_tp += other.value_tp
        self.unit_tp += other.unit_tp
        self.seconds += other.seconds
        self.chars += other.chars
        for k, v in other.attrs.items():
            self.attrs.setdefault(k, []).extend(v)


def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


ATTRS = ("kind", "qualifier", "change", "shape", "indicator", "indicator~")


def match(gold: list[Any], pred: list[Any]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, pred index): overlapping spans, same value."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi in used:
                continue
            if (
                p["start"] < _get(g, "end")
                and _get(g, "start") < p["end"]
                and _same_value(float(_get(g, "value")), float(p["value"]))
            ):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def _ctx(text: str, s: int, e: int, width: int = 50) -> str:
    left = text[max(0, s - width) : s].replace("\n", " ")
    right = text[e : e + width].replace("\n", " ")
    return f"…{left}[{text[s:e]}]{right}…"


def score_article(art: dict[str, Any], verbose: bool) -> tuple[Tally, list[str]]:
    text = art["text"]
    an = analyze({"text": text, "id": art["id"]}, topics=False)
    t0 = time.process_time()
    for _ in range(3):
        dates = extract_dates(text, sentences=an.sentences)
        extract_statistics(text, sentences=an.sentences, dates=dates)
    secs = (time.process_time() - t0) / 3
    if an.text != text:
        return Tally(), [f"  ! {art['id']}: the analysed text differs from the gold text; skipped"]
    boiler = [(_get(b, "start"), _get(b, "end")) for b in (art.get("boilerplate") or [])]
    pred = [
        s.to_dict() | {"high": s.high, "denominator": s.denominator}
        for s in an.statistics
        if not any(bs < s.end and s.start < be for bs, be in boiler)
    ]
    gold = list(art["statistics"])
    t = Tally(gold=len(gold), pred=len(pred), seconds=secs, chars=len(text))
    lines: list[str] = []
    pairs = match(gold, pred)
    t.value_tp = len(pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        unit_ok = _fold(_get(g, "unit")) == _fold(p["unit"])
        t.unit_tp += unit_ok
        if not unit_ok and verbose:
            lines.append(
                f"  unit  gold={_get(g, 'unit')!r} pred={p['unit']!r}  {_ctx(text, p['start'], p['end'])}"
            )
        checks = {
            "kind": _get(g, "kind") == p["kind"],
            "qualifier": (_get(g, "qualifier") or "exact") == p["qualifier"],
            "change": _get(g, "change") == p["change"],
            "shape": _num_eq(_get(g, "high"), p["high"])
            and _num_eq(_get(g, "denominator"), p["denominator"]),
            "indicator": _fold(_get(g, "indicator")) == _fold(p["indicator"]),
        }
        for k, ok in checks.items():
            t.add_attr(k, float(ok))
            if not ok and verbose:
                gv = _get(g, k) if k != "shape" else (_get(g, "high"), _get(g, "denominator"))
                pv = p.get(k) if k != "shape" else (p["high"], p["denominator"])
                lines.append(f"  {k:<9} gold={gv!r} pred={pv!r}  {_ctx(text, p['start'], p['end'])}")
        t.add_attr("indicator~", token_f1(_get(g, "indicator"), p["indicator"]))
    if verbose:
        got_g = {gi for gi, _ in pairs}
        got_p = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in got_g:
                lines.append(
                    f"  MISS  {_get(g, 'value')!r:>14} {_get(g, 'unit')!r:<14} "
                    f"{_ctx(text, _get(g, 'start'), _get(g, 'end'))}"
                )
        for pi, p in enumerate(pred):
            if pi not in got_p:
                lines.append(
                    f"  FP    {p['value']!r:>14} {p['unit']!r:<14} {_ctx(text, p['start'], p['end'])}"
                )
    return t, lines


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _same_value(float(a), float(b))


def _row(name: str, t: Tally) -> str:
    p, r, f = prf(t.unit_tp, t.pred, t.gold)
    vp, vr, vf = prf(t.value_tp, t.pred, t.gold)
    accs = []
    for k in ATTRS:
        v = t.attrs.get(k, [])
        accs.append(f"{sum(v) / len(v):6.3f}" if v else "     -")
    ms = 1000 * t.seconds
    return (
        f"{name[:24]:<24} {t.gold:>4} {t.pred:>4} {p:6.3f} {r:6.3f} {f:6.3f}  {vf:6.3f}  "
        + " ".join(accs)
        + f" {ms:7.2f}"
    )


def _figures(arts: list[dict[str, Any]], total: Tally) -> dict[str, Any]:
    p, r, f = prf(total.unit_tp, total.pred, total.gold)
    return {
        "articles": len(arts),
        "gold": total.gold,
        "pred": total.pred,
        "precision": p,
        "recall": r,
        "f1": f,
        "f1_value": prf(total.value_tp, total.pred, total.gold)[2],
        "attributes": {k: (sum(v) / len(v) if v else None) for k, v in total.attrs.items()},
    }


def score_split(split: str, args: argparse.Namespace) -> dict[str, Any] | None:
    """Print the statistics table (and the entity table) of one split; return its overall figures."""
    label = SPLIT_LABELS[split]
    print(f"{'=' * 30} {label} {'=' * 30}")
    raw, arts = load_gold(args.shared, split)
    if args.ids:
        wanted = set(args.ids)
        arts = [a for a in arts if a["id"] in wanted]
        raw = [a for a in raw if _get(a, "id") in wanted] if raw is not None else None
    if not arts:
        print(f"no gold articles for the {split} split (or their texts under --shared)\n")
        return None
    verbose = args.verbose and split in ("dev", "dev2")
    header = (
        f"{'article':<24} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6}  {'F1val':>6}  "
        + " ".join(f"{k[:6]:>6}" for k in ATTRS)
        + f" {'ms':>7}"
    )
    print(
        f"Statistics, {label}: value+unit P/R/F1 (F1val: value only); attribute accuracy on value-matched pairs"
    )
    print(header)
    print("-" * len(header))
    total = Tally()
    details: list[str] = []
    for art in arts:
        t, lines = score_article(art, verbose)
        total.merge(t)
        print(_row(art["id"], t))
        if lines:
            details.append(f"{art['id']}:")
            details.extend(lines)
    print("-" * len(header))
    print(_row("OVERALL", total))
    figures = _figures(arts, total)
    per_5k = 1000 * total.seconds / max(total.chars, 1) * 5000
    print(
        f"\n{split}: value+unit F1 = {figures['f1']:.3f} (target ≥ 0.95) on {len(arts)} articles, "
        f"{total.gold} gold statistics; dates+statistics {per_5k:.2f} ms per 5,000 characters"
    )
    if args.verbose and split == "test":
        print(f"(--verbose lists errors of the dev split only; the {split} split is held back)")
    if details:
        print()
        print("\n".join(details))
    ents = _module("eval_entities")
    if ents is not None and hasattr(ents, "score") and not args.no_entities and split != "dev2":
        print(f"\nEntities, {label}")
        res = ents.score(raw if raw is not None else arts, args)
        if res is not None:
            fmt = getattr(ents, "format_table", None)
            print(fmt(res) if callable(fmt) else json.dumps(res, indent=2, ensure_ascii=False, default=str))
    print()
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--shared", type=Path, default=default_shared(), help="the shared data folder (../shared)"
    )
    ap.add_argument(
        "--split",
        choices=("dev", "dev2", "test", "all"),
        default=None,
        help="dev (used during development), dev2 (second development set, statistics only), test "
        "(held back) or all (dev + test); default: dev, dev2 (when present), then test",
    )
    ap.add_argument(
        "--verbose", "-v", action="store_true", help="list misses, false positives, mismatches (dev)"
    )
    ap.add_argument("--ids", nargs="*", help="score only these article ids")
    ap.add_argument("--json", type=Path, help="also write the overall figures as JSON here")
    ap.add_argument("--no-underthesea", action="store_true", help="entities: skip the underthesea baseline")
    ap.add_argument("--no-entities", action="store_true", help="score statistics only")
    args = ap.parse_args(argv)
    default = (
        ["dev", "dev2", "test"] if (SPLIT_DIRS["dev2"] / "statistics.jsonl").exists() else ["dev", "test"]
    )
    splits = [args.split] if args.split else default
    analyze("Khởi động 1 xã.", topics=False)  # load lazily built tables outside the timings
    results = {split: score_split(split, args) for split in splits}
    done = {k: v for k, v in results.items() if v is not None}
    if not done:
        print(
            "no gold articles found (corpora/gold/**/*.jsonl and their texts under --shared)", file=sys.stderr
        )
        return 2
    if args.json:
        out = done[splits[0]] if len(splits) == 1 else done
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
