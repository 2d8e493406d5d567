"""Read baomoi articles and mark **every** sentence boundary: a second hand-checked sentence gold, (g).

(b) of ``bench/eval_sentences.py`` (``corpora/gold/sentences-baomoi.jsonl``) is the gold the issue names; three
rules of the splitter were written after reading its misses (see that script's docstring), so (b) no longer
measures text the splitter was not fitted to. (g), ``corpora/gold/sentences-baomoi-check.jsonl``, is read the same
way on other articles, after those rules, and measured once. Same record as (b): ``{"id", "sha1", "boundaries",
"unpunctuated"}`` (+ ``"read"``), offsets into the normalised text; the end of the text is the last boundary.

Selection (``select``): as ``annotate_glued.py select`` (baomoi-2017 articles of 800-3,500 normalised characters in
no gold, dev or check file of the project and sharing no text with one, shuffled with ``--seed``).

Reading (``show`` and ``mark``): ``show FILE ID`` prints the text with two kinds of numbered places, computed by
plain patterns and not by the splitter: ``⟦pN⟧`` after every run of ``.!?…`` (with closing quotes or brackets)
before a space, and ``⟦gN⟧`` at every space before a capitalised word that has no such punctuation before it (a
caption, a credit or a heading glued to the next sentence may end there). Every line end is a boundary by itself.
``mark FILE ID --not p3 p7 ... --yes g2 g9 ... [--snip "left¦right" ...]`` records the boundaries: every ``p``
place but the ones listed after ``--not``, the ``g`` places listed after ``--yes``, the places given by
``--snip``, and the line ends. An article with no glued boundary and every ``p`` a boundary is ``mark FILE ID``.

Usage::

    python bench/tools/annotate_boundaries.py select --seed 7007 --n 16 --out FILE
    python bench/tools/annotate_boundaries.py show FILE ID
    python bench/tools/annotate_boundaries.py mark FILE ID [--not pN ...] [--yes gN ...] [--snip "left¦right" ...]
    python bench/tools/annotate_boundaries.py status FILE
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import annotate_glued as ag  # noqa: E402

#: a run of sentence-final punctuation with its closers, before white space
PUNCT = re.compile(r"[.!?…]+[\"'”’»)\]}]*(?=\s)")


def places(text: str) -> tuple[list[int], list[int]]:
    """(p places: ends of punctuation runs; g places: spaces before a capitalised word after no punctuation)."""
    return [m.end() for m in PUNCT.finditer(text)], ag.candidates(text)


def select(shared: Path, *, seed: int, n: int, out: Path) -> int:
    ag.select(shared, seed=seed, n=n, out=out)
    recs = ag._records(out)
    ag._write(out, [{"id": r["id"], "sha1": r["sha1"], "boundaries": [], "unpunctuated": [], "read": False}
                    for r in recs])
    return 0


def show(shared: Path, path: Path, aid: str) -> int:
    rec = ag._record(ag._records(path), aid, path)
    text = ag._text(shared, aid, rec["sha1"])
    ps, gs = places(text)
    marks = sorted([(o, f"p{i}") for i, o in enumerate(ps)] + [(o, f"g{i}") for i, o in enumerate(gs)])
    out, pos = [], 0
    for o, name in marks:
        out.append(text[pos:o])
        out.append(f"⟦{name}⟧")
        pos = o
    out.append(text[pos:])
    print(f"# {aid} ({len(text)} characters, {len(ps)} p places, {len(gs)} g places; read: {rec.get('read')})")
    print("".join(out))
    return 0


def _numbers(names: Sequence[str], kind: str, limit: int, aid: str) -> list[int]:
    out = []
    for name in names:
        if not re.fullmatch(kind + r"\d+", name) or not 0 <= int(name[1:]) < limit:
            raise SystemExit(f"{aid}: {name!r} is not a {kind} place (0..{limit - 1})")
        out.append(int(name[1:]))
    return out


def mark(shared: Path, path: Path, aid: str, *, no: Sequence[str], yes: Sequence[str], snips: Sequence[str]) -> int:
    recs = ag._records(path)
    rec = ag._record(recs, aid, path)
    text = ag._text(shared, aid, rec["sha1"])
    ps, gs = places(text)
    skip = set(_numbers(no, "p", len(ps), aid))
    glued = [gs[k] for k in _numbers(yes, "g", len(gs), aid)]
    glued += [ag._snip_offset(text, s, aid) for s in snips]
    lines = [m.start() for m in re.finditer(r"\n", text)] + [len(text.rstrip())]
    bounds = {o for k, o in enumerate(ps) if k not in skip} | set(glued) | set(lines)
    # a boundary is the end of a sentence: before the white space that follows it
    rec["boundaries"] = sorted({len(text[:o].rstrip()) for o in bounds if text[:o].strip()})
    rec["unpunctuated"] = sorted({len(text[:o].rstrip()) for o in glued})
    rec["read"] = True
    ag._write(path, recs)
    print(f"{aid}: {len(rec['boundaries'])} sentences, {len(rec['unpunctuated'])} unpunctuated boundaries")
    for o in rec["unpunctuated"]:
        print(f"  {text[max(0, o - 50):o]!r} ¦ {text[o:o + 30]!r}")
    return 0


def status(path: Path) -> int:
    recs = ag._records(path)
    read = [r for r in recs if r.get("read")]
    print(f"{len(read)}/{len(recs)} read, {sum(len(r['boundaries']) for r in read)} sentences; unread: "
          + ", ".join(r["id"] for r in recs if not r.get("read")))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ag.DEFAULT_SHARED)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("--seed", type=int, default=7007)
    s.add_argument("--n", type=int, default=16)
    s.add_argument("--out", type=Path, required=True)
    for name in ("show", "mark", "status"):
        s = sub.add_parser(name)
        s.add_argument("file", type=Path)
        if name != "status":
            s.add_argument("id")
        if name == "mark":
            s.add_argument("--not", dest="no", nargs="*", default=[])
            s.add_argument("--yes", nargs="*", default=[])
            s.add_argument("--snip", action="append", default=[])
    a = ap.parse_args(argv)
    if a.cmd == "select":
        return select(a.shared, seed=a.seed, n=a.n, out=a.out)
    if a.cmd == "show":
        return show(a.shared, a.file, a.id)
    if a.cmd == "mark":
        return mark(a.shared, a.file, a.id, no=a.no, yes=a.yes, snips=a.snip)
    return status(a.file)


if __name__ == "__main__":
    raise SystemExit(main())
