"""The Python API: analyze / analyze_many on odd input, record shape, offsets back to the original."""

from __future__ import annotations

import time
import unicodedata

import pytest

import dvtext
from dvtext import Article, InputError, analyze, analyze_many


@pytest.mark.parametrize("bad", [None, 42, 3.14, ["text"], {"title": "no text"}, b"\xff\xfe\x00bad"])
def test_bad_input_raises_input_error(bad: object) -> None:
    with pytest.raises(InputError):
        analyze(bad, topics=False)  # type: ignore[arg-type]


@pytest.mark.parametrize("empty", ["", "   ", "\n\n", "\u200b\ufeff"])
def test_empty_input_gives_empty_record(empty: str) -> None:
    a = analyze(empty, topics=False)
    d = a.to_dict()
    assert d["text"] == ""
    assert d["sentences"] == [] and d["statistics"] == [] and d["entities"] == []
    assert d["primary_topic"] == "none"


def test_bytes_are_utf8() -> None:
    a = analyze("Huyện có 13 xã.".encode(), topics=False)
    assert a.text == "Huyện có 13 xã."


def test_mapping_and_article_inputs() -> None:
    m = analyze({"id": "x1", "title": "Tiêu đề", "text": "Có 2 xã.", "url": "http://a.vn/1"}, topics=False)
    assert (m.id, m.title, m.url) == ("x1", "Tiêu đề", "http://a.vn/1")
    a = analyze(Article(text="Có 2 xã.", title="Tiêu đề"), topics=False)
    assert a.id and len(a.id) == 16  # stable content id
    assert analyze(Article(text="Có 2 xã.", title="Tiêu đề"), topics=False).id == a.id


def test_long_input_bounded_time() -> None:
    text = ("Năm 2019, tỷ lệ hộ nghèo của huyện giảm 5,99% xuống còn 26,5%. " * 7000)[:400_000]
    t0 = time.perf_counter()
    a = analyze(text, topics=False)
    assert time.perf_counter() - t0 < 60
    assert len(a.text) == len(text.strip())


def test_too_long_input_is_refused() -> None:
    with pytest.raises(InputError, match="split it into articles"):
        analyze("a" * (dvtext.pipeline.MAX_CHARS + 1), topics=False)


def test_offsets_map_to_original() -> None:
    raw = unicodedata.normalize("NFD", "Tỷ  lệ hộ nghèo\u200b còn 26,5%.\r\nHuyện có 13 xã.")
    a = analyze(raw, topics=False)
    for s in a.sentences:
        o0, o1 = a.to_original(s.start, s.end)
        assert unicodedata.normalize("NFC", raw[o0:o1]).replace("\u200b", "").split() == \
            a.text[s.start:s.end].split()


def test_analyze_many_skips_bad_items() -> None:
    seen = []
    out = list(analyze_many(["Có 2 xã.", None, "Có 3 xã."], topics=False,
                            on_error=lambda i, e: seen.append(i)))  # type: ignore[list-item]
    assert [a.text for a in out] == ["Có 2 xã.", "Có 3 xã."]
    assert seen == [1]


def test_public_api_is_listed() -> None:
    for name in dvtext.__all__:
        assert hasattr(dvtext, name), name
    assert "analyze" in dvtext.__all__ and "analyze_many" in dvtext.__all__


def test_province_hint_from_site_profile() -> None:
    a = analyze({"text": "UBND tỉnh tổ chức hội nghị.", "url": "https://baonghean.vn/tin-123456.html"}, topics=False)
    assert [(e.text, e.province) for e in a.entities] == [("UBND tỉnh", "Nghệ An")]
    b = analyze({"text": "UBND tỉnh tổ chức hội nghị.", "url": "not a url at all"}, topics=False)
    assert b.entities[0].province is None and not b.errors
