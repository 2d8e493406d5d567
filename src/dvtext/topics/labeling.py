"""Labelling functions for the topic codebook, and the labelled topic corpus.

Two things live here:

* **Labelling functions** (the keyword-rules baseline). The rules are data (``data/topic_rules.toml``):
  cue phrases with counts and positions (title, lead, text), co-occurrence conditions and vetoes for
  the kinds of article the codebook puts under ``none`` (sport, world news, showbiz, markets).
  :func:`apply_rules` says which rules fire and with what weight; :func:`weak_labels` turns that into
  labels and a primary label.
* **The labelled corpus** (``corpora/topics/``): :func:`load_corpus` joins ``labels.jsonl`` with the
  article texts: VNTC texts ship with the corpus, baomoi texts are read from ``../shared`` by id.

Example:
    >>> weak_labels("Huyện Quế Phong giảm 500 hộ nghèo", "Năm 2018, huyện có thêm 500 hộ thoát nghèo.")
    (('giam_ngheo',), 'giam_ngheo')
    >>> weak_labels("Messi ghi bàn, Barca thắng đậm", "Tiền đạo Messi lập cú đúp vào lưới Sevilla.")
    ((), 'none')
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dvtext.errors import InputError
from dvtext.text.normalize import normalize_tone_marks
from dvtext.topics.taxonomy import NONE, is_label, labels, validate_labels

__all__ = [
    "CORPUS_DIR",
    "LabelledArticle",
    "Rule",
    "RuleHit",
    "apply_rules",
    "evaluate_rules",
    "labels_from_hits",
    "load_corpus",
    "load_labels",
    "prepare",
    "rules",
    "selection_round",
    "selection_stratum",
    "split_vntc_title",
    "weak_labels",
]

logger = logging.getLogger(__name__)

CORPUS_DIR = Path(__file__).resolve().parents[3] / "corpora" / "topics"
"""``corpora/topics`` of the source checkout (labels.jsonl, vntc_texts.jsonl.gz, the datasheet)."""

RuleHit = tuple[str, str, float]
"""``(label, rule_id, weight)``; a veto has a negative weight."""

_DASHES = "-–—‐‑"
_WHERE = ("title", "lead", "text")


# --------------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True, slots=True)
class Rule:
    """One labelling function (or a veto, when ``veto`` is true) as read from ``topic_rules.toml``."""

    id: str
    label: str  # the label it votes for; "" for a veto
    where: str  # title | lead | text
    pattern: re.Pattern[str]
    min: int = 1
    distinct: int = 1
    weight: float = 1.0
    also: re.Pattern[str] | None = None
    also_in: str = "text"
    also_min: int = 1
    veto: bool = False
    unless: re.Pattern[str] | None = None
    unless_min: int = 1
    veto_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _RuleSet:
    rules: tuple[Rule, ...]
    vetoes: tuple[Rule, ...]
    threshold: float
    lead_chars: int


def prepare(text: str) -> str:
    """Text as the rules see it: NFC, traditional tone placement, lower case, single spaces.

    Example:
        >>> prepare("Hoà  giải ở cơ sở")
        'hòa giải ở cơ sở'
    """
    text = normalize_tone_marks(unicodedata.normalize("NFC", text))
    return re.sub(r"[ \t\u00a0]+", " ", text.lower())


_SEP = "\x00sep"
_DASH = "\x00dash"


def _phrase_units(phrase: str) -> list[str]:
    """A literal cue phrase as units for the trie: characters, a separator, a dash."""
    units: list[str] = []
    for tok in re.split(rf"(\s*[{_DASHES}]\s*|[\s,]+)", prepare(phrase).strip()):
        if not tok:
            continue
        if tok.strip() and tok.strip() in _DASHES:
            units.append(_DASH)
        elif not tok.strip(" ,"):
            units.append(_SEP)
        else:
            units.extend(tok)
    return units


def _unit_regex(unit: str) -> str:
    if unit == _SEP:
        return r"[\s,]+"
    if unit == _DASH:
        return rf"\s*[{_DASHES}]\s*"
    return re.escape(unit)


def _trie_regex(phrases: list[list[str]]) -> str:
    """One regex for many literal phrases, as a trie (the engine checks one branch per character)."""
    trie: dict[str, Any] = {}
    for units in phrases:
        node = trie
        for u in units:
            node = node.setdefault(u, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [_unit_regex(u) + emit(child) for u, child in node.items() if u != ""]
        if not alts:
            return ""
        if "" in node:  # a phrase ends here: try the longer ones first
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


def _compile(phrases: list[str], sets: dict[str, list[str]], where: str) -> re.Pattern[str]:
    return _compile_cached(tuple(phrases), tuple((k, tuple(v)) for k, v in sets.items()), where)


@cache
def _compile_cached(
    phrases: tuple[str, ...], sets_items: tuple[tuple[str, tuple[str, ...]], ...], where: str
) -> re.Pattern[str]:
    sets = dict(sets_items)
    expanded: list[str] = []
    for p in phrases:
        if p.startswith("@"):
            if p[1:] not in sets:
                raise ValueError(f"data/topic_rules.toml: unknown phrase set {p!r} ({where})")
            expanded.extend(sets[p[1:]])
        else:
            expanded.append(p)
    if not expanded:
        raise ValueError(f"data/topic_rules.toml: empty phrase list ({where})")
    literal = [_phrase_units(p) for p in expanded if not p.startswith("re:")]
    regexes = sorted({p[3:] for p in expanded if p.startswith("re:")}, key=len, reverse=True)
    alts = ([_trie_regex(literal)] if literal else []) + [f"(?:{r})" for r in regexes]
    # No look-behind at the start (it would stop the engine from skipping ahead on the first
    # character): _count drops the matches that start inside a word instead.
    pattern = re.compile("(?:" + "|".join(alts) + r")(?!\w)")
    _FIRST_WORDS[pattern] = first_words(pattern.pattern)
    return pattern


# The words a compiled rule pattern can start with (None: any), so that _count tries it only there.
_FIRST_WORDS: dict[re.Pattern[str], frozenset[str] | None] = {}
_MAX_FIRST_WORDS = 5000


class _Unbounded(Exception):
    """A pattern whose first words cannot be listed (a class, a repeat, a pattern starting with punctuation)."""


def first_words(regex: str) -> frozenset[str] | None:
    r"""Every word (a run of letters and digits) a match of ``regex`` can start with, or None when they
    cannot be listed: classes such as ``\d``, repeats other than ``?``, more than a few thousand words.

    Example:
        >>> sorted(first_words(r"(?:(các )?(sở|ban)|hộ nghèo)(?!\w)"))
        ['ban', 'các', 'hộ', 'sở']
    """
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser as parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - another Python's re
        return None
    out: set[str] = set()

    def walk(items: list[Any], prefix: str) -> None:
        if len(out) > _MAX_FIRST_WORDS:
            raise _Unbounded
        if not items:
            if not prefix:
                raise _Unbounded
            out.add(prefix)
            return
        op, av = items[0]
        rest = items[1:]
        if op is c.LITERAL:
            ch = chr(av)
            if ch.isalnum():
                walk(rest, prefix + ch)
            elif prefix:
                out.add(prefix)
            else:
                raise _Unbounded
        elif op is c.SUBPATTERN:
            walk(list(av[-1]) + rest, prefix)
        elif op is c.BRANCH:
            for alt in av[1]:
                walk(list(alt) + rest, prefix)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and tuple(av[:2]) == (0, 1):
            walk(rest, prefix)
            walk(list(av[2]) + rest, prefix)
        elif op is c.IN and all(o is c.LITERAL for o, _ in av):
            for _, v in av:
                walk([(c.LITERAL, v)] + rest, prefix)
        elif op in (c.ASSERT_NOT, c.ASSERT, c.AT) and prefix:
            out.add(prefix)  # the word ends before a look-ahead or an anchor
        elif prefix and ends_word(items[0]):
            out.add(prefix)  # a separator such as [\s,]+ ends the word
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0:
                walk(rest, prefix)  # or, skipped, something else may
        else:
            raise _Unbounded

    def ends_word(item: tuple[Any, Any]) -> bool:
        """Whether ``item``, where it matches a character at all, matches one that is not a letter or digit."""
        op, av = item
        if op is c.LITERAL:
            return not chr(av).isalnum()
        if op is c.IN:
            return all(
                (o is c.LITERAL and not chr(v).isalnum()) or (o is c.CATEGORY and v is c.CATEGORY_SPACE)
                for o, v in av
            )
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.SUBPATTERN):
            sub = list(av[-1])
            return bool(sub) and ends_word(sub[0])
        if op is c.BRANCH:
            return all(alt and ends_word(list(alt)[0]) for alt in av[1])
        return False

    try:
        walk(list(parser.parse(regex)), "")
    except (_Unbounded, RecursionError):
        return None
    return frozenset(out)


@cache
def _ruleset() -> _RuleSet:
    raw = resources.files("dvtext.data").joinpath("topic_rules.toml").read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(raw)
    sets: dict[str, list[str]] = data.get("sets", {})
    settings = data.get("settings", {})
    seen: set[str] = set()
    out: list[Rule] = []
    for r in data.get("rule", []):
        rid = r["id"]
        if rid in seen:
            raise ValueError(f"data/topic_rules.toml: duplicate rule id {rid!r}")
        seen.add(rid)
        if not is_label(r["label"]):
            raise ValueError(f"data/topic_rules.toml: rule {rid!r} has unknown label {r['label']!r}")
        if r["in"] not in _WHERE or r.get("also_in", "text") not in _WHERE:
            raise ValueError(f"data/topic_rules.toml: rule {rid!r}: `in` must be one of {_WHERE}")
        out.append(
            Rule(
                id=rid,
                label=r["label"],
                where=r["in"],
                pattern=_compile(r["any"], sets, rid),
                min=int(r.get("min", 1)),
                distinct=int(r.get("distinct", 1)),
                weight=float(r.get("weight", 1.0)),
                also=_compile(r["also"], sets, rid) if r.get("also") else None,
                also_in=r.get("also_in", "text"),
                also_min=int(r.get("also_min", 1)),
            )
        )
    vetoes: list[Rule] = []
    for v in data.get("veto", []):
        vid = v["id"]
        bad = [x for x in v.get("labels", []) if not is_label(x)]
        if bad or vid in seen:
            raise ValueError(f"data/topic_rules.toml: veto {vid!r}: duplicate id or unknown labels {bad}")
        seen.add(vid)
        vetoes.append(
            Rule(
                id=vid,
                label="",
                where=v["in"],
                pattern=_compile(v["any"], sets, vid),
                min=int(v.get("min", 1)),
                veto=True,
                unless=_compile(v["unless"], sets, vid) if v.get("unless") else None,
                unless_min=int(v.get("unless_min", 1)),
                veto_labels=tuple(v.get("labels", ())),
            )
        )
    return _RuleSet(
        tuple(out), tuple(vetoes), float(settings.get("threshold", 1.0)), int(settings.get("lead_chars", 500))
    )


def rules() -> tuple[Rule, ...]:
    """The labelling functions (vetoes included, last), in file order."""
    rs = _ruleset()
    return rs.rules + rs.vetoes


def _lead(text: str, limit: int) -> str:
    para = text.lstrip().split("\n", 1)[0]
    return para[:limit]


_WORD = re.compile(r"[^\W_]+")


def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word (a run of letters and digits) of ``text`` starts, in order."""
    index: dict[str, list[int]] = defaultdict(list)
    for m in _WORD.finditer(text):
        index[m.group()].append(m.start())
    return index


