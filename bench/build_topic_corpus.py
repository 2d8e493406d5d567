"""Build and inspect the labelled topic corpus (``corpora/topics``).

The corpus has two layers (see ``corpora/topics/DATASHEET.md``):

* articles labelled **by reading** (``verified: true``, ``provenance: "read"``), added in batches with
  ``add``; they are never rewritten by this script;
* **weak labels** from the labelling functions (``dvtext.topics.labeling``) for a stratified sample of
  ../shared/corpora (``verified: false``, ``provenance: "rules:<rule ids>"``), rebuilt by ``weak``.

Usage::

    python bench/build_topic_corpus.py scan                       # weak labels of every shared article (cached)
    python bench/build_topic_corpus.py weak --n 2500              # (re)draw the weak layer, write vntc_texts
    python bench/build_topic_corpus.py candidates --label ton_giao --n 40 [--mode rules|near|keyword|random]
    python bench/build_topic_corpus.py show ID [ID ...]           # title, lead, cue sentences for reading
    python bench/build_topic_corpus.py add decisions.tsv          # append read labels (id, labels, primary, note)
    python bench/build_topic_corpus.py report [--split dev|test]  # counts; rules vs read labels
    python bench/build_topic_corpus.py agreement relabel.tsv -v   # a blind re-labelling vs the stored labels
    python bench/build_topic_corpus.py correct fixes.tsv          # correct read labels (old ones kept in the note)
    python bench/build_topic_corpus.py review review.tsv          # a second blind reading (+ a third where they differ)

``--shared DIR`` (or ``DVTEXT_SHARED``) points to ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import os
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:  # running as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

from dvtext.topics import labeling  # noqa: E402
from dvtext.topics.labeling import apply_rules, prepare, split_vntc_title, weak_labels  # noqa: E402
from dvtext.topics.taxonomy import NONE, labels, validate_labels  # noqa: E402

log = logging.getLogger("build_topic_corpus")

CORPUS = ROOT / "corpora" / "topics"
LABELS_FILE = CORPUS / "labels.jsonl"
VNTC_TEXTS = CORPUS / "vntc_texts.jsonl.gz"
CACHE_DIR = ROOT / "out" / "topics"
SOURCES = {"baomoi-2017": "baomoi-2017.jsonl.gz", "vntc": "vntc.jsonl.gz"}


def default_shared() -> Path:
    env = os.environ.get("DVTEXT_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def iter_shared(shared: Path) -> Iterator[dict[str, Any]]:
    """Every article of the two source corpora as {id, corpus, title, text, category}."""
    for corpus, name in SOURCES.items():
        path = shared / "corpora" / name
        if not path.exists():
            raise SystemExit(f"{path} not found: pass --shared DIR or set DVTEXT_SHARED")
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                if corpus == "vntc":
                    title, text = split_vntc_title(d["text"])
                    yield {
                        "id": d["id"],
                        "corpus": corpus,
                        "title": title,
                        "text": text,
                        "category": d.get("category", ""),
                        "vntc_split": d.get("split", ""),
                    }
                else:
                    yield {
                        "id": d["id"],
                        "corpus": corpus,
                        "title": d.get("title") or "",
                        "text": d.get("text") or "",
                        "category": "",
                    }


def rules_hash() -> str:
    from importlib import resources

    raw = resources.files("dvtext.data").joinpath("topic_rules.toml").read_bytes()
    code = (ROOT / "src" / "dvtext" / "topics" / "labeling.py").read_bytes()
    return hashlib.sha1(raw + code).hexdigest()[:12]


def scan(shared: Path) -> list[dict[str, Any]]:
    """Weak labels (and per-label rule sums) of every shared article; cached per rules version."""
    cache = CACHE_DIR / f"scan-{rules_hash()}.jsonl.gz"
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as f:
            return [json.loads(line) for line in f]
    out: list[dict[str, Any]] = []
    for n, d in enumerate(iter_shared(shared), 1):
        hits = apply_rules(d["title"], d["text"])
        labs, prim = weak_labels(d["title"], d["text"])
        score: dict[str, float] = defaultdict(float)
        for lab, _, w in hits:
            score[lab] += w
        out.append(
            {
                "id": d["id"],
                "corpus": d["corpus"],
                "category": d["category"],
                "title": d["title"][:200],
                "labels": list(labs),
                "primary": prim,
                "rules": [h[1] for h in hits if h[2] > 0],
                "vetoes": sorted({h[1] for h in hits if h[2] < 0}),
                "score": {k: round(v, 2) for k, v in score.items() if v > 0},
                "chars": len(d["text"]),
            }
        )
        if n % 5000 == 0:
            log.info("scanned %d articles", n)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with gzip.open(cache, "wt", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def text_hashes(shared: Path) -> dict[str, str]:
    """sha1 of each article's whitespace-folded text (VNTC holds ~240 texts twice, under train and test ids)."""
    cache = CACHE_DIR / "text-sha1.json.gz"
    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as f:
            return dict(json.load(f))
    out = {
        d["id"]: hashlib.sha1(" ".join(d["text"].split()).encode("utf-8")).hexdigest()
        for d in iter_shared(shared)
    }
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with gzip.open(cache, "wt", encoding="utf-8") as f:
        json.dump(out, f)
    return out


