"""The ``vn_admin_units`` component: provinces, districts and communes an article names.

It finds three kinds of mention in the Doc text:

- typed: a type word and a name ("huyện Cao Lãnh", "TP.Cao Lãnh", "Phường 4"),
  type words inside organization names included ("Huyện ủy Cao Lãnh",
  "UBND xã Nhị Mỹ"); one type word may head a list ("các xã: Mỹ Hội, Mỹ
  Hiệp, Phong Mỹ (Cao Lãnh)", "Phường 4, 5, 7 và 12") and a parent may follow
  in parentheses or after a comma ("xã Mỹ Hiệp, huyện Cao Lãnh");
- bare: a name alone ("Cao Lãnh thực hiện ..."), accepted only when it is a
  province, a district of the province the article is about, or a unit the
  article also names with its type word: many commune names are common words
  or people's given names;
- and it links each to a unit of the gazetteer (`extract.nlp.gazetteer`):
  by type word, then by the parent written next to it, then by the province
  and district the article is about (its source site and its other
  mentions). Still ambiguous: the unit is emitted without a code rather than
  with a wrong one.

The publication date decides the era: units before the 1 July 2025
reorganisation (with their codes then) or the current ones; former units
named in a later article are emitted without a code. Writes
``doc._.locations`` (`extract.record.Location`), LOC entities, and
``doc._.context.province`` / ``.district`` (the units the article is about).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from extract.nlp.extensions import context_of, set_facts
from extract.nlp.gazetteer import (
    CURRENT,
    LEGACY,
    LEVEL_RANK,
    ROMAN_NUMBER,
    Gazetteer,
    Unit,
    commune_of_district_host,
    commune_of_host,
    district_of_host,
    district_site,
    load_gazetteer,
    name_key,
    site_of,
)
from extract.nlp.lexicon import read_lexicon
from extract.nlp.spans import add_entities, doc_text, finditer_at, first_word_finder, mention
from extract.record import CurrentUnit, Location

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def letter_class(letters: Iterable[str]) -> str:
    """The body of a character class holding ``letters`` (characters in code point
    order), written as ranges ("A-ZÀ-Ö…"). `re` parses a range as one item; listed
    one by one, the letter classes the name patterns repeat took over a quarter
    of the time spent compiling patterns at start-up."""
    runs: list[list[int]] = []
    for code in map(ord, letters):
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


MAX_PARENT_GAP = 3  # characters between a name and its parent unit: " (", ", "
REFORM_DATE = "2025-07-01"  # the 2025 reorganisation took effect on this day
YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
YEAR_WINDOW = 3000  # the date of an undated article: years in its opening
DISTRICT_TYPES = frozenset({"huyện", "quận", "thị xã", "thành phố"})  # district-level type words
TERM_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d(?!\d)")
# The day an undated article reports, without its year: "Ngày 07/11, ...", "Sáng 28/4, ..."
DAY_MONTH_OPENING = re.compile(
    r"(?:^|\n|[-–)][ \t]*)(?:Ngày|Sáng|Chiều|Tối|Trưa)[ \t]+(\d{1,2})[/.-](\d{1,2})(?![/.-]?\d)"
)
# a small word, not a list's "và", then a capital: "Đồn Biên| phòng Tân Thanh"
_SMALL_WORD_AFTER = re.compile(r"[ \t]+(?!(?:và|hoặc|cùng|với)\b)[a-zà-ỹđ]+[ \t]+[A-ZĐ]")
FORMER_AFTER = re.compile(r"[ \t]*\(?cũ\b")  # "huyện Bến Lức cũ", "xã Trà Leng (cũ)"
FULL_DATE_2025 = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-]2025(?!\d)")
TYPE_LEVELS = {
    "tỉnh": ("province",),
    "thành phố": ("province", "district"),
    "thị xã": ("district",),
    "huyện": ("district",),
    "quận": ("district",),
    "xã": ("commune",),
    "phường": ("commune",),
    "thị trấn": ("commune",),
    "đặc khu": ("commune",),
}
# Every unit type word, longest first, for patterns that read them in small letters.
TYPE_WORDS = "|".join(sorted(TYPE_LEVELS, key=len, reverse=True))
TYPE_WORD = re.compile(TYPE_WORDS)
# Type words coordinated before the one a list hangs on: "các xã, phường: A, B".
COORDINATED_TYPES = re.compile(rf"(?:các|những)[ \t]+(?:(?:{TYPE_WORDS})[ \t]*(?:,|và|/)[ \t]*)+$")
MAX_NAME_TOKENS = 6
MAX_NAME_CHARS = 60  # "Thành phố Phan Rang-Tháp Chàm" is 29
LOOKUPS_KEPT = 50_000  # answers kept across articles, per cache (`_kept`): a few MB at most
MAX_MENTIONS = 3000  # of each kind per Doc: far above any article, bounds pathological input
_UPPER = letter_class(chr(c) for c in range(0x41, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
_LOWER = letter_class(chr(c) for c in range(0x61, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
_TOKEN = r"[^\W_][\w'’]*"
_SEP = r"(?:[ \t]*[-–][ \t]*|[ \t]+)"
# Between a type word and its name: "các xã: A, B", "3 xã là A, B", "các xã gồm: A, B",
# "huyện đảo Lý Sơn".
# A lead word never leads to a number: "Đảng ủy phường gồm 07 ủy viên" counts members.
_LEAD = r"[ \t]*(?:(?:là|gồm có|gồm|như|đảo)[ \t]*(?::[ \t]*)?(?!\d)|:[ \t]*)?"
_NAME_WORD = rf"[{_UPPER}0-9][\w'’]*"  # names are written with capitals (or digits)


def _kept(answers: dict, asked, compute):
    """The answer to ``asked`` from a cache shared across articles, ``compute()``-d
    the first time. Names the gazetteer lacks are asked too, so a long archive
    would grow the cache without end: it is emptied when full (answers are cheap
    to compute again)."""
    answer = answers.get(asked, _UNASKED)
    if answer is _UNASKED:
        if len(answers) >= LOOKUPS_KEPT:
            answers.clear()
        answer = answers[asked] = compute()
    return answer


_UNASKED = object()  # `_kept`'s mark for a question not in its cache (None is an answer)


def name_pattern(lower_words: set[str]) -> re.Pattern[str]:
    """The regex of a name after a type word: up to six capitalised words or numbers
    ("Hưng Khánh Trung B", "Bà Rịa - Vũng Tàu", "4"), plus the few lower-case words
    real unit names contain ("Nông trường Việt Lâm").

    Args:
        lower_words: those lower-case words.
    """
    word = _NAME_WORD
    if lower_words:
        word = "(?:" + _NAME_WORD + "|" + "|".join(map(re.escape, sorted(lower_words))) + ")"
    rest = rf"(?:{_SEP}{word}(?![\w'’])){{0,{MAX_NAME_TOKENS - 1}}}"
    return re.compile(rf"{_LEAD}({_NAME_WORD}{rest})")


TOKENS = re.compile(rf"{_TOKEN}|{_SEP}")
# Between the items of a list that shares one type word (a dump may break the line after
# the comma or the "và", which the page reader keeps as a paragraph break).
LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*và|,|và|&)[ \t]*(?:\n[ \t]*){0,2}")
LIST_STARTS = (",", "và ", "và\n", "&")  # what follows a name that a list continues
# After a parent in parentheses, the next group of the same list: "A, B (Nam Trực); C (Ý Yên)".
GROUP_SEP = re.compile(r"[ \t]*(?:[;,][ \t]*(?:và[ \t]+)?|và[ \t]+)(?:\n[ \t]*){0,2}")
# A counted or plural type word whose names come a few words later: "4 xã gồm: A, B",
# "5 xã được công nhận lần này, gồm A, B". Found from the "gồm"/"là" back to the type
# word (group 1), within REMOTE_WINDOW characters.
# "3 xã (Yên Bài, Tiên Phong, Phú Đông)": the names in brackets right after the count.
REMOTE_TRIGGERS = ("gồm", " là ", ":", "(")
REMOTE_TRIGGER = re.compile(
    r"(?:(?:gồm có|bao gồm|gồm|là)[ \t]*:?|(?<=:)|(?<=\())[ \t]*(?=[" + _UPPER + r"])"
)
REMOTE_HEAD = re.compile(
    r"(?<![\w])(?:\d+|[Cc]ác|[Nn]hững)[ \t]+(xã|phường|thị trấn|huyện|thị xã|quận)(?![\w])"
    r"[^.;:\n]{0,80}?[ \t,:]$"
)
# A figure written after a listed name: "A 15/19 tiêu chí, B (14/19), C đạt 16/19 tiêu chí"
ITEM_FIGURE = re.compile(
    r"[ \t]*(?:\([^()\d]{0,20}\d[^()]{0,20}\)|(?:đạt[ \t]+)?\d[\d.,/]*%?(?:[ \t]+[^\W\d]\w*){0,3})"
)
# What follows a number that is a figure, not a numbered ward: "Tại phường Phú Mỹ, 15/20
# khu phố", "phường A, 12% ..." (read as "phường 15" before).
FIGURE_TAIL = re.compile(r"[/%]|[,.]\d")
# A list item that is a bare number, and the numbered name it shortens ("Tân Phước 1, 2").
_BARE_ITEM_NUMBER = re.compile(r"(\d{1,2})(?![\w/.,%]\d)(?!\w)")
_NUMBERED_NAME = re.compile(r"^(\D+?)\s+\d{1,2}$")
REMOTE_WINDOW = 110
# A syllable of each type word REMOTE_HEAD takes: a window with none has no head (fast test).
REMOTE_TYPE_SYLLABLES = ("xã", "phường", "trấn", "huyện", "quận")
# One token of a name the gazetteer lacks: a capitalised syllable ("Ea", "H'Leo"), a
# letter, a number that is not part of a figure ("1", not "1/4", "2,5" nor a score "3-1").
NEW_TOKEN = re.compile(
    rf"([{_UPPER}][{_LOWER}]*(?:['’][{_UPPER}{_LOWER}][{_LOWER}]*)?|\d{{1,2}})"
    rf"(?![\w'’])(?![/.,%]\d)(?!-\d)"
)
MAX_NEW_TOKENS = 4
# What may follow a one-syllable name the gazetteer lacks: "thị trấn Trới và", "xã Mông,".
SINGLE_CLOSE = re.compile(r"[ \t]*(?:[,.;:)\n]|và[ \t]|$)")
# One more capitalised syllable closing a list item after a one-syllable gazetteer
# name: "Thắng Quân (Yên Sơn)" is a commune the gazetteer lacks, not its "Thắng".
ONE_MORE_SYLLABLE = re.compile(
    rf"[ \t]+[{_UPPER}][{_LOWER}]+(?=[ \t]*(?:[,;(]|và[ \t]))"
)
# A parent in parentheses right after a name or a list: "(Cao Lãnh)".
PAREN = re.compile(r"[ \t]*\([ \t]*([^()\n]{1,60}?)[ \t]*\)")
# A parent after a dash, closing a group of a list: "Quài Tở, Mường Thín - huyện Tuần Giáo;"
DASH_PARENT = re.compile(r"[ \t]+[-–][ \t]+([^;,.()\n]{2,40}?)(?=[ \t]*(?:;|,|\.|[ \t]và[ \t]|$))")
# A parent after "của"/"thuộc", closing a group of a list: "Tam Mỹ Đông, Tam Giang của
# huyện Núi Thành; Điện Phong, Điện Trung của thị xã Điện Bàn."
OF_PARENT = re.compile(
    r"[ \t]+(?:của|thuộc)[ \t]+([^;,.()\n]{2,40}?)(?=[ \t]*(?:;|,|\.|[ \t]và[ \t]|$))"
)
# Between a district and its province in one pair of brackets: "(Đô Lương - Nghệ An)".
_PARENT_PAIR_SEP = re.compile(r"[ \t]*(?:[-–,])[ \t]*(?:tỉnh[ \t]+)?")
# A parent the gazetteer lacks, in parentheses after a list's group: "Mai Phụ (Lộc Hà); ..."
UNKNOWN_PARENT = re.compile(
    rf"(?:(?:huyện|thị xã|TX|TP)[ \t]+)?[{_UPPER}][{_LOWER}]*(?:[ \t]+[{_UPPER}][{_LOWER}]*){{0,3}}"
)
# Between a unit and its parent in an address: "xã Mỹ Hiệp, huyện Cao Lãnh".
ADDRESS_SEP = re.compile(r"[ \t]*[,–-]?[ \t]*\(?")
# A run of capitalised words: a candidate bare name.
# (Without a look-behind, so the regex engine can skip to capitals fast; the
# character before is checked in Python.)
CAPITAL_RUN = re.compile(rf"[{_UPPER}][\w'’]*(?:[ \t]+[{_UPPER}][\w'’]*)*")
ACRONYM = re.compile(r"[A-ZĐ&]{2,}")
_ACRONYM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ&")  # ACRONYM's characters


@dataclass(frozen=True)
class TypeWord:
    """A word introducing a unit name: its unit type, whether it names an office
    ("Huyện ủy"), and the types the unit may have been upgraded to since."""

    type: str
    office: bool
    later: tuple[str, ...] = ()


@cache
def type_words() -> tuple[re.Pattern[str], dict[str, TypeWord]]:
    """The type-word regex and surface form -> `TypeWord`, from lexicons/unit_words.tsv."""
    forms: dict[str, TypeWord] = {}
    for row in read_lexicon("unit_words.tsv"):
        surface, unit_type, case = row[:3]
        later = tuple(row[3].split("|")) if len(row) > 3 and row[3] else ()
        word = TypeWord(unit_type, " ủy" in surface, later)
        variants = {surface}
        if case == "any":
            variants |= {surface.capitalize(), surface.title(), surface.upper()}
        for variant in variants:
            forms[variant] = word
    alternatives = _trie_regex(list(forms))
    # Only a type word followed by a name counts: a capital or a digit, maybe after
    # a colon or "là" ("các xã: Mỹ Hội", "3 xã là Cẩm Lý"), or touching it
    # ("TP.Cao Lãnh", "TPHCM"). No look-behind: `find_typed` checks the character
    # before in Python, which lets the regex engine skip ahead faster.
    pattern = re.compile(rf"(?:{alternatives})(?={_LEAD}[{_UPPER}0-9])")
    return pattern, forms


def _trie_regex(words: list[str]) -> str:
    """One regex matching any of ``words``, longest first, factored by common prefixes
    ("th(?:ành(?: phố| ủy)|ị(?: xã| trấn| ủy))"): far faster than a flat alternation."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # a shorter word ends here: the longer continuation is tried first
            return "(?:" + body + ")?"
        return body

    return build(trie)


