"""Statistics as ../docs/extraction.md defines them: the sample article, sentence tables, exclusions,
odd input, a long input, and the gold set."""

from __future__ import annotations

import importlib.util
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from dvtext.extract.dates import extract_dates
from dvtext.extract.statistics import extract_statistics
from dvtext.pipeline import analyze
from dvtext.text.normalize import normalize
from dvtext.text.sentences import split_sentences
from dvtext.types import Statistic

ROOT = Path(__file__).resolve().parents[2]


def stats(text: str) -> list[Statistic]:
    text = normalize(text).text
    sentences = split_sentences(text)
    out = extract_statistics(text, sentences=sentences, dates=extract_dates(text, sentences=sentences))
    for s in out:
        assert text[s.start : s.end] == s.text
    return out


# --- the sample article --------------------------------------------------------------------------
# Every statistic of corpora/samples/que-phong.txt, read by hand:
# (text, value, unit, kind, qualifier, change, indicator, high, denominator)
SAMPLE_STATS = [
    ("62 huyện", 62, "huyện", "count", "exact", None, None, None, None),
    ("32,49%", 32.49, "%", "percent", "exact", None, "tỷ lệ hộ nghèo", None, None),
    ("13 xã", 13, "xã", "count", "exact", None, None, None, None),
    ("01 thị trấn", 1, "thị trấn", "count", "exact", None, None, None, None),
    ("194 thôn bản", 194, "thôn bản", "count", "exact", None, None, None, None),
    ("12 xã", 12, "xã", "count", "exact", None, None, None, None),
    ("71.940 khẩu", 71940, "khẩu", "count", "exact", None, None, None, None),
    ("90,44%", 90.44, "%", "percent", "exact", None, "dân tộc thiểu số", None, None),
    ("04 cuộc đối thoại", 4, "cuộc", "count", "exact", None, None, None, None),
    ("hơn 320 lượt người", 320, "lượt người", "count", "more_than", None, None, None, None),
    ("13 phòng, ban", 13, "phòng, ban", "count", "exact", None, None, None, None),
    ("14 UBND", 14, "UBND", "count", "exact", None, None, None, None),
    ("3 đợt kiểm tra", 3, "đợt", "count", "exact", None, None, None, None),
    ("21 đơn vị", 21, "đơn vị", "count", "exact", None, None, None, None),
    ("100%", 100, "%", "percent", "exact", None, "tỷ lệ hồ sơ trả trước hạn, đúng hạn", None, None),
    ("98%", 98, "%", "percent", "exact", None, "tỷ lệ hồ sơ trả trước hạn, đúng hạn", None, None),
    (
        "từ 20-30%",
        20,
        "%",
        "range",
        "exact",
        None,
        "số TTHC được kiến nghị đơn giản hóa hoặc giảm thời gian thực hiện",
        30,
        None,
    ),
    ("82/267 TTHC", 82, "TTHC", "ratio", "exact", None, None, None, 267),
    ("30,7%", 30.7, "%", "percent", "exact", None, None, None, None),
    # "mỗi đơn vị đều đảm bảo có số TTHC giảm thời gian giải quyết hoặc kiến nghị đơn giản hóa đạt tỷ lệ 20-30%"
    (
        "20-30%",
        20,
        "%",
        "range",
        "exact",
        None,
        "số TTHC giảm thời gian giải quyết hoặc kiến nghị đơn giản hóa",
        30,
        None,
    ),
    ("13,4%", 13.4, "%", "percent", "exact", None, "tốc độ tăng trưởng tổng giá trị sản xuất", None, None),
    ("26 tỷ đồng", 26e9, "VND", "money", "exact", None, "thu ngân sách nhà nước trên địa bàn", None, None),
    # "vượt 11,4% kế hoạch": exceeded the plan by 11.4%, an exact amount
    ("11,4%", 11.4, "%", "percent", "exact", None, "thu ngân sách nhà nước trên địa bàn", None, None),
    ("29,8 triệu đồng", 29.8e6, "VND", "money", "exact", None, "thu nhập bình quân đầu người", None, None),
    ("5,99%", 5.99, "%", "percent", "exact", "decrease", "tỷ lệ hộ nghèo", None, None),
    # "xuống còn 26,5%": the rate went down to 26.5%
    ("26,5%", 26.5, "%", "percent", "exact", "decrease", "tỷ lệ hộ nghèo", None, None),
    (
        "10,92 tiêu chí/xã",
        10.92,
        "tiêu chí/xã",
        "rate",
        "exact",
        None,
        "số tiêu chí bình quân đạt được",
        None,
        None,
    ),
    (
        "1,32 tiêu chí/xã",
        1.32,
        "tiêu chí/xã",
        "rate",
        "exact",
        "increase",
        "số tiêu chí bình quân đạt được",
        None,
        None,
    ),
    ("17 tiêu chí", 17, "tiêu chí", "count", "exact", None, None, None, None),
    ("7 tiêu chí", 7, "tiêu chí", "count", "exact", None, None, None, None),
    ("26 thôn bản", 26, "thôn bản", "count", "exact", None, None, None, None),
]


