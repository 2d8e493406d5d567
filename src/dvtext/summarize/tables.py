"""Topic summaries computed from an analysed archive (a dvtext store or a JSONL of analysis records).

For every topic: article counts over time and by province and source; the terms that distinguish it
(class-based TF-IDF over word tokens); representative articles and the sentences that carry the topic;
a key-statistics table (indicator, value, unit, place, date, source URL) with conflicting values for the
same indicator, place and period flagged; the bodies and people most mentioned; and the topics that
co-occur with it. Everything is plain data (dicts and lists) that :mod:`dvtext.summarize.report` renders.

Example:
    >>> summary = build_summary("archive.sqlite", topics=["giam_ngheo"])  # doctest: +SKIP
    >>> summary["topics"]["giam_ngheo"]["key_statistics"][0]["indicator"]  # doctest: +SKIP
    'tỷ lệ hộ nghèo'
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from dvtext.corpus import Corpus
from dvtext.errors import InputError

__all__ = ["build_summary", "topic_names", "DIMENSIONS"]

log = logging.getLogger(__name__)

DIMENSIONS = ("month", "province", "source")
_WORD = re.compile(r"[^\W\d_][\w]*", re.UNICODE)


@cache
def _stopwords() -> frozenset[str]:
    raw = resources.files("dvtext.data").joinpath("stopwords_vi.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def topic_names() -> dict[str, str]:
    """Topic id → Vietnamese name, from the taxonomy (ids only when the taxonomy is not installed)."""
    try:
        import dvtext.topics.taxonomy as taxonomy
    except ImportError:  # pragma: no cover - taxonomy ships with the package
        return {}
    return {label: taxonomy.topic(label).name_vi for label in taxonomy.labels()}


def _host(url: str | None, source: str | None) -> str:
    if url:
        host = urlsplit(url).hostname or ""
        return host.removeprefix("www.") or (source or "unknown")
    return source or "unknown"


def _norm_indicator(s: str) -> str:
    return " ".join(s.lower().split())


def _article_words(words: str | None, text: str) -> list[str]:
    """The article's words: the stored word tokens, or syllables when the store has none (JSONL input)."""
    stop = _stopwords()
    toks = words.split() if words else [w.lower() for w in _WORD.findall(text)]
    return [t for t in toks if t not in stop and len(t) > 1 and not t.isdigit()]


def _ctfidf(class_counts: dict[str, Counter[str]], top: int) -> dict[str, list[tuple[str, float]]]:
    """Class-based TF-IDF (BERTopic's c-TF-IDF): tf within the class × log(1 + A / f(term))."""
    total_freq: Counter[str] = Counter()
    for c in class_counts.values():
        total_freq.update(c)
    if not total_freq:
        return {k: [] for k in class_counts}
    avg = sum(total_freq.values()) / max(1, len(class_counts))
    out: dict[str, list[tuple[str, float]]] = {}
    for label, counts in class_counts.items():
        size = sum(counts.values()) or 1
        scored = [(term, (n / size) * math.log(1 + avg / total_freq[term])) for term, n in counts.items() if n >= 2]
        scored.sort(key=lambda kv: (-kv[1], kv[0]))
        out[label] = [(t.replace("_", " "), round(s, 6)) for t, s in scored[:top]]
    return out


def _sentence_text(rec: dict[str, Any], index: int) -> str | None:
    sents = rec.get("sentences") or []
    if 0 <= index < len(sents):
        s = sents[index]
        return rec["text"][s["start"] : s["end"]]
    return None


def _dominant_province(entities: Sequence[dict[str, Any]]) -> str | None:
    c = Counter(e["province"] for e in entities if e.get("province") and e.get("label") in ("LOC", "ORG"))
    return c.most_common(1)[0][0] if c else None


