"""Entities: people (PER), bodies (ORG), places (LOC) and document references (DOC), per extraction.md.

General-news NER reads this field badly ("UBND huyện Quế Phong" as a place, "Phó Trưởng Ban" as a
person, nothing of directives), so dvtext reads it with a grammar of the field: bodies and places
(:mod:`dvtext.extract.entity_grammar`, :mod:`dvtext.extract.body_grammar`, :mod:`dvtext.extract.bodies`;
data in ``data/org_heads.json`` and ``data/places.json``), people and their titles
(:mod:`dvtext.extract.people`, ``data/titles.json``), a gazetteer of administrative units before and after
2025 (:mod:`dvtext.extract.gazetteer`) and a parser of document references
(:mod:`dvtext.extract.documents`). Every candidate span is proposed, the longest non-overlapping ones are
kept (documents first), and this module turns them into :class:`~dvtext.types.Entity` records:

* places are resolved in the article's context (the province it names most wins ties), with ``level``,
  ``province`` and ``current`` (the unit after 1 July 2025);
* bodies get a spelt-out ``canonical`` name ("UBND huyện" → "Ủy ban nhân dân huyện Quế Phong" when the
  article named the district), their ``level`` and ``province``;
* people get the title the text gives them as ``role``;
* mentions of one thing are linked: ``ref`` is the index of its first mention.

Example:
    >>> from dvtext.text.sentences import split_sentences
    >>> t = "UBND huyện Quế Phong đã ban hành Chỉ thị số 05/CT-UBND ngày 18/4/2019."
    >>> [(e.text, e.label) for e in extract_entities(t, sentences=split_sentences(t))]
    [('UBND huyện Quế Phong', 'ORG'), ('Chỉ thị số 05/CT-UBND ngày 18/4/2019', 'DOC')]
"""

from __future__ import annotations

import bisect
import logging
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from typing import Any

from dvtext.errors import ModelError
from dvtext.extract.bodies import body_candidates
from dvtext.extract.documents import find_documents
from dvtext.extract.entity_grammar import (
    FEATURE_ABBREVIATIONS,
    FEATURE_TYPES,
    NAMED_FEATURES,
    NOT_PLACES,
    OPENING_WORDS,
    PLACE_WORDS,
    SPANNING_TYPES,
    TOKEN,
    Candidate,
    Scanner,
    fold_dashes,
    unit_key,
)
from dvtext.extract.gazetteer import Place, gazetteer
from dvtext.extract.learned import relabel
from dvtext.extract.people import person_candidates
from dvtext.text.abbreviations import expand_text
from dvtext.types import Entity, Sentence

__all__ = ["extract_entities", "propagate_places"]

_ADMIN = ("province", "district", "commune")
_BARE_LEVELS = ("province", "district", "country", "region", "city")


def extract_entities(
    text: str, *, sentences: Sequence[Sentence], province: str | None = None, learned: bool = True
) -> list[Entity]:
    """Entities of normalised ``text``: PER, ORG, LOC and DOC with offsets and attributes.

    Args:
        text: the normalised article body.
        sentences: its sentences (for each entity's ``sentence``).
        province: the province the article is about when the caller knows it (from its source, say);
            otherwise the province the text names most is used for bodies written without a place.
        learned: let the entity CRF (:mod:`dvtext.extract.learned`) have the last word on spans and labels;
            ``False`` gives the grammar's entities alone.

    Returns:
        Entities in text order, non-overlapping (the longest name wins).

    Example:
        >>> t = "Ông Nguyễn Mạnh Khôi, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An."
        >>> [(e.text, e.label) for e in extract_entities(t, sentences=[])]
        [('Nguyễn Mạnh Khôi', 'PER'), ('Ban Dân vận Tỉnh ủy Nghệ An', 'ORG')]
    """
    if not text:
        return []
    sc = Scanner(text)
    cands = candidates(sc)
    chosen = propagate_places(sc, select(cands))
    grammar = _Assembler(sc, chosen, sentences, province)
    if learned:
        rules = [(c.start, c.end, c.label) for c in chosen if grammar.keeps(c)]  # the spans grammar.run() gives
        try:
            spans = relabel(sc, rules)
        except ModelError as exc:  # a broken install: the grammar's entities, and say so once
            _warn_once(str(exc))
            spans = rules
        if spans != rules:
            return _Assembler(sc, _rebuild(sc, spans, chosen, cands), sentences, province).run()
    return grammar.run()


@cache
def _warn_once(message: str) -> None:
    logging.getLogger(__name__).warning("entities from the grammar alone: %s", message)


