"""The grammar behind :func:`dvtext.extract.entities.extract_entities`: candidate spans from tokens.

A :class:`Scanner` splits the text into light tokens (words, punctuation) and proposes candidates:

* bodies: a body or head from ``data/org_heads.json`` ("UBND", "Tỉnh ủy", "Ban Dân vận", "Sở" + a unit
  name), then a parent body ("Ban Dân vận *Tỉnh ủy*") or a level word and/or place ("UBND *huyện Quế
  Phong*", "Huyện ủy *Quế Phong*");
* places: a unit word and a name ("xã Quế Sơn", "thôn 3"), a feature word and a name ("sông Lam",
  "Quốc lộ 48"), or a bare name the gazetteer knows (provinces, districts, countries, regions);
* documents: :func:`dvtext.extract.documents.find_documents`.

:mod:`dvtext.extract.people` proposes the people; :mod:`dvtext.extract.entities` collects every candidate
and keeps the longest non-overlapping set.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dvtext.extract.gazetteer import TYPE_LEVEL, Gazetteer, Place, gazetteer

__all__ = ["FEATURE_TYPES", "TOKEN", "Candidate", "Scanner", "Tok", "fold_brand", "foreign_word", "grammar", "named_org",
           "tokens"]

TOKEN = re.compile(r"\w+(?:['’&]\w+)*|\S")

_PLACE_ABBR = {"TP": "thành phố", "Tp": "thành phố", "TX": "thị xã", "TT": "thị trấn"}
#: Unit words before a place name: word as written -> (canonical word, level).
PLACE_WORDS: dict[str, tuple[str, str]] = {}
for _w, _lvl in [
    ("tỉnh", "province"), ("thành phố", "district"), ("TP", "district"), ("Tp", "district"), ("TP.", "district"),
    ("Tp.", "district"), ("huyện", "district"), ("quận", "district"), ("thị xã", "district"), ("TX", "district"),
    ("TX.", "district"), ("xã", "commune"), ("phường", "commune"), ("thị trấn", "commune"), ("TT", "commune"),
    ("đặc khu", "commune"), ("thôn", "village"), ("bản", "village"), ("xóm", "village"), ("làng", "village"),
    ("ấp", "village"), ("buôn", "village"), ("plei", "village"), ("bon", "village"), ("sóc", "village"),
    ("khối", "village"), ("tổ dân phố", "village"), ("khu phố", "village"), ("khóm", "village"),
    ("huyện đảo", "district"),
]:
    _c = _PLACE_ABBR.get(_w.rstrip("."), "huyện" if _w == "huyện đảo" else _w)
    PLACE_WORDS[_w] = (_c, _lvl)
    if _w[0].islower():
        PLACE_WORDS[_w[0].upper() + _w[1:]] = (_c, _lvl)
#: Other place words: rivers, mountains, roads, economic zones, facilities (``data/places.json``).
FEATURE_WORDS: dict[str, str] = {}
#: The kind of place a feature word names (an entity's ``type``).
FEATURE_TYPES: dict[str, str] = {}
_NUMBERED_ONLY: set[str] = set()
_FEATURE_COMPOUND: dict[str, set[str]] = {}
_FEATURE_INNER: set[str] = set()  # zones whose name may be another feature: "Khu bảo tồn thiên nhiên sông Thanh"
_FEATURE_NUMBERED_NAME: set[str] = set()  # a number may end the name: "Nhiệt điện Duyên Hải 1"


def _load_places() -> dict:
    return json.loads(resources.files("dvtext.data").joinpath("places.json").read_text(encoding="utf-8"))


def _init_features() -> None:
    data = _load_places()
    for canon, spec in data["features"].items():
        FEATURE_TYPES[canon] = spec["type"]
        for w in [canon, *spec.get("variants", ())]:
            FEATURE_WORDS[w] = canon
        if spec.get("numbered_only"):
            _NUMBERED_ONLY.add(canon)
        if spec.get("not_after"):
            _FEATURE_COMPOUND[canon] = set(spec["not_after"])
        if spec.get("inner"):
            _FEATURE_INNER.add(canon)
        if spec.get("numbered_name"):
            _FEATURE_NUMBERED_NAME.add(canon)


_init_features()
_NUMERIC_LEVELS = {"village", "commune", "district"}  # "phường 3", "khối 5", "Quận 1"
_NOT_AFTER_TINH = {"ủy", "uỷ", "lộ", "đoàn", "Đoàn", "ủy viên"}
#: Words before "bản", "làng"... that make a compound, not a village ("văn bản Mật").
_COMPOUND_BEFORE = {"văn", "cơ", "căn", "phiên", "kịch", "nguyên", "bài", "tư", "nhật", "xuất", "Văn", "Cơ", "nông"}


@dataclass(slots=True)
class Tok:
    """A light token: ``join`` is true when it follows the previous token on the same line, ≤ 1 space apart."""

    text: str
    start: int
    end: int
    cap: bool
    upper: bool
    join: bool


@dataclass(slots=True)
class Candidate:
    """A proposed entity span (character offsets) with what the grammar learnt about it."""

    start: int
    end: int
    label: str
    prio: int
    attrs: dict[str, Any] = field(default_factory=dict)


class _Trie:
    """Phrases matched token by token (longest wins); the tokens must join (same line, ≤ 1 space)."""

    def __init__(self, *, fold: bool = False) -> None:
        self.root: dict = {}
        self.fold = fold  # match case-insensitively after the first token ("Giao thông Vận tải")

    def add(self, phrase: str, value: Any) -> None:
        node = self.root
        for k, t in enumerate(TOKEN.findall(phrase)):
            node = node.setdefault(t.lower() if self.fold and k else t, {})
        node.setdefault("\0", value)

    def match(self, toks: list[Tok], i: int, *, cap_first: bool = False) -> tuple[int, Any] | None:
        node, best, j = self.root, None, i
        fold = self.fold
        while j < len(toks) and (j == i or toks[j].join):
            t = toks[j].text.lower() if fold and j > i else toks[j].text
            if cap_first and j == i:
                t = t[:1].upper() + t[1:]
            if t not in node:
                break
            node = node[t]
            j += 1
            if "\0" in node:
                best = (j, node["\0"])
        return best


def tokens(text: str) -> list[Tok]:
    """Light tokens of ``text`` (words with inner ' & kept whole, every other non-space character alone)."""
    out: list[Tok] = []
    prev_end = -10
    for m in TOKEN.finditer(text):
        s = m.group(0)
        gap = m.start() - prev_end
        join = gap == 0 or (gap == 1 and text[prev_end] == " ")
        letters = [ch for ch in s if ch.isalpha()]
        upper = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        out.append(Tok(s, m.start(), m.end(), s[0].isupper(), upper, join))
        prev_end = m.end()
    return out


def _load(name: str) -> dict:
    return json.loads(resources.files("dvtext.data").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Body:
    """A body or head from ``data/org_heads.json``."""

    name: str
    canonical: str
    level: str | None = None
    place: bool = False
    parent: bool = False
    standalone: bool = False
    needs_name: bool = False
    head: bool = False
    needs_place: bool = False
    not_after: frozenset[str] = frozenset()
    default_level: str | None = None
    international: bool = False
    name_optional: bool = False


def named_org(sc: Scanner, i: int, j: int, canonical: str | None = None) -> dict[str, Any]:
    """Grammar attributes for a body known by its name alone (an outlet in a byline, an abbreviation the
    text defines): tokens ``i:j``, canonical name ``canonical`` (default: as written)."""
    name = re.sub(r"\s+", " ", sc.words(i, j))
    return {"body": Body(name, canonical or name, standalone=True), "head_end": j, "parent": None, "place": None,
            "start": i, "name_start": j}


@cache
def grammar() -> dict[str, Any]:
    """The tries and word sets built from ``data/org_heads.json`` and ``data/titles.json`` (once)."""
    orgs = _load("org_heads.json")
    titles = _load("titles.json")
    bodies = _Trie(fold=True)
    for spec in orgs["bodies"]:
        for n in spec["names"]:
            bodies.add(n, Body(
                n, spec.get("canonical") or n, spec.get("level"), spec.get("place", False),
                spec.get("parent", False), spec.get("standalone", False), spec.get("name", False),
                needs_place=bool(spec.get("abbr_needs_place")) and n.isupper(),
                not_after=frozenset(spec.get("not_after", ())),
                default_level=spec.get("default_level"), international=bool(spec.get("international")),
                name_optional=bool(spec.get("name_optional")),
            ))
            first, _, rest = n.partition(" ")
            added = bodies.match(tokens(n), 0)
            if first in ("Ban", "Hội", "Sở", "Phòng", "Đoàn") and rest[:1].isupper() and added is not None:
                bodies.add(n[0].lower() + n[1:], added[1])  # "ban Dân vận Trung ương"
    for head, level in orgs["heads"].items():
        bodies.add(head, Body(head, head, level, True, True, True, True, head=True))
    tries: dict[str, Any] = {"bodies": bodies}
    for key, items in (("units", orgs["unit_names"]), ("schools", orgs["school_types"]),
                       ("companies", orgs["company_types"])):
        tries[key] = _Trie(fold=key == "units")
        for n in items:
            tries[key].add(n, n)
    tries["places"], tries["features"], tries["role"], tries["cue"] = _Trie(), _Trie(), _Trie(), _Trie()
    for w, v in PLACE_WORDS.items():
        tries["places"].add(w, v)
    for w, fv in FEATURE_WORDS.items():
        tries["features"].add(w, fv)
    places = _load_places()
    tries["descriptors"], tries["lower_regions"] = _Trie(), _Trie()
    for w in places["descriptors"]:
        tries["descriptors"].add(w, w)
    for w in places["lower_regions"]:
        tries["lower_regions"].add(w, w)
    for w, unit in places["unit_abbreviations"].items():
        tries["places"].add(w, (unit, TYPE_LEVEL[unit]))
    tries["unit_abbreviations"] = frozenset(places["unit_abbreviations"])
    extras = _load("gazetteer_extras.json")
    tries["known_places"] = _Trie()
    for w in [*extras["regions"], *extras["countries"]]:
        if " " in w:
            tries["known_places"].add(w, w)
    for t in titles["titles"]:
        first, _, rest = t.partition(" ")
        for v in {t, (first + " " + rest.lower()).strip(), t.lower() if " " in t else t}:
            tries["role"].add(v, "title")
            tries["role"].add("nguyên " + v, "title")
            tries["role"].add("Nguyên " + v, "title")
    for t in titles["ranks"]:
        tries["role"].add(t, "rank")
    for t in titles["honorifics"]:
        tries["cue"].add(t, "honorific")
    tries["unit_canonical"] = dict(orgs.get("unit_canonical", {}))
    tries["descriptive_heads"] = frozenset(orgs.get("descriptive_heads", ()))
    tries["company_like"] = frozenset(orgs.get("company_like", ()))
    tries.update(
        generic=frozenset(orgs["generic_after"]), name_stop=frozenset(orgs["name_stop"]),
        surnames=frozenset(titles["surnames"]), not_person=frozenset(titles["not_person"]),
    )
    return tries


class Scanner:
    """Token-level matchers over one text."""

    def __init__(self, text: str, gaz: Gazetteer | None = None) -> None:
        self.text = text
        self.toks = tokens(text)
        self.g = grammar()
        self.gaz = gaz or gazetteer()
        self.learned: dict[str, str] = {}  # names the text defines for bodies (see entities._learned_names)

    # -- helpers ---------------------------------------------------------------------------------------
    def joins(self, j: int) -> bool:
        return 0 < j < len(self.toks) and self.toks[j].join

    def is_cap(self, j: int) -> bool:
        return j < len(self.toks) and self.toks[j].cap and self.toks[j].text[0].isalpha()

    def cap_run(self, i: int, limit: int = 6) -> int:
        """Index after the run of capitalised words at ``i`` ("Bà Rịa - Vũng Tàu" is one run)."""
        toks, j = self.toks, i
        while self.is_cap(j) and (j == i or toks[j].join) and j - i < limit:
            j += 1
            if j + 1 < len(toks) and toks[j].text in "-–" and toks[j].join and toks[j + 1].join \
                    and self.is_cap(j + 1) and j - i < limit - 1:
                tight = toks[j].start == toks[j - 1].end
                if tight == (toks[j + 1].start == toks[j].end):  # "Thừa Thiên-Huế", "Bà Rịa - Vũng Tàu"
                    j += 1
        return j

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end

    def words(self, i: int, j: int) -> str:
        a, b = self.span(i, j)
        return self.text[a:b]

    def first_name_cut(self, i: int, end: int, *, min_keep: int = 1) -> int:
        """Cut a capitalised run before a family name that starts a 2+ word person name."""
        for k in range(i + min_keep, end):
            if self.toks[k].text in self.g["surnames"] and end - k >= 2:
                return k
        return end

    # -- places ----------------------------------------------------------------------------------------
    def place_name(self, i: int, word: str, level: str) -> tuple[int, Place | None] | None:
        """The name after a unit word: the longest gazetteer prefix of the capitalised run, else the run."""
        toks = self.toks
        if i >= len(toks) or not toks[i].join:
            return None
        if toks[i].text == "số" and i + 1 < len(toks) and toks[i + 1].text.isdigit() and level in _NUMERIC_LEVELS:
            return i + 2, None
        if toks[i].text.isdigit() and level in _NUMERIC_LEVELS:
            return i + 1, None
        if not self.is_cap(i):
            return None
        end = cap_end = self.cap_run(i)
        person = toks[i].text in self.g["surnames"] and end - i >= 3
        numbered = end < len(toks) and toks[end].join and toks[end].text.isdigit() and len(toks[end].text) <= 2
        if numbered and (level == "village" or self.gaz.lookup(self.words(i, end + 1))):
            end += 1  # "phường Mỹ Đình 2", "thôn Thiện Chánh 2"
        if level != "village":
            type_word = "thành phố" if word == "thành phố" else word
            for j in range(end, i, -1):
                p = self.gaz.resolve(self.words(i, j), type=type_word)
                if p is None and word == "thành phố":
                    p = self.gaz.resolve(self.words(i, j), type="thành phố")
                if p is not None:
                    return j, p
            if word == "tỉnh":
                return None
        if person:
            return None  # "UBND huyện | Võ Công Hàm": a person after a body
        cut = self.first_name_cut(i, cap_end)  # a person after the name ("thôn 3 | Nguyễn Văn A")
        end = min(cut if cut < cap_end else end, i + 4)  # (a number after the name is no person: "Nhà Lầu 2")
        if end - i == 1 and toks[i].text in self.g["not_person"]:
            return None
        return end, None

    def match_place(self, i: int, *, org: bool) -> tuple[int, dict] | None:
        """A level word and/or a place name at ``i``: "huyện Quế Phong", "tỉnh" (in a body), "Nghệ An"."""
        m = self.g["places"].match(self.toks, i)
        if m is not None:
            j, (word, level) = m
            if word == "tỉnh" and j < len(self.toks) and self.toks[j].text in _NOT_AFTER_TINH:
                return None
            if level == "village" and i > 0 and self.toks[i].join and self.toks[i - 1].text in _COMPOUND_BEFORE:
                return None
            named = self.place_name(j, word, level)
            if named is not None and self.words(i, j) in self.g["unit_abbreviations"] and (
                    named[1] is None or len(self.words(j, named[0])) < 3):
                return None  # "H. Nam Giang" is a district only when the gazetteer knows one
            if named is not None:
                k, place = named
                return k, {"word": word, "level": level, "name": self.words(j, k), "place": place}
            if org and level in ("province", "district", "commune"):
                return j, {"word": word, "level": level, "name": None, "place": None}
            return None
        return self.bare_place(i, org=org)

    def bare_place(self, i: int, *, org: bool) -> tuple[int, dict] | None:
        """A place name without a unit word that the gazetteer knows."""
        if not self.is_cap(i):
            r = self.g["lower_regions"].match(self.toks, i) if self.toks[i].text[:1].islower() else None
            if r is not None and not org:  # "các tỉnh miền Trung"
                return r[0], {"word": None, "level": None, "name": self.words(i, r[0]), "place": None, "bare": True}
            return None
        toks, gaz = self.toks, self.gaz
        if i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 1].join and toks[i + 2].join:
            name = self.words(i, i + 3)  # "TP.HCM"
            if gaz.province_name(name):
                return i + 3, {"word": None, "level": "province", "name": name, "place": None, "bare": True}
        end = self.cap_run(i)
        known = self.g["known_places"].match(toks, i)
        if known is not None and known[0] >= end:  # "Đồng bằng sông Cửu Long", "CHDCND Lào"
            return known[0], {"word": None, "level": None, "name": self.words(i, known[0]), "place": None,
                              "bare": True}
        for j in range(end, i, -1):
            name = self.words(i, j)
            if name.lower() in gaz.ambiguous_bare:
                continue
            levels = ("province", "district", "country", "region", "city") if not org else (
                "province", "district", "commune", "country", "city")
            if any(p.level in levels for p in gaz.lookup(name)):
                if org and j < end and j - i == 1 and not (toks[j].text in self.g["surnames"] and end - j >= 2):
                    continue  # "Bộ GD-ĐT | Phùng Xuân Nhạ": a one-word prefix of a longer name
                return j, {"word": None, "level": None, "name": name, "place": None, "bare": True}
        if org and end - i >= 2:
            found = gaz.lookup_folded(self.words(i, end))
            if len(found) == 1:  # "Huyện ủy Chư Pah": the gazetteer spells it "Chư Păh"
                return end, {"word": None, "level": found[0].level, "name": found[0].name, "place": found[0],
                             "bare": True}
        return None

    def match_feature(self, i: int, depth: int = 0) -> tuple[int, str] | None:
        """A river, mountain, road, zone or facility: "sông Lam", "Quốc lộ 48", "đường Trần Phú",
        "cảng biển nước sâu Nghi Sơn", "Khu bảo tồn thiên nhiên sông Thanh", "Nhiệt điện Duyên Hải 1"."""
        m = self.g["features"].match(self.toks, i)
        if m is None:
            return None
        j, word = m
        toks = self.toks
        if i > 0 and toks[i].join and toks[i - 1].text.lower() in _FEATURE_COMPOUND.get(word, ()):
            return None  # "yêu cầu", "nhu cầu", "thành phố"
        d = self.g["descriptors"].match(toks, j) if j < len(toks) and toks[j].join else None
        if d is not None:
            j = d[0]  # "cảng hàng không quốc tế", "khu bảo tồn thiên nhiên"
        inner = self.g["features"].match(toks, j) if j < len(toks) and toks[j].join else None
        if (word == "đường" or word in _FEATURE_INNER) and inner is not None and depth < 2:
            k = self.match_feature(j, depth + 1)  # "đường Quốc lộ 27", "Nhà ga Cảng hàng không ... Đà Nẵng"
            if k is not None:
                return k[0], word
        if word in _FEATURE_INNER and j < len(toks) and toks[j].join and self.g["places"].match(toks, j):
            p = self.match_place(j, org=False)  # "cụm công nghiệp thị trấn Thọ Xuân"
            if p is not None and p[1].get("name"):
                return p[0], word
        if j < len(toks) and toks[j].join and re.fullmatch(r"\d+[A-Z]?", toks[j].text):
            return j + 1, word
        if word in _NUMBERED_ONLY or not (self.is_cap(j) and toks[j].join):
            return None
        if self.match_org(j) is not None:
            return None
        end = self.cap_run(j, limit=7)
        if word == "nhà máy":
            end = self.match_name(j, "") or end  # "nhà máy Điện phân nhôm Đắk Nông"
            p = self.bare_place(end, org=False) if end < len(toks) and toks[end].join else None
            if p is not None:
                end = p[0]  # "Nhà máy NLSH Quảng Ngãi"
        name = self.words(j, end)
        if word in ("phố", "đường") and name != "Hồ Chí Minh" and self.gaz.province_name(name):
            return None  # "giữa phố Hà Nội": the streets of a city
        if end - j == 1 and toks[j].text in self.g["not_person"]:
            return None
        if word in _FEATURE_NUMBERED_NAME and end < len(toks) and toks[end].join and toks[end].text.isdigit() \
                and len(toks[end].text) <= 2:
            end += 1  # "Nhiệt điện Duyên Hải 1"
        return end, word

    # -- bodies ----------------------------------------------------------------------------------------
    def match_name(self, i: int, head: str, *, units: bool = True) -> int | None:
        """The name after a head ("Sở" + "Y tế", "Trường THCS" + "Quế Sơn", "Bộ phận" + "“Một cửa”")."""
        toks, g = self.toks, self.g
        if i >= len(toks) or not toks[i].join:
            return None
        if head in ("Trường", "Đại học", "Học viện"):
            m = g["schools"].match(toks, i)
            if not m and head == "Trường":
                return None  # "đường Trường Sơn": a school needs its type ("Trường THCS", "Trường Chính trị")
            if m:
                j = m[0]
                if j < len(toks) and toks[j].join and toks[j].text.isdigit():
                    return j + 1
                if j < len(toks) and toks[j].join and toks[j].text == "số" and j + 1 < len(toks):
                    return j + 2 if toks[j + 1].text.isdigit() else j
                if self.match_place(j, org=True) is not None:
                    return j
                k = self.match_name(j, "")
                if k is not None and g["units"].match(toks, j) is not None:  # "Kinh tế | kỹ thuật Cần Thơ"
                    k = max(k, self.match_name(j, "", units=False) or k)
                return k  # a school type alone ("Trường ĐH") is a kind of school, not one
        if head == "Liên danh":
            k = self.descriptive_name(i)  # "Liên danh tư vấn CPG-ADCC-PAE"
            if k is not None:
                return k
        if head in _COMPANY_HEADS:
            m = g["companies"].match(toks, i)
            if m:  # "Công ty TNHH Luyện kim Trần Hồng Quân", "Ngân hàng TMCP Ngoại thương Việt Nam"
                i = m[0]
                if i >= len(toks) or not toks[i].join:
                    return None
                k = self.descriptive_name(i)
                if k is not None:
                    return k
            elif head.lower() in ("công ty", "cty") and toks[i].text[:1].islower() or head == "công ty":
                return self.descriptive_name(i)  # "Công ty cà phê Phước An", "công ty NutiFood"
        m = g["units"].match(toks, i) if units else None
        if m is None and units and head in _LOWER_UNIT_HEADS:
            m = g["units"].match(toks, i, cap_first=True)  # "Bộ xây dựng", "Chi cục thú y huyện"
        if m:
            return m[0]
        t = toks[i].text
        if t in "“\"":
            for j in range(i + 1, min(i + 9, len(toks))):
                if toks[j].text in "”\"":
                    return j + 1
            return None
        if toks[i].upper:
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in "-&" and toks[j].join and toks[j + 1].upper:
                j += 2
            return j
        if t.isdigit() and head:
            return i + 1
        if not self.is_cap(i) or t in _NOT_NAME_START:
            return None
        # Title-case names pair a capitalised syllable with lower-case ones ("Dự báo Khí tượng Thủy văn"):
        # up to two lower-case words after the first word, one after each later capitalised word, none after
        # two capitalised words in a row ("... Trung ương | yêu cầu", "Luyện kim Trần Hồng Quân | thi công").
        j, lows, caps, run = i + 1, 0, 1, 2 if foreign_word(t) else 1
        while j < len(toks) and toks[j].join:
            w = toks[j].text
            if w in "-–" and j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1) and toks[j].start > \
                    toks[j - 1].end:
                j, lows, caps, run = j + 1, 0, 0, 0  # "Hội đồng Thi đua – Khen thưởng": a new segment
                continue
            if not w[0].isalpha():
                break
            if self.is_cap(j):
                if g["bodies"].match(toks, j) or g["places"].match(toks, j):
                    break
                end = self.cap_run(j, limit=4)
                if w in g["surnames"] and end - j >= 2 and not self._place_prefix(j, end):
                    break  # a person's name after the body ("Thái Nguyên" is a place)
                caps, run, lows = caps + 1, run + 1, 0
            else:
                if w == "và" and run == 0 and caps > 1 and j + 1 < len(toks) and toks[j + 1].join \
                        and self.is_cap(j + 1) and g["bodies"].match(toks, j + 1) is None \
                        and g["places"].match(toks, j + 1) is None:
                    j, lows = j + 1, 0  # "Quy hoạch Đô thị và Nông thôn Quốc gia"
                    continue
                if w in ("thị", "thành") and g["places"].match(toks, j) is None:
                    pass  # "Đô thị", "Thành phần": only "thị xã", "thành phố" end a name
                elif w in g["name_stop"] and (w not in _VERB_START or self.words(j, min(j + 2, len(toks))) in _VERB_PAIRS):
                    break
                if run >= 2 or lows >= (3 if caps <= 1 else 1):
                    break  # "Sở Xây dựng", "Quản lý bay", "Dự báo Khí tượng"
                lows, run = lows + 1, 0
            j += 1
        while toks[j - 1].text in "-–":
            j -= 1
        if head and j < len(toks) and toks[j].join and toks[j].text.isdigit() and len(toks[j].text) <= 2 and not (
                j + 1 < len(toks) and toks[j + 1].join and toks[j + 1].text.lower() in _COUNT_AFTER):
            j += 1  # "Cty Phát điện 1"
        return j

    def descriptive_name(self, i: int) -> int | None:
        """A company's name after its type: words describing the trade, then a proper name ("phát triển đầu tư
        Thái Sơn", "Luyện kim Trần Hồng Quân", "Thương mại và Dịch vụ Hoàng Long", "khai thác thủy lợi Dầu
        Tiếng – Phước Hòa", "Phát điện 1"); ``None`` unless a capitalised word, a code or a number ends it."""
        toks, g = self.toks, self.g
        j, lower, run, end, last_lower = i, 0, 0, None, False
        while j < len(toks) and (j == i or toks[j].join):
            w = toks[j].text
            tight = j + 1 < len(toks) and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end
            if w in "-–&" and end == j and j + 1 < len(toks) and toks[j + 1].join and (self.is_cap(j + 1) or tight) \
                    and (tight or not toks[j + 1].upper) and g["bodies"].match(toks, j + 1) is None:
                j += 1  # "Dầu Tiếng – Phước Hòa", "CPG-ADCC-PAE"
                continue
            if w.isdigit() and j > i and len(w) <= 3:
                if end is not None and not (j + 1 < len(toks) and toks[j + 1].join
                                            and toks[j + 1].text.lower() in _COUNT_AFTER):
                    end, last_lower = j + 1, False  # "Phát điện 1", not "HTX | đạt 72 triệu"
                break
            if not w[:1].isalpha():
                break
            if self.is_cap(j) or toks[j].upper:
                if j > i and (g["bodies"].match(toks, j) is not None or g["places"].match(toks, j) is not None):
                    break
                brand = foreign_word(w)  # "NutiFood", "Nestlé"
                run, end, last_lower = run + (2 if brand else 1), j + 1, False
            else:
                if w in _DESCRIPTIVE_STOP or run >= 2 or (w == "và" and run) or lower >= 7:
                    break  # "Trần Hồng Quân | thi công", "Koyu | và Unitek"
                lower, run, last_lower = lower + 1, 0, True
            j += 1
        return None if end is None or last_lower else end

    def lower_to_place(self, i: int, limit: int = 14) -> int | None:
        """Index of a place word reached through lower-case words describing a body: "Ban Quản lý dự án
        | đầu tư xây dựng các công trình dân dụng và công nghiệp | tỉnh Đắk Nông"."""
        toks, g = self.toks, self.g
        j = i
        while j < len(toks) and j - i < limit and toks[j].join:
            if g["places"].match(toks, j) is not None:
                if j > i and toks[j - 1].text in g["generic"]:
                    return None  # "Ban Chỉ đạo thi các huyện": a class
                if j == i:  # "Ban Chỉ đạo tỉnh Kiên Giang"; not "Ban Chỉ đạo tỉnh" alone
                    p = self.match_place(j, org=True)
                    return j if p is not None and p[1].get("name") else None
                return j
            w = toks[j].text
            if not w[:1].isalpha() or not w[:1].islower() or (w in g["name_stop"] and w not in ("và", "các")):
                return None
            j += 1
        return None

    def match_org(self, i: int, depth: int = 0, *, cap_first: bool = False) -> tuple[int, dict] | None:
        """A body at ``i`` with its parent body or place: "Ban Dân vận Tỉnh ủy", "UBND huyện Quế Phong"."""
        m = self.g["bodies"].match(self.toks, i, cap_first=cap_first)
        if m is None:
            canon = self.learned.get(fold_brand(self.toks[i].text)) if self.learned and i < len(self.toks) else None
            if canon is None:
                return None
            k = i + 1
            if k + 1 < len(self.toks) and self.toks[k].join and self.words(k, k + 2) == "Việt Nam":
                k += 2  # "Nestlé Việt Nam"
            return k, named_org(self, i, k, canon)  # "AHT", "NutiFood" once the text has defined it
        j, body = m
        toks = self.toks
        if body.not_after and i > 0 and toks[i].join and toks[i - 1].text in body.not_after:
            return None
        name_start = j
        if body.needs_name:
            k = self.match_name(j, body.name if body.head else "")
            if body.name in self.g["company_like"] and j < len(toks) and toks[j].join:
                d = self.descriptive_name(j)  # "HTX Dịch vụ nông nghiệp Tân Phong"
                if d is not None and (k is None or d > k):
                    k = d
            if k is None and body.name_optional and j < len(toks) and toks[j].join \
                    and self.g["places"].match(toks, j) is not None:
                k = j  # "Bệnh viện Đa khoa tỉnh Hà Tĩnh": the place names it
            if body.name in self.g["descriptive_heads"] and j < len(toks) and toks[j].join:
                f = self.match_feature(j)  # "Ban Quản lý Khu Công nghệ cao Hòa Lạc", "Ban quản lý VQG Phong Nha"
                if f is not None and (k is None or f[0] > k):
                    k = f[0]
            if k is None and body.name in self.g["descriptive_heads"]:
                k = self.lower_to_place(j)  # "Ban Quản lý dự án đầu tư xây dựng ... tỉnh Đắk Nông"
                if k is None and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 1].upper \
                        and toks[j + 2].text == ")":
                    return j, {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                               "name_start": j}  # "Ban Quản lý dự án (BQLDA)": the name as defined
            if k is None:
                return None
            j = k
        info: dict[str, Any] = {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                                "name_start": name_start}
        if j + 1 < len(toks) and toks[j].join and toks[j].text.isdigit() and self.g["places"].match(toks, j + 1):
            return None  # "Sở Nông nghiệp và Phát triển nông thôn 9 tỉnh": a class of bodies
        if j < len(toks) and toks[j].text in self.g["generic"]:
            # "Hội Phụ nữ các xã" names the body; "UBND các xã" names a class of bodies
            return (j, info) if body.standalone and not body.needs_place and depth == 0 else None
        if body.parent and depth < 3 and j < len(toks) and toks[j].join:
            sub = self.match_org(j, depth + 1)
            if sub is not None:
                info["parent"] = sub[1]
                return sub[0], info
        if body.needs_name and j + 1 < len(toks) and toks[j].text == "số" and toks[j].join \
                and toks[j + 1].text.isdigit():
            j += 2  # "Đội CSGT số 2"
        if (body.level == "national" or (body.head and body.level is None)) and j < len(toks) and toks[j].join \
                and self.words(j, min(j + 2, len(toks))) == "Việt Nam":
            return j + 2, info  # "Bộ Công an Việt Nam", "Cục Hàng không Việt Nam", "Hiệp hội Mắc ca Việt Nam"
        if (body.head or body.standalone) and j + 1 < len(toks) and toks[j].join \
                and self.words(j, j + 2).lower() == "chi nhánh":
            p = self.match_place(j + 2, org=True) if j + 2 < len(toks) and toks[j + 2].join else None
            if p is not None and p[1].get("name"):  # "Ngân hàng Bưu điện Liên Việt Chi nhánh Quảng Trị"
                info["place"] = p[1]
                return p[0], info
        if body.place and body.level != "national" and j < len(toks) and toks[j].join:
            p = self.match_place(j, org=True)
            if p is not None and not (j + 0 < len(toks) and toks[p[0] - 1].text in self.g["generic"]):
                info["place"] = p[1]
                j = p[0]
        alone = info["place"] is None and info["parent"] is None and not body.needs_name  # a name is enough
        if alone and (not body.standalone or body.needs_place) and (depth == 0 or body.needs_place):
            return None
        return j, info

    # -- people ----------------------------------------------------------------------------------------
    def person_name(self, i: int, *, single: bool = True) -> int | None:
        """A person's name at ``i``: 1-4 capitalised words (2-4 when ``single`` is false)."""
        if not self.is_cap(i) or not self.toks[i].join and i > 0 and self.text[self.toks[i].start - 1] != "\n":
            return None
        toks, bad = self.toks, self.g["not_person"]
        if toks[i].text in bad or toks[i].upper:
            return None
        end = self.cap_run(i, limit=5)
        k = i + 1
        while k < end and not toks[k].upper and toks[k].text not in "-–":
            if self.g["places"].match(toks, k) and (toks[k].text + "." not in self.g["unit_abbreviations"]
                                                   or self.match_place(k, org=False)):
                break
            b = self.g["bodies"].match(toks, k)
            if b is not None and b[0] - k >= 2:
                break
            r = self.g["role"].match(toks, k)
            if r is not None and r[1] == "title" and r[0] - k >= 2:
                break  # "Trần Thanh Hải | Chủ tịch Hội đồng quản trị"
            k += 1
        if self.g["places"].match(toks, i) or self.g["bodies"].match(toks, i):
            return None
        n = k - i
        if n == 0 or n > 4 or (n == 1 and not single):
            return None
        if n >= 2 and self._place_prefix(i, k):
            return None  # "Can Lộc", "Hà Nội Một": a place, not a person
        return k

    def _place_prefix(self, i: int, k: int) -> bool:
        """Whether ``toks[i:k]`` starts with a province or district name (other than "Hồ Chí Minh")."""
        for j in range(k, i + 1, -1):
            name = self.words(i, j)
            if name == "Hồ Chí Minh" or name.lower() in self.gaz.ambiguous_bare:
                continue
            if any(p.level in ("province", "district", "country") for p in self.gaz.lookup(name)):
                return True
        return False


