"""Word segmentation with offsets and protected spans."""

from __future__ import annotations

import pytest

from dvtext.text.tokens import tokenize


def texts(s: str) -> list[str]:
    return [t.text for t in tokenize(s)]


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("tỷ lệ hộ nghèo giảm 5,99% so với", "5,99%"),
        ("Toàn huyện có 71.940 khẩu", "71.940"),
        ("ngày 08/4/2019 của Chủ tịch", "08/4/2019"),
        ("Chỉ thị 09/CT-UBND của", "09/CT-UBND"),
        ("Chỉ thị 17-CT/TU của Tỉnh ủy", "17-CT/TU"),
        ("Quyết định 30/2018/QĐ-UBND", "30/2018/QĐ-UBND"),
        ("thu nhập 1.234,5 triệu đồng", "1.234,5"),
        ("có 82/267 TTHC", "82/267"),
        ("xem https://nghean.dcs.vn/tin-tuc. Hết", "https://nghean.dcs.vn/tin-tuc"),
    ],
)
def test_protected_spans_stay_whole(text: str, token: str) -> None:
    assert token in texts(text)


def test_number_not_glued_to_unit() -> None:
    toks = texts("Toàn huyện có 71.940 khẩu, 13 xã và 01 thị trấn")
    assert "71.940" in toks and "khẩu" in toks
    assert "13" in toks and "01" in toks


def test_offsets_reconstruct(sample_text: str) -> None:
    from dvtext.text.normalize import normalize

    text = normalize(sample_text).text
    toks = tokenize(text)
    assert toks
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))
    # nothing but whitespace is left between tokens
    covered = "".join(text[a.end : b.start] for a, b in zip(toks, toks[1:], strict=False))
    assert covered.strip() == ""


def test_multi_syllable_words() -> None:
    toks = texts("Bác sĩ bây giờ có thể thản nhiên báo tin")
    assert "Bác sĩ" in toks and "bây giờ" in toks
