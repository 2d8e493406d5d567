"""Scoring multi-label topic predictions: per-label P/R/F1, micro/macro, primary accuracy, confusions.

Also the two pieces of cross-validation that must be honest and deterministic: splitting labelled
articles into folds that keep every label represented (:func:`assign_folds`), and choosing one
threshold per label from out-of-fold probabilities (:func:`choose_thresholds`).

Example:
    >>> m = score([("cchc", "doi_thoai")], [("cchc",)], ["cchc"], ["cchc"], labels=["cchc", "doi_thoai"])
    >>> m["micro"]["f1"], m["primary_accuracy"]
    (0.6667, 1.0)
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["assign_folds", "choose_thresholds", "score", "format_report", "NONE"]

#: The primary label of an article about none of the topics.
NONE = "none"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(
    gold: Sequence[Sequence[str]],
    predicted: Sequence[Sequence[str]],
    gold_primary: Sequence[str],
    predicted_primary: Sequence[str],
    *,
    labels: Sequence[str],
    top_confusions: int = 10,
) -> dict[str, Any]:
    """Compare predicted label sets with gold ones.

    Args:
        gold: the gold labels of each article.
        predicted: the predicted labels of each article.
        gold_primary: the gold primary label (``"none"`` for no topic).
        predicted_primary: the predicted primary label.
        labels: the label set (per-label figures are given for each, in this order).
        top_confusions: how many of the most frequent confusions to list.

    Returns:
        ``{"per_label": {label: {precision, recall, f1, support}}, "micro": {...}, "macro": {...},
        "primary_accuracy": float, "articles": int, "confusions": [...], "primary_confusions": [...]}``;
        ``confusions`` counts, for articles where gold label A was missed while B was wrongly assigned,
        the pair A → B (the labels that get mixed up).

    Example:
        >>> score([["giam_ngheo"]], [["dan_toc"]], ["giam_ngheo"], ["dan_toc"],
        ...       labels=["giam_ngheo", "dan_toc"])["confusions"]
        [{'gold': 'giam_ngheo', 'predicted': 'dan_toc', 'count': 1}]
    """
    if not (len(gold) == len(predicted) == len(gold_primary) == len(predicted_primary)):
        raise ValueError("gold and predicted lists must have the same length")
    per: dict[str, dict[str, Any]] = {}
    tps = fps = fns = 0
    pairs: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        missed = set(g) - set(p)
        extra = set(p) - set(g)
        for a in missed:
            for b in extra:
                pairs[(a, b)] += 1
    macro: list[tuple[float, float, float]] = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if lab in g and lab in p)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if lab not in g and lab in p)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if lab in g and lab not in p)
        pr, rc, f1 = _prf(tp, fp, fn)
        per[lab] = {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4), "support": tp + fn}
        if tp + fn:  # macro averages over the labels that occur in the gold data
            macro.append((pr, rc, f1))
        tps, fps, fns = tps + tp, fps + fp, fns + fn
    mp, mr, mf = _prf(tps, fps, fns)
    n_macro = max(len(macro), 1)
    prim_pairs = Counter(
        (g, p) for g, p in zip(gold_primary, predicted_primary, strict=True) if g != p
    )
    correct = sum(1 for g, p in zip(gold_primary, predicted_primary, strict=True) if g == p)
    return {
        "articles": len(gold),
        "per_label": per,
        "micro": {"precision": round(mp, 4), "recall": round(mr, 4), "f1": round(mf, 4), "support": tps + fns},
        "macro": {
            "precision": round(sum(x[0] for x in macro) / n_macro, 4),
            "recall": round(sum(x[1] for x in macro) / n_macro, 4),
            "f1": round(sum(x[2] for x in macro) / n_macro, 4),
            "labels": len(macro),
        },
        "primary_accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "confusions": [
            {"gold": a, "predicted": b, "count": c} for (a, b), c in pairs.most_common(top_confusions)
        ],
        "primary_confusions": [
            {"gold": a, "predicted": b, "count": c} for (a, b), c in prim_pairs.most_common(top_confusions)
        ],
    }


def assign_folds(label_sets: Sequence[Sequence[str]], *, folds: int, seed: int = 0) -> list[int]:
    """Split articles into ``folds`` folds, spreading every label as evenly as possible.

    Greedy iterative stratification: articles are taken rarest label first (ties in a seeded random
    order), each going to the fold that most lacks its rarest label, then the smallest fold. Articles
    without labels are dealt round the folds last. Deterministic for a given seed.

    Example:
        >>> assign_folds([["a"], ["a"], ["b"], ["b"], []], folds=2)
        [0, 1, 0, 1, 0]
    """
    if folds < 2:
        raise ValueError("need at least 2 folds")
    n = len(label_sets)
    freq = Counter(lab for labs in label_sets for lab in set(labs))
    order = list(range(n))
    random.Random(seed).shuffle(order)

    def rarity(i: int) -> tuple[int, int]:
        labs = label_sets[i]
        return (min(freq[lab] for lab in labs), 0) if labs else (n + 1, 0)

    order.sort(key=rarity)
    per_fold: list[Counter[str]] = [Counter() for _ in range(folds)]
    sizes = [0] * folds
    out = [0] * n
    for i in order:
        labs = label_sets[i]
        if labs:
            rare = min(labs, key=lambda lab: (freq[lab], lab))
            k = min(range(folds), key=lambda f: (per_fold[f][rare], sizes[f], f))
        else:
            k = min(range(folds), key=lambda f: (sizes[f], f))
        out[i] = k
        sizes[k] += 1
        for lab in set(labs):
            per_fold[k][lab] += 1
    return out


_THRESHOLD_GRID = np.round(np.arange(0.02, 0.981, 0.01), 2)


def choose_thresholds(
    proba: np.ndarray,
    truth: np.ndarray,
    *,
    weights: np.ndarray | None = None,
    default: float = 0.5,
    floor: float = 0.05,
    tolerance: float = 0.01,
) -> np.ndarray:
    """One threshold per label (column) chosen for that label's F1 on out-of-fold probabilities.

    F1 is computed at every threshold of a 0.01 grid from 0.02 to 0.98 (an article is accepted when its
    probability is at least the threshold). Many labels' F1 is flat over a wide range (``doi_thoai``:
    0.73-0.75 from 0.27 to 0.60), so the single best grid point moves by chance with every retraining;
    the threshold is therefore the **median of the grid points whose F1 is within** ``tolerance`` **of the
    best** (``tolerance=0``: the middle of the exact best, the plain argmax when it is one point).
    ``weights`` (one per row) make some articles count more (verified labels over weak ones); a label
    without positives keeps ``default``; never below ``floor``.

    Example:
        >>> choose_thresholds(np.array([[0.9], [0.6], [0.2]]), np.array([[1], [1], [0]])).round(2).tolist()
        [0.4]
    """
    n_labels = proba.shape[1]
    w_all = np.ones(proba.shape[0]) if weights is None else np.asarray(weights, dtype=float)
    out = np.full(n_labels, default, dtype=float)
    for j in range(n_labels):
        y = truth[:, j].astype(bool)
        if not y.any():
            continue
        f1 = _f1_on_grid(proba[:, j], y, w_all)
        near_best = np.flatnonzero(f1 >= f1.max() - tolerance)
        out[j] = max(floor, float(_THRESHOLD_GRID[int(np.median(near_best))]))
    return out


def _f1_on_grid(p: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Weighted F1 of "accept when p >= t" for every t of the threshold grid."""
    order = np.argsort(p, kind="stable")
    ps, ys, ws = p[order], y[order], w[order]
    # accepted at t: the rows from the first index with p >= t to the end
    tp_suffix = np.append(np.cumsum((ws * ys)[::-1])[::-1], 0.0)
    fp_suffix = np.append(np.cumsum((ws * ~ys)[::-1])[::-1], 0.0)
    first = np.searchsorted(ps, _THRESHOLD_GRID, side="left")
    tp, fp = tp_suffix[first], fp_suffix[first]
    positives = float((ws * ys).sum())
    return np.asarray(2 * tp / (tp + fp + positives), dtype=float)


