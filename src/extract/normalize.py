"""Text and byte repair: every string the pipeline sees passes through here first.

- `decode` turns bytes into text: BOM, UTF-8, the declared charset, then
  windows-1258 when the bytes read as Vietnamese; otherwise `DecodeError`
  naming the file and the byte offset (never silent mojibake).
- `normalize_text` gives NFC text with one tone placement ("ủy", "hòa",
  "thủy"), "Đ" for its look-alike "Ð", plain spaces and quotes, and no
  zero-width or control characters. It keeps the length of NFC input stable
  except where characters are dropped, and is idempotent.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["DecodeError", "decode", "decode_raw", "normalize_text", "fold", "VIETNAMESE_LETTERS"]

VIETNAMESE_LETTERS = "ăâđêôơưĂÂĐÊÔƠƯ"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below

# Characters that look right but are wrong: eth for Đ, typographic quotes and spaces.
_TRANSLATE = str.maketrans(
    {
        "\u00d0": "Đ",
        "\u00f0": "đ",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
)
# Zero-width characters, BOMs and C0/C1 controls other than tab and newline.
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]"
)

# "Old" tone placement, the one SPEC.md asks for: in an open syllable ending in
# oa, oe or uy the tone sits on the first vowel (hòa, khỏe, thủy), except after
# "q", where "u" belongs to the consonant (quý). Matched on NFC text: each toned
# a/e/y is one precomposed character, mapped here to its base and its tone.
_TONED = {
    unicodedata.normalize("NFC", base + tone): (base, tone)
    for base in "aAeEyY"
    for tone in TONE_MARKS
}
_TONED_SECOND = re.compile(
    r"(?P<first>[oOuU])(?P<second>[" + "".join(_TONED) + r"])"
    r"(?![\w\u0300-\u036f])"  # the syllable ends here: no letter, no further mark
)


def _move_tone(match: re.Match[str]) -> str:
    first, second = match.group("first", "second")
    at = match.start()
    pre = match.string[at - 1] if at else ""
    base, tone = _TONED[second]
    if first in "uU" and base in "aAeE":
        return match.group(0)  # "ua", "ue": not one of the clusters that moves
    if first in "oO" and base in "yY":
        return match.group(0)
    if first in "uU" and pre and pre in "qQ":
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def normalize_text(text: str) -> str:
    """Repair ``text``: NFC, one tone placement, Đ, spaces, quotes, no invisibles.

    Line breaks are unified to ``\\n``; other white space is left where it is,
    so the structure of a page dump (paragraphs, blank lines) survives.

    >>> normalize_text("Huye\\u0323\\u0302n u\\u0309y")   # NFD, new-style "uỷ"
    'Huyện ủy'
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text.translate(_TRANSLATE))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _TONED_SECOND.sub(_move_tone, text)


def fold(text: str) -> str:
    """A comparison key: normalised, lower case, white space collapsed."""
    return " ".join(normalize_text(text).lower().split())


class DecodeError(ValueError):
    """Bytes that no supported encoding reads; names the file and the byte offset."""

    def __init__(self, source: str, offset: int, reason: str):
        self.source, self.offset, self.reason = source, offset, reason
        super().__init__(
            f"{source}: cannot decode byte at offset {offset} ({reason}); "
            "save the file as UTF-8 or pass its charset explicitly"
        )


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LOOKS_VIETNAMESE = re.compile("[" + VIETNAMESE_LETTERS + TONE_MARKS + "]")


def decode(data: bytes, declared: str | None = None, source: str = "<bytes>") -> str:
    """Decode ``data`` to normalised text: `decode_raw`, then `normalize_text`.

    Args:
        data: the raw bytes of a page or file.
        declared: a charset the HTTP header or ``<meta>`` declared, if any.
        source: a file name or URL, used in the error message.

    Returns:
        The text, repaired by `normalize_text`.

    Raises:
        DecodeError: see `decode_raw`.
    """
    return normalize_text(decode_raw(data, declared, source))


def decode_raw(data: bytes, declared: str | None = None, source: str = "<bytes>") -> str:
    """Decode ``data`` to text without repairing it (for callers that normalise only
    the parts they keep, such as the HTML reader).

    Args:
        data: the raw bytes of a page or file.
        declared: a charset the HTTP header or ``<meta>`` declared, if any.
        source: a file name or URL, used in the error message.

    Returns:
        The decoded text: BOM, then UTF-8, then the declared charset, then
        windows-1258 detection.

    Raises:
        DecodeError: when neither the BOM, UTF-8, the declared charset nor
            windows-1258 reads the bytes as text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, source, len(bom))
    # Valid UTF-8 with non-ASCII bytes almost never happens by accident, so it
    # wins over a declared charset: pages often declare one and send the other.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    encoding = _known_encoding(declared) if declared else None
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    legacy = _try_windows_1258(data)
    if legacy is not None:
        return legacy
    raise DecodeError(source, first_bad, "not UTF-8, and not Vietnamese in windows-1258")


def _strict(data: bytes, encoding: str, source: str, shift: int) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(source, error.start + shift, f"invalid {encoding}") from None


def _known_encoding(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    aliases = {"windows-1258": "cp1258", "x-viet-windows": "cp1258", "vietnamese": "cp1258"}
    try:
        return codecs.lookup(aliases.get(name, name)).name
    except LookupError:
        return None


def _try_windows_1258(data: bytes) -> str | None:
    """windows-1258 decodes most byte strings; accept it only when the result reads
    as Vietnamese (its letters or combining tones appear) and has no C1 controls."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    if re.search("[\x80-\x9f]", text):
        return None
    letters = sum(c.isalpha() for c in text)
    marks = len(_LOOKS_VIETNAMESE.findall(unicodedata.normalize("NFD", text)))
    if letters and marks / letters >= 0.05:
        return text
    return None
