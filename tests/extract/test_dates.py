"""Dates, months, quarters, years and periods: ISO values, spans and sentence indexes."""

from __future__ import annotations

import unicodedata

import pytest

from dvtext.extract.dates import extract_dates
from dvtext.text.sentences import split_sentences


def dates(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (d.text, d.value, d.kind, d.end_value) for d in extract_dates(text, sentences=split_sentences(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 08/4/2019", [("ngày 08/4/2019", "2019-04-08", "date", None)]),
        ("Chỉ thị số 09/CT-UBND ngày 08/4/2019 của", [("ngày 08/4/2019", "2019-04-08", "date", None)]),
        ("08-4-2019", [("08-4-2019", "2019-04-08", "date", None)]),
        ("20.08.2014", [("20.08.2014", "2014-08-20", "date", None)]),
        ("8 tháng 4 năm 2019", [("8 tháng 4 năm 2019", "2019-04-08", "date", None)]),
        ("ngày 08 tháng 4 năm 2019", [("ngày 08 tháng 4 năm 2019", "2019-04-08", "date", None)]),
        ("ngày 8/4", [("ngày 8/4", "--04-08", "date", None)]),
        ("sáng ngày 25, đoàn", [("ngày 25", "---25", "date", None)]),
        ("mùng 4/2", [("mùng 4/2", "--02-04", "date", None)]),
        ("tháng 4/2019", [("tháng 4/2019", "2019-04", "month", None)]),
        ("tháng 4 năm 2019", [("tháng 4 năm 2019", "2019-04", "month", None)]),
        ("tháng 12-2016", [("tháng 12-2016", "2016-12", "month", None)]),
        ("đến 04/2019", [("04/2019", "2019-04", "month", None)]),
        ("trong tháng 4", [("tháng 4", "--04", "month", None)]),
        ("năm 2019", [("năm 2019", "2019", "year", None)]),
        ("Năm 2019, huyện", [("Năm 2019", "2019", "year", None)]),
        ("cuối năm 2019", [("cuối năm 2019", "2019", "year", None)]),
        ("Từ giữa năm 2018", [("giữa năm 2018", "2018", "year", None)]),
        ("“Năm dân vận chính quyền” 2019 đã", [("2019", "2019", "year", None)]),
        ("so với 2015", [("2015", "2015", "year", None)]),
        ("quý I/2019", [("quý I/2019", "2019-Q1", "quarter", None)]),
        ("Quý IV năm 2018", [("Quý IV năm 2018", "2018-Q4", "quarter", None)]),
        ("quý 2", [("quý 2", "Q2", "quarter", None)]),
        ("giai đoạn 2016-2020", [("giai đoạn 2016-2020", "2016", "period", "2020")]),
        ("nhiệm kỳ 2020 - 2025", [("nhiệm kỳ 2020 - 2025", "2020", "period", "2025")]),
        ("kế hoạch 2021–2025", [("kế hoạch 2021–2025", "2021", "period", "2025")]),
        ("năm học 2019-2020", [("năm học 2019-2020", "2019", "period", "2020")]),
        ("2011 - 2016 đạt", [("2011 - 2016", "2011", "period", "2016")]),
        ("từ năm 2016 đến năm 2020", [("từ năm 2016 đến năm 2020", "2016", "period", "2020")]),
        ("6 tháng đầu năm 2017", [("6 tháng đầu năm 2017", "2017-01", "period", "2017-06")]),
        ("6 tháng cuối năm 2017", [("6 tháng cuối năm 2017", "2017-07", "period", "2017-12")]),
        ("9 tháng năm 2019", [("9 tháng năm 2019", "2019-01", "period", "2019-09")]),
        ("từ ngày 9-11/2", [("ngày 9-11/2", "--02-09", "period", "--02-11")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2000 hộ",  # a count, not a year
        "có 2019 người",
        "71.940 khẩu",
        "82/267 TTHC",
        "32/2019",  # month 32 does not exist
        "31/2/2019",  # neither does 31 February
        "ngày 30/2/2019",
        "Chỉ thị 17-CT/TU",
        "mười năm",
        "2016-2090",  # a 74-year period is not one
        "2020-2016",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


def test_sentence_index_and_spans() -> None:
    text = "Năm 2019 huyện có 13 xã. Đến cuối năm 2020, giai đoạn 2016-2020 kết thúc."
    found = extract_dates(text, sentences=split_sentences(text))
    assert [(d.text, d.sentence) for d in found] == [
        ("Năm 2019", 0),
        ("cuối năm 2020", 1),
        ("giai đoạn 2016-2020", 1),
    ]
    for d in found:
        assert text[d.start : d.end] == d.text


def test_sample_article(sample_analysis) -> None:
    got = [(d.text, d.value, d.kind) for d in sample_analysis.dates]
    assert got == [
        ("2019", "2019", "year"),
        ("năm 2019", "2019", "year"),
        ("Năm 2019", "2019", "year"),
        ("giữa năm 2018", "2018", "year"),
        ("năm 2017", "2017", "year"),
        ("ngày 08/4/2019", "2019-04-08", "date"),
        ("ngày 18/4/2019", "2019-04-18", "date"),
        ("ngày 08/4/2019", "2019-04-08", "date"),
        ("cuối năm 2019", "2019", "year"),
        ("Năm 2019", "2019", "year"),
        ("năm 2018", "2018", "year"),
    ]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\x00\x01", "///---", "9" * 5000, "ngày " * 2000, "2019-" * 1000, "🙂 năm 🙂 2019"],
)
def test_odd_input(text: str) -> None:
    for d in extract_dates(text, sentences=split_sentences(text)):
        assert text[d.start : d.end] == d.text


def test_nfd_input_after_normalisation() -> None:
    from dvtext.text.normalize import normalize

    text = normalize(unicodedata.normalize("NFD", "Tháng 4/2019 và cuối năm 2019")).text
    assert [d.value for d in extract_dates(text)] == ["2019-04", "2019"]


def test_without_sentences() -> None:
    assert [d.sentence for d in extract_dates("năm 2019. năm 2020")] == [0, 0]
