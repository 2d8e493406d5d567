"""The grammar behind :func:`dvtext.extract.entities.extract_entities`: candidate spans from tokens.

A :class:`Scanner` splits the text into light tokens (words, punctuation) and proposes candidates:

* bodies (:class:`~dvtext.extract.body_grammar.BodyMatcher`): a body or head from ``data/org_heads.json``
  ("UBND", "Tỉnh ủy", "Ban Dân vận", "Sở" + a unit name, "Công ty TNHH" + a trade and a name), then a parent
  body ("Ban Dân vận *Tỉnh ủy*") or a level word and/or place ("UBND *huyện Quế Phong*");
* places: a unit word and a name ("xã Quế Sơn", "thôn 3", "tổ 41", "huyện đảo Phú Quốc"), a feature word
  from ``data/places.json`` and a name ("sông Lam", "Quốc lộ 48", "cảng biển nước sâu Nghi Sơn", "cụm công
  nghiệp thị trấn Thọ Xuân", "Nhiệt điện Duyên Hải 1"), or a bare name the gazetteer knows (provinces,
  districts, countries, regions, foreign cities; "miền Trung", "Đồng bằng sông Cửu Long");
* documents: :func:`dvtext.extract.documents.find_documents`.

:mod:`dvtext.extract.people` proposes the people, :mod:`dvtext.extract.bodies` the bodies;
:mod:`dvtext.extract.entities` collects every candidate and keeps the longest non-overlapping set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from dvtext.extract.body_grammar import Body, BodyMatcher, fold_brand, foreign_word, named_org
from dvtext.extract.gazetteer import TYPE_LEVEL, Gazetteer, Place, gazetteer
from dvtext.text.glued import is_vietnamese_syllable

__all__ = ["FEATURE_ABBREVIATIONS", "FEATURE_TYPES", "NAMED_FEATURES", "NOT_PLACES", "fold_dashes", "SPANNING_TYPES", "OPENING_WORDS", "PLACE_WORDS", "TOKEN", "Candidate", "Scanner", "Tok", "fold_brand", "foreign_word", "grammar", "named_org",
           "tokens", "unit_key"]

TOKEN = re.compile(r"\w+(?:(?:&amp;|['’&])\w+)*|&amp;|\S")  # "&amp;": an ampersand a page left escaped

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
    ("huyện đảo", "district"), ("tổ", "village"), ("tổ tự quản", "village"),
]:
    _c = _PLACE_ABBR.get(_w.rstrip("."), "huyện" if _w == "huyện đảo" else _w)
    PLACE_WORDS[_w] = (_c, _lvl)
    if _w[0].islower():
        PLACE_WORDS[_w[0].upper() + _w[1:]] = (_c, _lvl)
#: Other place words: rivers, mountains, roads, economic zones, facilities (``data/places.json``).
FEATURE_WORDS: dict[str, str] = {}
#: The kind of place a feature word names (an entity's ``type``).
FEATURE_TYPES: dict[str, str] = {}
SPANNING_TYPES: set[str] = set()  # kinds of place through several provinces (``places.json`` spanning_types)
#: Feature word -> its variants written as abbreviations ("VQG", "KCN", "QL"): expanded in canonical names.
FEATURE_ABBREVIATIONS: dict[str, frozenset[str]] = {}
#: Feature word -> {folded name: province} for features whose name says where they are (``named_features``).
NAMED_FEATURES: dict[str, dict[str, str]] = {}
#: Names the entity model may call a place that are not one ("VN-Index"; ``places.json`` not_places).
NOT_PLACES: list[re.Pattern[str]] = []
_NUMBERED_ONLY: set[str] = set()
_FEATURE_COMPOUND: dict[str, set[str]] = {}
_FEATURE_INNER: set[str] = set()  # zones whose name may be another feature: "Khu bảo tồn thiên nhiên sông Thanh"
_FEATURE_NUMBERED_NAME: set[str] = set()  # a number may end the name: "Nhiệt điện Duyên Hải 1"
_NAMED_ONLY: set[str] = set()  # the name must be a capitalised word: "khu Núi Dinh", not "khu A", "khu 5"
#: Facilities whose name may be a region written in lower case: "bến xe miền Đông", "chợ miền Tây".
_REGION_NAMED = frozenset({"station", "market", "port", "airport"})


def fold_dashes(name: str) -> str:
    """A name with its dashes spaced alike and its spaces single ("Phong Nha-Kẻ Bàng" = "Phong Nha – Kẻ Bàng").

    Example:
        >>> fold_dashes("Phong Nha-Kẻ  Bàng")
        'Phong Nha - Kẻ Bàng'
    """
    return re.sub(r"\s*[-–—]\s*", " - ", " ".join(name.split()))


def _load_places() -> dict:
    return json.loads(resources.files("dvtext.data").joinpath("places.json").read_text(encoding="utf-8"))


def _init_features() -> None:
    data = _load_places()
    SPANNING_TYPES.update(data.get("spanning_types", ()))
    for feature, names in data.get("named_features", {}).items():
        if not feature.startswith("_"):
            NAMED_FEATURES[feature] = {fold_dashes(n): prov for n, prov in names.items()}
    NOT_PLACES.extend(re.compile(p) for p in data.get("not_places", ()))
    for canon, spec in data["features"].items():
        FEATURE_TYPES[canon] = spec["type"]
        abbreviations = [v for v in spec.get("variants", ()) if v.split()[0].isupper() and len(v.split()[0]) > 1]
        if abbreviations:
            FEATURE_ABBREVIATIONS[canon] = frozenset(v.split()[0] for v in abbreviations)
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
        if spec.get("named_only"):
            _NAMED_ONLY.add(canon)
        for w in spec.get("capitalised", ()):
            FEATURE_WORDS[w] = canon  # "Hồ": the feature only before a listed name (it is a family name)
            _CAPITALISED_NAMES[w] = frozenset(spec.get("capitalised_names", ()))


#: Times of day that open a sentence ("Chiều nay", "Sáng 13-7"): never the last word of a name before "nay", a date.
_TIMES_OF_DAY = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Hôm", "Sớm", "Rạng"})
#: Capitalised spellings of a feature word that are also family names → the names they may precede.
_CAPITALISED_NAMES: dict[str, frozenset[str]] = {}
_init_features()
_ROADS = {"đường", "phố", "đường mòn", "cầu"}
#: Words after a number that make it a quantity, not the end of a place's name ("sông Lam | 2 km").
_NOT_NAME_NUMBER = {"km", "m", "ha", "tấn", "năm", "tháng", "ngày", "lần", "người", "hộ", "xã", "huyện", "tỉnh",
                    "tỷ", "triệu", "nghìn", "ngàn", "con", "chiếc", "cái", "giờ", "phút", "%", "km2", "m2", "m3",
                    "trái", "quả", "cây", "đồng", "kg", "tạ", "bao", "lít", "mét", "sào", "héc", "hecta"}
_NUMERIC_LEVELS = {"village", "commune", "district"}  # "phường 3", "khối 5", "Quận 1"
#: Abbreviated unit words that name a place only when the gazetteer knows the name: "TT Kim Sơn" ("TT Giám định"
#: is a centre), "TP. Vinh" ("UBND TP. | Vỉa hè ..." ends a sentence).
_ABBREVIATED_UNITS = {"TT", "TP.", "Tp."}
_NOT_AFTER_TINH = {"ủy", "uỷ", "lộ", "đoàn", "Đoàn", "ủy viên"}
#: Sectors after "khối" (a bloc of schools or agencies, not a residential block): "khối THPT", "khối Giáo dục
#: Thường xuyên", "Khối Dân vận", "khối Nhà nước"; an all-capitals word of two letters or more does the same.
_SECTOR_AFTER_KHOI = {"Giáo", "Mầm", "Tiểu", "Trung", "Đại", "Đảng", "Dân", "Nhà", "Mặt", "Văn", "Kinh", "Nội",
                      "Doanh", "Thi", "Cơ", "Trường", "Chính", "Sở", "Hành", "Lực", "Công", "Quân", "Khoa", "Ngân",
                      "Y", "Tư", "Thanh", "Phụ", "Cựu", "Hội", "Đoàn", "Ủy", "Ban"}
#: Words before "bản", "làng"... that make a compound, not a village ("văn bản Mật").
_COMPOUND_BEFORE = {"văn", "cơ", "căn", "phiên", "kịch", "nguyên", "bài", "tư", "nhật", "xuất", "Văn", "Cơ", "nông",
                    "buôn", "thôn", "bản", "xóm", "làng"}  # "buôn làng Tây Nguyên", "thôn bản": villages in general
#: Capitalised words that start a sentence, never a one-word place name ("qua suối | Nhiều năm nay").
_NOT_ONE_WORD_NAME = {"Nhiều", "Hiện", "Mỗi", "Hằng", "Ngày", "Năm", "Tháng", "Các", "Những", "Theo", "Tại", "Trong",
                      "Sau", "Khi", "Đây", "Đó", "Từ", "Do", "Vì", "Với", "Cùng", "Còn", "Riêng", "Tuy", "Nhưng"}
#: Prepositions and conjunctions that open a sentence before a name ("Tại Hàm Nghi", "Ở Động Mối").
OPENING_WORDS = frozenset({"Tại", "Ở", "Từ", "Theo", "Trong", "Sau", "Khi", "Với", "Cùng", "Còn", "Riêng", "Về",
                           "Đến", "Qua", "Do", "Vì", "Nhưng", "Tuy"})


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


_DASHES = {"–": "-", "—": "-"}


class _Trie:
    """Phrases matched token by token (longest wins); the tokens must join (same line, ≤ 1 space). Dashes are
    one token: "Tài chính – Kế hoạch" matches "Tài chính - Kế hoạch"."""

    def __init__(self, *, fold: bool = False) -> None:
        self.root: dict = {}
        self.fold = fold  # match case-insensitively after the first token ("Giao thông Vận tải")

    def add(self, phrase: str, value: Any) -> None:
        node = self.root
        for k, t in enumerate(TOKEN.findall(phrase)):
            t = _DASHES.get(t, t)
            node = node.setdefault(t.lower() if self.fold and k else t, {})
        node.setdefault("\0", value)

    def match(self, toks: list[Tok], i: int, *, cap_first: bool = False) -> tuple[int, Any] | None:
        if not cap_first and i < len(toks):
            first = toks[i].text
            if first not in self.root and _DASHES.get(first, first) not in self.root:
                return None  # most tokens start no phrase: answered before the loop is set up
        node, best, j = self.root, None, i
        fold = self.fold
        while j < len(toks) and (j == i or toks[j].join):
            t = toks[j].text.lower() if fold and j > i else toks[j].text
            t = _DASHES.get(t, t)
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
    """Light tokens of ``text`` (words with inner ' & kept whole, every other non-space character alone; an
    escaped "&amp;" is read as "&", its offsets stay those of the text)."""
    out: list[Tok] = []
    prev_end = -10
    for m in TOKEN.finditer(text):
        s = m.group(0)
        gap = m.start() - prev_end
        join = gap == 0 or (gap == 1 and text[prev_end] == " ")
        s = s.replace("&amp;", "&")  # read as "&" ("NN&amp;PTNT", "Tài nguyên &amp; Môi trường"); offsets as written
        # two or more letters, all upper case (most tokens are lower case: the cheap test first)
        upper = not s.islower() and s.isupper() and sum(ch.isalpha() for ch in s) >= 2 \
            and all(ch.isupper() for ch in s if ch.isalpha())
        out.append(Tok(s, m.start(), m.end(), s[0].isupper(), upper, join))
        prev_end = m.end()
    return out


def _load(name: str) -> dict:
    return json.loads(resources.files("dvtext.data").joinpath(name).read_text(encoding="utf-8"))


_UNIT_JOINS = re.compile(r"\s*(?:[-–&,]|\bvà\b)\s*")


def unit_key(name: str) -> str:
    """The lookup key of a unit's name in ``unit_canonical``: lower case, with the dashes, "&", commas and "và"
    between its parts folded ("Thông tin - Truyền thông" = "Thông tin & truyền thông" = "Thông tin và Truyền thông")."""
    return re.sub(r"\s+", " ", _UNIT_JOINS.sub(" ", name.lower())).strip()


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
                not_before=frozenset(spec.get("not_before", ())), only_after=frozenset(spec.get("only_after", ())),
                default_level=spec.get("default_level"), international=bool(spec.get("international")),
                name_optional=bool(spec.get("name_optional")),
            ))
            first, _, rest = n.partition(" ")
            added = bodies.match(tokens(n), 0)
            if first in ("Ban", "Hội", "Sở", "Phòng", "Đoàn") and rest[:1].isupper() and added is not None:
                bodies.add(n[0].lower() + n[1:], added[1])  # "ban Dân vận Trung ương"
    not_before = {h: frozenset(ws) for h, ws in orgs.get("head_not_before", {}).items()}
    for head, level in orgs["heads"].items():
        bodies.add(head, Body(head, head, level, True, True, True, True, head=True,
                              not_before=not_before.get(head, frozenset())))
    tries: dict[str, Any] = {"bodies": bodies}
    for key, items in (("units", orgs["unit_names"]), ("schools", orgs["school_types"]),
                       ("companies", orgs["company_types"])):
        tries[key] = _Trie(fold=key == "units")
        for n in items:
            tries[key].add(n, n)
    tries["places"], tries["role"], tries["cue"] = _Trie(), _Trie(), _Trie()
    tries["features"] = _Trie(fold=True)  # "Khu Kinh tế", "Khu Công nghiệp" as "Khu kinh tế", "Khu công nghiệp"
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
    # countries and unions written in capitals that the CRF may call a place -> (canonical name, level)
    tries["acronym_places"] = {k: (v[0], v[1]) for k, v in extras["acronym_places"].items()}
    # national or foreign bodies written as an acronym, and national news sites (compared as written or in lower case)
    tries["national_names"] = frozenset([*orgs["national_acronyms"], *orgs["national_outlets"]])
    tries["known_places"] = _Trie()
    for w in [*extras["regions"], *extras["countries"]]:
        if " " in w:
            tries["known_places"].add(w, w)
    title_cased: set[str] = set()  # titles seen only in title case ("Quốc Vương" is also "Trung Quốc Vương ...")
    for t in titles["titles"]:
        words = t.split()
        # as listed, and with the words after any point in lower case ("Phó Tổng giám đốc", "Phó tổng giám
        # đốc"; a one-word title keeps its capital: "Trưởng" is not "trưởng")
        variants = {" ".join(words[:k] + [w.lower() for w in words[k:]]) for k in range(1, len(words) + 1)}
        variants |= {" ".join(words[:1] + [w.lower() for w in words[1:k]] + words[k:]) for k in range(2, len(words))}
        # ("Phó bí thư Thường trực": the middle in lower case, the end as listed)
        if len(words) > 1:
            variants.add(t.lower())
            cased = [w[:1].upper() + w[1:] for w in words]
            if not any(w in bodies.root for w in cased[1:]) and cased != words:  # "Bí Thư"; not "Trưởng Ban"
                variants.add(" ".join(cased))
                title_cased.add(" ".join(cased))
        for variant in variants:
            tries["role"].add(variant, "title")
            tries["role"].add("nguyên " + variant, "title")
            tries["role"].add("Nguyên " + variant, "title")
    tries["title_cased"] = frozenset(title_cased - set(titles["titles"]))
    for t in titles["ranks"]:
        tries["role"].add(t, "rank")
    for t in titles["honorifics"]:
        tries["cue"].add(t, "honorific")
    tries["unit_canonical"] = {unit_key(k): v for k, v in orgs.get("unit_canonical", {}).items()}
    tries["descriptive_heads"] = frozenset(orgs.get("descriptive_heads", ()))
    tries["company_like"] = frozenset(orgs.get("company_like", ()))
    tries["trade_abbreviations"] = frozenset(orgs.get("trade_abbreviations", ()))
    tries["company_suffixes"] = frozenset(orgs.get("company_suffixes", ()))
    tries["school_fields"] = _Trie()
    for w in orgs.get("school_fields", ()):
        tries["school_fields"].add(w, w)
    tries.update(
        caption_starts=tuple(orgs.get("caption_starts", ())),
        caption_first=frozenset(c.split()[0].rstrip(":") for c in orgs.get("caption_starts", ())),
        generic=frozenset(orgs["generic_after"]), name_stop=frozenset(orgs["name_stop"]),
        name_verbs=frozenset(orgs["name_verbs"]),
        surnames=frozenset(titles["surnames"]), not_person=frozenset(titles["not_person"]),
        surnames_before_van_thi=frozenset(titles["surnames_before_van_thi"]),
        codes_before_names=frozenset(titles["codes_before_names"]),
    )
    return tries


class Scanner(BodyMatcher):
    """Token-level matchers over one text (bodies: :class:`~dvtext.extract.body_grammar.BodyMatcher`)."""

    def __init__(self, text: str, gaz: Gazetteer | None = None) -> None:
        self.text = text
        self.toks = tokens(text)
        self.g = grammar()
        self.gaz = gaz or gazetteer()
        self.learned: dict[str, str] = {}  # names the text defines for bodies (see entities._learned_names)
        self.starts = [t.start for t in self.toks]  # token start offsets, for bisecting a character offset

    # -- helpers ---------------------------------------------------------------------------------------
    def joins(self, j: int) -> bool:
        return 0 < j < len(self.toks) and self.toks[j].join

    def is_cap(self, j: int) -> bool:
        return j < len(self.toks) and self.toks[j].cap and self.toks[j].text[0].isalpha()

    def cap_run(self, i: int, limit: int = 6) -> int:
        """Index after the run of capitalised words at ``i`` ("Bà Rịa - Vũng Tàu" is one run)."""
        toks, j = self.toks, i
        while self.is_cap(j) and (j == i or toks[j].join) and j - i < limit and not (j > i and (
                self._caption_at(j) or self._time_of_day_after_name(j))):
            j += 1
            if j + 1 < len(toks) and toks[j].text in "-–" and toks[j].join and toks[j + 1].join \
                    and self.is_cap(j + 1) and j - i < limit - 1 and not self._caption_at(j + 1):
                tight = toks[j].start == toks[j - 1].end
                if tight == (toks[j + 1].start == toks[j].end) or self.gaz.lookup(self.words(i, self.cap_run(j + 1, 3))):
                    j += 1  # "Thừa Thiên-Huế", "Bà Rịa - Vũng Tàu"; a province spaced on one side only ("Thiên- Huế")
        return j

    def _caption_at(self, j: int) -> bool:
        """Whether a photo caption or credit starts at ``j`` ("... khu đô thị mới Thủ Thiêm | Phối cảnh dự án",
        "... Phú Mỹ Hưng | Ảnh: Hữu Khoa"): a name's run of capitals ends before it (``caption_starts``)."""
        return self.toks[j].text in self.g["caption_first"] and self.text.startswith(
            self.g["caption_starts"], self.toks[j].start)

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
        if re.fullmatch(r"\d{1,3}[A-Z]?", toks[i].text) and level in _NUMERIC_LEVELS and not (
                i + 1 < len(toks) and toks[i + 1].join and toks[i + 1].text.lower() in _NOT_NAME_NUMBER):
            return i + 1, None  # "phường 3", "ấp 1B"; not "trong huyện | 1 năm qua"
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
        while end > i + 1 and toks[end - 1].text in "-–":
            end -= 1  # "Sóc Trăng | - Nguyễn Văn Thể"
        if end - i == 1 and toks[i].text in self.g["not_person"]:
            return None
        return end, None

    def match_place(self, i: int, *, org: bool) -> tuple[int, dict] | None:
        """A level word and/or a place name at ``i``: "huyện Quế Phong", "tỉnh" (in a body), "Nghệ An"."""
        m = self.g["places"].match(self.toks, i)
        if m is not None and self.words(i, min(i + 2, len(self.toks))).lower() == "xã hội":
            return None  # "xã hội" (society) is no commune
        if m is not None:
            j, (word, level) = m
            if word == "tỉnh" and j < len(self.toks) and self.toks[j].text in _NOT_AFTER_TINH:
                return None
            if word == "khối" and j < len(self.toks) and self.toks[j].join and (
                    self.toks[j].text in _SECTOR_AFTER_KHOI or (self.toks[j].upper and len(self.toks[j].text) > 1)):
                return None  # "khối THPT", "Khối Dân vận": a sector, not a residential block
            if level == "village" and i > 0 and self.toks[i].join and (
                    self.toks[i - 1].text in _COMPOUND_BEFORE or (self.toks[i].cap and self.is_cap(i - 1))):
                return None  # "văn bản Mật"; "Nhật Bản" is one name
            named = self.place_name(j, word, level)
            if named is not None and level == "village" and self.toks[i].cap and any(
                    p.level in ("province", "district") for p in self.gaz.lookup(self.words(i, named[0]))):
                return self.bare_place(i, org=org)  # "Sóc Trăng": a province, not "sóc" + a name
            if named is not None and word == "tổ" and not (
                    named[0] == j + 1 and re.fullmatch(r"\d{1,3}[A-Z]?", self.toks[j].text) and not (
                        j + 1 < len(self.toks) and self.toks[j + 1].join
                        and self.toks[j + 1].text.lower() in _NOT_NAME_NUMBER)):
                return None  # a residential group is "tổ 41"; "tổ Công tác", "tổ 5 người" are not places
            if named is not None and named[1] is None and self.words(i, j) in _ABBREVIATED_UNITS:
                named = None  # "TT Giám định BHXH" (a centre), "UBND TP. | Vỉa hè ...": a known name only
            if named is not None and self.words(i, j) in self.g["unit_abbreviations"] and (
                    named[1] is None or len(self.words(j, named[0])) < 3) and not (
                    word in ("quận", "phường") and self.toks[j].text.isdigit()):
                return None  # "H. Nam Giang" is a district only when the gazetteer knows one; "Q.2", "P.15" are
            if named is not None:
                k, place = named
                return k, {"word": word, "level": level, "name": self.words(j, k), "place": place}
            if org and level in ("province", "district", "commune"):
                if self.toks[j - 1].text == "." and j - 1 > i:
                    j -= 1  # "UBND TP." at the end of a sentence: the dot is not part of it
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
            if name.lower() in gaz.ambiguous_bare and not (j == i + 1 and self._country_here(i)):
                continue
            if name in gaz.person_places and not org and not (i > 0 and toks[i - 1].text in "-–") \
                    and not (j < len(toks) and toks[j].text in "-–"):
                continue  # "tư tưởng, đạo đức, phong cách Hồ Chí Minh": the person; a route end is the city
            if j == i + 1 and j < end and all(p.level in ("country", "region") for p in gaz.lookup(name)) \
                    and not self._after_title(i) and not (toks[j].text in self.g["surnames"] and end - j >= 3):
                continue  # "Nhật Anh" (a person), "Pháp Vân"; not "Tổng thống Pháp | Emmanuel Macron", nor
                # "Đại sứ Việt Nam tại Pháp | Nguyễn Ngọc Sơn"
            levels = ("province", "district", "country", "region", "city") if not org else (
                "province", "district", "commune", "country", "city")
            found = gaz.lookup(name)
            if any(p.level in levels for p in found):
                if org and j < end and j - i == 1 and not (toks[j].text in self.g["surnames"] and end - j >= 2):
                    continue  # "Bộ GD-ĐT | Phùng Xuân Nhạ": a one-word prefix of a longer name
                if org and j < end and 3 <= end - i <= 4 and toks[i].text in self.g["surnames"] and not any(
                        p.level in ("province", "district", "country", "city") for p in found):
                    continue  # "Sở Y tế | Dương Thành Trung": a person after the body, not the commune Dương Thành
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
        if i > 0 and toks[i].join and toks[i - 1].text.lower() in _FEATURE_COMPOUND.get(word, ()) \
                and toks[i].text not in _CAPITALISED_NAMES:  # "bờ Hồ Hoàn Kiếm": the lake's shore
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
        if word in _NAMED_ONLY and not (j < len(toks) and toks[j].join and self.is_cap(j) and len(toks[j].text) > 1
                                         and not toks[j].upper and toks[j].text.isalpha()):
            return None  # "khu Núi Dinh"; not "khu A", "khu 5", "khu vực"
        if FEATURE_TYPES.get(word) in _REGION_NAMED and j < len(toks) and toks[j].join:
            r = self.g["lower_regions"].match(toks, j)
            if r is not None:
                return r[0], word  # "bến xe miền Đông"
        if j < len(toks) and toks[j].join and re.fullmatch(r"\d+[A-Z]?", toks[j].text) and not (
                j + 1 < len(toks) and toks[j + 1].join and toks[j + 1].text.lower() in _NOT_NAME_NUMBER) \
                and not self._decimal_at(j):
            return j + 1, word  # "Quốc lộ 48", "hẻm 103"; not "nông trường | 100 trái khóm", "bờ sông | 313,6 ha"
        if word in _NUMBERED_ONLY or not (self.is_cap(j) and toks[j].join):
            return None
        o = self.match_org(j)
        if o is not None and not (FEATURE_TYPES.get(word) == "road" and o[0] - j == 2 and o[1]["place"] is None
                                  and o[1]["parent"] is None):
            return None  # (but "đường Đội Cấn": a street named after a person, not the team "Đội")
        if FEATURE_TYPES.get(word) == "road":
            p = self.match_place(j, org=False)  # "cao tốc TP. Hồ Chí Minh – Long Thành – Dầu Giây": named by its ends
            if p is not None and p[0] + 1 < len(toks) and toks[p[0]].text in "-–" and toks[p[0]].join \
                    and toks[p[0] + 1].join and self.is_cap(p[0] + 1):
                return self.cap_run(p[0] + 1, limit=7), word
        end = self.cap_run(j, limit=7)
        if end < len(toks) and toks[end].text == "." and toks[end].join and word not in _NAMED_ONLY:
            c = self.bare_place(j, org=False)
            if c is not None and c[0] > end:
                end = c[0]  # "Khu công nghệ cao | TP.HCM": a dotted place name ends the feature's name
        if word in _NAMED_ONLY:
            end = next((k for k in range(j + 1, end) if self.g["places"].match(toks, k)), end)  # "khu Nam | TP.HCM"
            if end == j + 1 and end < len(toks) and toks[end].join and toks[end].text[:1].islower() \
                    and toks[end].text.isalpha():
                return None  # "khu Quản | lý": a title-case phrase, not a zone's name
        if end < len(toks) and toks[end].join and toks[end].text[:1].islower() and word in _ROADS:
            named = self.match_name(j, word, units=False)
            if named is not None and named > end and toks[named - 1].text.isdigit():
                end = named  # "đường Vành đai 3"
        if word == "nhà máy":
            end = self.match_name(j, "") or end  # "nhà máy Điện phân nhôm Đắk Nông"
            p = self.bare_place(end, org=False) if end < len(toks) and toks[end].join else None
            if p is not None:
                end = p[0]  # "Nhà máy NLSH Quảng Ngãi"
        name = self.words(j, end)
        if toks[i].text in _CAPITALISED_NAMES and name not in _CAPITALISED_NAMES[toks[i].text]:
            return None  # "Hồ Quang Hiếu" is a person; "Hồ Gươm" a lake
        if word in ("phố", "đường") and name not in self.gaz.person_places and self.gaz.province_name(name):
            return None  # "giữa phố Hà Nội": the streets of a city
        if end - j == 1 and (toks[j].text in self.g["not_person"] or toks[j].text in _NOT_ONE_WORD_NAME):
            return None
        if end < len(toks) and toks[end].join and toks[end].text.isdigit() and len(toks[end].text) <= 2 and not (
                end + 1 < len(toks) and toks[end + 1].join and toks[end + 1].text.lower() in _NOT_NAME_NUMBER) \
                and not self._decimal_at(end):
            end += 1  # "Nhiệt điện Duyên Hải 1", "Khu công nghiệp Biên Hòa 1", "cầu Bến Thủy 2"; not "cồn Hến | 26,4 ha"
        return end, word

    def _decimal_at(self, k: int) -> bool:
        """Whether the number at ``k`` goes on with a decimal comma or point ("26,4", "313.6"): a quantity."""
        toks = self.toks
        return k + 2 < len(toks) and toks[k + 1].text in ",." and toks[k + 1].start == toks[k].end \
            and toks[k + 2].start == toks[k + 1].end and toks[k + 2].text[:1].isdigit()

    # -- bodies ----------------------------------------------------------------------------------------
    # -- people ----------------------------------------------------------------------------------------
    def person_name(self, i: int, *, single: bool = True, cued: bool = False) -> int | None:
        """A person's name at ``i``: 1-4 capitalised words (2-4 when ``single`` is false); ``cued``: after an
        address word ("ông Đoàn Tuế": a family name that is also a word starts a two-word name there)."""
        if not self.is_cap(i) or not self.toks[i].join and i > 0 and self.text[self.toks[i].start - 1] != "\n":
            return None
        toks, bad = self.toks, self.g["not_person"]
        end = self.cap_run(i, limit=5)
        if end == i + 1 and toks[i].text in self.g["surnames"] and i + 2 < len(toks) and toks[i + 1].join \
                and toks[i + 1].text in ("văn", "thị") and toks[i + 2].join and self.is_cap(i + 2) \
                and self.g["places"].match(toks, i + 2) is None and self.g["bodies"].match(toks, i + 2) is None:
            e = self.cap_run(i + 2, limit=3)
            if e - i <= 4:
                return e  # "nông dân Lê văn Định": the middle name typed in lower case
        if toks[i].upper or (toks[i].text in bad and not (
                toks[i].text in self.g["surnames"] and end - i >= (2 if cued else 3)
                and not self.g["bodies"].match(toks, i)
                and (not cued or (self.match_org(i) is None and not self.gaz.lookup(self.words(i, end)))))):
            return None  # "Đoàn", "Từ" are words and family names: a name only with two given names after
        k = i + 1
        while k < end and not toks[k].upper and (toks[k].text not in "-–" or (
                foreign_word(toks[k - 1].text) and toks[k].start == toks[k - 1].end
                and toks[k + 1].start == toks[k].end)):  # "Jean-Philippe Eglinger": a foreign given name
            if self.g["places"].match(toks, k) and (toks[k].text + "." not in self.g["unit_abbreviations"]
                                                   or self.match_place(k, org=False)):
                break
            b = self.g["bodies"].match(toks, k)
            if b is not None and b[0] - k >= 2:
                break
            r = self.g["role"].match(toks, k)
            if r is not None and r[1] == "title" and r[0] - k >= 2:
                break  # "Trần Thanh Hải | Chủ tịch Hội đồng quản trị"
            if toks[k].text in ("Ông", "Bà"):
                break  # "Ông Đỗ Văn Thắng | Ông Thắng đề nghị": a caption glued to the next sentence
            k += 1
        if self.g["places"].match(toks, i) or self.g["bodies"].match(toks, i):
            return None
        if k - i == 1 and self._time_of_day_opens(i):
            return None  # "học sinh | Chiều 8/2, ...": a caption glued to the next sentence
        n = k - i
        if n == 0 or n > 4 or (n == 1 and not single):
            return None
        if n >= 2 and self._place_prefix(i, k):
            return None  # "Can Lộc", "Hà Nội Một": a place, not a person
        return k

    def _time_of_day_after_name(self, j: int) -> bool:
        """Whether a time of day at ``j`` opens the next sentence after a name, a caption glued to the text:
        "KKT Dung Quất | Chiều ngày 6.2", "Nguyễn Văn Thiện | Chiều nay 25-5"; not a given name after a middle
        name ("Nguyễn Thị Sáng")."""
        return self.toks[j - 1].text not in ("Thị", "Văn") and self._time_of_day_opens(j)

    def _time_of_day_opens(self, j: int) -> bool:
        """Whether token ``j`` is a time of day opening a sentence: "Chiều nay", "Sáng qua", "Chiều 8/2",
        "Chiều ngày 6.2"."""
        toks = self.toks
        if not (toks[j].text in _TIMES_OF_DAY and j + 1 < len(toks) and toks[j + 1].join):
            return False
        k = j + 2 if toks[j + 1].text == "ngày" and j + 2 < len(toks) and toks[j + 2].join else j + 1
        return toks[j + 1].text in ("nay", "qua", "mai") \
            or re.match(r"\d{1,2}[-/.]\d{1,2}", self.text[toks[k].start:toks[k].start + 6]) is not None

    def _is_country(self, j: int) -> bool:
        """A country or a foreign city ends at token ``j`` ("Nga", "Nhật Bản", "London")."""
        return 0 <= j < len(self.toks) and any(
            p.level in ("country", "city") for k in range(max(0, j - 2), j + 1) for p in self.gaz.lookup(self.words(k, j + 1)))

    def _country_here(self, i: int) -> bool:
        """Whether the ambiguous country name at ``i`` ("Mỹ", "Anh", "Đức": also given names or words) is the
        country: after a cue (data ``country_cues``: "sang Mỹ", "Việt - Mỹ", "tiếng Anh", a state title as in
        "Tổng thống Mỹ Donald Trump") or next to another country in a list ("Mỹ, Australia, Pháp"); never
        after an address word ("cô Mỹ"), after another capitalised word unless it is a cue ("Tuấn Anh"), before
        a Vietnamese given name ("Mỹ Tâm", "Đức Phúc") or making a word with the next syllable ("Anh hùng")."""
        toks, gaz = self.toks, self.gaz
        if toks[i].text not in gaz.ambiguous_countries:
            return False
        cue = i > 0 and toks[i].join and any(self.words(k, i) in gaz.country_cues for k in range(max(0, i - 3), i))
        nxt = i + 1 if i + 1 < len(toks) and toks[i + 1].join else None
        if nxt is not None and self.is_cap(nxt) and is_vietnamese_syllable(toks[nxt].text):
            return False  # a given name goes on: "Mỹ Tâm", "Anh Tuấn"
        if nxt is not None and toks[nxt].text in gaz.country_not_before:
            return False  # a word: "Anh hùng", "Mỹ thuật", "Anh em"
        if i == 0 or not toks[i].join:
            return False
        for k in range(max(0, i - 4), i):
            m = self.g["cue"].match(toks, k)
            if m is not None and m[0] == i:
                return False  # "cô Mỹ", "ông Đức"
        if cue:
            return True  # "sang Mỹ", "Tổng thống Mỹ Donald Trump", "tiếng Anh"
        if self.is_cap(i - 1):
            return False  # "Tuấn Anh", "Minh Đức"
        sep = (",", "và", "-", "–", "với")
        if toks[i - 1].text in sep and i >= 2 and toks[i - 1].join and (self._is_country(i - 2) or any(
                self.words(k, i - 1) in gaz.country_partners for k in range(max(0, i - 5), i - 1))):
            return True  # "Nga và Mỹ", "Việt - Mỹ", "Việt Nam - Anh"
        return nxt is not None and toks[nxt].text in sep and i + 2 < len(toks) and self._is_country(i + 2)

    def _after_title(self, i: int) -> bool:
        """Whether a title ends right before token ``i`` ("Tổng thống | Pháp")."""
        for k in range(max(0, i - 4), i):
            m = self.g["role"].match(self.toks, k)
            if m is not None and m[0] == i:
                return True
        return False

    def ambiguous_name(self, name: str) -> bool:
        """A place name that is also a person's or a word ("Hồ Chí Minh", "Trần Phú", "Thành"): bare, not a place."""
        return name in self.gaz.person_places or name.lower() in self.gaz.ambiguous_bare

    def _place_prefix(self, i: int, k: int) -> bool:
        """Whether ``toks[i:k]`` starts with a province or district name (not an ambiguous one: "Hồ Chí Minh")."""
        for j in range(k, i + 1, -1):
            name = self.words(i, j)
            if self.ambiguous_name(name):
                continue
            if any(p.level in ("province", "district", "country") for p in self.gaz.lookup(name)):
                return True
        return False
