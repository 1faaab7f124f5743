"""Officials: who holds which position in which body.

"Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp Phan Văn Thắng" is the official
Phan Văn Thắng, position "Phó Bí thư Thường trực", organization "Tỉnh ủy
Đồng Tháp". The reader finds *titles* — chains of roles such as "Phó Bí thư
Tỉnh ủy – Chủ tịch UBND tỉnh", each role a position (lexicons/positions.tsv)
with the organization that follows it (read by `extract.nlp.organizations`)
— and attaches them to the name written right after the title, or right
before it ("Nguyễn Văn A, Giám đốc Sở ...", "ông A - Bí thư ..."). A name
with a comrade's form of address and no title ("Đồng chí X phát biểu") is an
official with no stated role. Later mentions — the given name after a form
of address ("ông Thắng"), the full name again, or the title alone ("Chủ
tịch UBND tỉnh") — are added to the same official's mentions: one official
per person per article.

The component ``vn_officials`` fills ``doc._.officials`` and adds PERSON
entities for the names.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from extract.nlp.extensions import context_of, facts_of, set_facts
from extract.nlp.lexicon import read_lexicon
from extract.nlp.organizations import (
    CAP,
    LOWER,
    UPPER,
    Head,
    Namer,
    OrgMention,
    SplitPattern,
    Table,
    Unit,
    branches_of,
    make_table,
    match_place,
    org_lexicon,
    org_mentions,
    place_key,
    place_names,
    split_pattern,
    surface_key,
    surface_pattern,
)
from extract.nlp.spans import (
    add_entities,
    doc_text,
    finditer_at,
    first_chars,
    first_word_finder,
    mention,
    search_at,
)
from extract.nlp.units import TYPE_LEVELS, TYPE_WORDS
from extract.record import Official, Organization, Role

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_SEP = re.compile(r"[ \t]*(?:,|[-–—]|kiêm)[ \t]*")
_SEP_BEFORE = re.compile(r"[ \t]*(?:,|[-–—]|\()[ \t]*$")
_COMMA = re.compile(r",[ \t]+")
# A title in capitals ("TUV", "PBT") may follow its holder's name with no comma.
_ABBREVIATED_TITLE = re.compile(r"[A-ZĐ]{2,6}(?![\w'’])")
_GAP_BEFORE = re.compile(r"[ \t]+$")
_AND = re.compile(r"[ \t]+và[ \t]+")
# A body elected whole, its members listed after it: "bầu Ban Thường vụ Tỉnh ủy gồm ...:".
_ELECTED_LIST = re.compile(r"(?:bầu|chỉ định|công bố)[ \t]+(?=Ban |Ủy ban )")
_ELECTED_VERBS = ("bầu", "chỉ định", "công bố")  # its words, looked for first (str.find is cheap)
_LIST_LEAD = re.compile(r"[^.:\n]{0,60}?gồm[^.:\n]{0,40}:[ \t]*")
# A board whose members are listed by name after it ("Ban Thường vụ Huyện ủy gồm: A; B").
_MEMBER_BOARDS = ("Ban Thường vụ", "Ban Chấp hành", "Ủy ban Kiểm tra")
_INLINE_MEMBERS = re.compile(
    r"[ \t]*(?:khóa[ \t]+[^\s:]+[ \t]*)?gồm(?:[ \t]+(?:các[ \t]+)?đồng chí)?[ \t]*:[ \t]*"
)
_MEMBERS_END = re.compile(r"[ \t]*(?:[.\n]|$)")
_LIST_ITEM = re.compile(r"[ \t]*\n+[ \t]*(?:\d{1,2}[.)]|[-–+•])[ \t]*")
_NOTE_AFTER_NAME = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
_AND_BEFORE = re.compile(r"[ \t]+và[ \t]+(đồng chí[ \t]+|ông[ \t]+|bà[ \t]+)?$")
_PLURAL_ADDRESS = re.compile(r"(?i)(?:các|hai|02)[ \t]+(?:đồng chí|ông|bà)[ \t]+$")
_VOWELS = re.compile(r"[AĂÂEÊIOÔƠUƯYÀ-ỹ]", re.IGNORECASE)
# A body's term between a title and its holder: "khóa XV", "nhiệm kỳ 2021-2026".
_TERM_YEARS = r"nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}"
_TERM = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:[Kk]hóa|[Kk]hoá)[ \t]+[IVXLC]+\b|{_TERM_YEARS})"
    rf"(?:[ \t]*,?[ \t]*{_TERM_YEARS})?"
)
_GAP = re.compile(r"[ \t]+")
# The unit type word a title may end in, right before a holder's name.
_UNIT_TYPE_END = re.compile(rf"(?<!\w)(?:{TYPE_WORDS})$", re.IGNORECASE)
# A syllable of a name: capitalised ("Khoa"), or in capitals, as pages print the
# names of people they interview or honour ("ông TRẦN MINH KHOA"); a Lao name is
# written in syllables joined by hyphens ("Khăm-phăn Phôm-ma-vông").
_SYLLABLE = rf"(?:[{UPPER}]{{2,}}(?![\w'’])|{CAP}(?:-[{LOWER}]+)*)"
_NAME = re.compile(rf"{_SYLLABLE}(?:[ \t]+{_SYLLABLE}){{0,5}}(?![\w'’])")
_NAME_TAIL = re.compile(rf"(?<![\w'’])(?:{_SYLLABLE}[ \t]+){{0,5}}{_SYLLABLE}$")
_NAME_TAIL_STARTS = re.compile(rf"(?<![\w'’])[{UPPER}]")  # where _NAME_TAIL may start
_TOKEN = re.compile(_SYLLABLE)
# A delegate's constituency after the name: "Đại biểu K'Điệp (đơn vị bầu cử xã Di Linh)".
_SEAT_AFTER_NAME = re.compile(
    rf"[ \t]+{_NAME.pattern}(?:[ \t]*\((?:[Đđ]ơn vị(?: bầu cử)?[ \t]+\w|[Tt]ổ đại biểu"
    rf"|[Kk]hu vực[ \t]+\w)"
    rf"|[ \t]*,[ \t]*(?:[Đđ]ơn vị bầu cử|[Tt]ổ đại biểu)[ \t]+\w"
    rf"|[ \t]+(?:chất vấn|phản ánh|kiến nghị|đặt câu hỏi|nêu câu hỏi|hỏi"
    rf"|chuyển (?:ý kiến|kiến nghị)|nêu (?:ý kiến|kiến nghị))(?!\w))"
)  # "(đơn vị bầu cử số 3", ", đơn vị bầu cử xã X", "(Tổ đại biểu ...)", "(khu vực 4)", or
# asking at question time, or relaying voters' petitions ("chuyển ý kiến của cử tri")
# A name of one word, as Cơ Ho and Mạ names are written: "K'Điệp", "K'Mák".
_ONE_WORD_NAME = re.compile(r"^\w['’]\w")
_COUNCILS = frozenset({"Hội đồng nhân dân", "Quốc hội"})
_BARE_TITLE = re.compile(r"(ban|đoàn|phòng)(?!\w)")
# A body's head word alone after a post ("Phó Giám đốc Sở chủ trì"): not a name's start.
_BODY_HEADS = r"Sở|Chi cục|Cục|Trung tâm|Viện"
_BARE_BODY = re.compile(rf"({_BODY_HEADS}|Bộ)(?!\w)(?![ \t]+[A-ZĐ0-9])")
# ... or followed by its holder's name ("Phó Giám đốc Sở Vàng A Dính"; see _bare_body_then_name).
_BARE_HEAD = re.compile(rf"({_BODY_HEADS})(?=[ \t]+[A-ZĐ])")
# How far back (characters) the body a bare head word refers to may be named.
BARE_BODY_REACH = 800
_SENTENCE_END = re.compile(r"[.!?\n]")
_LIST_SEP = re.compile(r"[ \t]*(?:[,;]|[ \t]và)[ \t]+")
# Between the names that follow a plural title ("các Phó Chủ tịch A, B và C", "A- B").
_NAMES_SEP = re.compile(r"[ \t]*(?:[,;–-]|[ \t]và)[ \t]*")
# Between a plural title and the names it lists: "các Phó Bí thư: A, B", "... gồm ông A, B".
# ("3 Phó Chủ tịch UBND tỉnh là các ông: A, B và C")
_COLON = re.compile(
    r"[ \t]*(?::|gồm có|gồm|bao gồm|là)[ \t]*:?[ \t]*"
    r"(?:các[ \t]+(?:ông|bà|đồng chí)[ \t]*:[ \t]*|các[ \t]+)?"
)
_DASH_BEFORE_NAME = re.compile(r"[ \t]+[-–][ \t]+")
_CAPITAL_AFTER = re.compile(r"[ \t]+(?:Ban|Tạp chí|Báo|Viện|Học viện|Đài|Ủy ban|Hội)[ \t]+[A-ZĐ]")
# Between a body and the post of the person who leads its delegation: "đoàn công tác của
# Bộ Xây dựng do Thứ trưởng A làm trưởng đoàn", "... của Sở NN&MT do đồng chí Phó Giám đốc".
_LED_BY = re.compile(r"[ \t]+do[ \t]+(?:(?:đồng chí|ông|bà)[ \t]+)?")
# What a degree-holder named with no post is, when it is no office: "TS X, chuyên gia ...".
_EXPERT_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:chuyên gia|giảng viên|nhà nghiên cứu|nhà khoa học|nhà báo|luật sư)(?!\w)"
)
_PLURAL_BEFORE = re.compile(
    r"(?i)(?:^|[^\w])(?:các|những|hai|ba|bốn|năm|sáu|bảy|0?[2-9]|1\d)"
    r"(?:[ \t]+đồng chí(?:[ \t]+là)?)?[ \t]+$"
)  # "các Phó Chủ tịch", "các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: ..."
# The position of a member of a board or committee.
MEMBER = "Ủy viên"
MAX_NAME_TOKENS = 5


# --- lexicons ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """A position of positions.tsv."""

    canonical: str
    kind: str  # post, head, member, board, of, unit (see positions.tsv)
    implied: str | None


@dataclass(frozen=True)
class OfficialLexicon:
    """The tables the officials reader uses, compiled once."""

    positions: Table  # value: Position
    qualifiers: Table  # value: canonical qualifier
    honorifics: Table  # value: kind (comrade, person, prefix)
    title_finder: SplitPattern  # positions; a qualifier before one is looked for apart
    title_candidates: re.Pattern[str]  # where a position may start: its first word
    qualifier_before: re.Pattern[str]
    qualifier_starts: re.Pattern[str]  # the first letters of the qualifiers
    honorific_finder: SplitPattern  # forms of address, then a capitalised name
    honorific_candidates: re.Pattern[str]  # where a form of address may start: its first word
    honorific_before: re.Pattern[str]
    honorific_starts: re.Pattern[str]  # the first letters of the forms of address
    appointment_before: re.Pattern[str]
    appointment_starts: re.Pattern[str]  # where appointment_before may start
    appointment_between: re.Pattern[str]  # "<old post> giữ chức vụ <new post>"
    holder_after: re.Pattern[str]  # "... nhiệm kỳ 2021-2026 đối với" before "ông X"
    principal_before: re.Pattern[str]  # "Thừa ủy quyền của" before the title of who delegates
    membership_finder: re.Pattern[str]
    membership_candidates: re.Pattern[str]  # where a membership phrase may start
    surnames: frozenset[str]
    given_first: frozenset[str]
    not_names: frozenset[str]


@cache
def official_lexicon() -> OfficialLexicon:
    """Load and compile the officials lexicons (once per process)."""
    positions = make_table(
        [
            (s.split("|"), Position(c, k, None if i in ("", "-") else i))
            for c, s, k, i in read_lexicon("positions.tsv")
        ]
    )
    qualifiers = make_table([(s.split("|"), c) for c, s in read_lexicon("qualifiers.tsv")])
    honorifics = make_table([(s.split("|"), k) for s, k in read_lexicon("honorifics.tsv")])
    appointments = [row[0] for row in read_lexicon("appointments.txt")]
    qual = qualifiers.pattern.pattern.replace("?P<s>", "?:")
    hon = honorifics.pattern.pattern.replace("?P<s>", "?:")
    # what follows the first form of address: more of them, then a capitalised name
    after_honorific = rf"(?:[ \t]+{hon})*[ \t]+(?={CAP})"
    return OfficialLexicon(
        positions=positions,
        qualifiers=qualifiers,
        honorifics=honorifics,
        title_finder=split_pattern(branches_of(list(positions.values))),
        title_candidates=first_word_finder(positions.values),
        # one or two: "nguyên Quyền Giám đốc" (a former acting director)
        qualifier_before=re.compile(rf"{qual}[ \t]+(?:{qual}[ \t]+)?$"),
        qualifier_starts=first_chars(qualifiers.values),
        honorific_finder=split_pattern(
            branches_of(list(honorifics.values)), after=after_honorific
        ),
        honorific_candidates=first_word_finder(honorifics.values),
        honorific_before=re.compile(rf"(?:{hon})[ \t]+$"),
        honorific_starts=first_chars(honorifics.values),
        appointment_before=re.compile(
            r"[ \t]+(?:"
            + "|".join(surface_pattern(phrase) for phrase in appointments)
            + r")[ \t]+$"
        ),
        appointment_starts=re.compile(rf"[ \t]+(?={first_chars(appointments).pattern})"),
        appointment_between=re.compile(  # "... Tỉnh ủy Bạc Liêu (cũ) được phân công về làm"
            r"[ \t]*(?:\((?:cũ|trước đây)\)[ \t]*)?,?[ \t]*(?:"
            + "|".join(surface_pattern(phrase) for phrase in appointments if phrase != "là")
            + r")[ \t]+"
        ),
        holder_after=re.compile(
            r"[ \t]+(?:"
            + "|".join(row[0] for row in read_lexicon("holders_after.txt"))
            + r")[ \t]+"
        ),
        principal_before=re.compile(
            r"(?i)(?<!\w)(?:"
            + "|".join(surface_pattern(row[0]) for row in read_lexicon("principals_before.txt"))
            + r")[ \t]+$"
        ),
        membership_finder=re.compile(
            r"(?<![\w])(?:"
            + "|".join(surface_pattern(row[0]) for row in read_lexicon("memberships.txt"))
            + r")[ \t]+"
        ),
        membership_candidates=_two_word_finder(row[0] for row in read_lexicon("memberships.txt")),
        surnames=frozenset(row[0] for row in read_lexicon("surnames.txt")),
        given_first=frozenset(row[0] for row in read_lexicon("given_first.txt")),
        not_names=frozenset(row[0] for row in read_lexicon("not_names.txt")),
    )


def family_name_last(first: str) -> bool:
    """Whether a name opening with the syllable ``first`` puts its family name last and
    is later called by its first part (Ê Đê "Y Brơm Êban", "H'Liên Niê Kdăm";
    given_first.txt, or a syllable with an apostrophe)."""
    return _proper(first) in official_lexicon().given_first or "'" in first or "’" in first


def _title_unit_type(text: str, end: int) -> str | None:
    """The unit type word a title ends in ("Chủ tịch UBND tỉnh"), or None."""
    m = _UNIT_TYPE_END.search(text, max(0, end - 10), end)
    return m.group().lower() if m else None


def _two_word_finder(phrases) -> re.Pattern[str]:
    """Where one of ``phrases`` could start, judged by its first two words: "được" alone
    is too common a word to try a long alternation at each one."""
    heads = sorted({" ".join(p.split()[:2]) for p in phrases}, key=len, reverse=True)
    options = "|".join(r"[ \t]+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(options)  # no look-around: the engine scans for the first letters


# --- what the reader finds -----------------------------------------------------------------


@dataclass
class RoleMention:
    """One role of a title: a position, the organization it is held in, a qualifier."""

    start: int
    end: int
    position: str
    organization: str | None
    qualifier: str | None
    generic: bool = False
    bare_title: str | None = None  # "ban" of a bare "Trưởng ban": its body is found later
    implied: bool = False  # the position's own words name the body ("Thủ tướng Chính phủ")
    bare_head: str | None = None  # "Sở" of "Phó Giám đốc Sở": the body named just before

    def role(self) -> Role:
        """The record's `Role`."""
        return Role(self.position, self.organization, self.qualifier)