def _row(s: Statistic) -> tuple:
    return (s.text, s.value, s.unit, s.kind, s.qualifier, s.change, s.indicator, s.high, s.denominator)


def test_sample_article_through_analyze(sample_analysis) -> None:
    got = [_row(s) for s in sample_analysis.statistics]
    assert got == [tuple(float(x) if isinstance(x, int) else x for x in row) for row in SAMPLE_STATS]
    for s in sample_analysis.statistics:
        assert sample_analysis.text[s.start : s.end] == s.text


def test_sample_article_directly(sample_analysis) -> None:
    text = sample_analysis.text
    direct = extract_statistics(text, sentences=split_sentences(text))
    assert direct == list(sample_analysis.statistics)


def test_sample_article_sentences_and_periods(sample_analysis) -> None:
    by_text = {s.text: s for s in sample_analysis.statistics}
    assert sample_analysis.sentence_text(by_text["32,49%"].sentence).startswith("Quế Phong là một")
    assert by_text["04 cuộc đối thoại"].period == "2019"  # "năm 2019 tổ chức 04 cuộc đối thoại"
    assert by_text["82/267 TTHC"].period == "2019"  # "cuối năm 2019 ... có 82/267 TTHC"
    assert by_text["5,99%"].period == "2019"  # "Năm 2019 ..."; "so với năm 2018" is a comparison
    assert by_text["100%"].period is None
    assert by_text["từ 20-30%"].period is None  # the dates of that sentence belong to documents


def test_sample_article_record(sample_analysis) -> None:
    rec = sample_analysis.to_dict()["statistics"][1]
    assert rec == {
        "text": "32,49%",
        "start": rec["start"],
        "end": rec["end"],
        "value": 32.49,
        "unit": "%",
        "kind": "percent",
        "qualifier": "exact",
        "change": None,
        "indicator": "tỷ lệ hộ nghèo",
        "sentence": 0,
    }