def format_report(metrics: dict[str, Any], *, title: str = "", other: dict[str, Any] | None = None,
                  other_name: str = "rules") -> str:
    """A plain-text table of :func:`score` figures (optionally side by side with another system)."""
    lines = [title] if title else []
    head = f"{'label':<24}{'P':>7}{'R':>7}{'F1':>7}{'supp':>6}"
    if other is not None:
        head += f"   {other_name + ' F1':>10}"
    lines.append(head)
    lines.append("-" * len(head))
    for lab, m in metrics["per_label"].items():
        row = f"{lab:<24}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6d}"
        if other is not None:
            row += f"   {other['per_label'].get(lab, {}).get('f1', 0.0):>10.3f}"
        lines.append(row)
    lines.append("-" * len(head))
    for avg in ("micro", "macro"):
        m = metrics[avg]
        row = f"{avg:<24}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{'':>6}"
        if other is not None:
            row += f"   {other[avg]['f1']:>10.3f}"
        lines.append(row)
    row = f"{'primary accuracy':<24}{'':>14}{metrics['primary_accuracy']:>7.3f}{'':>6}"
    if other is not None:
        row += f"   {other['primary_accuracy']:>10.3f}"
    lines.append(row)
    lines.append(f"({metrics['articles']} articles)")
    if metrics.get("confusions"):
        lines.append("often mixed (gold label missed → label wrongly given): " + "; ".join(
            f"{c['gold']}→{c['predicted']} {c['count']}" for c in metrics["confusions"][:6]))
    if metrics.get("primary_confusions"):
        lines.append("primary confusions (gold → predicted): " + "; ".join(
            f"{c['gold']}→{c['predicted']} {c['count']}" for c in metrics["primary_confusions"][:6]))
    return "\n".join(lines)