@dataclass
class Title:
    """A chain of roles written together ("Phó Bí thư Tỉnh ủy – Chủ tịch UBND tỉnh")."""

    start: int
    end: int
    roles: list[RoleMention]
    commas: list[int] = field(default_factory=list)  # indexes of roles that follow a comma

    @property
    def generic(self) -> bool:
        """A title of a generic plural ("Chủ tịch UBND các huyện") names no one."""
        return any(r.generic for r in self.roles)


@dataclass
class NameMention:
    """A person's name as written: full ("Phan Văn Thắng") or given only ("Thắng")."""

    start: int
    end: int
    text: str
    honorific: str | None = None  # kind of the form of address before it, if any

    @property
    def full(self) -> bool:
        """Whether this is a full name (two syllables or more, or one like "K'Điệp")."""
        return " " in self.text or _ONE_WORD_NAME.match(self.text) is not None


@dataclass
class Person:
    """An official being assembled: name, roles in order, mentions."""

    name: str
    first: int
    roles: list[RoleMention] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    name_mentions: list[tuple[int, int]] = field(default_factory=list)
    comrade: bool = False

    @property
    def given(self) -> str:
        """The given name ("Thắng" of "Phan Văn Thắng", and of "PHAN VĂN THẮNG")."""
        return _proper(self.name.split()[-1])

    def add_role(self, role: RoleMention) -> None:
        """Add a role unless the person already has it (same position and body)."""
        key = (role.position.lower(), (role.organization or "").lower(), role.qualifier)
        for old in self.roles:
            if (old.position.lower(), (old.organization or "").lower(), old.qualifier) == key:
                return
            same_post = old.position.lower() == key[0] and old.qualifier == role.qualifier
            if same_post and old.organization is None and role.organization:
                old.organization = role.organization  # "Trưởng ban" now known in full
                return
            if same_post and role.organization is None:
                return
        self.roles.append(role)


