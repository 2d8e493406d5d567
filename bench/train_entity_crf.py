"""Train the entity CRF (``dvtext.extract.learned``) on the development gold and write it with its card.

    python bench/train_entity_crf.py [--shared ../shared] [--cv] [-o src/dvtext/data/models/entities]

Training data: every entity development set (``corpora/gold/`` and ``corpora/gold/dev*-entities``; never the
held-back test split), read from ../shared through ``bench/gold.py``. The CRF sees each article with the grammar's
labels as features. For the sets scored *fresh* (dev5 onwards) those labels are the grammar's output at the commit
each set was first scored at, stored in ``corpora/gold/fresh-rules.jsonl`` (made by running that commit's
``dvtext.analyze`` over the set): out-of-fold base predictions, so the CRF learns how the grammar errs on text it was
not written from. The first sets (dev, dev2-dev4) have no such record and get the current grammar's labels.

``--cv`` first scores the stacking by leave-one-set-out over the fresh sets and the test split (each held-out set
with its fresh labels; the test split, never studied, with the current grammar's), side by side with the grammar
alone, and writes the figures into the card. Exact-span micro-F1, predictions inside boilerplate left out, as in
``bench/eval_entities.py``.

Settings: L1 0.05, L2 0.01, 150 iterations of OWL-QN (underthesea_core's CRF). Training takes about 30 seconds.

A new set: score it fresh, and in the same commit record the grammar's output on it before anything is written
from it: ``python bench/train_entity_crf.py --record dev15`` appends its rows (with the HEAD commit) to
``fresh-rules.jsonl``; retrain afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import gold as G  # noqa: E402
from eval_entities import _outside, _prf, batch_ids  # noqa: E402

from dvtext.extract.entities import extract_entities  # noqa: E402
from dvtext.extract.entity_grammar import Scanner  # noqa: E402
from dvtext.extract.learned import feature_data_sha256, merge, tag, training_rows  # noqa: E402
from dvtext.text.sentences import split_sentences  # noqa: E402

FRESH = ROOT / "corpora" / "gold" / "fresh-rules.jsonl"
DEFAULT_OUT = ROOT / "src" / "dvtext" / "data" / "models" / "entities"
SETTINGS = {"l1": 0.05, "l2": 0.01, "iterations": 150}


def load(shared: Path) -> list[dict[str, Any]]:
    """Every gold article with entities: set, id, text, gold spans, boilerplate, the grammar's spans."""
    fresh = {(r["set"], r["id"]): [tuple(e) for e in r["entities"]]
             for r in map(json.loads, FRESH.read_text(encoding="utf-8").splitlines()) if r}
    sets: list[tuple[str, list[Any]]] = [("dev", G.load_gold(shared, split="dev")),
                                         ("test", G.load_gold(shared, split="test"))]
    for path in sorted(G.GOLD_DIR.glob("dev*-entities"), key=lambda p: int(p.name[3:-9])):
        name = path.name[: -len("-entities")]
        missing = [f for f in ("articles.jsonl", "statistics.jsonl", "entities.jsonl") if not (path / f).exists()]
        if missing:  # a set still being annotated
            print(f"{path.name}: skipped, no {', '.join(missing)} yet", file=sys.stderr)
            continue
        sets.append((name, G._load_dir(shared, path, name)))
    arts = []
    for name, lst in sets:
        same_event = batch_ids(f"{name}-entities", "C") if name.startswith("dev") and name != "dev" else set()
        for a in lst:
            if a.entities is None or a.id in same_event:
                continue  # batch C: same-event articles, left out of every fresh figure
            rules = fresh.get((name, a.id))
            if rules is None:
                rules = [(e.start, e.end, e.label)
                         for e in extract_entities(a.text, sentences=split_sentences(a.text), learned=False)]
            arts.append({"set": name, "id": a.id, "text": a.text, "fresh": (name, a.id) in fresh, "rules": rules,
                         "gold": [(e["start"], e["end"], e["label"]) for e in a.entities],
                         "boilerplate": [(b["start"], b["end"]) for b in (a.boilerplate or ())]})
    return arts


def _xy(art: dict[str, Any]) -> tuple[Scanner, list[tuple[list[list[str]], list[str]]]]:
    sc = Scanner(art["text"])
    return sc, training_rows(sc, art["rules"], art["gold"])


def train(rows: list[tuple[list[list[str]], list[str]]], path: Path) -> None:
    import underthesea_core

    t = underthesea_core.CRFTrainer()
    t.set_l1_penalty(SETTINGS["l1"])
    t.set_l2_penalty(SETTINGS["l2"])
    t.set_max_iterations(SETTINGS["iterations"])
    # the trainer reports every iteration on the process's stderr: send it to /dev/null
    sys.stderr.flush()
    fd = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            model = t.train([r[0] for r in rows], [r[1] for r in rows])
    finally:
        os.dup2(fd, 2)
        os.close(fd)
    model.save(str(path))


def _score(pairs: list[tuple[dict[str, Any], set]]) -> dict[str, float]:
    """Exact-span micro P/R/F1 (predictions inside boilerplate left out), as ``bench/eval_entities.py`` scores."""
    tp = fp = fn = 0
    for art, pred in pairs:
        pred = {p for p in pred if _outside({"start": p[0], "end": p[1]}, art["boilerplate"])}
        gold = set(art["gold"])
        tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
    m = _prf(tp, fp, fn)
    return {"precision": round(m["p"], 4), "recall": round(m["r"], 4), "f1": round(m["f1"], 4), "gold": tp + fn}


