import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalize import DecodeError, decode, decode_raw, decode_report, normalize_text


def cp1258(text: str) -> bytes:
    """Encode like a windows-1258 editor: base letters precomposed, tones combining."""
    out = []
    for char in unicodedata.normalize("NFD", text):
        out.append(char)
    composed = unicodedata.normalize("NFC", "".join(out))
    result = []
    for char in composed:
        try:
            result.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize(
                "NFC", base + "".join(m for m in marks if m in "\u0302\u0306\u031b")
            )
            tones = "".join(m for m in marks if m not in "\u0302\u0306\u031b")
            result.append((base + tones).encode("cp1258"))
    return b"".join(result)


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("Huyện uỷ Cao Lãnh", "Huyện ủy Cao Lãnh"),
        ("hoà bình, thuỷ lợi, khoẻ", "hòa bình, thủy lợi, khỏe"),
        ("quý, Quỳnh, hoàng, UỶ BAN", "quý, Quỳnh, hoàng, ỦY BAN"),
        ("hoặc ngoặt khoẻ", "hoặc ngoặt khỏe"),  # a breve after the tone stays put
        ("QSDÐ và TTÐT", "QSDĐ và TTĐT"),
        # typographic double quotes are the page's own and stay (a headline is quoted
        # as printed); single ones are apostrophes in names (K’Nớ) and are made plain
        ("a\u00a0b\u200bc “d” ‘e’", "a bc “d” 'e'"),
        ("dòng 1\r\ndòng 2", "dòng 1\ndòng 2"),
    ],
)
def test_repairs(raw, clean):
    assert normalize_text(raw) == clean


def test_nfd_input_is_repaired():
    text = "Phó Bí thư Thường trực Tỉnh uỷ Đồng Tháp"
    assert normalize_text(unicodedata.normalize("NFD", text)) == normalize_text(text)


@given(st.text())
def test_output_is_nfc_and_idempotent(text):
    once = normalize_text(text)
    assert unicodedata.is_normalized("NFC", once)
    assert normalize_text(once) == once


def test_decode_utf8_bom_and_windows_1258():
    text = "Huyện ủy Cao Lãnh, tỉnh Đồng Tháp đạt chuẩn nông thôn mới"
    assert decode(text.encode("utf-8")) == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode(cp1258(text)) == text
    assert decode(cp1258(text), declared="windows-1258") == text


def test_declared_charset_that_lies_falls_back_to_detection():
    text = "Ủy ban nhân dân tỉnh"
    assert decode(text.encode("utf-8"), declared="iso-8859-1") == text
    assert decode(text.encode("utf-8"), declared="no-such-charset") == text


def test_undecodable_bytes_name_file_and_offset():
    with pytest.raises(DecodeError) as info:
        decode(b"abc \x81\x8d\x90 ok", source="bad.txt")
    assert info.value.offset == 4
    assert "bad.txt" in str(info.value) and "offset 4" in str(info.value)


ARTICLE = "Huyện ủy Cao Lãnh chỉ đạo các xã hoàn thành 5/12 chỉ tiêu nông thôn mới. " * 40


def test_a_stray_byte_in_utf8_becomes_one_replacement():
    data = ARTICLE.encode("utf-8")
    at = data.index(b" ", 500)  # between two words: no character is split
    damaged = data[:at] + b"\xff" + data[at:]
    report = decode_report(damaged, declared="utf-8", source="a.html")
    assert (report.encoding, report.replaced) == ("utf-8", 1)
    assert report.text.replace("\ufffd", "", 1) == ARTICLE
    assert decode_raw(damaged) == report.text


def test_a_character_cut_in_half_loses_only_its_bytes():
    data = ARTICLE.encode("utf-8")
    cut = data.index("ủy".encode()) + 1  # the middle of a three-byte character
    report = decode_report(data[:cut] + data[cut + 1 :])
    # the two bytes left of "ủ" read as one replacement character
    assert report.encoding == "utf-8" and report.replaced == 2
    assert report.text.count("\ufffd") == 1 and len(report.text) == len(ARTICLE)


def test_damaged_utf8_wins_over_a_declared_charset_that_lies():
    data = ARTICLE.encode("utf-8")
    at = data.index(b" ", 300)
    damaged = data[:at] + b"\xc3" + data[at:]  # a lead byte with no continuation
    report = decode_report(damaged, declared="iso-8859-1")
    assert report.encoding == "utf-8" and report.replaced == 1
    assert "Huyện ủy" in report.text


def test_windows_1258_with_an_undefined_byte_keeps_the_page():
    data = cp1258(ARTICLE)
    at = data.index(b" ", 200)
    damaged = data[:at] + b"\x81" + data[at:]  # 0x81 means nothing in windows-1258
    for declared in (None, "windows-1258"):
        report = decode_report(damaged, declared=declared)
        assert report.encoding == "cp1258" and report.replaced == 1
        assert normalize_text(report.text).replace("\ufffd", "") == ARTICLE


def test_clean_input_reports_nothing_replaced():
    assert decode_report(ARTICLE.encode("utf-8")).replaced == 0
    assert decode_report(cp1258(ARTICLE)).replaced == 0
    assert decode_report(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")).encoding == "utf-8"


@pytest.mark.parametrize("seed", range(5))
def test_binary_data_is_refused(seed):
    import random

    noise = random.Random(seed).randbytes(4000)
    for data in (noise, b"\x89PNG\r\n\x1a\n" + noise, b"%PDF-1.4\n" + noise):
        with pytest.raises(DecodeError, match="mostly not text"):
            decode(data, source="x.bin")


def test_a_page_in_tcvn3_fonts_is_read_whatever_western_charset_it_declares():
    from extract.normalize import _tcvn3_table

    sentence = (
        "Ngày 14/01, huyện Đầm Hà tổ chức hội nghị tổng kết công tác năm 2008, thu ngân sách "
        "đạt 28,6 tỷ đồng, bằng 118% dự toán; tỷ lệ hộ nghèo giảm xuống còn 15,1%. Dự hội nghị "
        "có đồng chí Phó Chủ tịch UBND tỉnh và lãnh đạo các xã, thị trấn trong huyện."
    )
    back = {letter: chr(shown) for shown, letter in _tcvn3_table().items()}
    data = "".join(back.get(c, c) for c in sentence).encode("latin-1")
    assert decode(data, "windows-1252") == sentence
    assert decode(data) == sentence
    assert decode(sentence.encode("utf-8")) == sentence  # Unicode text is never remapped
