"""Bodies for :mod:`dvtext.extract.entity_grammar`: the names after a body's head and the body itself.

:class:`BodyMatcher` is mixed into :class:`~dvtext.extract.entity_grammar.Scanner`. It reads a body from
``data/org_heads.json`` at a token ("UBND", "Sở", "Công ty", "Ban Quản lý dự án") and what names it:

* a unit name (``unit_names``: "Y tế", "GD&ĐT"; in lower case after Sở, Bộ, Chi cục...), a code, a quoted name,
  or capitalised words paired with lower-case syllables as Vietnamese title case writes them ("Dự báo Khí
  tượng Thủy văn Trung ương");
* for companies, banks and cooperatives after their type ("TNHH", "Cổ phần", "TMCP"), a trade described in
  lower case and a proper name ("Công ty Cổ phần phát triển đầu tư Thái Sơn");
* for bodies described in lower case, the words down to their place ("Ban Quản lý dự án đầu tư xây dựng ...
  tỉnh Đắk Nông");
* then a parent body ("Ban Dân vận *Tỉnh ủy*") or a place ("UBND *huyện Quế Phong*").

Foreign names and brands (a capitalised word that is not a Vietnamese syllable: "Nestlé", "NutiFood") end a
name on their own. Names a text defines for a body ("(AHT)", a company's brand) are matched as bodies too
(``Scanner.learned``, filled by :mod:`dvtext.extract.bodies`).

Example:
    >>> foreign_word("Nestlé"), foreign_word("Nghệ")
    (True, False)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dvtext.extract.entity_grammar import Scanner, Tok
    from dvtext.extract.gazetteer import Gazetteer

__all__ = ["Body", "BodyMatcher", "fold_brand", "foreign_word", "named_org"]


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
    not_before: frozenset[str] = frozenset()
    only_after: frozenset[str] = frozenset()
    default_level: str | None = None
    international: bool = False
    name_optional: bool = False


def named_org(sc: BodyMatcher | Scanner, i: int, j: int, canonical: str | None = None) -> dict[str, Any]:
    """Grammar attributes for a body known by its name alone (an outlet in a byline, an abbreviation the
    text defines): tokens ``i:j``, canonical name ``canonical`` (default: as written)."""
    name = re.sub(r"\s+", " ", sc.words(i, j))
    return {"body": Body(name, canonical or name, standalone=True), "head_end": j, "parent": None, "place": None,
            "start": i, "name_start": j}


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
    "đều", "vẫn", "còn", "rất", "do", "qua", "sau", "trước", "vừa", "mới", "nay", "hiện", "ông", "bà", "anh", "chị", "ở",
    "sang", "nhưng", "hoặc", "hay", "song", "bởi",
    "tỉnh", "huyện", "xã", "phường", "quận", "năm", "ngày", "tháng", "số", "nhằm", "lại", "tới",
})
#: Capitalised time words that start a sentence, never a name ("... Đại học Tân Tạo | Tháng 11").
_TIME_WORDS = frozenset({"Tháng", "Ngày", "Năm", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Hôm", "Sau", "Hiện"})
#: Trade words whose second syllable is a function word elsewhere ("thiết bị", not the passive "bị").
_TRADE_WORDS = frozenset({"thiết bị", "trang bị", "chuẩn bị"})
#: Counting words after a number that make it a quantity, not part of a name ("Cty Phát điện 1 | năm").
_COUNT_AFTER = frozenset({"năm", "tháng", "ngày", "lần", "người", "hộ", "ha", "tỷ", "tỉ", "triệu", "nghìn", "ngàn",
                          "km", "m", "tấn", "đồng", "%", "xã", "huyện", "tỉnh", "cái", "chiếc", "con"})
#: Name-stop words that stop a name only as the first syllable of a verb ("thực hiện", not "thực phẩm").
_VERB_START = frozenset({"phối", "tổ", "triển", "thực", "tiến", "tham", "chỉ", "trực", "đưa", "dẫn", "chủ"})
_VERB_PAIRS = frozenset({"phối hợp", "tổ chức", "triển khai", "thực hiện", "tiến hành", "tham gia", "tham mưu",
                         "tham dự", "tham khảo", "chỉ đạo", "chỉ huy", "chỉ có", "chỉ là", "chỉ ra", "trực thuộc",
                         "đưa tin", "đưa ra", "dẫn lời", "dẫn nguồn", "chủ trì", "chủ động"})
#: Heads whose unit name may be written in lower case ("Bộ xây dựng", "Chi cục thú y huyện").
_LOWER_UNIT_HEADS = {"Sở", "Bộ", "Phòng", "Cục", "Chi cục", "Tổng cục", "Trung tâm", "Vụ", "Viện", "Trạm", "Đội"}
#: Heads whose title-case name may go on in lower case down to its place ("Trung tâm Quan trắc tài nguyên | môi
#: trường | tỉnh", "Ban Đền bù Tái định | cư | tỉnh Quảng Ngãi").
_FIELD_HEADS = _LOWER_UNIT_HEADS | {"Ban"}
#: Heads followed by a company type ("TNHH", "Cổ phần", "TMCP") and a descriptive name.
_COMPANY_HEADS = {"Công ty", "Tổng công ty", "Tổng Công ty", "Tập đoàn", "Cty", "Ngân hàng", "Xí nghiệp", "công ty",
                  "doanh nghiệp", "xí nghiệp", "hãng"}
#: Party committees written in lower case after a body they are the parent of ("Ban Thường vụ tỉnh ủy").
_LOWER_PARTY_COMMITTEES = frozenset({"tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy"})
#: Words after "cấp" that make a verb ("cấp cứu", "cấp phép"), not a level ("UBND cấp xã" is a class of bodies).
_CAP_VERBS = frozenset({"cứu", "phép", "giấy", "sổ", "nước", "điện", "vốn", "phát", "bách", "thiết", "lại", "mới",
                        "đổi", "kinh", "cho", "bằng", "học", "thẻ", "đất"})
#: School types of universities and colleges, whose field may be written in lower case before the place.
_HIGHER_SCHOOLS = frozenset({"Đại học", "ĐH", "Cao đẳng", "CĐ", "Cao đẳng nghề", "Trung cấp", "Trung cấp nghề"})
#: Boards that are the management of the body just named, not bodies (dev2-entities decision 5).
_MANAGEMENT = frozenset({"giám đốc", "giám hiệu", "giám khảo"})
#: Crop seasons: "Vụ Đông Xuân" is a season, not a department named "Đông Xuân".
_CROP_SEASONS = frozenset({"Đông Xuân", "Hè Thu", "Thu Đông", "Xuân Hè", "Chiêm Xuân", "Mùa", "Chiêm", "Đông", "Xuân",
                           "Hè", "Thu"})


#: Words that make a name after "Tổ chức" an international organisation ("Tổ chức Du lịch Golf Thế giới").
_INTERNATIONAL = re.compile(r"(?:^|\s)(?:[Tt]hế giới|[Qq]uốc tế|Liên [Hh]ợp [Qq]uốc|ASEAN|[Cc]hâu (?:Á|Âu|Phi|Mỹ))(?:\s|$)")
#: First words of an event or an activity after "Tổ chức" (the verb "organise"), not of an organisation's name.
_EVENT_WORDS = frozenset({"Hội", "Lễ", "Đại", "Diễn", "Tuần", "Ngày", "Cuộc", "Giải", "Chương", "Lớp", "Khóa",
                          "Buổi", "Đoàn", "Chuyến", "Tháng", "Năm", "Phiên", "Kỳ", "Triển", "Festival", "Liên"})


def _acronym_at(toks: Sequence[Any], k: int) -> bool:
    """Whether ``toks[k:k+3]`` is an upper-case acronym in brackets, "(NATO)", "(HUD)", "(BQLDA)"."""
    return k + 2 < len(toks) and toks[k].text == "(" and toks[k + 1].upper and toks[k + 2].text == ")"


def _international_name(sc: BodyMatcher | Scanner, j: int, k: int) -> bool:
    """Whether ``toks[j:k]`` after "Tổ chức" names an international organisation: capitalised, not an event,
    and saying "Thế giới", "Quốc tế", "Liên hợp quốc", "ASEAN" or a country."""
    toks = sc.toks
    if k <= j or toks[j].text in _EVENT_WORDS or not toks[j].cap:
        return False
    name = sc.words(j, k)
    if _INTERNATIONAL.search(name):
        return True
    if _acronym_at(toks, k) and k - j >= 2:
        return True  # "Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)": a name with its acronym
    return any(p.level == "country" for m in range(j, k) for p in sc.gaz.lookup(sc.words(m, k)))


def _initials_of(abbr: str, words: list[str]) -> bool:
    """Whether ``abbr`` spells the initials of the last words ("BĐS" of "... bất động sản")."""
    letters = [c for c in abbr.upper() if c.isalpha()]
    return len(letters) >= 2 and [w[:1].upper() for w in words[-len(letters):]] == letters


def fold_brand(w: str) -> str:
    """A learned name as looked up: without accents ("Nestle" and "Nestlé" are one brand)."""
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


_NOT_NAME_START = {"Các", "Những", "Theo", "Tại", "Trong", "Với", "Khi", "Nếu", "Vì", "Do", "Để", "Qua", "Sau",
                   "Trước", "Từ", "Đến", "Cùng", "Ngoài", "Tuy", "Nhưng", "Và", "Hoặc", "Cũng", "Đây", "Đó"}


class BodyMatcher:
    """Body matchers of :class:`~dvtext.extract.entity_grammar.Scanner` (which provides the token helpers)."""

    if TYPE_CHECKING:
        toks: list[Tok]
        g: dict[str, Any]
        gaz: Gazetteer
        learned: dict[str, str]

        def is_cap(self, j: int) -> bool: ...
        def cap_run(self, i: int, limit: int = 6) -> int: ...
        def words(self, i: int, j: int) -> str: ...
        def _caption_at(self, j: int) -> bool: ...
        def _decimal_at(self, k: int) -> bool: ...
        def match_place(self, i: int, *, org: bool) -> tuple[int, dict] | None: ...
        def match_feature(self, i: int, depth: int = 0) -> tuple[int, str] | None: ...
        def bare_place(self, i: int, *, org: bool) -> tuple[int, dict] | None: ...
        def _place_prefix(self, i: int, k: int) -> bool: ...
        def _after_title(self, i: int) -> bool: ...

    def match_name(self, i: int, head: str, *, units: bool = True) -> int | None:
        """The name after a head ("Sở" + "Y tế", "Trường THCS" + "Quế Sơn", "Bộ phận" + "“Một cửa”")."""
        toks, g = self.toks, self.g
        if i >= len(toks) or not toks[i].join:
            return None
        if head in ("Trường", "Đại học", "Học viện"):
            m = g["schools"].match(toks, i)
            if not m and head == "Trường":
                f = g["school_fields"].match(toks, i)  # "Trường Kiến trúc", "Trường Bách khoa"
                if f is not None and not (f[0] < len(toks) and toks[f[0]].join and self.is_cap(f[0])
                                          and self.bare_place(f[0], org=True) is None):
                    p = self.bare_place(f[0], org=True) if f[0] < len(toks) and toks[f[0]].join else None
                    return p[0] if p is not None else f[0]
                return None  # "đường Trường Sơn": a school needs its type ("Trường THCS", "Trường Chính trị")
            if m:
                j = m[0]
                if j < len(toks) and toks[j].join and toks[j].text.isdigit():
                    return j + 1
                if j < len(toks) and toks[j].join and toks[j].text == "số" and j + 1 < len(toks):
                    return j + 2 if toks[j + 1].text.isdigit() else j
                p = self.match_place(j, org=True)
                e = p[0] if p is not None else 0
                if p is not None and e < len(toks) and toks[e].join and re.fullmatch(r"\d{1,2}", toks[e].text) \
                        and toks[e].start > toks[e - 1].end and not self._decimal_at(e) and not (
                            e + 1 < len(toks) and toks[e + 1].join and toks[e + 1].text.lower() in _COUNT_AFTER):
                    return e + 1  # "Trường THPT Quảng Xương 1": a place and a number name the school
                if p is not None and not (p[0] < len(toks) and toks[p[0]].join and self.is_cap(p[0])
                                          and not toks[p[0]].upper and g["places"].match(toks, p[0]) is None
                                          and toks[p[0]].text not in g["surnames"] and not self._starts_body(p[0])
                                          and toks[p[0]].text not in _NOT_NAME_START | _TIME_WORDS):
                    return j  # the place names the school; not "Mầm non Thanh Xuân | Nam", "Nam Trung | Yên"
                k = self.match_name(j, "")
                if k is not None and g["units"].match(toks, j) is not None:  # "Kinh tế | kỹ thuật Cần Thơ"
                    k = max(k, self.match_name(j, "", units=False) or k)
                if k is not None and k > j and k < len(toks) and toks[k].join and toks[k].text in g["surnames"]:
                    e = self.cap_run(k, limit=5)
                    if 2 <= e - k <= 4 and not toks[e - 1].upper:
                        k = e  # "Trường ĐH Y khoa | Phạm Ngọc Thạch": a school named after a person
                if k is None and m[1] in _HIGHER_SCHOOLS and j < len(toks) and toks[j].join \
                        and toks[j].text[:1].islower():
                    k = self._lower_field(j)  # "Trường Đại học xây dựng | Hà Nội": a field in lower case
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
                k = self.descriptive_name(i, limit=10)  # after "TNHH", "CP": a long trade may follow
                if k is not None:
                    return k
            elif head.lower() in ("công ty", "cty", "xí nghiệp", "tổng công ty") and toks[i].text[:1].islower() \
                    or head in ("công ty", "xí nghiệp"):
                return self.descriptive_name(i)  # "Công ty cà phê Phước An", "xí nghiệp chăn nuôi Đồng Hiệp"
            elif head in ("Tổng công ty", "Tổng Công ty"):  # "Tổng công ty Đầu tư phát triển đô thị và Khu ..."
                found = [x for x in (self.descriptive_name(i, limit=10), self.match_name(i, "Tổng", units=units))
                         if x is not None]
                return max(found) if found else None
            elif head == "hãng":  # "hãng Doosan", "hãng hàng không Vietjet"; not "máy chính hãng Doosan"
                k = None if i >= 2 and toks[i - 2].text.lower() == "chính" else self.descriptive_name(i)
                if k is not None and self.is_cap(k - 1):
                    c = k - 1
                    while c > i and self.is_cap(c - 1):
                        c -= 1
                    if self.bare_place(c, org=False) is not None or any(
                            p.level == "country" for p in self.gaz.lookup(self.words(c, k))):
                        return None  # "hãng tin Anh": a British agency, no name
                return k
            elif head == "doanh nghiệp":
                k = self.cap_run(i, limit=4) if self.is_cap(i) else i  # "doanh nghiệp Tấn Phát"
                if k - i < 2 or self.bare_place(i, org=False) is not None:
                    return None  # "doanh nghiệp Việt", "doanh nghiệp Hàn Quốc": a kind of business
                return k
        m = g["units"].match(toks, i) if units else None
        if m is None and units and head in _LOWER_UNIT_HEADS:
            m = g["units"].match(toks, i, cap_first=True)  # "Bộ xây dựng", "Chi cục thú y huyện"
        if m:
            return m[0]
        t = toks[i].text
        if t in "“\"":
            if head == "Vụ":
                return None  # "Vụ “xẻ thịt” lòng hồ Trị An": an affair, not a department
            for j in range(i + 1, min(i + 13, len(toks))):
                if toks[j].text in "”\"":
                    return j + 1
            return None
        if toks[i].upper:
            j = i + 1
            while j + 1 < len(toks) and toks[j].text in "-&" and toks[j].join and toks[j + 1].upper:
                j += 2
            while j < len(toks) and toks[j].join and toks[j].text in g["company_suffixes"]:
                j += 1  # "Công ty AA Group"
            return j
        if t.isdigit() and head:
            return None if head == "Tổ" else i + 1  # "Tổ 51" is a residential group, a place
        if not self.is_cap(i) or t in _NOT_NAME_START:
            return None
        if head in _LOWER_UNIT_HEADS | {"phòng", "ban", "Ban"} and t in g["surnames"] and self.cap_run(i, limit=4) - i >= 3:
            return None  # "Trưởng phòng | Nguyễn Văn Sỹ": a person after the title, not the unit's name
        # Title-case names pair a capitalised syllable with lower-case ones ("Dự báo Khí tượng Thủy văn"):
        # up to two lower-case words after the first word, one after each later capitalised word, none after
        # two capitalised words in a row ("... Trung ương | yêu cầu", "Luyện kim Trần Hồng Quân | thi công").
        j, lows, caps, run = i + 1, 0, 1, 2 if foreign_word(t) else 1
        f = g["features"].match(toks, i)
        if f is not None and f[0] - i >= 2 and not any(toks[x].cap for x in range(i + 1, f[0])):
            j = f[0]  # a place word is one word of the name: "Tổng Công ty Cảng hàng không | Việt Nam"
        while j < len(toks) and toks[j].join:
            w = toks[j].text
            if w in "-–" and j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1) and toks[j].start > \
                    toks[j - 1].end and g["role"].match(toks, j + 1) is None:  # not "... Hà Nội - | Chủ tịch Hội"
                j, lows, caps, run = j + 1, 0, 0, 0  # "Hội đồng Thi đua – Khen thưởng": a new segment
                continue
            if w == "&" and caps and j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1):
                j, lows, run = j + 1, 0, 0  # "Gia đình & Xã hội"
                continue
            if not w[0].isalpha():
                break
            if self.is_cap(j):
                social = w == "Xã" and j + 1 < len(toks) and toks[j + 1].join and toks[j + 1].text == "hội"
                if self._starts_body(j) or (g["places"].match(toks, j) and not social) or w in _NOT_NAME_START \
                        or self._caption_at(j):
                    break  # ... "báo Dân Việt | Ngoài ra": a sentence starts; "... Sông Đà | Ảnh: TTXVN" a caption
                end = self.cap_run(j, limit=4)
                if w in g["surnames"] and end - j >= (3 if caps and head in _COMPANY_HEADS else 2) \
                        and not self._place_prefix(j, end) \
                        and not (j + 1 < len(toks) and g["places"].match(toks, j + 1) is not None) \
                        and not any(self.gaz.province_name(self.words(x, end)) for x in range(j + 1, end - 1)):
                    break  # a person's name after the body ("Thái Nguyên" is a place; "Bạch Mai Hà Nội" no person;
                    # after a word of a company's name, a full name: "Công ty Tân Hoàng Thắng" is one name)
                caps, run, lows = caps + 1, run + 1, 0
            else:
                if w in ("và", "về") and run == 0 and (caps > 1 or (lows and w == "và")) and j + 1 < len(toks) \
                        and toks[j + 1].join and self.is_cap(j + 1) and g["bodies"].match(toks, j + 1) is None \
                        and g["places"].match(toks, j + 1) is None and g["role"].match(toks, j + 1) is None:
                    j, lows = j + 1, 0  # "Quy hoạch Đô thị và Nông thôn Quốc gia", "Nghiên cứu Ứng dụng về Công nghệ",
                    # "Con người và Thiên nhiên"
                    continue
                if toks[j - 1].upper and j - 1 > i:
                    break  # a code ends a title-case name: "... Quản lý Môi trường CENTEMA | phân tích"
                if self.words(j - 1, j + 1) in ("Thế giới", "Quốc tế"):
                    j += 1  # one capitalised word: "Du lịch Golf Thế giới", "Hợp tác Phát triển Quốc tế"
                    continue
                if (w in ("thị", "thành") and g["places"].match(toks, j) is None) or (
                        w == "xã" and j + 1 < len(toks) and toks[j + 1].text == "hội"):
                    pass  # "Đô thị", "Thành phần", "xã hội": only "thị xã", "thành phố", "xã X" end a name
                elif w in g["name_stop"] and (w not in _VERB_START or self.words(j, min(j + 2, len(toks))) in _VERB_PAIRS):
                    break
                elif self.words(j, min(j + 2, len(toks))) in g["name_verbs"]:
                    break  # "Cục Dự trữ | cứu trợ theo quyết định ..."
                if run >= 2 or lows >= (3 if caps <= 1 else 1):
                    break  # "Sở Xây dựng", "Quản lý bay", "Dự báo Khí tượng"
                lows, run = lows + 1, 0
            j += 1
        while toks[j - 1].text in "-–":
            j -= 1
        j = self._lower_to_abbreviation(j)
        j = self._lower_to_country(j)
        if head in _FIELD_HEADS and caps and toks[i].text != head:  # not a typo's "Sở Sở Công thương"
            j = self._lower_field(j) or j  # "Trung tâm Quan trắc tài nguyên | môi trường | tỉnh"
        if head and j < len(toks) and toks[j].join and toks[j].text.isdigit() and len(toks[j].text) <= 2 and not (
                j + 1 < len(toks) and toks[j + 1].join and toks[j + 1].text.lower() in _COUNT_AFTER):
            j += 1  # "Cty Phát điện 1"
        return j

    def _lower_field(self, j: int, limit: int = 4) -> int | None:
        """A field written in lower case, up to the place that ends the name ("Trường Đại học xây dựng | Hà Nội",
        "Trung tâm Quan trắc tài nguyên | môi trường | tỉnh"): the index of the place, else ``None`` ("Trường Đại
        học xây dựng cơ sở mới" is no name)."""
        toks, stop = self.toks, self.g["name_stop"]
        k = j
        while k < len(toks) and k - j < limit and toks[k].join and toks[k].text[:1].islower() \
                and toks[k].text.isalpha() and toks[k].text not in stop and toks[k].text not in _DESCRIPTIVE_STOP \
                and self.words(k, min(k + 2, len(toks))) not in self.g["name_verbs"]:
            k += 1
        if k > j and k < len(toks) and toks[k].join and self.match_place(k, org=True) is not None:
            return k
        return None

    def _lower_to_abbreviation(self, j: int, limit: int = 6) -> int:
        """A title-case name that goes on in lower case down to the abbreviation the text gives it ("Tổng công ty
        Đầu tư phát triển | nhà và đô thị (HUD)"): the index of "(", else ``j``."""
        toks, stop = self.toks, self.g["name_stop"]
        k = j
        while k < len(toks) and k - j < limit and toks[k].join and toks[k].text[:1].islower() \
                and toks[k].text.isalpha() and (toks[k].text not in stop or toks[k].text == "và" or (
                    toks[k].text in ("thị", "thành") and self.g["places"].match(toks, k) is None)):
            k += 1
        if k > j and toks[k - 1].text != "và" and _acronym_at(toks, k):
            return k
        return j

    def _starts_body(self, j: int) -> bool:
        """Whether a body's head starts at ``j`` (so a name before it ends); "Trường" only with a school type
        ("Ô tô | Trường Hải" goes on, "... | Trường THPT" does not)."""
        m = self.g["bodies"].match(self.toks, j)
        if m is None:
            return False
        if m[1].name == "Trường" and m[1].head:
            return m[0] < len(self.toks) and self.g["schools"].match(self.toks, m[0]) is not None
        if m[1].head:
            return self.match_org(j) is not None  # "thoát nước Hải | Phòng" goes on: no unit named after "Phòng"
        return True

    def _lower_to_country(self, j: int, limit: int = 6) -> int:
        """A title-case name that goes on in lower case down to "Việt Nam" ("Hội Khoa học kỹ thuật | địa vật lý
        Việt Nam"): the index after "Việt Nam", else ``j``."""
        toks, stop = self.toks, self.g["name_stop"]
        k = j
        while k < len(toks) and k - j < limit and toks[k].join and toks[k].text[:1].islower() \
                and toks[k].text.isalpha() and toks[k].text not in stop and toks[k].text not in _DESCRIPTIVE_STOP:
            k += 1
        if k > j and k + 1 < len(toks) and toks[k].join and self.words(k, k + 2) == "Việt Nam":
            return k + 2
        if j + 1 < len(toks) and toks[j].join and self.words(j, j + 2) == "quốc tế":
            return j + 2  # "Vụ Phát triển doanh nghiệp | quốc tế", "Trung tâm Hội nghị | quốc tế"
        for at in (j, k):  # "Viện Khoa học thủy lợi miền Nam"
            r = self.g["lower_regions"].match(toks, at) if at < len(toks) and toks[at].join else None
            if r is not None and toks[at].text == "miền" and (at == j or k - j <= 3):
                return r[0]
        return j

    def _exam_tail(self, j: int) -> int:
        """The exam an exam council is named for: "THPT Quốc gia", "tuyển sinh lớp 10", "năm 2017", "đơn vị"."""
        toks = self.toks
        k = j
        for words in (("THPT", "THCS", "tốt nghiệp", "tuyển sinh"), ("Quốc gia", "quốc gia", "lớp 10"),
                      ("năm",), ("2015", "2016", "2017", "2018", "2019", "2020"), ("đơn vị", "cụm")):
            for w in words:
                n = len(w.split())
                if k + n <= len(toks) and toks[k].join and self.words(k, k + n) == w:
                    k += n
                    break
        if k < len(toks) and toks[k].join and self.match_place(k, org=True) is not None:
            return k
        while k > j and toks[k - 1].text in ("năm", "vị", "đơn", "cụm"):
            k -= 1
        return k

    def descriptive_name(self, i: int, *, limit: int = 7) -> int | None:
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
            if w == "," and lower and run == 0 and j + 1 < len(toks) and toks[j + 1].join \
                    and toks[j + 1].text[:1].islower() and toks[j + 1].text not in _DESCRIPTIVE_STOP:
                j += 1  # "sản xuất, thương mại và dịch vụ Tiến Thịnh": a list of trades
                continue
            if w == "(" and lower and run == 0 and j + 2 < len(toks) and self.is_cap(j + 1) \
                    and toks[j + 2].text == ")" and toks[j - 1].text not in _DESCRIPTIVE_STOP \
                    and not _initials_of(toks[j + 1].text, [t.text for t in toks[i:j]]):
                end, last_lower = j, False  # "... kinh doanh nước sạch | (Viwaco)": the brand it goes by
                break
            if w == "số" and lower and j + 1 < len(toks) and toks[j + 1].join and toks[j + 1].text.isdigit():
                end, last_lower = j + 2, False  # "Công ty CP đầu tư và phát triển nhà số 5": the number ends it
                break
            if not w[:1].isalpha() or (j > i and self._caption_at(j)):
                break  # "... Sông Đà | Ảnh: TTXVN"
            if w in g["trade_abbreviations"] and j + 1 < len(toks) and toks[j + 1].join:
                lower, run, last_lower = lower + 1, 0, True  # "TM XNK": "thương mại, xuất nhập khẩu"
                j += 1
                continue
            if re.fullmatch(r"[IVX]+", w) and j > i and toks[j - 1].text in ("quý", "khóa", "thứ", "kỳ", "đợt"):
                break  # "công ty công bố báo cáo tài chính quý | IV": a period, no name
            if (self.is_cap(j) or toks[j].upper) and j > i and g["role"].match(toks, j) is not None \
                    and g["role"].match(toks, j)[0] - j >= 2:
                break  # "công ty khai thác cát trái phép hành hung | Phó Chủ tịch xã"
            if self.is_cap(j) or toks[j].upper:
                if j > i and g["places"].match(toks, j) is not None and self.match_place(j, org=True) is None \
                        and self.is_cap(j - 1):
                    run, end, last_lower = run + 1, j + 1, False  # "Sumitomo Mitsui Nhật | Bản": no village "Bản"
                    j += 1
                    continue
                if j > i and lower and run == 0 and g["places"].match(toks, j) is not None:
                    p = self.match_place(j, org=True)  # "dịch vụ công ích | Q.12", "thoát nước | tỉnh Bắc Ninh"
                    if p is not None and p[1].get("name"):
                        end, last_lower = p[0], False
                        break
                if j > i and (self._starts_body(j) or g["places"].match(toks, j) is not None):
                    break
                if run >= 2 and w in g["surnames"] and self.cap_run(j, limit=4) - j >= 3 \
                        and not self.gaz.lookup(self.words(j - 1, j + 1)):  # ("nhôm Đắk Nông": a place)
                    break  # "Công ty TNHH Hoàng Long | Nguyễn Văn Dũng": its director after the name
                brand = foreign_word(w)  # "NutiFood", "Nestlé"
                run, end, last_lower = run + (2 if brand else 1), j + 1, False
            else:
                if g["role"].match(toks, j) is not None:
                    k = j
                    while k > i and toks[k - 1].text in ("và", ","):
                        k -= 1
                    if end is not None:
                        end, last_lower = k, False
                    break  # "... Dầu khí | và nguyên tổng giám đốc PVTEX": a title ends the name
                cap_next = j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1) \
                    and g["bodies"].match(toks, j + 1) is None and g["places"].match(toks, j + 1) is None
                if (w in _DESCRIPTIVE_STOP and self.words(j - 1, j + 1) not in _TRADE_WORDS) or (run >= 2 and not cap_next) \
                        or (w == "và" and run) or lower >= limit:
                    break  # "Trần Hồng Quân | thi công", "Koyu | và Unitek"; not "BOT Cao tốc Trung Lương"
                lower, run, last_lower = lower + 1, 0, True
            j += 1
        return None if end is None or last_lower else end

    def _lower_to_name(self, i: int, limit: int = 4) -> int | None:
        """End of a proper name reached through lower-case words describing a body ("chung cư | Ruby Định Công",
        "logistics | Cái Mép Hạ"): a capitalised run that is no person, place word or body and that ends the
        phrase (a punctuation mark or a function word follows; not "đầu tư Dự | án")."""
        toks, g = self.toks, self.g
        k = i
        while k < len(toks) and k - i < limit and toks[k].join and toks[k].text[:1].islower() \
                and toks[k].text.isalpha() and (toks[k].text not in g["name_stop"] or toks[k].text == "và"):
            k += 1
        if k == i or k >= len(toks) or not toks[k].join or not self.is_cap(k) or toks[k - 1].text == "và":
            return None
        if self._starts_body(k) or toks[k].text in _NOT_NAME_START or g["role"].match(toks, k) is not None \
                or g["places"].match(toks, k) is not None or g["cue"].match(toks, k) is not None:
            return None
        e = self.cap_run(k, limit=5)
        if (toks[k].text in g["surnames"] and e - k >= 2) or (e - k == 1 and toks[k].text in g["not_person"]):
            return None  # "Ban Chỉ đạo | Nguyễn Văn A": a person after the body
        if e < len(toks) and toks[e].join and toks[e].text[:1].isalpha() and toks[e].text[:1].islower() \
                and toks[e].text not in g["name_stop"] and toks[e].text not in _DESCRIPTIVE_STOP:
            return None  # "Ban Quản lý đầu tư Dự | án ...": a title-case phrase goes on
        return e

    def lower_to_place(self, i: int, limit: int = 14) -> int | None:
        """Index of a place word reached through lower-case words describing a body: "Ban Quản lý dự án
        | đầu tư xây dựng các công trình dân dụng và công nghiệp | tỉnh Đắk Nông"."""
        toks, g = self.toks, self.g
        j = i
        while j < len(toks) and j - i < limit and toks[j].join:
            if self.words(j, min(j + 3, len(toks))) == "nông thôn mới":
                j += 3  # "Ban Chỉ đạo xây dựng nông thôn mới | huyện Quế Phong"
                continue
            if g["places"].match(toks, j) is not None and (j == i or self.match_place(j, org=True) is not None):
                if j > i and toks[j - 1].text in g["generic"]:
                    return None  # "Ban Chỉ đạo thi các huyện": a class
                if j == i:  # "Ban Chỉ đạo tỉnh Kiên Giang"; not "Ban Chỉ đạo tỉnh" alone
                    p = self.match_place(j, org=True)
                    return j if p is not None and p[1].get("name") else None
                return j
            if j > i and self.is_cap(j):
                p = self.bare_place(j, org=True)  # "Ban Quản lý đầu tư xây dựng công trình giao thông | Hà Nội"
                return j if p is not None and p[0] >= self.cap_run(j) else None
            w = toks[j].text
            if not w[:1].isalpha() or not w[:1].islower() or (w in g["name_stop"] and w not in ("và", "các", "thị")):
                return None  # ("đường sắt đô thị | TP.HCM": "thị" ends nothing unless "thị xã", "thị trấn" starts)
            j += 1
        return None

    def _named_place_from(self, i: int) -> bool:
        """Whether the capitalised words from ``i`` are, all of them, the name of a province, district, city or
        country the gazetteer knows."""
        end = self.cap_run(i)
        return end - i >= 2 and any(p.level in ("province", "district", "city", "country")
                                    for p in self.gaz.lookup(self.words(i, end)))

    def match_org(self, i: int, depth: int = 0, *, cap_first: bool = False) -> tuple[int, dict] | None:
        """A body at ``i`` with its parent body or place: "Ban Dân vận Tỉnh ủy", "UBND huyện Quế Phong"."""
        m = self.g["bodies"].match(self.toks, i, cap_first=cap_first)
        if m is None:
            canon = self.learned.get(fold_brand(self.toks[i].text)) if self.learned and i < len(self.toks) else None
            if canon is None:
                return None
            e = i + 1
            if e + 1 < len(self.toks) and self.toks[e].join and self.words(e, e + 2) == "Việt Nam":
                e += 2  # "Nestlé Việt Nam"
            return e, named_org(self, i, e, canon)  # "AHT", "NutiFood" once the text has defined it
        j, body = m
        toks = self.toks
        if body.not_after and i > 0 and toks[i].join and toks[i - 1].text in body.not_after:
            return None
        if j == i + 1 and toks[i].cap and self._named_place_from(i):
            return None  # "Hội An", "Đài Loan", "Đài Bắc": a place whose name opens with a head word
        if body.not_before and j < len(toks) and toks[j].join and toks[j].text in body.not_before:
            return None  # "Đảng viên": a party member, not the Party
        if body.only_after and not (i > 0 and toks[i].join and toks[i - 1].text in body.only_after):
            return None  # "quyền lợi của NLĐ": the workers; "báo NLĐ", "(NLĐ)": the newspaper
        if body.head and body.name in ("công ty", "Công ty") and i > 0 and toks[i].join \
                and toks[i - 1].text.lower() == "tổng":
            return None  # "Tổng | công ty ...": the longer head reads it
        if body.name == "Khoa" and i > 0 and toks[i].join and self.is_cap(i - 1) and not self._after_title(i):
            return None  # "Lê Văn Khoa": a given name, not a hospital's department
        name_start = j
        if body.needs_name:
            k = self.match_name(j, body.name if body.head or body.name in _LOWER_UNIT_HEADS else "",
                                units=body.name != "Tổ chức")  # "Tổ chức Lao động Quốc tế": a name, not "Lao động"
            if body.name in self.g["company_like"] and j < len(toks) and toks[j].join:
                d = self.descriptive_name(j)  # "HTX Dịch vụ nông nghiệp Tân Phong"
                if d is not None and (k is None or d > k):
                    k = d
            if body.head and body.name == "Hội" and j + 1 < len(toks) and self.words(j, j + 2).lower() == "liên hiệp":
                sub = self.match_org(j, depth + 1)  # "Hội Liên Hiệp Văn học Nghệ thuật Hà Nội"
                if sub is not None and (k is None or sub[0] > k):
                    k = sub[0]
            if k is None and body.name_optional and j < len(toks) and toks[j].join \
                    and (self.g["places"].match(toks, j) is not None or self.bare_place(j, org=True) is not None):
                k = j  # "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Đồn Biên phòng Tuy Đức": the place names it
            if body.name in self.g["descriptive_heads"] and j < len(toks) and toks[j].join:
                f = self.match_feature(j)  # "Ban Quản lý Khu Công nghệ cao Hòa Lạc", "Ban quản lý VQG Phong Nha"
                if f is None and toks[j].cap:
                    w = self.g["features"].match(toks, j)  # "Ban quản lý Khu Kinh tế" (of the province)
                    f = (w[0], w[1]) if w is not None and w[0] - j >= 2 else None
                if f is None and toks[j].text in ("các", "Các") and j + 1 < len(toks) and toks[j + 1].join:
                    w = self.g["features"].match(toks, j + 1)  # "Ban Quản lý Các khu công nghiệp tỉnh"
                    f = (w[0], w[1]) if w is not None and w[0] - j >= 3 else None
                if f is not None and (k is None or f[0] > k):
                    k = f[0]
            fac = self.g["features"].match(toks, i)
            if k is None and body.name in self.g["descriptive_heads"] and (fac is None or fac[0] <= j):
                # (not "Trung tâm điện lực Duyên Hải": a facility, a place)
                k = self.lower_to_place(j)  # "Ban Quản lý dự án đầu tư xây dựng ... tỉnh Đắk Nông"
                if k is None:
                    k = self._lower_to_name(j)  # "Ban Quản lý chung cư | Ruby Định Công", "Trung tâm logistics | Cái Mép Hạ"
                if k is None and depth == 0 and j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].join \
                        and body.name[0].isupper() and self.match_org(j + 1) is not None:
                    return j, {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                               "name_start": j}  # "Ban quản lý dự án, Sở Giao thông Vận tải Đắk Lắk"
                if k is None and _acronym_at(toks, j):
                    return j, {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                               "name_start": j}  # "Ban Quản lý dự án (BQLDA)": the name as defined
            at = j if k is None else k
            if at < len(toks) and toks[at].join and self.words(at, min(at + 2, len(toks))).lower() == "cửa khẩu":
                f = self.match_feature(at)  # "Chi cục Hải quan cửa khẩu Nậm Cắn", "Đồn Biên phòng cửa khẩu Lao Bảo"
                if f is not None:
                    k = f[0]
            if k is None:
                return None
            if body.name == "Ban" and body.head and self.words(j, min(j + 2, len(toks))).lower() in _MANAGEMENT:
                return None  # "Ban Giám đốc công ty", "Ban Giám hiệu nhà trường": the management of a body
            if body.name == "Vụ" and body.head and (self.words(j, k) in _CROP_SEASONS or (
                    k - j == 1 and not toks[j].upper and self.g["units"].match(toks, j) is None)):
                return None  # "Vụ Đông Xuân", "Vụ Mận năm 2017": a crop season, not a department
            if body.head and body.name == "Tổ chức" and not _international_name(self, j, k):
                return None  # "Tổ chức Du lịch Golf Thế giới"; not "Tổ chức hội nghị", "Tổ chức Hội thảo ..."
            if body.head and k < len(toks) and toks[k].join and self.is_cap(k) and any(
                    p.level == "country" for p in self.gaz.lookup(self.words(j, k + 1))):
                return None  # "một Công ty Nhật | Bản": a Japanese company, no name
            if body.head and k - i <= 3 and any(
                    p.level in ("province", "district", "country") for p in self.gaz.lookup(self.words(i, k))):
                return None  # "Hội An", "Đài Loan": a place whose first syllable is a head word
            j = k
        info: dict[str, Any] = {"body": body, "head_end": j, "parent": None, "place": None, "start": i,
                                "name_start": name_start}
        if j + 1 < len(toks) and toks[j].join and toks[j].text.isdigit() and self.g["places"].match(toks, j + 1):
            return None  # "Sở Nông nghiệp và Phát triển nông thôn 9 tỉnh": a class of bodies
        if j < len(toks) and toks[j].text in self.g["generic"] and not (
                toks[j].text == "cấp" and j + 1 < len(toks) and toks[j + 1].text in _CAP_VERBS):
            # "Hội Phụ nữ các xã" names the body; "UBND các xã" names a class of bodies
            return (j, info) if body.standalone and not body.needs_place and depth == 0 else None
        if body.name == "Thanh tra" and j < len(toks) and toks[j].join:
            u = self.g["units"].match(toks, j)
            if u is not None:  # "Thanh tra Giao thông vận tải", "Thanh tra Xây dựng quận 1"
                p = self.match_place(u[0], org=True) if u[0] < len(toks) and toks[u[0]].join else None
                return (p[0], {**info, "place": p[1]}) if p is not None else (u[0], info)
            if toks[j].text in ("Bộ", "Sở") and self.match_org(j, depth + 1) is None and not (
                    j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1)):  # not "Thanh tra Sở Du lịch các tỉnh"
                return j + 1, info  # "Thanh tra Bộ": the ministry's inspectorate (the ministry is the article's)
        if body.parent and body.name.startswith("Cơ quan") and j + 1 < len(toks) and toks[j].text in "-–" \
                and toks[j + 1].join:
            sub = self.match_org(j + 1, depth + 1)  # "Cơ quan Cảnh sát điều tra – Công an quận Ngô Quyền"
            if sub is not None and sub[1].get("place") is not None:
                info["parent"] = sub[1]
                return sub[0], info
        if body.parent and depth < 3 and j < len(toks) and toks[j].join:
            sub = self.match_org(j, depth + 1)
            if sub is None and j + 1 < len(toks) and self.words(j, j + 2) in _LOWER_PARTY_COMMITTEES:
                sub = self.match_org(j, depth + 1, cap_first=True)  # "Ban Thường vụ tỉnh ủy"
            if sub is not None:
                info["parent"] = sub[1]
                return sub[0], info
        if body.needs_name and j + 1 < len(toks) and toks[j].text == "số" and toks[j].join \
                and toks[j + 1].text.isdigit():
            j += 2  # "Đội CSGT số 2"
        if (body.level == "national" or (body.head and body.level is None)) and j < len(toks) and toks[j].join:
            if self.words(j, min(j + 2, len(toks))) == "Việt Nam":
                return j + 2, info  # "Bộ Công an Việt Nam", "Cục Hàng không Việt Nam", "Hiệp hội Mắc ca Việt Nam"
            at = j + 1 if toks[j].text == "nước" and j + 1 < len(toks) and toks[j + 1].join else j
            c = self.bare_place(at, org=False) if body.level == "national" else None
            if c is not None and c[1].get("name") and self.gaz.lookup(c[1]["name"], level="country"):
                return c[0], {**info, "foreign": c[1]["name"]}  # "Quốc hội Hàn Quốc", "Bộ Ngoại giao Nhật Bản",
                # "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"
            if body.level == "national" and self.is_cap(j) and not (
                    j + 1 < len(toks) and self.is_cap(j + 1) and toks[j + 1].join and not foreign_word(toks[j + 1].text)) \
                    and self.gaz.lookup(toks[j].text, level="country"):
                return j + 1, {**info, "foreign": toks[j].text}  # "Bộ Quốc phòng Mỹ", "Bộ Xây dựng Cuba"
        if (body.head or body.standalone) and j + 2 < len(toks) and toks[j].join and toks[j].text in "-–" \
                and toks[j + 1].join and self.words(j + 1, j + 3).lower() == "chi nhánh":
            j += 1  # "Ngân hàng Nhà nước - chi nhánh Hà Nội"
        if (body.head or body.standalone) and j + 1 < len(toks) and toks[j].join \
                and self.words(j, j + 2).lower() == "chi nhánh":
            p = self.match_place(j + 2, org=True) if j + 2 < len(toks) and toks[j + 2].join else None
            if p is not None and p[1].get("name"):  # "Ngân hàng Bưu điện Liên Việt Chi nhánh Quảng Trị"
                info["place"] = p[1]
                return p[0], info
        if body.name.endswith(" thi") and j < len(toks) and toks[j].join:
            j = self._exam_tail(j)  # "Hội đồng thi THPT Quốc gia 2017 đơn vị | tỉnh Kiên Giang"
        if body.place and body.level != "national" and j < len(toks) and toks[j].join:
            if body.standalone and body.name.startswith("Hội đồng") and toks[j].text[:1].islower():
                j = self._lower_field(j) or j  # "Hội đồng thi tuyển | công chức | tỉnh Bắc Kạn"
            p = None
            if toks[j].text == "vùng" and j + 1 < len(toks) and toks[j + 1].join and self.is_cap(j + 1):
                p = self.match_place(j + 1, org=True)
                if p is not None:
                    j += 1  # "Trung tâm thú y vùng | TP HCM": a regional office named by its seat
            if p is None:
                p = self.match_place(j, org=True)
            if p is not None and not (j + 0 < len(toks) and toks[p[0] - 1].text in self.g["generic"]):
                info["place"] = p[1]
                j = p[0]
                if body.head and j < len(toks) and toks[j].join and re.fullmatch(r"[A-D]", toks[j].text) \
                        and (j + 1 >= len(toks) or not toks[j + 1].text.isalpha() or toks[j + 1].text.islower()):
                    j += 1  # "Trường Mầm non Quỳnh Vinh B": a second school of the commune
        if depth == 0 and body.name == "chi nhánh" and info["parent"] is None:
            return None  # "mở chi nhánh Hà Nội": a branch is a body only with what it is a branch of
        alone = info["place"] is None and info["parent"] is None and not body.needs_name  # a name is enough
        if alone and (not body.standalone or body.needs_place) and (depth == 0 or body.needs_place):
            return None
        return j, info