class OfficialReader:
    """Reads titles, names and their links out of a Doc."""

    def __init__(self) -> None:
        self.lex = official_lexicon()

    # -- titles ---------------------------------------------------------------------------

    def titles(self, doc: Doc, text: str, orgs: list[OrgMention]) -> list[Title]:
        """Every title (chain of roles) of the Doc (whose text is ``text``), in text order."""
        by_start = {o.start: o for o in orgs}
        found, pos = [], 0
        for m in finditer_at(self.lex.title_finder, self.lex.title_candidates, text):
            if m.start() < pos:
                continue
            start = m.start()
            if text.startswith("Ban ", max(0, start - 4)) and (start - 4) in by_start:
                continue  # "Ban Bí thư": a body's name, no title
            qualifier = search_at(
                self.lex.qualifier_before,
                self.lex.qualifier_starts,
                text,
                max(pos, start - 20),
                start,
            )
            if qualifier:
                start = qualifier.start()
            title = self._title_at(doc, text, start, by_start)
            if title:
                found.append(title)
                pos = title.end
        return found

    def _title_at(
        self, doc: Doc, text: str, start: int, by_start: dict[int, OrgMention]
    ) -> Title | None:
        roles, commas = [], []
        role = self._role_at(doc, text, start, by_start)
        while role is not None:
            roles.append(role)
            sep = _SEP.match(text, role.end)
            if not sep:
                break
            role = self._role_at(doc, text, sep.end(), by_start)
            if role is not None and "," in sep.group():
                commas.append(len(roles))
        if not roles:
            return None
        return Title(roles[0].start, roles[-1].end, roles, commas)

    def _role_at(
        self, doc: Doc, text: str, start: int, by_start: dict[int, OrgMention]
    ) -> RoleMention | None:
        qualifier = None
        at = start
        while q := self.lex.qualifiers.match(text, at):
            gap = _GAP.match(text, q[1])
            if not gap:
                break
            # the first names the post as it stands: "nguyên Quyền Giám đốc" is former
            qualifier, at = qualifier or q[0], gap.end()
        hit = self.lex.positions.match(text, at)
        if not hit or hit[0] is None:
            return None
        position, end = hit
        gap = _GAP.match(text, end)
        org = by_start.get(gap.end()) if gap else None
        if position.kind == "head":
            if org is not None and org.title:
                # "=": the post takes no word of the body's ("Trưởng Thuế tỉnh X": "Trưởng")
                word = "" if org.title == "=" else f" {org.title}"
                return RoleMention(
                    start,
                    org.end,
                    f"{position.canonical}{word}",
                    org.name,
                    qualifier,
                    org.generic,
                )
            bare = _BARE_TITLE.match(text, gap.end()) if gap else None
            if bare is None:
                return None
            after = _GAP.match(text, bare.end())
            named = by_start.get(after.end()) if after and after.end() > bare.end() else None
            if named is not None and (named.title or "").lower() == bare.group(1):
                # "Phó Trưởng phòng Phòng Tài chính - Kế hoạch": the title word, then its body
                title = f"{position.canonical} {named.title}"
                return RoleMention(start, named.end, title, named.name, qualifier, named.generic)
            return RoleMention(
                start,
                bare.end(),
                f"{position.canonical} {bare.group(1)}",
                None,
                qualifier,
                bare_title=bare.group(1),
            )
        if position.kind == "board":  # the body is read from the abbreviation itself
            board = by_start.get(start)
            if board is not None:
                return RoleMention(
                    start, board.end, position.canonical, board.name, qualifier, board.generic
                )
            return RoleMention(start, end, position.canonical, None, qualifier)
        if position.kind == "member":
            organization = implied_organization(doc, position.implied)
            return RoleMention(
                start, end, position.canonical, organization, qualifier, implied=True
            )
        if org is not None:
            return RoleMention(start, org.end, position.canonical, org.name, qualifier, org.generic)
        if position.kind == "of":
            return self._delegate_at(doc, text, start, end, position.canonical, qualifier)
        if position.kind == "unit" and gap and text.startswith(_PROVINCE, gap.end()):
            # "Tỉnh trưởng tỉnh Attapeu": the province itself holds the post
            province = match_place(text, gap.end() + len(_PROVINCE), {"tỉnh"})
            if province is not None:
                name, province_end = province
                return RoleMention(start, province_end, position.canonical, f"tỉnh {name}",
                                   qualifier)
        bare = _BARE_BODY.match(text, gap.end()) if gap else None
        if bare is None and gap:  # "Phó Giám đốc Sở Vàng A Dính": a holder, not a Sở's name
            bare = self._bare_body_then_name(text, gap.end())
        if bare is not None:  # "Phó Giám đốc Sở": the Sở named just before
            return RoleMention(
                start, bare.end(), position.canonical, None, qualifier, bare_head=bare.group(1)
            )
        return RoleMention(start, end, position.canonical, None, qualifier)

    def _bare_body_then_name(self, text: str, at: int) -> re.Match[str] | None:
        """A body's head word alone, then a person's full name opening with a family
        name (no department is named so): "Sở" in "Phó Giám đốc Sở Vàng A Dính"."""
        head = _BARE_HEAD.match(text, at)
        if head is None:
            return None
        name = _NAME.match(text, _GAP.match(text, head.end()).end())
        words = name.group().split() if name else []
        return head if len(words) >= 2 and self.is_family(words[0]) else None

    @staticmethod
    def _delegate_at(
        doc: Doc, text: str, start: int, end: int, position: str, qualifier: str | None
    ) -> RoleMention | None:
        """ "Đại biểu Y Blin (đơn vị bầu cử phường Kon Tum)": a delegate of no body named,
        seated by a constituency, sits in the article's council (the first HĐND or
        Quốc hội it names); with no constituency ("ý kiến đại biểu, Chủ tịch ...") the
        word is no title."""
        if not _SEAT_AFTER_NAME.match(text, end):
            return None
        council = next((o.name for o in org_mentions(doc) if o.head.canonical in _COUNCILS), None)
        return RoleMention(start, end, position, council, qualifier) if council else None

    # -- names ----------------------------------------------------------------------------

    def name_after(
        self, text: str, end: int, orgs_at: set[int], past_comma: bool = True
    ) -> NameMention | None:
        """The full name written right after a title ("... Tỉnh ủy Đồng Tháp Phan Văn Thắng"),
        or after a comma and a form of address ("Chủ tịch UBND tỉnh, ông Lê Văn A") unless
        ``past_comma`` is false, or after "đối với" ("thôi giữ chức Chủ tịch UBND tỉnh đối
        với ông Lê Văn A"); past the body's term ("Chủ tịch HĐND tỉnh khóa XV Giàng Páo Mỷ")."""
        term = _TERM.match(text, end)
        end = term.end() if term else end
        dash = _DASH_BEFORE_NAME.match(text, end)
        if dash:  # "Chánh Văn phòng UBND thành phố - Nguyễn Quốc Vương": a family name opens it
            at, honorific = self._past_honorific(text, dash.end())  # "... - ông X"
            return self._clean(text, at, _NAME.match(text, at), honorific, need_full=True)
        gap = _GAP.match(text, end)
        if gap and gap.end() not in orgs_at:
            at = self._past_rank(text, gap.end())
            name = _NAME.match(text, at)
            if name is None:  # "Phó Chủ tịch UBND tỉnh ông Trần Văn Toàn"
                at, honorific = self._past_honorific(text, at)
                if honorific is not None:
                    return self._clean(text, at, _NAME.match(text, at), honorific,
                                       need_full=True)
            if name or not self.lex.holder_after.match(text, end):
                return self._clean(text, at, name, None, need_full=True, title_slot=True,
                                   unit_type=_title_unit_type(text, end))
        comma = _COMMA.match(text, end) if past_comma else None
        comma = comma or self.lex.holder_after.match(text, end)
        hon = self.lex.honorific_finder.match(text, comma.end()) if comma else None
        if hon is None:
            return None
        kind = self.lex.honorifics.match(text, hon.start())
        return self._clean(
            text,
            hon.end(),
            _NAME.match(text, hon.end()),
            kind[0] if kind else "person",
            need_full=True,
        )

    def _past_honorific(self, text: str, at: int) -> tuple[int, str | None]:
        """Past a form of address at ``at``: ``(where the name starts, its kind or None)``."""
        hon = self.lex.honorific_finder.match(text, at)
        if hon is None:
            return at, None
        kind = self.lex.honorifics.match(text, hon.start())
        return hon.end(), kind[0] if kind else "person"

    def appointed_after(self, text: str, previous_end: int, start: int) -> bool:
        """Whether only an appointment stands between the title ending at ``previous_end``
        and the one at ``start`` ("Giám đốc Sở Tài chính giữ chức vụ Giám đốc Sở Nội vụ")."""
        if start - previous_end > 50:
            return False
        return self.lex.appointment_between.fullmatch(text, previous_end, start) is not None

    def acts_for_other(self, text: str, start: int) -> bool:
        """Whether the title at ``start`` names someone another acts for ("Thừa ủy quyền của")."""
        window = text[max(0, start - 30) : start].lower()
        if not any(word in window for word in ("quyền", "thay mặt", "thừa lệnh", "quyết định")):
            return False  # most titles: no need for the pattern
        return self.lex.principal_before.search(text, max(0, start - 30), start) is not None

    def name_after_colon(self, text: str, end: int) -> NameMention | None:
        """The full name opening a list after a title and a colon ("...: Võ Văn A, ...")."""
        colon = _COLON.match(text, end)
        if colon is None:
            return None
        at, honorific = self._past_honorific(text, colon.end())
        return self._clean(
            text, at, _NAME.match(text, at), honorific, need_full=True, title_slot=True
        )

    def _past_rank(self, text: str, at: int) -> int:
        """Past a rank or degree between a title and its holder ("Trưởng Công an huyện
        Thượng tá Nguyễn Văn A"): where the name starts."""
        hon = self.lex.honorific_finder.match(text, at)
        if hon is None:
            return at
        kind = self.lex.honorifics.match(text, hon.start())
        return hon.end() if kind and kind[0] == "prefix" else at

    def name_before(self, text: str, start: int) -> NameMention | None:
        """The name written right before a title, joined by a comma or a dash."""
        sep = _SEP_BEFORE.search(text, max(0, start - 4), start)
        if not sep and _ABBREVIATED_TITLE.match(text, start):
            sep = _GAP_BEFORE.search(text, max(0, start - 3), start)  # "Trần Nhật Tân TUV"
        if not sep and text[text.rfind(" ", 0, start - 1) + 1 : start][:1].isupper():
            # "đ/c Lâm Văn Tư Bí thư Huyện ủy": no comma, but a form of address opens the name
            gap = _GAP_BEFORE.search(text, max(0, start - 3), start)
            tail = (
                search_at(_NAME_TAIL, _NAME_TAIL_STARTS, text, max(0, start - 40), gap.start())
                if gap
                else None
            )
            if tail and self._honorific_before(text, tail.start()) is not None:
                sep = gap
        if not sep:  # "X được bầu giữ chức ..."
            sep = search_at(
                self.lex.appointment_before,
                self.lex.appointment_starts,
                text,
                max(0, start - 64),  # "được Ban Thường vụ Tỉnh ủy chỉ định giữ chức "
                start,
            )
        if not sep:
            return None
        window_start = max(0, sep.start() - 60)
        m = search_at(_NAME_TAIL, _NAME_TAIL_STARTS, text, window_start, sep.start())
        if not m:
            return None
        tokens = [t for t in _TOKEN.finditer(text, m.start(), m.end())]
        while tokens and (
            _proper(tokens[0].group()) in self.lex.not_names
            and not self._surname_opening(text, tokens[0], m.end())
            or self.lex.honorifics.match(text, tokens[0].start())
        ):
            tokens.pop(0)  # "Ông" opening a sentence is the form of address, not the name
        tokens = tokens[-MAX_NAME_TOKENS:]
        if not tokens:
            return None
        honorific = self._honorific_before(text, tokens[0].start())
        if honorific is None:
            # No form of address: the name must start with a family name.
            while tokens and not self.is_family(tokens[0].group()):
                tokens.pop(0)
            if len(tokens) < 2:
                return None
        return self._plausible_name(text, tokens, honorific)

    def is_family(self, word: str) -> bool:
        """Whether ``word`` can open a name: a family name of surnames.txt, or a
        syllable with an apostrophe (names of the Central Highlands: "H'Yim")."""
        proper = _proper(word)
        return proper in self.lex.surnames or proper in self.lex.given_first or (
            "'" in word or "’" in word
        )

    def _surname_opening(self, text: str, token: re.Match[str], run_end: int) -> bool:
        """Whether ``token`` is a family name followed by two more syllables in its run."""
        rest = len(_TOKEN.findall(text, token.end(), run_end))
        return _proper(token.group()) in self.lex.surnames and rest >= 2

    def _honorific_before(self, text: str, start: int) -> str | None:
        lex = self.lex
        m = search_at(lex.honorific_before, lex.honorific_starts, text, max(0, start - 20), start)
        if not m:
            return None
        kind = self.lex.honorifics.match(text, m.start())
        return kind[0] if kind else None

    def _clean(
        self,
        text: str,
        start: int,
        m: re.Match[str] | None,
        honorific: str | None,
        need_full: bool,
        title_slot: bool = False,
        unit_type: str | None = None,
    ) -> NameMention | None:
        """Trim a run of capitalised words to a person's name, or None.

        Right after a title or a form of address, a family name that is also a
        common word ("Đoàn Tấn Bửu") opens a name when two more syllables follow.
        ``unit_type`` is the type word the title ends in ("UBND tỉnh"): a place
        name of another type is a person's ("UBND tỉnh Hoàng Nam", a ward's name).
        """
        if not m:
            return None
        tokens = []
        after_slot = title_slot or honorific is not None
        for t in _TOKEN.finditer(text, m.start(), m.end()):
            word = t.group()
            if tokens and len(word) > 1 and word.isupper() and not tokens[-1].group().isupper():
                break  # an abbreviated title after the name: "Trần Nhật Tân TUV"
            if t.group().isupper() and not _VOWELS.search(t.group()):
                break  # no syllable without a vowel is a name's: "Phó Chủ tịch TT HĐND"
            if tokens and self._title_of_words(text, t):
                break  # a title right after the name: "đ/c Lâm Văn Tư Bí thư Huyện ủy"
            # A word of not_names ends the name, except as the given name closing it
            # ("Nguyễn Thị Năm") or as a family name opening it right after a title.
            if _proper(t.group()) in self.lex.not_names:
                closing = bool(tokens) and t.end() == m.end()
                opening = after_slot and not tokens and self._surname_opening(text, t, m.end())
                if not (closing or opening):
                    break
            tokens.append(t)
        if not tokens:
            return None
        # Outside a title or a form of address a name must open with a family name;
        # right after a title any two capitalised words do ("Y Biêr Niê", "H'Yim Kđoh").
        if honorific is None and not title_slot and not self.is_family(tokens[0].group()):
            return None
        if len(tokens) > MAX_NAME_TOKENS:
            return None
        if need_full and len(tokens) < 2 and not _ONE_WORD_NAME.match(tokens[0].group()):
            return None
        return self._plausible_name(text, tokens, honorific, unit_type)

    def _title_of_words(self, text: str, token: re.Match[str]) -> bool:
        """A title of two words or more opens at ``token`` ("Bí thư", "Chủ tịch"); a one-word
        title is also a given name ("Đinh Văn Trưởng")."""
        if not self.lex.title_candidates.match(text, token.start()):
            return False  # most words open no title: the cheap test first
        title = self.lex.title_finder.match(text, token.start())
        return title is not None and title.end() > token.end()

    def _plausible_name(self, text: str, tokens: list, honorific,
                        unit_type: str | None = None) -> NameMention | None:
        """The name the ``tokens`` span, unless it is not a plausible person."""
        start, end = tokens[0].start(), tokens[-1].end()
        name = NameMention(start, end, text[start:end], honorific)
        return name if self._plausible(name, unit_type) else None

    def _plausible(self, name: NameMention, unit_type: str | None = None) -> bool:
        """Not a place ("Hồ Chí Minh", "Trần Văn Thời") unless a form of address says so,
        or the unit type word before it is none of that place's types."""
        if name.text in self.lex.not_names or _proper(name.text) in self.lex.not_names:
            return False  # "Việt Nam" after "Hội Nông dân"
        if name.honorific is not None or not name.full:
            return True
        place = place_names().get(place_key(name.text))
        return place is None or unit_type is not None and unit_type not in place[1]

    def memberships(
        self, text: str, by_start: dict[int, OrgMention]
    ) -> list[tuple[NameMention, RoleMention]]:
        """People made members of a body: "ông X và bà Y được chỉ định tham gia Ban
        Chấp hành Đảng bộ huyện Z" gives each of them the role "Ủy viên" of that body."""
        found = []
        lex = self.lex
        for m in finditer_at(lex.membership_finder, lex.membership_candidates, text):
            org = by_start.get(m.end())
            if org is None or org.generic:
                continue
            role = RoleMention(m.start(), org.end, MEMBER, org.name, None)
            found.extend((name, role) for name in self.listed_names_before(text, m.start()))
        elected = any(verb in text for verb in _ELECTED_VERBS)
        for m in _ELECTED_LIST.finditer(text) if elected else ():
            org = by_start.get(m.end())
            if org is None or org.generic:
                continue
            role = RoleMention(m.start(), org.end, MEMBER, org.name, None)
            found.extend((name, role) for name in self.numbered_names_after(text, org.end))
        for org in by_start.values():
            if org.generic or not org.name.startswith(_MEMBER_BOARDS):
                continue
            role = RoleMention(org.start, org.end, MEMBER, org.name, None)
            found.extend((name, role) for name in self.inline_members_after(text, org.end))
        return found

    def inline_members_after(self, text: str, end: int) -> list[NameMention]:
        """The bare names a board's members are listed by on its own line: "Ban Thường vụ
        Huyện ủy gồm: A; B; C." Empty when an item says more than a name ("A - Bí thư":
        each holds the post written, read as a title)."""
        lead = _INLINE_MEMBERS.match(text, end)
        if lead is None:
            return []
        names, pos = [], lead.end()
        while True:
            name = self._clean(text, pos, _NAME.match(text, pos), None, need_full=True)
            if name is None:
                return []
            names.append(name)
            sep = _LIST_SEP.match(text, name.end)
            if sep is None:
                return names if _MEMBERS_END.match(text, name.end) else []
            pos = sep.end()

    def numbered_names_after(self, text: str, end: int) -> list[NameMention]:
        """The names of a numbered or dashed list a body's members open a few words on:
        "bầu Ban Thường vụ Tỉnh ủy gồm 5 đồng chí, gồm:" then "1. Lương Văn Tín" lines."""
        lead = _LIST_LEAD.match(text, end)
        if lead is None:
            return []
        names, pos = [], lead.end()
        while (item := _LIST_ITEM.match(text, pos)) is not None:
            at, honorific = self._past_honorific(text, item.end())
            name = self._clean(text, at, _NAME.match(text, at), honorific, need_full=True)
            if name is None:
                break
            names.append(name)
            line_end = text.find("\n", name.end)
            pos = line_end if line_end != -1 else len(text)
        return names

    def listed_names_before(self, text: str, end: int) -> list[NameMention]:
        """The names listed right before ``end``: "ông A và bà B", "Các đồng chí: A; B; C";
        the list ends, going back, at the first part that is not a person's name."""
        window = text[max(0, end - 300) : end]
        cut = max(window.rfind(mark) for mark in (".", "\n", ":"))
        base = end - len(window) + cut + 1
        names: list[NameMention] = []
        parts = list(_LIST_SEP.finditer(text, base, end))
        bounds = [base] + [p.end() for p in parts]
        ends = [p.start() for p in parts] + [end]
        for start, stop in reversed(list(zip(bounds, ends, strict=True))):
            name = self._listed_name(text, start, stop)
            if name is None:
                break
            names.insert(0, name)
        return names

    def listed_names_after(self, text: str, pos: int) -> list[NameMention]:
        """The further full names of a list that goes on at ``pos`` (after the first name
        of a plural title: "các Phó Chủ tịch UBND tỉnh A, B và C"), each bare."""
        names: list[NameMention] = []
        while True:
            note = _NOTE_AFTER_NAME.match(text, pos)  # "ông A (Chủ tịch HĐND tỉnh), ông B"
            if note is not None:
                pos = note.end()
            sep = _NAMES_SEP.match(text, pos)
            if sep is None:
                break
            at, honorific = self._past_honorific(text, sep.end())  # "... ông A và bà B"
            name = self._clean(text, at, _NAME.match(text, at), honorific, need_full=True)
            if name is None or self.lex.title_finder.match(text, name.start):
                break  # "..., Phó Chủ nhiệm ...": a title ("Phó" is also a family name)
            names.append(name)
            pos = name.end
        return names

    def colon_items_after(self, text: str, pos: int) -> list[NameMention]:
        """The names that open the further items of a list after a colon, items split
        by ";" up to the sentence's end: "...: A, Phó Chủ nhiệm ...; B, Bí thư ..."."""
        names: list[NameMention] = []
        end = _SENTENCE_END.search(text, pos)
        end = end.start() if end else len(text)
        while (semicolon := text.find(";", pos, end)) != -1:
            gap = _GAP.match(text, semicolon + 1)
            at, honorific = self._past_honorific(text, gap.end() if gap else semicolon + 1)
            name = self._clean(text, at, _NAME.match(text, at), honorific, need_full=True)
            if name is None or self.lex.title_finder.match(text, name.start):
                break
            names.append(name)
            pos = name.end
        return names

    def first_holder(self, text: str, start: int) -> NameMention | None:
        """A full name joined by "và" right before the name at ``start``, the two opened
        by a plural form of address: "Các đồng chí Lê Thanh Hải và Nguyễn Văn Tuấn"."""
        joint = _AND_BEFORE.search(text, max(0, start - 20), start)
        if joint is None:
            return None
        window = max(0, joint.start() - 40)
        m = search_at(_NAME_TAIL, _NAME_TAIL_STARTS, text, window, joint.start())
        if m is None:
            return None
        addressed = _PLURAL_ADDRESS.search(text, max(0, m.start() - 20), m.start())
        both = joint.group(1) and self._honorific_before(text, m.start()) is not None
        if not (addressed or both):  # "Các đồng chí A và B", "Đồng chí A và đồng chí B"
            return None
        return self._clean(text, m.start(), _NAME.match(text, m.start()), "person", need_full=True)

    def second_holder(self, text: str, pos: int, title_starts: set[int]) -> NameMention | None:
        """A bare full name joined by "và" right after a title's holder, which holds no
        title of its own: "Chủ tịch nước Nguyễn Minh Triết và Trương Tấn Sang"."""
        joint = _AND.match(text, pos)
        if joint is None:
            return None
        name = self._clean(text, joint.end(), _NAME.match(text, joint.end()), None, need_full=True)
        if name is None or self.lex.title_finder.match(text, name.start):
            return None
        sep = _SEP.match(text, name.end)
        if sep is not None and _GAP.sub("", text[sep.end() : sep.end() + 1]) and (
            sep.end() in title_starts or self.lex.title_finder.match(text, sep.end())
        ):
            return None  # "A và B, Giám đốc Sở Y tế": B's own post
        return name

    def _listed_name(self, text: str, start: int, end: int) -> NameMention | None:
        """One item of a list of people: a full name, with or without a form of address."""
        at = _GAP.match(text, start)
        at = at.end() if at else start
        honorific = None
        hon = self.lex.honorific_finder.match(text, at)
        if hon is not None:
            kind = self.lex.honorifics.match(text, hon.start())
            honorific, at = (kind[0] if kind else "person"), hon.end()
        m = _NAME.match(text, at)
        if m is None or text[m.end() : end].strip():
            return None  # the item holds more than a name
        return self._clean(text, at, m, honorific, need_full=True)

    def addressed_names(self, text: str, title_starts: set[int]) -> list[NameMention]:
        """Names after a form of address: "ông Thắng", "Đồng chí Huỳnh Văn Bé"; none where
        a title follows it ("đồng chí Phó Chủ tịch UBND huyện X": "Phó Chủ" is no name)."""
        found = []
        lex = self.lex
        for m in finditer_at(lex.honorific_finder, lex.honorific_candidates, text):
            if m.end() in title_starts:
                continue
            kinds = []
            at = m.start()
            while at < m.end():
                hit = self.lex.honorifics.match(text, at)
                if not hit:
                    break
                kinds.append(hit[0])
                gap = _GAP.match(text, hit[1])
                at = gap.end() if gap else hit[1]
            kind = kinds[0] if kinds else None
            if {"comrade", "prefix"} & set(kinds):
                kind = "comrade"
            name = self._clean(text, m.end(), _NAME.match(text, m.end()), kind, need_full=False)
            if name and "comrade" not in kinds and _EXPERT_AFTER.match(text, name.end):
                continue  # "TS Nguyễn Ngọc Ẩn, chuyên gia thủy lợi": a degree, no office
            if name:
                found.append(name)
        return found