def _count(pattern: re.Pattern[str], text: str, index: dict[str, list[int]] | None = None) -> tuple[int, int]:
    """Occurrences and distinct matched strings of ``pattern`` that start at a word start.

    With the ``index`` of :func:`word_starts`, the pattern is tried only where one of its first words
    starts, left to right, each match skipping what it covers (as ``finditer`` does), instead of at every
    character."""
    firsts = _FIRST_WORDS.get(pattern)
    if index is None or firsts is None:
        found = [m.group() for m in pattern.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()]
        return len(found), len(set(found))
    starts = sorted({p for w in firsts for p in index.get(w, ())})
    found = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = pattern.match(text, p)
        if m is not None:
            found.append(m.group())
            end = max(m.end(), p + 1)
    return len(found), len(set(found))


def apply_rules(title: str, text: str) -> list[RuleHit]:
    """The labelling functions that fire on an article, as ``(label, rule_id, weight)``.

    Args:
        title: the headline ("" when unknown).
        text: the body (lead + paragraphs), without the title.

    Returns:
        One entry per rule that fired, in rule order; a veto that applies adds, for each label it
        removes that had fired, an entry with the negative of that label's weight.

    Example:
        >>> apply_rules("Huyện Quế Phong giảm 500 hộ nghèo", "")
        [('giam_ngheo', 'giam_ngheo.title', 1.0)]
    """
    if not isinstance(title, str) or not isinstance(text, str):
        raise InputError("apply_rules needs title and text as str (use '' for a missing title)")
    rs = _ruleset()
    fields = {"title": prepare(title), "text": prepare(text)}
    fields["lead"] = _lead(fields["text"], rs.lead_chars)
    memo: dict[tuple[int, str], tuple[int, int]] = {}
    indexes: dict[str, dict[str, list[int]]] = {}

    def count(pattern: re.Pattern[str], where: str) -> tuple[int, int]:
        key = (id(pattern), where)
        if key not in memo:
            if where not in indexes:
                indexes[where] = word_starts(fields[where])
            memo[key] = _count(pattern, fields[where], indexes[where])
        return memo[key]

    hits: list[RuleHit] = []
    for r in rs.rules:
        n, d = count(r.pattern, r.where)
        if n < r.min or d < r.distinct:
            continue
        if r.also is not None and count(r.also, r.also_in)[0] < r.also_min:
            continue
        hits.append((r.label, r.id, r.weight))
    if not hits:
        return hits
    for v in rs.vetoes:
        if count(v.pattern, v.where)[0] < v.min:
            continue
        if v.unless is not None and count(v.unless, "text")[0] >= v.unless_min:
            continue
        totals: dict[str, float] = defaultdict(float)
        for label, _, w in hits:
            totals[label] += w
        for label, total in totals.items():
            if total > 0 and (not v.veto_labels or label in v.veto_labels):
                hits.append((label, v.id, -total))
    return hits


