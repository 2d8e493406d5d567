"""Distributional word classes for the entity CRF: builds ``src/dvtext/data/word_clusters.tsv``.

A word the annotated articles never showed the CRF ("Kông", "Chro", "Sừ") is still known from running text: the
words around it say whether it behaves like a family name, a given name, a place name, a unit word or an office.
This script reads unlabelled news, represents each frequent token (the entity grammar's light tokens,
case kept: "Phong" and "phong" are different words) by the words at -2, -1, +1 and +2 from it, weights the counts
by positive pointwise mutual information (context counts smoothed by the power 0.75), reduces them to
``--dims`` dimensions (truncated SVD, unit-length rows) and groups the words with k-means at three granularities
(``--clusters``, coarse to fine): the classic recipe (Brown clusters, Ratinov & Roth 2009; k-means over
embeddings, Guo et al. 2014) with numpy, scipy and scikit-learn. It writes ``word<TAB>coarse<TAB>middle<TAB>fine``
lines after comment lines giving the sources and settings (about 300 KB, 18,000 words, 4 minutes).

Sources: baomoi-2017 and VNTC, without any article of a gold or dev set of the project (``corpora/gold/**``,
``corpora/dev/``: the ids build_sentence_stats holds out, VNTC ids too) and without baomoi articles sharing text
with one of them (three 8-word shingles).

The classes are five more CRF features per token in ``dvtext.extract.learned.features`` (the token's three
classes ``k0=``, ``k1=``, ``k2=`` and the middle class of the tokens before and after, ``k1-1=``, ``k1+1=``; the
word's lower-case form looked up when the word itself is rare). They raised the leave-one-set-out micro-F1 from
0.872 to 0.878 (``bench/train_entity_crf.py --cv``, 15 folds; ``models/README.md``) for about 0.3 ms per article.
The file holds words and class numbers, no text. After rebuilding it, retrain the CRF (its card holds the file's
sha256; a model trained with other classes is refused).

Usage::

    python bench/tools/build_word_clusters.py [--shared ../shared] [--out FILE]  (default: src/dvtext/data/word_clusters.tsv)
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_sentence_stats import baomoi_texts, held_out_ids, vntc_texts  # noqa: E402

from dvtext.extract.entity_grammar import tokens  # noqa: E402

OUT = ROOT / "src" / "dvtext" / "data" / "word_clusters.tsv"
OFFSETS = (-2, -1, 1, 2)


def texts(shared: Path, log: list[str]) -> Iterator[str]:
    """baomoi without the held-out articles and their near-duplicates, then VNTC without its held-out articles."""
    yield from baomoi_texts(shared, log)
    yield from vntc_texts(shared, log, skip=frozenset(held_out_ids(prefix="vntc-")))


def _is_word(w: str) -> bool:
    return w[:1].isalpha()


def build(docs: list[np.ndarray], types: list[str], *, vocab: int, contexts: int, min_count: int, dims: int,
          clusters: tuple[int, ...], seed: int) -> tuple[list[str], np.ndarray]:
    """``docs``: each text's tokens as indices into ``types``. The kept words and their classes (one column per
    granularity)."""
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize as l2

    freq = np.bincount(np.concatenate(docs), minlength=len(types))
    order = np.argsort(-freq, kind="stable")
    kept = [int(t) for t in order if freq[t] >= min_count and _is_word(types[t])][:vocab]
    words = [types[t] for t in kept]
    nc = contexts + 1  # the last context column: any rarer token
    wmap = np.full(len(types), -1, dtype=np.int64)
    wmap[kept] = np.arange(len(kept))
    cmap = np.full(len(types), contexts, dtype=np.int64)
    cmap[order[:contexts]] = np.arange(min(contexts, len(types)))
    total = sparse.csr_matrix((len(words), nc * len(OFFSETS)), dtype=np.float64)
    rows: list[np.ndarray] = []
    cols: list[np.ndarray] = []

    def flush() -> None:
        nonlocal total, rows, cols
        if rows:
            r, c = np.concatenate(rows), np.concatenate(cols)
            total = total + sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=total.shape)
            rows, cols = [], []

    pending = 0
    for d in docs:
        w, c, n = wmap[d], cmap[d], len(d)
        for k, off in enumerate(OFFSETS):
            if off < 0:
                ws, cs = w[-off:], c[: n + off]
            else:
                ws, cs = w[: n - off], c[off:]
            keep = ws >= 0
            rows.append(ws[keep])
            cols.append(cs[keep] + k * nc)
            pending += int(keep.sum())
        if pending > 5_000_000:
            flush()
            pending = 0
    flush()
    m = total.tocoo()
    row_sum = np.asarray(total.sum(axis=1)).ravel()
    col = np.asarray(total.sum(axis=0)).ravel() ** 0.75
    pmi = np.log(m.data * col.sum() / (row_sum[m.row] * col[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=total.shape)
    vec = TruncatedSVD(n_components=dims, random_state=seed, algorithm="randomized", n_iter=7).fit_transform(ppmi)
    vec = l2(vec)
    labels = [KMeans(n_clusters=k, n_init=1, random_state=seed, max_iter=100).fit_predict(vec) for k in clusters]
    return words, np.stack(labels, axis=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--vocab", type=int, default=40_000, help="most frequent words kept (default 40,000)")
    ap.add_argument("--contexts", type=int, default=5_000, help="context words (default 5,000)")
    ap.add_argument("--min-count", type=int, default=10)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--clusters", default="64,256,1024", help="k of the three granularities (coarse to fine)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if not (args.shared / "corpora" / "baomoi-2017.jsonl.gz").exists():
        print(f"error: no {args.shared}/corpora/baomoi-2017.jsonl.gz (pass --shared)", file=sys.stderr)
        return 2
    clusters = tuple(int(k) for k in args.clusters.split(","))
    t0 = time.time()
    log: list[str] = []
    index: dict[str, int] = {}
    docs = [np.array([index.setdefault(t.text, len(index)) for t in tokens(text)], dtype=np.int64)
            for text in texts(args.shared, log)]
    print(f"{'; '.join(log)}; {sum(map(len, docs)):,} tokens ({time.time() - t0:.0f} s)", flush=True)
    words, labels = build(docs, list(index), vocab=args.vocab, contexts=args.contexts, min_count=args.min_count, dims=args.dims,
                          clusters=clusters, seed=args.seed)
    head = [f"# dvtext word clusters: bench/tools/build_word_clusters.py (seed {args.seed})",
            f"# sources: {'; '.join(log)}",
            f"# {len(words)} words (count >= {args.min_count}), contexts: {args.contexts} words at {OFFSETS}, "
            f"PPMI (context counts ^0.75), SVD {args.dims}, k-means k={','.join(map(str, clusters))}",
            "# word\tcoarse\tmiddle\tfine"]
    body = ["\t".join([w, *map(str, row)]) for w, row in zip(words, labels.tolist(), strict=True)]
    args.out.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(words)} words, {time.time() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
