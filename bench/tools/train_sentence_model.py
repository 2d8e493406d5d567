"""Train ``src/dvtext/data/sentence_model.json``: the logistic model of sentences glued without punctuation.

The splitter (``dvtext.text.sentences``) finds most boundaries by punctuation and by rules; where an
extraction glued a caption, a credit, a heading or a list-item title to the next sentence with one space,
only a capital letter is left. At every such candidate (see ``dvtext.text.glued``) the model decides.

**Training data, self-supervised from dantri.** ``dantri-2020-sentences.jsonl.gz`` is split by hand into
lines; a line without closing punctuation is a title, a caption, a credit or a heading. Each article is
rebuilt as baomoi stores its texts: the title on its own line, then every other line glued to the next with
one space. The space after a line without closing punctuation is a positive (a sentence glued without
punctuation starts there); every other candidate is a negative (names, places, titles of works). With
``--strip-share`` a share of the punctuated lines also lose their final ``.!?…`` (more positives between
body sentences). The splitter itself enumerates the candidates, with the rules applied first and the gold
taken as the decision at each candidate (so the features see the segments the splitter will see).
Articles ``i % 4 == 0`` (every 4th, the sample ``tests/text/test_sentences.py`` measures) are held out
as the dantri validation split; the rest trains.

**Training data, read by hand from baomoi.** ``corpora/dev/sentences-baomoi-unpunctuated-train.jsonl``
((e), see ``corpora/dev/README.md``): baomoi articles read in full, every boundary without punctuation
marked. Its candidates join the dantri rows with the readers' decisions as labels, each weighing
``--baomoi-weight`` (candidates inside an ``ignore`` range are left out; ``--no-baomoi`` trains on dantri
alone). The dev set (c) only chooses the threshold; the check set (d) and the gold (b) are never read here.

**Model.** ``DictVectorizer`` + ``LogisticRegression`` (L2) over the features of
``dvtext.text.glued.features``; features seen fewer than ``--min-count`` times are dropped, weights are
rounded and tiny ones pruned, and only the weights are shipped (scored with plain Python at run time).
A **gate** (a second logistic model on the next word and the previous token only) lets the splitter skip
most candidates with two look-ups; its cut keeps every training positive the full model accepts but
``--gate-loss`` of them.

**Threshold.** The splitter is run with the model on (c) and on the dantri validation split at each
threshold of a grid; the chosen one is the lowest whose (c) precision is at least ``--min-precision`` and
whose unpunctuated boundaries inside dantri validation lines (nearly all errors) stay at most
``--max-dantri-extra`` per 100 lines. Precision comes first because the extractors work sentence by
sentence: a false boundary cuts a statistic from its indicator, a missed one only leaves a caption
attached to the next sentence. (e) is cross-validated alongside (``--cv`` folds: the model trained on
dantri and the other folds, run on the fold's articles) and its out-of-fold figures are printed at every
threshold. ``--rule net`` instead takes the threshold with the most boundaries net of false ones on (c)
and (e) out of fold (tried once: see ``bench/eval_sentences.py``; not the shipped rule).

Usage::

    python bench/tools/train_sentence_model.py [--shared ../shared] [--out src/dvtext/data/sentence_model.json]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))

from dvtext.text import glued, sentences  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

BAOMOI_TRAIN = ROOT / "corpora" / "dev" / "sentences-baomoi-unpunctuated-train.jsonl"
CLOSING = re.compile(r"[.!?…][\"'”’»)\]]*$")
FINAL = re.compile(r"[.!?…]+(?=[\"'”’»)\]]*$)")

Row = tuple[int, dict[str, float], dict[str, float], bool]  # space, features, gate inputs, gold


def _bench():
    spec = importlib.util.spec_from_file_location("eval_sentences", ROOT / "bench" / "eval_sentences.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def bylines(articles: Sequence[dict]) -> list[str]:
    """Authors' names signing dantri articles (one of the last three lines: two or three capitalised
    Vietnamese syllables, "Minh Khôi"), as photo credits for ``glue_article``."""
    out: Counter[str] = Counter()
    for a in articles:
        for line in a["sentences"][-3:]:
            words = line.strip().split()
            if 2 <= len(words) <= 3 and all(glued.is_title(w) and glued.is_vietnamese_syllable(w) for w in words):
                out[line.strip()] += 1
    return sorted(out)


# How baomoi writes photo credits (label, closing, weight: counted in 10,000 baomoi articles outside every
# gold, dev and check set) and the sources it credits most often besides authors' names.
CREDIT_FORMS = (
    ("Ảnh: ", "", 30), ("(Ảnh: ", ")", 8), ("Ảnh ", "", 6), ("(Nguồn: ", ")", 3), ("Nguồn ảnh: ", "", 3),
    ("Nguồn: ", "", 2), ("- Ảnh: ", "", 2), ("Ảnh minh họa: ", "", 1), ("Ảnh:", "", 1),
)
CREDIT_SOURCES = (
    "Internet", "Reuters", "Sina", "Daily Mail", "Business Insider", "AP", "Getty", "Getty Images", "Facebook",
    "AFP/TTXVN", "TTXVN", "AFP", "Xinhua", "EPA", "QQ", "VT", "CTV", "PV", "Dailymail", "Instagram", "Youtube",
    "Wikipedia", "VGP", "BI", "NVCC", "THX", "SCMP",
)


def credit(rng: random.Random, names: Sequence[str]) -> str:
    """A photo credit as baomoi writes them: "Ảnh: Tấn Việt", "(Ảnh: Reuters)", "Ảnh H.TÂM", "Nguồn ảnh: Sina",
    "Ảnh: Thế Lập/TTXVN"."""
    label, close, _ = rng.choices(CREDIT_FORMS, weights=[f[2] for f in CREDIT_FORMS])[0]
    r = rng.random()
    if r < 0.4:
        name = rng.choice(CREDIT_SOURCES)
    else:
        name = rng.choice(names)
        if r < 0.5:
            name += "/TTXVN"
        elif r < 0.55:  # "H.TÂM"
            parts = name.split()
            name = f"{parts[0][0]}.{parts[-1].upper()}"
    return f"{label}{name}{close}"


def glue_article(
    lines: Sequence[str],
    rng: random.Random,
    strip_share: float = 0.0,
    credit_share: float = 0.0,
    credits: Sequence[str] = (),
) -> tuple[str, set[int]]:
    """A dantri article as baomoi stores it (title line, then the body on one line) and the offsets of
    the spaces where a line without closing punctuation was glued to the next. With ``credit_share``, a
    photo credit (:func:`credit`) is appended to that share of the lines without closing punctuation (a
    fifth of that share of the punctuated ones), as baomoi glues them: "... hiện trường. Ảnh: Tấn Việt
    Tàu chiến ...", "... hiện trường Ảnh: Reuters Tàu chiến ..."."""
    norm = [n for n in (normalize(x).text.strip() for x in lines) if n]
    if len(norm) < 2:
        return "\n".join(norm), set()
    parts = [norm[0], "\n"]
    pos = len(norm[0]) + 1
    gold: set[int] = set()
    body = norm[1:]
    for i, line in enumerate(body):
        if i + 1 < len(body):
            punct = CLOSING.search(line) is not None
            if punct and strip_share and rng.random() < strip_share:
                stripped = FINAL.sub("", line).rstrip()
                if stripped and stripped[-1].isalnum():
                    line, punct = stripped, False
            if credits and credit_share and rng.random() < (credit_share / 5 if punct else credit_share):
                line = f"{line}{'' if punct or rng.random() < 0.5 else '.'} {credit(rng, credits)}"
                punct = False
            parts.append(line)
            pos += len(line)
            if not punct:
                gold.add(pos)
            parts.append(" ")
            pos += 1
        else:
            parts.append(line)
    return "".join(parts), gold