# --- linking -------------------------------------------------------------------------------


class Officials:
    """Assembles one `Person` per official from titles and names, in text order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.people: dict[str, Person] = {}

    def person(self, name: NameMention) -> Person | None:
        """The person a name refers to: found by full or given name, or created (full names)."""
        if name.full:
            key = name.text.lower()
            if key not in self.people:
                known = self.by_name_tail(key, name.start) or self.by_name_head(key, name.start)
                if known is not None:
                    return known  # "đồng chí Hồng Nhung" after "Lương Thị Hồng Nhung"
                self.people[key] = Person(name.text, name.start)
            return self.people[key]
        return self.by_given(name.text, name.start)

    def by_name_tail(self, written: str, at: int) -> Person | None:
        """The person named before ``at`` whose longer name ends in the two syllables
        ``written`` (a two-syllable given name, as later mentions write it)."""
        words = written.split()
        if len(words) != 2:
            return None
        before = [
            p for p in self.people.values()
            if p.first < at and len(p.name.split()) >= 3
            and [w.lower() for w in p.name.split()[-2:]] == words
        ]
        return max(before, key=lambda p: p.first) if before else None

    def by_name_head(self, written: str, at: int) -> Person | None:
        """The person named before ``at`` whose longer name starts with ``written``
        and puts its family name last, as Ê Đê and Xơ Đăng names do; later mentions
        drop it ("Y Brơm" after "Y Brơm Êban")."""
        words = written.split()
        before = [
            p for p in self.people.values()
            if p.first < at and len(p.name.split()) > len(words)
            and family_name_last(p.name.split()[0])
            and [w.lower() for w in p.name.split()[: len(words)]] == words
        ]
        return max(before, key=lambda p: p.first) if before else None

    def by_given(self, given: str, at: int) -> Person | None:
        """The person with this given name introduced most recently before ``at`` (else any);
        a name that puts its family name last is called by its first part ("bà H'Liên"
        after "H'Liên Niê Kdăm")."""
        matches = [p for p in self.people.values() if p.given == _proper(given)]
        if not matches:
            matches = [
                p for p in self.people.values()
                if len(p.name.split()) > 1 and p.name.split()[0] == given
                and family_name_last(given)
            ]
        if not matches:
            return None
        before = [p for p in matches if p.first <= at]
        return max(before, key=lambda p: p.first) if before else matches[0]

    def by_role(self, role: RoleMention, at: int) -> Person | None:
        """The person holding ``role`` (same position and body), the latest before ``at``."""
        if role.organization is None:
            return None
        key = (role.position.lower(), role.organization.lower())
        matches = [
            p
            for p in self.people.values()
            if any((r.position.lower(), (r.organization or "").lower()) == key for r in p.roles)
        ]
        if not matches:
            return None
        before = [p for p in matches if p.first <= at]
        return max(before, key=lambda p: p.first) if before else matches[0]

    def repeat_mentions(self) -> None:
        """Add every later occurrence of each full name to its person's mentions."""
        for person in self.people.values():
            known = set(person.name_mentions)
            at = self.text.find(person.name)
            while at >= 0:
                end = at + len(person.name)
                if (at, end) not in known and not _glued(self.text, at, end):
                    person.name_mentions.append((at, end))
                at = self.text.find(person.name, end)


