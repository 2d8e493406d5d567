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
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dvtext.extract.gazetteer import Gazetteer, Place, gazetteer

__all__ = ["FEATURE_TYPES", "TOKEN", "Candidate", "Scanner", "Tok", "grammar", "tokens"]

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
]:
    _c = _PLACE_ABBR.get(_w.rstrip("."), _w)
    PLACE_WORDS[_w] = (_c, _lvl)
    if _w[0].islower():
        PLACE_WORDS[_w[0].upper() + _w[1:]] = (_c, _lvl)
#: Other place words: rivers, mountains, roads, economic zones.
FEATURE_WORDS = {
    "sông": "sông", "Sông": "sông", "suối": "suối", "núi": "núi", "Núi": "núi", "đèo": "đèo", "Đèo": "đèo",
    "đảo": "đảo", "vịnh": "vịnh", "Vịnh": "vịnh", "hồ": "hồ", "cửa khẩu": "cửa khẩu", "Cửa khẩu": "cửa khẩu",
    "Quốc lộ": "Quốc lộ", "quốc lộ": "Quốc lộ", "QL": "Quốc lộ", "Tỉnh lộ": "Tỉnh lộ", "tỉnh lộ": "Tỉnh lộ",
    "đường": "đường", "Đường": "đường", "phố": "phố", "cầu": "cầu", "Cầu": "cầu", "ĐT": "đường tỉnh",
    "đường tỉnh": "đường tỉnh", "ĐH": "đường huyện", "đường huyện": "đường huyện", "cao tốc": "cao tốc",
    "đường cao tốc": "đường cao tốc", "Đường cao tốc": "đường cao tốc", "sân bay": "sân bay",
    "Sân bay": "sân bay", "cảng": "cảng", "Cảng": "cảng", "cảng cá": "cảng cá", "cảng biển": "cảng biển",
    "cảng hàng không": "cảng hàng không", "Cảng hàng không": "cảng hàng không", "bến cảng": "bến cảng",
    "ga": "ga", "nhà ga": "nhà ga", "chợ": "chợ", "Chợ": "chợ", "bến xe": "bến xe", "Bến xe": "bến xe",
    "vườn quốc gia": "vườn quốc gia", "Vườn quốc gia": "vườn quốc gia", "khu bảo tồn": "khu bảo tồn",
    "khu công nghiệp": "khu công nghiệp", "Khu công nghiệp": "khu công nghiệp", "KCN": "khu công nghiệp",
    "khu kinh tế": "khu kinh tế", "Khu kinh tế": "khu kinh tế", "KKT": "khu kinh tế",
}
_NUMBERED_ONLY = {"Quốc lộ", "Tỉnh lộ", "đường tỉnh", "đường huyện"}
#: The kind of place a feature word names (an entity's ``type``).
FEATURE_TYPES = {
    "sông": "river", "suối": "river", "núi": "mountain", "đèo": "mountain", "đảo": "island", "vịnh": "bay",
    "hồ": "lake", "cửa khẩu": "border gate", "Quốc lộ": "road", "Tỉnh lộ": "road", "đường": "road", "phố": "road",
    "đường tỉnh": "road", "đường huyện": "road", "cao tốc": "road", "đường cao tốc": "road", "cầu": "bridge",
    "sân bay": "airport", "cảng hàng không": "airport", "cảng": "port", "cảng cá": "port", "cảng biển": "port",
    "bến cảng": "port", "ga": "station", "nhà ga": "station", "bến xe": "station", "chợ": "market",
    "vườn quốc gia": "protected area", "khu bảo tồn": "protected area", "khu công nghiệp": "zone",
    "khu kinh tế": "zone",
}
_FEATURE_COMPOUND = {
    "cầu": {"yêu", "nhu", "toàn", "khẩn", "thỉnh", "kêu", "mưu", "cầu"},
    "phố": {"thành", "đường", "khu", "tổ", "dãy"},
    "đường": {"con", "lên", "xuống", "dọc", "tiểu", "bệnh", "huyết", "đồng", "thiên", "lối", "giữa", "nửa", "mía",
              "ngọt", "ăn", "bột"},
    "hồ": {"đồng", "mơ", "bơ", "bờ"},
    "đảo": {"đảo", "lộn"},
    "sông": {"giang", "dòng"},
}
_NUMERIC_LEVELS = {"village", "commune", "district"}  # "phường 3", "khối 5", "Quận 1"
_NOT_AFTER_TINH = {"ủy", "uỷ", "lộ", "đoàn", "Đoàn", "ủy viên"}
#: Words before "bản", "làng"... that make a compound, not a village ("văn bản Mật").
_COMPOUND_BEFORE = {"văn", "cơ", "căn", "phiên", "kịch", "nguyên", "bài", "tư", "nhật", "xuất", "Văn", "Cơ"}


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

    def match(self, toks: list[Tok], i: int) -> tuple[int, Any] | None:
        node, best, j = self.root, None, i
        fold = self.fold
        while j < len(toks) and (j == i or toks[j].join):
            t = toks[j].text.lower() if fold and j > i else toks[j].text
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
        end = self.cap_run(i)
        numbered = end < len(toks) and toks[end].join and toks[end].text.isdigit() and len(toks[end].text) <= 2
        if numbered and self.gaz.lookup(self.words(i, end + 1)):
            end += 1  # "phường Mỹ Đình 2"
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
        if toks[i].text in self.g["surnames"] and end - i >= 3:
            return None  # "UBND huyện | Võ Công Hàm": a person after a body
        end = min(self.first_name_cut(i, end), i + 4)
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
            return None
        toks, gaz = self.toks, self.gaz
        if i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 1].join and toks[i + 2].join:
            name = self.words(i, i + 3)  # "TP.HCM"
            if gaz.province_name(name):
                return i + 3, {"word": None, "level": "province", "name": name, "place": None, "bare": True}
        end = self.cap_run(i)
        for j in range(end, i, -1):
            name = self.words(i, j)
            if name.lower() in gaz.ambiguous_bare:
                continue
            levels = ("province", "district", "country", "region") if not org else (
                "province", "district", "commune", "country")
            if any(p.level in levels for p in gaz.lookup(name)):
                if org and j < end and j - i == 1 and not (toks[j].text in self.g["surnames"] and end - j >= 2):
                    continue  # "Bộ GD-ĐT | Phùng Xuân Nhạ": a one-word prefix of a longer name
                return j, {"word": None, "level": None, "name": name, "place": None, "bare": True}
        return None

    def match_feature(self, i: int) -> tuple[int, str] | None:
        """A river, mountain, road or zone: "sông Lam", "Quốc lộ 48", "đường Trần Phú"."""
        m = self.g["features"].match(self.toks, i)
        if m is None:
            return None
        j, word = m
        toks = self.toks
        if i > 0 and toks[i].join and toks[i - 1].text.lower() in _FEATURE_COMPOUND.get(word, ()):
            return None  # "yêu cầu", "nhu cầu", "thành phố"
        inner = self.g["features"].match(toks, j) if j < len(toks) and toks[j].join else None
        if word == "đường" and inner is not None:  # "đường Quốc lộ 27", "đường cao tốc Dầu Giây - Liên Khương"
            k = self.match_feature(j)
            if k is not None:
                return k[0], word
        if j < len(toks) and toks[j].join and re.fullmatch(r"\d+[A-Z]?", toks[j].text):
            return j + 1, word
        if word in _NUMBERED_ONLY or not (self.is_cap(j) and toks[j].join):
            return None
        if self.g["bodies"].match(toks, j) is not None:
            return None
        end = self.cap_run(j, limit=7)
        if word in ("phố", "đường") and self.gaz.province_name(self.words(j, end)):
            return None  # "giữa phố Hà Nội": the streets of a city
        if end - j == 1 and toks[j].text in self.g["not_person"]:
            return None
        return end, word

    # -- bodies ----------------------------------------------------------------------------------------
    def match_name(self, i: int, head: str) -> int | None:
        """The name after a head ("Sở" + "Y tế", "Trường THCS" + "Quế Sơn", "Bộ phận" + "“Một cửa”")."""
        toks, g = self.toks, self.g
        if i >= len(toks) or not toks[i].join:
            return None
        if head in ("Trường", "Đại học", "Học viện"):
            m = g["schools"].match(toks, i)
            if m:
                j = m[0]
                if j < len(toks) and toks[j].join and toks[j].text.isdigit():
                    return j + 1
                if j < len(toks) and toks[j].join and toks[j].text == "số" and j + 1 < len(toks):
                    return j + 2 if toks[j + 1].text.isdigit() else j
                if self.match_place(j, org=True) is not None:
                    return j
                k = self.match_name(j, "")
                return k  # a school type alone ("Trường ĐH") is a kind of school, not one
        if head in ("Công ty", "Tổng công ty", "Tập đoàn"):
            m = g["companies"].match(toks, i)
            if m:
                i = m[0]
                if i >= len(toks) or not toks[i].join:
                    return None
        m = g["units"].match(toks, i)
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
        j, lower, caps = i + 1, 0, 1
        while j < len(toks) and toks[j].join:
            w = toks[j].text
            if w in "-–" and j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1) and toks[j].start > \
                    toks[j - 1].end:
                j, lower, caps = j + 1, 0, 0  # "Hội đồng Thi đua – Khen thưởng": a new segment
                continue
            if not w[0].isalpha():
                break
            if self.is_cap(j):
                if g["bodies"].match(toks, j) or g["places"].match(toks, j):
                    break
                if w in g["surnames"] and self.cap_run(j, limit=4) - j >= 2:
                    break  # a person's name after the body
                caps += 1
            elif w in g["name_stop"] or lower >= 2 or caps > 1:
                break  # lower-case words only right after the first word: "Sở Xây dựng", "Quản lý bay"
            else:
                lower += 1
            j += 1
        while toks[j - 1].text in "-–":
            j -= 1
        return j

    def match_org(self, i: int, depth: int = 0) -> tuple[int, dict] | None:
        """A body at ``i`` with its parent body or place: "Ban Dân vận Tỉnh ủy", "UBND huyện Quế Phong"."""
        m = self.g["bodies"].match(self.toks, i)
        if m is None:
            return None
        j, body = m
        toks = self.toks
        if body.not_after and i > 0 and toks[i].join and toks[i - 1].text in body.not_after:
            return None
        name_start = j
        if body.needs_name:
            k = self.match_name(j, body.name if body.head else "")
            if k is None:
                return None
            j = k
        info: dict[str, Any] = {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                                "name_start": name_start}
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
        if body.level == "national" and j < len(toks) and toks[j].join and self.words(j, min(j + 2, len(toks))) == \
                "Việt Nam":
            return j + 2, info  # "Bộ Công an Việt Nam", "Tổng cục Đường bộ Việt Nam"
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
            if self.g["places"].match(toks, k):
                break
            b = self.g["bodies"].match(toks, k)
            if b is not None and b[0] - k >= 2:
                break
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


_NOT_NAME_START = {"Các", "Những", "Theo", "Tại", "Trong", "Với", "Khi", "Nếu", "Vì", "Do", "Để", "Qua", "Sau",
                   "Trước", "Từ", "Đến", "Cùng", "Ngoài", "Tuy", "Nhưng", "Và", "Hoặc", "Cũng", "Đây", "Đó"}
