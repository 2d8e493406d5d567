"""Vietnamese number parsing: digits with "." and "," marks, scale words, leading zeros, number words."""

from __future__ import annotations

import pytest

from dvtext.errors import InputError
from dvtext.text.numbers import find_numbers, format_number, parse_digits, parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # thousands dot, decimal comma
        ("71.940", 71940.0),
        ("32,49", 32.49),
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567.0),
        ("1.234.567,89", 1234567.89),
        ("90,44", 90.44),
        ("0,75", 0.75),
        ("0,03", 0.03),
        ("100", 100.0),
        ("5.436", 5436.0),
        ("157.372", 157372.0),
        ("204.772.000", 204772000.0),
        # a lone "." with three digits groups thousands; otherwise it is an English decimal point
        ("3.500", 3500.0),
        ("3.5", 3.5),
        ("2.0", 2.0),
        ("0.500", 0.5),
        ("12.25", 12.25),
        # a lone "," is a decimal comma (the Vietnamese way), also before three digits...
        ("8,030", 8.03),
        ("1,447", 1.447),
        ("39,816", 39.816),
        ("923,835", 923.835),
        # ...except ",000" after a non-zero integer part, and several "," groups: English thousands
        ("3,000", 3000.0),
        ("23,000", 23000.0),
        ("606,000,000", 606000000.0),
        ("0,000", 0.0),
        # both marks: the last one is the decimal mark; all-three-digit groups ending in "." are thousands
        ("1,234.5", 1234.5),
        ("33,448.222", 33448222.0),
        # leading zeros are counts
        ("01", 1.0),
        ("04", 4.0),
        ("09", 9.0),
        ("007", 7.0),
        # scale words
        ("26 tỷ", 26e9),
        ("1,5 triệu", 1.5e6),
        ("29,8 triệu", 29.8e6),
        ("5 nghìn", 5000.0),
        ("20 ngàn", 20000.0),
        ("3 vạn", 30000.0),
        ("2 tỉ", 2e9),
        ("5 nghìn tỷ", 5e12),
        ("28 ngàn tỷ", 28e12),
        ("2 tỷ 500 triệu", 2.5e9),
        ("1 triệu 200 nghìn", 1.2e6),
        ("1 triệu rưỡi", 1.5e6),
        ("6.784 nghìn", 6.784e6),
        ("5 trăm", 500.0),
        ("5 trăm triệu", 5e8),
        ("500k", 500000.0),
        ("5tr", 5e6),
        # number words
        ("một", 1.0),
        ("hai", 2.0),
        ("ba", 3.0),
        ("bốn", 4.0),
        ("năm", 5.0),
        ("tám", 8.0),
        ("chín", 9.0),
        ("mười", 10.0),
        ("mười một", 11.0),
        ("mười lăm", 15.0),
        ("hai mươi", 20.0),
        ("hai mươi mốt", 21.0),
        ("hai mươi tư", 24.0),
        ("hai mươi lăm", 25.0),
        ("hai mươi nhăm", 25.0),
        ("năm mươi", 50.0),
        ("chín mươi chín", 99.0),
        ("một trăm", 100.0),
        ("một trăm linh năm", 105.0),
        ("một trăm lẻ tám", 108.0),
        ("ba trăm hai mươi", 320.0),
        ("một trăm hai", 120.0),
        ("một trăm rưỡi", 150.0),
        ("hai nghìn", 2000.0),
        ("hai nghìn rưỡi", 2500.0),
        ("hai nghìn ba", 2300.0),
        ("hai nghìn không trăm mười chín", 2019.0),
        ("ba triệu rưỡi", 3.5e6),
        ("một triệu hai trăm nghìn", 1.2e6),
        ("hai trăm nghìn tỷ", 2e14),
        ("hai chục", 20.0),
        ("Hai", 2.0),
        # signs
        ("-5,2", -5.2),
        ("âm 3", -3.0),
        ("  71.940  ", 71940.0),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "   ",
        "abc",
        "1.2.3",  # groups of one digit: not a number
        "20.08.2014",  # a date
        "1,,2",
        "1..2",
        "12%",
        "triệu",  # a scale word alone
        "nghìn rưỡi",
        "hàng trăm",  # approximate: no exact value
        "vài chục",
        "mấy nghìn",
        "hai ba",  # "two or three": not one number
        "mười năm",  # "ten years"
        "năm 2019",
        "tư",  # a digit only inside a longer number
        "lăm",
        "mốt",
        "1A",
        "09/CT-UBND",
        "1,234,5",
    ],
)
def test_parse_number_refuses(bad: str) -> None:
    with pytest.raises(InputError):
        parse_number(bad)


