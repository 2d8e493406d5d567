"""Thresholds chosen from out-of-fold probabilities (dvtext.topics.evaluation.choose_thresholds)."""

from __future__ import annotations

import numpy as np

from dvtext.topics.evaluation import choose_thresholds


def _column(pos: list[float], neg: list[float]) -> tuple[np.ndarray, np.ndarray]:
    p = np.array(pos + neg, dtype=float)[:, None]
    y = np.array([1] * len(pos) + [0] * len(neg))[:, None]
    return p, y


def test_separable_label_gets_a_threshold_between_the_classes() -> None:
    p, y = _column([0.9, 0.8, 0.7], [0.3, 0.2, 0.1])
    t = choose_thresholds(p, y)[0]
    assert 0.3 < t <= 0.7
    assert abs(t - 0.5) <= 0.02  # the middle of the gap, not an edge of it


def test_flat_f1_gives_the_middle_of_the_plateau_not_an_edge() -> None:
    # F1 is 1.0 for every threshold in (0.2, 0.8]: the threshold is the middle of that range
    p, y = _column([0.9, 0.8], [0.2, 0.1])
    assert 0.45 <= choose_thresholds(p, y)[0] <= 0.55
    assert 0.45 <= choose_thresholds(p, y, tolerance=0.0)[0] <= 0.55


def test_tolerance_takes_a_near_best_range_over_a_narrow_peak() -> None:
    # 20 positives: 19 spread in (0.5, 0.9], one at 0.31; 60 negatives below 0.3 and one at 0.45.
    # Accepting down to 0.31 catches every positive (F1 0.976, t in (0.30, 0.31]); any t in (0.45, 0.5]
    # misses one positive and no negative (F1 0.974). The argmax is the narrow peak, the tolerance
    # takes the middle of both.
    pos = [0.31] + list(np.linspace(0.5, 0.9, 19))
    neg = list(np.linspace(0.02, 0.3, 60)) + [0.45]
    p, y = _column(pos, neg)
    plain = choose_thresholds(p, y, tolerance=0.0)[0]
    middle = choose_thresholds(p, y, tolerance=0.01)[0]
    assert plain == 0.31
    assert 0.31 < middle <= 0.5


def test_best_range_wins_over_a_worse_one() -> None:
    # positives at 0.9 and 0.55, negatives at 0.6 and 0.3: F1 0.8 for t in (0.3, 0.55], 0.667 above 0.6
    # and when everything is accepted
    p, y = _column([0.9, 0.55], [0.6, 0.3])
    assert 0.3 < choose_thresholds(p, y)[0] <= 0.55


def test_threshold_is_steadier_than_the_argmax_under_resampling() -> None:
    # a label whose F1 is flat over a wide range: resampled thresholds spread less with the tolerance
    rng = np.random.default_rng(1)
    pos = rng.beta(4, 3, 150)
    neg = rng.beta(2, 5, 850)
    p = np.concatenate([pos, neg])[:, None]
    y = np.concatenate([np.ones(150), np.zeros(850)])[:, None]
    plain, middle = [], []
    for _ in range(40):
        i = rng.integers(0, len(p), len(p))
        plain.append(choose_thresholds(p[i], y[i], tolerance=0.0)[0])
        middle.append(choose_thresholds(p[i], y[i])[0])
    assert np.std(middle) < np.std(plain)


def test_label_without_positives_keeps_the_default_and_floor_holds() -> None:
    p = np.array([[0.9, 0.01], [0.1, 0.02], [0.2, 0.03]])
    y = np.array([[0, 1], [0, 1], [0, 0]])
    t = choose_thresholds(p, y, default=0.5, floor=0.05)
    assert t[0] == 0.5
    assert t[1] >= 0.05


def test_weights_count_some_articles_more() -> None:
    # a weak (weight 0.01) positive at 0.3 should not pull the threshold down to accept it
    p = np.array([[0.9], [0.8], [0.3], [0.35], [0.2]])
    y = np.array([[1], [1], [1], [0], [0]])
    w = np.array([1.0, 1.0, 0.01, 1.0, 1.0])
    assert choose_thresholds(p, y, weights=w)[0] > 0.35
    assert choose_thresholds(p, y)[0] <= 0.3
