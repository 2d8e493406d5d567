"""References to legal and Party documents: "Chỉ thị số 09/CT-UBND ngày 08/4/2019", "Nghị quyết 04-NQ/TU",
"Quyết định 30/2018/QĐ-UBND", "Luật Khiếu nại".

A reference runs from its type word to its date when one follows (extraction.md); "của <issuer>" after
it is read for the ``issuer`` attribute but stays outside the span. Document codes follow the two
Vietnamese conventions:

* state documents (Decree 30/2020/NĐ-CP): ``<number>[/<year>]/<TYPE>-<ISSUER>`` ("09/CT-UBND",
  "30/2018/QĐ-UBND", "1600/QĐ-TTg"); a letter with no type part is a công văn ("123/UBND-VX");
* Party documents (Regulation 66-QĐ/TW): ``<number>-<TYPE>/<ISSUER>`` ("17-CT/TU", "04-NQ/TU").

Type words, their abbreviations, issuer codes and law names are data (``data/documents.json``).

Example:
    >>> d = parse_document("Chỉ thị số 09/CT-UBND ngày 08/4/2019")
    >>> (d.type, d.number, d.code, d.issuer, d.date)
    ('Chỉ thị', '09', 'CT-UBND', 'Ủy ban nhân dân', '2019-04-08')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from dvtext.errors import ExtractionError
from dvtext.text.abbreviations import expand_text

__all__ = ["DocumentRef", "find_documents", "parse_code", "parse_document", "document_types"]


def _letters(upper: bool) -> str:
    ranges = ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00))
    chars = (chr(c) for a, b in ranges for c in range(a, b))
    return "".join(c for c in chars if c.isalpha() and c.isupper() == upper and c.islower() != upper)


#: Character classes of upper- and lower-case Latin (Vietnamese) letters, for regular expressions.
UPPER = _letters(True)
LOWER = _letters(False)
_CAP = rf"(?:[{UPPER}][\w]*)"


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """One document reference with its parsed parts (``None`` where the text does not say)."""

    text: str
    start: int
    end: int
    type: str
    number: str | None = None
    code: str | None = None
    issuer: str | None = None
    date: str | None = None  # ISO date, or a year for "Luật Đất đai năm 2013"
    name: str | None = None  # the name of a named document ("Khiếu nại" in "Luật Khiếu nại")


@cache
def _data() -> dict:
    try:
        raw = resources.files("dvtext.data").joinpath("documents.json").read_text(encoding="utf-8")
        return json.loads(raw)
    except (OSError, ValueError) as exc:  # pragma: no cover - broken installation
        raise ExtractionError(f"cannot load dvtext's document data ({exc}); reinstall dvtext") from exc


def document_types() -> dict[str, dict]:
    """The document types dvtext knows, with their code abbreviations (``data/documents.json``)."""
    return dict(_data()["types"])


@cache
def _type_by_code() -> dict[str, str]:
    out: dict[str, str] = {}
    for name, spec in _data()["types"].items():
        for c in spec.get("codes", ()):
            out.setdefault(c, name)
    return out


@cache
def _type_by_short() -> dict[str, str]:
    return {s: name for name, spec in _data()["types"].items() for s in spec.get("short", ())}


_CODE = (
    rf"(?P<num>\d{{1,5}}[a-zđ]?)(?:(?:[/-]|/\s(?=[{UPPER}]{{2,}}\b)|\s?[-–]\s?)"  # "67/ CP": a stray space
    rf"(?P<code>(?:\d{{4}}/)?[{UPPER}]\w*(?:(?:[/&.-]|\s?[-–]\s?(?=[{UPPER}]{{2,}}\b))[{UPPER}]\w*)*"
    rf"|(?:19|20)\d\d(?![\d/]))(?<!\s))?"  # "QĐ - UBND", "TT- BYT" spaced; "155/2016" a number and its year
)
_DATE = (
    r"(?P<date>,?\s(?:ban\shành\s)?ngày\s(?:"
    r"(?P<d1>\d{1,2})[/.-](?P<m1>\d{1,2})[/.-](?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\stháng\s(?P<m2>\d{1,2})\snăm\s(?P<y2>\d{4})))"
)


@cache
def _pattern() -> re.Pattern[str]:
    data = _data()
    numbered = sorted((t for t in data["types"]), key=len, reverse=True)
    named = sorted((t for t, s in data["types"].items() if s.get("named")), key=len, reverse=True)
    shorts = sorted(_type_by_short(), key=len, reverse=True)
    laws = sorted(data["laws"], key=len, reverse=True)
    stop = "|".join(re.escape(w) for w in data["law_stop"])
    abbr = sorted(data.get("law_abbreviations", {}), key=len, reverse=True)
    law_name = (
        "(?:" + "|".join(re.escape(x) for x in abbr) + r")(?![\w&-])|"
        "(?i:" + "|".join(re.escape(x) for x in laws) + r")(?![\w])"
        + rf"|(?![{UPPER}]{{2}}){_CAP}(?:\s(?!(?:{stop})(?![\w]))[{LOWER}]+){{0,3}}"
    )
    typ = "(?i:" + "|".join(re.escape(t) for t in numbered) + ")"
    # A numbered reference: type word, optional "số", number (with code), optional date.
    numbered_ref = (
        rf"(?P<type>{typ}|(?P<short>" + "|".join(shorts) + r"))"
        + r"(?:\s(?P<so>[Ss]ố|[Ss]ố:))?\s" + _CODE + r"(?![\w/%,.-]\w)" + f"(?:{_DATE})?"
    )
    named_ref = (
        r"(?P<ntype>" + "|".join(re.escape(t) for t in named) + r"|luật(?=\s[" + UPPER + r"]))\s(?P<name>"
        + law_name + r")"
        + r"(?:(?P<year>(?:\snăm)?\s(?:19|20)\d\d(?![\d/])))?"  # "Luật Đất đai 2013"
    )
    party = (
        r"(?P<ptype>Nghị quyết|Kết luận)\s(?P<pname>(?:Hội nghị\s)?(?:Trung ương|TW|TƯ)\s\d{1,2}"
        r"(?:\s(?:\()?khóa\s[IVXLC]+(?:\))?)?"
        r"|Đại hội\s(?:(?:Đảng(?:\sbộ)?|đảng bộ)(?:\s(?:tỉnh|huyện|quận|thành phố|thị xã|xã|phường|thị trấn)"
        rf"(?:\s{_CAP}){{0,3}})?(?:\slần\sthứ\s[IVXLC]+|\s[IVXLC]+)?|(?:lần\sthứ\s)?[IVXLC]+)"
        r"(?:\s(?:\()?(?:khóa|nhiệm kỳ)\s[\w–-]+(?:\))?)?(?:\scủa\sĐảng)?)"
    )
    return re.compile(rf"(?<![\w/])(?:{numbered_ref}|{party}|{named_ref})")


_ISSUER_LOWER = frozenset({
    "ủy", "uỷ", "tỉnh", "huyện", "xã", "thành", "phố", "thị", "trấn", "quận", "phường", "nhân", "dân", "chính",
    "phủ", "nước", "vụ", "trực", "tướng", "tịch", "trưởng", "đốc", "thư", "hành", "chấp", "ương", "quốc", "hội",
    "trận", "tổ", "ban", "bộ", "và", "trị", "phòng",
})
_ISSUER_START = re.compile(r"\s(?:của|do)\s")
_WORD = re.compile(r"[\w&]+")


def _issuer_after(text: str, pos: int) -> str | None:
    """The body or office after "của"/"do" at ``pos``: "của Chủ tịch UBND tỉnh về..." → "Chủ tịch UBND tỉnh"."""
    m = _ISSUER_START.match(text, pos)
    if not m:
        return None
    words: list[re.Match[str]] = []
    cursor = m.end()
    while len(words) < 10:
        w = _WORD.match(text, cursor)
        if not w:
            break
        t = w.group(0)
        if not (t[0].isupper() or t in _ISSUER_LOWER):
            break
        if t == "và":
            nxt = _WORD.match(text, w.end() + 1)
            if not nxt or not nxt.group(0).isupper():
                break
        words.append(w)
        if w.end() < len(text) and text[w.end()] == " ":
            cursor = w.end() + 1
        else:
            break
    while words and words[-1].group(0) == "và":
        words.pop()
    if not words or not words[0].group(0)[0].isupper():
        return None
    return text[words[0].start():words[-1].end()]


def parse_code(code: str) -> tuple[str | None, str | None]:
    """Split a document code into ``(type, issuer)``, both spelt out.

    Example:
        >>> parse_code("CT-UBND")
        ('Chỉ thị', 'Ủy ban nhân dân')
        >>> parse_code("NQ/TU")
        ('Nghị quyết', 'Tỉnh ủy')
        >>> parse_code("UBND-VX")
        ('Công văn', 'Ủy ban nhân dân')
    """
    parts = [p for p in re.split(r"[/&.-]", code) if p and not p.isdigit()]  # "2018/QĐ-UBND": skip the year
    if not parts:
        return None, None
    issuers = _data()["issuers"]
    by_code = _type_by_code()
    typ = by_code.get(parts[0])
    rest = parts[1:] if typ else parts
    if typ is None and parts[0] in issuers:
        typ = "Công văn"
    issuer = None
    for p in rest:
        base = re.sub(r"\d+$", "", p)
        if p in issuers or base in issuers:
            issuer = issuers.get(p) or issuers[base]
            break
    return typ, issuer


_NEEDS_CODE = {"Chương trình", "Đề án", "Kế hoạch", "Báo cáo", "Tờ trình", "Văn bản", "Thông báo", "Hướng dẫn",
               "Quy định", "Quy chế", "Công văn"}


def _iso(d: str, m: str, y: str) -> str | None:
    di, mi, yi = int(d), int(m), int(y)
    if 1 <= di <= 31 and 1 <= mi <= 12 and 1900 <= yi <= 2100:
        return f"{yi:04d}-{mi:02d}-{di:02d}"
    return None


def _canonical_type(written: str) -> str:
    low = written.lower()
    for t in _data()["types"]:
        if t.lower() == low:
            return t
    return written


def _from_match(text: str, m: re.Match[str]) -> DocumentRef | None:
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g.get("ptype"):
        return DocumentRef(text[start:end], start, end, g["ptype"], name=g["pname"])
    if g.get("ntype"):
        law_abbr = _data().get("law_abbreviations", {})
        if g["name"] in law_abbr:  # "Luật HTX" is "Luật Hợp tác xã"
            return DocumentRef(text[start:end], start, end, _canonical_type(g["ntype"]), name=law_abbr[g["name"]],
                               date=g["year"].split()[-1] if g.get("year") else None)
        before = text[max(0, start - 6):start].split()
        if text[start - 1:start] == " " and before and before[-1] in _data()["law_not_after"]:
            return None  # the newspaper "Pháp Luật TP.HCM", "pháp luật", "bị kỷ luật | Báo cáo kết quả"
        name_end = m.end("name")
        if re.match(rf" [{UPPER}]", text[name_end:name_end + 2]):
            return None  # "Trường ĐH Luật Hà Nội": the name runs on, it is not a law
        year = g.get("year")
        return DocumentRef(
            text[start:end], start, end, _canonical_type(g["ntype"]), name=g["name"],
            date=year.split()[-1] if year else None
        )
    written = g["type"]
    code = g.get("code")
    short = g.get("short")
    if written[0].islower() and not (code or g.get("so")):
        return None  # "theo kế hoạch 2019": a common noun, not a reference
    if not ((code and not re.fullmatch(r"\d{4}", code)) or g.get("so")) and _canonical_type(written) in _NEEDS_CODE:
        return None  # "Chương trình 135", "Chương trình 30a": programmes named by a number
    if short and not (code or g.get("so")):
        return None
    typ = _type_by_short()[short] if short else _canonical_type(written)
    if code:
        code = re.sub(r"\s+", "", code)  # "QĐ - UBND" → "QĐ-UBND"
    code_type, issuer = parse_code(code) if code else (None, None)
    if code and code_type is None and issuer is None and not g.get("so") and not code.isdigit():
        return None
    date = None
    if g.get("date"):
        date = _iso(g["d1"], g["m1"], g["y1"]) if g.get("d1") else _iso(g["d2"], g["m2"], g["y2"])
        if date is None:  # not a real date: keep the reference, drop the date from the span
            end = m.start("date")
    if typ in ("Văn bản",) and code_type:
        typ = code_type
    return DocumentRef(text[start:end], start, end, typ, g["num"], code, issuer, date)


#: Technical regulations and standards by their code: "QCVN 10-MT:2015/BTNMT", "quy chuẩn 10-MT:2015/BTNMT",
#: "TCVN 5945:2005", "Quy chuẩn quốc gia về báo hiệu đường bộ QC41:2016/ BGTVT" (the name stays outside).
_STANDARD = re.compile(
    r"(?<![\w/])(?P<stype>QCVN|TCVN|QCĐP|[Qq]uy chuẩn(?:\s(?:kỹ thuật\s)?(?:quốc gia|Việt Nam))?(?:\s(?:số|QCVN))?"
    r"|[Tt]iêu chuẩn(?:\s(?:quốc gia|Việt Nam))?(?:\s(?:số|TCVN))?)"
    r"\s(?P<snum>\d{1,4})(?P<scode>(?:-\d{1,2})?(?:-[A-Z]{1,4})?:(?:19|20)\d\d(?:/\s?[A-ZĐ][A-ZĐa-z]{1,9})?)(?![\w/])"
)


def _standards(text: str) -> list[DocumentRef]:
    """Technical regulations ("Quy chuẩn") and standards ("Tiêu chuẩn") named by their code."""
    out = []
    for m in _STANDARD.finditer(text):
        stype = m.group("stype")
        typ = "Tiêu chuẩn" if stype.lower().startswith("tiêu") or stype == "TCVN" else "Quy chuẩn"
        code = re.sub(r"\s+", "", m.group("scode")).lstrip("-")
        issuer = parse_code(code.rsplit("/", 1)[1])[1] if "/" in code else None
        out.append(DocumentRef(m.group(0), m.start(), m.end(), typ, m.group("snum"), code, issuer))
    return out


def find_documents(text: str) -> list[DocumentRef]:
    """Every document reference in ``text``, left to right, with "của <issuer>" read when it follows.

    Example:
        >>> [d.text for d in find_documents("theo tinh thần Chỉ thị 17-CT/TU của Tỉnh ủy và Luật Khiếu nại.")]
        ['Chỉ thị 17-CT/TU', 'Luật Khiếu nại']
    """
    out: list[DocumentRef] = []
    stated: set[int] = set()  # positions of the references whose issuer the text writes ("của ...")
    for m in _pattern().finditer(text):
        ref = _from_match(text, m)
        if ref is None:
            continue
        group = [ref, *_coordinated(text, ref)]
        # "Quyết định số 217, số 218 của Bộ Chính trị": the issuer after the last one is every one's
        written = _issuer_after(text, ref.end) or (_issuer_after(text, group[-1].end) if len(group) > 1 else None)
        if written:
            issuer = expand_text(written, types=("org",))
            group = [replace(r, issuer=issuer) for r in group]
            stated.update(r.start for r in group)
        out.extend(group)
    out = _link_issuers(out, stated)
    for ref in _standards(text):
        if not any(o.start < ref.end and ref.start < o.end for o in out):
            out.append(ref)
    return sorted(out, key=lambda r: r.start)


def _same_document(a: DocumentRef, b: DocumentRef) -> bool:
    """Two mentions of one document: same type and number, and codes that agree where both are written."""
    if a.type != b.type or not a.number or a.number.lstrip("0") != (b.number or "").lstrip("0"):
        return False
    if a.code and b.code:
        return re.sub(r"[\s–—-]", "", a.code) == re.sub(r"[\s–—-]", "", b.code)
    return True


def _link_issuers(refs: list[DocumentRef], stated: set[int]) -> list[DocumentRef]:
    """Give every mention of a document the issuer another mention of it states.

    "Chỉ thị 40-CT/TW của Ban Bí thư Trung ương Đảng" … "Chỉ thị số 40-CT/TW" … "Chỉ thị 40": the written issuer
    (the longest when several) wins over the one a code implies ("TW" → "Trung ương"); a bare "Nghị định 67"
    takes the issuer its full mention's code gives ("67/2014/NĐ-CP" → "Chính phủ").
    """
    out = []
    for ref in refs:
        if not ref.number:
            out.append(ref)
            continue
        same = [r for r in refs if r.issuer and _same_document(ref, r)]
        written = [r.issuer for r in same if r.start in stated and r.issuer]
        issuer: str | None
        if written:
            issuer = max(written, key=len)
        elif ref.issuer is None and same:
            issuer = same[0].issuer
        else:
            issuer = ref.issuer
        out.append(ref if issuer == ref.issuer else replace(ref, issuer=issuer))
    return out


_MORE = re.compile(r"(?:,\s?|\svà\s)(?P<ref>số\s(?P<num>\d{1,5})(?:[/-](?P<code>(?:\d{4}/)?[A-ZĐ][\w/&-]*\w))?)(?![\w/])")


def _coordinated(text: str, ref: DocumentRef) -> list[DocumentRef]:
    """References that share the type of ``ref``: "Quyết định số 217, số 218" → also "số 218"."""
    out: list[DocumentRef] = []
    pos = ref.end
    while ref.number and (m := _MORE.match(text, pos)):
        code = m.group("code")
        _typ, issuer = parse_code(code) if code else (None, ref.issuer)
        a, b = m.start("ref"), m.end("ref")
        out.append(DocumentRef(text[a:b], a, b, ref.type, m.group("num"), code, issuer))
        pos = b
    return out


def parse_document(reference: str) -> DocumentRef:
    """Parse one reference written on its own ("Quyết định số 30/2018/QĐ-UBND ngày 8 tháng 4 năm 2019").

    Raises:
        ExtractionError: ``reference`` does not start with a document reference.

    Example:
        >>> d = parse_document("Nghị quyết 04-NQ/TU")
        >>> (d.type, d.number, d.code, d.issuer)
        ('Nghị quyết', '04', 'NQ/TU', 'Tỉnh ủy')
    """
    found = find_documents(reference.strip())
    if not found or found[0].start != 0:
        raise ExtractionError(f"not a document reference: {reference[:80]!r}")
    return found[0]