def read_text_hashes(records: list[dict[str, Any]], hashes: dict[str, str]) -> dict[str, str]:
    """Text hash → id of the read articles whose text is in ../shared (the project's sample article is not)."""
    return {hashes[r["id"]]: r["id"] for r in records if r["verified"] and r["id"] in hashes}


def split_of(article_id: str) -> str:
    """dev / test for a verified article: a stable hash of its id (half each)."""
    return "dev" if int(hashlib.sha1(article_id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def read_records() -> list[dict[str, Any]]:
    return labeling.load_labels(LABELS_FILE) if LABELS_FILE.exists() else []


def write_records(records: list[dict[str, Any]]) -> None:
    """Atomic rewrite of labels.jsonl."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=CORPUS, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, LABELS_FILE)


def write_vntc_texts(shared: Path, records: list[dict[str, Any]]) -> int:
    """vntc_texts.jsonl.gz: id, title, text of the VNTC articles in labels.jsonl (MIT licence)."""
    want = {r["id"] for r in records if r["corpus"] == "vntc"}
    rows = [d for d in iter_shared(shared) if d["corpus"] == "vntc" and d["id"] in want]
    rows.sort(key=lambda d: d["id"])
    fd, tmp = tempfile.mkstemp(dir=CORPUS, suffix=".part")
    os.close(fd)
    # mtime=0: the same texts give the same bytes (no churn in git)
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        for d in rows:
            line = {"id": d["id"], "title": d["title"], "text": d["text"], "category": d["category"]}
            gz.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
    os.chmod(tmp, 0o644)
    os.replace(tmp, VNTC_TEXTS)
    return len(rows)


# --------------------------------------------------------------------------------------------------


def cmd_scan(args: argparse.Namespace) -> int:
    recs = scan(args.shared)
    for corpus in SOURCES:
        sub = [r for r in recs if r["corpus"] == corpus]
        c = Counter(x for r in sub for x in r["labels"])
        p = Counter(r["primary"] for r in sub)
        print(f"{corpus}: {len(sub)} articles, none {p[NONE]}")
        for lab in labels():
            print(f"  {lab:24} labels {c[lab]:6}  primary {p[lab]:6}")
    return 0


def cmd_weak(args: argparse.Namespace) -> int:
    """Draw the weak layer: weak positives stratified by primary label + a random share of `none`."""
    recs = scan(args.shared)
    existing = read_records()
    verified = [r for r in existing if r["verified"]]
    hashes = text_hashes(args.shared)
    taken = set(read_text_hashes(verified, hashes))
    rng = random.Random(args.seed)
    pool = []
    for r in sorted(recs, key=lambda r: r["id"]):  # one article per text, none that repeats a read one
        h = hashes[r["id"]]
        if h not in taken and r["chars"] >= 300:
            taken.add(h)
            pool.append(r)
    by_primary: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in pool:
        by_primary[r["primary"]].append(r)
    n_none = round(args.n * args.none_share)
    n_pos = args.n - n_none
    # Positives: an equal quota per primary label, rare labels take all they have, the rest is shared out.
    chosen: list[dict[str, Any]] = []
    quota = {lab: 0 for lab in labels()}
    left = n_pos
    remaining = [lab for lab in labels() if by_primary[lab]]
    while left > 0 and remaining:
        share = max(1, left // len(remaining))
        for lab in list(remaining):
            avail = len(by_primary[lab]) - quota[lab]
            take = min(share, avail, left)
            quota[lab] += take
            left -= take
            if quota[lab] >= len(by_primary[lab]):
                remaining.remove(lab)
            if left <= 0:
                break
    for lab in labels():
        items = sorted(by_primary[lab], key=lambda r: r["id"])
        chosen += rng.sample(items, quota[lab])
    # None: baomoi and VNTC in proportion to their none articles.
    nones = sorted(by_primary[NONE], key=lambda r: r["id"])
    chosen += rng.sample(nones, min(n_none, len(nones)))
    weak = []
    for r in sorted(chosen, key=lambda r: (r["corpus"], r["id"])):
        weak.append(
            {
                "id": r["id"],
                "corpus": r["corpus"],
                "labels": r["labels"],
                "primary": r["primary"],
                "verified": False,
                "provenance": "rules:" + ",".join(dict.fromkeys(r["rules"])) if r["rules"] else "rules:",
                "split": "train",
            }
        )
    records = verified + weak
    for r in records:
        validate_labels(r["labels"], r["primary"])
    write_records(records)
    n_texts = write_vntc_texts(args.shared, records)
    print(f"labels.jsonl: {len(verified)} verified + {len(weak)} weak; vntc_texts.jsonl.gz: {n_texts} texts")
    return 0


def _sentences_with(text: str, pattern: re.Pattern[str], limit: int) -> list[str]:
    sents = re.split(r"(?<=[.!?…])\s+|\n+", text)
    return [s.strip() for s in sents if pattern.search(prepare(s))][:limit]


def _load_texts(shared: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in iter_shared(shared) if d["id"] in ids}


def cmd_show(args: argparse.Namespace) -> int:
    ids = list(args.ids)
    if args.file:
        ids += [x.split()[0] for x in Path(args.file).read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = _load_texts(args.shared, set(ids))
    cue = re.compile(args.cues, re.I) if args.cues else None
    for i in ids:
        d = texts.get(i)
        if d is None:
            print(f"### {i}: not found")
            continue
        labs, prim = weak_labels(d["title"], d["text"])
        body = d["text"].replace("\r", "")
        print(
            f"### {i} [{d['corpus']} {d.get('category', '')}] {len(body)} chars; rules: {','.join(labs) or '-'}"
        )
        print(f"T: {d['title']}")
        print(f"B: {body[: args.chars]}")
        if cue is not None and len(body) > args.chars:
            for s in _sentences_with(body[args.chars :], cue, 6):
                print(f"  > {s[:300]}")
        print()
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    recs = scan(args.shared)
    hashes = text_hashes(args.shared)
    taken = set(read_text_hashes(read_records(), hashes))
    seen_file = CACHE_DIR / "shown.txt"
    shown = set(seen_file.read_text().split()) if seen_file.exists() and not args.reshow else set()
    shown_h = {hashes[i] for i in shown if i in hashes}
    pool = [
        r
        for r in recs
        if hashes[r["id"]] not in taken and hashes[r["id"]] not in shown_h and r["chars"] >= 300
    ]
    if args.corpus:
        pool = [r for r in pool if r["corpus"] == args.corpus]
    if args.category:
        pool = [r for r in pool if r["category"] == args.category]
    lab = args.label
    if args.mode == "rules":
        pool = [r for r in pool if lab in r["labels"]]
    elif args.mode == "near":  # some rule fired but below the threshold
        pool = [r for r in pool if lab not in r["labels"] and r["score"].get(lab, 0) > 0]
    elif args.mode == "keyword":
        rx = re.compile(args.query)
        pool = [r for r in pool if rx.search(prepare(r["title"]))]
    rng = random.Random(args.seed)
    picked = rng.sample(pool, min(args.n, len(pool)))
    for r in picked:
        print(f"{r['id']}\t{r['corpus']}\t{','.join(r['labels']) or '-'}\t{r['title'][:110]}")
    if args.mark:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        with open(seen_file, "a") as f:
            f.write("\n".join(r["id"] for r in picked) + "\n")
    print(f"# {len(picked)} of {len(pool)}", file=sys.stderr)
    return 0


def labels_of(field: str) -> list[str]:
    """A TSV labels field: comma-separated label ids, ``-`` (or empty) for none."""
    return [] if field in ("-", "") else [x.strip() for x in field.split(",")]


def cmd_add(args: argparse.Namespace) -> int:
    """Append read labels: TSV lines ``id  labels(comma, or -)  primary  [selection]  [note]``."""
    records = read_records()
    by_id = {r["id"]: r for r in records}
    corpora = {r["id"]: r["corpus"] for r in scan(args.shared)}
    hashes = text_hashes(args.shared)
    seen_text = read_text_hashes(records, hashes)
    new: list[dict[str, Any]] = []
    for n, line in enumerate(Path(args.file).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        aid, labs_s, primary = parts[0].strip(), parts[1].strip(), parts[2].strip()
        selection = parts[3].strip() if len(parts) > 3 else ""
        note = parts[4].strip() if len(parts) > 4 else ""
        labs = labels_of(labs_s)
        validate_labels(labs, primary)
        if aid not in corpora:
            raise SystemExit(f"{args.file}:{n}: unknown article id {aid}")
        if aid in by_id and by_id[aid]["verified"]:
            raise SystemExit(f"{args.file}:{n}: {aid} is already verified")
        if hashes[aid] in seen_text:
            raise SystemExit(f"{args.file}:{n}: {aid} has the same text as {seen_text[hashes[aid]]}")
        seen_text[hashes[aid]] = aid
        order = labels()
        rec: dict[str, Any] = {
            "id": aid,
            "corpus": corpora[aid],
            "labels": sorted(labs, key=order.index),
            "primary": primary,
            "verified": True,
            "provenance": "read",
            "split": split_of(aid),
        }
        if selection:
            rec["selection"] = selection
        if note:
            rec["note"] = note
        new.append(rec)
    new_ids = {r["id"] for r in new}
    if len(new_ids) != len(new):
        raise SystemExit(f"{args.file}: an id appears twice")
    kept = [r for r in records if r["id"] not in new_ids]
    verified = [r for r in kept if r["verified"]] + new
    weak = [r for r in kept if not r["verified"]]
    write_records(verified + weak)
    if any(r["corpus"] == "vntc" for r in new):
        write_vntc_texts(args.shared, verified + weak)
    print(f"added {len(new)} verified (now {len(verified)} verified, {len(weak)} weak)")
    return 0


def _kappa(a: list[bool] | list[str], b: list[bool] | list[str]) -> float:
    """Cohen's kappa of two annotators' decisions on the same items (1.0 when both agree and never vary)."""
    n = len(a)
    if not n:
        return float("nan")
    po = sum(1 for x, y in zip(a, b, strict=True) if x == y) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def agreement(stored: dict[str, dict[str, Any]], relabelled: dict[str, tuple[list[str], str]]) -> dict[str, Any]:
    """Agreement of a second labelling with the stored read labels of the same articles.

    Per label: both-positive, stored-only, relabel-only counts, observed agreement, Cohen's kappa and
    positive specific agreement (2·both / (2·both + disagreements)). Overall: kappa pooled over all
    article × label decisions, exact label-set agreement, primary agreement and the primary's kappa.
    """
    ids = [i for i in relabelled if i in stored]
    out: dict[str, Any] = {"articles": len(ids), "per_label": {}}
    pooled_a: list[bool] = []
    pooled_b: list[bool] = []
    for lab in labels():
        a = [lab in stored[i]["labels"] for i in ids]
        b = [lab in relabelled[i][0] for i in ids]
        both = sum(1 for x, y in zip(a, b, strict=True) if x and y)
        only_a = sum(1 for x, y in zip(a, b, strict=True) if x and not y)
        only_b = sum(1 for x, y in zip(a, b, strict=True) if y and not x)
        psa = 2 * both / (2 * both + only_a + only_b) if both + only_a + only_b else float("nan")
        out["per_label"][lab] = {
            "both": both, "stored_only": only_a, "relabel_only": only_b,
            "agreement": round(sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(ids), 4),
            "kappa": round(_kappa(a, b), 4), "positive_agreement": round(psa, 4),
        }
        pooled_a += a
        pooled_b += b
    prim_a = [stored[i]["primary"] for i in ids]
    prim_b = [relabelled[i][1] for i in ids]
    out["pooled_kappa"] = round(_kappa(pooled_a, pooled_b), 4)
    kappas = [v["kappa"] for v in out["per_label"].values() if v["both"] + v["stored_only"] + v["relabel_only"]]
    out["mean_label_kappa"] = round(sum(kappas) / len(kappas), 4) if kappas else float("nan")
    out["exact_set_agreement"] = round(
        sum(1 for i in ids if set(stored[i]["labels"]) == set(relabelled[i][0])) / len(ids), 4)
    out["primary_agreement"] = round(sum(1 for x, y in zip(prim_a, prim_b, strict=True) if x == y) / len(ids), 4)
    out["primary_kappa"] = round(_kappa(prim_a, prim_b), 4)
    both_pos = sum(v["both"] for v in out["per_label"].values())
    dis = sum(v["stored_only"] + v["relabel_only"] for v in out["per_label"].values())
    out["label_f1"] = round(2 * both_pos / (2 * both_pos + dis), 4) if both_pos + dis else float("nan")
    out["disagreements"] = [
        {"id": i, "stored": [stored[i]["labels"], stored[i]["primary"]], "relabel": list(relabelled[i])}
        for i in ids
        if set(stored[i]["labels"]) != set(relabelled[i][0]) or stored[i]["primary"] != relabelled[i][1]
    ]
    return out


def read_relabel_file(path: Path) -> dict[str, tuple[list[str], str]]:
    """``id  labels(comma, or -)  primary`` lines (``#`` comments) → {id: (labels, primary)}."""
    out: dict[str, tuple[list[str], str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        aid, labs_s, primary = (x.strip() for x in line.split("\t")[:3])
        labs = labels_of(labs_s)
        validate_labels(labs, primary)
        out[aid] = (labs, primary)
    return out


def cmd_agreement(args: argparse.Namespace) -> int:
    """Compare a blind re-labelling (TSV) with the stored read labels."""
    stored = {r["id"]: r for r in read_records() if r["verified"]}
    if args.stored:  # the stored labels as they were at a commit (before corrections)
        stored = {r["id"]: r for r in (json.loads(x) for x in Path(args.stored).read_text(encoding="utf-8").splitlines() if x.strip())
                  if r.get("verified")}
    rel = read_relabel_file(Path(args.file))
    missing = [i for i in rel if i not in stored]
    if missing:
        raise SystemExit(f"not read articles: {', '.join(missing[:5])}")
    m = agreement(stored, rel)
    print(f"{m['articles']} articles re-labelled blind")
    print(f"{'label':24} {'both':>5} {'stored':>7} {'relab':>6} {'agree':>6} {'kappa':>6} {'pos.agr':>7}")
    for lab, v in m["per_label"].items():
        print(f"{lab:24} {v['both']:5} {v['stored_only']:7} {v['relabel_only']:6} {v['agreement']:6.3f} "
              f"{v['kappa']:6.3f} {v['positive_agreement']:7.3f}")
    print(f"pooled kappa (all article × label decisions) {m['pooled_kappa']:.3f}; mean per-label kappa "
          f"{m['mean_label_kappa']:.3f}; label F1 between the two {m['label_f1']:.3f}; exact label set "
          f"{m['exact_set_agreement']:.3f}; primary agreement {m['primary_agreement']:.3f} "
          f"(kappa {m['primary_kappa']:.3f})")
    if args.verbose:
        for d in m["disagreements"]:
            print(f"  {d['id']}: stored {','.join(d['stored'][0]) or '-'} / {d['stored'][1]}  "
                  f"relabel {','.join(d['relabel'][0]) or '-'} / {d['relabel'][1]}")
    if args.json:
        Path(args.json).write_text(json.dumps(m, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    """Correct read labels: TSV ``id  labels(comma, or -)  primary  reason``; the old labels go into the note."""
    records = read_records()
    by_id = {r["id"]: r for r in records}
    order = labels()
    n_changed = 0
    for n, line in enumerate(Path(args.file).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split("\t")]
        if len(parts) < 4 or not parts[3]:
            raise SystemExit(f"{args.file}:{n}: need id, labels, primary and a reason")
        aid, labs_s, primary, reason = parts[:4]
        labs = labels_of(labs_s)
        validate_labels(labs, primary)
        rec = by_id.get(aid)
        if rec is None or not rec["verified"]:
            raise SystemExit(f"{args.file}:{n}: {aid} is not a read article")
        n_changed += _relabel(rec, sorted(labs, key=order.index), primary, f"corrected: {reason}")
    write_records(records)
    print(f"corrected {n_changed} read articles")
    return 0


def _relabel(rec: dict[str, Any], labs: list[str], primary: str, why: str) -> bool:
    """Give a read record new labels, keeping the old ones in its note (``[why; was …]``); False if unchanged."""
    if labs == rec["labels"] and primary == rec["primary"]:
        return False
    was = f"{','.join(rec['labels']) or '-'} / {rec['primary']}"
    rec["note"] = (rec.get("note", "") + f" [{why}; was {was}]").strip()
    rec["labels"], rec["primary"] = labs, primary
    return True


REVIEW_NOTE = "review r13"


def majority_of(votes: list[tuple[list[str], str]]) -> tuple[list[str], str]:
    """The labels at least two of three readings give, and a primary among them: the primary two readings
    share when it is among those labels, else the first reading's (stored, then reader A, then B) that is,
    else the first label in codebook order; ``none`` when no label has two votes."""
    order = labels()
    labs = [lab for lab in order if sum(lab in v[0] for v in votes) >= 2]
    if not labs:
        return [], NONE
    prims = [v[1] for v in votes]
    for p in prims:
        if prims.count(p) >= 2 and p in labs:
            return labs, p
    return labs, next((p for p in prims if p in labs), labs[0])


def read_review_file(path: Path) -> list[dict[str, Any]]:
    """Rows of a review TSV: ``id, stored labels, stored primary, reader A labels, A primary, reader B labels,
    B primary`` (B empty where A gave the stored labels), ``#`` comments."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 7:
            raise SystemExit(f"{path}:{n}: want 7 TAB-separated fields, got {len(parts)}")
        aid, sl, sp, al, ap, bl, bp = (x.strip() for x in parts)
        readings = [(labels_of(sl), sp), (labels_of(al), ap)] + ([(labels_of(bl), bp)] if bp else [])
        for labs, prim in readings:
            validate_labels(labs, prim)
        rows.append({"id": aid, "stored": readings[0], "a": readings[1], "b": readings[2] if bp else None})
    return rows


def review_decision(row: dict[str, Any]) -> tuple[list[str], str]:
    """A reviewed article's labels: the stored ones where reader A gave the same label set (primary as stored),
    else the majority of the three readings."""
    order = labels()
    stored, a = row["stored"], row["a"]
    if sorted(a[0], key=order.index) == sorted(stored[0], key=order.index):
        return sorted(stored[0], key=order.index), stored[1]
    if row["b"] is None:
        raise SystemExit(f"{row['id']}: reader A differs from the stored labels and there is no reader B")
    return majority_of([stored, a, row["b"]])


def cmd_review(args: argparse.Namespace) -> int:
    """Apply a review: each article's labels become :func:`review_decision` of its readings (the old labels go
    into the note). Articles of the agreement files (already read twice, their figures shipped) and the sample
    article (its labels are the issue's own statement of what it is about) are left alone."""
    rows = read_review_file(Path(args.file))
    if args.json:
        Path(args.json).write_text(json.dumps(review_figures(rows), indent=1) + "\n", encoding="utf-8")
        return 0
    records = read_records()
    by_id = {r["id"]: r for r in records}
    skip = agreement_ids()
    n_changed = 0
    for row in rows:
        rec = by_id.get(row["id"])
        if rec is None or not rec["verified"]:
            raise SystemExit(f"{row['id']} is not a read article")
        if row["id"] in skip or rec["corpus"] == labeling.SAMPLE_CORPUS:
            continue
        n_changed += _relabel(rec, *review_decision(row), f"{REVIEW_NOTE}: majority of three readings")
    write_records(records)
    print(f"reviewed: {n_changed} read articles changed")
    return 0


def review_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What a review shows: reader A against the stored labels (:func:`agreement`), how many articles needed
    reader B, and how many labels the majority added or removed, per label."""
    stored = {r["id"]: {"labels": r["stored"][0], "primary": r["stored"][1]} for r in rows}
    m = agreement(stored, {r["id"]: r["a"] for r in rows})
    m.pop("disagreements")
    added: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    changed = primary_changed = 0
    for r in rows:
        labs, prim = review_decision(r)
        added.update(set(labs) - set(r["stored"][0]))
        removed.update(set(r["stored"][0]) - set(labs))
        changed += set(labs) != set(r["stored"][0])
        primary_changed += prim != r["stored"][1]
    return {"reader_a_vs_stored": m, "read_by_b": sum(r["b"] is not None for r in rows),
            "label_sets_changed": changed, "primaries_changed": primary_changed,
            "labels_added": dict(sorted(added.items())), "labels_removed": dict(sorted(removed.items()))}


def agreement_ids() -> set[str]:
    """Ids of the articles in the agreement files (second readings whose figures are shipped)."""
    out: set[str] = set()
    for path in sorted((CORPUS / "agreement").glob("*.tsv")):
        if path.name.startswith("review-"):
            continue
        out |= set(read_relabel_file(path))
    return out


def cmd_report(args: argparse.Namespace) -> int:
    records = read_records()
    ver = [r for r in records if r["verified"]]
    weak = [r for r in records if not r["verified"]]
    cv = Counter(x for r in ver for x in r["labels"])
    cw = Counter(x for r in weak for x in r["labels"])
    pv = Counter(r["primary"] for r in ver)
    pw = Counter(r["primary"] for r in weak)
    print(
        f"{len(records)} articles: {len(ver)} verified, {len(weak)} weak; "
        f"corpora {dict(Counter(r['corpus'] for r in records))}"
    )
    print(f"{'label':24} {'verified':>8} {'(prim)':>7} {'weak':>6} {'(prim)':>7}")
    for lab in (*labels(), NONE):
        v = cv[lab] if lab != NONE else pv[NONE]
        w = cw[lab] if lab != NONE else pw[NONE]
        print(f"{lab:24} {v:8} {pv[lab]:7} {w:6} {pw[lab]:7}")
    if not ver:
        return 0
    arts = labeling.load_corpus(args.shared, verified_only=True)
    selection = {r["id"]: r.get("selection", "") for r in ver}
    subsets: list[tuple[str, list[labeling.LabelledArticle]]] = []
    for split in (args.split,) if args.split else ("dev", "test", None):
        subsets.append((split or "all", [a for a in arts if split is None or a.split == split]))
    if not args.split:
        strata = {a.id: labeling.selection_stratum(selection.get(a.id, "")) for a in arts}
        subsets.append(("random stratum (round 1)", [a for a in arts if strata[a.id] == "random (round 1)"]))
        rounds = sorted({labeling.selection_round(selection.get(a.id, "")) for a in arts})
        for rnd in rounds:
            for kind, name in (("random", "random stratum"), ("targeted", "targeted")):
                sub = [a for a in arts if strata[a.id] == f"{kind} (round {rnd})"]
                if sub:
                    subsets.append((f"{name} (round {rnd})", sub))
    summary: dict[str, Any] = {"rules_version": rules_hash(), "subsets": {}}
    for name, sub in subsets:
        m = labeling.evaluate_rules(sub)
        summary["subsets"][name] = {"n": len(sub), **m}
        print(
            f"\nrules vs read labels, {name} ({len(sub)} articles): micro P {m['micro']['precision']:.3f} "
            f"R {m['micro']['recall']:.3f} F1 {m['micro']['f1']:.3f}; macro F1 {m['macro']['f1']:.3f}; "
            f"primary accuracy {m['primary_accuracy']['accuracy']:.3f}"
        )
        print(f"{'label':24} {'support':>7} {'P':>6} {'R':>6} {'F1':>6}")
        for lab in labels():
            x = m[lab]
            print(f"{lab:24} {int(x['support']):7} {x['precision']:6.3f} {x['recall']:6.3f} {x['f1']:6.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--shared", type=Path, default=default_shared(), help="the ../shared directory")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("scan", help="weak labels of every shared article (cached)").set_defaults(fn=cmd_scan)
    w = sub.add_parser("weak", help="(re)draw the weak layer")
    w.add_argument("--n", type=int, default=2500, help="weak-labelled articles to draw")
    w.add_argument("--none-share", type=float, default=0.45, help="share of `none` among them")
    w.add_argument("--seed", type=int, default=2017)
    w.set_defaults(fn=cmd_weak)
    s = sub.add_parser("show", help="print articles for reading")
    s.add_argument("ids", nargs="*")
    s.add_argument("--file", help="ids, one per line (first column)")
    s.add_argument("--chars", type=int, default=900)
    s.add_argument("--cues", help="regex: also print later sentences matching it")
    s.set_defaults(fn=cmd_show)
    c = sub.add_parser("candidates", help="list unread candidates")
    c.add_argument("--label", default="")
    c.add_argument("--mode", choices=("rules", "near", "keyword", "random"), default="rules")
    c.add_argument("--query", default=".", help="regex on the prepared title (mode keyword)")
    c.add_argument("--corpus", choices=tuple(SOURCES))
    c.add_argument("--category")
    c.add_argument("--n", type=int, default=40)
    c.add_argument("--seed", type=int, default=0)
    c.add_argument("--mark", action="store_true", help="remember them as shown (not offered again)")
    c.add_argument("--reshow", action="store_true", help="offer already shown articles again")
    c.set_defaults(fn=cmd_candidates)
    a = sub.add_parser("add", help="append read labels from a TSV file")
    a.add_argument("file")
    a.set_defaults(fn=cmd_add)
    k = sub.add_parser("correct", help="correct read labels (TSV: id, labels, primary, reason)")
    k.add_argument("file")
    k.set_defaults(fn=cmd_correct)
    v = sub.add_parser("review", help="apply a review (TSV: id, stored, reader A, reader B labels and primaries)")
    v.add_argument("file")
    v.add_argument("--json", help="write the review's figures here (and change nothing)")
    v.set_defaults(fn=cmd_review)
    g = sub.add_parser("agreement", help="compare a blind re-labelling with the stored read labels")
    g.add_argument("file", help="TSV: id, labels (comma, or -), primary")
    g.add_argument("--stored", help="a labels.jsonl to compare with (default: the current one)")
    g.add_argument("--json", help="also write the figures here")
    g.add_argument("-v", "--verbose", action="store_true", help="list the disagreements")
    g.set_defaults(fn=cmd_agreement)
    r = sub.add_parser("report", help="counts per label; rules vs read labels")
    r.add_argument("--split", choices=("dev", "test"))
    r.add_argument("--json", help="also write the figures to this JSON file")
    r.set_defaults(fn=cmd_report)
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    args = build_parser().parse_args(argv)
    return int(args.fn(args))


if __name__ == "__main__":
    raise SystemExit(main())