def baomoi_articles(ev, shared: Path, path: Path) -> list[tuple[tuple[str, list[int], list[list[int]]], list[Row]]]:
    """The hand-read baomoi set (e), article by article: ``(text, boundaries, ignored ranges)`` as
    ``eval_sentences.eval_dev`` reads it, and the training rows (the candidates, the readers' boundaries
    as labels, candidates inside an ``ignore`` range left out). Articles not marked read are skipped."""
    out = []
    for text, rec in ev.read_baomoi(shared, path):
        if not rec.get("read"):
            continue
        ranges = [tuple(r) for r in rec.get("ignore", [])]
        rows = [
            row
            for row in sentences._collect_candidates(text, set(rec["unpunctuated"]))
            if not any(a <= row[0] <= b for a, b in ranges)
        ]
        out.append(((text, rec["unpunctuated"], rec.get("ignore", [])), rows))
    return out


def cross_validate(ev, train: Sequence[Row], articles: Sequence, grid: Sequence[float], folds: int,
                   args: argparse.Namespace, learned) -> list[tuple[float, int, int, int]]:
    """Out-of-fold (e): the model trained on dantri and the other folds of (e) (no gate), scored on each
    fold's articles at every threshold of ``grid``; ``(threshold, tp, fp, fn)`` summed over the folds."""
    totals = {t: [0, 0, 0] for t in grid}
    for k in range(folds):
        rows = list(train)
        weights = [1.0] * len(rows)
        for i, (_, r) in enumerate(articles):
            if i % folds != k:
                rows += r
                weights += [args.baomoi_weight] * len(r)
        w, b = fit_model(rows, args.min_count, args.C, weights)
        held = [a for i, (a, _) in enumerate(articles) if i % folds == k]
        for t in grid:
            install(glued.make_model(w, b, t, NO_GATE, learned))
            res = ev.eval_dev(held, ev.dvtext_ends)
            totals[t][0] += res["tp"]
            totals[t][1] += res["fp"]
            totals[t][2] += res["fn"]
        print(f"  fold {k + 1}/{folds} done")
    return [(t, *totals[t]) for t in grid]