@cache
def later_types() -> dict[str, tuple[str, ...]]:
    """Unit type -> the types a unit of it may have been upgraded to (unit_words.tsv)."""
    return {word.type: word.later for word in type_words()[1].values() if word.later}


@cache
def common_names() -> frozenset[str]:
    """Name keys of units that are also ordinary words or given names
    (lexicons/unit_common_names.tsv)."""
    return frozenset(name_key(row[0]) for row in read_lexicon("unit_common_names.tsv"))


@dataclass(frozen=True)
class NameWords:
    """What ends a unit name the gazetteer lacks (lexicons/unit_name_words.tsv), and the
    family names that start a person's name after it (lexicons/surnames.txt)."""

    stops: frozenset[str]
    suffixes: frozenset[str]
    counts: frozenset[str]
    surnames: frozenset[str]
    names: frozenset[str] = frozenset()


@cache
def name_words() -> NameWords:
    """The `NameWords` of the lexicons, loaded once."""
    rows = read_lexicon("unit_name_words.tsv")
    by_role: dict[str, set[str]] = defaultdict(set)
    for word, role in (row[:2] for row in rows):
        by_role[role].add(word)
    surnames = frozenset(row[0] for row in read_lexicon("surnames.txt"))
    return NameWords(frozenset(by_role["stop"]), frozenset(by_role["suffix"]),
                     frozenset(by_role["count"]), surnames, frozenset(by_role["name"]))


@cache
def continuation() -> re.Pattern[str]:
    """What, right after a gazetteer name, makes it another unit's name: a number, a
    letter or a suffix word of unit_name_words.tsv ("Phước Cát" + " 1"). A number
    written with a leading zero is a count ("xã Hạnh Phúc 04 nhà")."""
    suffixes = "|".join(map(re.escape, sorted(name_words().suffixes)))
    return re.compile(
        rf"[ \t]+(?:(?!0)\d{{1,2}}(?![\w'’])(?![/.,%]\d)|[{_UPPER}](?![\w'’])(?![ \t]+[{_UPPER}])"
        rf"|(?:{suffixes})(?![\w'’])(?![ \t]+(?:tá|tướng)(?!\w)))"  # "Thượng tá" is a rank
    )


def new_name_end(
    text: str, pos: int, words: NameWords, single: bool = False, bracketed: bool = False
) -> int | None:
    """Where a unit name the gazetteer lacks, written at ``pos``, ends.

    Such a name is two to four capitalised syllables ("Lộc Hà"), or one or more
    closed by a number or a letter ("Phước Cát 1"), or, with ``single``, one
    syllable closing a phrase ("thị trấn Trới và các xã"). It ends before a stop
    word, before a person's name ("huyện Lộc Hà Nguyễn Văn A") and at the number.

    With ``bracketed`` (a parent in brackets follows, showing it is a unit's name), a
    name may open with a family name's syllable and go on past a stop word ("Sơn
    Trường (Hương Sơn)").

    Returns:
        The end offset, or None when the words at ``pos`` do not read as a unit name
        (a person's name, an organization's, a single syllable).
    """
    syllables, end, at, closed = 0, None, pos, False
    for _ in range(MAX_NEW_TOKENS + 1):
        m = NEW_TOKEN.match(text, at)
        if not m:
            break
        token = m.group(1)
        if token.isdigit() or len(token) == 1:
            if len(token) == 1 and not token.isdigit() and NEW_TOKEN.match(
                    text, _skip_space(text, m.end())):
                break  # "Y Ngọc": a letter opening a person's name
            if syllables and not (token.isdigit() and _counted(text, m.end(), words)):
                end, closed = m.end(), True
            break
        if token in words.stops and not (bracketed and syllables):
            break
        if token in words.surnames and not bracketed:
            if not syllables:
                return None  # a person's name, not a place's
            if syllables >= 2 and NEW_TOKEN.match(text, _skip_space(text, m.end())):
                break  # a person's name right after the unit's
        if syllables == 1 and token == "Thị" and not bracketed:
            return None  # "Huyện Đoàn Clâu Thị Nhiên": a woman's middle name, not a place's
        if syllables == MAX_NEW_TOKENS:
            return None  # a longer run of capitals is a title or a name, not a unit's
        syllables, end = syllables + 1, m.end()
        at = _skip_space(text, m.end())
        if at == m.end():
            break
    if syllables >= 2 or (syllables and closed):
        return end
    if syllables and single and SINGLE_CLOSE.match(text, end):
        return end
    return None


# a sentence's end: a full stop, ! or ? before a space, or a line break
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# A count after a name, closing a list item: " 1," " 12)" " 3;".
_COUNT_AFTER = re.compile(r"[ \t]+\d{1,4}(?=[ \t]*[,;)])")


def _capital_next(text: str, pos: int) -> bool:
    """Whether spaces then a capital or a digit follow ``pos`` (a fast pre-check)."""
    if text[pos : pos + 1] not in (" ", "\t"):
        return False
    at = _skip_space(text, pos)
    nxt = text[at : at + 1]
    return nxt.isupper() or nxt.isdigit()


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _counted(text: str, pos: int, words: NameWords) -> bool:
    """Whether the word after a number is a counted noun ("3 xã"): the number is a count."""
    at = _skip_space(text, pos)
    word = re.match(r"\w+", text[at : at + 12])
    return bool(word) and word.group().lower() in words.counts


class Renaming(NamedTuple):
    """A unit's type and name before a change the gazetteer already holds
    (lexicons/unit_renamings.tsv)."""

    until: str
    type: str
    name: str
    city: str | None