def _share(title: Title, before: NameMention | None, after: NameMention | None):
    """Who holds which roles of a title: the name after it takes them all, the name
    before it too; with a name on both sides ("ông A, Giám đốc Sở X, Chánh Văn
    phòng UBND tỉnh B") the roles after the last comma go to the name after."""
    if after is not None and before is not None and title.commas:
        cut = title.commas[-1]
        return [(before, title.roles[:cut]), (after, title.roles[cut:])]
    return [(after or before, title.roles)]


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a found string runs on into a neighbouring word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before.isalnum() or after.isalnum()


def implied_organization(doc: Doc, label: str | None) -> str | None:
    """The full name of a body a position implies ("Tỉnh ủy" for TUV -> "Tỉnh ủy Cà Mau")."""
    if label is None:
        return None
    head = org_lexicon().heads.values.get(surface_key(label))
    if not isinstance(head, Head):
        return label
    if head.kind != "committee":
        return head.canonical
    context = context_of(doc)
    namer = Namer(
        getattr(context, "province", None), getattr(context, "district", None), org_mentions(doc),
        commune=getattr(context, "commune", None),
    )
    org = OrgMention(0, 0, head, head.canonical, unit=Unit(head.extra, None, 0, 0))
    return namer.name(org)


def _fill_bare_titles(text: str, titles: list[Title], orgs: list[OrgMention]) -> None:
    """ "bà Vân - Trưởng ban": the body is the last one of that kind named in the sentence."""
    ends = [org.end for org in orgs]  # orgs are in text order and do not overlap
    for title in titles:
        for role in title.roles:
            if role.bare_title is None:
                continue
            for i in range(bisect.bisect_right(ends, role.start) - 1, -1, -1):
                org = orgs[i]
                if _SENTENCE_END.search(text, org.end, role.start):
                    break
                if org.title == role.bare_title and not org.generic:
                    role.organization = org.name
                    break