def _int32(x):
    """liblinear wants 32-bit sparse indices."""
    x = x.tocsr()
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    return x


def collect(texts: Sequence[tuple[str, set[int]]]) -> list[tuple[list[Row], str]]:
    return [(sentences._collect_candidates(t, g), t) for t, g in texts]


def logit(model: glued.Model, feats: dict[str, float]) -> float:
    """The model's logit for a training row."""
    return model.bias + sum(model.weights[k] * v for k, v in feats.items())


def install(model: glued.Model | None) -> None:
    """Make the splitter use ``model`` (or none)."""
    sentences._lexicon.cache_clear()
    glued.load_model = lambda learned: model  # type: ignore[assignment]


def write_json(path: Path, data: dict) -> None:
    """JSON with one line per entry (diffs stay readable), written atomically."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n", encoding="utf-8")
    json.loads(tmp.read_text(encoding="utf-8"))
    tmp.replace(path)


def fit_model(
    rows: Sequence[Row], min_count: int, c: float, weights: Sequence[float] | None = None
) -> tuple[dict[str, float], float]:
    """Logistic regression (L2, liblinear) over the features seen at least ``min_count`` times, each row
    weighing its ``weights`` entry (1 by default); weights rounded to 3 decimals, those below 0.005
    dropped."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    df: Counter[str] = Counter(k for r in rows for k in r[1])
    keep = {k for k, n in df.items() if n >= min_count}
    vec = DictVectorizer()
    x = _int32(vec.fit_transform([{k: v for k, v in r[1].items() if k in keep} for r in rows]))
    clf = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
    clf.fit(x, [r[3] for r in rows], sample_weight=None if weights is None else list(weights))
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 3) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 0.005}
    return weights, round(float(clf.intercept_[0]), 3)


