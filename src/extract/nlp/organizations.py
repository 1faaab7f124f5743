"""Organizations: the bodies an article names, in canonical form.

"UBND tỉnh" in a Đồng Tháp article is "Ủy ban nhân dân tỉnh Đồng Tháp";
"Huyện ủy" is "Huyện ủy Cao Lãnh" when the article is about Cao Lãnh;
"Sở NN&PTNT" is "Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Tháp".

An organization name is read as a head (lexicons/org_heads.tsv) and what
completes it: a unit ("UBND huyện Cao Lãnh"), a place name ("Tỉnh ủy Đồng
Tháp"), a department ("Sở Tài chính"), a board and the body it belongs to
("Ban Dân vận Tỉnh ủy" -> "Ban Dân vận Tỉnh ủy Tây Ninh"). Units the text
leaves implicit come from ``doc._.context.province``/``district`` (set by the
admin-units component) and, failing that, from the units the article itself
names. Coordination is resolved ("Đảng ủy, UBND xã X" is two bodies, "UBND
các xã A, B, C" three); generic plurals ("UBND các xã, thị trấn") are not
organizations.

The component ``vn_organizations`` fills ``doc._.organizations`` and adds ORG
entities. Its full parse (every mention, nested and generic ones included) is
kept on the Doc for the officials component: see `org_mentions`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from extract.nlp.extensions import context_of, facts_of, set_facts
from extract.nlp.gazetteer import CURRENT, LEVEL_RANK, load_gazetteer, name_key
from extract.nlp.lexicon import read_lexicon
from extract.nlp.spans import (
    COORDINATOR,
    add_entities,
    doc_text,
    finditer_at,
    first_word_finder,
    mention,
)
from extract.nlp.units import (
    TYPE_WORDS,
    addressed_names,
    continuation,
    era_of,
    letter_class,
    name_words,
    new_name_end,
)
from extract.record import Location, Organization

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MENTIONS_KEY = ("vnextract", "org_mentions")

# Letters, built from Unicode rather than listed: capitals and small letters
# (Vietnamese ones among them), each the body of a character class.
UPPER = letter_class(c for c in map(chr, range(0x41, 0x1EFF)) if c.isalpha() and c.isupper())
LOWER = letter_class(c for c in map(chr, range(0x61, 0x1EFF)) if c.isalpha() and c.islower())
# One capitalised syllable of a name: "Thắng", "K'Nớ", "M'gar", "B" (Hưng Khánh Trung B).
CAP = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}]?[{LOWER}]+)?"
_SPACE = r"[ \t]+"
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_JOIN = re.compile(rf"(?:{_DASH.pattern}|[ \t]+)")  # the dash first: the join is atomic
_CAP_TOKEN = re.compile(CAP + r"(?![\w'’])")
MAX_PLACE_WORDS = 6


def _word_run(words: int) -> re.Pattern[str]:
    """Up to ``words`` capitalised words (_CAP_TOKEN) joined by spaces or a dash
    (_JOIN), each word in a group of its own: one match tells where each word ends.
    The joins are atomic, so the match takes the words matching _CAP_TOKEN and
    _JOIN in turn takes (a join, once matched, is not tried another way)."""
    body = ""
    for _ in range(words):
        rest = rf"(?:(?>{_JOIN.pattern}){body})?" if body else ""
        body = rf"({_CAP_TOKEN.pattern}){rest}"
    return re.compile(body)


_PLACE_WORDS = _word_run(MAX_PLACE_WORDS)
_NUMBER = re.compile(r"[ \t]*(\d{1,2})(?![\w.,/]\d)(?!\w)")
_WS = re.compile(r"[ \t]*")
# An item of a list of bodies named after one head: ", Pha Long" or " và Bản Lầu", ending
# the list or leading on to its next item.
_LISTED_NAME = re.compile(
    r"(?:,[ \t]*|[ \t]+và[ \t]+)(?P<name>[A-ZĐ][\w'’-]*(?:[ \t]+[A-ZĐ][\w'’-]*){0,3})"
    r"(?=[ \t]*(?:,|[ \t]và[ \t]|[.;:)]|[ \t]+[a-zđà-ỹ]|$))"
)
_WORD_BEFORE = re.compile(r"(?<!\w)[A-ZĐ][^\W\d_]*[ \t]+$")  # a capitalised word, then a space
_PARENT_OPEN = re.compile(r"[ \t]*(?:,[ \t]*|\([ \t]*)")
_PARENT_CLOSE = re.compile(r"[ \t]*\)")
# The abbreviation a first mention puts after a head: "Ủy ban nhân dân (UBND) tỉnh X".
_ACRONYM_AFTER = re.compile(r"[ \t]*\([A-ZĐ][A-ZĐ&./-]{1,12}\)(?=[ \t])")
# An acronym the article defines for a body, in brackets right after its name: "(MAUR)".
_DEFINED_ACRONYM = re.compile(r"[ \t]*\(([A-ZĐ][A-ZĐ0-9&-]{1,11})\)")
_RANK = {
    "xã": 1,
    "phường": 1,
    "thị trấn": 1,
    "đặc khu": 1,
    "huyện": 2,
    "quận": 2,
    "thị xã": 2,
    "thành phố": 2.5,
    "tỉnh": 3,
}
# Units listed together are of one rank; a city ranks with districts ("huyện Cao Lãnh
# và TP. Cao Lãnh"), so "TP. X, tỉnh Y" reads as a unit and its parent.
_COORD_RANK = {**_RANK, "thành phố": 2}
# A word of a free-running name: "TP.", "TX.", "C.P." keep their dots, other words do not.
_OPEN_WORD = re.compile(r"[ \t]*([-–]|T[Pp]\.|T[Xx]\.|[A-ZĐ](?:\.[A-ZĐ])+\.?|[\w&'’]+)")
# A free-running name may run over "phòng, chống" ("Ban Chỉ huy phòng, chống thiên tai").
_OPEN_COMMA = re.compile(r",[ \t]*(?=[Cc]hống(?!\w))")
# A comma inside the subject of a steering board, before a word in small letters
# ("..., gia cầm"), not before a plural that lists other bodies ("..., các sở, ngành")
_SUBJECT_COMMA = re.compile(r",[ \t]*(?!(?:các|những|cùng|và)(?!\w))(?=[a-zđà-ỹ])")
# A branch: "Ngân hàng Chính sách xã hội chi nhánh tỉnh Trà Vinh".
_BRANCH = re.compile(r"[ \t]+(chi nhánh|Chi nhánh)(?=[ \t])")
# A numbered region that replaced the provinces' offices in 2025: "Kho bạc Nhà nước khu
# vực V", "Chi cục Thuế khu vực XVII".
_REGION = re.compile(r"[ \t]+[Kk]hu vực[ \t]+(?:[IVXL]+|\d{1,2})(?!\w)")
_UNIT_NUMBER = re.compile(r"[ \t]+((?:số[ \t]+)?(?:\d{1,4}|[IVX]{1,4}))(?![.,]\d)(?!\w)")
# The period that closes a programme's board: "... tỉnh Trà Vinh giai đoạn 2021 - 2025".
# What follows a number inside a name: more of the number, then the name's next word.
_NUMBER_ON = re.compile(r"(?:[-–/]\d+)*[ \t]+(\w)")
_PERIOD = re.compile(r"[ \t]+giai đoạn[ \t]+\d{4}(?:[ \t]*[-–][ \t]*\d{4})?(?!\d)")
MAX_OPEN_WORDS = 24
# The small words a unit type starts with (unit_types.tsv): only these are looked up.
_UNIT_STARTS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc"})
# Bodies that may name their province without "tỉnh": "UBND Long An", "HĐND Đồng Tháp"
_BODIES_OF_A_PROVINCE = frozenset({"Ủy ban nhân dân", "Hội đồng nhân dân"})
# Between the departments listed after "các sở:", where their names hold commas themselves:
# "các sở: Văn hóa, Thể thao và Du lịch; Tài nguyên và Môi trường; Xây dựng".
_LISTED_AFTER_COLON = re.compile(r"[ \t]*(?:,|;|và)[ \t]*")
# Stop words that a name's own phrase may hold: "Công ty Xổ số kiến thiết Trà Vinh"
# ("kiến" stops "... Bình Định kiến nghị tỉnh ..."), a board's subject "phòng, chống
# tham nhũng" ("tham" stops "... tỉnh tham mưu ...").
_STOP_EXCEPTIONS = {"kiến": "kiến thiết", "tham": "tham nhũng"}
# Two small words that end a name though neither does alone: "Trung tâm Công nghệ thông tin
# và Truyền thông trực thuộc Sở ..." (not "Văn phòng Thường trực"); "giao" before a body
# ("Trưởng Ban Chỉ đạo giao Sở Y tế ...": the board's order, not its subject).
_STOP_PHRASES = re.compile(r"(?:trực thuộc|chủ trì|giao(?=[ \t]+[A-ZĐ]))(?!\w)")
# A scheme's number, and its issuer's letters, inside a board's name: "Ban Chỉ đạo Đề án
# 06/CP tỉnh Thanh Hóa".
_SCHEME_NUMBER = re.compile(r"\d+(?:/[A-ZĐ]+)?(?!\w)")
_NUMBERED_SCHEMES = frozenset({"án"})  # "Đề án 06"
# "xã hội" in a board's subject ("phòng, chống tội phạm, tệ nạn xã hội"): no commune.
_SOCIAL = re.compile(r"xã hội(?!\w)")
MAX_OPEN_SMALL = 8  # small words in a row inside a free-running name
# ... inside a steering board's subject ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây
# dựng nông thôn mới tỉnh Sơn La")
MAX_SUBJECT_SMALL = 12
# An abbreviation in brackets inside a name: "... nông thôn mới (NTM) tỉnh Sơn La"
# A short name in brackets after a body's name: "(PC07)", "(BIDV)", "(PCTT và TKCN)", and
# brands written in mixed case, "(VietinBank)", "(Vietcombank)".
_ABBREVIATION = re.compile(
    r"[ \t]*\((?:[A-ZĐ][A-ZĐ0-9&]{1,9}(?:[ \t]+(?:và|&)[ \t]+[A-ZĐ][A-ZĐ0-9]{1,7})?"
    r"|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]*bank)\)"
)
# A dash and a capitalised word after that short name: the name runs on ("Ngân hàng TMCP
# Công Thương Việt Nam (VietinBank) - Chi nhánh Hà Tĩnh").
_DASH_ON = re.compile(r"[ \t]*[-–][ \t]+[A-ZĐ]")
MAX_OPEN_TAIL = 3  # small words after its last capitalised word ("Phát triển nông thôn")
_PLURAL = re.compile(r"(?:các|\d{1,2})[ \t]+")  # "UBND các xã A, B", "UBND 2 tỉnh A, B"
_LIST_COLON = re.compile(r"[ \t]*:[ \t]*")
# What qualifies the units a plural lists, before their names: "các xã, phường ven biển:
# A, B", "các xã biên giới A, B và C", "các phường nội thành: A, B".
_LIST_QUALIFIER = re.compile(
    r"(?:[ \t]+(?:ven biển|ven sông|biên giới|vùng cao|miền núi|nội thành|ngoại thành"
    r"|trọng điểm|vùng lũ|vùng trũng|đặc biệt khó khăn)(?!\w))?[ \t]*(?::[ \t]*|(?<=\w)[ \t]+)"
)
_LEVEL_WORD = re.compile(r"(?:các[ \t]+)?cấp(?!\w)")
_AT_LEVEL = re.compile(r"[ \t]+(?:các[ \t]+cấp|cấp[ \t]+(?:xã|huyện|tỉnh|cơ sở))(?!\w)")
# Local Party committees: "Ban Chấp hành" of one is named after its Đảng bộ.
PARTY_COMMITTEES = frozenset({"Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy"})
_LEFT_COORD = re.compile(r"[ \t]*(?:,|và|[-–])[ \t]*$")
# (a qualifier of the next title is passed over: "Phó Bí thư Đảng ủy, Quyền Chủ tịch UBND xã")
_ELLIPSIS_GAP = re.compile(r"[ \t]*(?:,|[-–])[ \t]*(?:[Qq]uyền[ \t]+)?")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_SECTION_OPENING = re.compile(r"(?:Tại|Ở)[ \t]+(?:tỉnh[ \t]+)?([^,.\n]{2,30}),")
# the type word a paragraph's opening place may be written with ("Ở huyện Quế Phong,")
_TYPE_OPENING = re.compile(rf"^(?:{TYPE_WORDS})[ \t]+")
_LIST_GAP = re.compile(r"[ \t]*(?:,|và|;)?[ \t]*(?:và[ \t]+)?")
# Heads written inside document numbers ("08/CT-UBND", "18-NQ/TW") are not mentions.
_INSIDE_CODE = re.compile(r"[-/]$")
# "Thường trực" right after these is part of a position ("Phó Bí thư Thường trực Tỉnh ủy").
_POSITION_BEFORE_STANDING = re.compile(
    r"(?:[Bb]í thư|[Cc]hủ tịch|Chủ nhiệm|Ủy viên|Phó Trưởng ban|Trưởng ban|Thủ tướng)[ \t]+$"
)
# A head in small letters is read only right after a position that names its body
# ("Trưởng phòng Kinh tế", "Bí thư huyện ủy", "Phó Bí thư thường trực tỉnh ủy",
# "Giám đốc sở Tài chính") or as the body a sub-body belongs to ("Ban thường vụ
# huyện ủy"); elsewhere "phòng", "sở" are common words.
_LOWER_HEAD_POSITIONS = (
    "Trưởng", "trưởng", "Chánh", "Bí thư", "bí thư", "Thường trực", "thường trực", "Giám đốc",
    "giám đốc",
)
_LOWER_HEAD_AFTER = "(?:" + "|".join(_LOWER_HEAD_POSITIONS) + r")[ \t]+"
_LOWER_HEAD_SPOT = re.compile(_LOWER_HEAD_AFTER + r"(?=[a-zđ])")
# where one may start: found in the components' shared scan of first words, not by
# running the alternation at every offset of the text (3x the time)
_LOWER_HEAD_STARTS = first_word_finder(_LOWER_HEAD_POSITIONS)
_LOWER_HEAD_BEFORE = re.compile(_LOWER_HEAD_AFTER + "$")
# A department's head in small letters counts before a capitalised name, which
# `_department` then finds among the departments ("lãnh đạo phòng Kinh tế - Hạ tầng").
_LOWER_DEPARTMENTS = ("phòng", "sở")
_LOWER_DEPARTMENT = re.compile(r"(?:phòng|sở)(?=[ \t:])")
# "các sở: Nội vụ, Tài chính, Khoa học và Công nghệ", "các Bộ, ngành: Tài chính, Xây dựng":
# the departments listed after a plural head and a colon, each its own body.
_PLURAL_HEAD_BEFORE = re.compile(r"(?<!\w)[Cc]ác[ \t]+$")
_DEPARTMENTS_COLON = re.compile(r"(?:,[ \t]*ngành)?" + _LIST_COLON.pattern)
_LOWER_DEPARTMENT_STARTS = first_word_finder(_LOWER_DEPARTMENTS)


# The one city whose proper name holds its type: its committee is "Thành ủy Thành phố
# Hồ Chí Minh", as "TP.HCM" is written out.
_CITY_IN_NAME = {"Hồ Chí Minh": "Thành phố Hồ Chí Minh"}


# --- lexicons ------------------------------------------------------------------------------


def surface_pattern(surface: str) -> str:
    """The regex of one written form: spaces flexible, dashes with or without spaces,
    and a word boundary at each end that is a letter."""
    parts = [re.escape(w) for w in surface.split(" ")]
    body = _SPACE.join(parts).replace(r"\-", "-")
    body = body.replace(_SPACE + "-" + _SPACE, r"[ \t]*[-–][ \t]*")
    body = body.replace(r"\–", "[-–]")
    start = r"(?<![\w])" if surface[0].isalnum() else ""
    end = r"(?![\w])" if surface[-1].isalnum() else ""
    return start + body + end


def alternation(surfaces: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``surfaces``, longest first, in group ``s``.

    Surfaces sharing a first word are factored behind it ("Trường(?:…THPT|…THCS|…)"),
    so the regex reads that word once instead of once per surface.
    """
    return _compile_branches(branches_of(surfaces))