def cross_validate(arts: list[dict[str, Any]], xy: dict[int, Any], dump: Path | None = None) -> dict[str, Any]:
    """Leave-one-set-out figures; with ``dump``, every held-out article's spans (gold, the grammar's, the CRF's
    before and after :func:`merge`) as JSON lines, to study how the two are combined without retraining."""
    import underthesea_core

    held = [s for s in dict.fromkeys(a["set"] for a in arts) if s == "test" or any(a["fresh"] for a in arts if a["set"] == s)]
    out: dict[str, Any] = {"folds": {}}
    dumped: list[dict[str, Any]] = []
    all_r: list = []
    all_c: list = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in held:
            trn = [row for k, a in enumerate(arts) if a["set"] not in (s, "test") for row in xy[k][1]]
            train(trn, Path(tmp) / "cv.crf")
            tagger = underthesea_core.CRFTagger()
            tagger.load(str(Path(tmp) / "cv.crf"))
            r, c = [], []
            for k, a in enumerate(arts):
                if a["set"] != s:
                    continue
                crf = tag(tagger, xy[k][0], a["rules"])
                merged = merge(a["rules"], crf)
                r.append((a, set(a["rules"])))
                c.append((a, set(merged)))
                if dump is not None:
                    dumped.append({"set": s, "id": a["id"], "gold": a["gold"], "rules": a["rules"], "crf": crf,
                                   "merged": merged, "boilerplate": a["boilerplate"]})
            out["folds"][s] = {"rules": _score(r), "crf": _score(c)}
            print(f"{s:6s} grammar {out['folds'][s]['rules']['f1']:.3f}  + CRF {out['folds'][s]['crf']['f1']:.3f}"
                  f"  (gold {out['folds'][s]['rules']['gold']})", flush=True)
            all_r += r
            all_c += c
    out["pooled"] = {"rules": _score(all_r), "crf": _score(all_c)}
    if dump is not None:
        dump.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in dumped), encoding="utf-8")
    print(f"pooled grammar {out['pooled']['rules']['f1']:.3f}  + CRF {out['pooled']['crf']['f1']:.3f}", flush=True)
    return out


def record(shared: Path, name: str) -> int:
    """Append the grammar's entities on every article of set ``name`` to ``fresh-rules.jsonl``."""
    import subprocess

    path = G.GOLD_DIR / f"{name}-entities"
    if not path.is_dir():
        raise SystemExit(f"no set {path}")
    done = {r["set"] for r in map(json.loads, FRESH.read_text(encoding="utf-8").splitlines()) if r}
    if name in done:
        raise SystemExit(f"{name} is already recorded in {FRESH}: its fresh output is kept as it was")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout.strip()
    with FRESH.open("a", encoding="utf-8") as fh:
        for a in G._load_dir(shared, path, name):
            ents = extract_entities(a.text, sentences=split_sentences(a.text), learned=False)
            fh.write(json.dumps({"set": name, "id": a.id, "commit": commit,
                                 "entities": [[e.start, e.end, e.label] for e in ents]}, ensure_ascii=False) + "\n")
    print(f"recorded {name} at {commit} in {FRESH}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=G.default_shared())
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures first (about 5 minutes)")
    ap.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT, help="path without suffix: writes .crf and .card.json")
    ap.add_argument("--dump", type=Path, help="with --cv: write the held-out articles' spans (JSON lines) here")
    ap.add_argument("--record", metavar="SET", help="append the grammar's output on SET (e.g. dev15) to "
                    "fresh-rules.jsonl with the HEAD commit, and stop")
    args = ap.parse_args(argv)
    if args.record:
        return record(args.shared, args.record)
    arts = load(args.shared)
    xy = {k: _xy(a) for k, a in enumerate(arts)}
    card: dict[str, Any] = {}
    if args.cv:
        card["cross_validation"] = cross_validate(arts, xy, args.dump)
    train_rows = [row for k, a in enumerate(arts) if a["set"] != "test" for row in xy[k][1]]
    model_path = args.out.with_suffix(".crf")
    model_path.parent.mkdir(parents=True, exist_ok=True)
    train(train_rows, model_path)
    data = model_path.read_bytes()
    used = [a for a in arts if a["set"] != "test"]
    card = {"model": model_path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
            "created": dt.date.today().isoformat(), "settings": SETTINGS,
            "training_data": {"articles": len(used), "entities": sum(len(a["gold"]) for a in used),
                              "sets": sorted({a["set"] for a in used}, key=lambda s: (len(s), s)),
                              "fresh_labels": sorted({a["set"] for a in used if a["fresh"]}, key=lambda s: (len(s), s)),
                              "ids_sha256": hashlib.sha256("\n".join(sorted(f"{a['set']}/{a['id']}" for a in used))
                                                           .encode()).hexdigest()},
            "feature_data": feature_data_sha256(),
            "versions": {"underthesea_core": version("underthesea_core"), "dvtext": version("dvtext")}, **card}
    args.out.with_suffix(".card.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {model_path} ({len(data):,} bytes) from {len(used)} articles", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
