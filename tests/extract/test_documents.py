"""Document references: type, number, code, issuer and date (dvtext.extract.documents)."""

from __future__ import annotations

import pytest

from dvtext.errors import ExtractionError
from dvtext.extract.documents import find_documents, parse_code, parse_document

# reference as written -> (type, number, code, issuer, date); the number is the leading number as written, the
# code what follows it and its separator ("30/2018/QĐ-UBND" → "30", "2018/QĐ-UBND"; corpora/gold/GUIDELINES.md)
REFERENCES = [
    # Chỉ thị
    ("Chỉ thị số 09/CT-UBND ngày 08/4/2019", ("Chỉ thị", "09", "CT-UBND", "Ủy ban nhân dân", "2019-04-08")),
    ("Chỉ thị 09/CT-UBND", ("Chỉ thị", "09", "CT-UBND", "Ủy ban nhân dân", None)),
    ("Chỉ thị 17-CT/TU", ("Chỉ thị", "17", "CT/TU", "Tỉnh ủy", None)),
    ("Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016", ("Chỉ thị", "05", "CT/TW", "Trung ương", "2016-05-15")),
    ("Chỉ thị 40 – CT/TW", ("Chỉ thị", "40", "CT/TW", "Trung ương", None)),
    ("Chỉ thị số 13/CT-TTg ngày 20-5-2019", ("Chỉ thị", "13", "CT-TTg", "Thủ tướng Chính phủ", "2019-05-20")),
    ("chỉ thị số 05/CT-UBND", ("Chỉ thị", "05", "CT-UBND", "Ủy ban nhân dân", None)),
    # Nghị quyết
    ("Nghị quyết 04-NQ/TU", ("Nghị quyết", "04", "NQ/TU", "Tỉnh ủy", None)),
    ("Nghị quyết số 26-NQ/TW ngày 5/8/2008", ("Nghị quyết", "26", "NQ/TW", "Trung ương", "2008-08-05")),
    ("Nghị quyết số 12/2019/NQ-HĐND", ("Nghị quyết", "12", "2019/NQ-HĐND", "Hội đồng nhân dân", None)),
    ("Nghị quyết 35/NQ-CP ngày 16 tháng 5 năm 2016", ("Nghị quyết", "35", "NQ-CP", "Chính phủ", "2016-05-16")),
    ("Nghị quyết số 06-NQ/TU ngày 25/12/2016", ("Nghị quyết", "06", "NQ/TU", "Tỉnh ủy", "2016-12-25")),
    ("Nghị quyết 26", ("Nghị quyết", "26", None, None, None)),
    ("NQ số 04-NQ/HU", ("Nghị quyết", "04", "NQ/HU", "Huyện ủy", None)),
    # Quyết định
    ("Quyết định 30/2018/QĐ-UBND", ("Quyết định", "30", "2018/QĐ-UBND", "Ủy ban nhân dân", None)),
    ("Quyết định số 1600/QĐ-TTg ngày 16/8/2016", ("Quyết định", "1600", "QĐ-TTg", "Thủ tướng Chính phủ", "2016-08-16")),
    ("Quyết định số 217-QĐ/TƯ", ("Quyết định", "217", "QĐ/TƯ", "Trung ương", None)),
    ("Quyết định số 99-QĐ/TW ngày 3 tháng 10 năm 2017", ("Quyết định", "99", "QĐ/TW", "Trung ương", "2017-10-03")),
    ("QĐ số 123/QĐ-UBND", ("Quyết định", "123", "QĐ-UBND", "Ủy ban nhân dân", None)),
    ("Quyết định số 787", ("Quyết định", "787", None, None, None)),
    # Kết luận
    ("Kết luận 01-KL/TW", ("Kết luận", "01", "KL/TW", "Trung ương", None)),
    ("Kết luận số 114-KL/TW ngày 14/7/2015", ("Kết luận", "114", "KL/TW", "Trung ương", "2015-07-14")),
    ("Kết luận số 25-KL/TU", ("Kết luận", "25", "KL/TU", "Tỉnh ủy", None)),
    # Kế hoạch
    ("Kế hoạch số 45/KH-UBND", ("Kế hoạch", "45", "KH-UBND", "Ủy ban nhân dân", None)),
    ("Kế hoạch 31-KH/TU ngày 8/2/2017", ("Kế hoạch", "31", "KH/TU", "Tỉnh ủy", "2017-02-08")),
    ("Kế hoạch số 120/KH-UBND ngày 5 tháng 6 năm 2019", ("Kế hoạch", "120", "KH-UBND", "Ủy ban nhân dân", "2019-06-05")),
    ("kế hoạch số 12-KH/HU", ("Kế hoạch", "12", "KH/HU", "Huyện ủy", None)),
    # Công văn
    ("Công văn số 123/UBND-VX", ("Công văn", "123", "UBND-VX", "Ủy ban nhân dân", None)),
    ("công văn số 2345/UBND-NC ngày 12/3/2018", ("Công văn", "2345", "UBND-NC", "Ủy ban nhân dân", "2018-03-12")),
    ("Công văn 567/BNV-CCVC", ("Công văn", "567", "BNV-CCVC", "Bộ Nội vụ", None)),
    ("Văn bản số 88/UBND-KT", ("Công văn", "88", "UBND-KT", "Ủy ban nhân dân", None)),
    # Luật
    ("Luật Khiếu nại", ("Luật", None, None, None, None)),
    ("Luật Đất đai năm 2013", ("Luật", None, None, None, "2013")),
    ("Luật Tổ chức chính quyền địa phương", ("Luật", None, None, None, None)),
    ("Luật số 11/2012/QH13", ("Luật", "11", "2012/QH13", "Quốc hội", None)),
    ("Luật Phòng, chống tham nhũng", ("Luật", None, None, None, None)),
    ("Bộ luật Hình sự", ("Bộ luật", None, None, None, None)),
    ("Luật HTX năm 2012", ("Luật", None, None, None, "2012")),
    ("Nghị quyết Đại hội Đảng bộ quận lần thứ I", ("Nghị quyết", None, None, None, None)),
    ("Nghị quyết Đại hội XII của Đảng", ("Nghị quyết", None, None, None, None)),
    # others
    ("Nghị định 161/2016/NĐ-CP", ("Nghị định", "161", "2016/NĐ-CP", "Chính phủ", None)),
    ("Nghị định số 67/2014/NĐ-CP ngày 7/7/2014", ("Nghị định", "67", "2014/NĐ-CP", "Chính phủ", "2014-07-07")),
    ("Thông tư số 01/2019/TT-BNV", ("Thông tư", "01", "2019/TT-BNV", "Bộ Nội vụ", None)),
    ("Thông tư liên tịch số 04/2015/TTLT-BNV-BTC", ("Thông tư liên tịch", "04", "2015/TTLT-BNV-BTC", "Bộ Nội vụ", None)),
    ("Hướng dẫn số 05-HD/BTGTW", ("Hướng dẫn", "05", "HD/BTGTW", "Ban Tuyên giáo Trung ương", None)),
    ("Thông báo số 12-TB/TU", ("Thông báo", "12", "TB/TU", "Tỉnh ủy", None)),
    ("Quy định số 08-QĐi/TW", ("Quy định", "08", "QĐi/TW", "Trung ương", None)),
    ("Chương trình hành động số 15-CTr/TU", ("Chương trình hành động", "15", "CTr/TU", "Tỉnh ủy", None)),
    ("Kế hoạch hành động số 45/KH-UBND ngày 05/8/2011",
     ("Kế hoạch hành động", "45", "KH-UBND", "Ủy ban nhân dân", "2011-08-05")),
    # a code with a dot between issuer and office
    ("văn bản số 763/UBND.TNMT", ("Công văn", "763", "UBND.TNMT", "Ủy ban nhân dân", None)),
]