_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ch|nh|ng|[cmnpt])?"
)


def foreign_word(w: str) -> bool:
    """Whether a capitalised word is not a Vietnamese syllable ("Nestlé", "Samsung", "NutiFood"): a foreign name
    or a brand, a whole proper name on its own."""
    return len(w) > 1 and w.isalpha() and not w.isupper() and (
        any(c.isupper() for c in w[1:]) or _VI_SYLLABLE.fullmatch(w.lower()) is None)


#: Words that end a company's descriptive name (function words; trade words such as "phát triển" do not).
_DESCRIPTIVE_STOP = frozenset({
    "của", "về", "đã", "đang", "sẽ", "được", "bị", "cho", "trong", "trên", "tại", "với", "theo", "là", "có", "các",
    "những", "này", "đó", "để", "đến", "từ", "như", "thì", "mà", "vào", "ra", "khi", "cũng", "cùng", "không", "chưa",
    "đều", "vẫn", "còn", "rất", "do", "qua", "sau", "trước", "vừa", "mới", "nay", "hiện", "ông", "bà", "anh", "chị",
    "tỉnh", "huyện", "xã", "phường", "quận", "năm", "ngày", "tháng", "số", "nhằm", "lại", "tới",
})
#: Counting words after a number that make it a quantity, not part of a name ("Cty Phát điện 1 | năm").
_COUNT_AFTER = frozenset({"năm", "tháng", "ngày", "lần", "người", "hộ", "ha", "tỷ", "tỉ", "triệu", "nghìn", "ngàn",
                          "km", "m", "tấn", "đồng", "%", "xã", "huyện", "tỉnh", "cái", "chiếc", "con"})