def _place_of(stat: dict[str, Any], entities: Sequence[dict[str, Any]], fallback: str | None) -> str | None:
    """The place a statistic is about: a place or body named in its sentence, else the article's province."""
    same = [e for e in entities if e.get("sentence") == stat.get("sentence") and e.get("label") in ("LOC", "ORG")]
    before = [e for e in same if e["start"] <= stat["start"]]
    pick = (before or same)
    if pick:
        e = max(pick, key=lambda e: e["start"]) if before else pick[0]
        if e["label"] == "LOC":
            return str(e.get("canonical") or e["text"])
        if e.get("province"):
            return str(e["province"])
    return fallback


def _period_of(stat: dict[str, Any], published: str | None) -> str | None:
    if stat.get("period"):
        return str(stat["period"])[:10]
    return published[:4] if published else None


def build_summary(
    source: str | Corpus,
    *,
    topics: Iterable[str] | None = None,
    by: str = "month",
    top_terms: int = 20,
    top_articles: int = 5,
    top_sentences: int = 12,
    top_entities: int = 15,
    max_statistics: int = 500,
) -> dict[str, Any]:
    """Summaries of every topic (or of ``topics``) in an analysed archive.

    Args:
        source: a store path, a JSONL path of analysis records, or a :class:`~dvtext.Corpus`.
        topics: topic ids to summarise (default: every topic with at least one article).
        by: the dimension that leads the breakdown: ``month``, ``province`` or ``source``.

    Returns:
        ``{"corpus": {...}, "by": by, "topics": {label: {...}}}`` (JSON-ready).

    Raises:
        InputError: unknown ``by`` or topic, or an unreadable source.
    """
    if by not in DIMENSIONS:
        raise InputError(f"--by must be one of {', '.join(DIMENSIONS)}, not {by!r}")
    corpus = source if isinstance(source, Corpus) else Corpus(source)
    con = corpus._store.con
    names = topic_names()
    wanted = list(topics) if topics else None
    if wanted:
        unknown = [t for t in wanted if names and t not in names]
        if unknown:
            raise InputError(f"unknown topic(s) {', '.join(unknown)}; known: {', '.join(names)}")

    # one streaming pass over the articles
    by_topic_articles: dict[str, list[tuple[float, str]]] = defaultdict(list)
    counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: {d: Counter() for d in DIMENSIONS})
    class_words: dict[str, Counter[str]] = defaultdict(Counter)
    cooc: dict[str, Counter[str]] = defaultdict(Counter)
    orgs: dict[str, Counter[str]] = defaultdict(Counter)
    people: dict[str, Counter[str]] = defaultdict(Counter)
    stats_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    sentences: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    n_articles = 0
    dates: list[str] = []
    cur = con.execute("SELECT id, url, title, published, source, text, words, record FROM articles ORDER BY rowid")
    for aid, url, title, published, src, text, words, record in cur:
        n_articles += 1
        rec = json.loads(record)
        labels = [t["label"] for t in rec.get("topics", [])]
        if published:
            dates.append(published[:10])
        words_list: list[str] | None = None
        if not labels:
            class_words["none"].update(_article_words(words, text))
            continue
        entities = rec.get("entities", [])
        province = _dominant_province(entities)
        month = published[:7] if published else "unknown"
        host = _host(url, src)
        ents_org = {e.get("canonical") or e["text"] for e in entities if e["label"] == "ORG"}
        ents_per = {e.get("canonical") or e["text"] for e in entities if e["label"] == "PER"}
        for t in rec.get("topics", []):
            label = t["label"]
            if wanted and label not in wanted:
                continue
            by_topic_articles[label].append((t["score"], aid))
            c = counts[label]
            c["month"][month] += 1
            c["province"][province or "unknown"] += 1
            c["source"][host] += 1
            cooc[label].update(x for x in labels if x != label)
            orgs[label].update(ents_org)
            people[label].update(ents_per)
            for idx in t.get("sentences", [])[:3]:
                s = _sentence_text(rec, idx)
                if s:
                    sentences[label].append((t["score"], aid, s))
            if len(stats_rows[label]) < max_statistics * 4:
                for st in rec.get("statistics", []):
                    if not st.get("indicator"):
                        continue
                    stats_rows[label].append({
                        "indicator": st["indicator"], "value": st["value"], "unit": st.get("unit"),
                        "kind": st["kind"], "high": st.get("high"), "denominator": st.get("denominator"),
                        "change": st.get("change"), "text": st["text"],
                        "place": _place_of(st, entities, province), "date": _period_of(st, published),
                        "url": url, "article_id": aid, "title": title,
                    })
        primary = rec.get("primary_topic")
        if primary and primary != "none" and (not wanted or primary in wanted):
            words_list = _article_words(words, text)
            class_words[primary].update(words_list)

    terms = _ctfidf(dict(class_words), top_terms)
    labels_out = wanted or sorted(by_topic_articles, key=lambda k: -len(by_topic_articles[k]))
    topics_out: dict[str, Any] = {}
    titles = {r[0]: (r[1], r[2], r[3]) for r in con.execute("SELECT id, title, url, published FROM articles")} \
        if n_articles <= 200_000 else {}
    for label in labels_out:
        arts = sorted(by_topic_articles.get(label, []), key=lambda x: -x[0])
        c = counts[label]
        rows = _flag_conflicts(stats_rows.get(label, []))[:max_statistics]
        sent = sorted(sentences.get(label, []), key=lambda x: -x[0])
        seen_s: set[str] = set()
        rep_sentences = []
        for score, aid, s in sent:
            if s in seen_s:
                continue
            seen_s.add(s)
            rep_sentences.append({"article_id": aid, "score": round(score, 4), "sentence": s})
            if len(rep_sentences) >= top_sentences:
                break
        topics_out[label] = {
            "label": label,
            "name": names.get(label, label),
            "articles": len(arts),
            "counts": {d: sorted(c[d].items(), key=(lambda kv: kv[0]) if d == "month" else (lambda kv: (-kv[1], kv[0])))
                       for d in DIMENSIONS},
            "terms": terms.get(label, []),
            "representative_articles": [
                {"id": aid, "score": round(score, 4), "title": titles.get(aid, (None,))[0],
                 "url": titles.get(aid, (None, None))[1], "published": titles.get(aid, (None, None, None))[2]}
                for score, aid in arts[:top_articles]
            ],
            "representative_sentences": rep_sentences,
            "key_statistics": rows,
            "conflicts": sum(1 for r in rows if r["conflict"]),
            "top_bodies": orgs[label].most_common(top_entities),
            "top_people": people[label].most_common(top_entities),
            "cooccurring_topics": cooc[label].most_common(),
        }
    return {
        "corpus": {
            "path": str(corpus.path),
            "articles": n_articles,
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
            "articles_per_topic": {k: len(v) for k, v in sorted(by_topic_articles.items(), key=lambda kv: -len(kv[1]))},
        },
        "by": by,
        "topics": topics_out,
    }


def _flag_conflicts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark rows whose indicator, place, period and unit agree but whose values differ across articles.

    Changes ("giảm 5,99%") are left out of the comparison: a change and a level of the same indicator
    are not in conflict. Two values in one article are not a conflict either (before / after).
    """
    values: dict[tuple[Any, ...], set[float]] = defaultdict(set)
    articles: dict[tuple[Any, ...], set[str]] = defaultdict(set)

    def key(r: dict[str, Any]) -> tuple[Any, ...] | None:
        if r["place"] is None or r["date"] is None or r.get("change"):
            return None
        return (_norm_indicator(r["indicator"]), r["place"], r["date"], r["unit"], r["kind"])

    for r in rows:
        k = key(r)
        if k is not None:
            values[k].add(round(float(r["value"]), 6))
            articles[k].add(r["article_id"])
    for r in rows:
        k = key(r)
        r["conflict"] = k is not None and len(values[k]) > 1 and len(articles[k]) > 1
    rows.sort(key=lambda r: (not r["conflict"], _norm_indicator(r["indicator"]), str(r["place"]),
                             str(r["date"]), r["value"]))
    return rows