@pytest.mark.parametrize(("reference", "expected"), REFERENCES, ids=[r for r, _ in REFERENCES])
def test_parse_document(reference: str, expected: tuple) -> None:
    d = parse_document(reference)
    assert d.text == reference
    assert (d.type, d.number, d.code, d.issuer, d.date) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # the span stops at the date; "của <issuer>" is read but stays outside
        ("Thực hiện Chỉ thị số 09/CT-UBND ngày 08/4/2019 của Chủ tịch UBND tỉnh về triển khai",
         ["Chỉ thị số 09/CT-UBND ngày 08/4/2019"]),
        ("theo tinh thần Chỉ thị 17-CT/TU của Tỉnh ủy và Chỉ thị 09/CT-UBND của Chủ tịch UBND tỉnh",
         ["Chỉ thị 17-CT/TU", "Chỉ thị 09/CT-UBND"]),
        ("thi hành Luật Khiếu nại, Luật Tố cáo và Luật Tiếp công dân", ["Luật Khiếu nại", "Luật Tố cáo",
                                                                     "Luật Tiếp công dân"]),
        # common nouns and programme names are not references
        ("theo kế hoạch năm về công tác CCHC", []),
        ("nguồn vốn Chương trình 135 và Chương trình 30a", []),
        ("nhiều công văn lãnh đạo, chỉ đạo khác", []),
        ("Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng", ["Nghị quyết Trung ương 4 (khóa XII)"]),
        # coordinated numbers share the type
        ("Quyết định số 217, số 218 của Bộ Chính trị", ["Quyết định số 217", "số 218"]),
        # not laws: a newspaper, a school
        ("Như Pháp Luật TP.HCM đưa tin, Trường ĐH Luật Hà Nội", []),
        # technical regulations and standards by their code; a bare number is not one
        ("theo QCVN 10-MT:2015/BTNMT về nước biển và TCVN 5945:2005; quy chuẩn 2 lần",
         ["QCVN 10-MT:2015/BTNMT", "TCVN 5945:2005"]),
        ("Quy chuẩn quốc gia QCVN 41:2016/BGTVT", ["Quy chuẩn quốc gia QCVN 41:2016/BGTVT"]),
    ],
)
def test_find_documents_spans(text: str, spans: list[str]) -> None:
    assert [d.text for d in find_documents(text)] == spans


