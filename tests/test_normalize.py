import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.normalize import DecodeError, decode, normalize_text


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
        ("a\u00a0b\u200bc “d” ‘e’", "a bc \"d\" 'e'"),
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