def branches_of(surfaces: list[str]) -> list[tuple[str, str]]:
    """The branches of `alternation`, in its order: ``(first character, regex)``.

    Every branch starts by matching its surface's first character as written
    (after a look-behind at most), so no branch can match where another
    character stands.
    """
    ordered = sorted(set(surfaces), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for surface in ordered:
        groups.setdefault(surface.split(" ")[0], []).append(surface)
    branches = []
    for first, members in groups.items():
        patterns = [surface_pattern(m) for m in members]
        head = surface_pattern(first)
        head = head[: -len(r"(?![\w])")] if head.endswith(r"(?![\w])") else head
        if len(patterns) == 1 or not all(p.startswith(head) for p in patterns):
            branches.extend((m[0], p) for m, p in zip(members, patterns, strict=True))
            continue
        tails = "|".join(p[len(head) :] for p in patterns)
        branches.append((first[0], f"{head}(?:{tails})"))
    return branches


def _branches_regex(branches: list[tuple[str, str]]) -> str:
    return "(?P<s>" + "|".join(regex for _, regex in branches) + ")"


def _compile_branches(branches: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile(_branches_regex(branches))


class SplitPattern:
    """An alternation split by the character its branches start with (`split_pattern`).

    Each part is compiled the first time its character is met: most characters
    are rare, and compiling every part at once was a third of the pipeline's
    start-up, paid again by every batch worker.
    """

    def __init__(self, sources: dict[str, str]):
        """Args: the regex of each first character's branches."""
        self.sources = sources
        self.parts: dict[str, re.Pattern[str]] = {}

    def match(self, text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
        """What the whole pattern's ``match(text, pos, endpos)`` gives, trying only
        the branches that start with the character at ``pos``."""
        char = text[pos : pos + 1]
        part = self.parts.get(char)
        if part is None:
            source = self.sources.get(char)
            if source is None:
                return None
            part = self.parts[char] = re.compile(source)
        return part.match(text, pos, len(text) if endpos is None else endpos)


def split_pattern(
    branches: list[tuple[str, str]], before: str = "", after: str = ""
) -> SplitPattern:
    """``before(?P<s>branch|branch|...)after``, one pattern per first character of the
    branches, each with those branches in their order: where that character
    stands it matches as the whole alternation does, and a regex alternation
    tries its branches one by one.

    Args:
        branches: from `branches_of`.
        before: a zero-width assertion to put in front (a look-behind).
        after: what must follow the branch.
    """
    by_char: dict[str, list[tuple[str, str]]] = {}
    for branch in branches:
        by_char.setdefault(branch[0], []).append(branch)
    return SplitPattern(
        {char: before + _branches_regex(group) + after for char, group in by_char.items()}
    )


def _with_small_letters(surfaces: list[str]) -> list[str]:
    """The surfaces and, for those in words (not abbreviations), the same in small
    letters: district pages write "Phòng nội vụ", "Phòng tài chính - kế hoạch"."""
    small = [s.lower() for s in surfaces if s[1:2].islower() and s.lower() not in surfaces]
    return surfaces + small


def surface_key(text: str) -> str:
    """The lookup key of a matched surface: single spaces, plain hyphens."""
    return re.sub(r"\s*[-–]\s*", " - ", " ".join(text.split()))


@dataclass(frozen=True)
class Head:
    """A head of organization names (a row of org_heads.tsv)."""

    kind: str
    canonical: str
    extra: str | None
    title: str | None


# How many written forms a `Table` remembers: an article repeats a few surfaces.
MAX_REMEMBERED = 10_000


@dataclass(frozen=True)
class Table:
    """Surfaces to values, with the regex that finds the surfaces."""

    values: dict[str, object]
    pattern: re.Pattern[str]
    # `pattern` split by the character its branches start with, to match with
    starting: SplitPattern | None = field(default=None, compare=False, repr=False)
    # written form -> value: the same few surfaces recur, so each is keyed once
    remembered: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def match(self, text: str, pos: int) -> tuple[object, int] | None:
        """The value written at ``pos`` and where it ends, or None."""
        m = (self.starting or self.pattern).match(text, pos)
        if not m:
            return None
        return self.value_of(m.group("s")), m.end()

    def value_of(self, written: str) -> object:
        """The value of a surface as a text writes it (spaces and dashes as written),
        or None when no surface is keyed so."""
        try:
            return self.remembered[written]
        except KeyError:
            value = self.values.get(surface_key(written))
            if len(self.remembered) < MAX_REMEMBERED:
                self.remembered[written] = value
            return value


def make_table(rows: list[tuple[list[str], object]]) -> Table:
    """A `Table` from ``(surfaces, value)`` rows; the first row listing a surface wins."""
    values: dict[str, object] = {}
    for surfaces, value in rows:
        for s in surfaces:
            values.setdefault(surface_key(s), value)
    branches = branches_of(list(values))
    return Table(values, _compile_branches(branches), split_pattern(branches))


@dataclass(frozen=True)
class OpenWords:
    """Where a free-running name ends (lexicons/org_name_words.tsv, surnames.txt)."""

    stops: frozenset[str]
    bridges: frozenset[str]
    persons: frozenset[str]
    forms: frozenset[str]
    subjects: frozenset[str]
    datelines: frozenset[str]
    topics: frozenset[str]
    events: frozenset[str]
    regions: frozenset[str]
    surnames: frozenset[str]


@cache
def open_words() -> OpenWords:
    """The `OpenWords` of the lexicons, loaded once."""
    by_role: dict[str, set[str]] = defaultdict(set)
    for word, role in (row[:2] for row in read_lexicon("org_name_words.tsv")):
        by_role[role].add(word)
    roles = ("stop", "bridge", "person", "form", "subject", "dateline", "topic", "event", "region")
    return OpenWords(*(frozenset(by_role[r]) for r in roles), name_words().surnames)


@dataclass(frozen=True)
class OrgLexicon:
    """Every table the organization reader uses, compiled once."""

    heads: Table
    departments: Table  # value: (canonical, heads that take it)
    boards: Table  # value: canonical board name
    unit_types: Table  # value: (canonical type, levels)
    committee_of_type: dict[str, Head]  # unit type -> the committee of that level
    head_finder: SplitPattern  # a capitalised head not glued to a document number
    head_candidates: re.Pattern[str]  # where a head may start: its first word


def _optional(cell: str) -> str | None:
    return None if cell in ("", "-") else cell


@cache
def org_lexicon() -> OrgLexicon:
    """Load and compile the organization lexicons (once per process)."""
    head_rows = []
    committees = {}
    for kind, canonical, surfaces, extra, title in read_lexicon("org_heads.tsv"):
        head = Head(kind, canonical, _optional(extra), _optional(title))
        head_rows.append((surfaces.split("|"), head))
        if kind == "committee" and head.extra and head.extra not in committees:
            committees[head.extra] = head
    heads = make_table(head_rows)
    # One abbreviation may name different departments under different heads ("VH-TT":
    # Sở Văn hóa và Thể thao, Phòng Văn hóa và Thông tin): a surface keeps one name per head.
    by_surface: dict[str, dict[str, str]] = {}
    for canonical, surfaces, heads_of in read_lexicon("departments.tsv"):
        for surface in _with_small_letters(surfaces.split("|")):
            names = by_surface.setdefault(surface, {})
            for head_word in heads_of.split("|"):
                names.setdefault(head_word, canonical)
    departments = make_table([([surface], names) for surface, names in by_surface.items()])
    boards = make_table([(s.split("|"), c) for c, s in read_lexicon("boards.tsv")])
    unit_types = make_table(
        [
            (s.split("|"), (c, frozenset(lv.split("|"))))
            for c, s, lv in read_lexicon("unit_types.tsv")
        ]
    )
    # A head is found where it is not glued to a document number. Heads written in
    # small letters ("Trưởng ban Tuyên giáo") are looked for only after "Trưởng".
    capitalised = [v for v in heads.values if v[0].isupper()]
    finder = split_pattern(branches_of(capitalised), before=r"(?<![-/\w])")
    candidates = first_word_finder(capitalised)
    return OrgLexicon(heads, departments, boards, unit_types, committees, finder, candidates)


# --- place names ---------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)  # the same few names recur; each key costs a normalisation
def place_key(name: str) -> str:
    """Comparison key of a place name (the gazetteer's: lower case, no apostrophes,
    tight dashes)."""
    return name_key(name)


LEVEL_OF_TYPE = {
    "tỉnh": "province",
    "thành phố": "province|district",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}


@cache
def place_names() -> dict[str, tuple[str, frozenset[str]]]:
    """Every unit name and alias of the gazetteer (both eras): key -> (name, unit types).

    Built once per process from `extract.nlp.gazetteer` (which the admin-units
    component needs too: a gazetteer that cannot load is an error to see, not
    to hide).
    """
    typed = _typed_names()
    return {key: (names[0][1], frozenset(t for t, _ in names)) for key, names in typed.items()}


@cache
def _typed_names() -> dict[str, list[tuple[str, str]]]:
    """key -> ``(unit type, name)`` of every unit so named, the highest level first."""
    gaz = load_gazetteer()
    found: dict[str, list[tuple[str, str]]] = {}
    for key, indexes in gaz.by_name.items():
        units = sorted((gaz.units[i] for i in indexes), key=lambda u: -LEVEL_RANK[u.level])
        # The highest unit's spelling: "Đắk Nông" the province, not a commune "Đăk Nông".
        found[key] = [(u.type, u.name) for u in units]
    # A body keeps the unit's name of its time: "UBND tỉnh Thừa Thiên Huế", not "Huế".
    for row in read_lexicon("unit_aliases.tsv"):
        key = place_key(row[0])
        if len(row) > 3 and row[3] and key in found:
            found[key] = [(t, row[3] if i == 0 else name) for i, (t, name) in enumerate(found[key])]
    for (name,) in read_lexicon("foreign_provinces.txt"):
        found.setdefault(place_key(name), [("tỉnh", name)])
    return found


def _name_of_type(key: str, types: set[str]) -> str:
    """The name of the highest unit so keyed whose type is one of ``types``: the ward
    "Sài Gòn", not the city the same word is an alias of."""
    return next(name for t, name in _typed_names()[key] if t in types)


@cache
def same_level(unit_type: str) -> frozenset[str]:
    """The unit types at the level(s) of ``unit_type`` ("huyện" -> huyện, quận, thị xã, ...)."""
    return frozenset(types_at_levels(set(LEVEL_OF_TYPE.get(unit_type, "").split("|"))))


def types_at_levels(levels: frozenset[str] | set[str]) -> set[str]:
    """The unit types that belong to any of ``levels``."""
    return {t for t, lv in LEVEL_OF_TYPE.items() if set(lv.split("|")) & set(levels)}


def match_place(text: str, pos: int, types: set[str]) -> tuple[str, int] | None:
    """The longest gazetteer name of one of ``types`` written at ``pos``.

    Args:
        text: the Doc text.
        pos: where the name would start (no leading space).
        types: acceptable unit types ("tỉnh", "huyện", ...).

    Returns:
        ``(canonical name, end offset)`` or None.
    """
    run = _PLACE_WORDS.match(text, pos)
    ends = [end for start, end in run.regs[1:] if start >= 0] if run else []
    names = place_names()
    for end in reversed(ends):
        number = _NUMBER.match(text, end)  # "xã Sơn Kim 1": the gazetteer's name ends in it
        key = place_key(text[pos : number.end()]) if number else ""
        entry = names.get(key) if number else None
        if entry and entry[1] & types:
            return _name_of_type(key, types), number.end()
        key = place_key(text[pos:end])
        entry = names.get(key)
        if entry and entry[1] & types:
            if continuation().match(text, end):
                break  # "xã Phước Cát 1" is not the gazetteer's "Phước Cát"
            return _name_of_type(key, types), end
    return None


_GLUED_ACRONYM = re.compile(r"[A-ZĐ]{2,5}(?!\w)")


def _glued_acronym(text: str, pos: int, types: set[str]) -> tuple[str, int] | None:
    """A place's acronym glued to its abbreviated type: "TP.HCM"."""
    m = _GLUED_ACRONYM.match(text, pos)
    entry = place_names().get(place_key(m.group())) if m else None
    return (entry[0], m.end()) if entry and entry[1] & types else None


def written_place(text: str, pos: int) -> tuple[str, int] | None:
    """A unit name the gazetteer lacks, as written at ``pos`` after a type word or a
    committee ("huyện Lộc Hà", merged before the gazetteer's snapshot; "xã Phước Cát 1").

    Returns:
        ``(name, end offset)`` or None when the words there do not read as a unit name.
    """
    end = new_name_end(text, pos, name_words())
    return (" ".join(text[pos:end].split()), end) if end else None


# --- mentions ------------------------------------------------------------------------------


@dataclass
class Unit:
    """A unit as an organization name writes it: type and name (None when implied)."""

    type: str | None
    name: str | None
    start: int
    end: int


@dataclass
class OrgMention:
    """One organization mention: where it is, how it is built, and its resolved name.

    ``listed`` says whether it goes to ``doc._.organizations`` (national stock
    bodies and generic plurals are found, for the officials' sake, but not
    listed). ``generic`` marks "UBND các xã, thị trấn".
    """

    start: int
    end: int
    head: Head
    label: str  # the head as the name writes it: "Ủy ban nhân dân", "Sở Tài chính", "Ban Tổ chức"
    unit: Unit | None = None
    parent: OrgMention | None = None
    generic: bool = False
    nested: bool = False
    name: str = ""
    listed: bool = True
    resolved: bool = False  # every implied unit was found
    suffix: str = ""  # written after the unit: "giai đoạn 2021 - 2025"
    children: list[OrgMention] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        """The word a "Trưởng"-like position takes from this body ("ban", "đoàn")."""
        return self.head.title


# A unit's type word, the last one before a board named only by its subject.
_TYPE_BEFORE = re.compile(rf"(?<!\w)({TYPE_WORDS})(?!\w)")
_UNIT_TYPE_REACH = 60


def _capitalised_after(text: str, end: int) -> bool:
    """Whether the word after the space at ``end`` opens with a capital."""
    at = _WS.match(text, end).end()
    return text[at : at + 1].isupper()


def _opens_addressed_name(text: str, at: int, place: str) -> bool:
    """Whether the place read at ``at`` is a person's name, or its beginning, that the
    text writes after a form of address elsewhere ("Chủ tịch UBND phường Phan Công
    Thịnh" where "đồng chí Phan Công Thịnh" stands earlier)."""
    names = addressed_names(text)
    return place in names or any(
        len(name) > len(place) and text.startswith(name, at) for name in names
    )


def _unit_type_before(text: str, start: int) -> str | None:
    """The type of the unit named last before ``start`` in its sentence (within
    `_UNIT_TYPE_REACH` characters): "UBND xã Tân Hương họp Ban chỉ đạo ..." -> "xã"."""
    window = text[max(0, start - _UNIT_TYPE_REACH) : start]
    window = re.split(r"[.!?\n]", window)[-1]
    found = _TYPE_BEFORE.findall(window)
    return found[-1] if found else None


def _honorifics(kind: str) -> list[str]:
    """The capitalised surfaces of one kind of honorifics.tsv ("prefix", "person")."""
    return [surface for surfaces, written in read_lexicon("honorifics.tsv") if written == kind
            for surface in surfaces.split("|") if surface[:1].isupper()]


@cache
def _place_named_bodies() -> frozenset[str]:
    """Heads a place completes without its type word ("Kho bạc Nhà nước Quảng Ninh"):
    place_named_bodies.txt."""
    return frozenset(row[0] for row in read_lexicon("place_named_bodies.txt"))


@cache
def _name_prefixes() -> re.Pattern[str]:
    """Ranks and degrees written before a person's name (honorifics.tsv's prefixes):
    such a word ends an organization's name ("... và Thiếu tá Phàn Văn Quẩy")."""
    surfaces = sorted(_honorifics("prefix"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, surfaces)) + r"(?=[ \t])")


@cache
def _forms_of_address() -> frozenset[str]:
    """Forms of address of one word (honorifics.tsv's "person" kind: "Ông", "Bà"): one may
    close a place's name inside a body's ("Vườn quốc gia Bidoup - Núi Bà tổ chức ..."),
    where a title word ("Giám đốc") always opens a person."""
    return frozenset(surface for surface in _honorifics("person") if " " not in surface)


class OrgReader:
    """Reads organization names out of a text; one instance per process is enough."""

    def __init__(self) -> None:
        self.lex = org_lexicon()

    # -- parsing --------------------------------------------------------------------------

    def find(self, text: str) -> list[OrgMention]:
        """Every organization mention of ``text``, unresolved, in text order.

        Args:
            text: the Doc text.

        Returns:
            Top-level mentions (coordinated ones separately); nested bodies hang
            from ``parent``.
        """
        found: list[OrgMention] = []
        pos = 0
        lex = self.lex
        # (where a name may start, the head found there): heads in small letters are
        # tried only after "Trưởng", where no head has been matched yet
        starts = [(m.start(), m) for m in finditer_at(lex.head_finder, lex.head_candidates, text)]
        starts += [
            (m.end(), None) for m in finditer_at(_LOWER_HEAD_SPOT, _LOWER_HEAD_STARTS, text)
        ]
        starts += [
            (m.start(), None)
            for m in finditer_at(_LOWER_DEPARTMENT, _LOWER_DEPARTMENT_STARTS, text)
        ]
        starts.sort(key=itemgetter(0))  # stable: at one offset, the head found first
        for start, written_head in starts:
            if start < pos:
                continue
            parsed = self.parse_at(text, start, written_head=written_head)
            if parsed:
                found.extend(parsed)
                pos = parsed[-1].end
        return found

    def parse_at(
        self,
        text: str,
        start: int,
        as_parent: bool = False,
        written_head: re.Match[str] | None = None,
    ) -> list[OrgMention]:
        """The organization(s) whose name starts exactly at ``start`` (maybe none).

        Args:
            text: the Doc text.
            start: offset of the head.
            as_parent: True when reading the body a board or sub-body belongs to.
            written_head: the match of ``lex.head_finder`` at ``start``, when the
                caller has it (the head is then not matched again).

        Returns:
            One mention, several when units are coordinated, or an empty list.
        """
        if written_head is not None:
            hit = self.lex.heads.value_of(written_head.group()), written_head.end()
        else:
            hit = self.lex.heads.match(text, start)
        if not hit or hit[0] is None:
            return []
        head, end = hit
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym:
            end = acronym.end()
        surface = text[start:end]
        if head.kind == "department" and (listed := self._department_list(text, start, end, head)):
            return listed
        if (
            surface[0].islower()
            and not as_parent
            and not _LOWER_HEAD_BEFORE.search(text, max(0, start - 12), start)
            and not (head.kind == "department" and _capitalised_after(text, end))
        ):
            return []  # "phòng", "sở" as common words; not "phòng Giáo dục và Đào tạo"
        if _INSIDE_CODE.search(text, max(0, start - 1), start):
            return []
        kind = head.kind
        if kind == "body":
            return self._body(text, start, end, head)
        if kind == "committee":
            return self._committee(text, start, end, head)
        if kind == "department":
            found = self._department(text, start, end, head)
            if found and head.extra == "national":  # "các Bộ Tài chính, Xây dựng và Công Thương"
                return [found, *self._more_ministries(text, found.end, head)]
            return [found] if found else []
        if kind in ("board", "sub"):
            if as_parent:
                return []
            if head.canonical == "Thường trực" and _POSITION_BEFORE_STANDING.search(
                text, max(0, start - 20), start
            ):
                return []
            return self._sub(text, start, end, head)
        if kind == "open":
            place = match_place(text, start, set(LEVEL_OF_TYPE))
            if place and place[1] > end:
                return []  # "Hội An": a city's name, not a "Hội" (association)
            if self._inside_place_name(text, start):
                return []  # "xã Mỹ Hội Đông": the head is a syllable of a commune's name
            found = self._open(text, start, end, head)
            if found and head.extra == "names":
                return [found, *self._more_names(text, found, head)]
            return [found] if found else []
        if kind == "national":
            return [OrgMention(start, end, head, head.canonical, listed=False)]
        if kind == "numbered":
            return self._numbered(text, start, end, head)
        return [OrgMention(start, end, head, head.canonical)]

    def _numbered(self, text: str, start: int, end: int, head: Head) -> list[OrgMention]:
        """ "Quân khu 4", "Sư đoàn 324": a unit named by its number; none without one.
        A province's numbered office ("Thuế cơ sở 7") is the article's province's, or
        the province written after it ("Thuế cơ sở 1 tỉnh Nghệ An")."""
        number = _UNIT_NUMBER.match(text, end)
        if number is None:
            return []
        label = f"{head.canonical} {number.group(1)}"
        if head.extra != "province":
            return [OrgMention(start, number.end(), Head("named", label, None, None), label)]
        office = Head("body", label, "province", head.title)
        units, generic = self._units(text, number.end())
        unit = units[0] if units and not generic and units[0].type == "tỉnh" else None
        return [OrgMention(start, unit.end if unit else number.end(), office, label, unit=unit)]

    @staticmethod
    def _inside_place_name(text: str, start: int) -> bool:
        """Whether the word before ``start`` opens a place's name that runs past it."""
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is None:
            return False
        place = match_place(text, before.start(), set(LEVEL_OF_TYPE))
        return place is not None and place[1] > start

    def _units(self, text: str, pos: int) -> tuple[list[Unit], bool]:
        """Units written at ``pos`` after a body: ([units], generic)."""
        at = _WS.match(text, pos).end()
        small_c = text.startswith("c", at)  # "các", "cấp": one test spares two matches
        if small_c and _LEVEL_WORD.match(text, at):
            return [], True  # "UBND cấp xã", "HĐND các cấp": a level, not a body
        plural = _PLURAL.match(text, at) if small_c or text[at : at + 1].isdigit() else None
        if plural:
            at = plural.end()
        hit = self.lex.unit_types.match(text, at)
        if not hit or hit[0] is None:
            return [], bool(plural)
        (unit_type, _levels), type_end = hit
        if plural and (colon := _LIST_COLON.match(text, type_end)):
            type_end = colon.end()  # "UBND các phường: Quan Hoa, Trung Hòa và Mai Dịch"
        first = self._named_unit(text, type_end, unit_type, at)
        if plural:
            if first.name is None:
                # "UBND các xã, phường ven biển: Quỳnh Phú, ..., Cửa Lò": the units listed
                listed = self._qualified_units(text, type_end, unit_type, at)
                return listed, not listed  # else "các xã, thị trấn": a generic plural
            units = [first]
            # "UBND các huyện Châu Thành, Cai Lậy và thị xã Cai Lậy": typed items join in.
            units.extend(self._coordinated(text, first.end, unit_type, True, plural=True))
            return units, False
        units = [first]
        if first.name is not None:
            units.extend(self._coordinated(text, first.end, unit_type, with_type=True))
            last = units[-1]
            last.end = self._parent_unit_end(text, last.end, last.type)
        return units, False

    def _qualified_units(self, text: str, pos: int, unit_type: str, start: int) -> list[Unit]:
        """The units a plural lists after its types and a word that qualifies them, or a
        colon: "các xã, phường ven biển: A, B, C", "các xã biên giới A, B và C"; each of
        the type the gazetteer gives it among those written. [] when none is listed."""
        types = [unit_type]
        while (sep := COORDINATOR.match(text, pos)) and (
            hit := self.lex.unit_types.match(text, sep.end())
        ) and hit[0] is not None:
            types.append(hit[0][0])
            pos = hit[1]
        qualifier = _LIST_QUALIFIER.match(text, pos)
        if qualifier is None:
            return []
        units, at = [], qualifier.end()
        while place := match_place(text, at, set(types)):
            kinds = place_names()[place_key(place[0])][1]
            kind = next((t for t in types if t in kinds), unit_type)
            units.append(Unit(kind, place[0], start if not units else at, place[1]))
            sep = COORDINATOR.match(text, place[1])
            if sep is None:
                break
            at = sep.end()
        if len(units) < 2:
            return []
        # "... Vĩnh Hoàng và đặc khu Cồn Cỏ": an item of a type of its own closes the list
        return units + self._coordinated(text, units[-1].end, unit_type, True, plural=True)

    def _parent_unit_end(self, text: str, end: int, unit_type: str) -> int:
        """Where a unit's parent written after it ends ("xã Tân Phú, huyện Châu Thành",
        "xã Mỹ Hiệp (Cao Lãnh)"); ``end`` itself when there is none. The parent only
        locates the unit: it is part of the mention, not of the name."""
        m = _PARENT_OPEN.match(text, end)
        if not m:
            return end
        at = m.end()
        hit = self.lex.unit_types.match(text, at)
        if hit and hit[0] is not None:
            parent_type = hit[0][0]
            if _RANK[parent_type] <= _RANK[unit_type]:
                return end
            at = _WS.match(text, hit[1]).end()
        elif "(" not in m.group():
            return end
        else:
            parent_type = None
        types = {t for t, r in _RANK.items() if r > _RANK[unit_type]}
        if parent_type:
            types &= {parent_type} | same_level(parent_type)
        place = match_place(text, at, types)
        if not place:
            return end
        close = _PARENT_CLOSE.match(text, place[1]) if "(" in m.group() else None
        if "(" in m.group() and not close:
            return end
        return close.end() if close else place[1]

    def _named_unit(self, text: str, type_end: int, unit_type: str, start: int) -> Unit:
        at = _WS.match(text, type_end).end()
        number = _NUMBER.match(text, type_end)
        if number and unit_type in ("phường", "quận"):
            name = f"{unit_type.capitalize()} {number.group(1)}"
            return Unit(unit_type, name, start, number.end())
        place = match_place(text, at, {unit_type} | self._same_level(unit_type))
        if place is None and at > type_end and unit_type != "tỉnh":  # every province is known
            place = written_place(text, at)
        if place is None and (text[type_end - 1 : type_end] == "." or at > type_end):
            # "TP.HCM", or "TP HCM Phạm Quang Tuệ": the acronym, then a name
            place = _glued_acronym(text, at, {unit_type} | self._same_level(unit_type))
        if place and not _opens_addressed_name(text, at, place[0]):
            return Unit(unit_type, place[0], start, place[1])
        return Unit(unit_type, None, start, type_end)  # "Đảng ủy phường Hoàng Nam": a man

    def _same_level(self, unit_type: str) -> set[str]:
        return same_level(unit_type)

    def _coordinated(
        self, text: str, pos: int, unit_type: str, with_type: bool, plural: bool = False
    ) -> list[Unit]:
        """Further units joined by "," or "và": "huyện U Minh, huyện Trần Văn Thời"; after
        a plural ("các xã A, B và C") a name a province shares is still an item."""
        units = []
        while True:
            sep = COORDINATOR.match(text, pos)
            if not sep:
                return units
            at = sep.end()
            this_type = unit_type
            # "UBND thị xã Kỳ Anh và các huyện Cẩm Xuyên, Thạch Hà": a plural opens a sub-list
            sub_list = _PLURAL.match(text, at) if with_type and text.startswith("các", at) else None
            type_at = sub_list.end() if sub_list else at
            hit = self.lex.unit_types.match(text, type_at) if with_type else None
            if hit and hit[0] is not None:
                this_type = hit[0][0]
                if _COORD_RANK[this_type] != _COORD_RANK[unit_type]:
                    return units  # "xã X, huyện Y" / "TP. X, tỉnh Y": a parent, not a list
                unit = self._named_unit(text, hit[1], this_type, at)
                if unit.name is None:
                    return units
                if sub_list:
                    units.append(unit)
                    return units + self._coordinated(text, unit.end, this_type, True, plural=True)
            elif sub_list:
                return units
            elif unit_type in ("phường", "quận") and (number := _NUMBER.match(text, at)):
                # "UBND các quận 1, 3, 10": numbered units listed by their numbers
                name = f"{unit_type.capitalize()} {number.group(1)}"
                unit = Unit(unit_type, name, at, number.end())
            else:
                head = self.lex.heads.match(text, at)
                place = match_place(text, at, {unit_type})
                if head and head[0] is not None and (place is None or place[1] <= head[1]):
                    # "Công an huyện Văn Lãng và Đồn Biên phòng X": another body (but "các
                    # phường Pleiku và Hội Phú": a ward's name that opens like a body's)
                    return units
                if place is None and unit_type != "tỉnh":  # every province is known
                    place = written_place(text, at)
                if not place:
                    return units
                if not plural and unit_type != "tỉnh" and "tỉnh" in place_names().get(
                    place_key(place[0]), ("", frozenset())
                )[1]:
                    return units  # "HĐND huyện Lộc Bình, Lạng Sơn": the province, not a city
                unit = Unit(unit_type, place[0], at, place[1])
            units.append(unit)
            pos = unit.end

    def _body(self, text: str, start: int, end: int, head: Head) -> list[OrgMention]:
        region = _REGION.match(text, end)
        if region:
            label = f"{head.canonical} khu vực {region.group().split()[-1]}"
            region_end = region.end()
            dash = _DASH.match(text, region_end)
            place = match_place(text, dash.end(), {"tỉnh", "thành phố"}) if dash else None
            if place:  # "Tòa án nhân dân khu vực 1 - Bắc Ninh", as the 2025 courts are named
                label, region_end = f"{label} - {place[0]}", place[1]
            named = Head("named", label, None, None)  # one body, whatever the article's unit
            return [OrgMention(start, region_end, named, label)]
        branch = _BRANCH.match(text, end)
        region = _REGION.match(text, branch.end()) if branch else None
        if region:  # "Ngân hàng Nhà nước chi nhánh Khu vực 10": a 2025 regional branch
            label = f"{head.canonical} chi nhánh khu vực {region.group().split()[-1]}"
            return [OrgMention(start, region.end(), Head("named", label, None, None), label)]
        if branch:  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh Trà Vinh"
            label = f"{head.canonical} chi nhánh"
            units, _generic = self._units(text, branch.end())
            if units and (units[0].name or units[0].type):  # "chi nhánh tỉnh": the article's
                return [OrgMention(start, units[0].end, head, label, unit=units[0])]
            at = _WS.match(text, branch.end()).end()
            place = match_place(text, at, set(LEVEL_OF_TYPE))
            if place:  # "chi nhánh Hà Tĩnh": the branch as the bank names it
                return [OrgMention(start, place[1], head, label,
                                   unit=Unit(None, place[0], at, place[1]))]
        units, generic = self._units(text, end)
        if generic:
            return [OrgMention(start, end, head, head.canonical, generic=True, listed=False)]
        at = _WS.match(text, end).end()
        if not units and at > end and text.startswith("TP", at):
            # "UBND TPHCM", "Hội LHPN TPHCM": the city's type glued to its name
            # (unit_aliases.tsv)
            if place := _glued_acronym(text, at, {"thành phố"}):
                unit = Unit("thành phố", place[0], at, place[1])
                return [OrgMention(start, place[1], head, head.canonical, unit=unit)]
        if not units and head.canonical in _BODIES_OF_A_PROVINCE:
            # "UBND Long An", "HĐND Đồng Tháp": a province named without its type word
            place = match_place(text, at, {"tỉnh"}) if at > end else None
            if place:
                unit = Unit("tỉnh", place[0], at, place[1])
                return [OrgMention(start, place[1], head, head.canonical, unit=unit)]
        if not units and head.canonical in _place_named_bodies():
            place = match_place(text, at, set(LEVEL_OF_TYPE)) if at > end else None
            if place:
                unit = Unit(None, place[0], at, place[1])
                return [OrgMention(start, place[1], head, head.canonical, unit=unit)]
        if not units and head.extra in ("within", "inside") and (body := self._body_of(text, end)):
            # "Đảng ủy Bệnh viện Đa khoa tỉnh", "Thanh tra Sở Y tế": a body inside a body
            party = Head("sub", head.canonical, None, head.title)
            return [OrgMention(start, body.end, party, head.canonical, parent=body)]
        if not units and head.extra == "inside":
            return []  # "Bí thư Chi bộ thôn Nà Mèo": a cell no body named holds
        if not units:
            return [OrgMention(start, end, head, head.canonical)]
        first, *rest = units
        found = [OrgMention(start, first.end, head, head.canonical, unit=first)]
        found.extend(OrgMention(u.start, u.end, head, head.canonical, unit=u) for u in rest)
        return found

    def _body_of(self, text: str, end: int) -> OrgMention | None:
        """The one body named right after ``end`` (a hospital, a department), read as the
        parent of the body before it; None when none is, or a generic one ("các sở")."""
        at = _WS.match(text, end).end()
        parents = self.parse_at(text, at, as_parent=True) if at > end else []
        if len(parents) != 1 or parents[0].generic:
            return None
        parents[0].nested = True
        return parents[0]

    def _committee(self, text: str, start: int, end: int, head: Head) -> list[OrgMention]:
        at = _WS.match(text, end).end()
        if at > end and _PLURAL.match(text, at):  # "Huyện ủy các huyện Tiên Yên, Bình Liêu"
            units, _generic = self._units(text, end)
            if not units:
                return [OrgMention(start, end, head, head.canonical, generic=True, listed=False)]
            first, *rest = units
            found = [OrgMention(start, first.end, head, head.canonical, unit=first)]
            found.extend(OrgMention(u.start, u.end, head, head.canonical, unit=u) for u in rest)
            return found
        types = {head.extra} | self._same_level(head.extra) if head.extra else set()
        place = match_place(text, at, types) or written_place(text, at) if at > end else None
        if place:
            unit = Unit(head.extra, place[0], at, place[1])
            return [OrgMention(start, place[1], head, head.canonical, unit=unit)]
        typed, _generic = self._units(text, end) if at > end else ([], False)
        if typed and typed[0].name and typed[0].type in types:  # "Quận ủy quận 5"
            return [OrgMention(start, typed[0].end, head, head.canonical, unit=typed[0])]
        return [OrgMention(start, end, head, head.canonical, unit=Unit(head.extra, None, end, end))]

    def _department(self, text: str, start: int, end: int, head: Head) -> OrgMention | None:
        at = _WS.match(text, end).end()
        hit = self.lex.departments.match(text, at) if at > end else None
        if not hit or hit[0] is None:
            return None
        names, dept_end = hit
        name = names.get(head.canonical)
        if name is None:
            return None
        label = f"{head.canonical} {name}"
        if head.extra == "national":
            return OrgMention(start, dept_end, head, label)
        units, generic = self._units(text, dept_end)
        if units and units[0].name is not None:
            return OrgMention(start, units[0].end, head, label, unit=units[0])
        scope = "tỉnh" if head.extra == "province" else "huyện"
        types = self._same_level(scope)
        at = _WS.match(text, dept_end).end()
        place = match_place(text, at, types)
        if place is None and not units and scope == "tỉnh" and text.startswith("TP", at):
            if city := _glued_acronym(text, at, {"thành phố"}):  # "Sở Y tế TPHCM"
                unit = Unit("thành phố", city[0], at, city[1])
                return OrgMention(start, city[1], head, label, unit=unit)
        if place and not units:  # "Sở Tài chính Hà Tĩnh"
            written = place_names()[place_key(place[0])][1] & types
            # "Sở ... Thanh Hóa": the province, not the city the province's name shares
            unit_type = "tỉnh" if "tỉnh" in written else sorted(written)[0]
            unit = Unit(unit_type, place[0], dept_end, place[1])
            return OrgMention(start, place[1], head, label, unit=unit)
        unit_end = units[0].end if units else dept_end
        implied = Unit(units[0].type if units else None, None, dept_end, unit_end)
        return OrgMention(start, unit_end, head, label, unit=implied)

    def _department_list(self, text: str, start: int, end: int, head: Head) -> list[OrgMention]:
        """ "các sở: Nội vụ, Tài chính, Khoa học và Công nghệ": one department per name
        listed after the plural head and its colon (the first one's span opens at the
        head); empty when no list follows."""
        if not _PLURAL_HEAD_BEFORE.search(text, max(0, start - 8), start):
            return []
        colon = _DEPARTMENTS_COLON.match(text, end)
        if colon is None:
            return []
        found: list[OrgMention] = []
        pos = colon.end()
        while (hit := self.lex.departments.match(text, pos)) and hit[0] is not None:
            name, item_end = hit[0].get(head.canonical), hit[1]
            if name is None or _CAP_TOKEN.match(text, _WS.match(text, item_end).end()):
                break  # not one of the head's departments; a name that runs on
            label = f"{head.canonical} {name}"
            item_start = pos if found else start
            if head.extra == "national":
                found.append(OrgMention(item_start, item_end, head, label))
            else:  # the article's province or district, as for "Sở Tài chính" alone
                unit = Unit(None, None, item_end, item_end)
                found.append(OrgMention(item_start, item_end, head, label, unit=unit))
            sep = _LISTED_AFTER_COLON.match(text, item_end)
            if sep is None:
                break
            pos = sep.end()
        return found

    def _more_ministries(self, text: str, pos: int, head: Head) -> list[OrgMention]:
        """Ministries named after the first without "Bộ" again: ", Kế hoạch và Đầu tư"."""
        found = []
        while (sep := COORDINATOR.match(text, pos)) is not None:
            hit = self.lex.departments.match(text, sep.end())
            if not hit or hit[0] is None or head.canonical not in hit[0]:
                break
            name, end = hit[0][head.canonical], hit[1]
            if _CAP_TOKEN.match(text, end) or text.startswith(" ", end) and (
                _CAP_TOKEN.match(text, end + 1)
            ):
                break  # the department's name runs on: another body's, not a ministry's
            found.append(OrgMention(sep.end(), end, head, f"{head.canonical} {name}"))
            pos = end
        return found

    def _sub(self, text: str, start: int, end: int, head: Head) -> list[OrgMention]:
        label = head.canonical
        if head.kind == "board":
            at = _WS.match(text, end).end()
            hit = self.lex.boards.match(text, at) if at > end else None
            if not hit or hit[0] is None:
                return []
            label, end = f"Ban {hit[0]}", hit[1]
        if abbreviation := _ABBREVIATION.match(text, end):
            end = abbreviation.end()  # "Phòng Cảnh sát PCCC và CNCH (PC07) Công an tỉnh"
        at = _WS.match(text, end).end()
        parents = self.parse_at(text, at, as_parent=True) if at > end else []
        if not parents and label == "Văn phòng" and at > end:
            parents = self._board_of_office(text, at)
        if parents:
            # "Ban Thường vụ Đảng ủy xã Kim Liên và xã Nam Đàn": one board per body.
            found = []
            for i, parent in enumerate(parents):
                parent.nested = True
                found.append(
                    OrgMention(  # "HĐQT NHCSXH các huyện": as generic as its body
                        start if i == 0 else parent.start, parent.end, head, label, parent=parent,
                        generic=parent.generic,
                    )
                )
            return found
        units, generic = self._units(text, end)
        if units:
            return [OrgMention(start, units[0].end, head, label, unit=units[0])]
        if head.kind == "sub" and head.extra and (holder := self.lex.heads.match(head.extra, 0)):
            # "Phòng Cảnh sát giao thông" alone: the office of the province's police
            parent = OrgMention(end, end, holder[0], holder[0].canonical,
                                unit=Unit("tỉnh", None, end, end), nested=True)
            return [OrgMention(start, end, head, label, parent=parent)]
        return [OrgMention(start, end, head, label)]

    def _board_of_office(self, text: str, at: int) -> list[OrgMention]:
        """The board an office belongs to: "Văn phòng Ban ATGT tỉnh" is the office of "Ban
        An toàn giao thông tỉnh X" (a board is read as a parent only here)."""
        hit = self.lex.heads.match(text, at)
        if not hit or hit[0] is None or hit[0].kind != "board":
            return []
        return self._sub(text, at, hit[1], hit[0])

    def _open(
        self, text: str, start: int, end: int, head: Head, commas: bool = True
    ) -> OrgMention | None:
        """A head whose name runs on in free words: "Ban Chỉ đạo chống khai thác IUU tỉnh
        Cà Mau", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", "Công ty TNHH
        MTV Xổ số kiến thiết Trà Vinh", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia
        tỉnh Trà Vinh giai đoạn 2021 - 2025".

        The name ends at a unit (and the period after it), or after its last
        capitalised word and the few small words of that word's term ("Phát triển
        nông thôn"); it never runs over a stop word, a title or a person's name
        (org_name_words.tsv). None when nothing names the body ("Công ty TNHH",
        "Trung tâm này") or, for heads marked ``capital``, when no capitalised
        word follows the head ("Hội nghị" is no "Hội").
        """
        words = open_words()
        pos, last, small, unit, proper = end, None, 0, None, False
        # The small words after the last capitalised word belong to the name only when
        # that word opens a term by itself ("Phát triển nông thôn"), not after a proper
        # name of several capitalised words ("Báo Trà Vinh đưa tin").
        tail_end, tail, clean, run, frozen = None, 0, True, 0, False
        subject = head.extra == "subject"  # "Ban Chỉ đạo ... về phòng, chống thiên tai"
        max_small = MAX_SUBJECT_SMALL if subject else MAX_OPEN_SMALL
        listed = False  # a comma passed inside a subject: the name must end at a unit
        previous = ""  # the word read before this one
        formed = False  # a legal form was read ("TNHH", "CP"): a company's name
        for i in range(MAX_OPEN_WORDS):
            period = _PERIOD.match(text, pos) if last is not None else None
            if period:
                last, small, tail, run, pos = period.end(), 0, 0, 0, period.end()
                continue
            m = _OPEN_WORD.match(text, pos)
            if not m:
                abbreviation = _ABBREVIATION.match(text, pos) if last is not None else None
                if abbreviation:
                    following = _OPEN_WORD.match(text, abbreviation.end())
                    after = following.group(1) if following else ""
                    dash_on = after in ("-", "–") and _DASH_ON.match(text, abbreviation.end())
                    if not (after[:1].isupper() or after in _UNIT_STARTS or dash_on):
                        break  # "... TP HCM (MAUR) và các quận": the name ended before it
                    pos = abbreviation.end()
                    continue
                comma = _OPEN_COMMA.match(text, pos)
                if comma and last is not None or comma and small:
                    pos = comma.end()
                    continue
                listing = _SUBJECT_COMMA.match(text, pos) if subject and commas else None
                if listing and small:  # "Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm"
                    pos, small, listed = listing.end(), 0, True
                    continue
                break
            word = m.group(1)
            if i == 0 and head.extra in ("capital", "names") and not word[0].isupper():
                return None
            if i == 0 and f"{head.canonical} {word}" in words.events:
                return None  # "buổi Hội Nghị Đại biểu HĐND": a meeting, written in capitals
            if word in ("-", "–") and self._dateline_at(text, m.end(), words):
                break
            unit_start = word in _UNIT_STARTS and not _SOCIAL.match(text, m.start(1))
            hit = self.lex.unit_types.match(text, m.start(1)) if unit_start else None
            if hit and hit[0] is not None and word[0].islower() or word in ("TP.", "TX."):
                units, generic = self._units(text, pos)
                if units and not generic and small <= max_small:
                    unit = units[0]
                break
            if word[0].isupper():
                if word in words.persons and not (
                    word in _forms_of_address() and self._ends_place_name(text, m.end(), last)
                ):
                    break
                if last is not None and (province_end := self._province_closing(text, m.start(1))):
                    # "Công ty CP Cấp thoát nước Long An tăng công suất ...": a proper name
                    last, tail_end, proper = province_end, None, True
                    break
                if last is not None and _name_prefixes().match(text, m.start(1)):
                    break  # "Đồn Biên phòng Y Tý và Thiếu tá Phàn Văn Quẩy": a rank, a person
                # a company's name may end in two words that look like a person's ("Công ty
                # CP Xây lắp Hồng Lam"); a person after it is named in full
                if proper and self._person_at(text, m.start(1), 3 if formed else 2):
                    break
                # an acronym is no proper name's word; a letter is ("Y Tý", "A Lưới")
                titled = not (word.isupper() and len(word) > 1 or word in words.forms)
                run = (run + 1 if small == 0 and run else 1) if titled else 0
                if previous in words.regions:
                    run = 2  # "miền Trung": a proper name, no term's small words run on
                last, small, tail, tail_end, frozen = m.end(), 0, 0, None, False
                proper = proper or word not in words.forms
                formed = formed or word in words.forms
            elif word[0].isdigit() and previous in _NUMBERED_SCHEMES:
                number = _SCHEME_NUMBER.match(text, m.start(1))
                if number is None:
                    break
                last, run, small, tail, tail_end = number.end(), 0, 0, 0, None
                pos = number.end()
                continue
            elif word[0].isdigit():
                on = _NUMBER_ON.match(text, m.end())
                named_on = bool(on) and on.group(1).isupper()  # "Cao su 30-4 Tây Ninh"
                if (small or last is None) and not (named_on and last is not None):
                    break  # a figure after the name, not part of it
                last, run = m.end(), 0
            elif word[0].isalpha():
                if _STOP_PHRASES.match(text, m.start(1)):
                    break
                if word in words.stops and not (subject and word in words.subjects):
                    if not text.startswith(_STOP_EXCEPTIONS.get(word, "\0"), m.start(1)):
                        break
                if word in words.bridges or word in words.subjects:
                    if word == "và" and self.lex.head_finder.match(
                            text, _WS.match(text, m.end()).end()):
                        break  # "Trường THPT Ngô Mây và Bệnh viện ...": two bodies
                    if word == "và" and run >= 2 and head.extra == "names":
                        break  # "Đồn Biên phòng Ia Rvê và lực lượng dân quân ...": a place named
                    frozen = frozen or not subject  # the name does not end after "và"
                small += 1
                if small > max_small:
                    clean = False
                    break
                proper = proper or (last is not None and word not in words.forms)
                if word not in words.bridges and not frozen:
                    tail, tail_end = small, m.end()
            pos, previous = m.end(), word
        if listed and unit is None:
            return self._open(text, start, end, head, commas=False)  # the comma ended it
        topic = _WS.match(text, end).end()
        if (
            unit is None and last is None and subject and tail_end is not None
            and text[topic : text.find(" ", topic)].rstrip(",") in words.topics
        ):
            # "UBND xã Tân Hương họp Ban chỉ đạo phòng chống lụt bão": the board of the
            # unit named just before it, in its sentence
            unit_type = _unit_type_before(text, start)
            unit = Unit(unit_type, None, tail_end, tail_end) if unit_type else None
        if unit is None and (last is None or not proper):
            return None
        if unit is not None:
            words_end = unit.start
            mention_end = unit.end
        else:
            words_end = mention_end = last
            short = run == 1 and tail <= MAX_OPEN_TAIL or subject
            if clean and short and tail_end is not None:
                words_end = mention_end = tail_end  # "Chi cục Phát triển nông thôn"
            if _AT_LEVEL.match(text, mention_end):
                return None  # "Ban Chỉ huy PCCCR cấp xã": every commune's board, no one body
        # As written, spaces tidied ("Covid-19" keeps its dash).
        label = " ".join(f"{head.canonical} {text[end:words_end]}".split())
        label = _ABBREVIATION.sub("", label)
        found = OrgMention(start, mention_end, head, label, unit=unit)
        period = _PERIOD.match(text, mention_end)
        if period:
            found.suffix = surface_key(text[period.start():period.end()]).strip()
            found.end = period.end()
        return found

    def _more_names(self, text: str, first: OrgMention, head: Head) -> list[OrgMention]:
        """The bodies a list names after the first one with no head of their own: "Đồn
        Biên phòng Mường Khương, Pha Long, Bản Lầu", "Hải quan cửa khẩu Trà Lĩnh, Tà Lùng"
        (heads marked ``names``). A name is one to four capitalised words that end the
        list or lead on to the next item; a unit, a body or a person ends it."""
        more: list[OrgMention] = []
        pos = first.end
        while item := _LISTED_NAME.match(text, pos):
            at = item.start("name")
            head_there = self.lex.heads.match(text, at)
            if (
                head_there and head_there[0] is not None
                or _name_prefixes().match(text, at)
                or match_place(text, at, {"tỉnh"})
            ):
                break
            label = f"{head.canonical} {item.group('name')}"
            more.append(OrgMention(at, item.end("name"), head, label))
            pos = item.end("name")
        return more

    def _province_closing(self, text: str, at: int) -> int | None:
        """Where a province's name read at ``at`` ends, when it closes a free-running name:
        small words follow that are no bridge into more of the name ("Công ty TNHH MTV
        Khai thác công trình thủy lợi Ninh Thuận vận hành hệ thống kênh Bắc"), or "và" and
        a person's title ("... Long An và Giám đốc Trung tâm ...")."""
        place = match_place(text, at, {"tỉnh"})
        if place is None:
            return None
        following = _OPEN_WORD.match(text, place[1])
        word = following.group(1) if following else ""
        if not word or not word[0].islower():
            return None
        words = open_words()
        if word == "và":
            after = _OPEN_WORD.match(text, following.end())
            return place[1] if after and after.group(1) in words.persons else None
        return None if word in words.bridges else place[1]

    @staticmethod
    def _ends_place_name(text: str, end: int, last: int | None) -> bool:
        """Whether "Bà" (a form of address) at ``end`` closes a place's name instead, after
        a capitalised word and before none: "Vườn quốc gia Bidoup - Núi Bà tổ chức ..."."""
        following = _OPEN_WORD.match(text, end)
        return last is not None and not (following and following.group(1)[:1].isupper())

    @staticmethod
    def _dateline_at(text: str, pos: int, words: OpenWords) -> bool:
        """Whether a dateline opens at ``pos``, just after a dash: "Báo Hà Tĩnh - Ngày
        8/10, ..." is the outlet, then the day its story begins."""
        following = _OPEN_WORD.match(text, pos)
        return bool(following) and following.group(1) in words.datelines

    def _person_at(self, text: str, pos: int, least: int = 2) -> bool:
        """Whether a person's name starts at ``pos``: a family name and other capitalised
        words, ``least`` in all, that are not a place's name ("Trà Vinh" is a province,
        "Trần Văn A" a man)."""
        surnames = open_words().surnames
        run, at = [], pos
        while len(run) < 6:
            m = _CAP_TOKEN.match(text, at)
            if not m:
                break
            run.append(m.group())
            at = _WS.match(text, m.end()).end()
        if len(run) < least or run[0] not in surnames:
            return False
        if len(run) > 2 and run[1] in surnames:
            return False  # "Sông Chu Nguyễn Văn Tám": the person starts at the next one
        return match_place(text, pos, set(LEVEL_OF_TYPE)) is None

    # -- completing -----------------------------------------------------------------------

    def complete(self, text: str, found: list[OrgMention], position_re: re.Pattern[str]) -> None:
        """Fill what coordination and ellipsis leave out, in place.

        "Huyện ủy, UBND huyện Cao Lãnh": the first body takes the second's
        unit. "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy X": the first
        board takes the body the next title names.
        """
        # Right to left, so "HĐND, UBND, Ủy ban MTTQ tỉnh X" passes the unit along.
        for i in range(len(found) - 2, -1, -1):
            org, nxt = found[i], found[i + 1]
            coordinated = _LEFT_COORD.match(text[org.end : nxt.start])
            if coordinated and self._shares_parent(org, nxt):
                org.parent = nxt.parent  # "Ban Chấp hành, Ban Thường vụ Huyện ủy X"
                continue
            named = self._named_later(text, org, nxt, position_re)
            if named is not None:
                org.parent.unit = Unit(named.type, named.name, org.parent.end, org.parent.end)
                continue
            if org.generic or not self._is_bare(org):
                continue
            if not (coordinated or self._shared_title_unit(text, org, nxt, position_re)):
                continue
            if nxt.generic and org.head.kind == "body":
                org.generic, org.listed = True, False  # "Đảng ủy, UBND các xã, thị trấn"
            elif nxt.unit and nxt.unit.type and self._levels_meet(org, nxt.unit.type):
                if self._not_the_units_committee(org, nxt):
                    own = self._own_committee(nxt)
                    if own is None:
                        continue  # "Bí thư Đảng ủy, Chủ tịch HĐND huyện": not "Đảng ủy huyện"
                    org.head, org.label = own, own.canonical
                if org.head.kind == "body":
                    org.unit = Unit(nxt.unit.type, nxt.unit.name, org.end, org.end)
                    found[i + 1 : i + 1] = self._distributed(org, found[i + 2 :])
                elif nxt.unit.name:
                    org.unit = Unit(org.unit.type, nxt.unit.name, org.end, org.end)
        for i, org in enumerate(found):
            if org.head.kind in ("board", "sub") and org.parent is None and org.unit is None:
                self._borrow_parent(text, org, found[i + 1 :], position_re)

    def _not_the_units_committee(self, org: OrgMention, nxt: OrgMention) -> bool:
        """ "Bí thư Đảng ủy, Giám đốc Công an tỉnh": a bare "Đảng ủy" before a body of a
        province or district, whose own party committee is no "Đảng ủy" (Tỉnh ủy)."""
        if org.head.canonical != "Đảng ủy" or nxt.head.canonical == "Đảng ủy":
            return False
        committee = self.lex.committee_of_type.get(nxt.unit.type)
        return committee is not None and committee.canonical != "Đảng ủy"

    def _own_committee(self, body: OrgMention) -> Head | None:
        """The party committee of ``body`` itself, when the lexicon names one ("Đảng ủy
        Công an" of Công an tỉnh, "Đảng ủy Quân sự" of Bộ Chỉ huy Quân sự tỉnh)."""
        head = self.lex.heads.values.get(surface_key(f"Đảng ủy {body.head.canonical}"))
        return head if isinstance(head, Head) and head.kind == "body" else None

    @staticmethod
    def _shares_parent(org: OrgMention, nxt: OrgMention) -> bool:
        """A bare board coordinated with one that names its body: both are of it."""
        return (
            org.head.kind in ("sub", "board")
            and org.parent is None
            and org.unit is None
            and nxt.head.kind in ("sub", "board")
            and nxt.parent is not None
        )

    def _distributed(self, org: OrgMention, later: list[OrgMention]) -> list[OrgMention]:
        """ "Đảng ủy, UBND các xã A, B và C": the bare body is one body per listed unit
        too; one more mention for each unit after the first, written at its name."""
        extra = []
        for other in later:
            if other.unit is None or other.start != other.unit.start or not other.unit.name:
                break  # not a unit of the same list
            unit = Unit(other.unit.type, other.unit.name, other.start, other.end)
            extra.append(OrgMention(other.start, other.end, org.head, org.label, unit=unit))
        return extra

    def _shared_title_unit(
        self, text: str, org: OrgMention, nxt: OrgMention, position_re: re.Pattern[str]
    ) -> bool:
        """ "Phó Bí thư Đảng ủy, Chủ tịch UBND xã X": a bare body, a comma, then a title
        of the next body that names the unit (or its type: "Chủ tịch HĐND phường");
        both posts are in the same unit."""
        if org.head.kind != "body" or nxt.unit is None or not nxt.unit.type:
            return False
        if nxt.head.kind != "body":
            return False  # "Bí thư Đảng ủy, Tổng Biên tập Báo X": the paper's own Đảng ủy
        gap = _ELLIPSIS_GAP.match(text, org.end)
        if not gap or _CLAUSE_END.search(text, org.end, nxt.start):
            return False
        title = position_re.match(text, gap.end())
        return bool(title) and text[title.end() : nxt.start].strip() == ""

    def _named_later(
        self, text: str, org: OrgMention, nxt: OrgMention, position_re: re.Pattern[str]
    ) -> Unit | None:
        """ "Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên giáo Huyện ủy X": a board
        of a committee left unnamed, a comma, then a title of a board of the same
        committee named in full; both boards are of that committee (its unit returned)."""
        parent, other = org.parent, nxt.parent
        if parent is None or other is None or parent.head is not other.head:
            return None
        if parent.head.kind != "committee" or not self._is_bare(parent):
            return None
        if other.unit is None or not other.unit.name:
            return None
        gap = _ELLIPSIS_GAP.match(text, org.end)
        if not gap or _CLAUSE_END.search(text, org.end, nxt.start):
            return None
        title = position_re.match(text, gap.end())
        return other.unit if title and text[title.end() : nxt.start].strip() == "" else None

    def _is_bare(self, org: OrgMention) -> bool:
        if org.head.kind == "body":
            return org.unit is None
        return org.head.kind == "committee" and org.unit is not None and org.unit.name is None

    def _levels_meet(self, org: OrgMention, unit_type: str | None) -> bool:
        if unit_type is None:
            return False
        if org.head.kind == "body":
            # "Chi cục Kiểm lâm và UBND các xã A, B": a province's office, not the communes'
            return org.head.extra != "province" or unit_type in ("tỉnh", "thành phố")
        return bool(self._same_level(org.unit.type) & {unit_type})

    def _borrow_parent(
        self, text: str, org: OrgMention, later: list[OrgMention], position_re: re.Pattern[str]
    ) -> None:
        gap = _ELLIPSIS_GAP.match(text, org.end)
        if not gap or not position_re.match(text, gap.end()):
            return
        for other in later:
            if _CLAUSE_END.search(text, org.end, other.start):
                return
            if other.parent is not None and other.parent.head.kind == "committee":
                org.parent = other.parent
                return
            if other.head.kind == "committee":
                org.parent = other
                return
            if other.head.kind == "body" and other.unit and other.unit.type:
                committee = self.lex.committee_of_type.get(other.unit.type)
                if committee:
                    org.parent = OrgMention(
                        other.start,
                        other.start,
                        committee,
                        committee.canonical,
                        unit=Unit(other.unit.type, other.unit.name, 0, 0),
                        nested=True,
                    )
                return


# --- naming --------------------------------------------------------------------------------


class Namer:
    """Gives mentions their canonical names, filling implied units.

    Implied units come from the article context (``commune`` when the article is a
    commune's page on its district's portal, ``province``, ``district``) first, then
    from the units the article names with the same kind of body.
    A body written with no unit at all ("HĐND", "Đảng bộ") takes the one name
    the article gives the same body elsewhere (`learn_bare`).
    """

    def __init__(
        self,
        province: Location | None,
        district: Location | None,
        found: list[OrgMention],
        text: str = "",
        locations: list[Location] | None = None,
        era: str | None = None,
        commune: Location | None = None,
    ) -> None:
        self.province, self.district, self.commune = province, district, commune
        self.text = text
        self.era = era  # gazetteer.LEGACY or CURRENT (no districts any more), None: unknown
        # Communes and districts the admin-units component found, by where they are written.
        self.communes = sorted(
            (m.start, m.end, (loc.type or "").lower(), loc.name)
            for loc in locations or []
            if loc.level in ("commune", "district") and loc.name
            # after 2025 a unit without a code is a former one ("trên cơ sở sắp xếp các xã
            # Hải Trung, Hải Long"): no body of today is named after it
            and not (era == CURRENT and loc.code is None)
            for m in loc.mentions
        )
        self.listed = self._listed_communes(text)
        self.seen: dict[str, Counter] = defaultdict(Counter)
        self.bare: dict[str, str] = {}
        for org in _walk(found):
            if org.unit and org.unit.name and org.unit.type:
                self.seen[org.unit.type][org.unit.name] += 1

    def learn_bare(self, found: list[OrgMention]) -> None:
        """Remember, per body, its full name when the article gives exactly one."""
        names: dict[str, set[str]] = defaultdict(set)
        for org in _walk(found):
            if org.resolved and (org.unit is not None or org.parent is not None):
                names[org.label].add(org.name)
        self.bare = {label: next(iter(n)) for label, n in names.items() if len(n) == 1}

    def _listed_communes(self, text: str) -> set[int]:
        """Where the communes written in a list start ("sáp nhập xã A, xã B và thị trấn
        C"): a body left bare after a list is not about its last member."""
        listed = set()
        pairs = zip(self.communes, self.communes[1:], strict=False)
        for (start, end, _, _), (nstart, _, _, _) in pairs:
            if _LIST_GAP.fullmatch(text, end, nstart):
                listed.update((start, nstart))
        return listed

    def nearest_commune(self, unit_type: str, at: int) -> str | None:
        """The commune (or district) of ``unit_type`` written last before ``at`` in the
        same paragraph, lists of communes passed over."""
        for start, end, kind, name in reversed(self.communes):
            if end > at or start in self.listed:
                continue
            if "\n" in self.text[end:at]:
                return None
            if kind == unit_type:
                return name
        return None

    def unit_name(self, unit_type: str | None, at: int | None = None) -> str | None:
        """The name of the implied unit of ``unit_type`` ("tỉnh" -> "Đồng Tháp"), or None.

        Args:
            unit_type: "tỉnh", "huyện", "xã", ...
            at: where the organization is written; a commune is the one named
                last before it in the same paragraph.
        """
        if unit_type is None:
            return None
        if unit_type == "tỉnh" and at is not None:
            section = self._section_province(at)
            if section:
                return section  # a roundup's paragraph "Tại Bắc Ninh, HĐND tỉnh ..."
        level = LEVEL_OF_TYPE.get(unit_type, "")
        if at is not None and level and unit_type != "tỉnh":
            section = self._section_unit(at, unit_type)
            if section:
                return section  # "Tại Quỳ Châu, ông X, Chủ tịch UBND huyện cho biết ..."
        if at is not None and "commune" in level:
            near = self.nearest_commune(unit_type, at)
            if near:
                return near
        if at is not None and "district" in level and self.district is None:
            # an article about several districts: "Huyện Duy Xuyên ... Lãnh đạo UBND huyện"
            near = self.nearest_commune(unit_type, at)
            if near:
                return near
        for ctx in (self.commune, self.district, self.province):
            if ctx is not None and (ctx.type or "").lower() == unit_type and ctx.name:
                return ctx.name
        counts = self.seen.get(unit_type)
        if not counts:
            return None
        if "commune" in LEVEL_OF_TYPE.get(unit_type, "") and len(counts) > 1:
            return None  # articles name many communes: take one only when it is the only one
        return counts.most_common(1)[0][0]

    def _section_province(self, at: int) -> str | None:
        """The province a paragraph opens with ("Tại Bắc Ninh, ...", "Ở tỉnh Hà Nam, ..."),
        where a roundup of several provinces gives each its paragraph."""
        start = self.text.rfind("\n", 0, at) + 1
        m = _SECTION_OPENING.match(self.text, start, at)
        if m is None:
            return None
        hit = place_names().get(place_key(m.group(1)))
        return hit[0] if hit and "tỉnh" in hit[1] else None

    def _section_unit(self, at: int, unit_type: str) -> str | None:
        """The district or commune of ``unit_type`` a paragraph opens with ("Tại Quỳ Châu,
        ...", "Ở huyện Quế Phong, ...") that the article names as such a unit."""
        start = self.text.rfind("\n", 0, at) + 1
        m = _SECTION_OPENING.match(self.text, start, at)
        if m is None:
            return None
        name = _TYPE_OPENING.sub("", m.group(1))
        known = {n for _, _, kind, n in self.communes if kind == unit_type}
        return name if name in known else None

    def _department_scope(self, org: OrgMention) -> str:
        """The unit type a department written without one belongs to: the province's
        for a Sở; for a Phòng the district's, or, after the 2025 reorganisation
        removed districts, the commune's named last before it ("UBND xã An Châu ...
        Phòng Văn hóa - Xã hội")."""
        if org.head.extra == "province":
            return self.province_type()
        if self.era == CURRENT and self.district is None:
            before = [(end, kind, name) for _, end, kind, name in self.communes
                      if end <= org.start and LEVEL_OF_TYPE.get(kind) == "commune"]
            if before and "\n" not in self.text[before[-1][0] : org.start]:
                return before[-1][1]
            if before:  # none in its paragraph: the commune the article names most
                counts = Counter((kind, name) for _, kind, name in before)
                return max(counts, key=counts.__getitem__)[0]
        return self.district_type()

    def province_type(self) -> str:
        """The type of the article's province ("tỉnh", or "thành phố" for Cần Thơ)."""
        if self.province is not None and (self.province.type or "").lower() == "thành phố":
            return "thành phố"
        return "tỉnh"

    def district_type(self) -> str:
        """The type of the article's district ("huyện" when unknown)."""
        if self.district is not None and self.district.type:
            return self.district.type.lower()
        return "huyện"

    def name(self, org: OrgMention) -> str:
        """The canonical name of ``org`` (also stored on it), resolving implied units."""
        kind = org.head.kind
        org.resolved = True
        if org.parent is not None:
            org.name = f"{org.label} {self.name(org.parent)}"
            org.resolved = org.parent.resolved
            if org.label == "Ban Chấp hành":
                org.name = self._executive_committee(org.parent) or org.name
        elif kind == "committee":
            place = (org.unit.name if org.unit else None) or self.unit_name(
                org.unit.type if org.unit else None
            )
            if place in _CITY_IN_NAME:  # "Thành ủy Thành phố Hồ Chí Minh", the city's own name
                place = _CITY_IN_NAME[place]
            org.name = f"{org.label} {place}" if place else org.label
            org.resolved = place is not None
        elif kind == "department" and org.head.extra != "national":
            unit = org.unit or Unit(None, None, org.end, org.end)
            if unit.type is None:
                unit = Unit(self._department_scope(org), unit.name, unit.start, unit.end)
            org.name = f"{org.label} {self.unit_text(org, unit)}"
        elif org.unit is not None:
            org.name = f"{org.label} {self.unit_text(org, org.unit)}"
        elif kind == "body" and org.head.extra == "province" and org.label not in self.bare:
            # "Chi cục Thủy sản" alone is the article's province's
            unit = Unit(self.province_type(), None, org.end, org.end)
            org.name = f"{org.label} {self.unit_text(org, unit)}"
        elif kind in ("body", "board", "sub"):
            org.name = self.bare.get(org.label, org.label)
            org.resolved = org.label in self.bare
        else:
            org.name = org.label
        if org.suffix:
            org.name = f"{org.name} {org.suffix}"
        if kind == "open" and org.parent is None:
            org.name = expand_abbreviations(org.name)  # "Ban Chỉ huy PCTT&TKCN huyện X"
        return org.name

    def _executive_committee(self, parent: OrgMention) -> str | None:
        """ "Ban Chấp hành Huyện ủy X" as gold writes it: the executive committee
        of the Party organisation, "Ban Chấp hành Đảng bộ huyện X"; None when the
        parent is no local Party committee."""
        if parent.head.canonical in PARTY_COMMITTEES:
            unit_type = parent.head.extra
        elif parent.head.canonical == "Đảng ủy" and parent.unit and parent.unit.type:
            unit_type = parent.unit.type
        else:
            return None
        place = parent.name.removeprefix(parent.label).strip()
        if not place or not parent.resolved:
            return None
        if place.lower().startswith(unit_type):
            return f"Ban Chấp hành Đảng bộ {place}"  # "Đảng ủy Phường 4"
        return f"Ban Chấp hành Đảng bộ {unit_type} {place}"

    def unit_text(self, org: OrgMention, unit: Unit) -> str:
        """ "tỉnh Đồng Tháp", "Phường 4", or the bare type when the name is unknown."""
        name = unit.name or self.unit_name(unit.type, org.start)
        if name is None:
            org.resolved = False
            return unit.type or ""
        if unit.type and name.lower().startswith(unit.type):
            return name  # "Phường 4", "Quận 1"
        return f"{unit.type} {name}" if unit.type else name


@cache
def _name_abbreviations() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {row[0]: row[1] for row in read_lexicon("name_abbreviations.tsv")}
    written = sorted(table, key=len, reverse=True)
    return re.compile(rf"(?<![\w&])(?:{'|'.join(map(re.escape, written))})(?![\w&])"), table


def expand_abbreviations(name: str) -> str:
    """``name`` with the abbreviations of name_abbreviations.tsv written out."""
    if not any(map(str.isupper, name[1:])):
        return name
    pattern, table = _name_abbreviations()
    return pattern.sub(lambda m: table[m.group()], name)


def _walk(found: list[OrgMention]):
    for org in found:
        node = org
        while node is not None:
            yield node
            node = node.parent


def resolve(doc: Doc, found: list[OrgMention], text: str | None = None) -> None:
    """Name every mention of ``found`` (nested ones too) for this Doc's article.

    What stays unresolved is not listed when it says too little to be useful:
    a body with no unit at all, a commune body with no commune name.
    """
    context = context_of(doc)
    text = doc_text(doc) if text is None else text
    namer = Namer(
        getattr(context, "province", None),
        getattr(context, "district", None),
        found,
        text,
        list(facts_of(doc, "locations")),
        era_of(getattr(context, "published", None), text),
        getattr(context, "commune", None),
    )
    for org in found:
        namer.name(org)
    namer.learn_bare(found)
    for org in found:
        if _takes_bare_name(org):  # the others are named as before
            namer.name(org)
    for org in _walk(found):
        if org.resolved:
            continue
        if org.unit is None and org.head.kind in ("body", "board", "sub"):
            org.listed = False
        elif org.unit is not None and "commune" in LEVEL_OF_TYPE.get(org.unit.type or "", ""):
            org.listed = False


def _takes_bare_name(org: OrgMention) -> bool:
    """Whether `Namer.name` reads the names `Namer.learn_bare` learns for ``org``: a
    body, board or sub-body written with no unit, or a board of one (the body a
    chain of parents ends at decides)."""
    while org.parent is not None:
        org = org.parent
    return org.unit is None and org.head.kind in ("body", "board", "sub")


# --- the component -------------------------------------------------------------------------


def org_mentions(doc: Doc) -> list[OrgMention]:
    """The organization mentions of ``doc``, read once and kept on the Doc.

    The officials component calls this; if ``vn_organizations`` has run it
    returns that component's reading, otherwise it reads the Doc now.
    """
    found = doc.user_data.get(MENTIONS_KEY)
    if found is None:
        found = read_organizations(doc)
        doc.user_data[MENTIONS_KEY] = found
    return found


@cache
def _reader() -> OrgReader:
    return OrgReader()


@cache
def _position_start() -> re.Pattern[str]:
    """Where a title begins (for ellipsis): a qualifier or a position of positions.tsv."""
    surfaces = [s for row in read_lexicon("positions.tsv") for s in row[1].split("|")]
    surfaces += [s for row in read_lexicon("qualifiers.tsv") for s in row[1].split("|")]
    return alternation(surfaces)


def read_organizations(doc: Doc) -> list[OrgMention]:
    """Find, complete and name the organization mentions of a Doc (see `org_mentions`)."""
    reader = _reader()
    text = doc_text(doc)
    found = reader.find(text)
    reader.complete(text, found, _position_start())
    resolve(doc, found, text)
    found.extend(_acronym_mentions(text, found))
    return found


def _acronym_mentions(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """Later mentions of an acronym the article gives a body in brackets after its name
    ("Ban Quản lý đường sắt đô thị TP HCM (MAUR)" ... "Trưởng Ban MAUR", "MAUR cho
    biết"): each a mention of that body, its head word before it included."""
    extra: list[OrgMention] = []
    taken = [(m.start, m.end) for m in found]
    for org in found:
        defined = _DEFINED_ACRONYM.match(text, org.end) if org.listed and org.name else None
        if defined is None:
            continue
        head_word = org.label.split()[0]
        pattern = re.compile(rf"(?<![\w(])(?:{re.escape(head_word)}[ \t]+)?"
                             rf"{re.escape(defined.group(1))}(?![\w)])")
        for hit in pattern.finditer(text, defined.end()):
            if any(s <= hit.start() < e for s, e in taken):
                continue
            mention = OrgMention(hit.start(), hit.end(), org.head, org.label, unit=org.unit,
                                 parent=org.parent, name=org.name, resolved=org.resolved)
            extra.append(mention)
    return extra


def _body_key(name: str) -> str:
    """The key of a body's name, one for the ways of writing it (same_bodies.tsv):
    "Bộ đội Biên phòng tỉnh Quảng Bình" is the key of "Bộ Chỉ huy Bộ đội ..." too."""
    # a bank's "chi nhánh tỉnh X" and "chi nhánh X" are one branch
    lowered = name.lower().replace(" chi nhánh tỉnh ", " chi nhánh ")
    if lowered.startswith(_SAME_BODIES.others):  # one test for most names: none of them
        for own, other in _SAME_BODIES.pairs:
            if lowered.startswith(other):
                return f"{own} {lowered[len(other) :]}"
    return lowered


class _SameBodies:
    """same_bodies.tsv: ``pairs`` of (own head, other head + " "), lower case, longest
    other head first, and the ``others`` alone, for one `str.startswith`."""

    def __init__(self) -> None:
        pairs = [
            (row[0].lower(), f"{other.lower()} ")
            for row in read_lexicon("same_bodies.tsv")
            for other in row[1:]
        ]
        self.pairs = tuple(sorted(pairs, key=lambda pair: -len(pair[1])))
        self.others = tuple(other for _, other in self.pairs)


_SAME_BODIES = _SameBodies()


def organizations_of(found: list[OrgMention]) -> list[Organization]:
    """One `Organization` per canonical name, with every mention.

    A body written only inside a longer name ("Huyện ủy Cao Lộc" in "Ban
    Thường vụ Huyện ủy Cao Lộc") is not listed by itself (SPEC.md: optional);
    where the article also names it alone, the nested mentions are added.
    """
    by_key: dict[str, Organization] = {}
    nested = []
    for org in _walk(found):
        if not org.listed or org.generic or not org.name or org.start >= org.end:
            continue
        if org.nested:
            nested.append(org)
            continue
        item = by_key.setdefault(_body_key(org.name), Organization(org.name))
        item.mentions.append(mention(org.start, org.end))
    for org in nested:
        item = by_key.get(_body_key(org.name))
        if item is not None:
            item.mentions.append(mention(org.start, org.end))
    return list(by_key.values())


class OrganizationRecognizer:
    """Finds organizations and writes them to ``doc._.organizations`` and ORG entities."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_organizations") -> None:
        self.name = name
        org_lexicon()  # load the tables now, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[OrgMention]:
        """The Doc's organization mentions, named (see `read_organizations`)."""
        found = read_organizations(doc)
        doc.user_data[MENTIONS_KEY] = found
        return found

    def set_annotations(self, doc: Doc, found: list[OrgMention]) -> None:
        """Write `Organization` records and ORG entities for the listed mentions."""
        items = organizations_of(found)
        set_facts(doc, "organizations", list(facts_of(doc, "organizations")) + items)
        add_entities(doc, [(m.start, m.end, "ORG") for item in items for m in item.mentions])
