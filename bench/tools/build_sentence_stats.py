"""Build ``src/dvtext/data/sentence_stats.json``: capitalisation statistics for unpunctuated boundaries.

Scraped news glues captions, photo credits and headings to the next sentence without punctuation
("... tại hiện trường Theo đó, ..."). The only cue is often a capitalised word after a word that could end
a sentence. Whether such a word starts a sentence or continues a name ("tỉnh Nghệ An", "ông Nguyễn")
is learned here from running text, with punctuation as the teacher:

- ``start``: how often a capitalised word (and a capitalised word + the next word) opens a sentence:
  first word of a line, or after ``.!?…`` (a dotted abbreviation or an initial does not count);
- ``mid``: how often it is capitalised inside a sentence right after a lower-case word, no punctuation
  between ("tỉnh Nghệ"), and ``mid_cap`` after a capitalised word ("Văn Nghệ");
- ``end``/``before_cap``: how often a lower-case word ends a sentence (before ``.!?…``) vs. is followed
  inside a sentence by a capitalised word ("tỉnh" almost never ends a sentence; "trường" often does).

Sources (none of them evaluates the splitter): baomoi-2017 without the articles of every gold file of the
project (``corpora/gold/**/*.jsonl``: the hand-checked sentence gold, the entity and statistics golds and
their test split) and of the two dev sets (``corpora/dev/*.jsonl``), and without every article that shares
text with one of them (three shared 8-word shingles: the same story from another paper); and VNTC (MIT). dantri-2020 is left out: it measures (a). All text is
normalised with ``dvtext.text.normalize`` first, as the splitter sees it. baomoi's own glued captions add
a little noise to ``mid`` (a glued "Theo" counts as mid-sentence): it only makes the splitter more
cautious.

The shipped file keeps words and pairs seen often enough (``--min-count``), with their raw counts, so the
splitter's log-ratios can be recomputed and checked.

Usage::

    python bench/tools/build_sentence_stats.py [--shared ../shared] [--out src/dvtext/data/sentence_stats.json]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))

from dvtext.text.abbreviations import dotted_abbreviations  # noqa: E402

# one definition of a capitalised word and of the shape of the next word, shared with the splitter
from dvtext.text.glued import is_title, shape  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

# Articles that evaluate something (the sentence gold, the entity/statistics golds and their test split,
# the dev and check sets of unpunctuated boundaries): all their ids stay out of the statistics.
HELD_OUT_GLOBS = ("corpora/gold/**/*.jsonl", "corpora/dev/*.jsonl")
OPENERS = "\"'“‘«([{-–—•*·…>"
TRAILING = ".,;:!?…\"'”’»)]}"
END = re.compile(r"[.!?…][\"'”’»)\]]*$")
SHINGLE = 8  # words per shingle for near-duplicate detection


def core(token: str) -> str:
    """The word inside a token: opening quotes/brackets and trailing punctuation removed."""
    return token.lstrip(OPENERS).rstrip(TRAILING)


def is_lower(word: str) -> bool:
    return word.isalpha() and word.islower()


def ends_sentence(token: str, never_end: frozenset[str]) -> bool:
    """A token that ends a sentence by punctuation: "xã.", "vậy?”" (not "TP.", "A.", "N.H.")."""
    if not END.search(token):
        return False
    c = token.lstrip(OPENERS).rstrip(TRAILING)
    if not c or c in never_end:
        return False
    letters = c.replace(".", "")
    return not (len(letters) <= 3 and letters.isupper() and letters.isalpha())


def shingles(text: str) -> set[int]:
    words = text.split()
    return {hash(" ".join(words[i : i + SHINGLE])) for i in range(0, max(0, len(words) - SHINGLE + 1))}


def held_out_ids(*, prefix: str = "baomoi-") -> set[str]:
    """Every article id starting with ``prefix`` ("" for all) written in a gold or dev file of the project."""
    ids: set[str] = set()
    for pattern in HELD_OUT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    d = json.loads(line)
                    if isinstance(d.get("id"), str) and d["id"].startswith(prefix):
                        ids.add(d["id"])
    return ids


def read_jsonl(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def baomoi_texts(shared: Path, log: list[str]) -> Iterator[str]:
    """baomoi texts minus held-out articles and their near-duplicates (two passes over the file)."""
    path = shared / "corpora" / "baomoi-2017.jsonl.gz"
    ids = held_out_ids()
    held: set[int] = set()
    for a in read_jsonl(path):
        if a["id"] in ids:
            held |= shingles(normalize(a["text"]).text)
    skipped = dup = kept = 0
    for a in read_jsonl(path):
        if a["id"] in ids:
            skipped += 1
            continue
        text = normalize(a["text"]).text
        sh = shingles(text)
        if len(sh & held) >= 3:
            dup += 1
            continue
        kept += 1
        yield text
    log.append(
        f"baomoi: {kept} articles used, {skipped} held out, {dup} near-duplicates of held-out articles left out"
    )


def vntc_texts(shared: Path, log: list[str], *, skip: frozenset[str] = frozenset()) -> Iterator[str]:
    """VNTC texts, without the ids in ``skip``."""
    n = left = 0
    for a in read_jsonl(shared / "corpora" / "vntc.jsonl.gz"):
        if a["id"] in skip:
            left += 1
            continue
        n += 1
        yield normalize(a["text"]).text
    log.append(f"vntc: {n} articles used" + (f", {left} held out" if skip else ""))


class Stats:
    def __init__(self) -> None:
        self.start: Counter[str] = Counter()
        self.mid: Counter[str] = Counter()
        self.mid_cap: Counter[str] = Counter()
        self.start2: Counter[str] = Counter()
        self.mid2: Counter[str] = Counter()
        self.mid_cap2: Counter[str] = Counter()
        self.end: Counter[str] = Counter()
        self.before_cap: Counter[str] = Counter()
        self.never_end = dotted_abbreviations()

    def add(self, text: str) -> None:
        for line in text.splitlines():
            toks = line.split()
            prev_end = True  # a line starts a sentence
            prev = ""
            for i, tok in enumerate(toks):
                w = core(tok)
                glued = i + 1 < len(toks) and tok[-1:].isalnum()
                nxt = core(toks[i + 1]) if glued else ""
                if is_title(w) and tok[0] == w[0]:
                    pairs = (f"{w} {nxt}", f"{w} {shape(toks[i + 1])}") if glued else ()
                    if prev_end:
                        self.start[w] += 1
                        self.start2.update(pairs)
                    elif prev[-1:].isalnum():
                        p = core(prev)
                        if is_lower(p):
                            self.mid[w] += 1
                            self.before_cap[p] += 1
                            self.mid2.update(pairs)
                        elif is_title(p):
                            self.mid_cap[w] += 1
                            self.mid_cap2.update(pairs)
                ends = ends_sentence(tok, self.never_end)
                if ends and is_lower(w):
                    self.end[w] += 1
                prev_end = ends
                prev = tok


def keep(counters: Iterable[Counter[str]], min_count: int) -> list[str]:
    total: Counter[str] = Counter()
    for c in counters:
        total.update(c)
    return sorted(k for k, v in total.items() if v >= min_count)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dvtext" / "data" / "sentence_stats.json")
    ap.add_argument("--min-count", type=int, default=30, help="keep words seen at least this often")
    ap.add_argument("--min-pair-count", type=int, default=60, help="keep pairs seen at least this often")
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts of each source (tests)")
    args = ap.parse_args(argv)
    log: list[str] = []
    st = Stats()
    for source in (baomoi_texts(args.shared, log), vntc_texts(args.shared, log)):
        for n, text in enumerate(source):
            if args.limit and n >= args.limit:
                break
            st.add(text)
    words = keep([st.start, st.mid, st.mid_cap], args.min_count)
    pairs = keep([st.start2, st.mid2, st.mid_cap2], args.min_pair_count)
    lefts = keep([st.end, st.before_cap], args.min_count)
    out = {
        "_doc": (
            "Capitalisation statistics for unpunctuated sentence boundaries, built by "
            "bench/tools/build_sentence_stats.py (see its docstring). words/pairs: [start, mid, mid_cap] = "
            "capitalised word (pair) opening a sentence / capitalised after a lower-case word / after a "
            "capitalised word (a pair's second word ^l ^T ^U ^d ^p is the shape of any next word); left: [end, before_cap] = lower-case word ending a sentence / followed by a "
            "capitalised word."
        ),
        "sources": log,
        "totals": {
            "start": sum(st.start.values()),
            "mid": sum(st.mid.values()),
            "mid_cap": sum(st.mid_cap.values()),
            "end": sum(st.end.values()),
            "before_cap": sum(st.before_cap.values()),
        },
        "words": {w: [st.start[w], st.mid[w], st.mid_cap[w]] for w in words},
        "pairs": {p: [st.start2[p], st.mid2[p], st.mid_cap2[p]] for p in pairs},
        "left": {w: [st.end[w], st.before_cap[w]] for w in lefts},
    }
    args.out.write_text(
        json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=False).replace('],"', '],\n"')
        + "\n",
        encoding="utf-8",
    )
    print("\n".join(log))
    print(
        f"{len(words)} words, {len(pairs)} pairs, {len(lefts)} left words -> {args.out} ({args.out.stat().st_size:,} bytes)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
