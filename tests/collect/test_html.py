"""Article extraction: faults it must survive, decoding evidence, boilerplate rules, fields."""

from __future__ import annotations

import codecs
import contextlib
import gzip
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvtext.collect.encoding import check_mojibake, decode_html
from dvtext.collect.html import extract_article, parse_html
from dvtext.collect.metadata import parse_date
from dvtext.errors import DvtextError, ExtractionError, InputError

TITLE = "Quế Phong gắn dân vận chính quyền với cải cách hành chính"
PARAS = [
    "Năm 2024, Bộ phận một cửa của huyện tiếp nhận 4.812 hồ sơ, trong đó 98,6% được giải quyết đúng hạn.",
    "Tại xã Thông Thụ, cán bộ xã đến từng bản giúp người dân làm thủ tục ngay tại nhà văn hóa.",
    "Huyện duy trì đối thoại định kỳ giữa Chủ tịch UBND huyện với nhân dân, giải quyết 37 kiến nghị.",
]


def page(body: str = "", *, head: str = "", charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    if not body:
        body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html><head>{meta}{head}<title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f'<div class="detail-content">{body}</div></body></html>')


def to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 the way Vietnamese legacy pages were written: base letter + tone mark."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        marks = "".join(c for c in d if c in tones)
        try:
            out.append(unicodedata.normalize("NFC", base + marks).encode("cp1258"))
        except UnicodeEncodeError:
            out.append(base.encode("cp1258") + marks.encode("cp1258"))
    return b"".join(out)


# --------------------------------------------------------------------------- the five faults
def test_fault_declared_iso_8859_1_but_utf8():
    data = page(charset="iso-8859-1").encode("utf-8")
    a = extract_article(data, content_type="text/html; charset=ISO-8859-1")
    assert a.title == TITLE
    assert a.text == "\n\n".join(PARAS)