def _fill_bare_bodies(titles: list[Title], orgs: list[OrgMention]) -> None:
    """ "Phó Giám đốc Sở": the body is the last Sở (Cục, Trung tâm, ...) named shortly before."""
    ends = [org.end for org in orgs]
    for title in titles:
        for role in title.roles:
            if role.bare_head is None or role.organization is not None:
                continue
            for i in range(bisect.bisect_right(ends, role.start) - 1, -1, -1):
                org = orgs[i]
                if org.end < role.start - BARE_BODY_REACH:
                    break
                if org.label.startswith(role.bare_head + " ") and not org.generic:
                    role.organization = org.name
                    break


def _fill_elliptical_posts(text: str, titles: list[Title]) -> None:
    """ "Chủ tịch UBND tỉnh A và Phó Chủ tịch B": a post written without its body, right
    after the same post (or its deputy) in a body, in the same sentence, is held there;
    so is one right before it, the two parted by a comma or a semicolon ("giữ chức Chủ
    tịch; ông B ... làm Phó Chủ tịch Ủy ban MTTQ thành phố")."""
    for before, title in zip(titles, titles[1:], strict=False):
        role, last = title.roles[0], before.roles[-1]
        if role.organization is not None or role.bare_title or last.organization is None:
            continue
        if _SENTENCE_END.search(text, before.end, title.start):
            continue
        if _base(role.position) == _base(last.position):
            role.organization = last.organization
    for title, after in zip(titles, titles[1:], strict=False):
        role, first = title.roles[-1], after.roles[0]
        if role.organization is not None or role.bare_title or first.organization is None:
            continue
        # "bà A được hiệp thương cử giữ chức Chủ tịch; ông B ... làm Phó Chủ tịch Ủy ban
        # MTTQ thành phố": the deputies' body, named after, is the bare post's too
        if text[title.end : title.end + 1] not in (";", ",") or after.start - title.end > 120:
            continue
        if _SENTENCE_END.search(text, title.end, after.start):
            continue
        if _base(role.position) == _base(first.position):
            role.organization = first.organization


