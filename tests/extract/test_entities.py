"""Entities PER/ORG/LOC/DOC (dvtext.extract.entities) on the sample article and on the span rules of
extraction.md."""

from __future__ import annotations

import pytest

from dvtext.extract.entities import extract_entities
from dvtext.text.normalize import normalize
from dvtext.text.sentences import split_sentences
from dvtext.types import Entity


def ents(text: str, **kw) -> list[Entity]:
    text = normalize(text).text
    return extract_entities(text, sentences=split_sentences(text), **kw)


def spans(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in ents(text)]


# Every entity of corpora/samples/que-phong.txt, in order, with its attributes (``sentence`` left out).
NA = "Nghệ An"
UBND_QP = "Ủy ban nhân dân huyện Quế Phong"
UBND_NA = "Ủy ban nhân dân tỉnh Nghệ An"
QP = {"canonical": "huyện Quế Phong", "level": "district", "province": NA, "current": "tỉnh Nghệ An"}
DIST = {"level": "district", "province": NA}
PROV = {"level": "province", "province": NA}
CT09 = {"canonical": "Chỉ thị 09/CT-UBND", "type": "Chỉ thị", "number": "09", "code": "CT-UBND"}
SAMPLE = [
    ("Quế Phong", "LOC", QP),
    ("huyện Quế Phong", "LOC", {**QP, "ref": 0}),
    ("Đảng", "ORG", {"canonical": "Đảng Cộng sản Việt Nam", "level": "national"}),  # "cấp ủy Đảng"
    ("Mặt trận Tổ quốc", "ORG", {"canonical": "Mặt trận Tổ quốc Việt Nam", "province": NA}),
    ("Đảng", "ORG", {"canonical": "Đảng Cộng sản Việt Nam", "level": "national", "ref": 2}),
    ("UBND huyện Quế Phong", "ORG", {"canonical": UBND_QP, **DIST}),
    ("UBND huyện", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("UBND huyện", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("Chỉ thị 17-CT/TU", "DOC", {"canonical": "Chỉ thị 17-CT/TU", "type": "Chỉ thị", "number": "17",
                                 "code": "CT/TU", "issuer": "Tỉnh ủy Nghệ An"}),
    ("Tỉnh ủy", "ORG", {"canonical": "Tỉnh ủy Nghệ An", **PROV}),
    ("Chỉ thị 09/CT-UBND", "DOC", {**CT09, "issuer": "Chủ tịch " + UBND_NA}),
    ("UBND tỉnh", "ORG", {"canonical": UBND_NA, **PROV}),
    ("UBND huyện", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("Huyện Quế Phong", "LOC", {**QP, "ref": 0}),
    ("Bộ phận “Một cửa”", "ORG", {"canonical": "Bộ phận Một cửa", "province": NA}),
    ("bộ phận “Một cửa” huyện", "ORG", {"canonical": "Bộ phận Một cửa huyện Quế Phong", **DIST}),
    ("huyện Quế Phong", "LOC", {**QP, "ref": 0}),
    ("bộ phận “Một cửa”", "ORG", {"canonical": "Bộ phận Một cửa", "province": NA, "ref": 14}),
    ("Chỉ thị số 09/CT-UBND ngày 08/4/2019", "DOC",
     {**CT09, "issuer": "Chủ tịch " + UBND_NA, "date": "2019-04-08", "ref": 10}),
    ("UBND tỉnh", "ORG", {"canonical": UBND_NA, **PROV, "ref": 11}),
    ("UBND huyện Quế Phong", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("Chỉ thị số 05/CT-UBND ngày 18/4/2019", "DOC",
     {"canonical": "Chỉ thị 05/CT-UBND", "type": "Chỉ thị", "number": "05", "code": "CT-UBND",
      "issuer": UBND_QP, "date": "2019-04-18"}),
    ("Chỉ thị số 09/CT-UBND ngày 08/4/2019", "DOC",
     {**CT09, "issuer": "Chủ tịch " + UBND_NA, "date": "2019-04-08", "ref": 10}),
    ("UBND tỉnh", "ORG", {"canonical": UBND_NA, **PROV, "ref": 11}),
    ("UBND huyện Quế Phong", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("Chỉ thị 09/CT-UBND", "DOC", {**CT09, "issuer": UBND_NA, "ref": 10}),
    ("UBND tỉnh", "ORG", {"canonical": UBND_NA, **PROV, "ref": 11}),
    ("UBND huyện", "ORG", {"canonical": UBND_QP, **DIST, "ref": 5}),
    ("xã Quế Sơn", "LOC", {"canonical": "xã Quế Sơn", "level": "commune", "province": NA}),
    ("Nguyễn Mạnh Khôi", "PER", {"canonical": "Nguyễn Mạnh Khôi",
                                 "role": "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"}),
    ("Ban Dân vận Tỉnh ủy", "ORG", {"canonical": "Ban Dân vận Tỉnh ủy Nghệ An", **PROV}),
]


@pytest.fixture(scope="module")
def sample_entities(sample_analysis) -> list[Entity]:
    return list(sample_analysis.entities)


def test_sample_article_entities(sample_entities: list[Entity]) -> None:
    got = [(e.text, e.label, {k: v for k, v in e.to_dict().items()
                              if k not in ("text", "start", "end", "label", "sentence")}) for e in sample_entities]
    assert got == SAMPLE


@pytest.mark.parametrize("i", range(len(SAMPLE)))
def test_sample_article_entity(sample_entities: list[Entity], i: int) -> None:
    text, label, attrs = SAMPLE[i]
    e = sample_entities[i]
    assert (e.text, e.label) == (text, label)
    for k, v in attrs.items():
        assert getattr(e, k) == v, k


def test_sample_offsets_and_sentences(sample_analysis) -> None:
    for e in sample_analysis.entities:
        assert sample_analysis.text[e.start:e.end] == e.text
        s = sample_analysis.sentences[e.sentence]
        assert s.start <= e.start < s.end


def test_sample_refs_point_back_to_the_same_label(sample_entities: list[Entity]) -> None:
    for i, e in enumerate(sample_entities):
        if e.ref is not None:
            assert e.ref < i and sample_entities[e.ref].label == e.label
            assert sample_entities[e.ref].ref is None


def test_sample_analysis_record(sample_analysis) -> None:
    rec = sample_analysis.to_dict()
    first = rec["entities"][5]
    assert first == {"text": "UBND huyện Quế Phong", "start": first["start"], "end": first["start"] + 20,
                     "label": "ORG", "canonical": UBND_QP, "level": "district", "province": NA,
                     "sentence": first["sentence"]}


# -- span rules (extraction.md) and what general-news NER gets wrong ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest name, no nested place inside a body
        ("UBND huyện Quế Phong đã chỉ đạo.", [("UBND huyện Quế Phong", "ORG")]),
        ("Ban Dân vận Tỉnh ủy phối hợp với Mặt trận Tổ quốc.", [("Ban Dân vận Tỉnh ủy", "ORG"),
                                                               ("Mặt trận Tổ quốc", "ORG")]),
        ("Ban Thường vụ Huyện ủy Quế Phong họp.", [("Ban Thường vụ Huyện ủy Quế Phong", "ORG")]),
        ("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", [("Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "ORG")]),
        ("Sở Giáo dục và Đào tạo tỉnh Lào Cai", [("Sở Giáo dục và Đào tạo tỉnh Lào Cai", "ORG")]),
        ("Phòng GD&ĐT huyện Can Lộc", [("Phòng GD&ĐT huyện Can Lộc", "ORG")]),
        ("Hội Nông dân xã Tri Lễ", [("Hội Nông dân xã Tri Lễ", "ORG")]),
        ("Công an huyện Quế Phong và Bộ đội Biên phòng tỉnh", [("Công an huyện Quế Phong", "ORG"),
                                                               ("Bộ đội Biên phòng tỉnh", "ORG")]),
        ("Trường THCS Quế Sơn", [("Trường THCS Quế Sơn", "ORG")]),
        ("Chi nhánh NHCSXH tỉnh Thái Bình", [("Chi nhánh NHCSXH tỉnh Thái Bình", "ORG")]),
        ("Bộ Nội vụ", [("Bộ Nội vụ", "ORG")]),
        # a class of bodies is not one body; a named body before "các cấp" is
        ("UBND các xã, thị trấn và UBND cấp xã", []),
        ("Hội Phụ nữ các xã đã vận động", [("Hội Phụ nữ", "ORG")]),
        # places keep their unit word when written, bare names otherwise
        ("xã Quế Sơn, thị trấn Kim Sơn", [("xã Quế Sơn", "LOC"), ("thị trấn Kim Sơn", "LOC")]),
        ("Quế Phong là huyện nghèo của Nghệ An.", [("Quế Phong", "LOC"), ("Nghệ An", "LOC")]),
        ("Các huyện Phong Điền, Quảng Điền và thị xã Hương Trà", [("Phong Điền", "LOC"), ("Quảng Điền", "LOC"),
                                                                 ("thị xã Hương Trà", "LOC")]),
        ("dọc Quốc lộ 48 và sông Lam", [("Quốc lộ 48", "LOC"), ("sông Lam", "LOC")]),
        ("hợp tác với Lào và Trung Quốc", [("Lào", "LOC"), ("Trung Quốc", "LOC")]),
        # the title is not part of the person
        ("Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Nguyễn Mạnh Khôi phát biểu.",
         [("Ban Dân vận Tỉnh ủy", "ORG"), ("Nguyễn Mạnh Khôi", "PER")]),
        ("Chủ tịch UBND tỉnh Nguyễn Xuân Đường chủ trì.", [("UBND tỉnh", "ORG"), ("Nguyễn Xuân Đường", "PER")]),
        ("ông Lô Văn Hùng cho biết", [("Lô Văn Hùng", "PER")]),
        ("đồng chí Khôi phát biểu", [("Khôi", "PER")]),
        # not people, not places
        ("văn bản Mật, yêu cầu Phòng GD&ĐT, Tết Đinh Dậu", [("Phòng GD&ĐT", "ORG")]),
        ("Văn phòng điện tử ioffice", []),
    ],
)
def test_span_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Chủ tịch UBND tỉnh Nguyễn Xuân Đường chủ trì.", "Chủ tịch UBND tỉnh"),
        ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Xuân Đường", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
        ("Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Võ Công Hàm cho biết", "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện"),
        ("Đồng chí Nguyễn Thị Thảo, Phó Chủ tịch UBND thị xã Từ Sơn, phát biểu",
         "Phó Chủ tịch UBND thị xã Từ Sơn"),
        ("Đại tá Nguyễn Văn Bình cho biết", "Đại tá"),
        ("Trưởng phòng GD&ĐT huyện Võ Đức Đại", "Trưởng phòng GD&ĐT huyện"),
    ],
)
def test_roles(text: str, role: str) -> None:
    (per,) = [e for e in ents(text) if e.label == "PER"]
    assert per.role == role


def test_author_line_at_the_end() -> None:
    text = "Huyện có 13 xã.\n\nNguyễn Mạnh Khôi\n\nPhó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"
    per = [e for e in ents(text) if e.label == "PER"]
    assert [(p.text, p.role) for p in per] == [("Nguyễn Mạnh Khôi", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy")]
    text = "Tỉnh đã hoàn thành kế hoạch năm. Phi Long - Phương Dung"
    assert [e.text for e in ents(text) if e.label == "PER"] == ["Phi Long", "Phương Dung"]


def test_mentions_are_linked() -> None:
    text = ("Ông Võ Công Hàm, Chủ tịch UBND huyện Đức Thọ, cho biết UBND huyện đã họp. "
            "Theo ông Hàm, huyện Đức Thọ và Đức Thọ đều là một.")
    es = ents(text)
    by = {(e.text, e.start): i for i, e in enumerate(es)}
    names = [(e.text, e.ref) for e in es]
    assert ("Hàm", by[("Võ Công Hàm", es[0].start)]) in names
    org = [e for e in es if e.label == "ORG"]
    assert org[1].text == "UBND huyện" and org[1].canonical == "Ủy ban nhân dân huyện Đức Thọ"
    assert es[org[1].ref].text == "UBND huyện Đức Thọ"
    locs = [e for e in es if e.label == "LOC"]
    assert [e.canonical for e in locs] == ["huyện Đức Thọ", "huyện Đức Thọ"] and locs[1].ref is not None


def test_province_from_the_caller() -> None:
    (org,) = ents("UBND tỉnh đã chỉ đạo.", province="Nghệ An")
    assert (org.canonical, org.province) == ("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")
    (org,) = ents("UBND tỉnh đã chỉ đạo.")
    assert (org.canonical, org.province) == ("Ủy ban nhân dân tỉnh", None)


def test_documents_get_the_issuer_the_text_names() -> None:
    es = ents("UBND huyện Quế Phong đã ban hành Kế hoạch số 45/KH-UBND ngày 1/3/2019.")
    doc = es[-1]
    assert (doc.label, doc.issuer, doc.date) == ("DOC", "Ủy ban nhân dân huyện Quế Phong", "2019-03-01")


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "A", "ông", "UBND", "Chỉ thị số", "“”", "Đ" * 5000, "UBND " * 2000, "Nguyễn " * 300,
     "xã, xã, xã", "tỉnh tỉnh tỉnh Nghệ An", "😀 UBND huyện 😀", "\u0000\u200b", "Quốc lộ", "- - -", "của của"],
)
def test_odd_input_never_fails(text: str) -> None:
    text = normalize(text).text if text.strip() else text
    out = extract_entities(text, sentences=split_sentences(text) if text.strip() else [])
    for e in out:
        assert text[e.start:e.end] == e.text
        assert e.label in ("PER", "ORG", "LOC", "DOC")
    assert all(a.end <= b.start for a, b in zip(out, out[1:], strict=False))


@pytest.mark.slow
def test_long_input_stays_linear() -> None:
    import time

    one = "Ông Nguyễn Văn An, Chủ tịch UBND huyện Quế Phong, làm việc với xã Tri Lễ. "
    times = []
    for n in (200, 1600):
        text = one * n
        t = time.perf_counter()
        out = extract_entities(text, sentences=split_sentences(text))
        times.append(time.perf_counter() - t)
        assert len(out) >= 3 * n
    assert times[1] < 8 * 3 * times[0] + 0.5  # 8x the text: far from 64x