def test_fault_windows_1258_declared_only_in_meta():
    data = to_cp1258(page(charset=None, head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'))
    text, codec = decode_html(data, "text/html")
    assert codec == "cp1258"
    assert unicodedata.is_normalized("NFC", text)
    a = extract_article(data, content_type="text/html")
    assert a.title == TITLE
    assert a.text == "\n\n".join(PARAS)


def test_fault_windows_1258_under_a_server_default_latin1_header():
    data = to_cp1258(page(charset="windows-1258"))
    a = extract_article(data, content_type="text/html; charset=iso-8859-1")
    assert a.text == "\n\n".join(PARAS)


@pytest.mark.parametrize("data", [b"", b"   \n\t ", b"\r\n"])
def test_fault_empty_body_is_an_input_error(data):
    with pytest.raises(InputError, match="empty"):
        extract_article(data, content_type="text/html")


@pytest.mark.parametrize("html", [
    "<html><head><title>x</title></head><body></body></html>",
    "<html><body><h1>Tiêu đề</h1><div class='detail-content'></div></body></html>",
    "<html><body><h1>Tiêu đề</h1><div class='detail-content'><p>Ngắn.</p></div></body></html>",
])
def test_fault_page_without_article_text_is_an_extraction_error(html):
    with pytest.raises(ExtractionError, match="no article"):
        extract_article(html.encode())


def test_fault_pdf_served_as_html():
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 20
    with pytest.raises(InputError, match="PDF"):
        extract_article(data, content_type="text/html; charset=utf-8")


def test_fault_100000_nested_divs_is_refused_not_partial():
    n = 100_000
    html = "<html><body><h1>Tiêu đề</h1>" + "<div>" * n + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>" * n
    with pytest.raises(ExtractionError, match="deeper"):
        extract_article(html.encode())
    with pytest.raises(ExtractionError):
        extract_article(html)  # str input takes the same path


def test_moderate_nesting_is_fine():
    html = "<html><body><h1>Tiêu đề</h1>" + "<div>" * 500 + '<div class="detail-content">' + "".join(
        f"<p>{p}</p>" for p in PARAS) + "</div>" * 501 + "</body></html>"
    assert extract_article(html).text == "\n\n".join(PARAS)


# --------------------------------------------------------------------------- other bad input
@pytest.mark.parametrize("data,reason", [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "PNG"),
    (gzip.compress(page().encode()), "gzip"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
    (b"plain text without any markup at all, just words", "no markup"),
])
def test_non_html_payloads_are_input_errors(data, reason):
    with pytest.raises(InputError, match=reason):
        extract_article(data)


def test_wrong_type_is_an_input_error():
    with pytest.raises(InputError):
        extract_article(None)  # type: ignore[arg-type]


def test_too_large_page_is_refused():
    from dvtext.collect.html import ExtractSettings

    with pytest.raises(InputError, match="too large"):
        extract_article(page().encode(), settings=ExtractSettings(max_bytes=100))


def test_utf16_with_bom_and_xml_declaration_string():
    assert extract_article(page().encode("utf-16")).text == "\n\n".join(PARAS)
    xml = '<?xml version="1.0" encoding="utf-8"?>' + page()
    assert extract_article(xml).title == TITLE


def test_utf8_page_with_a_few_broken_bytes_keeps_its_text():
    data = page().encode("utf-8")
    i = data.index("Tại xã".encode())
    data = data[:i] + b"\xff" + data[i:]
    a = extract_article(data)
    assert PARAS[0] in a.text and "\ufffd" in a.text


def test_undecodable_bytes_are_an_input_error_not_mojibake():
    data = bytes(range(0x80, 0x100)) * 200 + b"<p>x</p>"
    with pytest.raises(InputError):
        decode_html(data, "text/html; charset=utf-8")


# --------------------------------------------------------------------------- mojibake
def test_mojibake_in_the_page_source_is_repaired_exactly():
    moj = page().encode("utf-8").decode("latin-1")  # a page double-encoded by its CMS
    a = extract_article(moj.encode("utf-8"))
    assert a.title == TITLE
    assert a.text == "\n\n".join(PARAS)


def test_mixed_mojibake_is_refused():
    text = "Tiáº¿ng Viá»‡t và Tiếng Việt trộn lẫn: Ä‘á»“ng bÃ o dÃ¢n tá»™c"
    with pytest.raises(InputError, match="mojibake"):
        check_mojibake(text)


@pytest.mark.parametrize("text", ["Tiếng Việt bình thường", "François Ã", "Giá 100 USD", ""])
def test_clean_text_passes_mojibake_check(text):
    assert check_mojibake(text) == text


# --------------------------------------------------------------------------- boilerplate
def test_related_blocks_captions_share_comment_and_byline_are_removed():
    body = (
        f"<p>{PARAS[0]}</p>"
        '<figure><img src="a.jpg"><figcaption>Người dân làm thủ tục. Ảnh: Hồng Lam</figcaption></figure>'
        f"<p>{PARAS[1]}</p>"
        '<div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/a">Bài khác</a></li></ul></div>'
        '<div class="share-bar"><a>Facebook</a> <a>Zalo</a></div>'
        "<p>Xem thêm: <a href='/b'>Nghệ An tổng kết phong trào Dân vận khéo</a></p>"
        f"<p>{PARAS[2]}</p>"
        "<p><em>(Ảnh minh họa)</em></p>"
        '<div><h3>Tin cùng chuyên mục</h3><p><a href="/c">Một tin khác</a></p><p><a href="/d">Tin nữa</a></p></div>'
        '<p style="text-align:right"><strong>Nguyễn Mạnh Khôi</strong></p>'
        "<div class='comment'><p>Gửi bình luận</p></div>"
    )
    a = extract_article(page(body))
    assert a.text == "\n\n".join(PARAS)
    assert a.author == "Nguyễn Mạnh Khôi"
    for junk in ("Ảnh:", "Tin liên quan", "Bài khác", "Facebook", "Xem thêm", "Tin cùng chuyên mục", "bình luận"):
        assert junk not in a.text


def test_byline_name_and_position_lines():
    body = "".join(f"<p>{p}</p>" for p in PARAS) + "<p>Nguyễn Mạnh Khôi</p><p>Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy</p>"
    a = extract_article(page(body))
    assert a.text == "\n\n".join(PARAS)
    assert a.author == "Nguyễn Mạnh Khôi"


def test_lead_is_first_paragraph_and_agency_prefix_is_dropped():
    head = '<meta property="og:description" content="x">'
    html = page(head=head).replace(
        "<h1>", '<h2 class="detail-sapo">(Baonghean.vn) - Huyện miền núi lấy sự hài lòng của dân làm thước đo.</h2><h1>', 1)
    a = extract_article(html)
    assert a.lead == "Huyện miền núi lấy sự hài lòng của dân làm thước đo."
    assert a.text.startswith(a.lead + "\n\n" + PARAS[0])


def test_metadata_from_json_ld_and_meta():
    head = (
        '<link rel="canonical" href="https://example.org/bai-viet-123.html">'
        '<meta property="article:section" content="Thời sự">'
        '<meta name="keywords" content="dân vận, cải cách hành chính, dân vận">'
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-12T07:30:00+07:00",'
        '"author":{"@type":"Person","name":"Lê Hợi"}}</script>'
    )
    a = extract_article(page(head=head))
    assert a.published == "2025-06-12T07:30:00+07:00"
    assert a.author == "Lê Hợi"
    assert a.category == "Thời sự"
    assert a.tags == ("dân vận", "cải cách hành chính")
    assert a.canonical_url == a.url == "https://example.org/bai-viet-123.html"
    assert a.source == "example.org"


@pytest.mark.parametrize("text,formats,expected", [
    ("07/03/2026 08:06 GMT+7", (), "2026-03-07T08:06:00+07:00"),
    ("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", ("%d/%m/%Y, %H:%M",), "2026-03-07T00:05:00+07:00"),
    ("07-03-2026 - 09:40 PM", ("%d-%m-%Y - %I:%M %p",), "2026-03-07T21:40:00+07:00"),
    ("Cập nhật: 09:15, 08/03/2025", ("%d/%m/%Y", "%H:%M, %d/%m/%Y"), "2025-03-08T09:15:00+07:00"),
    ("2026-03-01T09:51:00+07:00", (), "2026-03-01T09:51:00+07:00"),
    ("2026-03-07T00:05:00Z", (), "2026-03-07T00:05:00+00:00"),
    ("ngày 08 tháng 4 năm 2019", (), "2019-04-08"),
    ("31/02/2026", (), None),
    ("không có ngày", (), None),
    ("", (), None),
])
def test_parse_date(text, formats, expected):
    assert parse_date(text, formats=formats) == expected


def test_parse_html_keeps_text():
    assert parse_html("<p>Xin chào</p>").findtext(".//p") == "Xin chào"


# --------------------------------------------------------------------------- never a crash
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_give_an_article_or_a_dvtext_error(data):
    try:
        a = extract_article(data)
    except DvtextError:
        return
    assert a.text


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=500))
def test_random_markup_gives_an_article_or_a_dvtext_error(s):
    with contextlib.suppress(DvtextError):
        extract_article(f"<html><body><h1>T</h1><div class='detail-content'><p>{s}</p></div></body></html>")