def _rebuild(sc: Scanner, spans: list[tuple[int, int, str]], chosen: list[Candidate],
             cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the CRF's spans: the grammar's own where it proposed that span and label (with what it
    learnt of it), else a plain one (a place by its name, a person, a body by its words)."""
    own: dict[tuple[int, int, str], Candidate] = {}
    for c in sorted(cands, key=lambda c: c.prio):
        own[(c.start, c.end, c.label)] = c
    for c in chosen:
        own[(c.start, c.end, c.label)] = c
    out = []
    for a, b, label in spans:
        known = own.get((a, b, label))
        if known is None:
            name = _squash(sc.text[a:b])
            if label == "LOC" and any(p.search(name) for p in NOT_PLACES):
                continue  # "VN-Index": a stock index, not a place
            attrs: dict[str, Any] = {"word": None, "level": None, "name": name, "bare": True, "learned": True} \
                if label == "LOC" else {}
            known = Candidate(a, b, label, 0, attrs)
        out.append(known)
    return out


#: The Front keeps "Việt Nam" before a place ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"), other bodies drop it.
_FRONT = "Mặt trận Tổ quốc Việt Nam"
#: A province named in the first characters of the text (the title and lead) is its home after one mention.
_LEAD_CHARS = 500


class _Assembler:
    def __init__(self, sc: Scanner, chosen: list[Candidate], sentences: Sequence[Sentence],
                 province: str | None) -> None:
        self.sc, self.text, self.gaz = sc, sc.text, gazetteer()
        self.chosen = chosen
        self.sent_starts = [s.start for s in sentences]
        self.provinces, self.home = self._dominant_provinces(province)
        self.recent: dict[str, list[tuple[int, str, Place | None]]] = {"district": [], "commune": []}

    # -- context -----------------------------------------------------------------------------------------
    def _mentions(self) -> list[tuple[int, dict]]:
        """Every place mention (in LOC and inside ORG), with its character position."""
        out: list[tuple[int, dict]] = []
        for c in self.chosen:
            if c.label == "LOC" and "feature" not in c.attrs and not c.attrs.get("commune_bare"):
                out.append((c.start, c.attrs))
            elif c.label == "ORG":
                info: dict | None = c.attrs
                while info is not None:
                    if info.get("place") and info["place"].get("name"):
                        out.append((c.start, info["place"]))
                    info = info.get("parent")
        return out

    def _dominant_provinces(self, given: str | None) -> tuple[list[str], str | None]:
        """The provinces the text names, most first (the caller's first), and its home province (below)."""
        counts: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        first: dict[str, int] = {}
        for pos, m in self._mentions():
            places = self._candidates(m)
            provs = {p.province for p in places if p.province}
            if len(provs) == 1 and not all(p.level == "commune" for p in places):  # communes do not vote
                prov = provs.pop()
                counts[prov] += 2 if any(p.level == "province" for p in places) else 1
                seen[prov] += 1
                first[prov] = min(first.get(prov, pos), pos)
        order = [p for p, _ in counts.most_common()]
        g = self.gaz.province_name(given) if given else None
        # the province a body or place written without one is taken to be in: the caller's, else the one named
        # most when the text names it twice or in its lead (not "... Nhiệt điện Lý Sơn (Quảng Ngãi)" once at
        # the end of a national story, which would put "Tập đoàn Điện lực" in Quảng Ngãi)
        home = g or (order[0] if order and (seen[order[0]] >= 2 or first[order[0]] < _LEAD_CHARS) else None)
        return ([g] if g else []) + [p for p in order if p != g], home

    def _candidates(self, m: dict) -> list[Place]:
        name = m.get("name")
        if not name:
            return []
        word = m.get("word") or m.get("typed_word")
        if word:
            return self.gaz.lookup(name, type=word)
        return [p for p in self.gaz.lookup(name) if p.level in _BARE_LEVELS]

    def resolve(self, m: dict, *, levels: tuple[str, ...] | None = None) -> Place | None:
        name = m.get("name")
        if not name:
            return None
        word = m.get("word") or m.get("typed_word")
        if word:
            p = self.gaz.resolve(name, type=word, provinces=self.provinces)
            if p is None and word == "thành phố":
                p = self.gaz.resolve(name, level=("province", "district"), provinces=self.provinces)
            return p
        return self.gaz.resolve(name, level=levels or _BARE_LEVELS, provinces=self.provinces)

    def _bare_commune_here(self, name: str) -> bool:
        """A capitalised name that is a commune of the article's province ("ở Cẩm Thạch")."""
        return bool(self.provinces) and any(
            p.level == "commune" and self._in_article(p) for p in self.gaz.lookup(name))

    def _in_article(self, p: Place) -> bool:
        return any(p.province == w or (p.current or "").endswith(" " + w) for w in self.provinces[:1])

    # -- records -----------------------------------------------------------------------------------------
    def keeps(self, c: Candidate) -> bool:
        """Whether :meth:`run` makes an entity of the candidate (a commune named bare only in its province)."""
        return not (c.attrs.get("commune_bare") and not self._bare_commune_here(c.attrs["name"]))

    def run(self) -> list[Entity]:
        records: list[dict[str, Any]] = []
        for c in self.chosen:
            if not self.keeps(c):
                continue
            rec: dict[str, Any] = {"text": self.text[c.start:c.end], "start": c.start, "end": c.end,
                                   "label": c.label}
            getattr(self, "_" + c.label.lower())(c, rec)
            rec["sentence"] = self._sentence(c.start)
            records.append(rec)
        self._link(records)
        self._issuers(records)
        return [Entity(**r) for r in records]

    def _issuers(self, records: list[dict]) -> None:
        """A document's issuer from the body the text names: "... của Chủ tịch UBND tỉnh", "UBND huyện
        Quế Phong đã ban hành Chỉ thị ..." (spelt out and placed like the body's canonical name)."""
        text = self.text
        for i, r in enumerate(records):
            if r["label"] != "DOC":
                continue
            nxt = records[i + 1] if i + 1 < len(records) else None
            m = _OF.match(text, r["end"])
            if m and nxt is not None and nxt["label"] == "ORG":
                between = text[m.end():nxt["start"]]
                if not between or (_TITLE_BEFORE.fullmatch(between) and len(between) < 40):
                    title = between.strip()
                    r["issuer"] = f"{title} {nxt['canonical']}".strip()
                    continue
            prev = records[i - 1] if i > 0 else None
            if prev is not None and prev["label"] == "ORG" and _ISSUED.fullmatch(text[prev["end"]:r["start"]]):
                r["issuer"] = prev["canonical"]

    def _sentence(self, pos: int) -> int | None:
        if not self.sent_starts:
            return None
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _loc(self, c: Candidate, rec: dict) -> None:
        a = c.attrs
        if "feature" in a:
            written = _squash(rec["text"])
            first, _, rest = written.partition(" ")
            if first in FEATURE_ABBREVIATIONS.get(a["feature"], ()) and rest:
                written = f"{a['feature']} {rest}"  # "VQG Bạch Mã" -> "vườn quốc gia Bạch Mã"
            rec["canonical"] = canon = written[0].lower() + written[1:] \
                if written.split()[0].lower() == a["feature"].split()[0] else written
            rec["type"] = FEATURE_TYPES.get(a["feature"])
            named = _named_feature(a["feature"], canon)
            if named is not None:  # "vườn quốc gia Cúc Phương" is in Ninh Bình, whatever the article is about
                place = self.gaz.province(named)
                rec.update(province=place.province if place else named, current=place.current if place else None)
                return
            if rec["type"] not in SPANNING_TYPES:  # a road or a river: none ("đường Hòa Bình" is a street of any city)
                prov = self._province_ending(written)  # "Nhà máy NLSH Quảng Ngãi"; "chợ Cầu" in an article on TP HCM
                if prov is None:
                    prov = self.home
                if prov is not None:
                    rec["province"] = prov
            return
        word, name = a.get("word"), a.get("name")
        p = self.resolve(a, levels=("commune",) if a.get("commune_bare") else None)
        if p is not None and p.level == "commune" and self.provinces and not self._in_article(p):
            p = None  # a commune of another province that has the same name: not this one
        level = p.level if p else a.get("level")
        if p is not None:
            canon = f"{word} {p.name}" if word else (p.full if p.level in _ADMIN else p.name)
        else:
            canon = f"{word} {name}" if word else (name or rec["text"])
        rec.update(canonical=canon, level=level)
        if p is not None:
            rec.update(province=p.province, current=p.current)
        elif level in ("district", "commune", "village") and self.provinces:
            rec["province"] = self.provinces[0]
        elif a.get("learned") and canon in self.sc.g["acronym_places"]:  # "VN": Việt Nam, never the article's
            rec["canonical"], rec["level"] = self.sc.g["acronym_places"][canon]
        elif a.get("learned") and self.home:  # a place only the CRF found ("lô
            # E", "TP", "chung cư Nguyễn Kim"): the article's province (not one its name ends with: "đường Hòa Bình")
            rec["province"] = self.home
        if level in self.recent:
            self.recent[level].append((c.start, canon, p))

    def _per(self, c: Candidate, rec: dict) -> None:
        rec["canonical"] = _squash(rec["text"])
        role = c.attrs.get("role")
        if role:
            rec["role"] = _squash(role)

    def _doc(self, c: Candidate, rec: dict) -> None:
        d = c.attrs["doc"]
        rec.update(type=d.type, number=d.number, code=d.code, issuer=d.issuer, date=d.date)
        if d.code:
            m = re.search(r"\d[\w/.-]*" + re.escape(d.code), rec["text"])
            rec["canonical"] = f"{d.type} {m.group(0) if m else d.number + '/' + d.code}"
        elif d.name:
            rec["canonical"] = f"{d.type} {d.name}"
        elif d.number:
            rec["canonical"] = f"{d.type} {d.number}"

    def _org(self, c: Candidate, rec: dict) -> None:
        if "body" not in c.attrs:  # a body only the CRF found: its words, and the province they end with or else
            # the article's ("Ban an toàn giao thông TP HCM", "chi cục thủy sản tỉnh Quảng Nam"; "Ban chỉ đạo")
            name = _squash(rec["text"])
            prov = self._province_ending(name)
            if prov is None and not name.endswith("Việt Nam") and not self._national(name):
                prov = self.home
            rec.update(canonical=name, level=None, province=prov)
            return
        canon, level, prov = self._org_parts(c.attrs, c.start)
        rec.update(canonical=canon, level=level, province=prov)

    def _national(self, name: str) -> bool:
        """A national or foreign body known by its acronym or a national news site ("HNX", "VOV.VN"): it takes
        no province from the article (``org_heads.json`` national_acronyms, national_outlets)."""
        names = self.sc.g["national_names"]
        return name in names or name.lower() in names

    def _province_ending(self, name: str) -> str | None:
        """The province a name ends with, written with or without its level word ("... Đà Nẵng", "... TP HCM",
        "... tỉnh Quảng Nam", "... Thành phố Hồ Chí Minh")."""
        words = name.split()
        for k in range(min(5, len(words)), 0, -1):
            found = self.gaz.province_name(" ".join(words[-k:]))
            if found is not None:
                return found
        return None

    def _org_parts(self, info: dict, pos: int) -> tuple[str, str | None, str | None]:
        """Canonical name, level and province of a body (recursively through its parent body)."""
        body = info["body"]
        sc = self.sc
        written = sc.words(info["start"], info["head_end"])
        if body.needs_name and info.get("name_start") is not None and info["name_start"] < info["head_end"]:
            name = sc.words(info["name_start"], info["head_end"])
            unit = sc.g["units"].match(sc.toks, info["name_start"])
            if unit is not None and unit[0] == info["head_end"]:
                name = unit[1]  # the unit as listed: "Giao thông Vận tải" → "Giao thông vận tải"
            head = f"{expand_text(body.canonical, types=('org',))} {sc.g['unit_canonical'].get(unit_key(name), name)}"
        else:
            first, sep, rest = body.canonical.partition(" ")  # a name the text defined: "Cty TNHH ..." (FHS)
            head = expand_text(first, types=("org",)) + sep + rest
        level, prov, located = body.level, None, False
        tail = ""
        if info.get("parent") is not None:
            ptail, plevel, prov = self._org_parts(info["parent"], pos)
            tail = "" if ptail in head else " " + ptail  # "Ban Bí thư Trung ương Đảng" + "Trung ương"
            level, located = plevel or level, True
        place = info.get("place")
        if place is not None:
            ptext, plevel, pprov = self._org_place(place, body, pos)
            tail += " " + ptext
            level, prov, located = plevel or level, pprov or prov, True
        elif info.get("parent") is None and body.level in ("province", "district"):
            if body.canonical.startswith("Thành ") and self._city():
                level = "province"  # "Thành ủy" in an article about Cần Thơ: the city's Party committee
            implied = self._implied(level, pos)
            if implied:  # "Tỉnh ủy" → "Tỉnh ủy Nghệ An"; "Sở Y tế" → "Sở Y tế tỉnh Nghệ An"
                prov, pname, pword = implied
                tail += f" {pname}" if head.endswith(("ủy", "uỷ", "đoàn")) else f" {pword} {pname}"
        if not located and level is None:
            level = body.default_level
        if info.get("foreign"):
            tail += " " + info["foreign"]  # "Quốc hội Hàn Quốc": a national body of another country
        if located and head.endswith(" Việt Nam") and "Việt Nam" not in written and not head.endswith(_FRONT):
            head = head[: -len(" Việt Nam")]  # "Hội Nông dân huyện Ba Vì", not "... Việt Nam huyện Ba Vì"
        if level == "national" or body.international or (not located and self._national(written)):
            prov = None  # also an outlet in a byline known by its name alone: "Bích Lan/VOV.VN"
        elif prov is None and self.home and not (not located and written.endswith("Việt Nam")):
            # the article's province, but not for a body written as the country's ("Tập đoàn Điện lực Việt Nam"
            # in an article that names Quảng Ngãi once); "Mặt trận Tổ quốc" in a provincial article is the province's
            prov = self.home
        return head + tail, level, prov

    def _org_place(self, place: dict, body: Any, pos: int) -> tuple[str, str | None, str | None]:
        word, name = place.get("word"), place.get("name")
        if name:
            p = self.resolve(place, levels=None if word else ("province", "district", "commune", "country"))
            p = p or place.get("place")
            if p is not None and p.level == "country":
                return name, body.level or "national", None
            level = p.level if p else (place.get("level") or body.level)
            text = f"{word} {p.name if p else name}" if word else name
            if not word and p is not None and p.level in _ADMIN and not body.canonical.endswith(("ủy", "uỷ")):
                text = f"{p.type} {p.name}"  # "Sở Y tế Hà Giang" → "Sở Y tế tỉnh Hà Giang"
            if level in self.recent:
                self.recent[level].append((pos, text, p))
            return text, level, (p.province if p else None)
        level = place.get("level")
        if word == "thành phố" and self._city():  # "UBND thành phố" in an article about Hà Nội
            level = "province"
        implied = self._implied(level, pos) if level else None
        if implied:
            prov, pname, _pword = implied
            return f"{word} {pname}", level, prov
        return word or "", level, None

    def _city(self) -> bool:
        """Whether the article's province is a centrally run city (Hà Nội, Cần Thơ...)."""
        p = self.gaz.province(self.provinces[0]) if self.provinces else None
        return p is not None and p.type == "thành phố"

    def _implied(self, level: str, pos: int) -> tuple[str | None, str, str] | None:
        """The unit a level word without a name means: (province, name, unit word) of the article's
        province, or of the last district or commune named before ``pos``."""
        if level == "province":
            if not self.provinces:
                return None
            p = self.gaz.province(self.provinces[0])
            if p is None:
                return self.provinces[0], self.provinces[0], "tỉnh"
            return p.province, p.name, p.type
        seen = self.recent.get(level, [])
        k = bisect.bisect_left(seen, pos, key=lambda r: r[0])  # mentions are recorded in text order
        if k == 0:
            return None
        _, canon, place = seen[k - 1]
        word, _, name = canon.partition(" ")
        if place is not None:
            return place.province, place.name, word or place.type
        return (self.provinces[0] if self.provinces else None), name or canon, word

    # -- linking ---------------------------------------------------------------------------------------
    def _link(self, records: list[dict]) -> None:
        first: dict[tuple, int] = {}
        people: dict[str, str] = {}  # "Khôi", "Mạnh Khôi", "Nguyễn Mạnh Khôi" -> "Nguyễn Mạnh Khôi"
        for i, r in enumerate(records):
            canon = r.get("canonical") or r["text"]
            key: tuple = (r["label"], canon.lower(), r.get("province") if r["label"] == "LOC" else None)
            if r["label"] == "PER":
                full = people.get(canon)
                if full is not None:
                    key = ("PER", full.lower(), None)
                    r["canonical"] = full
                else:
                    words = canon.split()
                    for k in range(len(words)):
                        people.setdefault(" ".join(words[k:]), canon)
            if key in first:
                r["ref"] = first[key]
            else:
                first[key] = i


_OF = re.compile(r",?\s(?:của|do)\s")
_TITLE_BEFORE = re.compile(r"(?:(?:Phó\s)?(?:Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Bí thư|Trưởng ban|Tổng Bí thư|"
                           r"Chủ nhiệm|Thường trực|Ban Thường vụ)\s)?")
_ISSUED = re.compile(r"\s(?:đã\s|vừa\s|mới\s)?(?:ban hành|có|ra)\s")


def _named_feature(feature: str, canonical: str) -> str | None:
    """The province of a feature whose name says where it is ("vườn quốc gia Cúc Phương", "cảng hàng không
    quốc tế Nội Bài"; ``places.json`` named_features), else None."""
    names = NAMED_FEATURES.get(feature)
    if not names or not canonical.lower().startswith(feature.lower()):
        return None
    rest = canonical[len(feature):].strip()
    for descriptor in ("quốc tế ", "Quốc tế "):  # "cảng hàng không quốc tế Nội Bài"
        rest = rest.removeprefix(descriptor)
    return names.get(fold_dashes(rest))


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# -- candidates and selection ----------------------------------------------------------------------------

_PLURAL = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "Các", "Hai", "Ba"}
def candidates(sc: Scanner) -> list[Candidate]:
    """Every candidate entity of the text (overlapping; :func:`select` chooses)."""
    toks, text = sc.toks, sc.text
    out: list[Candidate] = []
    for d in find_documents(text):
        out.append(Candidate(d.start, d.end, "DOC", 9, {"doc": d}))
    orgs = body_candidates(sc, out)
    for i in range(len(toks)):
        _places_at(sc, i, out)
        _located(sc, i, out)
        f = sc.match_feature(i)
        if f is not None:
            a, b = sc.span(i, f[0])
            out.append(Candidate(a, b, "LOC", 5, {"feature": f[1], "word": None, "level": None}))
            if toks[f[0] - 1].text.isdigit():
                _numbered_list(sc, f[0], out, {"feature": f[1], "word": None, "level": None})
            elif f[1] in ("đường", "phố"):
                _street_list(sc, f[0], f[1], out)
            elif FEATURE_TYPES.get(f[1]) == "road" and any(t.text in "-–" for t in toks[i:f[0]]):
                _route_list(sc, f[0], f[1], out)
    person_candidates(sc, orgs, out)
    return out


def _located(sc: Scanner, i: int, out: list[Candidate]) -> None:
    """A name placed by a parenthesis: "vùng sụt lở ở Động Mối (thuộc xã Cam Tuyền)" — the capitalised run
    before "(thuộc" and a unit word is a place (a bare one: no unit word of its own)."""
    toks = sc.toks
    if not (toks[i].text == "(" and i + 2 < len(toks) and toks[i + 1].text.lower() == "thuộc"
            and sc.match_place(i + 2, org=False) is not None and toks[i + 2].text.lower() in PLACE_WORDS):
        return
    j = i
    while j > max(0, i - 4) and sc.is_cap(j - 1) and toks[j].join:
        j -= 1
    if j == i or (j > 0 and toks[j].join and (sc.is_cap(j - 1) or toks[j - 1].text in PLACE_WORDS)):
        return  # no name, a longer run, or a unit word's place ("xã Cam Tuyền (thuộc huyện Cam Lộ)")
    a, b = sc.span(j, i)
    out.append(Candidate(a, b, "LOC", 3, {"word": None, "level": None, "name": sc.words(j, i), "bare": True,
                                          "located": True}))


def propagate_places(sc: Scanner, chosen: list[Candidate]) -> list[Candidate]:
    """A name the article calls a place ("huyện Hà Khẩu", "đường Hàm Nghi", "Động Mối (thuộc xã Cam Tuyền)")
    is a place wherever else it stands bare, as a whole capitalised run: a LOC where nothing was found there,
    or instead of a person found by a family name alone ("các lực lượng chức năng tại Hà Khẩu"). Names of
    two words or more only ("thôn Đông" says nothing of "Đông - Tây"), and none that is also a person's
    ("TP Hồ Chí Minh" says nothing of "tư tưởng Hồ Chí Minh", "phường Trần Phú" of "Trần Phú"), and none the
    article also gives a person by a title or an address word ("đường Trần Kim Xuyến", "liệt sĩ Trần Kim Xuyến")."""
    toks, starts = sc.toks, sc.starts
    names: set[str] = set()
    for c in chosen:
        if c.label != "LOC" or not (c.attrs.get("word") or "feature" in c.attrs or c.attrs.get("located")):
            continue
        k = bisect.bisect_left(starts, c.end) - 1  # the candidate's last token
        j = k
        while j > 0 and sc.is_cap(j - 1) and toks[j].join and toks[j - 1].start >= c.start:
            j -= 1
        if sc.is_cap(k) and k - j >= 1 and not sc.ambiguous_name(sc.words(j, k + 1)):
            names.add(sc.words(j, k + 1))
    names -= {sc.text[c.start:c.end] for c in chosen if c.label == "PER" and c.prio > 2}  # "liệt sĩ Trần Kim Xuyến"
    if not names:
        return chosen
    taken = {(c.start, c.end): c for c in chosen}
    covered = bytearray(len(sc.text) + 1)
    for c in chosen:
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
    out = list(chosen)
    done: set[tuple[int, int]] = set()
    for i in range(len(toks)):
        if not sc.is_cap(i) or (i > 0 and toks[i].join and sc.is_cap(i - 1)):
            continue
        end = sc.cap_run(i)
        # the run, or the run after a capitalised word that opens the sentence ("Tại Hàm Nghi")
        k = i + 1 if toks[i].text in OPENING_WORDS else i
        name = sc.words(k, end) if k < end else ""
        a, b = sc.span(k, end) if name else (0, 0)
        if name not in names or (a, b) in done:
            continue  # (a run after a dash is seen twice: "Kim Liên - Hoàng Cầu", "Hoàng Cầu")
        done.add((a, b))
        old = taken.get((a, b))
        if old is not None and old.label == "PER" and old.prio <= 2 and not old.attrs.get("role"):
            out.remove(old)
        elif any(covered[a:b]):
            continue
        out.append(Candidate(a, b, "LOC", 3, {"word": None, "level": None, "name": name, "bare": True}))
    return sorted(out, key=lambda c: c.start)


def _places_at(sc: Scanner, i: int, out: list[Candidate]) -> None:
    toks = sc.toks
    if i > 0 and toks[i - 1].text == "Mẹ" and toks[i].join and sc.words(i, min(i + 4, len(toks))).lower() == "việt nam anh hùng":
        return  # "Mẹ Việt Nam anh hùng", "Mẹ Việt Nam Anh hùng": a title of honour
    p = sc.match_place(i, org=False)
    if p is not None and _defined_abbreviation(sc, i, p[0]):
        return  # "Tổ chức Hội nghị (HN)": the initials of the words before, not Hà Nội
    if p is None and _colon_list(sc, i, out):
        return
    if p is None:
        if sc.is_cap(i) and not (i > 0 and toks[i].join and sc.is_cap(i - 1)):
            end = sc.cap_run(i, limit=4)
            name = sc.words(i, end)
            if end - i >= 2 and name.lower() not in sc.gaz.ambiguous_bare and sc.gaz.lookup(name):
                a, b = sc.span(i, end)  # a commune named bare: kept when it lies in the article's province
                out.append(Candidate(a, b, "LOC", 1, {"word": None, "level": None, "name": name, "bare": True,
                                                      "commune_bare": True}))
        return
    k, info = p
    word, level = info.get("word"), info.get("level")
    plural = word is not None and i > 0 and toks[i].join and (
        toks[i - 1].text in _PLURAL or toks[i - 1].text == "liên"  # "đường liên phường Trảng Dài - Tân Hiệp"
        or (toks[i - 1].text.isdigit() and not _in_numbered_list(sc, i - 1) and not _numbered_place(sc, i - 1)
            and not re.fullmatch(r"(?:19|20)\d\d", toks[i - 1].text)))  # "từ năm 1998 | tỉnh Quảng Nam"
    first = i
    if plural and info.get("name") and not info["name"].isdigit():  # "các huyện Phong Điền, Quảng Điền": bare
        # names; a number keeps its word ("hai tổ dân phố 41 và 68": "tổ dân phố 41", then "68")
        first = k - len(TOKEN.findall(info["name"]))
        info = {**info, "word": None, "typed_word": word}
    a, b = sc.span(first, k)
    out.append(Candidate(a, b, "LOC", 3 if info.get("bare") else 6, info))
    if word is None or level is None or not info.get("name"):
        return
    if info["name"].isdigit():  # "Phường 3 và 4"
        _numbered_list(sc, k, out, {"word": None, "typed_word": word, "level": level, "place": None})
        return
    # a list after the name: "xã Quế Sơn, Tri Lễ và Châu Kim"
    j = k
    while j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join and sc.is_cap(j + 1):
        if not plural and level != "province" and toks[j].text == "," \
                and sc.gaz.province_name(sc.words(j + 1, sc.cap_run(j + 1))) is not None:
            break  # "xã Thúy Sơn, huyện Ngọc Lặc, Thanh Hóa": an address ends with its province, not a third unit
        named = sc.place_name(j + 1, word, level)
        if named is None:
            break
        if not plural and named[1] is None and not (level == "village" and (
                toks[j].text == "và" or _list_ends(sc, named[0]))):
            break  # an unknown name after a known one: only villages, in a list ("thôn Nước Nia, Quế, Niên")
        x, y = sc.span(j + 1, named[0])
        out.append(Candidate(x, y, "LOC", 6, {"word": None, "typed_word": word, "level": level,
                                              "name": sc.words(j + 1, named[0]), "place": named[1]}))
        j = named[0]
    if word in ("quận", "phường") and j > k:  # "các quận Bình Tân, Thủ Đức, Cần Giờ, 2, 7, 9, 12": numbered ones last
        _numbered_list(sc, j, out, {"word": None, "typed_word": word, "level": level, "place": None})


def _defined_abbreviation(sc: Scanner, i: int, k: int) -> bool:
    """Whether the capitals ``toks[i:k]`` stand in brackets right after words whose initials they spell ("Hội nghị
    (HN)")."""
    toks = sc.toks
    word = toks[i].text
    if k != i + 1 or not toks[i].upper or i < len(word) + 1 or toks[i - 1].text != "(" or not (
            k < len(toks) and toks[k].text == ")"):
        return False
    before = toks[i - 1 - len(word):i - 1]
    return "".join(t.text[:1].upper() for t in before) == word.upper()


def _route_list(sc: Scanner, k: int, word: str, out: list[Candidate]) -> None:
    """Roads named by their ends listed after one: "cao tốc Bến Lức – Long Thành; Biên Hòa – Vũng Tàu; Dầu Giây – Phan
    Thiết" (each pair a road, not two places)."""
    toks = sc.toks
    j = k
    while j + 1 < len(toks) and toks[j].text in (";", ",") and toks[j + 1].join and sc.is_cap(j + 1):
        end = sc.cap_run(j + 1, limit=7)
        if not any(t.text in "-–" for t in toks[j + 1:end]) or not toks[end - 1].text[:1].isupper():
            break
        a, b = sc.span(j + 1, end)
        out.append(Candidate(a, b, "LOC", 6, {"feature": word, "word": None, "level": None}))
        j = end


def _colon_list(sc: Scanner, i: int, out: list[Candidate]) -> bool:
    """Names listed after a plural unit word and a colon, bare: "các ấp: Tà Săng, Mũi Dừa, Bãi Chà Và"."""
    toks = sc.toks
    m = sc.g["places"].match(toks, i)
    if m is None or i == 0 or not toks[i].join or toks[i - 1].text not in _PLURAL:
        return False
    j, (word, level) = m
    if not (j + 1 < len(toks) and toks[j].text == ":" and toks[j + 1].join and sc.is_cap(j + 1)):
        return False
    found = []
    while j + 1 < len(toks) and toks[j].text in (":", ",", "và") and toks[j + 1].join and sc.is_cap(j + 1):
        named = sc.place_name(j + 1, word, level)
        if named is None:
            break
        found.append((j + 1, named))
        j = named[0]
    if len(found) < 2:
        return False  # one capitalised word after the colon may start a sentence
    for k, (e, place) in found:
        x, y = sc.span(k, e)
        out.append(Candidate(x, y, "LOC", 6, {"word": None, "typed_word": word, "level": level,
                                              "name": sc.words(k, e), "place": place}))
    return True


def _list_ends(sc: Scanner, k: int) -> bool:
    """Whether token ``k`` goes on or closes a list of names ("," "và" "(" ")" "…" "." ";" or the end)."""
    return k >= len(sc.toks) or sc.toks[k].text in (",", "và", "(", ")", "…", ".", ";") or not sc.toks[k].join


def _numbered_place(sc: Scanner, k: int) -> bool:
    """Whether the number at ``k`` names the place before it ("Tổ 51 | phường Hoàng Liệt", "thôn 3 | xã X"), or
    ends a village's name ("thôn Đồi 2 | xã Ngọc Lương": not "two communes")."""
    toks = sc.toks
    for j in range(max(0, k - 5), k):
        m = sc.g["places"].match(toks, j)
        if m is None:
            continue
        if m[0] == k:
            return True
        if m[1][1] == "village" and m[0] < k and toks[k].join and all(
                toks[x].join and sc.is_cap(x) for x in range(m[0], k)):
            return True
    return False


def _in_numbered_list(sc: Scanner, k: int) -> bool:
    """Whether the number at ``k`` ends a list after a numbered place ("Phường 3 và 4 | thành phố Đà Lạt")."""
    toks = sc.toks
    moved = False
    while k >= 2 and toks[k].text.isdigit() and toks[k - 1].text in (",", "và") and toks[k - 2].text.isdigit():
        k -= 2
        moved = True
    return moved and _numbered_place(sc, k)


def _street_list(sc: Scanner, k: int, word: str, out: list[Candidate]) -> None:
    """Streets listed after the first: "các tuyến đường Phạm Hùng, Phạm Văn Đồng, Khuất Duy Tiến"."""
    toks = sc.toks
    j, n = k, 1
    while j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join and sc.is_cap(j + 1) \
            and not toks[j + 1].upper and sc.g["bodies"].match(toks, j + 1) is None \
            and sc.g["places"].match(toks, j + 1) is None:
        e = sc.cap_run(j + 1, limit=5)
        if not _list_ends(sc, e) and not (n >= 2 and toks[e].text[:1].islower()):
            return  # the last of three or more may run into the sentence ("..., Nguyễn Trãi bị ùn tắc")
        x, y = sc.span(j + 1, e)
        out.append(Candidate(x, y, "LOC", 5, {"feature": word, "word": None, "level": None, "listed": True}))
        j, n = e, n + 1


def _numbered_list(sc: Scanner, k: int, out: list[Candidate], attrs: dict) -> None:
    """Numbers coordinated after a numbered place: "Phường 3 và 4", "Nhà máy nhiệt điện 1, 2 và 3"."""
    toks = sc.toks
    j = k
    while j + 1 < len(toks) and toks[j].text in (",", "và") and toks[j + 1].join and toks[j + 1].text.isdigit() \
            and len(toks[j + 1].text) <= 2:
        x, y = sc.span(j + 1, j + 2)
        out.append(Candidate(x, y, "LOC", 6, {**attrs, "name": toks[j + 1].text}))
        j += 2


def select(cands: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates (ties: higher priority), in text order."""
    if not cands:
        return []
    taken = bytearray(max(c.end for c in cands) + 1)
    chosen: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.prio >= 9), -(c.end - c.start), -c.prio, c.start)):
        if c.end <= c.start or any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