# --- sentences -----------------------------------------------------------------------------------
# (sentence, [(text, value, unit, kind, qualifier, change)])
CASES = [
    # counts
    (
        "Huyện có 13 xã và 01 thị trấn.",
        [("13 xã", 13, "xã", "count", "exact", None), ("01 thị trấn", 1, "thị trấn", "count", "exact", None)],
    ),
    ("Toàn xã có 1.250 hộ dân.", [("1.250 hộ dân", 1250, "hộ", "count", "exact", None)]),
    ("Đã tổ chức hai cuộc đối thoại.", [("hai cuộc đối thoại", 2, "cuộc", "count", "exact", None)]),
    ("Tổ chức ba đợt kiểm tra đột xuất.", [("ba đợt kiểm tra", 3, "đợt", "count", "exact", None)]),
    (
        "Có 38 lượt khách hàng được vay vốn.",
        [("38 lượt khách hàng", 38, "lượt khách hàng", "count", "exact", None)],
    ),
    (
        "Trên 2.297 nghìn lượt hộ nghèo được vay.",
        [("Trên 2.297 nghìn lượt hộ nghèo", 2.297e6, "lượt hộ", "count", "more_than", None)],
    ),
    (
        "Hỗ trợ 102 xã, thị trấn trong tỉnh.",
        [("102 xã, thị trấn", 102, "xã, thị trấn", "count", "exact", None)],
    ),
    ("Hoàn thành 50 CCN trên địa bàn.", [("50 CCN", 50, "CCN", "count", "exact", None)]),
    (
        "Đã cấp tám giấy chứng nhận đầu tư.",
        [("tám giấy chứng nhận", 8, "giấy chứng nhận", "count", "exact", None)],
    ),
    (
        "Trên 36 nghìn căn nhà cho hộ nghèo.",
        [("Trên 36 nghìn căn nhà", 36000, "căn", "count", "more_than", None)],
    ),
    # percents and changes
    (
        "Tỷ lệ hộ nghèo giảm 5,99% xuống còn 26,5%.",
        [
            ("5,99%", 5.99, "%", "percent", "exact", "decrease"),
            ("26,5%", 26.5, "%", "percent", "exact", "decrease"),
        ],
    ),
    ("Dư nợ tăng 10,9% so với năm trước.", [("10,9%", 10.9, "%", "percent", "exact", "increase")]),
    ("Tỷ lệ che phủ rừng đạt 48,05 %.", [("48,05 %", 48.05, "%", "percent", "exact", None)]),
    (
        "Tăng trung bình 1,32 tiêu chí/xã.",
        [("1,32 tiêu chí/xã", 1.32, "tiêu chí/xã", "rate", "exact", "increase")],
    ),
    ("Nâng tỷ lệ lên 45%.", [("45%", 45, "%", "percent", "exact", "increase")]),
    (
        "Tăng từ 8% lên 10%.",
        [("8%", 8, "%", "percent", "exact", None), ("10%", 10, "%", "percent", "exact", "increase")],
    ),
    ("Có thêm 4 xã đạt chuẩn.", [("4 xã", 4, "xã", "count", "exact", "increase")]),
    ("Diện tích lên tới 452 ha.", [("452 ha", 452, "ha", "measure", "exact", None)]),
    ("Tốc độ tăng trưởng đạt 7,5%.", [("7,5%", 7.5, "%", "percent", "exact", None)]),
    # qualifiers
    (
        "Có hơn 320 lượt người tham gia.",
        [("hơn 320 lượt người", 320, "lượt người", "count", "more_than", None)],
    ),
    ("Khoảng 3.000 hộ được hỗ trợ.", [("Khoảng 3.000 hộ", 3000, "hộ", "count", "approx", None)]),
    ("Gần 41% vốn đã giải ngân.", [("Gần 41%", 41, "%", "percent", "approx", None)]),
    ("Chưa đến 10% số hộ.", [("Chưa đến 10%", 10, "%", "percent", "less_than", None)]),
    ("Dưới 30 tỷ đồng mỗi dự án.", [("Dưới 30 tỷ đồng", 30e9, "VND", "money", "less_than", None)]),
    ("Cần ít nhất 5 cán bộ.", [("ít nhất 5 cán bộ", 5, "cán bộ", "count", "at_least", None)]),
    ("Xây tối đa 18 tầng.", [("tối đa 18 tầng", 18, "tầng", "count", "at_most", None)]),
    ("Trên dưới 200 người.", [("Trên dưới 200 người", 200, "người", "count", "approx", None)]),
    ("Xấp xỉ 50 tỷ đồng.", [("Xấp xỉ 50 tỷ đồng", 50e9, "VND", "money", "approx", None)]),
    ("Hộ có từ 3 nhân khẩu trở lên.", [("3 nhân khẩu", 3, "nhân khẩu", "count", "at_least", None)]),
    ("Vượt 11,4% kế hoạch.", [("11,4%", 11.4, "%", "percent", "exact", None)]),
    # ranges
    ("Phấn đấu có thêm 9 đến 10 xã đạt chuẩn.", [("9 đến 10 xã", 9, "xã", "range", "exact", "increase")]),
    ("Hỗ trợ từ 15 đến 20 hộ.", [("từ 15 đến 20 hộ", 15, "hộ", "range", "exact", None)]),
    ("Đạt 20-30% số thủ tục.", [("20-30%", 20, "%", "range", "exact", None)]),
    ("Khoảng 4-5ha đất.", [("Khoảng 4-5ha", 4, "ha", "range", "approx", None)]),
    ("Giá 2-3 tỷ đồng mỗi căn.", [("2-3 tỷ đồng", 2e9, "VND", "range", "exact", None)]),
    ("Từ 86 đến 88 triệu đồng.", [("Từ 86 đến 88 triệu đồng", 86e6, "VND", "range", "exact", None)]),
    ("Độ ẩm từ 30% - 70%.", [("từ 30% - 70%", 30, "%", "range", "exact", None)]),
    # ratios, rates
    ("Đạt 16/19 tiêu chí.", [("16/19 tiêu chí", 16, "tiêu chí", "ratio", "exact", None)]),
    (
        "Đã chi trả 923,835 tỷ đồng/1.010 tỷ đồng.",
        [("923,835 tỷ đồng/1.010 tỷ đồng", 923.835e9, "VND", "ratio", "exact", None)],
    ),
    (
        "Thu nhập 33,8 triệu đồng/người/năm.",
        [("33,8 triệu đồng/người/năm", 33.8e6, "VND/người/năm", "rate", "exact", None)],
    ),
    ("Hỗ trợ 50 triệu đồng/1 nhà.", [("50 triệu đồng/1 nhà", 50e6, "VND/nhà", "rate", "exact", None)]),
    ("Lãi suất 0,65%/tháng.", [("0,65%/tháng", 0.65, "%/tháng", "rate", "exact", None)]),
    # money and measures
    ("Thu ngân sách đạt 26 tỷ đồng.", [("26 tỷ đồng", 26e9, "VND", "money", "exact", None)]),
    ("Dự án 1,5 triệu USD.", [("1,5 triệu USD", 1.5e6, "USD", "money", "exact", None)]),
    ("Nợ đọng tăng lên 211 tỷ.", [("211 tỷ", 211e9, "VND", "money", "exact", "increase")]),
    ("Vùng mới chỉ gần 28 ngàn tỷ.", [("gần 28 ngàn tỷ", 28e12, "VND", "money", "approx", None)]),
    ("Tổng vốn 2 tỷ 500 triệu đồng.", [("2 tỷ 500 triệu đồng", 2.5e9, "VND", "money", "exact", None)]),
    ("Giá 50.000đ một kg.", [("50.000đ", 50000, "VND", "money", "exact", None)]),
    ("Xây dựng gần 258km đường.", [("gần 258km", 258, "km", "measure", "approx", None)]),
    ("Khai thác trên 17.000 tấn hải sản.", [("trên 17.000 tấn", 17000, "tấn", "measure", "more_than", None)]),
    ("Hiến gần 107.000m2 đất.", [("gần 107.000m2", 107000, "m2", "measure", "approx", None)]),
    ("Hơn 3 vạn ý kiến.", [("Hơn 3 vạn ý kiến", 30000, "ý kiến", "count", "more_than", None)]),
    # a lone "," before three digits is a decimal comma, but not before a count of people or households
    ("Có 1,500 hộ tham gia.", [("1,500 hộ", 1500, "hộ", "count", "exact", None)]),
    ("Giá 1,500 triệu đồng.", [("1,500 triệu đồng", 1.5e6, "VND", "money", "exact", None)]),
    (
        "Nhận 4,466 lượt yêu thích.",
        [("4,466 lượt yêu thích", 4466, "lượt yêu thích", "count", "exact", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(sentence: str, expected: list[tuple]) -> None:
    got = [(s.text, s.value, s.unit, s.kind, s.qualifier, s.change) for s in stats(sentence)]
    want = [(t, pytest.approx(float(v)), u, k, q, c) for t, v, u, k, q, c in expected]
    assert got == want


@pytest.mark.parametrize(
    ("sentence", "high", "denominator"),
    [
        ("Hỗ trợ từ 15 đến 20 hộ.", 20.0, None),
        ("Giá 2-3 tỷ đồng mỗi căn.", 3e9, None),
        ("Đạt 13 - 13,5 tiêu chí/xã.", 13.5, None),
        ("Đạt 82/267 TTHC.", None, 267.0),
        ("Đã chi trả 923,835 tỷ đồng/1.010 tỷ đồng.", None, 1.01e12),
    ],
)
def test_high_and_denominator(sentence: str, high: float | None, denominator: float | None) -> None:
    (s,) = stats(sentence)
    assert (s.high, s.denominator) == (high, denominator)


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Năm 2019, tỷ lệ hộ nghèo giảm 5,99%.", "tỷ lệ hộ nghèo"),
        ("Thu ngân sách nhà nước trên địa bàn đạt 26 tỷ đồng.", "thu ngân sách nhà nước trên địa bàn"),
        ("Thu nhập bình quân đầu người đạt 29,8 triệu đồng.", "thu nhập bình quân đầu người"),
        ("Số tiêu chí bình quân đạt được là 10,92 tiêu chí/xã.", "số tiêu chí bình quân đạt được"),
        ("Tổng vốn cho vay năm 2017 là 58.300 tỷ đồng.", "tổng vốn cho vay"),
        ("Nợ đọng ở Phước Long từ 124 tỷ đồng tăng lên 211 tỷ.", "nợ đọng"),
        ("Trong đó, dân tộc thiểu số chiếm 90,44%.", "dân tộc thiểu số"),
        ("Xã có 100% số xã miền núi có trạm y tế.", "số xã miền núi có trạm y tế"),
        ("Khách du lịch ước đạt gần 3 triệu lượt người.", "khách du lịch"),
        ("Tốc độ tăng GRDP năm 2017 đạt từ 8,5 - 9%.", "tốc độ tăng GRDP"),
        ("Huyện có 13 xã.", None),
        ("Với số tiền gần 36 tỷ đồng từ nguồn xã hội hóa.", None),
        ("Tổng số doanh nghiệp công nghiệp là 886 doanh nghiệp.", "tổng số doanh nghiệp công nghiệp"),
        ("Thời gian giải quyết hồ sơ giảm còn 3 ngày.", "thời gian giải quyết hồ sơ"),
        ("Mở rộng đường Lương Thế Vinh khoảng 2,4km.", None),  # a street name, not "lương" (salary)
        ("Theo Chỉ thị số 40 đến nay là 2.981 tỷ đồng.", None),  # "số 40" is an identifier
        ("Các đối tượng phải trả mức lãi suất 0,65%/tháng.", "mức lãi suất"),
        (
            "Hiện 100% số xã trên địa bàn có nhà văn hóa, trong đó có 75 nhà văn hóa đạt chuẩn.",
            "số xã trên địa bàn có nhà văn hóa",
        ),
    ],
)
def test_indicators(sentence: str, indicator: str | None) -> None:
    assert stats(sentence)[0].indicator == indicator


def test_indicator_is_inherited_across_linking_words() -> None:
    got = stats("Thu ngân sách đạt 26 tỷ đồng, vượt 11,4% kế hoạch; tăng 5% so với năm 2018.")
    assert [s.indicator for s in got] == ["thu ngân sách", "thu ngân sách", None]


def test_period() -> None:
    got = stats("Năm 2019 tổ chức 04 cuộc đối thoại, tăng 2 cuộc so với năm 2018. Có 5 xã.")
    assert [s.period for s in got] == ["2019", "2019", None]
    got = stats("Giai đoạn 2016-2020, tỷ lệ hộ nghèo giảm 3%.")
    assert got[0].period == "2016/2020"


# --- units, shapes, qualifiers and changes met in fresh provincial articles ----------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Xây dựng 2 cầu vượt và mở rộng 8 làn xe.", [("2 cầu vượt", "cầu vượt"), ("8 làn xe", "làn xe")]),
        ("Thanh tra 17 mỏ đá ở Đồng Nai.", [("17 mỏ đá", "mỏ đá")]),
        ("Mức thưởng tết trung bình là 4 tháng lương cơ bản.", [("4 tháng lương", "tháng lương")]),
        (
            "Xử lý 9 đảng viên, trong đó có 2 Thành ủy viên.",
            [("9 đảng viên", "đảng viên"), ("2 Thành ủy viên", "Thành ủy viên")],
        ),
        ("Danh sách 12 tính năng mới.", [("12 tính năng", "tính năng")]),
        ("Có 8 mẫu thép được gửi đi.", [("8 mẫu", "mẫu")]),
        ("Bộ nhớ trong 16 GB.", [("16 GB", "GB")]),
        ("Hai nhà du hành vũ trụ bay 8 ngày.", [("Hai nhà du hành vũ trụ", "nhà du hành vũ trụ")]),
    ],
)
def test_units_of_compound_nouns(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.text, s.unit) for s in stats(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Phí là 45.000 đồng/m 2 /tháng.", "45.000 đồng/m 2 /tháng", "VND/m2/tháng"),
        ("Nhà rộng 12.032 m 2 tại khu công nghệ cao.", "12.032 m 2", "m2"),
        ("Lưu lượng đến hồ là 1600 m 3 /s.", "1600 m 3 /s", "m3/s"),
        ("Đường dài 5 km 2 cây cầu bắc qua.", "5 km", "km"),
    ],
)
def test_superscript_lost_to_a_space(sentence: str, text: str, unit: str) -> None:
    (s,) = stats(sentence)
    assert (s.text, s.unit) == (text, unit)