@cache
def renamings() -> dict[tuple[str, str], Renaming]:
    """``(level, legacy code)`` -> its `Renaming`."""
    return {(row[0], row[1]): Renaming(row[2], row[3], row[4],
                                       None if row[5] in ("", "-") else row[5])
            for row in read_lexicon("unit_renamings.tsv")}


@cache
def blocking_words() -> frozenset[str]:
    """Words that, right before a name, say it is not a unit (lexicons/unit_context.tsv)."""
    return frozenset(row[0].lower() for row in read_lexicon("unit_context.tsv"))


# --- what the matcher finds ----------------------------------------------------------------


@dataclass
class Found:
    """One mention of a unit, before and after resolution.

    ``typ`` is the written type word's unit type (None for a bare name);
    ``group`` ties the items of one list; ``parents`` are name keys of the
    parent units written next to it; ``unit`` is the resolved unit and
    ``former`` marks a pre-2025 unit named in a later article; ``new`` a unit
    the gazetteer lacks, written with its type word (emitted without a code, its
    name ``surface`` as written); ``loose`` a list item whose type word is its
    list's, not its own ("37 xã gồm: Tân Đồng, ..." lists phường Tân Đồng too).
    """

    start: int
    end: int
    key: str
    typ: str | None
    kind: str  # "typed", "list", "paren", "bare"
    group: int = -1
    parents: list[str] = field(default_factory=list)
    unit: Unit | None = None
    candidates: list[Unit] = field(default_factory=list)
    former: bool = False
    resolved: bool = False
    new: bool = False
    surface: str = ""
    loose: bool = False


class Named(NamedTuple):
    """The units (both eras) a name key names: their types, and the highest of their
    levels' `LEVEL_RANK` (0: no unit)."""

    types: frozenset[str]
    top_rank: int


def _named_province(found: list[Found], title_end: int) -> Unit | None:
    """With no site's province and no typed vote, the province the headline names
    ("Điện Biên: Tháo gỡ khó khăn ..."), else the only one the article names."""
    provinces = [f.unit for f in found if f.unit is not None and f.unit.level == "province"]
    in_title = [f.unit for f in found
                if f.unit is not None and f.unit.level == "province" and f.start < title_end]
    for units in (in_title, provinces):
        if units and len({u.code for u in units}) == 1:
            return units[0]
    return None


class Matches(NamedTuple):
    """What `AdminUnitRecognizer.match` finds in one Doc, and the former names of units
    renamed after the article was written (see `renamings`)."""

    found: list[Found]
    province: Unit | None
    district: Unit | None
    former_names: dict[tuple[str, str], Renaming] = {}
    commune: Unit | None = None  # the commune whose page on its district's portal it is


