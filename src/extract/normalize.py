"""Text and byte repair: every string the pipeline sees passes through here first.

- `decode` turns bytes into text: BOM, UTF-8, the declared charset, then
  windows-1258 when the bytes read as Vietnamese. A few bytes the chosen
  encoding cannot read become U+FFFD and are counted (`decode_report`);
  input that is mostly not text gets a `DecodeError` naming the file and the
  byte offset (never silent mojibake).
- `normalize_text` gives NFC text with one tone placement ("ủy", "hòa",
  "thủy"), "Đ" for its look-alike "Ð", plain spaces and quotes, and no
  zero-width or control characters. It keeps the length of NFC input stable
  except where characters are dropped, and is idempotent.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = [
    "DecodeError",
    "Decoded",
    "decode",
    "decode_raw",
    "decode_report",
    "normalize_text",
    "fold",
    "VIETNAMESE_LETTERS",
]

VIETNAMESE_LETTERS = "ăâđêôơưĂÂĐÊÔƠƯ"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below

# Characters that look right but are wrong: eth for Đ, typographic spaces, curly
# apostrophes (names such as K’Nớ are matched with a plain one). Typographic double
# quotes are kept: a headline or a quotation is emitted as the page printed it.
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
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
    # Lone surrogates (from a broken JSON escape or a careless slice) cannot be
    # encoded at all: they become the replacement character, as bad bytes do.
    | {code: "\ufffd" for code in range(0xD800, 0xE000)}
)
# Zero-width characters, BOMs and C0/C1 controls other than tab and newline: deleted.
_INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f"
)
# Every character to repair, found in one scan and replaced where it stands. Most
# texts hold none or a few, and `str.translate` through a dict pays a lookup per
# character of the whole text (twenty times the cost of the scan).
_REPAIRABLE = re.compile(
    "["
    + re.escape("".join(chr(code) for code in _TRANSLATE if not 0xD800 <= code < 0xE000))
    + "\ud800-\udfff"
    + _INVISIBLE_CHARS
    + "]"
)


def _repair(match: re.Match[str]) -> str:
    """The table's replacement for one character; an invisible one is deleted."""
    return _TRANSLATE.get(ord(match.group()), "")


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
    """Repair ``text``: NFC, one tone placement, Đ, spaces, quotes, no invisibles,
    U+FFFD for lone surrogates.

    Line breaks are unified to ``\\n``; other white space is left where it is,
    so the structure of a page dump (paragraphs, blank lines) survives.

    >>> normalize_text("Huye\\u0323\\u0302n u\\u0309y")   # NFD, new-style "uỷ"
    'Huyện ủy'
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _REPAIRABLE.sub(_repair, text)
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
        The decoded text (see `decode_report` for the policy); a few
        undecodable bytes become U+FFFD.

    Raises:
        DecodeError: see `decode_report`.
    """
    return decode_report(data, declared, source).text


@dataclass(frozen=True)
class Decoded:
    """Bytes read as text: the text (not repaired), the encoding that read it,
    and how many bytes that encoding could not read (each run became U+FFFD)."""

    text: str
    encoding: str
    replaced: int = 0