FIRST = ("n=", "p=", "st1", "lf", "cr")  # what the gate's first step sees (st1: the word's st alone)
SECOND = ("n=", "p=", "st", "lf", "cr", "seg=", "bd=")


def fit_step(
    rows: Sequence[Row],
    logits: Sequence[float],
    threshold: float,
    inputs: tuple[str, ...],
    args: argparse.Namespace,
    keep: Sequence[bool] | None = None,
) -> tuple[dict, list[bool]]:
    """One step of the gate: a logistic model on ``inputs`` of the rows' gate features, fitted to the
    full model's decisions (logit above its threshold minus ``--gate-margin``); its cut lets through all
    but ``--gate-loss`` of the rows the full model accepts (among ``keep``, those the step before let
    through). Returns the step's parameters and which rows pass."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def kind(name: str) -> str:
        return name.split("=", 1)[0] + "=" if "=" in name else name

    feats = [{("st" if k == "st1" else k): v for k, v in r[2].items() if kind(k) in inputs} for r in rows]
    vec = DictVectorizer()
    x = _int32(vec.fit_transform(feats))
    clf = LogisticRegression(C=args.gate_C, max_iter=5000, solver="liblinear")
    clf.fit(x, [lg > threshold - args.gate_margin for lg in logits])
    w = {str(k): float(v) for k, v in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)}
    b = float(clf.intercept_[0])
    scores = clf.decision_function(x)
    keep = keep or [True] * len(rows)
    accepted = sorted(float(s) for s, lg, k in zip(scores, logits, keep, strict=True) if k and lg > threshold)
    cut = accepted[int(len(accepted) * args.gate_loss)] - 1e-3 if accepted else 0.0
    step = {
        "next": {k[2:]: round(v + b, 3) for k, v in sorted(w.items()) if k.startswith("n=")},
        "next_unknown": round(b, 3),
        "prev": {k[2:]: round(v, 3) for k, v in sorted(w.items()) if k.startswith("p=")},
        "prev_unknown": 0.0,
        "st": round(w.get("st", 0.0), 3),
        "lf": round(w.get("lf", 0.0), 3),
        "credit": round(w.get("cr", 0.0), 3),
        "cut": round(cut, 3),
    }
    if "seg=" in inputs:
        step["seg"] = [round(w.get(f"seg={i}", 0.0), 3) for i in range(max(glued.SEG) + 1)]
        step["boundary"] = {k: round(w.get(f"bd={k}", 0.0), 3) for k in ("line", "punct", "glued")}
    passed = [k and s >= cut for s, k in zip(scores, keep, strict=True)]
    return step, passed


def fit_gate(rows: Sequence[Row], full: glued.Model, args: argparse.Namespace) -> dict:
    """Both steps of the gate (see ``dvtext.text.glued.Gate``); the next words that weigh no more than an
    unknown word are left out (they fall back to ``next_unknown``)."""
    logits = [logit(full, r[1]) for r in rows]
    first, passed = fit_step(rows, logits, full.threshold, FIRST, args)
    second, passed2 = fit_step(rows, logits, full.threshold, SECOND, args, passed)
    acc = [lg > full.threshold for lg in logits]
    print(
        f"gate: first step passes {sum(passed)}/{len(rows)} training candidates, second {sum(passed2)}; "
        f"of the {sum(acc)} the model accepts, {sum(a and p for a, p in zip(acc, passed2, strict=True))} pass"
    )
    for step in (first, second):
        step["next"] = {k: v for k, v in step["next"].items() if v > step["next_unknown"] + 0.05}
    return {"first": first, "second": second}


NO_GATE = {
    "first": {
        "next": {}, "next_unknown": 0.0, "prev": {}, "prev_unknown": 0.0, "st": 0.0, "lf": 0.0, "credit": 0.0,
        "cut": -1e9,
    },
    "second": {
        "next": {}, "next_unknown": 0.0, "prev": {}, "prev_unknown": 0.0, "st": 0.0, "lf": 0.0, "credit": 0.0,
        "seg": [0.0] * 9, "boundary": {}, "cut": -1e9,
    },
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dvtext" / "data" / "sentence_model.json")
    ap.add_argument("--strip-share", type=float, default=0.0, help="punctuated lines stripped of their end")
    ap.add_argument("--credit-share", type=float, default=0.1, help="lines given a glued photo credit")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-precision", type=float, default=0.98)
    ap.add_argument("--max-dantri-extra", type=float, default=0.1, help="per 100 validation lines")
    ap.add_argument("--rule", choices=("precision", "net"), default="precision", help="how the threshold is chosen")
    ap.add_argument("--gate-loss", type=float, default=0.005)
    ap.add_argument("--gate-margin", type=float, default=1.0)
    ap.add_argument("--gate-C", type=float, default=1.0)
    ap.add_argument("--grid", default="0:4:0.25", help="thresholds tried: low:high:step")
    ap.add_argument("--threshold", type=float, default=None, help="use this threshold (no grid choice)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N dantri articles")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--baomoi", type=Path, default=BAOMOI_TRAIN, help="hand-read baomoi training set (e)")
    ap.add_argument("--no-baomoi", action="store_true", help="train on dantri alone")
    ap.add_argument("--baomoi-weight", type=float, default=3.0, help="weight of a baomoi row")
    ap.add_argument("--cv", type=int, default=5, help="folds of (e) for out-of-fold figures (0: none)")
    ap.add_argument("--cv-only", action="store_true", help="print the out-of-fold (e) figures and stop")
    args = ap.parse_args(argv)

    ev = _bench()
    t0 = time.time()
    install(None)
    learned = sentences._lexicon().learned
    dantri = ev.load_dantri(args.shared, args.limit)
    rng = random.Random(13)
    credits = bylines([a for i, a in enumerate(dantri) if i % 4])
    train_texts = [
        glue_article(a["sentences"], rng, args.strip_share, args.credit_share, credits)
        for i, a in enumerate(dantri)
        if i % 4
    ]
    val_articles = [a for i, a in enumerate(dantri) if i % 4 == 0]
    train = [r for rows, _ in collect(train_texts) for r in rows]
    dev = ev.load_dev(args.shared)
    n_pos = sum(r[3] for r in train)
    print(f"dantri train: {len(train_texts)} articles, {len(train)} candidates, {n_pos} positives ({time.time() - t0:.0f}s)")

    row_weights = [1.0] * len(train)
    n_baomoi = 0
    oof: dict[float, dict] = {}
    lo, hi, step = (float(x) for x in args.grid.split(":"))
    grid = [args.threshold] if args.threshold is not None else [lo + i * step for i in range(int((hi - lo) / step + 1.5))]
    if not args.no_baomoi:
        articles = baomoi_articles(ev, args.shared, args.baomoi)
        if args.cv:
            print(f"(e) out of fold, {args.cv} folds, {len(articles)} articles:")
            for t, tp, fp, fn in cross_validate(ev, train, articles, grid, args.cv, args, learned):
                p = tp / (tp + fp) if tp + fp else 1.0
                oof[t] = {"e_oof_precision": round(p, 4), "e_oof_recall": round(tp / (tp + fn), 4),
                          "e_oof_net": tp - fp}
                print(f"  threshold {t:5.2f}: precision {p:.4f} recall {tp / (tp + fn):.4f} (tp {tp} fp {fp} fn {fn})")
            if args.cv_only:
                return 0
        read = [r for _, rows in articles for r in rows]
        n_baomoi = len(read)
        train += read
        row_weights += [args.baomoi_weight] * len(read)
        print(f"baomoi (e): {len(read)} candidates, {sum(r[3] for r in read)} positives")

    weights, bias = fit_model(train, args.min_count, args.C, row_weights)
    print(f"model: {len(weights)} weights, bias {bias} ({time.time() - t0:.0f}s)")

    def measure(model: glued.Model) -> dict:
        install(model)
        rc = ev.eval_dev(dev, ev.dvtext_ends)
        ra = ev.eval_dantri(val_articles, ev.dvtext_ends)
        return {
            "c_precision": round(rc["precision"], 4),
            "c_recall": round(rc["recall"], 4),
            "c_net": rc["tp"] - rc["fp"],
            "dantri_val_extra_per_100_lines": round(ra["unpunctuated_per_100_lines"], 3),
            "dantri_val_extra": ra["unpunctuated_inside"],
            "dantri_val_recall": round(ra["recall"], 4),
        }

    def model_of(threshold: float, gate: dict = NO_GATE) -> glued.Model:
        return glued.make_model(weights, bias, threshold, gate, learned)

    table = []
    for thr in grid:
        m = {**measure(model_of(thr)), **oof.get(thr, {})}
        table.append((thr, m))
        print(f"  threshold {thr:5.2f}: {m}")
    if oof and args.rule == "net":  # the most boundaries net of false ones on (c) and (e) out of fold
        ok = [(t, m) for t, m in table if m["dantri_val_extra_per_100_lines"] <= args.max_dantri_extra]
        thr, best = max(ok or table[-1:], key=lambda tm: (tm[1]["c_net"] + tm[1].get("e_oof_net", 0), tm[0]))
    else:
        ok = [
            (t, m)
            for t, m in table
            if m["c_precision"] >= args.min_precision and m["dantri_val_extra_per_100_lines"] <= args.max_dantri_extra
        ]
        thr, best = min(ok, key=lambda tm: tm[0]) if ok else max(table, key=lambda tm: tm[0])
    print(f"chosen threshold {thr}: {best}")

    full = model_of(thr)
    gate = fit_gate(train, full, args)
    final = model_of(thr, gate)
    m = measure(final)
    print(f"with the gate: {m} ({time.time() - t0:.0f}s)")
    if args.no_write:
        return 0
    ids = hashlib.sha1("\n".join(a["id"] for a in dantri).encode()).hexdigest()
    out = {
        "_doc": (
            "Logistic model of sentences glued without punctuation, trained by "
            "bench/tools/train_sentence_model.py (see its docstring); scored by dvtext.text.glued: "
            "logit = bias + sum of the weights of the features of a candidate (binary features weigh their "
            "weight, numeric ones weight x value), a boundary when logit > threshold. gate: the first-step "
            "model (see dvtext.text.glued.Gate); a candidate gets the full features when its gate score "
            "reaches cut."
        ),
        "trained": {
            "dantri_train_articles": len(train_texts),
            "dantri_train_candidates": len(train),
            "dantri_train_positives": n_pos,
            "dantri_ids_sha1": ids,
            "baomoi_train_candidates": n_baomoi,
            "baomoi_weight": 0.0 if args.no_baomoi else args.baomoi_weight,
            "credit_share": args.credit_share,
            "strip_share": args.strip_share,
            "C": args.C,
            "min_count": args.min_count,
            "threshold_choice": {
                "rule": "max net (c) + (e) out of fold" if oof and args.rule == "net"
                else "lowest with (c) precision >= min_precision_c",
                "cv_folds": args.cv if oof else 0,
                "min_precision_c": args.min_precision,
                "max_dantri_val_extra_per_100_lines": args.max_dantri_extra,
                "grid": [[t, m] for t, m in table],
            },
            "with_gate": m,
        },
        "bias": bias,
        "threshold": thr,
        "weights": dict(sorted(weights.items())),
        "gate": gate,
    }
    write_json(args.out, out)
    print(f"-> {args.out} ({args.out.stat().st_size:,} bytes, {time.time() - t0:.0f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
