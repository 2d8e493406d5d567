"""Text for people at a terminal: the summary of an analysis and the topics of an article.

The CLI prints these when no output file is given (``dvtext analyze FILE``, ``dvtext classify FILE``);
they are plain functions over the typed records, so notebooks and other tools can print the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

from dvtext.text.numbers import format_number
from dvtext.types import Analysis, TopicScore

__all__ = ["format_number", "write_summary", "write_topics"]


def write_summary(analysis: Analysis, out: TextIO) -> None:
    """A human summary of one analysis: title, counts, topics, the statistics table and the entities.

    Example:
        >>> import io, dvtext
        >>> buf = io.StringIO()
        >>> write_summary(dvtext.analyze("Tỷ lệ hộ nghèo còn 32,49%.", topics=False), buf)
        >>> "32,49" in buf.getvalue()
        True
    """
    d = analysis.to_dict()
    out.write(f"\n{d['title'] or '(untitled)'}\n")
    out.write(f"  id {d['id']} · {len(d['sentences'])} sentences · {len(d['statistics'])} statistics · "
              f"{len(d['dates'])} dates · {len(d['entities'])} entities\n")
    if d["topics"]:
        tops = ", ".join(f"{t['label']} {t['score']:.2f}" for t in d["topics"])
        out.write(f"  topics: {tops} (primary: {d['primary_topic']})\n")
    for err in d["errors"]:
        out.write(f"  ! {err}\n")
    stats = d["statistics"]
    if not stats:
        out.write("  (no statistics found)\n")
    else:
        _write_statistics(stats, out)
    if d["entities"]:
        out.write("  entities:\n")
        for e in d["entities"][:60]:
            extra = e.get("canonical") or e.get("type") or ""
            if e.get("role"):
                extra = (extra + "; " if extra else "") + "role: " + e["role"]
            if e.get("province") and e["label"] in ("ORG", "LOC"):
                extra = (extra + "; " if extra else "") + e["province"]
            out.write(f"    {e['label']:<4} {e['text']}" + (f"  ({extra})" if extra and extra != e["text"] else "") + "\n")
        if len(d["entities"]) > 60:
            out.write(f"    … {len(d['entities']) - 60} more (use -o to get them all)\n")


def _write_statistics(stats: list[dict[str, Any]], out: TextIO) -> None:
    rows = [("#", "value", "unit", "kind", "qualifier/change", "indicator", "text")]
    for i, s in enumerate(stats, 1):
        value = format_number(s["value"])
        if s.get("high") is not None:
            value += "–" + format_number(s["high"])
        if s.get("denominator") is not None:
            value += "/" + format_number(s["denominator"])
        qual = s["qualifier"] if s["qualifier"] != "exact" else ""
        if s.get("change"):
            qual = (qual + " " + s["change"]).strip()
        rows.append((str(i), value, s["unit"] or "", s["kind"], qual, s["indicator"] or "", s["text"]))
    widths = [min(max(len(r[c]) for r in rows), 40) for c in range(len(rows[0]))]
    for n, r in enumerate(rows):
        cells = [r[c][: widths[c]].ljust(widths[c]) for c in range(len(r))]
        out.write("  " + "  ".join(cells).rstrip() + "\n")
        if n == 0:
            out.write("  " + "  ".join("-" * w for w in widths) + "\n")


def write_topics(title: str, primary: str, scores: Sequence[TopicScore], out: TextIO) -> None:
    """One article's topics: its title, primary label, then each label with its score, terms and sentences.

    Example:
        >>> import io
        >>> from dvtext.types import TopicScore
        >>> buf = io.StringIO()
        >>> write_topics("Giảm nghèo", "giam_ngheo", [TopicScore("giam_ngheo", 0.9, ("hộ nghèo",), (0,))], buf)
        >>> print(buf.getvalue().strip())
        Giảm nghèo
          primary: giam_ngheo
          giam_ngheo               0.90  terms: hộ nghèo  sentences: 0
    """
    out.write(f"\n{title}\n  primary: {primary}\n")
    for t in scores:
        out.write(f"  {t.label:<24} {t.score:.2f}")
        if t.terms:
            out.write("  terms: " + ", ".join(t.terms))
        if t.sentences:
            out.write(f"  sentences: {', '.join(map(str, t.sentences))}")
        out.write("\n")