def decode_report(data: bytes, declared: str | None = None, source: str = "<bytes>") -> Decoded:
    """Decode ``data`` to text, keeping the page when a few bytes are damaged.

    The policy: a BOM decides; else valid UTF-8; else UTF-8 with a few broken
    bytes when the rest is plainly UTF-8 (many valid multi-byte characters);
    else the declared charset; else windows-1258 when the bytes read as
    Vietnamese. When none of these reads every byte, the one that reads the
    most is taken and the bytes it cannot read become U+FFFD (counted in
    ``replaced``). Only input that is mostly not text is refused.

    Args:
        data: the raw bytes of a page or file.
        declared: a charset the HTTP header or ``<meta>`` declared, if any.
        source: a file name or URL, used in the error message.

    Returns:
        A `Decoded`: text, encoding and the number of replaced bytes.

    Raises:
        DecodeError: when more than one byte in twenty is undecodable or a
            control character (binary data, a wrong content type), or when no
            supported encoding fits; names the first bad byte's offset.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, replaced, first = _lenient(data[len(bom) :], encoding)
            decoded = Decoded(text, encoding, replaced)
            return _refuse_binary(decoded, data, source, first + len(bom) if replaced else 0)
    # Valid UTF-8 with non-ASCII bytes almost never happens by accident, so it
    # wins over a declared charset: pages often declare one and send the other.
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_bad = error.start
    utf8 = _damaged_utf8(data)
    if utf8.replaced * _UTF8_EVIDENCE <= _multibyte_chars(utf8.text):
        return _refuse_binary(utf8, data, source, first_bad)
    tcvn3 = _from_tcvn3(data)
    if tcvn3 is not None:  # a ".VnTime" font page, whatever Western charset it declares
        return Decoded(tcvn3, "tcvn3")
    encoding = _known_encoding(declared) if declared else None
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            pass
    legacy = _try_windows_1258(data)
    if legacy is not None:
        return Decoded(legacy, "cp1258")
    candidates = [utf8]
    if encoding and encoding != "utf-8":
        text, replaced, _ = _lenient(data, encoding)
        candidates.append(Decoded(text, encoding, replaced))
    text, replaced, _ = _lenient(data, "cp1258")
    if _reads_as_vietnamese(text):
        candidates.append(Decoded(text, "cp1258", replaced))
    best = min(candidates, key=lambda d: d.replaced)  # the first wins a tie
    return _refuse_binary(best, data, source, first_bad)


# Damaged UTF-8 is taken before a declared charset when its valid multi-byte
# characters outnumber its broken bytes this many times over.
_UTF8_EVIDENCE = 4
# More than this share of undecodable or control bytes: binary, not a page.
_MAX_DAMAGE = 0.05
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
# C1 controls: never text; in a Western charset's reading, Windows quote marks
_C1 = re.compile("[\x80-\x9f]")
_replacements = threading.local()


def _count_replaced(error: UnicodeDecodeError) -> tuple[str, int]:
    _replacements.count += error.end - error.start
    if _replacements.first < 0:
        _replacements.first = error.start
    return "\ufffd", error.end


codecs.register_error("vnextract-count", _count_replaced)


def _lenient(data: bytes, encoding: str) -> tuple[str, int, int]:
    """``data`` decoded with U+FFFD for what ``encoding`` cannot read:
    (text, bytes replaced, offset of the first replaced byte or -1)."""
    _replacements.count, _replacements.first = 0, -1
    text = data.decode(encoding, "vnextract-count")
    return text, _replacements.count, _replacements.first


def _damaged_utf8(data: bytes) -> Decoded:
    text, replaced, _ = _lenient(data, "utf-8")
    return Decoded(text, "utf-8", replaced)


def _multibyte_chars(text: str) -> int:
    """How many characters of ``text`` took more than one byte in UTF-8."""
    return 0 if text.isascii() else len(_NON_ASCII.findall(text))


def _refuse_binary(decoded: Decoded, data: bytes, source: str, first_bad: int) -> Decoded:
    """``decoded``, unless too much of it is not text (then DecodeError)."""
    damage = decoded.replaced + len(_CONTROLS.findall(decoded.text))
    if data and damage / len(data) > _MAX_DAMAGE:
        raise DecodeError(
            source,
            max(first_bad, 0),
            f"mostly not text: {damage} of {len(data)} bytes are undecodable in "
            f"{decoded.encoding} or control characters; binary data or a wrong content type?",
        )
    return decoded


def _known_encoding(name: str) -> str | None:
    name = name.strip().strip("\"'").lower()
    aliases = {"windows-1258": "cp1258", "x-viet-windows": "cp1258", "vietnamese": "cp1258"}
    try:
        return codecs.lookup(aliases.get(name, name)).name
    except LookupError:
        return None


@cache
def _tcvn3_table() -> dict[int, str]:
    """``tcvn3.tsv``: the Latin-1 character a TCVN3 byte shows -> its Vietnamese letter."""
    table = {}
    source = files("extract").joinpath("tcvn3.tsv").read_text(encoding="utf-8")
    for line in source.splitlines():
        if line and not line.startswith("#"):
            shown, letter = line.split("\t")
            table[ord(shown)] = letter
    return table


# Letters only TCVN3 text shows this often inside words (đ, á, à, ả, ạ, ă, â, ô, ơ, ư).
_TCVN3_MARKS = re.compile("[a-zA-Z][\xae\xb8\xb5\xb6\xb9\xa8\xa9\xab\xac\xad]|[\xae\xa7][a-zA-Z]")
# Any letter of Unicode Vietnamese beyond Latin-1: TCVN3 text never has one.
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_TCVN3_EVIDENCE = 10
# At most one control or C1 byte (a Windows quote mark) in this many.
_TCVN3_CLEAN = 200


def _from_tcvn3(data: bytes) -> str | None:
    """The text of bytes written in TCVN3 (the ".VnTime" fonts of the 1990s and 2000s),
    or None when they do not read so: many letter-mark pairs only TCVN3 makes, and no
    letter of Unicode Vietnamese."""
    text = data.decode("latin-1")
    if len(_TCVN3_MARKS.findall(text)) < _TCVN3_EVIDENCE or _UNICODE_VIETNAMESE.search(text):
        return None
    if (len(_CONTROLS.findall(text)) + len(_C1.findall(text))) * _TCVN3_CLEAN > len(text):
        return None  # binary data: TCVN3 text uses neither control nor C1 bytes
    return text.translate(_tcvn3_table())


def _try_windows_1258(data: bytes) -> str | None:
    """windows-1258 decodes most byte strings; accept it only when every byte
    reads and the result reads as Vietnamese."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return None
    return text if _reads_as_vietnamese(text) else None


def _reads_as_vietnamese(text: str) -> bool:
    """True when Vietnamese letters or combining tones make up 5% of the letters
    (and no C1 control appears)."""
    if _C1.search(text):
        return False
    letters = sum(c.isalpha() for c in text)
    marks = len(_LOOKS_VIETNAMESE.findall(unicodedata.normalize("NFD", text)))
    return bool(letters) and marks / letters >= 0.05