def test_land_measure_or_count() -> None:
    got = stats("Gia đình có 5 mẫu ruộng và 3 mẫu xe.")
    assert [(s.text, s.unit, s.kind) for s in got] == [("5 mẫu", "mẫu", "measure"), ("3 mẫu", "mẫu", "count")]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "kind", "high", "denominator"),
    [
        ("Quy hoạch cho dân số 15-30 triệu người.", "15-30 triệu người", 15e6, "người", "range", 30e6, None),
        ("Trọng lượng từ 80kg-120kg/con.", "từ 80kg-120kg/con", 80, "kg/con", "range", 120, None),
        (
            "Kinh phí là 1.434,8/3.232 tỉ đồng.",
            "1.434,8/3.232 tỉ đồng",
            1434.8e9,
            "VND",
            "ratio",
            None,
            3232e9,
        ),
        (
            "Giải ngân khoảng gần 72/160 tỷ đồng.",
            "khoảng gần 72/160 tỷ đồng",
            72e9,
            "VND",
            "ratio",
            None,
            160e9,
        ),
        ("Mới nhận 1/3 tiền đền bù.", "1/3", 1, None, "ratio", None, 3),
    ],
)
def test_ranges_and_ratios(
    sentence: str,
    text: str,
    value: float,
    unit: str | None,
    kind: str,
    high: float | None,
    denominator: float | None,
) -> None:
    (s,) = stats(sentence)
    assert (s.text, s.value, s.unit, s.kind, s.high, s.denominator) == (
        text,
        value,
        unit,
        kind,
        high,
        denominator,
    )