def weak_labels(title: str, text: str, *, threshold: float | None = None) -> tuple[tuple[str, ...], str]:
    """Weak labels of an article from the labelling functions: ``(labels, primary)``.

    A label is assigned when the weights of its rules sum to ``threshold`` (default: the rules file's);
    the primary label is the assigned label with the highest sum (ties: title rule, then codebook
    order), or ``none``.

    Example:
        >>> weak_labels("Tiếp xúc cử tri trước kỳ họp", "Cử tri huyện kiến nghị về đường giao thông.")
        (('doi_thoai',), 'doi_thoai')
    """
    return labels_from_hits(apply_rules(title, text), threshold=threshold)


def labels_from_hits(hits: Sequence[RuleHit], *, threshold: float | None = None) -> tuple[tuple[str, ...], str]:
    """:func:`weak_labels` from rule hits already computed by :func:`apply_rules` (no second pass).

    Example:
        >>> labels_from_hits([("giam_ngheo", "giam_ngheo.title", 1.0)])
        (('giam_ngheo',), 'giam_ngheo')
    """
    th = _ruleset().threshold if threshold is None else threshold
    total: dict[str, float] = defaultdict(float)
    in_title: set[str] = set()
    for label, rid, w in hits:
        total[label] += w
        if w > 0 and rid.endswith(".title"):
            in_title.add(label)
    order = labels()
    assigned = [x for x in order if total.get(x, 0.0) >= th - 1e-9]
    if not assigned:
        return (), NONE
    primary = max(assigned, key=lambda x: (total[x], x in in_title, -order.index(x)))
    return tuple(assigned), primary