# --------------------------------------------------------------------------- fault files (served by the crawler tests too)
FAULTS = Path(__file__).parent / "fixtures" / "faults"


@pytest.mark.parametrize("name,content_type,expected", [
    ("declared-latin1-is-utf8.html", "text/html; charset=ISO-8859-1", None),
    ("cp1258-meta-only.html", "text/html", None),
    ("empty.html", "text/html; charset=utf-8", InputError),
    ("pdf-as-html.html", "text/html", InputError),
    ("nested-100k-divs.html.gz", "text/html", ExtractionError),
])
def test_fault_files(name, content_type, expected):
    data = (FAULTS / name).read_bytes()
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    if expected is None:
        a = extract_article(data, content_type=content_type)
        assert a.title == TITLE and a.text == "\n\n".join(PARAS)
    else:
        with pytest.raises(expected):
            extract_article(data, content_type=content_type)


@pytest.mark.parametrize("data,content_type,codec", [
    (codecs.BOM_UTF8 + '<meta charset="windows-1258"><p>Việt</p>'.encode(), "text/html; charset=iso-8859-1", "utf-8"),
    (to_cp1258("<p>Công tác dân vận ở Quế Phong đạt kết quả tốt</p>"), "text/html; charset=utf-8", "cp1258"),
    ("<p>Tiếng Việt</p>".encode(), "text/html; charset=windows-1258", "utf-8"),
    ("<p>Café</p>".encode("cp1252"), "text/html; charset=iso-8859-1", "cp1252"),
    (b"<p>ascii only</p>", "text/html; charset=utf-16", "ascii"),
    ("<p>Tiếng Việt</p>".encode(), "text/html; charset=x-unknown-charset", "utf-8"),
])
def test_decoding_evidence_order(data, content_type, codec):
    assert decode_html(data, content_type)[1] == codec