@pytest.mark.parametrize(
    ("sentence", "qualifier", "change"),
    [
        ("Hiện có khoảng trên 55.000 người sinh sống ở nước ngoài.", "approx", None),
        ("Theo quy hoạch này, khu bảo tồn mất 1.747ha.", "exact", "decrease"),
        ("Sơn Trà mất thêm 53ha.", "exact", "decrease"),
    ],
)
def test_qualifiers_and_changes(sentence: str, qualifier: str, change: str | None) -> None:
    (s,) = stats(sentence)
    assert (s.qualifier, s.change) == (qualifier, change)


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier", "change"),
    [
        # test/README 18: after "cao/thấp" and before "so với", "hơn" compares (a difference, not a bound)
        (
            "Doanh thu cao hơn 17 triệu đồng/ha/năm so với những năm trước.",
            "17 triệu đồng/ha/năm",
            "exact",
            "increase",
        ),
        ("Diện tích cao hơn 2.442 ha so với kế hoạch được duyệt.", "2.442 ha", "exact", None),
        ("Lượng lợn tại các mô hình quy mô lớn hơn 50 con/đơn vị.", "hơn 50 con/đơn vị", "more_than", None),
        ("Doanh thu tăng hơn 30% so với năm 2016.", "hơn 30%", "more_than", "increase"),
        ("Đất chưa sử dụng thực giảm 18.169 ha so với năm 2010.", "18.169 ha", "exact", "decrease"),
    ],
)
def test_comparatives(sentence: str, text: str, qualifier: str, change: str | None) -> None:
    (s,) = stats(sentence)
    assert (s.text, s.qualifier, s.change) == (text, qualifier, change)