def _fill_delegation_leaders(text: str, titles: list[Title], orgs: list[OrgMention]) -> None:
    """ "đoàn công tác của Bộ Xây dựng do Thứ trưởng A làm trưởng đoàn": a post written
    without its body, right after "<body> do", is held in that body."""
    leader_at = {}  # where a post led by "<body> do" would start -> the body
    for org in orgs:
        led_by = _LED_BY.match(text, org.end)
        if led_by and not org.generic:
            leader_at[led_by.end()] = org
    for title in titles:
        role, org = title.roles[0], leader_at.get(title.start)
        if org is not None and role.organization is None and not role.generic:
            role.organization = org.name


def _fill_school_heads(titles: list[Title], orgs: list[OrgMention]) -> None:
    """ "Hiệu trưởng nhà trường": a school's head written without its school leads the
    school named last before him."""
    schools = [org for org in orgs if org.name.startswith(_SCHOOL) and not org.generic]
    starts = [org.start for org in schools]
    for title in titles:
        for role in title.roles:
            if role.organization is not None or role.position not in _SCHOOL_HEADS:
                continue
            before = bisect.bisect_left(starts, role.start)
            if before:
                role.organization = schools[before - 1].name


_SCHOOL = "Trường "
_SCHOOL_HEADS = frozenset({"Hiệu trưởng", "Phó Hiệu trưởng"})


def _fill_implied_units(titles: list[Title]) -> None:
    """ "Đảng ủy viên, Phó Chủ tịch UBND xã Tân Sơn": a membership whose body needs a
    unit ("Đảng ủy") is held in the unit of the official's next post that names one."""
    for title in titles:
        for k, role in enumerate(title.roles):
            if not role.implied or not _needs_unit(role.organization):
                continue  # "Tỉnh ủy Cà Mau" has its unit; most memberships name theirs
            for other in title.roles[k + 1 :]:
                unit = _UNIT_OF_BODY.search(other.organization or "")
                if unit and TYPE_LEVELS[unit.group(1)] == ("commune",):
                    role.organization = f"{role.organization} {unit.group(1)} {unit.group(2)}"
                    break


def _fill_party_committees(titles: list[Title]) -> None:
    """ "Phó Bí thư, Chủ tịch UBND huyện Đô Lương": a party post written bare, or with its
    committee alone ("Phó Bí thư Huyện ủy"), is held in the party committee of the unit
    the official's other post names (Huyện ủy Đô Lương; Đảng ủy xã Mỹ Hiệp)."""
    committees = party_committees()
    for title in titles:
        for k, role in enumerate(title.roles):
            if _base(role.position) not in _PARTY_POSTS:
                continue
            if role.organization not in (None, "Đảng ủy", *committees.values()):
                continue  # "Bí thư Tỉnh ủy Cà Mau": named in full
            for other in title.roles[k + 1 :] + title.roles[:k][::-1]:
                unit = _UNIT_OF_BODY.search(other.organization or "")
                if unit is None:
                    continue
                committee = committees.get(unit.group(1), f"Đảng ủy {unit.group(1)}")
                if role.organization in (None, committee) or (
                    role.organization == "Đảng ủy" and committee.startswith("Đảng ủy ")
                ):
                    role.organization = f"{committee} {unit.group(2)}"
                break


def _fill_governed_provinces(text: str, titles: list[Title]) -> None:
    """ "Phó Bí thư Tỉnh ủy, Phó Tỉnh trưởng tỉnh Hủa Phăn": a "Tỉnh ủy" written bare in
    the title of a province's governor is that province's, not the page's."""
    for title in titles:
        governed = next((r.organization for r in title.roles if r.position.endswith("Tỉnh trưởng")
                         and r.organization), None)
        if governed is None:
            continue
        for role in title.roles:
            if text[role.start:role.end].endswith(" Tỉnh ủy"):
                role.organization = "Tỉnh ủy " + governed.removeprefix("tỉnh ")


@cache
def party_committees() -> dict[str, str]:
    """Unit type -> the party committee of such a unit ("huyện" -> "Huyện ủy"), from the
    committee heads of org_heads.tsv; a commune's is its "Đảng ủy"."""
    heads = org_lexicon().heads.values.values()
    return {
        head.extra: head.canonical
        for head in heads
        if isinstance(head, Head) and head.kind == "committee" and head.canonical.endswith(" ủy")
    }


_PARTY_POSTS = frozenset({"bí thư", "bí thư thường trực"})
_PROVINCE = "tỉnh "  # the type word before a governor's province
_UNIT_OF_BODY = re.compile(rf"\s({TYPE_WORDS})\s(\S.*)$")
_COMMUNE_COMMITTEE = re.compile(r"Đảng ủy (?:xã|phường|thị trấn|đặc khu) \S")


def _needs_unit(organization: str | None) -> bool:
    """Whether ``organization`` is a body's head alone, which a unit completes ("Đảng ủy")."""
    head = org_lexicon().heads.values.get(surface_key(organization or ""))
    return isinstance(head, Head) and head.kind == "body"


def _base(position: str) -> str:
    """The post without its deputy prefix ("Phó Chủ tịch" -> "chủ tịch")."""
    return position.lower().removeprefix("phó ").strip()


# --- the component -------------------------------------------------------------------------


@dataclass
class Reading:
    """What `OfficialRecognizer.match` found: the people and the spans of their names."""

    people: list[Person]
    # (start, end, organization) of positions that name their body themselves
    # ("Phó Thủ tướng Thường trực Chính phủ"): no other body starts inside them
    positions: list[tuple[int, int, str | None]] = field(default_factory=list)


def _position_spans(titles: list[Title]) -> list[tuple[int, int, str | None]]:
    """The spans of member-kind roles, whose words name the body they are held in."""
    return [(r.start, r.end, r.organization) for t in titles for r in t.roles if r.implied]


