"""Entities: dvtext ``extract_entities`` vs underthesea ``ner`` on the development gold.

Gold: ``corpora/gold/entities.jsonl`` (PER/ORG/LOC/DOC spans with attributes, per extraction.md) for the
articles of ``corpora/gold/articles.jsonl``: the sample article and baomoi-2017 articles whose text is
read from ../shared at run time and normalised with ``dvtext.normalize`` (the sha1 must match).
Predictions inside boilerplate spans (captions, related links) are dropped, as the gold has none there.

Scores, per label and micro over the four labels:

* exact: a prediction counts when its label, start and end equal a gold entity's;
* partial: a prediction counts when it overlaps a gold entity of its label (one-to-one, in text order).

underthesea's ``ner`` (CRF, trained on VLSP 2016 general news) runs on the same text, one sentence at a
time (dvtext's sentences); its words are aligned back to the text and B-/I- tags become spans
(PER, ORG, LOC; MISC is dropped; it has no DOC, so DOC scores 0). For exact matches, dvtext's attributes
are compared with the gold's (level, province, canonical, role, type, number, code, date, issuer).

Speed (``--speed N``): CPU seconds (``time.process_time``, so other jobs on the machine do not count) per
article of ``extract_entities`` (and of the whole ``analyze`` without topics) and of underthesea ``ner``
over the same N baomoi-2017 articles (not in the gold).

Independent check (``--vlsp``): PER/ORG/LOC on the VLSP 2018 NER dev articles of the news sections closest
to this field (Xã hội, Kinh tế, Pháp luật), offsets mapped to the normalised text; VLSP's conventions differ
in places (it rarely tags "Chính phủ", tags MISC separately), so read these as a sanity check.

Usage::

    python bench/eval_entities.py [--shared ../shared] [--speed 200] [--show-errors] [--vlsp] [--dev2] [--dev3|...|--dev12 [--batch A|B|C]]

``--dev2`` scores the second development set for entities (``corpora/gold/dev2-entities``, 26 articles
annotated for entities only, see its README) instead of the first; ``--dev3`` the third
(``corpora/gold/dev3-entities``, 20 articles), ``--dev4`` the fourth (``corpora/gold/dev4-entities``,
10 articles), ``--dev5`` the fifth (``corpora/gold/dev5-entities``, 12 articles), ``--dev6`` the sixth
(``corpora/gold/dev6-entities``, read in a later session), ``--dev7`` the seventh (``corpora/gold/dev7-entities``,
from VNTC's politics section, 2006-07), ``--dev8`` the eighth (``corpora/gold/dev8-entities``, VNTC too);
``--dev3 --batch A`` (or
``--dev4 --batch B``, ``--dev5 --batch A``) one of its batches.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
if not DEFAULT_SHARED.exists() and Path("/work/shared").exists():  # a worktree: ../shared is two levels up
    DEFAULT_SHARED = Path("/work/shared")
GOLD_DIR = ROOT / "corpora" / "gold"
#: The numbers N of the development sets ``corpora/gold/devN-entities`` (2, 3, ..., 12).
DEV_SETS = sorted(int(n) for p in GOLD_DIR.glob("dev*-entities") if (n := p.name[3:-len("-entities")]).isdigit())
LABELS = ("PER", "ORG", "LOC", "DOC")
ATTRS = ("level", "province", "canonical", "role", "type", "number", "code", "date", "issuer")

sys.path.insert(0, str(ROOT / "src"))

from dvtext.extract.entities import extract_entities  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402
from dvtext.text.sentences import split_sentences  # noqa: E402

Span = tuple[int, int, str]


# -- gold ---------------------------------------------------------------------------------------------------


def load_gold(shared: Path = DEFAULT_SHARED) -> list[dict[str, Any]]:
    """Gold articles as dicts: ``id``, ``text`` (normalised), ``entities``, ``boilerplate``, through
    ``bench/gold.py`` (the gold set's own loader and checker)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold import load_gold as gold_loader  # type: ignore[import-not-found]

    return _as_articles(gold_loader(shared=shared))


def load_dev2(shared: Path = DEFAULT_SHARED, name: str = "dev2-entities") -> list[dict[str, Any]]:
    """The second (or third, fourth, fifth: ``name="dev3-entities"``) development set for entities, through ``bench/gold.py``."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold import _load_dir  # type: ignore[import-not-found]

    return _as_articles(_load_dir(shared, GOLD_DIR / name, name.split("-")[0]))


def batch_ids(name: str, batch: str) -> set[str]:
    """Ids of one batch of a development set (its ``articles.jsonl`` notes end with ``[batch X]``)."""
    rows = [json.loads(x) for x in (GOLD_DIR / name / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return {r["id"] for r in rows if f"[batch {batch}]" in (r.get("note") or "")}


def _as_articles(gold: Any) -> list[dict[str, Any]]:
    """Accept this module's gold or ``bench/gold.py``'s (objects or mappings with the same fields)."""
    out = []
    for g in gold:
        get = g.get if isinstance(g, dict) else (lambda k, d=None, g=g: getattr(g, k, d))
        ents = get("entities")
        if ents is None:
            continue
        bp = [(b["start"], b["end"]) if isinstance(b, dict) else tuple(b)[:2] for b in (get("boilerplate") or ())]
        out.append({"id": get("id"), "text": get("text"), "entities": [dict(e) for e in ents], "boilerplate": bp})
    return out


# -- systems ------------------------------------------------------------------------------------------------


def dvtext_entities(text: str, *, learned: bool = True) -> list[dict[str, Any]]:
    """dvtext's entities; ``learned=False`` (``--grammar``): the grammar's alone, without the CRF on top."""
    return [e.to_dict() for e in extract_entities(text, sentences=split_sentences(text), learned=learned)]


def _dvtext_system(args: Any) -> Any:
    return functools.partial(dvtext_entities, learned=not getattr(args, "grammar", False))


def underthesea_entities(text: str) -> list[dict[str, Any]]:
    """underthesea ``ner`` per sentence, words aligned to ``text``, B-/I- tags merged into spans."""
    from underthesea import ner

    out: list[dict[str, Any]] = []
    for s in split_sentences(text):
        chunk = text[s.start:s.end]
        cursor, cur = 0, None
        for row in ner(chunk):
            word, tag = row[0], row[-1]
            pos = chunk.find(word, cursor)
            if pos < 0:
                pos = chunk.find(word.replace("_", " "), cursor)
            if pos < 0:
                continue
            a, b = s.start + pos, s.start + pos + len(word)
            cursor = pos + len(word)
            label = tag[2:] if tag[:2] in ("B-", "I-") else None
            if label not in ("PER", "ORG", "LOC"):
                cur = None
                continue
            if tag.startswith("I-") and cur is not None and cur["label"] == label:
                cur["end"] = b
            else:
                cur = {"start": a, "end": b, "label": label}
                out.append(cur)
    for e in out:
        e["text"] = text[e["start"]:e["end"]]
    return out


# -- scoring ------------------------------------------------------------------------------------------------


def _outside(e: dict, boiler: Sequence[tuple[int, int]]) -> bool:
    return not any(e["start"] < b and a < e["end"] for a, b in boiler)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def _match(gold: list[dict], pred: list[dict], partial: bool) -> list[tuple[dict, dict]]:
    pairs, used = [], set()
    for p in pred:
        for gi, g in enumerate(gold):
            if gi in used or g["label"] != p["label"]:
                continue
            ok = (g["start"] < p["end"] and p["start"] < g["end"]) if partial else (
                g["start"] == p["start"] and g["end"] == p["end"])
            if ok:
                used.add(gi)
                pairs.append((g, p))
                break
    return pairs


def _same(key: str, ours: Any, gold: Any) -> bool:
    """An attribute as the gold gives it; a province by the province it names (the gold writes it "as named
    in the article": "TP Hồ Chí Minh" in later sets, "Hồ Chí Minh" in others; dvtext gives the short name)."""
    if key == "province" and ours is not None and gold is not None:
        from dvtext.extract.gazetteer import gazetteer

        g = gazetteer()
        return (g.province_name(ours) or ours) == (g.province_name(gold) or gold)
    return bool(ours == gold)


def evaluate(articles: list[dict], system: Any) -> dict[str, Any]:
    """Exact and partial P/R/F1 per label and micro, attribute accuracy, and the errors."""
    counts = {m: {lab: Counter() for lab in LABELS} for m in ("exact", "partial")}
    attr = defaultdict(Counter)
    errors: list[tuple[str, str, dict]] = []
    for art in articles:
        gold = [e for e in art["entities"] if e["label"] in LABELS]
        pred = [e for e in system(art["text"]) if e["label"] in LABELS and _outside(e, art["boilerplate"])]
        for mode in ("exact", "partial"):
            pairs = _match(gold, pred, mode == "partial")
            for lab in LABELS:
                tp = sum(1 for g, _ in pairs if g["label"] == lab)
                counts[mode][lab]["tp"] += tp
                counts[mode][lab]["fp"] += sum(1 for p in pred if p["label"] == lab) - tp
                counts[mode][lab]["fn"] += sum(1 for g in gold if g["label"] == lab) - tp
            if mode == "exact":
                matched_g = {id(g) for g, _ in pairs}
                matched_p = {id(p) for _, p in pairs}
                errors += [(art["id"], "FN", g) for g in gold if id(g) not in matched_g]
                errors += [(art["id"], "FP", p) for p in pred if id(p) not in matched_p]
                for g, p in pairs:
                    for k in ATTRS:
                        if k in g:
                            attr[k]["n"] += 1
                            attr[k]["ok"] += int(_same(k, p.get(k), g[k]))
    result: dict[str, Any] = {"errors": errors, "attributes": {k: v["ok"] / v["n"] for k, v in attr.items()},
                              "attribute_n": {k: v["n"] for k, v in attr.items()}}
    for mode in ("exact", "partial"):
        per = {lab: _prf(c["tp"], c["fp"], c["fn"]) for lab, c in counts[mode].items()}
        tot = [sum(c[k] for c in counts[mode].values()) for k in ("tp", "fp", "fn")]
        per["micro"] = _prf(*tot)
        result[mode] = per
    return result


def score(gold: Any, args: Any = None) -> dict[str, Any]:
    """Entity scores of dvtext and underthesea on ``gold`` (called by ``bench/eval_extract.py``).

    Returns ``{"dvtext": {...}, "underthesea": {...}}``, each with ``exact`` and ``partial`` per-label
    ``p``/``r``/``f1`` (and ``micro``) and, for dvtext, ``attributes`` (accuracy on exact matches).
    """
    articles = _as_articles(gold)
    out = {"dvtext": evaluate(articles, _dvtext_system(args))}
    if not getattr(args, "no_underthesea", False):
        out["underthesea"] = evaluate(articles, underthesea_entities)
    return out


def format_table(res: dict[str, Any]) -> str:
    systems = [s for s in ("dvtext", "underthesea") if s in res]
    lines = []
    for mode in ("exact", "partial"):
        lines.append(f"{mode} span match" + "".join(f" | {s:^23}" for s in systems))
        lines.append(f"{'label':<16}" + " |    P      R      F1   " * len(systems))
        for lab in (*LABELS, "micro"):
            row = f"{lab:<16}"
            for s in systems:
                m = res[s][mode][lab]
                row += f" | {m['p']:.3f}  {m['r']:.3f}  {m['f1']:.3f} "
            n = res["dvtext"][mode][lab]
            lines.append(row + f"  (gold {n['tp'] + n['fn']})")
        lines.append("")
    attrs = res["dvtext"]["attributes"]
    if attrs:
        lines.append("dvtext attributes on exact matches: " + ", ".join(
            f"{k} {v:.2f} (n={res['dvtext']['attribute_n'][k]})" for k, v in sorted(attrs.items())))
    return "\n".join(lines)


# -- speed --------------------------------------------------------------------------------------------------


def _baomoi_sample(shared: Path, n: int, exclude: Iterable[str]) -> list[str]:
    skip = set(exclude)
    out = []
    with gzip.open(shared / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in skip or len(obj["text"]) < 800:
                continue
            out.append(normalize(obj["text"]).text)
            if len(out) >= n:
                break
    return out


def speed(shared: Path, n: int, exclude: Iterable[str]) -> dict[str, float]:
    from underthesea import ner

    from dvtext.pipeline import analyze

    texts = _baomoi_sample(shared, n, exclude)
    extract_entities(texts[0], sentences=split_sentences(texts[0]))  # load data once
    ner("Hà Nội")
    sents = [[t[s.start:s.end] for s in split_sentences(t)] for t in texts]
    t0 = time.process_time()
    for t in texts:
        extract_entities(t, sentences=split_sentences(t))
    t_ent = time.process_time() - t0
    t0 = time.process_time()
    for t in texts:
        analyze(t, topics=False)
    t_all = time.process_time() - t0
    t0 = time.process_time()
    for ss in sents:
        for s in ss:
            ner(s)
    t_ner = time.process_time() - t0
    chars = sum(len(t) for t in texts)
    return {"articles": len(texts), "chars": chars, "entities_s_per_article": t_ent / len(texts),
            "analyze_s_per_article": t_all / len(texts), "underthesea_ner_s_per_article": t_ner / len(texts)}


VLSP_SECTIONS = ("Xa hoi", "Kinh te", "Phap luat")
VLSP_LABELS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def load_vlsp(shared: Path, sections: Sequence[str] = VLSP_SECTIONS) -> list[dict[str, Any]]:
    """VLSP 2018 dev articles of ``sections`` with PER/ORG/LOC spans on the normalised text."""
    out = []
    with gzip.open(shared / "corpora" / "vlsp2018-ner.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if "dev" not in d["split"].lower() or d["category"] not in sections:
                continue
            norm = normalize(d["text"])
            first: dict[int, int] = {}
            for i, o in enumerate(norm.offsets):
                first.setdefault(o, i)
            ents = []
            for e in d["entities"]:
                a, b = first.get(e["start"]), first.get(e["end"] - 1)
                if e["label"] in VLSP_LABELS and a is not None and b is not None:
                    ents.append({"start": a, "end": b + 1, "label": VLSP_LABELS[e["label"]]})
            out.append({"id": d["id"], "text": norm.text, "entities": ents, "boilerplate": []})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="time N baomoi articles (0: skip)")
    ap.add_argument("--show-errors", action="store_true", help="list dvtext's exact-match errors")
    ap.add_argument("--no-underthesea", action="store_true", help="score dvtext alone")
    ap.add_argument("--grammar", action="store_true", help="dvtext's grammar alone, without the entity CRF")
    ap.add_argument("--vlsp", action="store_true", help="also score PER/ORG/LOC on VLSP 2018 dev (news sections)")
    for n in DEV_SETS:  # --dev2 ... --dev12: one flag per corpora/gold/devN-entities folder
        ap.add_argument(f"--dev{n}", action="store_true",
                        help=f"score corpora/gold/dev{n}-entities instead of the first development set")
    ap.add_argument("--batch", help="with --dev3 to --dev12: score one batch (A, B or C) of the set")
    args = ap.parse_args(argv)
    later = [n for n in reversed(DEV_SETS) if n >= 3 and getattr(args, f"dev{n}")]
    if args.batch and not later:
        ap.error("--batch needs one of --dev3 to --dev12")
    if later:
        name = f"dev{later[0]}-entities"
        gold = load_dev2(args.shared, name)
        if args.batch:
            keep = batch_ids(name, args.batch)
            gold = [g for g in gold if g["id"] in keep]
    else:
        gold = load_dev2(args.shared) if args.dev2 else load_gold(args.shared)
    res = score(gold, args)
    print(f"{len(gold)} gold articles, {sum(len(g['entities']) for g in gold)} entities\n")
    print(format_table(res))
    if args.show_errors:
        for aid, kind, e in res["dvtext"]["errors"]:
            print(f"{kind} {e['label']:<3} {aid:<16} {e['start']:>5} {e['text']!r}")
    if args.vlsp:
        arts = load_vlsp(args.shared)
        no_doc = lambda fn: (lambda t: [e for e in fn(t) if e["label"] != "DOC"])  # noqa: E731
        vres = {"dvtext": evaluate(arts, no_doc(_dvtext_system(args)))}
        if not args.no_underthesea:
            vres["underthesea"] = evaluate(arts, underthesea_entities)
        print(f"\nVLSP 2018 dev, sections {', '.join(VLSP_SECTIONS)}: {len(arts)} articles")
        print(format_table(vres).split("\n\n")[0])
    if args.speed:
        sp = speed(args.shared, args.speed, [g["id"] for g in gold])
        ratio = sp["underthesea_ner_s_per_article"] / sp["analyze_s_per_article"]
        print(f"\nspeed over {sp['articles']} baomoi-2017 articles ({sp['chars'] / sp['articles']:.0f} chars each):"
              f" extract_entities {sp['entities_s_per_article'] * 1000:.1f} ms/article, analyze (no topics)"
              f" {sp['analyze_s_per_article'] * 1000:.1f} ms/article, underthesea ner"
              f" {sp['underthesea_ner_s_per_article'] * 1000:.1f} ms/article: analyze is {ratio:.1f}x faster")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