def test_baseline_then_remainder_is_a_decrease() -> None:
    got = stats("Diện tích rừng từ 194.723 ha năm 2011, còn 179.384 ha năm 2016.")
    assert [s.change for s in got] == [None, "decrease"]


# --- indicators of lists, breakdowns and governing nouns -----------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        (
            "Toàn tỉnh còn khoảng 9.345 ha cao su, trong đó, đại điền 8.078 ha và tiểu điền 1.267 ha.",
            ["cao su", "đại điền", "tiểu điền"],
        ),
        (
            "Có diện tích: 2.591,1 ha; trong đó rừng tự nhiên còn 2.320,0ha ; rừng trồng 192,1ha.",
            ["diện tích", "rừng tự nhiên", "rừng trồng"],
        ),
        ("LĐLĐ tỉnh tặng 1.000 suất trị giá 400 triệu đồng.", [None, "trị giá"]),
        (
            "Tổng đàn lợn đạt gần 420.000 con, trong đó TX Đông Triều (trên 16.000 con), TP Cẩm Phả (13.000 con).",
            ["tổng đàn lợn", "tổng đàn lợn", "tổng đàn lợn"],
        ),
        (
            "Tỷ lệ hộ nghèo giảm còn 4,5%, trong đó huyện A còn 12%, huyện B còn 8%.",
            ["tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo", "tỷ lệ hộ nghèo"],
        ),
        (
            "Tỷ lệ hồ sơ đúng hạn cấp huyện đạt 100%, cấp xã đạt 98%.",
            ["tỷ lệ hồ sơ đúng hạn", "tỷ lệ hồ sơ đúng hạn"],
        ),
        ("Có 50 dự án đầu tư bằng ngân sách thành phố với số tiền 8.417 tỷ đồng.", [None, None]),
        ("Xây một hầm với chiều dài 1,2km và 2 cầu vượt.", ["chiều dài", None]),
        (
            "Khu công nghiệp có tổng diện tích 148,2ha. Diện tích được giao cho Công ty A (mức đầu tư dự kiến "
            "gần 700 triệu đô la) là 128 ha.",
            ["tổng diện tích", "mức đầu tư", "diện tích được giao cho Công ty A"],
        ),
        (
            "Tổng lượng khách ước đạt 1,14 triệu lượt khách, giảm 31,7% so với kế hoạch đề ra (giảm 30,9% so "
            "với cùng kỳ năm 2015).",
            ["tổng lượng khách", "tổng lượng khách", "tổng lượng khách"],
        ),
        ("Đáng chú ý, với dân số gần 20 triệu người, vùng là trung tâm nông nghiệp.", ["dân số"]),
        (
            "Hiện nay, số DN hoạt động trong lĩnh vực nông nghiệp chỉ khoảng 300 DN.",
            ["số DN hoạt động trong lĩnh vực nông nghiệp"],
        ),
        ("Mỗi năm tỉnh gieo cấy khoảng 120.000ha lúa; 4,25ha lúa bị vùi lấp.", [None, "lúa"]),
        ("Về đất chưa sử dụng, đến năm 2020 còn 20.429 ha.", ["đất chưa sử dụng"]),
        ("Đến năm 2020, đất chưa sử dụng còn 20.429 ha.", ["đất chưa sử dụng"]),
        (
            "Năm 2010 có 476.157 ha, chiếm 79,40% diện tích tự nhiên, điều chỉnh đến năm 2020 có 473.449 ha.",
            [None, "diện tích tự nhiên", None],
        ),
    ],
)
def test_list_and_breakdown_indicators(sentence: str, indicators: list[str | None]) -> None:
    assert [s.indicator for s in stats(sentence)] == indicators