class OfficialRecognizer:
    """Finds officials and writes them to ``doc._.officials`` and PERSON entities."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_officials") -> None:
        self.name = name
        self.reader = OfficialReader()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> Reading:
        """Read the Doc's officials.

        Args:
            doc: a Doc whose ``doc._.context`` is set (organizations are read
                here if ``vn_organizations`` has not run).

        Returns:
            A `Reading` with one `Person` per official, in order of appearance.
        """
        text = doc_text(doc)
        orgs = sorted(org_mentions(doc), key=lambda o: o.start)
        orgs_at = {o.start for o in orgs}
        titles = self.reader.titles(doc, text, orgs)
        _fill_bare_titles(text, titles, orgs)
        _fill_bare_bodies(titles, orgs)
        _fill_elliptical_posts(text, titles)
        _fill_delegation_leaders(text, titles, orgs)
        _fill_school_heads(titles, orgs)
        _fill_implied_units(titles)
        _fill_party_committees(titles)
        _fill_governed_provinces(text, titles)
        book = Officials(text)
        title_starts = {t.start for t in titles}
        unnamed = []
        last_end, last_holder = -1, None  # the previous title's end and its holder
        for title in titles:
            if title.generic:
                continue
            plural = _PLURAL_BEFORE.search(text, max(0, title.start - 20), title.start)
            before, after = self._names_around(text, title, orgs_at, plural is not None)
            if after is None and before is None and last_holder is not None:
                # "ông A – Giám đốc Sở Tài chính giữ chức vụ Giám đốc Sở Nội vụ": A's new post
                if self.reader.appointed_after(text, last_end, title.start):
                    before = last_holder
            shared = list(_share(title, before, after))
            last_end, last_holder = title.end, shared[-1][0]
            if before is not None and after is None and "," not in text[before.end : title.start]:
                # "Các đồng chí A và B được bầu làm Phó Bí thư": A is elected too
                first = self.reader.first_holder(text, before.start)
                if first is not None:
                    shared.append((first, title.roles))
            if after is not None and plural:
                # "các Phó Chủ tịch UBND tỉnh A, B, C": every name listed holds the post
                listed = self.reader.listed_names_after(text, after.end)
                if ":" in text[title.end : after.start]:
                    # "các Ủy viên Trung ương Đảng: A, <post>; B, <post>": each item's holder
                    listed += self.reader.colon_items_after(text, after.end)
                shared += [(name, title.roles) for name in listed]
            elif after is not None and "đối với" in text[title.end : after.start]:
                # "miễn nhiệm Ủy viên UBND tỉnh đối với bà A, nguyên ...; ông B, ...": each
                listed = self.reader.colon_items_after(text, after.end)
                shared += [(name, title.roles) for name in listed]
            elif after is not None:
                # "nguyên Chủ tịch nước A và B": B, named with no title of his own, too
                second = self.reader.second_holder(text, after.end, title_starts)
                if second is not None:
                    shared.append((second, title.roles))
            for name, roles in shared:
                person = book.person(name) if name else None
                if person is None:
                    unnamed.append(Title(roles[0].start, roles[-1].end, roles))
                    continue
                person.name_mentions.append((name.start, name.end))
                for role in roles:
                    person.add_role(role)
        by_start = {o.start: o for o in orgs}
        for name, role in self.reader.memberships(text, by_start):
            person = book.person(name)
            if person is not None:
                person.name_mentions.append((name.start, name.end))
                person.add_role(role)
        for name in self.reader.addressed_names(text, {t.start for t in titles}):
            person = self._addressed(book, name)
            if person is not None:
                person.name_mentions.append((name.start, name.end))
        book.repeat_mentions()
        for title in unnamed:
            for role in title.roles:
                person = book.by_role(role, title.start)
                if person is not None:
                    person.mentions.append((title.start, title.end))
                    break
        people = [p for p in book.people.values() if p.roles or p.comrade]
        people.sort(key=lambda p: p.first)
        return Reading(people, _position_spans(titles))

    def _names_around(self, text: str, title: Title, orgs_at: set[int], plural: bool):
        """The names before and after ``title`` that may hold it: ``(before, after)``.

        `_share` reads the name before only with none after, or past a comma.
        """
        reader = self.reader
        # "Thừa ủy quyền của Chủ tịch UBND tỉnh, ông X, Giám đốc Sở ...": X acts for him
        delegates = reader.acts_for_other(text, title.start)
        after = reader.name_after(text, title.end, orgs_at, past_comma=not delegates)
        if after is None and plural:  # "các Phó Chủ tịch UBND tỉnh: A, B và C"
            after = reader.name_after_colon(text, title.end)
        apart = after is not None and _COMMA.match(text, title.end) is not None
        foreign = after is not None and not reader.is_family(after.text.split()[0])
        needs_before = after is None or title.commas or apart or foreign
        before = reader.name_before(text, title.start) if needs_before else None
        if foreign and before is not None:
            # "Ông Tanaka Hiroshi, Tổng Giám đốc Kyoei Seiko cho biết": the person named
            # before holds the post; the words after it name his company, no one
            return before, None
        if apart and before is not None:
            # "ông A, Chủ tịch UBND tỉnh, bà B, Giám đốc Sở Y tế": A holds the post
            after = None
        if after is None and before is not None and self._unknown_body_after(
            text, title, orgs_at
        ):
            # "..., Phó Trưởng ban Thường trực Ban Chính sách - Chiến lược Trung ương Thái
            # Thanh Quý": a body the lexicons lack, then its holder; not the name before
            before = None
        return before, after

    def _unknown_body_after(self, text: str, title: Title, orgs_at: set[int]) -> bool:
        """Whether a title whose last role names no body runs on in capitalised words:
        the name of a body the lexicons lack (not one they know, as "Ban Chỉ đạo")."""
        last = title.roles[-1]
        if last.organization is not None or last.bare_title or last.bare_head:
            return False
        at = title.end + 1
        head = org_lexicon().heads.match(text, at)
        if at in orgs_at or head and head[0] is not None and " " in head[0].canonical:
            return False  # "Phó Trưởng ban Thường trực Ban Chỉ đạo": a body the lexicons know
        return _CAPITAL_AFTER.match(text, title.end) is not None

    @staticmethod
    def _addressed(book: Officials, name: NameMention) -> Person | None:
        """The person an addressed name refers to; a comrade's full name may introduce one."""
        if not name.full:
            return book.by_given(name.text, name.start)
        key = name.text.lower()
        if key in book.people:
            return book.people[key]
        if name.honorific != "comrade":
            return None  # "ông X" with no title anywhere: a private citizen
        person = book.person(name)
        person.comrade = True
        return person

    def set_annotations(self, doc: Doc, reading: Reading) -> None:
        """Write `Official` records and PERSON entities."""
        officials = []
        spans = []
        for person in reading.people:
            roles = [r.role() for r in person.roles]
            first = roles[0] if roles else Role("")
            marks = sorted(set(person.name_mentions) | set(person.mentions))
            officials.append(
                Official(
                    name=_proper(person.name),  # a name printed in capitals, as a name
                    position=first.position or None,
                    organization=first.organization,
                    roles=roles,
                    mentions=[mention(s, e) for s, e in marks],
                )
            )
            spans.extend((s, e, "PERSON") for s, e in set(person.name_mentions))
        set_facts(doc, "officials", list(facts_of(doc, "officials")) + officials)
        add_entities(doc, spans)
        organizations = _without_misread_bodies(facts_of(doc, "organizations"), reading.positions)
        set_facts(doc, "organizations", _with_commune_committees(organizations, reading.positions))


def _with_commune_committees(organizations: list, positions) -> list:
    """Add the commune's party committee a membership names with its unit taken from the
    next post (`_fill_implied_units`: "Đảng ủy viên, Phó Chủ tịch HĐND xã Ia Hrú" names
    Đảng ủy xã Ia Hrú, as SPEC.md's elliptical titles do), where no mention named it."""
    named = {org.name for org in organizations}
    added = []
    for start, end, name in positions:
        if name and name not in named and _COMMUNE_COMMITTEE.match(name):
            named.add(name)
            added.append(Organization(name=name, mentions=[mention(start, end)]))
    return list(organizations) + added


def _without_misread_bodies(organizations, positions) -> list:
    """Drop the mentions of bodies that start inside a position naming another body
    ("Thường trực Chính phủ" read inside "Phó Thủ tướng Thường trực Chính phủ"), and
    bodies left with no mention."""
    if not positions:
        return list(organizations)
    kept = []
    for org in organizations:
        mentions = [
            m
            for m in org.mentions
            if not any(s < m.start < e and org.name != name for s, e, name in positions)
        ]
        if mentions:
            org.mentions = mentions
            kept.append(org)
    return kept


def _proper(word: str) -> str:
    """A syllable or name in capitals written as the lexicons write it ("TRẦN" -> "Trần")."""
    return " ".join(w.capitalize() for w in word.split()) if word.isupper() else word
