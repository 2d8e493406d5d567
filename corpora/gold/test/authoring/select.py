"""Reproducible choice of the held-back test articles (corpora/gold/test).

    /work/venv/bin/python corpora/gold/test/authoring/select.py [--show 40]

Rule (recorded in corpora/gold/test/README.md):

1. Every baomoi-2017 article whose normalised text has 1,500-5,000 characters.
2. Not excluded: ids in ``excluded-ids.txt`` (gathered over all branches when the split was chosen:
   development gold, sentence gold and dev sets, hand-verified topic labels) and the ids of
   corpora/gold/*.jsonl, corpora/dev/*.jsonl and the verified rows of corpora/topics/labels.jsonl
   when present.
3. Provincial government / dân vận news: the title or the first 400 characters name a province (63 of
   2017) or an administrative unit ("huyện X", "xã X", ``ADM_RE``), and the text contains at least 4
   distinct cue phrases of ``CUES``.
4. Dense enough: at least 10 number+unit candidates (``UNIT_RE``) and at least 25 capitalised multi-word
   runs (crude counts used only to filter the pool, never as annotations).
5. The pool is sorted by id and shuffled with ``random.Random(SEED)``; articles are taken in that order,
   skipping one whose province (the first named in the title + text; "?" when none) is already taken.
6. The annotator reads each article in that order and keeps it unless it is not provincial government /
   dân vận news (rejections and reasons are listed in README.md) until 10 are kept.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "src"))

from dvtext.text.normalize import normalize  # noqa: E402

SHARED = ROOT.parent / "shared"
if not SHARED.exists():
    SHARED = Path("/work/shared")

SEED = 20171
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên - Huế", "Thừa Thiên-Huế", "Thừa Thiên Huế", "Tiền Giang", "TP Hồ Chí Minh", "TP.HCM",
    "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)
CUES = (
    "dân vận", "Mặt trận Tổ quốc", "MTTQ", "nông thôn mới", "hộ nghèo", "giảm nghèo", "cải cách hành chính",
    "thủ tục hành chính", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "UBND tỉnh", "UBND huyện", "UBND xã",
    "UBND thành phố", "HĐND", "Bí thư", "Chủ tịch UBND", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Phụ nữ",
    "Đoàn Thanh niên", "Cựu chiến binh", "đồng bào", "an sinh xã hội", "kinh tế - xã hội", "kinh tế – xã hội",
    "kinh tế-xã hội", "tiếp xúc cử tri", "tôn giáo", "dân tộc thiểu số", "ngân sách", "tiêu chí", "đạt chuẩn",
    "chính quyền", "đảng viên", "cấp ủy", "Ban Thường vụ", "thu nhập bình quân", "đối thoại", "hợp tác xã",
    "HTX", "chính sách", "vốn vay", "hỗ trợ", "phát triển kinh tế",
)
ADM_RE = re.compile(r"\b(?:tỉnh|huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn)\s+[A-ZÀ-ỸĐ]")
UNIT_RE = re.compile(
    r"\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|ngàn|hộ|xã|người|ha|km|tấn|lượt|cuộc|thôn|bản|tiêu chí|dự án|"
    r"doanh nghiệp|HTX|hợp tác xã|trường|đồng|m2|con|căn|nhà|học sinh|lao động|cán bộ|đảng viên)(?!\w)"
)
CAPRUN_RE = re.compile(r"\b[A-ZÀ-ỸĐ][\wÀ-ỹ]*(?:\s+[A-ZÀ-ỸĐ][\wÀ-ỹ]*)+")


def _norm_province(p: str) -> str:
    p = p.replace(" - ", "-")
    return {"Thừa Thiên Huế": "Thừa Thiên-Huế", "TP.HCM": "TP Hồ Chí Minh"}.get(p, p)


def excluded() -> set[str]:
    ids = {
        x.strip() for x in (HERE / "excluded-ids.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    }
    corpora = ROOT / "corpora"
    for path in [*corpora.glob("gold/*.jsonl"), *corpora.glob("dev/*.jsonl"), corpora / "topics" / "labels.jsonl"]:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line) if line.strip() else {}
                if row.get("id") and (path.parent.name != "topics" or row.get("verified")):
                    ids.add(row["id"])
    return ids


def pool() -> list[dict]:
    skip = excluded()
    out = []
    with gzip.open(SHARED / "corpora" / "baomoi-2017.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if obj["id"] in skip:
                continue
            if not 1300 <= len(obj["text"]) <= 5300:  # cheap pre-filter; the rule is on the normalised text
                continue
            text = normalize(obj["text"]).text
            if not 1500 <= len(text) <= 5000:
                continue
            head = obj["title"] + " " + text[:400]
            if not (any(p in head for p in PROVINCES) or ADM_RE.search(head)):
                continue
            cues = {c for c in CUES if c in text}
            if len(cues) < 4:
                continue
            n_units = len(UNIT_RE.findall(text))
            n_caps = len(CAPRUN_RE.findall(text))
            if n_units < 10 or n_caps < 25:
                continue
            everywhere = obj["title"] + " " + text
            provs = sorted((everywhere.find(p), p) for p in PROVINCES if p in everywhere) or [(0, "?")]
            out.append(
                {"id": obj["id"], "title": obj["title"], "chars": len(text), "province": _norm_province(provs[0][1]),
                 "units": n_units, "caps": n_caps, "cues": len(cues), "lead": text[:400]}
            )
    out.sort(key=lambda r: r["id"])
    random.Random(SEED).shuffle(out)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=40, help="print this many articles of the ordered list")
    ap.add_argument("--lead", type=int, default=0, help="also print this many characters of each text")
    args = ap.parse_args()
    cands = pool()
    print(f"pool: {len(cands)} candidates (seed {SEED})")
    seen: set[str] = set()
    shown = 0
    for r in cands:
        if r["province"] in seen:
            continue
        seen.add(r["province"])
        print(f"{r['id']}  {r['province']:<18} {r['chars']:5d}c units={r['units']:3d} caps={r['caps']:3d}  {r['title']}")
        if args.lead:
            print("      ", r["lead"][: args.lead].replace("\n", " / "))
        shown += 1
        if shown >= args.show:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