# --- not statistics --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 08/4/2019, UBND tỉnh họp.",
        "Năm 2019 là năm dân vận chính quyền.",
        "Từ giữa năm 2018, huyện vận hành hệ thống.",
        "Theo Chỉ thị số 09/CT-UBND của tỉnh.",
        "Thực hiện Chỉ thị 17-CT/TU và Quyết định 30/2018/QĐ-UBND.",
        "Thứ nhất, các cấp ủy quan tâm.",
        "Thứ hai, hiệu quả công tác.",
        "Đại hội lần thứ XI của Đảng.",
        "Vào thứ 2 hằng tuần.",
        "Nhiệm kỳ 2020-2025 đã bắt đầu.",
        "Giai đoạn 2016 - 2020 kết thúc.",
        "Ông Nguyễn Văn A, 45 tuổi, trú tại xã.",
        "Bà B (70 tuổi) cho biết.",
        "Liên hệ điện thoại 0238.3822.111 hoặc 0912 345 678.",
        "Gọi đường dây nóng 1900 1234.",
        "Nhà số 12 đường Lê Lợi.",
        "Ông ở tổ 5 thị trấn Kim Sơn.",
        "Lúc 8 giờ 30 phút sáng nay.",
        "Hội nghị bắt đầu lúc 8h30.",
        "Khai mạc lúc 14:00 chiều.",
        "Dự án trên Quốc lộ 48 đi qua huyện.",
        "Thực hiện Chương trình 135 của Chính phủ.",
        "Theo Nghị quyết 04 của Tỉnh ủy.",
        "Học sinh Trường THCS số 2 xã Quế Sơn.",
        "Bệnh viện 108 tiếp nhận bệnh nhân.",
        "Hội nghị Trung ương 4 khóa XII.",
        "Phương châm “5 biết” được áp dụng.",
        "Điều 5 của Luật Đất đai.",
        "Hàng trăm hộ dân tham gia.",
        "Vài chục người có mặt.",
        "Đây là một cách làm hay.",
        "Trong 3 năm qua, huyện đã làm tốt.",
        "Sau 6 tháng triển khai.",
        "Đội tuyển U23 thi đấu.",
        "Tại km 556+700 trên đường.",
        "Xem tại https://example.vn/bai-1234 hoặc email hotro123@example.vn.",
        "Tỷ số 2-1 nghiêng về đội nhà.",
        "Bãi tro xỉ lấp đầy trong thời gian 2,5 năm.",  # a time frame, not a measure
        "Thực hiện hải quan 1 cửa cho doanh nghiệp.",
        "Chỉ sau 1 năm, nợ đọng tăng mạnh.",
        "Ông có 1 đời vợ.",
        "Tại Bệnh viện Nhi đồng 1 Thành phố Hồ Chí Minh.",
        "Xem bước 1 xét tuyển, bước 2 kiểm tra năng lực.",
        "Thực hiện “10 nguyên tắc giao tiếp với công dân”.",
        "Xây dựng gia đình “5 không 3 sạch”.",
        "Thời gian kiến thiết dài (7 năm mới cho cạo mủ).",  # a duration
        "Giao thông từ quận 1, 5 qua quận 4, 7, 8 khu Nam Sài Gòn.",  # a list of district names
        "Sẽ làm đường vành đai 2 đoạn từ đường Phạm Văn Đồng.",
        "Đề thi THPT Quốc gia 2017 dễ hơn năm trước.",  # a year
        "Năm 2019 cũng đánh dấu tròn 100 năm lần đầu giải đấu ra mắt.",  # "năm" = year
        "Đây là năm bản lề hết sức quan trọng.",
        "Tuổi thọ công trình 100 năm.",  # a design lifespan is a duration
    ],
)
def test_not_statistics(sentence: str) -> None:
    assert stats(sentence) == []


# --- odd input -----------------------------------------------------------------------------------
NAUGHTY = [
    "",
    " ",
    "\n\n\n",
    "0",
    "%%%",
    "1/0 xã",
    "0/0 TTHC",
    "9" * 400,
    "1." * 300,
    "1,5," * 200,
    "- 5 - 5 - 5 -",
    "tỷ tỷ tỷ triệu nghìn",
    "hai hai hai hai hai xã",
    "năm năm năm 2019 2019 2019",
    "từ từ 5 đến đến 10 hộ",
    "10/" * 50,
    "“" * 30 + "5 biết" + "”" * 30,
    "((((( 32,49% )))))",
    "\u200b5\u200b xã",
    "𝟓 xã và ５ hộ",  # other digit forms
    "٣ xã",
    "null undefined NaN Infinity 1e309",
    "1" + "0" * 400 + " tỷ đồng",
    "<script>alert(1)</script> 5 xã",
    "Ω≈ç√∫˜µ≤≥÷ 5 xã",
    "🙂 5 🙂 xã 🙂 10%",
    "ÅÍÎÏ˝ÓÔ 3 hộ",
    "\ufeff 3 hộ",
    "5\u00a0xã",
]


@pytest.mark.parametrize("raw", NAUGHTY)
def test_naughty_strings(raw: str) -> None:
    text = normalize(raw).text
    for s in extract_statistics(text, sentences=split_sentences(text)):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.value == s.value  # not NaN


