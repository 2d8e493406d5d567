"""Build corpora/gold/statistics.jsonl and entities.jsonl from the authored modules in this folder.

    /work/venv/bin/python corpora/gold/authoring/build.py            # build all, write the JSONL files
    /work/venv/bin/python corpora/gold/authoring/build.py --review ID  # print spans in context + leftovers
    /work/venv/bin/python corpora/gold/authoring/build.py --set dev7-entities [--review ID]  # a later set's folder

The texts come from corpora/samples (sample) and ../shared/corpora/{baomoi-2017,vntc}.jsonl.gz, normalised
with dvtext.text.normalize; their sha1 must match corpora/gold/articles.jsonl.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
ROOT = GOLD.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(HERE))

from _dsl import B, S  # noqa: E402
from gold import CORPORA, _corpus_texts  # noqa: E402  (bench/gold.py: the corpora gold articles come from)

from dvtext.io.readers import read_text_file  # noqa: E402
from dvtext.text.normalize import normalize  # noqa: E402

SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))
if not SHARED.exists():
    SHARED = Path("/work/shared")

SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
NUM = re.compile(r"\d+(?:[.,]\d+)*")


def parse_number(tok: str) -> float:
    """Vietnamese number writing: '.' thousands, ',' decimal; a lone '.' + 3 digits is thousands."""
    if tok.lower() in WORDS:
        return float(WORDS[tok.lower()])
    if "." in tok and "," in tok:
        return float(tok.replace(".", "").replace(",", "."))
    if "." in tok:
        parts = tok.split(".")
        if all(len(p) == 3 for p in parts[1:]):
            return float("".join(parts))
        return float(tok)
    if "," in tok:
        return float(tok.replace(",", "."))
    return float(tok)


def _numbers_with_scale(text: str) -> list[float]:
    """Every number of a span with the scale words that follow it (scale of the last number applies
    to earlier bare numbers of a range: '86 đến 88 triệu')."""
    toks = re.findall(r"\d+(?:[.,]\d+)*|[^\W\d_]+|/", text)
    vals: list[list[float]] = []  # [number, scale]
    for i, t in enumerate(toks):
        if (
            NUM.fullmatch(t)
            or (t.lower() in WORDS and not vals and i == 0)
            or (t.lower() in WORDS and i > 0 and toks[i - 1].lower() in ("trong", "từ"))
        ):
            vals.append([parse_number(t), 1.0])
        elif t.lower() in SCALES and vals:
            vals[-1][1] *= SCALES[t.lower()]
    # ranges "86 đến 88 triệu": a bare low end takes the high end's scale
    if len(vals) == 2 and vals[0][1] == 1.0 and vals[1][1] != 1.0 and "/" not in text:
        vals[0][1] = vals[1][1]
    return [n * s for n, s in vals]


def parse_stat(st: S) -> tuple[float, float | None, float | None]:
    nums = _numbers_with_scale(st.text)
    if not nums:
        raise ValueError(f"no number in {st.text!r}: give value=")
    value = nums[0]
    high = nums[1] if st.kind == "range" and len(nums) > 1 else None
    den = nums[1] if st.kind == "ratio" and len(nums) > 1 else None
    return value, high, den


def load_texts(ids: set[str]) -> dict[str, str]:
    texts: dict[str, str] = {}
    if "que-phong" in ids:
        (art,) = list(read_text_file(ROOT / "corpora" / "samples" / "que-phong.txt"))
        texts["que-phong"] = normalize(art.text).text
    for name, parts in CORPORA.items():  # an id starts with its corpus: "baomoi-22406502", "vntc-test-XH_VNE_T_-697"
        want = {i for i in ids if i.startswith(name.split("-")[0] + "-")}
        if want:
            texts.update({k: normalize(v).text for k, v in _corpus_texts(SHARED.joinpath(*parts), want).items()})
    return texts


def _find(text: str, surface: str, cursor: int, skip: int, ctx: str | None, where: str) -> int:
    pos = cursor
    if ctx is not None:
        c = text.find(ctx, cursor)
        if c < 0:
            raise ValueError(f"{where}: context {ctx!r} not found after {cursor}")
        pos = c
    n = skip + 1
    while True:
        i = text.find(surface, pos)
        if i < 0:
            raise ValueError(f"{where}: {surface!r} not found after {pos} (skip={skip})")
        pos = i + 1
        before = text[i - 1] if i > 0 else " "
        after = text[i + len(surface)] if i + len(surface) < len(text) else " "
        if before.isalnum() or after.isalnum() or (surface[0].isdigit() and before in ".,/"):
            continue  # not on a word boundary
        n -= 1
        if n == 0:
            return i


def module_name(aid: str) -> str:
    return "a_" + aid.replace("-", "_")


def resolve(aid: str, text: str) -> dict:
    mod = importlib.import_module(module_name(aid))
    out: dict = {"boilerplate": [], "statistics": [], "entities": []}
    cur = 0
    for b in getattr(mod, "BOILERPLATE", []):
        assert isinstance(b, B)
        i = text.find(b.begin, cur)
        if i < 0:
            raise ValueError(f"{aid} boilerplate: {b.begin!r} not found after {cur}")
        end = i + len(b.begin)
        if b.end is not None:
            j = text.find(b.end, end)
            if j < 0:
                raise ValueError(f"{aid} boilerplate: end {b.end!r} not found after {end}")
            end = j + len(b.end)
        out["boilerplate"].append({"start": i, "end": end, "kind": b.kind, "text": text[i:end]})
        cur = end
    cur = 0
    for st in mod.STATS:
        i = _find(text, st.text, cur, st.skip, st.ctx, f"{aid} stat")
        value, high, den = (
            parse_stat(st) if st.value is None or st.kind in ("range", "ratio") else (st.value, None, None)
        )
        if st.value is not None:
            value = st.value
        if st.high is not None:
            high = st.high
        if st.den is not None:
            den = st.den
        rec = {
            "start": i,
            "end": i + len(st.text),
            "text": st.text,
            "value": float(value),
            "unit": st.unit,
            "kind": st.kind,
            "qualifier": st.q,
            "change": st.ch,
            "indicator": st.ind,
            "high": None if high is None else float(high),
            "denominator": None if den is None else float(den),
        }
        out["statistics"].append(rec)
        cur = i + len(st.text)
    cur = 0
    for en in mod.ENTS:
        i = _find(text, en.text, cur, en.skip, en.ctx, f"{aid} entity")
        rec = {"start": i, "end": i + len(en.text), "text": en.text, "label": en.label, **en.attrs}
        out["entities"].append(rec)
        cur = i + len(en.text)
    return out


def check(aid: str, text: str, res: dict) -> list[str]:
    errs = []
    for layer in ("statistics", "entities"):
        spans = sorted((r["start"], r["end"], r["text"]) for r in res[layer])
        for (s1, e1, t1), (s2, _e2, t2) in zip(spans, spans[1:], strict=False):
            if s2 < e1:
                errs.append(f"{aid} {layer}: overlap {t1!r}@{s1} / {t2!r}@{s2}")
        for s, e, t in spans:
            if text[s:e] != t:
                errs.append(f"{aid} {layer}: text mismatch at {s}")
            for b in res["boilerplate"]:
                if s < b["end"] and b["start"] < e:
                    errs.append(f"{aid} {layer}: {t!r}@{s} inside boilerplate")
    for r in res["statistics"]:
        if r["kind"] == "range" and r["high"] is None:
            errs.append(f"{aid}: range without high {r['text']!r}")
        if r["kind"] == "ratio" and r["denominator"] is None:
            errs.append(f"{aid}: ratio without denominator {r['text']!r}")
    return errs


def review(aid: str, text: str, res: dict) -> None:
    def kw(s: int, e: int, w: int = 45) -> str:
        return (text[max(0, s - w) : s] + "[[" + text[s:e] + "]]" + text[e : e + w]).replace("\n", "⏎")

    print(f"### {aid}  ({len(text)} chars)")
    for b in res["boilerplate"]:
        print("BOILER", b["kind"], repr(b["text"][:90]))
    print("--- statistics")
    for r in res["statistics"]:
        extra = {k: r[k] for k in ("high", "denominator") if r[k] is not None}
        print(
            f"{r['start']:5d} {r['kind']:7s} {r['value']:<14g} {r['unit']!s:14s} {r['qualifier']:9s} "
            f"{r['change']!s:8s} ind={r['indicator']!s:30s} {extra or ''}\n        {kw(r['start'], r['end'])}"
        )
    covered = [(r["start"], r["end"]) for r in res["statistics"]] + [
        (b["start"], b["end"]) for b in res["boilerplate"]
    ]
    print("--- numbers outside statistics (check each is not a statistic)")
    for m in re.finditer(
        r"\d+(?:[.,/\-–]\d+)*|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|hàng|vài)\b", text
    ):
        if not any(s <= m.start() < e for s, e in covered):
            print(f"   {m.start():5d} {kw(m.start(), m.end(), 35)}")
    print("--- entities")
    for r in res["entities"]:
        attrs = {k: v for k, v in r.items() if k not in ("start", "end", "text", "label")}
        print(f"{r['start']:5d} {r['label']} {r['text']!r} {attrs}")
    ecov = [(r["start"], r["end"]) for r in res["entities"]] + [
        (b["start"], b["end"]) for b in res["boilerplate"]
    ]
    print("--- capitalised words outside entities (check)")
    for m in re.finditer(r"[\w&/\-]+(?:[ ][\w&/\-]+)*", text):
        # runs of words; report maximal runs of capitalised words not covered by an entity
        for w in re.finditer(r"(?:\b[^\W\d_a-zà-ỹđ][\w&/\-]*)(?:\s+[^\W\d_a-zà-ỹđ][\w&/\-]*)*", m.group()):
            s0 = m.start() + w.start()
            if any(s <= s0 < e for s, e in ecov):
                continue
            prev = text[max(0, s0 - 3) : s0].rstrip(" “\"'(")
            if " " not in w.group() and (s0 == 0 or not prev or prev[-1] in ".!?:…\n"):
                continue  # a single capitalised word at a sentence start
            print(f"   {s0:5d} {kw(s0, s0 + len(w.group()), 30)}")


def main(*, entities: bool = True) -> int:
    """Check and build the gold of ``GOLD``; ``entities=False`` for a statistics-only set (no entity layer:
    its entity checks are skipped and no entities.jsonl is written)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--review", nargs="*", default=None)
    args = ap.parse_args()
    rows = [json.loads(x) for x in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines() if x]
    ids = [r["id"] for r in rows]
    authored = [i for i in ids if (HERE / f"{module_name(i)}.py").exists()]
    texts = load_texts(set(authored))
    errs: list[str] = []
    results = {}
    for aid in authored:
        text = texts[aid]
        sha = hashlib.sha1(text.encode("utf-8")).hexdigest()
        row = next(r for r in rows if r["id"] == aid)
        if sha != row["sha1"]:
            errs.append(f"{aid}: sha1 of the normalised text changed")
        res = resolve(aid, text)
        errs += [e for e in check(aid, text, res) if entities or " entities:" not in e]
        results[aid] = res
        if args.review is not None and (not args.review or aid in args.review):
            review(aid, text, res)
    if errs:
        print("\n".join(errs))
        return 1
    if args.review is not None:
        return 0
    for r in rows:
        if r["id"] in results:
            r["boilerplate"] = [
                {k: b[k] for k in ("start", "end", "kind")} for b in results[r["id"]]["boilerplate"]
            ]
    with open(GOLD / "articles.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(GOLD / "statistics.jsonl", "w", encoding="utf-8") as fh:
        for aid in authored:
            fh.write(
                json.dumps({"id": aid, "statistics": results[aid]["statistics"]}, ensure_ascii=False) + "\n"
            )
    n_s = sum(len(r["statistics"]) for r in results.values())
    if not entities:
        print(f"{len(results)} articles, {n_s} statistics")
        return 0
    with open(GOLD / "entities.jsonl", "w", encoding="utf-8") as fh:
        for aid in authored:
            fh.write(json.dumps({"id": aid, "entities": results[aid]["entities"]}, ensure_ascii=False) + "\n")
    n_e = sum(len(r["entities"]) for r in results.values())
    print(f"{len(results)} articles, {n_s} statistics, {n_e} entities")
    return 0


def main_for(folder: Path, *, entities: bool = True) -> int:
    """Run :func:`main` on another annotation folder (``corpora/gold/<set>/authoring``): its ``a_<id>.py`` modules
    come first, its JSONL files are written one level up. Used by the later development sets' ``build.py``."""
    global HERE, GOLD
    sys.path.insert(0, str(folder))
    HERE, GOLD = folder, folder.parent
    return main(entities=entities)


def _set_folder(argv: list[str]) -> Path | None:
    """``--set NAME`` (another annotated set, ``corpora/gold/NAME``: ``test``, ``dev2-entities``, ...,
    ``dev2-statistics``, which has no entity layer): its authoring folder, removed from ``argv``."""
    if "--set" not in argv:
        return None
    i = argv.index("--set")
    folder = GOLD / argv[i + 1] / "authoring"
    del argv[i:i + 2]
    if not folder.is_dir():
        raise SystemExit(f"no such set: {folder}")
    return folder


if __name__ == "__main__":
    other = _set_folder(sys.argv)  # "--set dev7-entities": that set's modules and JSONL files instead
    if other is None:
        raise SystemExit(main())
    raise SystemExit(main_for(other, entities=not other.parent.name.endswith("-statistics")))  # dev2-statistics