# --------------------------------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True, slots=True)
class LabelledArticle:
    """An article of the topic corpus with its labels.

    ``labels`` are in codebook order; ``primary`` is one of them or ``none``; ``verified`` is true when
    a person read the article and assigned the labels, false for weak labels from the rules.
    """

    id: str
    title: str
    text: str
    labels: tuple[str, ...]
    primary: str
    verified: bool
    corpus: str = ""
    split: str | None = None


def split_vntc_title(raw: str) -> tuple[str, str]:
    """VNTC keeps the title as the first line of ``text``; return ``(title, body)``.

    When the first line is long, the title is the text before a "(NLĐ)-" style source marker when there
    is one, else ``""`` (the body is then the whole text).

    Example:
        >>> split_vntc_title("Hà Nội: giảm hộ nghèo\\r\\nNăm nay thành phố giảm 2.000 hộ nghèo.")
        ('Hà Nội: giảm hộ nghèo', 'Năm nay thành phố giảm 2.000 hộ nghèo.')
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    first, _, rest = raw.partition("\n")
    if len(first) <= 150 and rest:
        return first.strip(), rest.strip()
    m = re.match(r"(.{10,200}?)\s*\((?:NLĐ|TTO|TN|VnExpress|TTXVN)\)\s*[-–—]\s*", raw)
    if m:
        return m.group(1).strip(), raw[m.end() :].strip()
    return "", raw


def selection_round(selection: str) -> int:
    """The labelling round of a read article's ``selection`` tag (labels.jsonl), for rounds 2 and later.

    Rounds 3 and later end the first word of the tag with ``:rN``; untagged ``random:...`` and targeted
    (``model:``, ``title:``, ``text:``, ``near:``) selections are round 2. Round 1's ``random``, ``rules:``
    and keyword tags also give 2: tell them apart by their prefix (round 5's ``keyword:dan-van:r5`` ends
    with its round like the others).

    Example:
        >>> selection_round("model:cchc:r4 (quick-model boundary 0.3-0.7)"), selection_round("random:baomoi")
        (4, 2)
    """
    m = re.search(r":r(\d+)$", selection.split(" ")[0])
    return int(m.group(1)) if m else 2


#: Selection heads of round 2 and later that picked articles for a reason (a quick model, title or text
#: queries, near-threshold rules, the weak layer's per-label quotas); from round 5 on, ``keyword:`` queries
#: count as targeted too.
_TARGETED_HEADS = ("model", "title", "text", "near", "weak", "sample")


def selection_stratum(selection: str) -> str:
    """The evaluation subset of a read article's ``selection`` tag: how and in which round it was found.

    ``random (round 1)`` (the tag ``random``), ``random (round N)`` (``random:...``), ``targeted (round N)``
    (a quick model, title/text queries, near-threshold rules; keyword queries from round 5; articles of the
    weak layer, which the rules drew with a quota per label, read from round 7) or
    ``keyword/rules (round 1)`` (everything else: round 1's rules and keyword samples).

    Example:
        >>> selection_stratum("random"), selection_stratum("random:baomoi-politics:r3")
        ('random (round 1)', 'random (round 3)')
        >>> selection_stratum("keyword:dan-van:r5"), selection_stratum("keyword:quy che dan chu")
        ('targeted (round 5)', 'keyword/rules (round 1)')
        >>> selection_stratum("weak:r7 (uniform sample of the weak layer, seed 7007)")
        'targeted (round 7)'
    """
    head = selection.split(":")[0]
    rnd = selection_round(selection)
    if selection == "random":
        return "random (round 1)"
    if head == "random":
        return f"random (round {rnd})"
    if head in _TARGETED_HEADS or (head == "keyword" and rnd >= 5):
        return f"targeted (round {rnd})"
    return "keyword/rules (round 1)"


def _shared_dir(shared: Path | str | None) -> Path:
    if shared is not None:
        return Path(shared)
    env = os.environ.get("DVTEXT_SHARED")
    if env:
        return Path(env)
    return CORPUS_DIR.parents[2] / "shared"


def load_labels(path: Path | str | None = None) -> list[dict[str, Any]]:
    """The records of ``labels.jsonl`` (validated: known labels, primary consistent, unique ids).

    Raises:
        InputError: a line is not valid (the message gives the line number).
    """
    path = Path(path) if path is not None else CORPUS_DIR / "labels.jsonl"
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                validate_labels(rec["labels"], rec["primary"])
            except (ValueError, KeyError, InputError) as exc:
                raise InputError(f"{path}:{n}: bad label record ({exc})") from None
            if rec["id"] in seen:
                raise InputError(f"{path}:{n}: duplicate id {rec['id']!r}")
            seen.add(rec["id"])
            out.append(rec)
    return out


def _iter_jsonl_gz(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


#: The ``corpus`` of a record whose text is one of the project's own sample articles, shipped in
#: ``corpora/samples/<name>.txt`` (title on the first line) and named ``sample-<name>`` in ``labels.jsonl``.
SAMPLE_CORPUS = "sample"


def _sample_text(cdir: Path, article_id: str) -> tuple[str, str]:
    """Title and text of the sample article ``article_id`` (``sample-<name>``), read as ``dvtext analyze``
    reads the ``.txt`` file."""
    from dvtext.io.readers import read_text_file
    from dvtext.types import Article

    name = article_id.removeprefix(f"{SAMPLE_CORPUS}-")
    path = cdir.parent / "samples" / f"{name}.txt"
    if not article_id.startswith(f"{SAMPLE_CORPUS}-") or "/" in name or not path.is_file():
        raise InputError(f"{article_id}: a sample article is named 'sample-<name>' after a file "
                         f"corpora/samples/<name>.txt, and {path} is not there")
    item = next(iter(read_text_file(path)))
    if not isinstance(item, Article):
        raise InputError(f"{path}: {item.reason}")
    return item.title or "", item.text


def load_corpus(
    shared: Path | str | None = None,
    *,
    verified_only: bool = False,
    corpus_dir: Path | str | None = None,
) -> list[LabelledArticle]:
    """The labelled topic corpus with texts, in ``labels.jsonl`` order.

    VNTC texts come from ``corpora/topics/vntc_texts.jsonl.gz``, the project's sample article from
    ``corpora/samples`` (:data:`SAMPLE_CORPUS`); baomoi texts are read (one pass) from
    ``<shared>/corpora/baomoi-2017.jsonl.gz``. When ``shared`` is missing the baomoi articles are left
    out with a warning that says how to point to it (argument or ``DVTEXT_SHARED``).

    Args:
        shared: the ``../shared`` directory (default: ``$DVTEXT_SHARED`` or ``<repo>/../shared``).
        verified_only: only the articles labelled by reading.
        corpus_dir: a different ``corpora/topics`` directory.

    Example:
        >>> arts = load_corpus(verified_only=True)  # doctest: +SKIP
        >>> arts[0].labels, arts[0].primary  # doctest: +SKIP
        (('giam_ngheo', 'dan_toc'), 'giam_ngheo')
    """
    cdir = Path(corpus_dir) if corpus_dir is not None else CORPUS_DIR
    recs = [r for r in load_labels(cdir / "labels.jsonl") if r["verified"] or not verified_only]
    texts: dict[str, tuple[str, str]] = {}
    want_vntc = {r["id"] for r in recs if r["corpus"] == "vntc"}
    if want_vntc:
        for d in _iter_jsonl_gz(cdir / "vntc_texts.jsonl.gz"):
            if d["id"] in want_vntc:
                texts[d["id"]] = (d["title"], d["text"])
    want_bm = {r["id"] for r in recs if r["corpus"] == "baomoi-2017"}
    if want_bm:
        bm = _shared_dir(shared) / "corpora" / "baomoi-2017.jsonl.gz"
        if not bm.exists():
            logger.warning(
                "%d baomoi articles left out: %s not found (pass shared= or set DVTEXT_SHARED "
                "to the ../shared directory)",
                len(want_bm),
                bm,
            )
        else:
            for d in _iter_jsonl_gz(bm):
                if d["id"] in want_bm:
                    texts[d["id"]] = (d.get("title") or "", d.get("text") or "")
    for r in recs:
        if r["corpus"] == SAMPLE_CORPUS:
            texts[r["id"]] = _sample_text(cdir, r["id"])
    order = labels()
    out: list[LabelledArticle] = []
    missing = 0
    for r in recs:
        if r["id"] not in texts:
            missing += r["corpus"] == "vntc"
            continue
        title, text = texts[r["id"]]
        out.append(
            LabelledArticle(
                id=r["id"],
                title=title,
                text=text,
                labels=tuple(sorted(r["labels"], key=order.index)),
                primary=r["primary"],
                verified=bool(r["verified"]),
                corpus=r["corpus"],
                split=r.get("split"),
            )
        )
    if missing:
        logger.warning("%d VNTC articles of labels.jsonl have no text in vntc_texts.jsonl.gz", missing)
    return out


def evaluate_rules(
    articles: Iterable[LabelledArticle], *, threshold: float | None = None
) -> dict[str, dict[str, float]]:
    """Per-label precision, recall and F1 of the weak labels against the articles' labels.

    Returns ``{label: {"tp", "fp", "fn", "support", "precision", "recall", "f1"}}`` plus ``micro``,
    ``macro`` (mean F1 over the labels that occur in ``articles``) and ``primary_accuracy`` (``{"accuracy", "n"}``, ``none``
    counted as a class).
    """
    order = labels()
    counts = {x: {"tp": 0, "fp": 0, "fn": 0} for x in order}
    hit = n = 0
    for a in articles:
        pred, prim = weak_labels(a.title, a.text, threshold=threshold)
        gold = set(a.labels)
        for x in order:
            if x in pred and x in gold:
                counts[x]["tp"] += 1
            elif x in pred:
                counts[x]["fp"] += 1
            elif x in gold:
                counts[x]["fn"] += 1
        hit += prim == a.primary
        n += 1
    out: dict[str, dict[str, float]] = {}
    for x, c in counts.items():
        out[x] = _prf(c["tp"], c["fp"], c["fn"])
    tot = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}
    out["micro"] = _prf(tot["tp"], tot["fp"], tot["fn"])
    present = [x for x in order if out[x]["support"] > 0]
    out["macro"] = {
        "f1": sum(out[x]["f1"] for x in present) / len(present) if present else 0.0,
        "labels": float(len(present)),
    }
    out["primary_accuracy"] = {"accuracy": hit / n if n else 0.0, "n": float(n)}
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "support": tp + fn, "precision": p, "recall": r, "f1": f}
