"""Read baomoi articles and mark their unpunctuated sentence boundaries: the training set (e).

(c) and (d) of ``bench/eval_sentences.py`` hold 134 baomoi articles read by hand, every sentence boundary
without ``.!?…`` before it marked (a caption, a photo credit, a heading or a related-article link glued
to the next sentence with one space). (e), ``corpora/dev/sentences-baomoi-unpunctuated-train.jsonl``, is
more of the same, to train ``data/sentence_model.json`` on real baomoi text and not only on dantri lines
glued back together. The same annotation rules as (c) and (d) (see ``corpora/dev/README.md``).

Selection (``select``): baomoi-2017 articles of 800–3,500 normalised characters that are in no gold, dev or
check file of the project (``corpora/gold/**/*.jsonl``, ``corpora/dev/*.jsonl``) and share no text with one
(three shared 8-word shingles: the same story from another paper), shuffled with ``--seed``; the first
``--n`` that share no text with each other are written with empty annotations. (e) was drawn twice: 240
articles with seed 6006, then, once they were written under ``corpora/dev/`` (so left out), 120 more with
seed 6007. Each draw was split into batches read by different readers; only articles marked read are kept.

Reading (``show`` and ``mark``): ``show ID`` prints the normalised text with every candidate of the
splitter's learned model (a space before a capitalised word, not after ``.!?…,;:``) numbered ``⟦n⟧``;
the reader decides for each whether a new sentence starts there. ``mark ID n ...`` records the chosen
candidates (the offset stored is the end of the sentence, the space before the candidate); ``--snip
"left¦right"`` records a boundary that is not a candidate by the text around it; ``--ignore "a¦b"`` an
ambiguous stretch (a table, a credit that may hold a name) whose predictions are not scored. Marking an
article with no boundary at all is ``mark ID`` with no number: every article must be marked to count as
read.

Usage::

    python bench/tools/annotate_glued.py select --seed 6006 --n 200 --out FILE
    python bench/tools/annotate_glued.py show FILE ID
    python bench/tools/annotate_glued.py mark FILE ID [n ...] [--snip "left¦right" ...] [--ignore "a¦b" ...]
    python bench/tools/annotate_glued.py status FILE
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentence_stats import held_out_ids, read_jsonl, shingles  # noqa: E402

from dvtext.text.glued import CANDIDATE  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

BAR = "¦"


def _baomoi(shared: Path) -> Path:
    return shared / "corpora" / "baomoi-2017.jsonl.gz"


def select(shared: Path, *, seed: int, n: int, out: Path) -> int:
    ids = held_out_ids()
    held: set[int] = set()
    pool: list[tuple[str, str]] = []
    texts: dict[str, str] = {}
    for a in read_jsonl(_baomoi(shared)):
        text = normalize(a["text"]).text
        if a["id"] in ids:
            held |= shingles(text)
        elif 800 <= len(text) <= 3500:
            texts[a["id"]] = text
    for aid, text in texts.items():
        if len(shingles(text) & held) < 3:
            pool.append((aid, text))
    pool.sort()
    random.Random(seed).shuffle(pool)
    chosen: list[tuple[str, str]] = []
    seen: set[int] = set()
    for aid, text in pool:  # no two chosen articles tell the same story either
        sh = shingles(text)
        if len(sh & seen) >= 3:
            continue
        seen |= sh
        chosen.append((aid, text))
        if len(chosen) == n:
            break
    with out.open("w", encoding="utf-8") as fh:
        for aid, text in chosen:
            sha1 = hashlib.sha1(text.encode("utf-8")).hexdigest()
            rec = {"id": aid, "sha1": sha1, "unpunctuated": [], "ignore": [], "read": False}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles written to {out} (pool {len(pool)}, seed {seed})")
    return 0


def _records(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _write(path: Path, recs: Sequence[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def _text(shared: Path, aid: str, sha1: str) -> str:
    with gzip.open(_baomoi(shared), "rt", encoding="utf-8") as fh:
        for line in fh:
            if f'"{aid}"' not in line:
                continue
            a = json.loads(line)
            if a["id"] == aid:
                text = normalize(a["text"]).text
                if hashlib.sha1(text.encode("utf-8")).hexdigest() != sha1:
                    raise SystemExit(f"{aid}: normalised text changed (sha1 differs)")
                return text
    raise SystemExit(f"{aid}: not in baomoi-2017")


def candidates(text: str) -> list[int]:
    """Offsets of the spaces where the learned model looks (the end of the sentence if it is a boundary)."""
    return [m.start() for m in CANDIDATE.finditer(text)]


def show(shared: Path, path: Path, aid: str) -> int:
    rec = _record(_records(path), aid, path)
    text = _text(shared, aid, rec["sha1"])
    cands = candidates(text)
    out = []
    pos = 0
    for i, c in enumerate(cands):
        out.append(text[pos:c])
        mark = "*" if c in rec["unpunctuated"] else ""
        out.append(f" ⟦{i}{mark}⟧")
        pos = c
    out.append(text[pos:])
    print(f"# {aid} ({len(text)} characters, {len(cands)} candidates; read: {rec.get('read')})")
    print("".join(out))
    return 0


def _find(text: str, snip: str, aid: str) -> tuple[int, int]:
    if BAR not in snip:
        raise SystemExit(f"--snip/--ignore needs '{BAR}' between the two sides: {snip!r}")
    left, right = snip.split(BAR, 1)
    hits = [i for i in range(len(text)) if text.startswith(left + right, i)]
    if len(hits) != 1:
        raise SystemExit(f"{aid}: {snip!r} found {len(hits)} times; make it longer")
    return hits[0] + len(left), hits[0] + len(left + right)


def _snip_offset(text: str, snip: str, aid: str) -> int:
    """Where a marked boundary ``left¦right`` ends its sentence: before the white space at the bar."""
    at, _ = _find(text, snip, aid)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _record(recs: list[dict], aid: str, path: Path) -> dict:
    rec = next((r for r in recs if r["id"] == aid), None)
    if rec is None:
        raise SystemExit(f"{aid}: not in {path}")
    return rec


def mark(
    shared: Path, path: Path, aid: str, numbers: Sequence[int], snips: Sequence[str], ignores: Sequence[str]
) -> int:
    recs = _records(path)
    rec = _record(recs, aid, path)
    text = _text(shared, aid, rec["sha1"])
    cands = candidates(text)
    offsets = []
    for n in numbers:
        if not 0 <= n < len(cands):
            raise SystemExit(f"{aid}: no candidate {n} (0..{len(cands) - 1})")
        offsets.append(cands[n])
    offsets += [_snip_offset(text, s, aid) for s in snips]
    rec["unpunctuated"] = sorted(set(offsets))
    rec["ignore"] = [list(_find(text, s, aid)) for s in ignores]
    rec["read"] = True
    _write(path, recs)
    for o in rec["unpunctuated"]:
        print(f"  {text[max(0, o - 50):o]!r} ¦ {text[o:o + 30]!r}")
    print(f"{aid}: {len(rec['unpunctuated'])} boundaries, {len(rec['ignore'])} ignored ranges")
    return 0


def status(path: Path) -> int:
    recs = _records(path)
    read = [r for r in recs if r.get("read")]
    print(
        f"{len(read)}/{len(recs)} read, {sum(len(r['unpunctuated']) for r in read)} boundaries; next unread: "
        + ", ".join(r["id"] for r in recs if not r.get("read"))[:400]
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--seed", type=int, default=6006)
    s.add_argument("--n", type=int, default=200)
    s.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("show")
    s.add_argument("file", type=Path)
    s.add_argument("id")
    s = sub.add_parser("mark")
    s.add_argument("file", type=Path)
    s.add_argument("id")
    s.add_argument("numbers", type=int, nargs="*")
    s.add_argument("--snip", action="append", default=[])
    s.add_argument("--ignore", action="append", default=[])
    s = sub.add_parser("status")
    s.add_argument("file", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "select":
        return select(a.shared, seed=a.seed, n=a.n, out=a.out)
    if a.cmd == "show":
        return show(a.shared, a.file, a.id)
    if a.cmd == "mark":
        return mark(a.shared, a.file, a.id, a.numbers, a.snip, a.ignore)
    return status(a.file)


if __name__ == "__main__":
    raise SystemExit(main())