#: Name-stop words that stop a name only as the first syllable of a verb ("thực hiện", not "thực phẩm").
_VERB_START = frozenset({"phối", "tổ", "triển", "thực", "tiến", "tham", "chỉ"})
_VERB_PAIRS = frozenset({"phối hợp", "tổ chức", "triển khai", "thực hiện", "tiến hành", "tham gia", "tham mưu",
                         "tham dự", "tham khảo", "chỉ đạo", "chỉ huy", "chỉ có", "chỉ là", "chỉ ra"})
#: Heads whose unit name may be written in lower case ("Bộ xây dựng", "Chi cục thú y huyện").
_LOWER_UNIT_HEADS = {"Sở", "Bộ", "Phòng", "Cục", "Chi cục", "Tổng cục", "Trung tâm", "Vụ", "Viện", "Trạm", "Đội"}
#: Heads followed by a company type ("TNHH", "Cổ phần", "TMCP") and a descriptive name.
_COMPANY_HEADS = {"Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Cty", "Ngân hàng", "Xí nghiệp", "công ty"}
def fold_brand(w: str) -> str:
    """A learned name as looked up: without accents ("Nestle" and "Nestlé" are one brand)."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


_NOT_NAME_START = {"Các", "Những", "Theo", "Tại", "Trong", "Với", "Khi", "Nếu", "Vì", "Do", "Để", "Qua", "Sau",
                   "Trước", "Từ", "Đến", "Cùng", "Ngoài", "Tuy", "Nhưng", "Và", "Hoặc", "Cũng", "Đây", "Đó"}