@cache
def neighbour_country() -> re.Pattern[str]:
    """The words of lexicons/neighbour_countries.txt, as whole words ("Lào", not "Lào Cai")."""
    words = "|".join(re.escape(row[0]) for row in read_lexicon("neighbour_countries.txt"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)(?![ \t]+Cai)")


def text_key(surface: str) -> str:
    """`name_key` for text that is already normalised (as the Doc text is): fast."""
    key = surface.lower()
    if "'" in key or "’" in key:
        key = key.replace("'", "").replace("’", "")
    if "\t" in key or "  " in key:
        key = " ".join(key.split())
    return key


def _prefixes(surface: str) -> list[tuple[str, int]]:
    """``(key, end)`` of every token-boundary prefix of a name run, longest first."""
    key = text_key(surface)
    if len(key) == len(surface) and "-" not in key and "–" not in key:
        out = [(key, len(key))]  # the common case: single spaces between syllables
        cut = key.rfind(" ")
        while cut > 0:
            out.append((key[:cut], cut))
            cut = key.rfind(" ", 0, cut)
        return out
    out, key = [], ""
    for m in TOKENS.finditer(surface):
        piece = m.group().strip()
        if not piece or piece in "-–":
            key += "-" if piece else " "
            continue
        key += piece
        out.append((text_key(key), m.end()))
    return out[::-1]


class AdminUnitRecognizer:
    """Finds administrative-unit mentions and links them to the gazetteer."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_admin_units"):
        """Args: the pipeline and this component's name (spaCy factory signature)."""
        self.name = name
        self.gaz: Gazetteer = load_gazetteer()
        self.type_pattern, self.type_forms = type_words()
        self.blockers = blocking_words()
        self.words = name_words()
        self.continued = continuation()
        heads = "|".join(map(re.escape, sorted(self.words.names, key=len, reverse=True)))
        # A company's or school's name running up to a bare place name.
        self.inside_name = re.compile(rf"(?:{heads})[^,.;:!?()\n]{{0,60}}[ \t]$") if heads \
            else None
        # Their first words: a window holding none of them holds no such name (a cheap test).
        self.name_starts = tuple({head.split()[0] for head in self.words.names if head.split()})
        self.common_names = common_names()
        self._lookups: dict[tuple[str, str | None], tuple[str, int] | None] = {}
        self._named: dict[str, Named] = {}
        self.name_re = name_pattern({
            word for unit in self.gaz.units for word in unit.name.replace("-", " ").split()
            if not (word[0].isupper() or word[0].isdigit())
        })

    def __call__(self, doc: Doc) -> Doc:
        """Find and resolve the units of ``doc``; returns the same Doc, annotated."""
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    # --- finding ---------------------------------------------------------------------------

    def match(self, doc: Doc) -> Matches:
        """Every unit mention in ``doc``, resolved to a gazetteer unit where possible.

        Args:
            doc: a Doc whose ``doc._.context`` names its source and date.

        Returns:
            The mentions in text order (unresolvable ones dropped) and the
            province and district the article is about.
        """
        text = doc_text(doc)
        context = context_of(doc)
        typed = self.find_typed(text)
        era = era_of(context.published, text) or self._era_by_units(text, typed)
        site = site_of(context.source) or district_site(self.gaz, context.source)
        resolver = Resolver(self.gaz, era, site, context.source)
        resolver.resolve_typed(text, typed)
        bare = self.find_bare(text, typed)
        title_end = next((end for name, _, end in context.fields if name == "title"), 0)
        resolver.choose_district(typed, bare, title_end, text)
        resolver.resolve_communes(typed, text)
        self._accept_new(text, typed)
        former = self._former_names(context.published, era, typed)
        resolver.resolve_bare(bare, typed, self.common_names)
        found = [f for f in typed + bare if f.resolved]
        found.sort(key=lambda f: (f.start, f.end))
        province = resolver.about_province or _named_province(found, title_end)
        about = resolver.about_district
        if about is None and era == CURRENT and resolver.about_province is not None:
            # a commune's own portal: "Đảng ủy phường" is that ward's
            about = commune_of_host(self.gaz, context.source, resolver.about_province.code)
        commune = None
        if about is not None and about.level == "district" and era != CURRENT:
            # a commune's page on its district's portal: "UBND xã" is that commune's
            commune = commune_of_district_host(self.gaz, context.source, about.code)
        return Matches(found, province, about, former, commune)

    def _era_by_units(self, text: str, typed: list[Found]) -> str | None:
        """``current`` when an article nothing else dates names more units that exist only
        since the reorganisation ("phường Thành Vinh") than units that ended with it
        ("huyện Nghi Lộc"); a unit written as former ("huyện Bến Lức cũ") counts as
        neither. Else None (legacy units first, as for any undated article)."""
        only_current = only_legacy = 0
        for found in typed:
            if found.typ is None or FORMER_AFTER.match(text, found.end):
                continue
            eras = {u.era for u in self.units_named(found.key) if u.type == found.typ}
            only_current += eras == {CURRENT}
            only_legacy += eras == {LEGACY}
        return CURRENT if only_current > only_legacy else None

    def _former_names(self, published: str | None, era: str | None,
                      typed: list[Found]) -> dict[tuple[str, str], Renaming]:
        """The renamings (`renamings`) that postdate the article, and its "thành phố X"
        mentions that then named a lower city the gazetteer lacks, made new units."""
        if era != LEGACY:
            return {}
        date = published[:10] if published else None
        former = {key: r for key, r in renamings().items() if date is None or date < r.until}
        for found in typed:
            unit = found.unit
            if unit is None or found.typ != "thành phố":
                continue
            renamed = former.get((unit.level, unit.code))
            if renamed and renamed.city and name_key(renamed.city) == found.key:
                found.unit, found.new = None, True  # "thành phố Huế" in 2020: the old city
        return former

    def _accept_new(self, text: str, typed: list[Found]) -> None:
        """Keep, without a code, typed units the gazetteer lacks: names it does not know
        ("xã Phước Cát 1") and names it knows only as another level ("huyện Lộc Hà",
        which it has only as a thị trấn since the district was merged). A name the article
        has already tied to a unit of the same type ("các xã A, Tân Hòa ...; riêng xã Tân
        Hòa ...") is that unit."""
        known = {(f.key, f.typ): f.unit for f in typed if f.resolved and f.unit is not None}
        abroad = neighbour_country().search(text) is not None
        for found in typed:
            if found.unit is None and (found.key, found.typ) in known:
                found.unit, found.resolved, found.new = known[(found.key, found.typ)], True, False
            if found.resolved or found.kind not in ("typed", "list"):
                continue
            if found.typ == "tỉnh":
                continue  # the gazetteer holds every province: "UBND tỉnh Hoàng Nam" is a man
            if abroad:
                continue  # a district of the visiting Lao or Cambodian province, not a unit
            if found.new or found.kind == "typed" and self._ends_name(text, found):
                if found.surface.strip() in addressed_names(text):
                    continue  # "Bí thư Đảng ủy phường Hoàng Nam", who is "đồng chí Hoàng Nam"
                found.new = found.resolved = True

    def _ends_name(self, text: str, found: Found) -> bool:
        """Whether a name the gazetteer knows (as another level's) ends where ``found``
        ends: not before more capitals ("tỉnh Hồ Văn Mừng" is a title and a man)."""
        if NEW_TOKEN.match(text, _skip_space(text, found.end)) and text[found.end:][:1] == " ":
            return False
        return " " in found.surface.strip() or bool(SINGLE_CLOSE.match(text, found.end))

    def lookup(self, surface: str, typ: str | None) -> tuple[str, int] | None:
        """The longest gazetteer name at the start of a run of name tokens.

        Args:
            surface: the run as written ("Mỹ Hiệp vừa", "4, 5" is cut before).
            typ: the written unit type, used for numbered names ("phường 4").

        Returns:
            ``(name key, length in surface)`` or None when no prefix is a unit name.
        """
        # The same runs come back article after article ("Cao Lãnh", "4, 5"): the
        # answer depends on nothing else, so it is kept (bounded, for long runs).
        return _kept(self._lookups, (surface, typ), lambda: self._longest_name(surface, typ))

    def _longest_name(self, surface: str, typ: str | None) -> tuple[str, int] | None:
        by_name = self.gaz.by_name
        for key, end in _prefixes(surface):
            if typ and (key[0].isdigit() or ROMAN_NUMBER.fullmatch(surface[:end])):
                numbered = f"{typ} {key.lstrip('0') or '0'}"  # "phường 4", "phường vii"
                if numbered in by_name:
                    return numbered, end
            if key in by_name:
                return key, end
        return None

    def name_at(
        self, text: str, pos: int, typ: str | None, new: bool = False
    ) -> tuple[str, int, int, bool] | None:
        """A unit name starting at ``pos`` (after optional spaces and a colon).

        Args:
            text: the Doc text.
            pos: where to look.
            typ: the written unit type.
            new: also accept a name the gazetteer lacks (`new_name_end`), and read
                "Phước Cát 1" as such a name rather than as the gazetteer's "Phước Cát".

        Returns:
            ``(name key, start, end, whether the gazetteer lacks it)``, or None.
        """
        m = self.name_re.match(text, pos)
        if not m:  # (its name starts with a capital or a digit: `_NAME_WORD`)
            return None
        start = m.start(1)
        hit = self.lookup(m.group(1), typ)
        if hit is not None:
            key, length = hit
            end = start + length
            if not (new and _capital_next(text, end) and (
                self.continued.match(text, end)
                or " " not in key and ONE_MORE_SYLLABLE.match(text, end)
            )):
                return key, start, end, False
        elif not new or typ == "tỉnh":
            return None  # the gazetteer has every province: "UBND tỉnh H'Yim Kđoh" names a person
        end = new_name_end(text, start, self.words, typ not in (None, "tỉnh", "thành phố"))
        if end is None or (hit is not None and end <= start + hit[1]) or (
            hit is not None and _count_after(text[start + hit[1] : end])
        ):
            return (hit[0], start, start + hit[1], False) if hit else None
        return text_key(text[start:end]), start, end, True

    def find_typed(self, text: str) -> list[Found]:
        """Mentions with a type word: single, listed, and parents in parentheses."""
        found: list[Found] = []
        covered = 0  # where the last name or list ended
        for n, m in enumerate(self.type_pattern.finditer(text)):
            if len(found) >= MAX_MENTIONS or n >= 10 * MAX_MENTIONS:
                break  # no article names this many; a pathological page must stay fast
            if m.start() < covered or _inside_word(text, m.start()):
                continue
            word = self.type_forms[m.group()]
            if word.type == "xã" and text[max(0, m.start() - 8) : m.start()].lower().endswith(
                "hợp tác "
            ):
                continue  # "hợp tác xã" is a cooperative, not a commune
            hit = self.name_at(text, m.end(), word.type, new=True)
            if hit is None:
                continue
            key, start, end, new = hit
            if end - m.start() <= 3 and text[end : end + 1] == ":":
                continue  # "P.V: Xin ông cho biết ...": the interviewer, not Phường V
            group = len(found)
            # The span covers the type word unless it names an office ("Huyện ủy").
            found.append(Found(start if word.office else m.start(), end, key, word.type, "typed",
                               group, new=new, surface=text[start:end],
                               loose=_names_a_list(text, m.start(), m.end(), start)))
            colon = ":" in text[m.end() : start]  # "các xã: A, B; C, D"
            covered = self._list(text, end, word.type, group, found, colon)
            if colon:
                self._retype(text, m.start(), found[group:])
        self._remote_lists(text, found)
        found.sort(key=lambda f: f.start)
        # A parent in parentheses may be read twice (its own type word, a remote list).
        return [f for i, f in enumerate(found)
                if not i or f.start != found[i - 1].start or f.end != found[i - 1].end]

    def _list(self, text: str, end: int, typ: str, group: int, found: list[Found],
              colon: bool = False) -> int:
        """The items and parents after a list's first name, and further groups of the
        same list ("A, B (Nam Trực); C (Nghĩa Hưng)"; after a colon, also "các xã: A,
        B; C, D"); returns where the list ends."""
        while True:
            end = self._list_items(text, end, typ, group, found)
            after = self._paren_parent(text, end, typ, group, found)
            if after == end and not (colon and text[end : end + 1] == ";"):
                return end
            end = after
            sep = GROUP_SEP.match(text, end)
            hit = self.name_at(text, sep.end(), typ, new=True) if sep else None
            if hit is None and sep:
                hit = self._bracketed_new_name(text, sep.end())
            if hit is None or self.type_pattern.match(text, sep.end()):
                return end
            key, start, item_end, new = hit
            if not self._same_level(typ, self.names_of(key).types) and not (
                new and PAREN.match(text, item_end)  # "Sơn Trường (Hương Sơn)": a group
            ):
                return end
            end, group = item_end, len(found)
            found.append(Found(start, end, key, typ, "typed", group, new=new,
                               surface=text[start:end], loose=True))

    def _retype(self, text: str, at: int, items: list[Found]) -> None:
        """Give the items of a list headed by coordinated type words and a colon ("các xã,
        phường: A, B, C", the type words before ``at`` and the one at it) the type of each
        that the gazetteer knows: A a xã, B a phường."""
        head = COORDINATED_TYPES.search(text, max(0, at - 40), at)
        if head is None:
            return
        types = {self.type_forms[w].type for w in TYPE_WORD.findall(head.group())}
        types.add(items[0].typ)
        pools = [[u for u in self.units_named(i.key) if u.type in types] for i in items]
        # the list's province: the one most of its names have a unit of these types in
        votes = Counter(code for pool in pools for code in {u.province_code for u in pool})
        province = max(sorted(votes), key=votes.__getitem__) if votes else None
        for item, pool in zip(items, pools, strict=True):
            fitting = {u.type for u in pool if u.province_code == province}
            fitting = fitting or {u.type for u in pool}
            if fitting and item.typ not in fitting:
                item.typ = min(fitting)

    def _bracketed_new_name(self, text: str, pos: int) -> tuple[str, int, int, bool] | None:
        """A name the gazetteer lacks that opens a list's next group, its parent in
        brackets right after it ("...; Sơn Trường (Hương Sơn), ..."), even when its first
        syllable is a family name's."""
        end = new_name_end(text, pos, self.words, bracketed=True)
        if end is None or not PAREN.match(text, end):
            return None
        return text_key(text[pos:end]), pos, end, True

    def _remote_lists(self, text: str, found: list[Found]) -> None:
        """Names listed a few words after a counted type word: "4 xã gồm: Nậm Mòn, Cốc Lầu
        (huyện Bắc Hà)". Only names the gazetteer has as units of that type count."""
        spans = sorted((f.start, f.end) for f in found)
        for trigger in REMOTE_TRIGGERS:
            at = text.find(trigger)
            while at >= 0:
                skip = trigger.startswith(" ") or trigger in ":("  # read from after the mark
                self._remote_list(text, at + skip, found, spans)
                at = text.find(trigger, at + len(trigger))

    def _remote_list(self, text: str, at: int, found: list[Found], spans: list) -> None:
        """The list a "gồm"/"là" at ``at`` opens, if a counted type word comes before it."""
        m = REMOTE_TRIGGER.match(text, at)
        if not m:
            return
        window = max(0, at - REMOTE_WINDOW)
        if not any(word in text[window:at] for word in REMOTE_TYPE_SYLLABLES):
            return
        head = REMOTE_HEAD.search(text, window, at - (text[at - 1 : at] == "("))
        if not head:
            return
        typ = head.group(1)
        hit = self.name_at(text, m.end(), typ)
        if hit is None or _overlaps(spans, hit[1], hit[2]):
            return
        if typ not in self.names_of(hit[0]).types:
            return
        key, start, end, _ = hit
        group = len(found)
        found.append(Found(start, end, key, typ, "typed", group, surface=text[start:end],
                           loose=True))
        self._list(text, end, typ, group, found)

    def _list_items(self, text: str, end: int, typ: str, group: int, found: list[Found]) -> int:
        """Add the names listed after one type word; returns where the list ends."""
        while True:
            if not text[end : end + 6].lstrip(" \t").startswith(LIST_STARTS):
                figure = ITEM_FIGURE.match(text, end) if text[end : end + 3].strip() else None
                if figure is None or figure.end() == end or not text[
                    figure.end() : figure.end() + 6
                ].lstrip(" \t").startswith(LIST_STARTS):
                    return end  # most names are followed by a word, not a list (fast path)
                end = figure.end()  # "A 15/19 tiêu chí, B ...": the list goes on
            sep = LIST_SEP.match(text, end)
            if not sep or sep.end() == end:
                return end
            if self.type_pattern.match(text, sep.end()):
                return end  # the next item has its own type word
            shortened = self._elliptical_number(text, sep.end(), found, group)
            if shortened is not None:  # "Tân Phước 1, 2": the second is "Tân Phước 2"
                key, start, item_end, surface = shortened
                found.append(Found(start, item_end, key, typ, "list", group, surface=surface,
                                   loose=True))
                end = item_end
                continue
            hit = self.name_at(text, sep.end(), typ, new=True)
            if hit is None:
                return end
            key, start, item_end, new = hit
            if not new and not self._same_level(typ, self.names_of(key).types):
                return end
            if text[start].isdigit() and FIGURE_TAIL.match(text, item_end):
                return end
            if new and typ in ("tỉnh", "thành phố"):
                return end  # every province is known: "tỉnh Lào Cai, El Nino ..." ends the list
            if new and _SMALL_WORD_AFTER.match(text, item_end):
                return end  # "huyện Văn Lãng và Đồn Biên phòng X": a longer name runs on
            found.append(Found(start, item_end, key, typ, "list", group, new=new,
                               surface=text[start:item_end], loose=True))
            end = item_end

    def _elliptical_number(
        self, text: str, pos: int, found: list[Found], group: int
    ) -> tuple[str, int, int, str] | None:
        """ "các xã Tân Phước 1, 2 và 3": a bare number after a numbered name of the same
        list is that name with the number changed, where the gazetteer has it.

        Returns:
            ``(name key, start, end, the name in full)`` or None.
        """
        number = _BARE_ITEM_NUMBER.match(text, pos)
        last = found[-1] if found and found[-1].group == group else None
        base = _NUMBERED_NAME.match(last.surface or "") if last and number else None
        if base is None:
            return None
        surface = f"{base.group(1)} {number.group(1)}"
        key = name_key(surface)
        if key not in self.gaz.by_name:
            return None
        return key, number.start(), number.end(), surface

    @staticmethod
    def _same_level(typ: str, types: frozenset[str]) -> bool:
        """Whether a name known as ``types`` may stand in a list of ``typ``: a "xã" the
        gazetteer knows as the "thị trấn" it later became ("các xã A, B" in 2020)."""
        return typ in types or any(TYPE_LEVELS[t] == TYPE_LEVELS[typ] for t in types)

    def _paren_parent(self, text: str, end: int, typ: str, group: int, found: list) -> int:
        """Read "(Cao Lãnh)" or "(huyện Cao Lãnh)" after a group as its parent, or one
        after a dash or a "của" before the next group ("Mường Thín - huyện Tuần Giáo;
        Mường Nhà ...", "Tam Giang của huyện Núi Thành; Điện Phong ...").

        Returns:
            Where the parentheses close (the parent ends), or ``end`` when there is none.
        """
        if "(" not in text[end : end + 3]:
            ahead = text[end : end + 7].lstrip(" \t")
            if ahead.startswith(("của ", "thuộc ")):
                of = OF_PARENT.match(text, end)
                typed = of is not None and self.type_pattern.match(text, of.start(1))
                return self._parent_at(text, end, of, typ, group, found) if typed else end
            if ahead[:1] not in ("-", "–"):
                return end  # most names are followed by none of these
            dash = DASH_PARENT.match(text, end)
            return self._parent_at(text, end, dash, typ, group, found) if dash else end
        m = PAREN.match(text, end)
        if not m:
            return end
        return self._parent_at(text, end, m, typ, group, found)

    def _parent_at(self, text: str, end: int, m: re.Match[str], typ: str, group: int,
                   found: list) -> int:
        """The parent whose name ``m`` holds in its group 1 (`_paren_parent`)."""
        inner_start = m.start(1)
        word = self.type_pattern.match(text, inner_start)
        parent_typ = self.type_forms[word.group()].type if word else None
        hit = self.name_at(text, word.end() if word else inner_start, parent_typ)
        outer = self._outer_parent(text, hit, m.end(1)) if hit is not None else None
        if hit is None or (hit[2] != m.end(1) and outer is None):
            return self._past_unknown_parent(text, end, m)
        key = hit[0]
        rank = min(LEVEL_RANK[level] for level in TYPE_LEVELS[typ])
        if self.names_of(key).top_rank <= rank:
            return self._past_unknown_parent(text, end, m)
        for item in found[group:]:  # the group's items are the last ones found
            item.parents.append(key)
        if word is None:
            found.append(Found(hit[1], hit[2], key, None, "paren", group))
        else:  # "(huyện Bắc Hà)" is a typed mention of its own
            office = self.type_forms[word.group()].office
            found.append(Found(hit[1] if office else inner_start, hit[2], key, parent_typ,
                               "typed", len(found), surface=text[hit[1] : hit[2]]))
        if outer is not None:  # "(Đô Lương - Nghệ An)": the district, then its province
            for item in found[group:]:
                if item.kind != "paren":
                    item.parents.append(outer[0])
            found.append(Found(outer[1], outer[2], outer[0], None, "paren", group))
        return m.end()

    def _outer_parent(self, text: str, hit: tuple, end: int) -> tuple | None:
        """The province after a district in one pair of brackets ("Đô Lương - Nghệ An",
        "Đô Lương, Nghệ An"), read to ``end``: its ``name_at`` hit, else None."""
        sep = _PARENT_PAIR_SEP.match(text, hit[2])
        if sep is None:
            return None
        outer = self.name_at(text, sep.end(), None)
        return outer if outer is not None and outer[2] == end else None

    @staticmethod
    def _past_unknown_parent(text: str, end: int, paren: re.Match[str]) -> int:
        """Past "(Lộc Hà)" when it names a parent the gazetteer no longer has (a district
        dissolved since), so that the list's next group is still read; else ``end``."""
        if GROUP_SEP.match(text, paren.end()) and UNKNOWN_PARENT.fullmatch(paren.group(1)):
            return paren.end()
        return end

    def find_bare(self, text: str, typed: list[Found]) -> list[Found]:
        """Capitalised runs that are unit names, outside typed mentions.

        Returns:
            Unresolved bare mentions; `Resolver.resolve_bare` decides which count.
        """
        found: list[Found] = []
        by_name = self.gaz.by_name
        covered = sorted((f.start, f.end) for f in typed)
        for start, end, key in _dashed_names(text, by_name):
            if not _overlaps(covered, start, end):
                found.append(Found(start, end, key, None, "bare"))
        covered = sorted(covered + [(f.start, f.end) for f in found])
        for m in _maybe_names(text, by_name):
            if len(found) >= MAX_MENTIONS:
                break
            run = m.group()
            key = run.lower()
            if "'" in key or "’" in key or "  " in key or "\t" in key:
                key = text_key(run)
            start, end = m.span()
            if key not in by_name:
                # Acronyms before a name belong to an organization: "UBND Cao Lãnh".
                space = run.find(" ")
                if space < 0 or not ACRONYM.fullmatch(run[:space]):
                    continue
                words = run.split()
                while len(words) > 1 and ACRONYM.fullmatch(words[0]):
                    start = text.index(words[1], start + len(words[0]))
                    words = words[1:]
                key = text_key(" ".join(words))
                if key not in by_name:
                    continue
            if start and (text[start - 1].isalnum() or text[start - 1] in "'’_"):
                continue  # a capital inside a word ("iPhone")
            if end - start > MAX_NAME_CHARS or _overlaps(covered, start, end):
                continue
            if self._blocked(text[max(0, start - 24) : start]):
                continue
            if self._inside_name(text, start):
                continue  # "Công ty Cổ phần Cấp nước Ninh Thuận": optional, not counted
            if _capital_next(text, end) and self.continued.match(text, end) and not (
                _COUNT_AFTER.match(text, end) and self._names_province(key)
            ):  # a province's name then a count: "(Quảng Trị 1, Huế 2)"
                m_new = new_name_end(text, start, self.words)
                if m_new is not None and m_new > end:
                    continue  # "Phước Cát 1" is not the gazetteer's "Phước Cát"
            found.append(Found(start, end, key, None, "bare"))
        return found

    def _names_province(self, key: str) -> bool:
        """Whether a province bears the name ``key``."""
        return any(u.level == "province" for u in self.units_named(key))

    def _inside_name(self, text: str, start: int) -> bool:
        """Whether a company's or school's name runs up to ``start`` (unit_name_words.tsv)."""
        if not self.inside_name:
            return False
        window = text[max(0, start - 70) : start]
        if not any(word in window for word in self.name_starts):
            return False
        return bool(self.inside_name.search(text, max(0, start - 70), start))

    def _blocked(self, before: str) -> bool:
        """Whether the words just before a bare name say it is no unit ("sông", "ông").

        Args:
            before: some text ending right before the name.
        """
        words = before.rsplit(None, 2)[-2:]
        if not words or not before[-1:].isspace():
            return False  # punctuation (or nothing) between: no head word
        last = words[-1].lower()
        return last in self.blockers or " ".join(words).lower() in self.blockers

    def units_named(self, key: str) -> list[Unit]:
        """Every unit (both eras) whose name or alias has `name_key` ``key``."""
        return [self.gaz.units[i] for i in self.gaz.named(key)]

    def names_of(self, key: str) -> Named:
        """What the units named ``key`` are (`Named`); kept, as `lookup` keeps its answers:
        list items ask it of the same commune names, article after article."""
        return _kept(self._named, key, lambda: self._named_units(key))

    def _named_units(self, key: str) -> Named:
        units = self.units_named(key)
        return Named(
            frozenset(u.type for u in units),
            max((LEVEL_RANK[u.level] for u in units), default=0),
        )

    # --- output ----------------------------------------------------------------------------

    def set_annotations(self, doc: Doc, matches: Matches) -> None:
        """Write ``doc._.locations``, LOC entities and the article's province and district.

        Args:
            doc: the Doc `match` ran on.
            matches: what `match` returned for it.
        """
        locations: dict[tuple, Location] = {}
        for found in matches.found:
            identity = _identity(found)
            location = locations.get(identity)
            if location is None:
                location = locations[identity] = self.location(found, matches.former_names)
            location.mentions.append(mention(found.start, found.end))
        set_facts(doc, "locations", list(locations.values()))
        add_entities(doc, ((f.start, f.end, "LOC") for f in matches.found))
        context = context_of(doc)
        context.province = self._context_location(matches.province, locations,
                                                  matches.former_names)
        context.district = self._context_location(matches.district, locations,
                                                  matches.former_names)
        context.commune = self._context_location(matches.commune, locations,
                                                 matches.former_names)

    def _context_location(self, unit: Unit | None, locations: dict,
                          former: dict | None = None) -> Location | None:
        """The emitted `Location` of ``unit`` (or a fresh one without mentions)."""
        if unit is None:
            return None
        for identity, location in locations.items():
            if identity[0] == unit.level and location.code == unit.code and unit.code:
                return location
        return self.location(Found(0, 0, text_key(unit.name), unit.type, "about", unit=unit,
                                   resolved=True), former)

    def location(self, found: Found, former: dict | None = None) -> Location:
        """The record `Location` for a resolved mention (no mentions attached).

        Args:
            found: the mention.
            former: `Matches.former_names`: a unit renamed after the article takes
                its name and type of then.
        """
        unit = found.unit
        if found.new:  # a unit the gazetteer lacks: as written, no code
            name = " ".join(found.surface.split())
            return Location(name=name, type=found.typ, level=TYPE_LEVELS[found.typ][-1])
        if unit is None:  # ambiguous: name and type only
            first = found.candidates[0]
            levels = {u.level for u in found.candidates}
            return Location(name=first.name, type=found.typ or first.type,
                            level=first.level if len(levels) == 1 else None)
        current = None
        if unit.current is not None:
            now = self.gaz.units[unit.current]
            current = CurrentUnit(now.name, now.type, now.code, now.province, now.province_code)
        keep_codes = not found.former
        name = unit.name
        unit_type = found.typ if found.typ and found.kind != "bare" else unit.type
        renamed = (former or {}).get((unit.level, unit.code)) if unit.era == LEGACY else None
        if renamed:
            name, unit_type = renamed.name, renamed.type  # "tỉnh Thừa Thiên Huế" in 2020
        return Location(
            name=name,
            # As written where it differs from the gazetteer's type (a unit upgraded since).
            type=unit_type,
            level=unit.level,  # type: ignore[arg-type]
            code=unit.code if keep_codes else None,
            district=unit.district,
            district_code=unit.district_code if keep_codes else None,
            province=unit.province if unit.level != "province" else None,
            province_code=unit.province_code if keep_codes and unit.level != "province" else None,
            lat=unit.lat,
            lon=unit.lon,
            current=current,
        )


def _near(pool: list[Unit], head: Unit) -> list[Unit]:
    """The units of ``pool`` in the district of ``head``, else in its province."""
    same = [u for u in pool if u.district_code == head.district_code
            and u.province_code == head.province_code]
    return same or [u for u in pool if u.province_code == head.province_code]


def _identity(found: Found) -> tuple:
    """One `Location` per unit: its level and code, else its written type and name."""
    unit = found.unit
    if unit is not None:
        return (unit.level, unit.era, unit.code)
    return ("?", found.typ, found.key)


_DASHED = re.compile(
    rf"((?:[{_UPPER}][\w'’]*[ \t]+){{0,3}}[{_UPPER}][\w'’]*)[ \t]*[-–][ \t]*"
    rf"([{_UPPER}][\w'’]*(?:[ \t]+[{_UPPER}][\w'’]*){{0,3}})"
)
_WORD = re.compile(r"\S+")


def _dashed_names(text: str, by_name: dict) -> list[tuple[int, int, str]]:
    """Names written with a dash that the gazetteer holds whole ("Bà Rịa - Vũng Tàu",
    "Phan Rang - Tháp Chàm"): ``(start, end, key)``. Capitalised runs stop at a dash,
    so these are read apart, from the words on each side of one. Only the few dashes
    with a capital after them are looked at (a scan of the whole text costs much more)."""
    found: list[tuple[int, int, str]] = []
    for dash in _dashes_before_capitals(text):
        for m in _DASHED.finditer(text, max(0, dash - 40), min(len(text), dash + 50)):
            if m.end(1) <= dash < m.start(2):
                hit = _dashed_key(m, by_name)
                if hit is not None and (not found or found[-1][0] != hit[0]):
                    found.append(hit)
                break
    return found


def _dashes_before_capitals(text: str) -> list[int]:
    """Where "-" or "–" stands after a word, a capital after it ("Bà Rịa - Vũng Tàu",
    "Bà Rịa-Vũng Tàu")."""
    spots = []
    for mark in ("-", "–"):
        at = text.find(mark)
        while at != -1:
            after = text[at + 1 : at + 3].lstrip(" \t")
            before = text[at - 1 : at]
            if after[:1].isupper() and (before.isspace() or before.isalpha()):
                spots.append(at)
            at = text.find(mark, at + 1)
    return sorted(spots)


def _dashed_key(m: re.Match[str], by_name: dict) -> tuple[int, int, str] | None:
    """The longest name around the dash of ``m`` the gazetteer holds, as (start, end, key)."""
    left = [(w.start() + m.start(1), w.group()) for w in _WORD.finditer(m.group(1))]
    right = [(w.end() + m.start(2), w.group()) for w in _WORD.finditer(m.group(2))]
    for i, (start, _) in enumerate(left):
        head = " ".join(word for _, word in left[i:])
        for k in range(len(right), 0, -1):
            key = name_key(f"{head}-{' '.join(word for _, word in right[:k])}")
            if key in by_name:
                return start, right[k - 1][0], key
    return None


def _count_after(rest: str) -> bool:
    """Whether what a new name adds to one the gazetteer has is a count, not the number
    of a numbered unit: "huyện Tri Tôn 38 đôi" (not "xã Phước Cát 1", "phường Móng Cái 2")."""
    rest = rest.strip()
    return rest.isdigit() and int(rest) >= 10


def _maybe_names(text: str, by_name: dict) -> list[re.Match[str]]:
    """The capitalised runs (the first 30 * MAX_MENTIONS) that may be or hold a unit's
    name: one the gazetteer has as it is, one an acronym opens ("UBND Cao Lãnh"), one
    whose key `text_key` rewrites. Most runs are none of these (a person's name, a
    word opening a sentence), and are dropped here at the least cost.

    (by_name's keys hold no apostrophe, tab nor double space: `name_key`.)
    """
    # An acronym opening a run is two capitals at least: the run's second character
    # tells (asked of the run as written: lower-cased, every word's second letter passed).
    return [
        m for m in itertools.islice(CAPITAL_RUN.finditer(text), 30 * MAX_MENTIONS)
        if (key := (run := m.group()).lower()) in by_name
        or (run[1:2] in _ACRONYM_CHARS and " " in key)
        or "'" in key or "’" in key or "\t" in key or "  " in key
    ]


# Before a type word that heads a list: "các xã", "37 xã", "những phường".
_COUNTED_BEFORE = re.compile(r"(?:\b(?:các|những|\d+)[ \t]+)$", re.IGNORECASE)


def _names_a_list(text: str, type_start: int, type_end: int, name_start: int) -> bool:
    """Whether the type word at ``type_start`` is a list's rather than its first name's
    own: counted ("37 xã", "các xã") or led to the names ("xã gồm:", "xã là")."""
    return name_start > type_end + 1 or bool(
        _COUNTED_BEFORE.search(text, max(0, type_start - 12), type_start))


def _inside_word(text: str, start: int) -> bool:
    """Whether ``start`` continues a word or an abbreviation ("Bắc Trung bộ", "v.v.")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "._")


@lru_cache(maxsize=1)  # the article being read, asked by units and organizations
def addressed_names(text: str) -> frozenset[str]:
    """The names ``text`` writes after a form of address ("đồng chí Hoàng Nam",
    "ông Lê Văn Tám"), each with its shorter beginnings of two words or more: people,
    whom a unit type before their name ("Bí thư Đảng ủy phường Hoàng Nam") does not
    make a unit."""
    names = set()
    for m in finditer_at(_ADDRESSED, _ADDRESS_WORDS, text):
        words = m.group(1).split()
        names.update(" ".join(words[:k]) for k in range(2, len(words) + 1))
    return frozenset(names)


_ADDRESSED = re.compile(
    rf"(?<!\w)(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|đ/c)[ \t]+"
    rf"([{_UPPER}][{_LOWER}]*(?:[ \t]+[{_UPPER}][{_LOWER}]*){{1,4}})"
)
# Where _ADDRESSED may match, from the scan shared by the components: a scan of its
# own tries a letter of "b", "đ", "ô" at every place, and the text has them everywhere.
_ADDRESS_WORDS = first_word_finder(["Đồng chí", "đồng chí", "Ông", "ông", "Bà", "bà", "đ/c"])


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start


def era_of(published: str | None, text: str = "") -> str | None:
    """Which units apply: ``legacy`` before the 2025 reorganisation, ``current`` after.

    Args:
        published: the publication date (ISO), or None.
        text: the article, whose most frequent year stands in for a missing date.

    Returns:
        ``legacy``, ``current``, or None when nothing tells (a year 2025, no year).
    """
    if published and published[:4].isdigit():
        return CURRENT if published[:10] >= REFORM_DATE else LEGACY
    # a term ("nhiệm kỳ 2021-2026") names years that do not date the article
    years = Counter(YEAR.findall(TERM_YEARS.sub(" ", text[:YEAR_WINDOW])))
    if not years:
        return _era_by_words(text)
    year = int(max(years, key=lambda y: (years[y], y)))
    if year == 2025:  # the year of the reorganisation: its first full date may tell
        era = _era_of_2025_date(text[:YEAR_WINDOW], only_year=len(years) == 1)
        return era or _era_by_words(text)
    return CURRENT if year > 2025 else LEGACY


def _era_by_words(text: str) -> str | None:
    """``current`` when the undated ``text`` speaks as only an article written after the
    reorganisation does ("tỉnh Long An cũ", "đặc khu", "chính quyền hai cấp"), else None."""
    return CURRENT if after_reform_words().search(text) else None


@cache
def after_reform_words() -> re.Pattern[str]:
    """The phrases of lexicons/after_reform.txt, one pattern."""
    rows = read_lexicon("after_reform.txt")
    return re.compile("|".join(f"(?:{row[0]})" for row in rows), re.IGNORECASE)


def _era_of_2025_date(text: str, only_year: bool = False) -> str | None:
    """The era of the first full date of 2025 in ``text`` ("Ngày 20/8/2025, ..."):
    an undated article's opening usually dates the event it reports. When 2025 is
    the only year written (``only_year``), a day without its year dates it too."""
    for m in FULL_DATE_2025.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            return CURRENT if f"2025-{month:02d}-{day:02d}" >= REFORM_DATE else LEGACY
    m = DAY_MONTH_OPENING.search(text) if only_year else None  # "Ngày 07/11, ..."
    if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
        day, month = int(m.group(1)), int(m.group(2))
        return CURRENT if f"2025-{month:02d}-{day:02d}" >= REFORM_DATE else LEGACY
    return None


# --- resolution ------------------------------------------------------------------------------


_CANDIDATES: dict[int, dict[tuple[str, str | None, str | None], tuple[list[Unit], bool]]] = {}
_DISTRICTS: dict[int, dict[tuple[str, str | None, str | None, str], tuple[str, ...]]] = {}
_OF_WRITTEN_TYPE: dict[int, dict[tuple[str, str | None, str | None], list[Unit]]] = {}
_PROVINCE_VOTES: dict[int, dict[tuple[str, str | None, str | None], str | None]] = {}


# A dash joining two place names: the ends of a road or a route ("Vạn Ninh – Cam Lộ").
_DASH_BEFORE = re.compile(r"[A-Za-zÀ-ỹĐđ][ \t]*[-–][ \t]*$")
_DASH_AFTER = re.compile(r"[ \t]*[-–][ \t]*[A-ZĐÀ-Ỹ]")


def _road_end(text: str, found: Found) -> bool:
    """Whether a bare name is one end of a road or route joined by a dash."""
    if found.typ is not None:
        return False
    before = text[max(0, found.start - 4) : found.start]
    return bool(_DASH_BEFORE.search(before) or _DASH_AFTER.match(text, found.end))


class Resolver:
    """Links mentions to units using the article's era, site and other mentions.

    Attributes:
        about_province: the province the article is about (site, then mentions).
        about_district: the district it is about, where one stands out.
    """

    def __init__(self, gaz: Gazetteer, era: str | None, site, host: str | None = None) -> None:
        """Args: the gazetteer, the article's era (None: undated), its `Site` or None,
        and its host name (a district's portal names the district)."""
        self.gaz = gaz
        self.era = era
        self.site = site
        self.host = host
        self.about_province: Unit | None = None
        self.about_district: Unit | None = None
        self.named_districts: set[str] = set()
        # Shared by all articles: the answer depends only on name, type and era.
        self._candidates = _CANDIDATES.setdefault(id(gaz), {})
        self._districts = _DISTRICTS.setdefault(id(gaz), {})
        self._exact = _OF_WRITTEN_TYPE.setdefault(id(gaz), {})
        self._votes = _PROVINCE_VOTES.setdefault(id(gaz), {})

    # -- candidates --

    def candidates(self, found: Found) -> tuple[list[Unit], bool]:
        """Units ``found`` may name in this article's era, and whether they are former units.

        A legacy article takes legacy units; a current one current units, else
        former (legacy) ones; an undated one legacy units, else current ones.
        """
        return _kept(self._candidates, (found.key, found.typ, self.era),
                     lambda: self._era_units(found))

    def _era_units(self, found: Found) -> tuple[list[Unit], bool]:
        units = [self.gaz.units[i] for i in self.gaz.named(found.key)]
        if found.typ:
            levels = TYPE_LEVELS[found.typ]
            units = [u for u in units if u.level in levels]
        legacy = [u for u in units if u.era == LEGACY]
        current = [u for u in units if u.era == CURRENT]
        if self.era == LEGACY:
            return legacy, False
        if self.era == CURRENT:
            return (current, False) if current else (legacy, True)
        return (legacy, False) if legacy else (current, False)

    def _typed_pool(self, found: Found) -> list[Unit]:
        """Of a typed mention's candidates (read, not changed): units of the written type;
        failing that, of a type it may have been upgraded to ("thị xã" Hồng Ngự, a
        thành phố since 2020), in the article's province."""
        return self._of_written_type(found) or self._upgraded(found)

    def _upgraded(self, found: Found) -> list[Unit]:
        """Its candidates of a type its written type may have been upgraded to, in the
        article's province."""
        later = later_types().get(found.typ or "", ())
        province = self._province_code()
        return [u for u in found.candidates if u.type in later and (
            province is None or u.province_code == province or u.level == "province")]

    @staticmethod
    def _type_of_its_time(found: Found) -> bool:
        """Whether a loose item's written type may be its unit's at the time: its own, or
        "xã" for a unit the gazetteer knows as the phường or thị trấn it became since
        (every commune is counted among "xã"; a town or a ward only as itself)."""
        typ, unit_type = found.typ, found.unit.type if found.unit else None
        return unit_type == typ or (typ == "xã" and unit_type in later_types()["xã"])

    def _loose_pool(self, pool: list[Unit], found: Found) -> list[Unit]:
        """A loose list item's ``pool``; when that holds no unit in the article's province,
        its candidates there of any type of its level: a writer counts wards and towns
        among "xã"."""
        province = self._province_code()
        if province is None or any(u.province_code == province for u in pool):
            return pool
        return [u for u in found.candidates if u.province_code == province] or pool

    def _of_written_type(self, found: Found) -> list[Unit]:
        """Its candidates of the written type (kept across articles, as `candidates`:
        a commune's name may have dozens of namesakes to filter)."""
        return _kept(self._exact, (found.key, found.typ, self.era),
                     lambda: [u for u in self.candidates(found)[0] if u.type == found.typ])

    def _province_code(self) -> str | None:
        return self.about_province.code if self.about_province else None

    # -- steps --

    def resolve_typed(self, text: str, typed: list[Found]) -> None:
        """Resolve provinces and districts of ``text``; choose the article's province."""
        for found in typed:
            found.candidates, found.former = self.candidates(found)
        self.about_province = self._choose_province(typed)
        _link_addresses(text, typed)
        for found in typed:
            if found.kind != "paren" and found.candidates \
                    and found.candidates[0].level != "commune":
                self._pick(found, self._typed_pool(found))
        # Districts the article names help place its communes.
        self.named_districts = {f.unit.code for f in typed
                                if f.unit is not None and f.unit.level == "district"}

    def _choose_province(self, typed: list[Found]) -> Unit | None:
        """The province the article is about: its site's, unless most of the units it
        names lie clearly in another one; else the most named."""
        votes: Counter[str] = Counter()
        era = CURRENT if self.era == CURRENT else LEGACY
        for found in typed:
            vote = self._province_vote(found)
            if vote is not None:
                votes[vote] += 1
        if self.site is not None:
            code = self.site.current_code if era == CURRENT else self.site.legacy_code
            votes[code] += 3 + sum(votes.values()) // 2
        if not votes:
            return None
        most = max(votes.values())
        tied = [c for c in votes if votes[c] == most]  # in the order max() would meet them
        code = tied[0] if len(tied) == 1 else max(tied, key=lambda c: -min_index(typed, c))
        return self.gaz.find(era, "province", code)

    def _province_vote(self, found: Found) -> str | None:
        """The code of the province a typed mention votes for: the one all its candidates
        lie in (None: several, none, a former unit's or a commune's name, as communes do
        not vote). Kept across articles: it depends only on its name and type, and the era.
        """
        return _kept(self._votes, (found.key, found.typ, self.era),
                     lambda: self._vote_of(found))

    def _vote_of(self, found: Found) -> str | None:
        units, former = self.candidates(found)
        # a commune's level asked first: its name may have many namesakes
        if former or not units or units[0].level == "commune":
            return None
        provinces = {u.province_code for u in units}
        return provinces.pop() if len(provinces) == 1 else None

    def choose_district(
        self, typed: list[Found], bare: list[Found], title_end: int, text: str
    ) -> None:
        """The district the article is about: named in the title (not as a road's end,
        "cao tốc Vạn Ninh – Cam Lộ"), or clearly the most; else the district whose
        portal the site is, or the one its communes lie in."""
        if self.era == CURRENT or self.about_province is None:
            return
        province = self.about_province.code
        counts: Counter[str] = Counter()
        in_title: list[str] = []
        for found in typed + bare:
            unit = found.unit
            if unit:
                codes: tuple[str, ...] = (unit.code,) if unit.level == "district" else ()
            else:
                codes = self._districts_in(found, province)
            for code in codes:
                counts[code] += 1 if found.typ else 0
                if found.start < title_end and not _road_end(text, found):
                    in_title.append(code)
        ranked = counts.most_common()
        if in_title:
            best = max(in_title, key=lambda c: counts[c])
        elif ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            best = ranked[0][0]
        else:
            best = district_of_host(self.gaz, self.host, province) or self._district_of_communes(
                typed, province
            )
            if best is None:
                return
        self.about_district = self.gaz.find(LEGACY, "district", best)

    def _district_of_communes(self, typed: list[Found], province: str) -> str | None:
        """The one district every written commune of the article lies in ("xã Mỹ Hiệp":
        then "UBND huyện" is that district's), when the article writes no district
        itself: one the gazetteer no longer holds (merged before 2025) would be
        misread through its communes."""
        districts = set()
        for found in typed:
            if found.typ in DISTRICT_TYPES:
                return None
            if found.typ is None or found.kind == "paren" or found.unit is not None:
                continue
            districts |= {
                u.district_code for u in self.candidates(found)[0]
                if u.level == "commune" and u.province_code == province and u.district_code
            }
        return districts.pop() if len(districts) == 1 else None

    def _districts_in(self, found: Found, province: str) -> tuple[str, ...]:
        """Codes of the districts of ``province`` that ``found`` may name (kept across
        articles: they depend only on its name and type, the era and the province)."""
        return _kept(self._districts, (found.key, found.typ, self.era, province), lambda: tuple({
            u.code for u in self.candidates(found)[0]
            if u.level == "district" and u.province_code == province
        }))

    def resolve_communes(self, typed: list[Found], text: str) -> None:
        """Resolve commune mentions, list items following their list's head."""
        heads: dict[int, Unit] = {}
        written = {(found.key, found.typ) for found in typed}
        for found in typed:
            if found.resolved or not found.candidates or found.kind == "paren":
                continue
            pool = self._typed_pool(found)
            if not self._of_written_type(found) and any(
                (found.key, u.type) in written for u in pool
            ):
                # "xã Chợ Rã (mới) ... trên cơ sở thị trấn Chợ Rã": the town is named as
                # itself, so the xã is another unit (the new one), not that town
                pool = []
            if found.loose:
                pool = self._loose_pool(pool, found)
            if len(pool) > 1 and not found.parents:
                pool = _in_district_before(found, pool, typed, text) or pool
            head = heads.get(found.group)
            if found.kind == "list" and head is not None:
                # "các xã Trường An, Tân Hội": a namesake xã elsewhere is not this one,
                # the phường Tân Hội it has since become in the head's district is
                pool = _near(pool, head) or _near(self._upgraded(found), head)
            self._pick(found, pool)
            if found.loose and found.unit is not None and not self._type_of_its_time(found):
                found.typ = found.unit.type  # "thị trấn" written for the list, a xã named
            if found.kind == "typed" and found.unit is not None:
                heads[found.group] = found.unit
        children: dict[int, list[Unit]] = defaultdict(list)
        for found in typed:
            if found.unit is not None:
                children[found.group].append(found.unit)
        for found in typed:  # a parent in parentheses names the district of its children
            if found.kind == "paren" and not found.resolved:
                self._resolve_paren(found, children[found.group])
        self._drop_children_elsewhere(typed)

    def _drop_children_elsewhere(self, typed: list[Found]) -> None:
        """ "Thạch Đồng (TP Hà Tĩnh)" in a Hà Tĩnh article: a commune the gazetteer knows
        only outside the article's province, under another parent than the bracketed
        one, is not that namesake; it is left without a unit."""
        if self.about_province is None:
            return
        for found in typed:
            unit = found.unit
            if not found.parents or unit is None or unit.level != "commune":
                continue
            if unit.province_code == self.about_province.code:
                continue
            named = {text_key(n) for n in (unit.district, unit.province) if n}
            if not named & set(found.parents):
                found.unit = None

    def _resolve_paren(self, found: Found, children: list[Unit]) -> None:
        candidates = self.candidates(found)[0]
        for unit in candidates:
            if any(c.district_code == unit.code and unit.level == "district" for c in children) \
                    or any(c.province_code == unit.code and unit.level == "province"
                           for c in children):
                found.unit, found.resolved = unit, True
                return
        # Its children are units the gazetteer lacks ("Sơn Trường (Hương Sơn)"), or
        # have moved since to another district ("Cẩm Bình (Cẩm Xuyên)" in 2022, in
        # thành phố Hà Tĩnh by 2025): their province's district of that name, if one.
        provinces = {c.province_code for c in children} or (
            {self.about_province.code} if self.about_province else set()
        )
        here = [u for u in candidates if u.level == "district" and u.province_code in provinces]
        if len(here) == 1:
            found.unit, found.resolved = here[0], True

    def resolve_bare(self, bare: list[Found], typed: list[Found], common: frozenset) -> None:
        """Decide which bare names count, and as which unit.

        A bare name counts when the article names the same unit with its type
        word, or it is a province, a district of the article's province or a
        commune of its district. Names that are also ordinary words or given
        names (``common``) count only as a unit named with its type word or as
        the article's own province or district; a one-syllable name never
        counts as a commune.
        """
        named = {f.unit: f.former for f in typed if f.unit is not None}
        # their codes, asked first: cheaper than hashing each namesake of a bare name
        named_codes = {unit.code for unit in named}
        new = {f.key: f for f in typed if f.new}
        about = {self.about_province, self.about_district}
        for found in bare:
            if found.key in new:  # the unit the article names with its type word
                written = new[found.key]
                found.typ, found.surface = written.typ, written.surface
                found.new = found.resolved = True
                continue
            same = [u for u in map(self.gaz.units.__getitem__, self.gaz.named(found.key))
                    if u.code in named_codes and u in named]
            if same and self._names_about_province(found, same):
                same = [self.about_province]  # "Hà Tĩnh đã có 173 xã", beside "TP Hà Tĩnh"
            if same:
                found.unit = self._preferred(same)
                found.former, found.resolved = named.get(found.unit, False), True
                continue
            units, found.former = self.candidates(found)
            unit = self._bare_unit(found, units) or self._commune_before_district(
                found, units, typed)
            if unit is None or (found.key in common and unit not in about):
                continue
            if unit.level == "commune" and " " not in found.key:
                continue
            found.unit, found.resolved = unit, True

    def _names_about_province(self, found: Found, same: list[Unit]) -> bool:
        """Whether a bare name is the article's province's, which its capital shares
        ("Hà Tĩnh"): written bare, the province is meant, unless the article wrote the
        province with its type word too (then the typed city is not the only one)."""
        province = self.about_province
        return (
            province is not None
            and province not in same
            and found.key == text_key(province.name)
            and all(u.level != "province" for u in same)
        )

    def _bare_unit(self, found: Found, units: list[Unit]) -> Unit | None:
        """The province, district of the article's province, or commune of its district
        (of its province, in an article after the 2025 reorganisation) that a bare name
        may be, when exactly one fits."""
        provinces = [u for u in units if u.level == "province"]
        if len(provinces) == 1:
            return provinces[0]
        districts = [u for u in units if u.level == "district" and not found.former
                     and u.province_code == self._province_code()]
        if districts:
            unit = self._preferred(districts)
            return unit if len(districts) == 1 or unit == self.about_district else None
        district = self.about_district
        communes = [u for u in units if district and u.level == "commune"
                    and u.district_code == district.code
                    and u.province_code == district.province_code]
        if not communes and self.era == CURRENT and not found.former:
            # since July 2025 a commune hangs off its province: "Phong Quảng triển khai ..."
            province = self.about_province
            communes = [u for u in units if province and u.level == "commune"
                        and u.province_code == province.code]
        return communes[0] if len(communes) == 1 else None

    @staticmethod
    def _commune_before_district(found: Found, units: list[Unit],
                                 typed: list[Found]) -> Unit | None:
        """The one commune of a bare name's district when that district is written right
        after it ("Thu Cúc (huyện Tân Sơn)", "Thu Cúc, huyện Tân Sơn"), else None."""
        after = next((f for f in typed if 0 <= f.start - found.end <= MAX_PARENT_GAP), None)
        district = after.unit if after is not None else None
        if district is None or district.level != "district":
            return None
        communes = [u for u in units if u.level == "commune" and u.district_code == district.code
                    and u.province_code == district.province_code]
        return communes[0] if len(communes) == 1 else None

    def _preferred(self, units: list[Unit]) -> Unit:
        """Of several units sharing a name: the article's district, else the highest level."""
        for unit in units:
            if unit == self.about_district:
                return unit
        return max(units, key=lambda u: LEVEL_RANK[u.level])

    def _pick(self, found: Found, pool: list[Unit]) -> None:
        """Choose among ``pool`` by parents, then the article's district and province.

        Leaves ``found.unit`` None (emitted without a code) when no single unit wins.
        """
        found.resolved = bool(found.candidates)
        if not pool:
            found.resolved = False
            return
        if self._gone(found, pool):
            # "huyện Kỳ Sơn" on a Hòa Bình site: its own Kỳ Sơn, merged in 2019, not
            # Nghệ An's. Kept as written, without a code.
            found.new, found.surface = True, found.surface or found.key
            return
        if found.parents:
            keys = set(found.parents)
            near = [u for u in pool
                    if text_key(u.district or "") in keys or text_key(u.province) in keys]
            pool = near or pool
        if len(pool) == 1:
            found.unit = pool[0]
            return
        scored = sorted(((self._score(u), i) for i, u in enumerate(pool)), reverse=True)
        if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
            found.unit = pool[scored[0][1]]

    def _gone(self, found: Found, pool: list[Unit]) -> bool:
        """Whether a district or commune named with no parent on a provincial site of a
        legacy article has namesakes only in other provinces: the gazetteer lacks it."""
        province = self.about_province
        if found.parents or found.former or self.era != LEGACY or province is None \
                or self.site is None or self.site.legacy_code != province.code:
            return False
        return found.kind in ("typed", "list") and all(
            u.level != "province" and u.province_code != province.code for u in pool)

    def _score(self, unit: Unit) -> int:
        score = 0
        if self.about_province and unit.province_code == self.about_province.code:
            score += 10
        if self.about_district and unit.district_code == self.about_district.code:
            score += 20
        if self.about_district and unit == self.about_district:
            score += 5
        if unit.level == "commune" and unit.district_code in self.named_districts:
            score += 4
        return score


def _in_district_before(found: Found, pool: list[Unit], typed: list[Found],
                        text: str) -> list[Unit]:
    """Of a commune's namesakes, those of the district written last before it in its
    sentence ("nghĩa trang huyện Đô Lương, ... tại xã Minh Sơn": Đô Lương's, though
    the article is about Thanh Chương, which has a Minh Sơn too)."""
    before = [f for f in typed if f.end <= found.start and f.unit is not None
              and f.unit.level == "district"]
    if not before or _SENTENCE_END.search(text, before[-1].end, found.start):
        return []
    return [u for u in pool if u.district_code == before[-1].unit.code]


def min_index(typed: list[Found], province_code: str) -> int:
    """Position of the first mention inside a province (earlier wins ties)."""
    for i, found in enumerate(typed):
        if any(u.province_code == province_code for u in found.candidates):
            return i
    return len(typed)


def _link_addresses(text: str, typed: list[Found]) -> None:
    """Record the parent written after a unit: "xã Mỹ Hiệp, huyện Cao Lãnh, tỉnh Đồng Tháp"."""
    by_group: dict[int, list[Found]] = defaultdict(list)
    for found in typed:
        by_group[found.group].append(found)
    heads = [f for f in typed if f.kind == "typed"]
    for head, nxt in zip(heads, heads[1:], strict=False):
        last = by_group[head.group][-1]
        if nxt.start - last.end > 40 or not nxt.candidates or not head.candidates:
            continue
        gap = ADDRESS_SEP.fullmatch(text, last.end, nxt.start)
        if gap and _rank(nxt) > _rank(head):
            for item in by_group[head.group]:
                item.parents.append(nxt.key)
                item.parents.extend(nxt.parents)


def _rank(found: Found) -> int:
    return max(LEVEL_RANK[u.level] for u in found.candidates)