@pytest.mark.parametrize("bad", [None, 12, b"12", 3.5])
def test_parse_number_wrong_type(bad: object) -> None:
    with pytest.raises(InputError, match="str"):
        parse_number(bad)  # type: ignore[arg-type]


def test_error_messages_say_what_is_wrong() -> None:
    with pytest.raises(InputError, match="approximate"):
        parse_number("hàng trăm")
    with pytest.raises(InputError, match="not a number"):
        parse_number("abc")


@pytest.mark.parametrize(("digits", "value"), [("71.940", 71940.0), ("32,49", 32.49), ("01", 1.0)])
def test_parse_digits(digits: str, value: float) -> None:
    assert parse_digits(digits) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huyện có 13 xã và 01 thị trấn", [("13", 13.0), ("01", 1.0)]),
        ("thu 26 tỷ đồng, 29,8 triệu đồng", [("26 tỷ", 26e9), ("29,8 triệu", 29.8e6)]),
        ("2 tỷ 500 triệu đồng", [("2 tỷ 500 triệu", 2.5e9)]),
        ("gần 28 ngàn tỷ", [("28 ngàn tỷ", 28e12)]),
        ("tỷ lệ 30,7%", [("30,7", 30.7)]),  # "tỷ lệ" is not a scale
        ("5 tỷ lệ", [("5", 5.0)]),
        ("hai xã và mười lăm thôn", [("hai", 2.0), ("mười lăm", 15.0)]),
        ("Hai xã", [("Hai", 2.0)]),
        ("hai mươi năm", [("hai mươi", 20.0), ("năm", 5.0)]),  # "năm" after mươi is the noun
        ("U23 và H5N1, COVID-19", []),  # digits glued to letters are names
        ("ngày 20.08.2014", []),  # not a number
        ("82/267 TTHC", [("82", 82.0), ("267", 267.0)]),
        ("500k một ly", [("500k", 500000.0), ("một", 1.0)]),
        ("", []),
    ],
)
def test_find_numbers(text: str, expected: list[tuple[str, float]]) -> None:
    found = find_numbers(text)
    assert [(n.text, n.value) for n in found] == expected
    for n in found:
        assert text[n.start : n.end] == n.text


def test_find_numbers_words_flag_and_scale() -> None:
    (a, b) = find_numbers("ba trăm hộ, 1,5 triệu USD")
    assert (a.words, a.scale, b.words, b.scale) == (True, 1.0, False, 1e6)


def test_find_numbers_window() -> None:
    text = "13 xã, 14 phường, 15 thị trấn"
    assert [n.value for n in find_numbers(text, 5, 17)] == [14.0]


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (71940, 4, "71.940"),
        (32.49, 4, "32,49"),
        (26e9, 4, "26.000.000.000"),
        (1234.5, 2, "1.234,5"),
        (0.125, 2, "0,12"),
        (5.999, 2, "6"),
        (-3.5, 4, "-3,5"),
        (-0.00001, 4, "0"),
        (0, 4, "0"),
        (float("inf"), 2, "inf"),
    ],
)
def test_format_number(value: float, places: int, expected: str) -> None:
    assert format_number(value, places=places) == expected


@pytest.mark.parametrize("text", ["71.940", "32,49", "1.234.567,89", "0,5", "26", "1.000"])
def test_format_number_is_read_back_by_parse_digits(text: str) -> None:
    assert format_number(parse_digits(text)) == text