@pytest.mark.parametrize(
    ("reference", "name"),
    [("Luật Khiếu nại", "Khiếu nại"), ("Luật HTX", "Hợp tác xã"), ("Bộ luật Tố tụng Hình sự", "Tố tụng Hình sự"),
     ("Nghị quyết Trung ương 4 (khóa XII)", "Trung ương 4 (khóa XII)")],
)
def test_named_documents(reference: str, name: str) -> None:
    assert parse_document(reference).name == name


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("QCVN 10-MT:2015/BTNMT", ("Quy chuẩn", "10", "MT:2015/BTNMT", "Bộ Tài nguyên và Môi trường")),
        ("quy chuẩn 01:2009/BYT", ("Quy chuẩn", "01", ":2009/BYT", "Bộ Y tế")),
        ("TCVN 5945:2005", ("Tiêu chuẩn", "5945", ":2005", None)),
    ],
)
def test_standards(reference: str, expected: tuple) -> None:
    d = parse_document(reference)
    assert (d.type, d.number, d.code, d.issuer) == expected


def test_issuer_from_the_text_wins_over_the_code() -> None:
    (d,) = find_documents("Chỉ thị 09/CT-UBND của Chủ tịch UBND tỉnh về cải cách hành chính")
    assert d.issuer == "Chủ tịch Ủy ban nhân dân tỉnh"
    (d,) = find_documents("Quyết định 1600/QĐ-TTg của Thủ tướng Chính phủ phê duyệt")
    assert d.issuer == "Thủ tướng Chính phủ"


def test_offsets_index_the_text() -> None:
    text = "Năm 2019, UBND huyện ban hành Kế hoạch số 45/KH-UBND ngày 1/3/2019 về CCHC."
    (d,) = find_documents(text)
    assert text[d.start:d.end] == d.text == "Kế hoạch số 45/KH-UBND ngày 1/3/2019"


def test_a_date_that_does_not_exist_stays_out_of_the_span() -> None:
    (d,) = find_documents("Chỉ thị số 09/CT-UBND ngày 35/14/2019")
    assert d.text == "Chỉ thị số 09/CT-UBND" and d.date is None


@pytest.mark.parametrize(
    ("code", "expected"),
    [("CT-UBND", ("Chỉ thị", "Ủy ban nhân dân")), ("NQ/TU", ("Nghị quyết", "Tỉnh ủy")),
     ("QĐ-TTg", ("Quyết định", "Thủ tướng Chính phủ")), ("UBND-VX", ("Công văn", "Ủy ban nhân dân")),
     ("KL/TW", ("Kết luận", "Trung ương")), ("XYZ", (None, None))],
)
def test_parse_code(code: str, expected: tuple) -> None:
    assert parse_code(code) == expected


@pytest.mark.parametrize("text", ["", "UBND huyện Quế Phong", "theo kế hoạch", "số 09"])
def test_parse_document_rejects_what_is_not_a_reference(text: str) -> None:
    with pytest.raises(ExtractionError):
        parse_document(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the written issuer of one mention is every mention's, over the code's "Trung ương"
            "Chỉ thị 40-CT/TW của Ban Bí thư Trung ương Đảng về tín dụng chính sách. Sau khi có Chỉ thị số "
            "40-CT/TW, huyện đã làm tốt. Thực hiện Chỉ thị 40, vốn tăng.",
            [("Chỉ thị 40-CT/TW", "Ban Bí thư Trung ương Đảng"), ("Chỉ thị số 40-CT/TW", "Ban Bí thư Trung ương Đảng"),
             ("Chỉ thị 40", "Ban Bí thư Trung ương Đảng")],
        ),
        (  # a bare mention takes the issuer its full mention's code gives
            "Theo Nghị định 67/2014/NĐ-CP ngày 7/7/2014 về thủy sản. Tàu được đóng theo Nghị định 67.",
            [("Nghị định 67/2014/NĐ-CP ngày 7/7/2014", "Chính phủ"), ("Nghị định 67", "Chính phủ")],
        ),
        (  # "của ..." after the last of a coordination is the issuer of all of them
            "Quyết định số 217, số 218 của Bộ Chính trị (Khóa XI) đã được triển khai.",
            [("Quyết định số 217", "Bộ Chính trị"), ("số 218", "Bộ Chính trị")],
        ),
        (  # same number, different codes: two documents, nothing shared
            "Quyết định số 12/QĐ-UBND của UBND tỉnh và Quyết định số 12/QĐ-TTg.",
            [("Quyết định số 12/QĐ-UBND", "Ủy ban nhân dân tỉnh"), ("Quyết định số 12/QĐ-TTg", "Thủ tướng Chính phủ")],
        ),
    ],
    ids=["written-issuer-linked", "bare-mention-takes-code-issuer", "coordination", "different-codes"],
)
def test_mentions_of_one_document_share_its_issuer(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.text, d.issuer) for d in find_documents(text)] == expected