def test_nfd_input() -> None:
    raw = unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo giảm 5,99% xuống còn 26,5%; huyện có 13 xã.")
    a = analyze(raw, topics=False)
    got = [(s.text, s.unit, s.change, s.indicator) for s in a.statistics]
    assert got == [
        ("5,99%", "%", "decrease", "tỷ lệ hộ nghèo"),
        ("26,5%", "%", "decrease", "tỷ lệ hộ nghèo"),
        ("13 xã", "xã", None, None),
    ]
    for s in a.statistics:
        assert a.text[s.start : s.end] == s.text


def test_without_sentences_or_dates() -> None:
    text = "Năm 2019, huyện có 13 xã."
    (s,) = extract_statistics(text)
    assert (s.text, s.period, s.sentence) == ("13 xã", "2019", 0)


def test_bad_type() -> None:
    from dvtext.errors import InputError

    with pytest.raises(InputError):
        extract_statistics(None)  # type: ignore[arg-type]


@pytest.mark.slow
def test_long_input_in_bounded_time() -> None:
    unit = (
        "Năm 2019, tỷ lệ hộ nghèo giảm 5,99% so với năm 2018 xuống còn 26,5%; huyện có 13 xã và 01 thị trấn, "
        "thu ngân sách đạt 26 tỷ đồng, vượt 11,4% kế hoạch. "
    )
    text = (unit * (400_000 // len(unit) + 1))[:400_000]
    sentences = split_sentences(text)
    t0 = time.process_time()  # CPU time: a busy machine does not make the test flaky
    found = extract_statistics(text, sentences=sentences)
    elapsed = time.process_time() - t0
    assert len(found) >= 6 * (400_000 // len(unit)) - 6  # six statistics in each repeated sentence
    assert elapsed < 20, f"{elapsed:.1f}s for 400,000 characters"  # about 1 s on 2 cores
    # one sentence of 400,000 characters (no punctuation) stays linear too
    flat = ("huyện có 13 xã và 5 thôn " * 16_000)[:400_000]
    sentences = split_sentences(flat)
    t0 = time.process_time()
    extract_statistics(flat, sentences=sentences)
    assert time.process_time() - t0 < 20


# --- the gold set --------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize(("split", "folder"), [("dev", "."), ("dev2", "dev2-statistics")])
def test_gold_f1(split: str, folder: str) -> None:
    """value+unit F1 on the development gold and on the second development set (never the test split)."""
    from conftest import SHARED, shared_path

    shared_path("corpora", "baomoi-2017.jsonl.gz")
    if not (ROOT / "corpora" / "gold" / folder / "statistics.jsonl").exists():
        pytest.skip(f"no gold statistics (corpora/gold/{folder}/statistics.jsonl)")
    spec = importlib.util.spec_from_file_location("bench_eval_extract", ROOT / "bench" / "eval_extract.py")
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = ev
    spec.loader.exec_module(ev)
    arts = ev.load_gold_here(SHARED, split)
    if not arts:
        pytest.skip("gold texts not found under ../shared")
    total = ev.Tally()
    for art in arts:
        t, _ = ev.score_article(art, verbose=False)
        total.merge(t)
    _p, _r, f1 = ev.prf(total.unit_tp, total.pred, total.gold)
    assert f1 >= 0.95, f"value+unit F1 {f1:.3f} on {len(arts)} {split} gold articles"


def test_second_development_set_is_consistent() -> None:
    """The dev2 annotations (statistics only) load, match their texts and repeat no dev or test article."""
    from conftest import SHARED, shared_path

    shared_path("corpora", "baomoi-2017.jsonl.gz")
    spec = importlib.util.spec_from_file_location("bench_gold_dev2", ROOT / "bench" / "gold.py")
    assert spec is not None and spec.loader is not None
    gold = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gold
    spec.loader.exec_module(gold)
    arts = gold.load_gold(SHARED, split="dev2")
    assert len(arts) == 15 and all(not a.has_entities and a.statistics for a in arts)
    others = {a.id for a in gold.load_gold(SHARED, split="all")}
    assert not others & {a.id for a in arts}


def test_random_text_never_raises() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from(
        [
            "1",
            "2019",
            "32,49",
            "71.940",
            "%",
            " ",
            "/",
            "-",
            "tỷ",
            "triệu",
            " xã",
            " hộ",
            "năm ",
            "tỷ lệ ",
            "hơn ",
            "từ ",
            " đến ",
            "giảm ",
            "“",
            "”",
            "(",
            ")",
            ",",
            ".",
            "lượt ",
            "hai ",
            "số ",
            "\n",
        ]
    )

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.one_of(pieces, st.text(max_size=3)), max_size=40))
    def check(parts: list[str]) -> None:
        text = normalize("".join(parts)).text
        for s in extract_statistics(text, sentences=split_sentences(text)):
            assert text[s.start : s.end] == s.text
            assert s.kind in ("count", "percent", "money", "rate", "ratio", "range", "measure")

    check()
