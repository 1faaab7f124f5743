"""Directives: who asked whom to do what.

"Phó Bí thư Thường trực Tỉnh ủy Đồng Tháp Phan Văn Thắng ... Đồng thời, yêu cầu
Huyện uỷ Cao Lãnh cần đổi mới phương thức lãnh đạo; tiếp tục ...; nâng cao ..."
gives a `Directive` with verb "yêu cầu", issuer "Phan Văn Thắng", addressee
"Huyện ủy Cao Lãnh" and three actions.

The component reads the officials and organizations that ``vn_officials``
wrote (``doc._.officials``, ``doc._.organizations``, mentions in Doc
coordinates) to name issuers and addressees, and works without them (the
issuer is then None and the addressee the phrase as written).

How a sentence is read, left to right:

    [subject] VERB [addressee] [cần|phải] action; action, action ...

- the verb comes from the lexicon (``lexicons/directive_verbs.toml``), and
  frames around it rule out nouns ("theo yêu cầu") and reported acts;
- the addressee runs from the verb to the modal or to the first
  action-initial word (an "opener": tập trung, rà soát, nâng cao ...);
- the actions are split on ";" always, else on "," and "và" where an opener
  follows (so "cán bộ, đảng viên" stays whole);
- the issuer is the official or body in the subject, else the speaker
  introduced earlier; an empty addressee is carried over from the last
  directive;
- a sentence opening "Ngoài ra, cần ...", "Bên cạnh đó, X phải ...",
  "Đối với ..., huyện phải ..." or a bare "X phải ..." right after a
  directive continues it.
"""

from __future__ import annotations

import bisect
import operator
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from extract.nlp.deadlines import find_deadlines
from extract.nlp.extensions import context_of, facts_of, set_facts
from extract.nlp.lexicon import read_lexicon
from extract.nlp.officials import family_name_last
from extract.nlp.spans import (
    COORDINATOR,
    doc_text,
    finditer_at,
    first_word_finder,
    is_word_char,
    mention,
)
from extract.record import Directive

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LEXICON = Path(__file__).parent / "lexicons" / "directive_verbs.toml"

# A directive sentence longer than this is a run-on page, not prose: its
# actions are cut here so one bad page costs linear time.
MAX_REGION = 2000
# How far back (in characters) a subject may start before its verb.
MAX_SUBJECT = 300
# How far (in characters) after the verb the actions must have begun.
ADDRESSEE_REACH = 280
# A sentence with more directive verbs than this is a run-on page, not prose.
MAX_VERBS_PER_SENTENCE = 40
# The most words a bare subject of a continuation may take: "Các phường Quy Nhơn Đông,
# Quy Nhơn Nam và xã Nhơn Châu phải ...".
_BARE_SUBJECT_WORDS = 16
# The most words a clause of time may take before a continuation's subject.
_TIME_CLAUSE_WORDS = 20


# --- Lexicon ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerbForm:
    """One surface form of a directive verb and how it behaves."""

    form: str
    verb: str
    needs_modal: bool = False
    comma_after: bool = False
    addressee_first: bool = False
    told_not_to: bool = False  # "lưu ý X không ...": a negation after X is its task
    told_to: bool = False  # "lưu ý nhà trường phối hợp ...": a verb after a named X is its task


class PhraseSet:
    """Multi-word phrases looked up word by word (first word -> phrases, longest first)."""

    def __init__(self, phrases, lower: bool = True):
        self.lower = lower
        # first word -> (length in words, the words after the first), longest first
        self.by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for phrase in phrases:
            words = tuple((phrase.lower() if lower else phrase).split())
            if words:
                self.by_first.setdefault(words[0], []).append((len(words), words[1:]))
        for options in self.by_first.values():
            options.sort(key=lambda option: option[0], reverse=True)

    def match(self, words: list[str], i: int) -> int:
        """Length in words of the longest phrase starting at ``words[i]`` (0 when none).

        Args:
            words: the words to look in (already bare of punctuation).
            i: the index to start at.
        """
        if i >= len(words):
            return 0
        options = self.by_first.get(words[i].lower() if self.lower else words[i])
        if options is None:
            return 0
        for n, rest in options:
            if n == 1:
                return 1
            following = words[i + 1 : i + n]
            if self.lower:
                following = [w.lower() for w in following]
            if tuple(following) == rest:
                return n
        return 0


class WordGate:
    """Whether a word may open a phrase of any of several `PhraseSet`s: one test where
    asking each set in turn costs a call each, and most words open none of them."""

    def __init__(self, *sets: PhraseSet):
        """Args: the phrase sets, each read as it matches (lower-cased or as written)."""
        self.exact = frozenset(word for s in sets if not s.lower for word in s.by_first)
        self.lowered = frozenset(word for s in sets if s.lower for word in s.by_first)

    def opens_none(self, word: str) -> bool:
        """True when no phrase of the sets starts with ``word`` (their `match` gives 0)."""
        return word not in self.exact and word.lower() not in self.lowered


@dataclass
class Lexicon:
    """Everything the directive reader knows, loaded from the TOML data file."""

    verbs: list[VerbForm]
    verb_pattern: re.Pattern[str]
    verb_places: re.Pattern[str]  # where a verb may start (`first_word_finder`)
    not_after: PhraseSet
    lowercase_frames: frozenset[str]  # frames written in small letters only ("đạt")
    counted_nouns: frozenset[str]  # verbs that are nouns after a count ("6 kiến nghị")
    sum_verbs: frozenset[str]  # verbs after which an act on a sum reports a finding
    sum_acts: re.Pattern[str]  # such an act: "thu hồi 1,27 tỷ đồng"
    speech_after: re.Pattern[str]  # a person's name, then one of these: he speaks
    not_before: PhraseSet
    reported_before: tuple[str, ...]
    reported_adverbs: PhraseSet
    past_markers: frozenset[str]
    past_requests: frozenset[str]
    leadership_before: re.Pattern[str]
    frame_exceptions: PhraseSet
    proposals: PhraseSet
    causes: PhraseSet
    # the last syllable of each of those phrases: a quick test before matching them
    proposal_syllables: frozenset[str]
    cause_syllables: frozenset[str]
    modals: PhraseSet
    not_modals: PhraseSet
    max_addressee_words: int
    adverbials: re.Pattern[str]
    openers: PhraseSet
    no_split_openers: PhraseSet
    target_openers: PhraseSet
    list_leads: PhraseSet
    agreements: PhraseSet
    inner_directive_openers: PhraseSet
    not_actions: PhraseSet
    conditions: frozenset[str]
    group_verbs: PhraseSet
    verb_nouns_before: PhraseSet
    restart_verbs: frozenset[str]
    addressee_words: PhraseSet
    connectives: PhraseSet
    pronouns: frozenset[str]
    elaborations: PhraseSet  # ", trong đó có ông X": who the action means, not the action
    first_person: frozenset[str]  # "tôi": the speaker, found by `_first_person`
    honorifics: tuple[str, ...]  # longest first
    honorific_pattern: re.Pattern[str]
    titles: PhraseSet
    title_pattern: re.Pattern[str]
    title_places: re.Pattern[str]
    unit_words: frozenset[str]
    documents: PhraseSet
    delegations: PhraseSet
    fronted_objects: PhraseSet
    anaphors: PhraseSet
    circumstances: frozenset[str]
    recipients_after: PhraseSet
    head_of: str
    head_titles: tuple[str, ...]
    subject_fillers: PhraseSet
    addressee_fillers: PhraseSet
    continuation_openers: PhraseSet
    topic_openers: PhraseSet
    time_clause_openers: PhraseSet
    look_alikes: tuple[str, ...]
    warnings: re.Pattern[str]
    not_imperatives: PhraseSet
    imperatives: PhraseSet
    bare_subject_heads: PhraseSet
    things_not_told: PhraseSet
    opener_compounds: PhraseSet
    reported_markers: frozenset[str]
    duty_modals: PhraseSet
    duty_pattern: re.Pattern[str]
    duty_places: re.Pattern[str]
    duty_not_before: frozenset[str]
    duty_verb: str
    abbreviations: frozenset[str]
    by_form: dict[str, VerbForm] = field(default_factory=dict)
    # the words that may open a phrase `_action_start` and `_continuation` look for
    action_gate: WordGate = field(init=False)
    modal_gate: WordGate = field(init=False)

    def form_of(self, written: str) -> VerbForm | None:
        """The `VerbForm` of a verb as ``verb_pattern`` found it ("Giao" at a line's start)."""
        return self.by_form.get(written) or self.by_form.get(written.lower())

    def __post_init__(self) -> None:
        self.action_gate = WordGate(
            self.not_modals, self.modals, self.addressee_words, self.not_actions, self.openers
        )
        self.modal_gate = WordGate(self.not_modals, self.modals)


@cache
def load_lexicon(path: Path = LEXICON) -> Lexicon:
    """Read the directive lexicon once per process.

    Args:
        path: the TOML file (default: the packaged ``directive_verbs.toml``).

    Returns:
        The compiled `Lexicon`.
    """
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    verbs = [
        VerbForm(
            form=form,
            verb=entry["verb"],
            needs_modal=entry.get("needs_modal", False),
            comma_after=entry.get("comma_after", False),
            addressee_first=entry.get("addressee_first", False),
            told_not_to=entry.get("told_not_to", False),
            told_to=entry.get("told_to", False),
        )
        for entry in data["verb"]
        for form in entry["forms"]
    ]
    forms = sorted({v.form for v in verbs}, key=len, reverse=True)
    spellings = [spelling for f in forms for spelling in (f, f[0].upper() + f[1:])]
    frames = data["frames"]
    return Lexicon(
        verbs=verbs,
        verb_pattern=_alternation(spellings, r"(?![\w/])"),
        verb_places=first_word_finder(spellings),
        not_after=PhraseSet(frames["not_after"]),
        lowercase_frames=frozenset(frames["lowercase_only"]),
        counted_nouns=frozenset(frames["counted_nouns"]),
        sum_verbs=frozenset(frames["sum_verbs"]),
        sum_acts=re.compile(frames["sum_acts"]),
        speech_after=re.compile(r"[ \t]*(?:đã[ \t]+)?(?:" + "|".join(frames["speech_after"]) + ")"),
        not_before=PhraseSet(frames["not_before"], lower=False),
        reported_before=tuple(frames["reported_before"]),
        reported_adverbs=PhraseSet(frames["reported_adverbs"]),
        past_markers=frozenset(frames["past_markers"]),
        past_requests=frozenset(frames["past_requests"]),
        leadership_before=re.compile("|".join(frames["leadership_before"])),
        frame_exceptions=PhraseSet(frames["frame_exceptions"]),
        proposals=PhraseSet(frames["proposals"]),
        causes=PhraseSet(frames["causes"]),
        proposal_syllables=frozenset(p.split()[-1] for p in frames["proposals"]),
        cause_syllables=frozenset(p.split()[-1] for p in frames["causes"]),
        modals=PhraseSet(frames["modals"], lower=False),
        not_modals=PhraseSet(frames["not_modals"]),
        max_addressee_words=frames["max_addressee_words"],
        adverbials=re.compile("(?:" + "|".join(frames["adverbials"]) + ")", re.IGNORECASE),
        openers=PhraseSet(data["actions"]["openers"], lower=False),
        no_split_openers=PhraseSet(data["actions"]["no_split_openers"], lower=False),
        target_openers=PhraseSet(data["actions"]["target_openers"]),
        list_leads=PhraseSet(data["actions"]["list_leads"]),
        agreements=PhraseSet(data["actions"]["agreements"]),
        inner_directive_openers=PhraseSet(data["actions"]["inner_directive_openers"]),
        not_actions=PhraseSet(data["actions"]["not_actions"]),
        conditions=frozenset(data["actions"]["conditions"]),
        group_verbs=PhraseSet(data["actions"]["group_verbs"], lower=False),
        verb_nouns_before=PhraseSet(data["actions"]["verb_nouns_before"]),
        restart_verbs=frozenset(data["actions"]["restart_verbs"]),
        addressee_words=PhraseSet(data["actions"]["addressee_words"]),
        connectives=PhraseSet(data["actions"]["connectives"]),
        pronouns=frozenset(p.lower() for p in data["issuers"]["pronouns"]),
        elaborations=PhraseSet(data["actions"]["elaborations"]),
        first_person=frozenset(data["issuers"]["first_person"]),
        honorifics=tuple(sorted(data["issuers"]["honorifics"], key=len, reverse=True)),
        honorific_pattern=_alternation(data["issuers"]["honorifics"], after=r"(?=\s)"),
        titles=PhraseSet(data["issuers"]["titles"], lower=False),
        title_pattern=_alternation(data["issuers"]["titles"]),
        title_places=first_word_finder(data["issuers"]["titles"]),
        unit_words=frozenset(data["issuers"]["unit_words"]),
        documents=PhraseSet(data["issuers"]["documents"]),
        delegations=PhraseSet(data["issuers"]["delegations"]),
        fronted_objects=PhraseSet(data["issuers"]["fronted_objects"]),
        anaphors=PhraseSet(data["issuers"]["anaphors"]),
        circumstances=frozenset(data["issuers"]["circumstances"]),
        recipients_after=PhraseSet(data["issuers"]["recipients_after"]),
        head_of=data["issuers"]["head_of"],
        head_titles=tuple(data["issuers"]["head_titles"]),
        subject_fillers=PhraseSet(data["issuers"]["subject_fillers"]),
        addressee_fillers=PhraseSet(data["issuers"]["addressee_fillers"]),
        continuation_openers=PhraseSet(data["continuations"]["continuation_openers"]),
        topic_openers=PhraseSet(data["continuations"]["topic_openers"]),
        time_clause_openers=PhraseSet(data["continuations"]["time_clause_openers"]),
        look_alikes=tuple(data["continuations"]["look_alikes"]),
        warnings=_alternation(data["continuations"]["warnings"]),
        not_imperatives=PhraseSet(data["continuations"]["not_imperatives"]),
        imperatives=PhraseSet(data["continuations"]["imperatives"]),
        bare_subject_heads=PhraseSet(data["continuations"]["bare_subject_heads"]),
        things_not_told=PhraseSet(data["continuations"]["things_not_told"]),
        opener_compounds=PhraseSet(data["actions"]["opener_compounds"]),
        reported_markers=frozenset(data["continuations"]["reported_markers"]),
        duty_modals=PhraseSet(data["continuations"]["duty_modals"]),
        duty_pattern=_alternation(data["continuations"]["duty_modals"]),
        duty_places=first_word_finder(data["continuations"]["duty_modals"]),
        duty_not_before=frozenset(data["continuations"]["duty_not_before"]),
        duty_verb=data["continuations"]["duty_verb"],
        abbreviations=frozenset(data["sentences"]["abbreviations"]),
        by_form={v.form: v for v in verbs},
    )


def _alternation(phrases: list[str], after: str = r"(?!\w)") -> re.Pattern[str]:
    r"""A pattern matching, at a word start, the longest of ``phrases`` followed by
    ``after`` (default: the end of a word): what ``(?<!\w)(?:p1|p2|...)`` + ``after``
    with the phrases longest first matches.

    The phrases are written as a tree of their shared beginnings ("giao(?: cho|)")
    and the look-behind after each first character (``(?<!\w.)``), so the regex
    engine skips straight to the characters the phrases start with and then
    follows one branch, instead of trying every phrase at every offset (three to
    five times faster). A phrase that ends where a longer one goes on comes after
    it in its branch, so the longest still wins.
    """
    tree: dict = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return re.compile(_branches(tree, first=True) + after)


def _branches(node: dict, first: bool = False) -> str:
    """The regex of one node of `_alternation`'s tree: its branches, the end last."""
    branches = [
        re.escape(char) + (r"(?<!\w.)" if first else "") + _branches(child)
        for char, child in node.items()
        if char
    ]
    if "" in node:
        if not branches:
            return ""
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


# --- Words with offsets --------------------------------------------------------------------

_EDGE_PUNCT = "\"'“”‘’()[]{}«»…"
_TRAIL_PUNCT = ".,;:!?…" + _EDGE_PUNCT
_FIRST, _LAST = operator.itemgetter(0), operator.itemgetter(-1)


class Word(NamedTuple):
    """A white-space-separated word: its bare form and its offsets in the Doc text."""

    text: str  # bare: surrounding punctuation removed
    start: int
    end: int
    comma_after: bool  # the raw word ended in "," (a clause break follows)
    stop_after: bool  # the raw word ended in ";" or ":"


def words_in(text: str, start: int, end: int) -> list[Word]:
    """The words of ``text[start:end]``, bare of edge punctuation, with Doc offsets.

    Args:
        text: the Doc text.
        start: where to begin.
        end: where to stop.

    Returns:
        The words in order; a word made only of punctuation keeps its raw text.
    """
    return _split_words(text, start, end)[2]


def _split_words(text: str, start: int, end: int) -> tuple[list[int], list[int], list[Word]]:
    """The words of ``text[start:end]`` (see `words_in`) with the offsets where each
    raw word, punctuation included, starts and ends.

    Splitting is the one cost of this module that grows with the text, so it is
    done with str.split and map (loops in C) rather than a regex scan and a Python
    loop per word: three to five times faster.
    """
    chunk = text[start:end]
    raws = chunk.split()
    lengths = list(map(len, raws))
    if raws and not chunk[0].isspace() and sum(lengths) + len(raws) - 1 == len(chunk):
        # one white-space character between words, as in most sentences
        starts = list(accumulate(map(operator.add, lengths, repeat(1)), initial=start))[:-1]
    else:
        starts = _word_starts(text, start, raws)
    ends = list(map(operator.add, starts, lengths))
    # every word built as if it had no edge punctuation (tuple.__new__: a Word
    # without the Python-level call of its constructor), then the few that have
    fields = zip(raws, starts, ends, repeat(False), repeat(False), strict=False)
    words = list(map(tuple.__new__, repeat(Word), fields))
    first_plain = map(str.isalnum, map(_FIRST, raws))
    last_plain = map(str.isalnum, map(_LAST, raws))
    punctuated = map(operator.not_, map(operator.and_, first_plain, last_plain))
    for k in compress(range(len(raws)), punctuated):
        words[k] = _stripped_word(raws[k], starts[k])
    if " ; " in chunk or " , " in chunk or " : " in chunk:
        _attach_loose_marks(raws, starts, ends, words)
    if ") " in chunk:
        _drop_list_markers(raws, starts, ends, words)
    return starts, ends, words


# A body's name ending in its level word, its place left to the reader: "Công an tỉnh".
_LEVEL_LAST = re.compile(r"(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)$")
_TOLD = frozenset({"phải", "cần"})
_FRAME_WORDS = 45  # how far into a sentence a frame's reporting verb is looked for
_NAMED_UNIT = re.compile(
    r"(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố)"
    r"[ \t]+[A-ZĐ][^\s,.;:]*(?:[ \t]+[A-ZĐ][^\s,.;:]*){0,3}"
)  # a unit named, up to a mark: "tỉnh Đắk Lắk yêu cầu ...", "làm việc với huyện Đức Thọ, ..."
_ITEM_BREAK = re.compile(r"(?<=[a-zà-ỹđ0-9)][.!?])[ \t]+(?=[A-ZĐÀ-Ỹ])")
_LIST_MARKER = re.compile(r"\(?(?:\d{1,2}|[a-zđ])\)")


def _drop_list_markers(raws: list[str], starts: list[int], ends: list[int], words: list[Word]):
    """ "nhiệm vụ: (1) Tập trung ...; (2) Đẩy nhanh ...": an inline item's number is no
    word of the clause, so the action opens at its verb."""
    for k in range(len(raws) - 1, -1, -1):
        if _LIST_MARKER.fullmatch(raws[k]):
            del raws[k], starts[k], ends[k], words[k]


def _attach_loose_marks(raws: list[str], starts: list[int], ends: list[int], words: list[Word]):
    """ "nhiệm kỳ 2020-2025 ; lãnh đạo ...": a mark written apart from its word is read as
    that word's own, so the clause breaks there as it would at "2020-2025;"."""
    for k in range(len(raws) - 1, 0, -1):
        mark = raws[k]
        if mark in (",", ";", ":"):
            before = words[k - 1]
            words[k - 1] = before._replace(
                comma_after=before.comma_after or mark == ",",
                stop_after=before.stop_after or mark != ",",
            )
            del raws[k], starts[k], ends[k], words[k]


def _word_starts(text: str, start: int, raws: list[str]) -> list[int]:
    """Where each of ``raws``, the white-space-split words of ``text[start:]``, starts."""
    starts, at = [], start
    for raw in raws:
        at = text.find(raw, at)  # only white space lies between the words
        starts.append(at)
        at += len(raw)
    return starts


def _stripped_word(raw: str, at: int) -> Word:
    """The `Word` of a white-space-free ``raw`` found at offset ``at``."""
    stripped = raw.lstrip(_EDGE_PUNCT)
    bare = stripped.rstrip(_TRAIL_PUNCT)
    lead = len(raw) - len(stripped)
    if not bare:
        bare, lead = raw, 0
    s = at + lead
    last = raw[-1]
    return Word(bare, s, s + len(bare), last == ",", last in ";:")


def _texts(words: list[Word]) -> list[str]:
    return list(map(_FIRST, words))  # each Word's text, read in C


# --- Sentences ------------------------------------------------------------------

# The marker of a list item at the start of a line: "- ", "+ ", "• ", "1. ", "a) ".
_BULLET = re.compile(
    r"(?:[-–—+•*]\s*|(?:\d{1,2}|[a-zđ])[.)]\s+"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,?\s+"
    r"|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),?\s+)(?=\w)"
)
# The number of a conclusion's part opening a line: "2.2.", "3.".
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")
# A list item's marker before its verb: "1. Giao Phòng Văn hóa ...", "- Đề nghị ...".
_MARKER_BEFORE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[-–+•])[ \t]*")
# The most characters a bracketed aside between an addressee and its task holds.
_MAX_ASIDE = 120
# An order to a body named after ";" inside a list item: "; giao Ban QLDA ...".
_ITEM_RESTART = re.compile(r";[ \t]+(?=(\w+(?:[ \t]\w+)??)[ \t]+[A-ZĐ])")
# The number of a list item, right before its words: "1. ".
_ITEM_NUMBER = re.compile(r"(\d{1,2})[.)][ \t]*$")
# A numbered section's heading under a conclusion: "Đánh giá chung", "Nhiệm vụ thời gian tới".
_HEADING = re.compile(r"[A-ZĐÀ-Ỹ][^\s.,;:!?]*(?:[ \t]+[^\s.,;:!?]+){0,5}")
# A heading naming whom the tasks below it are for: "2.1. Đối với UBND phường X:".
_TOPIC_LINE = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?Đối với[ \t]+(?P<who>[^:\n]{3,150}):")
# The first item of a counted list of tasks: "Một là, ...", "Thứ nhất, ...".
_COUNTED = re.compile(r"(?:Một là|Thứ nhất),?\s")
# A colon before such a list ends its sentence: "... các nhiệm vụ: Một là, rà soát ...".
_COLON_BEFORE_COUNTED = re.compile(r":\s+(?=(?:Một là|Thứ nhất),?\s)")
# The most words an item of a list names its addressee in, as its verb's subject
# ("2. Sở Nông nghiệp và Phát triển nông thôn chỉ đạo ...").
_ITEM_SUBJECT_WORDS = 16
# A list number opening a line ("1. Tập trung ..."): its dot ends no sentence.
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})")
# A list number inside a line after ".", ":" or ";" ("yêu cầu: 1. Rà soát ... 2. Huy động"):
# group 1 is where the sentence before it ends, group 2 where the item starts.
_INLINE_NUMBER = re.compile(r"([.:;])\s+((\d{1,2})\.)$")
# Either a run of end marks and white space, or a "." between a lower-case letter and a
# capital ("xã.Tiếp"); the pattern opens with the mark (the regex engine then skips
# to the marks) and looks behind it for the letter. A match starts at the first mark
# of a run: tried at each mark of "......", the run was read again from each.
_SENTENCE_END = re.compile(
    r"[.!?…](?<![.!?…].)(?:[.!?…]*[\"”)]*\s+|(?<=[a-zà-ỹđ]\.)(?=[A-ZĐÀ-Ỹ]))"
)


@dataclass
class Sentence:
    """A sentence of the Doc text: offsets and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


def split_sentences(text: str, start: int, end: int, lexicon: Lexicon) -> list[Sentence]:
    """Split ``text[start:end]`` into paragraphs (lines) and sentences.

    A "." ends a sentence when a capital follows and the word before it is not
    an abbreviation ("TP. Hồ Chí Minh" does not end one).

    Args:
        text: the Doc text.
        start: the field's start.
        end: the field's end.
        lexicon: for the abbreviations.

    Returns:
        The sentences in order, white space trimmed.
    """
    sentences = []
    paragraph = 0
    line_start = start
    while line_start < end:
        line_end = text.find("\n", line_start, end)
        if line_end < 0:
            line_end = end
        s = line_start
        expect = 1  # the next inline list number this line may hold
        for m in _sentence_ends(text, line_start, line_end):
            nxt = m.end()
            if nxt >= line_end or not text[nxt].isupper():
                continue
            before = text[max(line_start, m.start() - 8) : m.start()].split()
            if before and before[-1] in lexicon.abbreviations:
                continue
            if _LIST_NUMBER.fullmatch(text, s, m.start()):
                continue
            number = _INLINE_NUMBER.search(text, s, m.start() + 1)
            if number and number.group(3) == str(expect):
                # "yêu cầu: 1. Rà soát ... 2. Huy động ...": the number opens the next item
                _add_sentence(sentences, text, s, number.end(1), paragraph)
                s = number.start(2)
                expect += 1
                continue
            _add_sentence(sentences, text, s, m.start() + 1, paragraph)
            s = nxt
        _add_sentence(sentences, text, s, line_end, paragraph)
        if line_end > line_start:
            paragraph += 1
        line_start = line_end + 1
    return sentences


def _sentence_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The marks that may end a sentence in ``text[start:end]``, in order: end marks,
    and a colon that opens a counted list."""
    ends = list(_SENTENCE_END.finditer(text, start, end))
    if ":" in text[start:end]:
        ends += _COLON_BEFORE_COUNTED.finditer(text, start, end)
        ends.sort(key=re.Match.start)
    return ends


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


class SentenceWords:
    """`words_in` for a reader that asks for many stretches of the same sentences:
    each sentence is split into words once, and a stretch inside it is a slice of
    them (its edge words cut where the stretch cuts them)."""

    def __init__(self, text: str, sentences: list[Sentence]):
        """Args: the Doc text and its sentences, in order."""
        self.text = text
        self.sentences = sentences
        self.starts = [s.start for s in sentences]
        self.split: dict[int, tuple[list[int], list[int], list[Word]]] = {}

    def words_in(self, start: int, end: int) -> list[Word]:
        """What ``words_in(text, start, end)`` gives, from the sentence's words where the
        stretch lies inside one sentence."""
        if start >= end:
            return []
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0 or end > self.sentences[i].end:
            return words_in(self.text, start, end)
        starts, ends, words = self.split.get(i) or self._split(i)
        first = bisect.bisect_right(ends, start)  # the first word reaching past ``start``
        stop = bisect.bisect_left(starts, end)  # the words beginning before ``end``
        out = words[first:stop]
        if not out:
            return out
        if starts[first] < start:  # a word cut by the stretch's start
            out[0] = self._piece(start, min(ends[first], end))
        if ends[stop - 1] > end:  # a word cut by its end
            out[-1] = self._piece(max(starts[stop - 1], start), end)
        return out

    def _split(self, i: int) -> tuple[list[int], list[int], list[Word]]:
        """The raw starts, raw ends and words of sentence ``i``, kept."""
        sentence = self.sentences[i]
        self.split[i] = _split_words(self.text, sentence.start, sentence.end)
        return self.split[i]

    def _piece(self, start: int, end: int) -> Word:
        """The `Word` of the raw white-space-free text ``text[start:end]``."""
        return _stripped_word(self.text[start:end], start)


# --- References: officials and organizations in Doc coordinates -----------------------------


@dataclass(order=True)
class Reference:
    """A stretch of text naming an official (``person``) or a body."""

    start: int
    end: int
    name: str = field(compare=False)
    person: bool = field(compare=False)


def references(doc: Doc, lexicon: Lexicon, text: str | None = None) -> list[Reference]:
    """Every mention of an official or organization, plus given-name forms of address.

    "bà Vân" and "đ/c Thuần" are linked to the official whose name ends in the
    given name, where the officials component did not already do so.

    Args:
        doc: the Doc, after ``vn_officials``.
        lexicon: for the forms of address.
        text: ``doc.text``, where the caller has it already.

    Returns:
        References sorted by start.
    """
    refs = []
    officials = list(facts_of(doc, "officials"))
    organizations = list(facts_of(doc, "organizations"))
    for official in officials:
        for m in official.mentions:
            refs.append(Reference(m.start, m.end, official.name, True))
    for org in organizations:
        for m in org.mentions:
            refs.append(Reference(m.start, m.end, org.name, False))
    text = doc_text(doc) if text is None else text
    refs.extend(_given_name_references(text, officials, lexicon, refs))
    refs.extend(_title_references(text, officials, lexicon, refs))
    refs.extend(_head_references(text, officials, lexicon))
    refs.sort(key=_offsets)  # as Reference's own order, without its Python-level __lt__
    return refs


def _offsets(ref: Reference) -> tuple[int, int]:
    return ref.start, ref.end


@cache
def _expansions() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Abbreviation -> expansion patterns from ``abbreviations.tsv`` (UBND -> Ủy ban nhân dân)."""
    out = []
    for row in read_lexicon("abbreviations.tsv"):
        if len(row) > 1 and row[1]:
            pattern = re.compile(rf"(?<!\w){re.escape(row[0])}(?!\w)\.?", re.IGNORECASE)
            out.append((pattern, row[1]))
    return tuple(out)


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    """Abbreviations expanded, lower case, single spaces: a key for comparing titles."""
    for pattern, long in _expansions():
        text = pattern.sub(long, text)
    return " ".join(text.lower().split())


def _role_keys(officials) -> list[tuple[str, str, str]]:
    """``(position, organization, name)`` of every role, folded, for `_match_title`."""
    keys = []
    for official in officials:
        for role in list(official.roles) or [official]:
            position = _folded(role.position or "")
            if position:
                keys.append((position, _folded(role.organization or ""), official.name))
    return keys


def _match_title(title: str, keys: list[tuple[str, str, str]]) -> str | None:
    key = _folded(title)
    names = set()
    for position, org, name in keys:
        if not (key == position or key.startswith(position + " ")):
            continue
        rest = key[len(position) :].strip()
        head = position.split()[-1]
        if not rest or org.startswith(rest) or org.startswith(f"{head} {rest}"):
            names.add(name)
    return next(iter(names)) if len(names) == 1 else None


def official_by_title(title: str, officials) -> str | None:
    """The one official whose role the title names ("Chủ tịch UBND tỉnh" -> the chairman).

    Args:
        title: the title as written, e.g. "Bí thư Tỉnh ủy" or "Phó Chủ tịch UBND tỉnh".
        officials: the article's `Official` records (with ``roles``).

    Returns:
        The official's name when exactly one official holds a matching role, else None.
    """
    return _match_title(title, _role_keys(officials))


def _continues_title(word: str, lexicon: Lexicon) -> bool:
    """The next word still belongs to a title ("các", "huyện", a capitalised name)."""
    return word[:1].isupper() or word.lower() in lexicon.unit_words


class Coverage:
    """Character intervals that answer "is this offset inside one?" in log time,
    so long pages with thousands of references stay linear."""

    def __init__(self, intervals: list[tuple[int, int]]):
        intervals = sorted(intervals)
        self.starts = [s for s, _ in intervals]
        self.reach: list[int] = []  # the furthest end among intervals[: i + 1]
        for _, end in intervals:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


def _title_references(text, officials, lexicon, known) -> list[Reference]:
    """ "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh" alone -> the official holding that role."""
    keys = _role_keys(officials)
    if not keys:
        return []  # no official with a known position: no title names one
    covered = Coverage([(r.start, r.end) for r in known if r.person])
    out = []
    for m in finditer_at(lexicon.title_pattern, lexicon.title_places, text):
        if m.start() in covered:
            continue
        words = text[m.start() : m.start() + 80].split()[:9] + [""]
        for n in range(len(words) - 1, 0, -1):
            joined = " ".join(words[:n])
            phrase = joined.rstrip(_TRAIL_PUNCT)
            following = words[n]
            if phrase == joined and _continues_title(following, lexicon):
                continue  # "Chủ tịch UBND | các huyện": a longer title than any role
            name = _match_title(phrase, keys)
            if name:
                out.append(Reference(m.start(), m.start() + len(phrase), name, True))
                break
    return out


def _head_references(text, officials, lexicon) -> list[Reference]:
    """ "người đứng đầu UBND tỉnh" -> the official holding the head post of that body
    ("Chủ tịch UBND tỉnh"), when exactly one official of the article holds it."""
    if lexicon.head_of not in text:
        return []  # most articles never write it
    keys = _role_keys(officials)
    out = []
    for m in re.finditer(rf"(?i){re.escape(lexicon.head_of)}[ \t]+", text):
        following = text[m.end() : m.end() + 60].split()[:5]
        for n in range(len(following), 0, -1):
            words = " ".join(following[:n]).rstrip(_TRAIL_PUNCT)
            name = next(
                (found for title in lexicon.head_titles
                 if (found := _match_title(f"{title} {words}", keys))), None
            )
            if name:
                out.append(Reference(m.start(), m.end() + len(words), name, True))
                break
    return out


def _given_name_references(text, officials, lexicon, known) -> list[Reference]:
    r""" "ông Thắng", "bà Sa Ly" -> the official whose name ends so (unique match only).

    Reads as ``(?<!\w)(?:form|...)\s+(given|...)(?!\w)`` with forms and given names
    longest first would, without compiling that pattern for every article: the
    forms' pattern finds where one stands, the given names are looked up.
    """
    by_given: dict[str, set[str]] = {}
    for official in officials:
        parts = official.name.split()
        for k in (1, 2):
            if len(parts) > k:
                by_given.setdefault(" ".join(parts[-k:]), set()).add(official.name)
                if family_name_last(parts[0]):  # "bà H'Liên" after "H'Liên Niê Kdăm"
                    by_given.setdefault(" ".join(parts[:k]), set()).add(official.name)
    if not by_given:
        return []
    lengths = sorted({len(g) for g in by_given}, reverse=True)
    covered = Coverage([(r.start, r.end) for r in known if r.person])
    out = []
    m = lexicon.honorific_pattern.search(text)
    while m:
        given = _given_name_after(text, m.start(), lexicon.honorifics, by_given, lengths)
        if given is None:  # no name after any form here: look on from the next offset
            m = lexicon.honorific_pattern.search(text, m.start() + 1)
            continue
        start, end = given
        owners = by_given[text[start:end]]
        if len(owners) == 1 and start not in covered:
            out.append(Reference(m.start(), end, next(iter(owners)), True))
        m = lexicon.honorific_pattern.search(text, end)
    return out


def _given_name_after(text, at, forms, by_given, lengths) -> tuple[int, int] | None:
    """Where the given name after the form of address at ``at`` stands, else None.

    Args:
        text: the Doc text.
        at: where a form of address starts.
        forms: the forms, longest first: the first one followed by a name wins.
        by_given: the given names.
        lengths: their lengths, longest first: the longest name that ends a word wins.
    """
    for form in forms:
        if not text.startswith(form, at):
            continue
        start = at + len(form)
        while start < len(text) and text[start].isspace():
            start += 1
        if start == at + len(form):
            continue  # no white space after the form
        for length in lengths:
            end = start + length
            if end > len(text) or text[start:end] not in by_given:
                continue
            if end == len(text) or not is_word_char(text[end]):
                return start, end
    return None


# --- The component ---------------------------------------------------------------------


@dataclass
class Found:
    """A directive found in the text, before it becomes a `Directive`."""

    verb: str
    issuer: str | None
    addressee: str | None
    actions: list[tuple[int, int]]  # Doc offsets
    start: int
    end: int
    sentence: int
    action_texts: list[str] = field(default_factory=list)


class DirectiveRecognizer:
    """spaCy component: writes `Directive` records to ``doc._.directives``."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_directives"):
        """Args: the pipeline and this component's name (spaCy factory signature)."""
        self.name = name
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        """Find the directives of ``doc`` and store them; returns the same Doc."""
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[Found]:
        """Read every sentence of the summary and text for directives.

        Args:
            doc: a Doc whose ``doc._.context.fields`` mark title, summary and
                text (a bare Doc is read whole as text).

        Returns:
            The directives found, in text order.
        """
        reader = _Reader(doc, self.lexicon)
        # who asks whom unknown both: a noun or a passive read as a verb ("được quan tâm,
        # chỉ đạo thực hiện", "đáp ứng ... yêu cầu phát triển"), never an order
        found = [f for f in reader.read() if f.issuer or f.addressee]
        for f in found:
            f.action_texts = [reader.text[s:e] for s, e in f.actions]
        return found

    def set_annotations(self, doc: Doc, matches: list[Found]) -> None:
        """Store ``matches`` as `Directive` records on ``doc._.directives``.

        Args:
            doc: the Doc the matches came from.
            matches: from `match`.
        """
        directives = list(facts_of(doc, "directives"))
        for found in matches:
            actions = list(found.action_texts)
            if not actions:
                continue
            directives.append(
                Directive(
                    verb=found.verb,
                    issuer=found.issuer,
                    addressee=found.addressee,
                    actions=actions,
                    mentions=[mention(found.start, found.end)],
                )
            )
        set_facts(doc, "directives", directives)


# --- Reading one article ---------------------------------------------------------------


class _Reader:
    """The discourse state of one article: last directive, references, sentences."""

    def __init__(self, doc: Doc, lexicon: Lexicon):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        self.found: list[Found] = []
        self.sentences: list[Sentence] = []
        self.skip_until = 0
        # (verb, issuer) of a list announced by a verb whose first item was a section
        # heading ("kết luận và chỉ đạo như sau: 1. Đánh giá chung"): its tasks come later
        self.announced: tuple[str, str | None] | None = None
        self.context = context_of(doc)
        fields = [(n, s, e) for n, s, e in self.context.fields if n != "title"]
        if not self.context.fields:  # a bare Doc: read whole as text
            fields = [("text", 0, len(self.text))]
        for _, start, end in fields:
            base = self.sentences[-1].paragraph + 1 if self.sentences else 0
            for sentence in split_sentences(self.text, start, end, lexicon):
                sentence.paragraph += base  # paragraphs count on across fields
                self.sentences.append(sentence)
        self.sentence_starts = [s.start for s in self.sentences]
        self.words = SentenceWords(self.text, self.sentences)

    @cached_property
    def refs(self) -> list[Reference]:
        """The article's `references`, found on first use: most sentences hold no
        directive, and an article without one never needs them."""
        return references(self.doc, self.lex, self.text)

    @cached_property
    def ref_starts(self) -> list[int]:
        """Where each reference starts, for bisecting."""
        return [r.start for r in self.refs]

    @cached_property
    def ref_reach(self) -> list[int]:
        """The furthest end among the references up to each one (`Coverage`)."""
        return Coverage([(r.start, r.end) for r in self.refs]).reach

    @cached_property
    def verb_sentences(self) -> set[int]:
        """The sentences a directive verb may stand in (`_sentences_hit`)."""
        return self._sentences_hit(self.lex.verb_pattern, self.lex.verb_places)

    @cached_property
    def duty_sentences(self) -> set[int]:
        """The sentences "có trách nhiệm" and its kin may stand in (`_sentences_hit`)."""
        return self._sentences_hit(self.lex.duty_pattern, self.lex.duty_places)

    def _sentences_hit(self, pattern: re.Pattern[str], places: re.Pattern[str]) -> set[int]:
        """The indexes of the sentences that a match of ``pattern`` (tried where
        ``places`` matches) in the whole text overlaps: one scan instead of one per
        sentence, to pass over the many sentences without a match. Every sentence
        where a scan of its own finds one is among them, as no phrase runs over a
        sentence end (punctuation or a line end)."""
        hit = set()
        for m in finditer_at(pattern, places, self.text):
            i = bisect.bisect_left(self.sentence_starts, m.end()) - 1
            while i >= 0 and self.sentences[i].end > m.start():
                hit.add(i)
                i -= 1
        return hit

    def read(self) -> list[Found]:
        """Every directive of the article, continuations included, in text order."""
        for index, sentence in enumerate(self.sentences):
            if index < self.skip_until:
                continue  # an item of a list already read as actions
            duties = (self._duty(index, sentence) or self._quoted_order(index, sentence)
                      or self._quote_then_speaker(index, sentence)
                      or self._order_named_after(index, sentence)
                      or self._topic_list(index, sentence))
            if duties:
                self.found.extend(duties)
            elif self._body_passes_on(index, sentence):
                self.found.extend(self._continuation(index, sentence))
            elif self._directives_in(index, sentence):
                self.found.extend(self._specified_items(index))
            else:
                self.found.extend(self._speaker_then_quote(index, sentence)
                                  or self._continuation(index, sentence))
        return self.found

    def _body_passes_on(self, index: int, sentence: Sentence) -> bool:
        """A sentence right after a directive that opens with a body named in full, then
        "chỉ đạo" ("Sở Công Thương chỉ đạo lực lượng quản lý thị trường kiểm tra ..."): the
        body's share of that directive, passed on to its own units; not its own order."""
        if not self.found or self.found[-1].sentence != index - 1:
            return False
        refs = self._refs_in(sentence.start, sentence.start + 1)
        if not refs or refs[0].person or refs[0].start != sentence.start:
            return False
        m = _PASSED_ON.match(self.text, refs[0].end)
        if m is None:
            return False
        # the issuer's own committee gives its own order: "UBND tỉnh chỉ đạo Sở Tài chính ..."
        return self.text[m.end() - 1].islower() or not _ISSUING_BODY.match(refs[0].name)

    def _specified_items(self, index: int) -> list[Found]:
        """ "... yêu cầu các sở, ngành, địa phương tập trung ... . Cụ thể:" then items that
        each name a body ("- Sở Y tế chỉ đạo ...", "- UBND các xã tổ chức ..."): each item
        is the same issuer's order to that body. [] when no such line and list follow."""
        heading = index + 1
        if heading >= len(self.sentences) or self.skip_until > heading:
            return []
        line = self.sentences[heading]
        if not _SPECIFIED.fullmatch(self.text, line.start, line.end):
            return []
        last = self.found[-1]
        form = self.lex.form_of(last.verb)
        bullets = self._bullets_after(heading)
        addressed = self._addressed_items(bullets, form) if form and bullets else []
        if not addressed:
            return []
        end = heading + len(bullets)
        self.skip_until = end + 1
        return [
            Found(verb, last.issuer, self._addressee(who) if who else last.addressee, actions,
                  actions[0][0], actions[-1][1], end)
            for who, actions, verb in addressed
        ]

    def _duty(self, index: int, sentence: Sentence) -> list[Found]:
        """A decision's clause "X có trách nhiệm công bố ...": X is given the task
        (verb "giao") by whoever issued the decision."""
        if index not in self.duty_sentences:
            return []  # most sentences: no "có trách nhiệm" at all
        if not self.lex.duty_pattern.search(self.text, sentence.start, sentence.end):
            return []
        words = self.words.words_in(sentence.start, min(sentence.end, sentence.start + MAX_REGION))
        texts = _texts(words)
        for k in range(min(len(words), self.lex.max_addressee_words + 4)):
            n = self.lex.duty_modals.match(texts, k)
            if not n:
                continue
            subject = self._listed_subject(words[:k])
            rest = words[k + n :]
            if not subject or not rest or not rest[0].text[:1].islower():
                return []
            if self._verb_outside_names(subject):
                return []  # "yêu cầu các sở có trách nhiệm ...": the verb's own directive
            if rest[0].text.lower() in self.lex.duty_not_before:
                return []  # "chịu trách nhiệm trước ...": answerable, not tasked
            named = any(not r.person for r in self._refs_in(subject[0].start, subject[-1].end))
            heads = self.lex.bare_subject_heads.match(_texts(subject), 0)
            if not (named or heads or subject[0].text[:1].isupper()):
                return []
            issuer = self.found[-1].issuer if self.found else self._decision_issuer(words[0].start)
            groups = self._addressee_groups(rest)
            found = []
            for who, group in [(subject, groups[0][1])] + groups[1:]:
                actions, end = self._actions(group, sentence.end, cut=False)
                if actions:
                    name = self._addressee(who)
                    verb = self.lex.duty_verb
                    found.append(Found(verb, issuer, name, actions, who[0].start, end, index))
            return found
        return []

    def _listed_subject(self, before: list[Word]) -> list[Word]:
        """The subject before "có trách nhiệm": the clause's tail, and the bodies listed
        before it ("UBND huyện Núi Thành, thị xã Điện Bàn và các xã ..."), each part
        after a comma opening with a body's name or head."""
        subject = _clause_tail(before)
        while len(subject) < len(before):
            rest = before[: len(before) - len(subject)]  # its last word holds the comma
            part = _clause_tail(rest[:-1]) + rest[-1:]
            if not rest[-1].comma_after or not self._names_a_body(part):
                break
            subject = part + subject
        return subject

    def _names_a_body(self, words: list[Word]) -> bool:
        """Whether the words open with a body: a named organization or unit, or a head
        word a bare subject has ("các xã", "UBND huyện")."""
        if self.lex.bare_subject_heads.match(_texts(words), 0):
            return True
        refs = self._refs_in(words[0].start, words[0].end)
        return any(not r.person and r.start == words[0].start for r in refs)

    def _quoted_order(self, index: int, sentence: Sentence) -> list[Found]:
        """ "“Các xã phải ...” - đó là chỉ đạo của Bí thư Tỉnh ủy X": the quoted words are
        the directive, the phrase after the quote names its verb and its issuer (and, for a
        quote that names no one, whom it is for: "... đối với các sở, ngành")."""
        m = _QUOTED_ORDER.match(self.text, sentence.start, sentence.end)
        if not m:
            return []
        words = self.words.words_in(m.start("quote"), m.end("quote"))
        boundary = self._action_start(words, VerbForm("", "", needs_modal=True))
        who = self._refs_in(m.start("who"), sentence.end)
        people = [r for r in who if r.person] or who
        issuer = people[0].name if people else None
        verb = m.group("verb").lower()
        if boundary is None or boundary[0] == 0:
            # "“Triển khai ngay ..., không để ...” - đó là yêu cầu của X đối với Y": told to Y
            if not words or not self._bare_order(_texts(words)):
                return []
            actions, end = self._actions(words, m.end("quote"), cut=False)
            told = self._told_in_naming(m, sentence)
            return [Found(verb, issuer, told, actions, words[0].start, end, index)] if actions \
                else []
        groups = self._addressee_groups(words[boundary[1] :])
        found = []
        for subject, group in [(words[: boundary[0]], groups[0][1])] + groups[1:]:
            actions, end = self._actions(group, m.end("quote"), cut=False)
            if actions:
                addressee = self._addressee(subject)
                found.append(Found(verb, issuer, addressee, actions, subject[0].start, end, index))
        return found

    def _quote_then_speaker(self, index: int, sentence: Sentence) -> list[Found]:
        """ "“Huyện X phải A; không để B”, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu.": the
        quoted words are the directive, its verb and issuer named after the quote. Each
        sentence of the quote is read apart ("“Tuyệt đối không để A. Phường Y phải B”"): a
        subject before its modal is told, a sentence opening with its task names no one.
        With "nhấn mạnh" and kin, only a sentence with a modal asks anything."""
        text = self.text
        if text.find("“", sentence.start, sentence.end) < 0 and (
            text.find('"', sentence.start, sentence.end) < 0
        ):
            return []  # most sentences quote no one
        found: list[Found] = []
        for q in _QUOTE_OPENING.finditer(text, sentence.start, sentence.end):
            # a quote opening the sentence, or after a full stop the splitter did not cut at
            at = q.end() - 1
            if found and at < found[-1].end:
                continue
            m = _QUOTE_THEN_SPEAKER.match(text, at, at + _QUOTE_REACH)
            if m:
                found.extend(self._quoted_sentences(m, index, sentence))
        if found:
            last = bisect.bisect_right(self.sentence_starts, found[-1].end) - 1
            self.skip_until = max(self.skip_until, last + 1)
        return found

    def _speaker_then_quote(self, index: int, sentence: Sentence) -> list[Found]:
        """ "Chủ tịch UBND tỉnh X nhấn mạnh: “Quý IV là quý về đích. Các sở, ngành phải
        ...”": a quote of several sentences after its speaker and verb, read sentence by
        sentence as `_quote_then_speaker` reads one before them."""
        colon = self.text.find(":", sentence.start, sentence.end + 2)
        if colon < 0 or self.text[colon + 1 : colon + 3].strip()[:1] not in ("“", '"'):
            return []  # most sentences quote no one after a colon
        m = _SPEAKER_THEN_QUOTE.match(self.text, sentence.start, sentence.start + _QUOTE_REACH)
        if m is None:
            return []
        found = self._quoted_sentences(m, index, sentence)
        if found:
            last = bisect.bisect_right(self.sentence_starts, m.end()) - 1
            self.skip_until = max(self.skip_until, last + 1)
        return found

    def _quoted_sentences(self, m: re.Match[str], index: int, sentence: Sentence) -> list[Found]:
        """The directives of one quote `_quote_then_speaker` matched (``m``)."""
        form = self.lex.form_of(m.group("verb").lower())
        if form is None:
            return []
        people = [r for r in self._refs_in(m.start("who"), m.end("who")) if r.person]
        issuer = people[0].name if people else self._speaker(sentence, m.start("who"))
        found, addressee = [], None
        for begin, end in self._item_sentences(Sentence(m.start("quote"), m.end("quote"), -1)):
            words = self.words.words_in(begin, end)
            if not words:
                continue
            texts = _texts(words)
            opens = self.lex.openers.match([texts[0].lower(), *texts[1:4]], 0)
            boundary = self._action_start(words, VerbForm("", "", needs_modal=True))
            if opens:
                boundary = None  # "Tuyệt đối không để ...": the sentence opens with its task
            if boundary is not None and boundary[0] > 0:
                # "Xã mới có địa bàn rộng, vì vậy cấp ủy phải ...": the last clause's subject
                subject = self._after_cause(self._listed_subject(words[: boundary[0]]))
                addressee, rest = self._addressee(subject), words[boundary[1] :]
            elif boundary is None and not form.needs_modal and opens:
                addressee, rest = None, words
            else:
                continue
            actions, _stop = self._actions(rest, end, cut=False)
            if actions:
                found.append(Found(form.verb, issuer, addressee, actions, words[0].start,
                                   m.end(), index))
        return found

    def _order_named_after(self, index: int, sentence: Sentence) -> list[Found]:
        """ "Huyện X cần ...; đồng thời ... . Đó là chỉ đạo của đồng chí Y tại buổi làm
        việc với Z": the sentence before, which gave no directive, is the order; this one
        names its verb and its issuer, and Z is its addressee when the order names none
        ("Giữ vững đoàn kết, gần dân, ... . Đó là yêu cầu của ...")."""
        m = _NAMED_AFTER.match(self.text, sentence.start, sentence.end)
        if not m or index == 0 or (self.found and self.found[-1].sentence == index - 1):
            return []
        before = self.sentences[index - 1]
        words = self.words.words_in(before.start, min(before.end, before.start + MAX_REGION))
        if not words:
            return []
        boundary = self._action_start(words, VerbForm("", "", needs_modal=True))
        subject, rest = (words[: boundary[0]], words[boundary[1] :]) if boundary else ([], words)
        if subject and subject[-1].stop_after:
            subject = []  # "Đồng chí X nêu rõ: phải ...": who spoke, not who is told
        if not subject and not self._bare_order(_texts(rest)):
            return []  # "Năm 2025, huyện đã ...": a statement, named after all the same
        who = self._refs_in(m.start("who"), sentence.end)
        people = [r for r in who if r.person] or who
        addressee = self._addressee(subject) if subject else self._told_in_naming(m, sentence)
        groups = self._addressee_groups(rest)
        verb = m.group("verb").lower()
        found = []
        for who_words, group in [(subject, groups[0][1])] + groups[1:]:
            actions, end = self._actions(group, before.end, cut=False)
            if actions:
                name = self._addressee(who_words) if who_words is not subject else addressee
                start = (who_words or group)[0].start
                found.append(Found(verb, people[0].name if people else None, name, actions,
                                   start, end, index - 1))
        return found

    def _told_in_naming(self, m: re.Match[str], sentence: Sentence) -> str | None:
        """Whom the sentence naming an order says it was for: the body met ("tại buổi làm
        việc với UBND huyện X") or the words after "đối với" ("Đó là yêu cầu của Bí thư
        Tỉnh ủy đối với các cấp ủy, chính quyền địa phương trong giai đoạn tới")."""
        told = _TOLD_IN_NAMING.search(self.text, m.end("who"), sentence.end)
        if told is None:
            return None
        if told.group("met"):
            bodies = [r for r in self._refs_in(told.end(), sentence.end) if not r.person]
            return bodies[0].name if bodies else None
        stop = _TOLD_END.search(self.text, told.end(), sentence.end)
        words = self.words.words_in(told.end(), stop.start() if stop else sentence.end)
        return self._addressee(words) if words else None

    def _topic_list(self, index: int, sentence: Sentence) -> list[Found]:
        """ "2.1. Đối với UBND phường X và UBND phường Y:" then "a) Rà soát ...", "b) ...": a
        conclusion's tasks for the bodies its heading names, given with the verb and by the
        issuer of the directive before, or of the verb that announced them ("kết luận và
        chỉ đạo như sau:")."""
        m = _TOPIC_LINE.match(self.text, sentence.start, sentence.end)
        given = (self.found[-1].verb, self.found[-1].issuer) if self.found else self.announced
        if m is None or given is None:
            return []
        who = self.words.words_in(m.start("who"), m.end("who"))
        if m.end() < sentence.end - 1:  # "2. Đối với UBND xã X: rà soát ...; vận động ...": inline
            actions, _ = self._actions(self.words.words_in(m.end(), sentence.end), sentence.end,
                                       cut=False)
            last = index
        else:
            bullets = self._bullets_after(index)
            actions = [a for item in bullets for a in self._item_actions(item.start, item.end)]
            last = index + len(bullets)
        if not actions:
            return []
        self.skip_until = last + 1
        return [Found(given[0], given[1], self._addressee(who), actions, m.start("who"),
                      actions[-1][1], last)]

    def _bare_order(self, texts: list[str]) -> bool:
        """Whether words with no subject read as an order: an opener ("Tập trung ...") or
        a verb phrase with no figure nor past marker up front ("Giữ vững đoàn kết, ...")."""
        if self.lex.openers.match(texts, 0):
            return True
        head = texts[:6]
        return bool(head) and not head[0][:1].isdigit() and not {"đã", "vừa"} & set(head)

    def _decision_issuer(self, pos: int) -> str | None:
        """Who issued the document the article reports: the body or official named just
        before the first "quyết định", "công điện", "chỉ thị" or "công văn" ahead of ``pos``
        ("UBND tỉnh X vừa ban hành Quyết định", "... đã ban hành Công điện số 09")."""
        for m in _DECISION.finditer(self.text, 0, pos):
            refs = self._refs_in(max(0, m.start() - 80), m.start())
            if refs:
                return max(refs, key=lambda r: r.end).name
        return None

    # -- directive verbs --------------------------------------------------------------

    def _directives_in(self, index: int, sentence: Sentence) -> int:
        """Read the directive verbs of one sentence; returns how many directives it gave."""
        if index not in self.verb_sentences:
            return 0  # most sentences: no directive verb at all
        count = 0
        taken_until = sentence.start
        verbs = self.lex.verb_pattern.finditer(self.text, sentence.start, sentence.end)
        for tried, m in enumerate(verbs):
            if tried >= MAX_VERBS_PER_SENTENCE:
                break
            if m.start() < taken_until:
                continue  # a verb inside an action belongs to the action
            if (
                m.group()[0].isupper()
                and m.start() != sentence.start
                and not _AFTER_COLON.search(self.text, sentence.start, m.start())
                and not _MARKER_BEFORE.fullmatch(self.text, sentence.start, m.start())
                and not self.text[max(sentence.start, m.start() - 3) : m.start()].rstrip()
                .endswith(";")
            ):
                continue  # "Ban Chỉ đạo ...": part of a name; "...: Giao ...", "; Giao" open
            form = self.lex.form_of(m.group())
            if form is None:
                continue  # (verb_pattern is built from the forms: never, in fact)
            if self._task_of_told(index, sentence, m.start()):
                continue  # "UBND các huyện chỉ đạo cấp xã ...": a task of the last directive
            found = self._read_directive(index, sentence, m.start(), m.end(), form)
            if found:
                self.found.extend(found)
                taken_until = found[-1].end
                count += len(found)
        return count

    def _task_of_told(self, index: int, sentence: Sentence, vstart: int) -> bool:
        """ "... giao Sở X: ... . UBND các huyện chỉ đạo UBND cấp xã ...": right after a
        directive, a verb that is also an action ("chỉ đạo") whose subject is the last
        addressee or a plural of bodies passes the order on; it is a task, not a new order."""
        if not self.found or index - self.found[-1].sentence != 1:
            return False
        if not self.lex.openers.match(_texts(self.words.words_in(vstart, vstart + 12)), 0):
            return False
        subject = self.words.words_in(sentence.start, vstart)
        if not subject or any(w.stop_after for w in subject):
            return False
        texts = _texts(subject)
        if self.lex.titles.match(texts, 0) or not self.lex.bare_subject_heads.match(texts, 0):
            return False
        if any(t in ("các", "những") for t in texts):
            return True  # "UBND các huyện, thị xã, thành phố chỉ đạo ..."
        listed = any(w.comma_after for w in subject)
        return not listed and self._addressee(subject) == self.found[-1].addressee

    def _read_directive(self, index, sentence, vstart, vend, form: VerbForm) -> list[Found]:
        """Read the directive whose verb is at ``[vstart, vend)``: one `Found`, or one per
        addressee where "; Sở X phối hợp ..." names a new one; empty when it is not one."""
        near = self.words.words_in(max(sentence.start, vstart - 40), vstart)
        after = self.words.words_in(vend, min(sentence.end, vend + ADDRESSEE_REACH))
        if self.lex.leadership_before.search(self.text, max(0, vstart - 12), vstart):
            return []  # "lãnh đạo, chỉ đạo": how a body led, reported
        if self._told_before(near):
            return []  # "Văn phòng UBND tỉnh phải theo dõi, đôn đốc việc ...": a task's verb
        if self._past_request(near, form):
            near = near[:-1]  # "ông X đã yêu cầu các sở ...": the request made at the meeting
        elif self._reported_act(near):
            return []
        said = _AS_FOLLOWS.sub("", self.text[vend : sentence.end].strip())
        counted = said == "." and self._counted_list_after(index)
        if (said == ":" or counted) and not form.needs_modal:
            # "Thường trực Đảng ủy xã yêu cầu:" and the list below names who does what
            return self._listed_directive(index, sentence, vstart, form, [], None)
        if not after or self._is_noun_frame(near, after):
            return []
        if form.verb in self.lex.sum_verbs and self.lex.sum_acts.match(self.text, vend):
            return []  # "Thanh tra tỉnh kiến nghị thu hồi 1,27 tỷ đồng": a finding reported
        if self._proposed(near):
            return []
        original = form
        if self.text[vend : vend + 1] == "," and not form.needs_modal:
            # "đề nghị, thời gian tới, X cần ...": a clause follows, so a modal must too
            form = VerbForm(form.form, form.verb, True, True, form.addressee_first,
                            form.told_not_to, form.told_to)
        if self._reported(sentence, vstart):
            return []
        while after and not any(map(str.isalnum, after[0].text)):
            after = after[1:]  # "giao: Sở Y tế phối hợp ...": the told follow the colon
        if not after:
            return []
        if form.addressee_first and not _names_addressee(after[0].text):
            return []
        region_start = self._skip_adverbials(after[0].start)
        after = [w for w in after if w.start >= region_start]
        boundary = None if form.needs_modal else self._named_addressee(after)
        boundary = boundary or self._action_start(after, form)
        if boundary is None and form.needs_modal and not original.needs_modal:
            boundary = self._told_subject(after)
        topic = self._told_topic(sentence, vstart, after, form) if boundary is None else []
        if topic:
            boundary = (0, 0)
        colon = self.text[sentence.end - 1] == ":" and not form.needs_modal
        if colon or self._counted_list_after(index):
            listed = self._listed_directive(index, sentence, vstart, form, after, boundary)
            if listed:
                return listed
        if boundary is None:
            return []
        addr_end_index, action_index = boundary
        action_index = self._past_aside(after, addr_end_index, action_index)
        if action_index >= len(after):
            return []
        told = after[:addr_end_index]
        addressee = self._addressee(self._name_first(told))
        if told and self.lex.anaphors.match(_texts(told), 0) == len(told):
            addressee = self._topic_body(sentence, vstart) or addressee
        elif len(told) == 1 and told[0].text[:1].isupper():
            # "Đối với Sở Nông nghiệp và Môi trường, ... giao Sở chủ trì": the topic's body
            body = self._topic_body(sentence, vstart)
            if body and body.startswith(f"{told[0].text} "):
                addressee = body
        action_start = after[action_index].start
        words = self.words.words_in(action_start, min(sentence.end, action_start + MAX_REGION))
        groups = self._addressee_groups(words)
        actions, end = self._actions(groups[0][1], sentence.end, cut=False)
        if not actions:
            return []
        before = self.words.words_in(max(sentence.start, vstart - MAX_SUBJECT), vstart)
        issuer = self._issuer(sentence, before, vstart)
        if addressee is None and not told:
            # "Đối với nhà đầu tư, Phó Chủ tịch đề nghị huy động ...": the topic is told
            topic = topic or self._opening_topic(sentence, vstart)
        if addressee is None and topic:
            addressee = self._addressee(topic)
        if addressee is None:
            addressee = self._unnamed_addressee(sentence, vstart)
        found = [Found(form.verb, issuer, addressee, actions, vstart, end, index)]
        for subject, group in groups[1:]:
            actions, end = self._actions(group, sentence.end, cut=False)
            if actions:
                name = self._addressee(subject)
                found.append(Found(form.verb, issuer, name, actions, subject[0].start, end, index))
        return found

    def _past_aside(self, after: list[Word], told_end: int, action_index: int) -> int:
        """Where the actions start past a bracketed aside on the addressee ("giao Sở Nông
        nghiệp và PTNT (sau hợp nhất là Sở Nông nghiệp và Môi trường) chỉ đạo ...")."""
        if not 0 < told_end <= action_index < len(after):
            return action_index
        start = after[told_end - 1].end
        opening = self.text.find("(", start, after[action_index].start + 1)
        if opening < 0:
            return action_index
        closing = self.text.find(")", opening, opening + _MAX_ASIDE)
        if closing < 0:
            return action_index
        k = action_index
        while k < len(after) and after[k].start < closing:
            k += 1
        return k

    def _told_topic(
        self, sentence: Sentence, vstart: int, after: list[Word], form: VerbForm
    ) -> list[Word]:
        """The words of the topic the sentence opened with, where a verb that tells
        ("lưu ý") is followed by the task itself: "Đối với các xã ..., Chủ tịch UBND
        tỉnh lưu ý rà soát ..." tells the communes. Empty otherwise."""
        if not form.told_to or not self.lex.openers.match(_texts(after), 0):
            return []
        return self._opening_topic(sentence, vstart)

    def _opening_topic(self, sentence: Sentence, vstart: int) -> list[Word]:
        """The words X of "Đối với X," opening the sentence before the verb; else empty."""
        before = self.words.words_in(sentence.start, vstart)
        if not before or not self._is_topic(before):
            return []
        return self._continuation_lead(before, _texts(before))[1]

    def _unnamed_addressee(self, sentence: Sentence, vstart: int) -> str | None:
        """Whom a verb that names no one tells: the body its issuer met, named before it in
        the sentence ("Làm việc với huyện Đức Thọ, Chủ tịch UBND tỉnh yêu cầu tập trung
        ..."), or the bodies its letter was sent to ("Bộ Y tế có văn bản gửi UBND các
        tỉnh đề nghị tăng cường ..."), else the last directive's addressee."""
        sent = self._sent_to(sentence, vstart)
        if sent:
            return sent
        met = _MET.search(self.text, sentence.start, vstart)
        if met is not None:
            named = [r for r in self._refs_in(met.end(), vstart) if not r.person]
            if named and named[0].start == met.end():
                return named[0].name
            unit = _NAMED_UNIT.match(self.text, met.end(), vstart)
            if unit is not None:
                return unit.group()
        return self.found[-1].addressee if self.found else None

    def _sent_to(self, sentence: Sentence, vstart: int) -> str | None:
        """The bodies named between "gửi" and the verb, when they run up to it: a letter's
        recipients are the ones it asks."""
        sent = self._recipients(self.words.words_in(sentence.start, vstart))
        return self._addressee(sent[1]) if sent else None

    def _recipients(self, words: list[Word]) -> tuple[int, list[Word]] | None:
        """Where the last "gửi" (or "gửi đến", "gửi tới") stands among ``words``, and the
        words after it when they name a body ("... gửi UBND các tỉnh, thành phố"); else None."""
        texts = _texts(words)
        for k in range(len(texts) - 2, -1, -1):
            if texts[k] == "gửi":
                told = words[k + self.lex.recipients_after.match(texts, k) :]
                return (k, told) if told and self._names_a_body(told) else None
        return None

    def _addressee_groups(self, words: list[Word]) -> list[tuple[list[Word], list[Word]]]:
        """Cut the action words where a part after ";" names a new addressee
        ("...; Sở Tài chính phối hợp bố trí vốn"): ``(subject, action words)`` per
        addressee, the first with an empty subject (the verb's own addressee).
        The words are first ended where a new directive starts."""
        words = self._cut_at_new_directive(words)
        if not any(w.stop_after for w in words):
            return [([], words)]  # no ";": one addressee
        groups: list[tuple[list[Word], list[Word]]] = [([], [])]
        at_part_start = False
        for i, w in enumerate(words):
            if at_part_start:
                boundary = self._new_addressee(words[i : i + self.lex.max_addressee_words + 1])
                if boundary:
                    groups.append((words[i : i + boundary[0]], []))
                    skip_until = i + boundary[1]
            at_part_start = w.stop_after and self._semicolon_after(w)
            if len(groups) > 1 and i < skip_until:
                continue
            groups[-1][1].append(w)
        return groups

    def _new_addressee(self, part: list[Word]) -> tuple[int, int] | None:
        """``(subject end, actions start)`` when ``part`` opens with a body or group
        that is told to act ("Sở Tài chính phối hợp ...", "các xã phải ..."), else None.
        A topic before it ("Đối với 06 xã ..., BCĐ các xã cần ...") is skipped: the
        subject's words then start after the topic's comma."""
        texts = [t.lower() if k == 0 else t for k, t in enumerate(_texts(part))]
        n = self.lex.topic_openers.match(texts, 0)
        if n:
            comma = next((k for k in range(n, min(len(part), 16)) if part[k].comma_after), None)
            if comma is None:
                return None
            found = self._new_addressee(part[comma + 1 :])
            return (comma + 1 + found[0], comma + 1 + found[1]) if found else None
        if texts[:2] == ["trong", "đó"] and texts[2:3] != ["có"]:
            # "...; trong đó UBND xã Nàn Sán, Quan Hồ Thẩn phải hoàn thành ...": a body
            # among those told, told more
            found = self._new_addressee(part[2:])
            return (2 + found[0], 2 + found[1]) if found else None
        texts = _texts(part)
        if not texts or self.lex.openers.match([texts[0].lower()] + texts[1:], 0):
            return None
        named = any(not r.person for r in self._refs_in(part[0].start, part[0].end))
        unknown_body = texts[0][:1].isupper()  # actions after ";" open in lower case
        if not (named or unknown_body or self.lex.bare_subject_heads.match(texts, 0)):
            return None
        if self.lex.things_not_told.match(texts, 0):
            return None
        boundary = self._action_start(part, _PLAIN_FORM)
        if boundary is None or boundary[0] == 0:
            return None
        if self._reports(part[: boundary[0]]) and not _described_group(part[: boundary[0]]):
            return None  # "...; huyện đã triển khai ...": a report, not a new order
        if any(w.stop_after for w in part[: boundary[0]]):
            return None  # a clause, not a noun phrase, stands before the verb
        if self._verb_outside_names(part[: boundary[0]]):
            return None  # "...; các tiểu vùng ... giao Sở NN phối hợp": a directive of its own
        return boundary

    def _reports(self, subject: list[Word]) -> bool:
        """A report marker ("đã", "sẽ", "mới") among the subject's words outside the
        names it holds ("Văn phòng Điều phối nông thôn mới" is a name, not a report)."""
        if not subject:
            return False
        names = [(r.start, r.end) for r in self._refs_in(subject[0].start, subject[-1].end)]
        return any(
            w.text.lower() in self.lex.reported_markers
            and not any(start <= w.start < end for start, end in names)
            for w in subject
        )

    def _listed_directive(self, index, sentence, vstart, form, after, boundary) -> list[Found]:
        """A directive whose actions follow as a list: "yêu cầu các sở, ngành:" then
        "- Tập trung ...;" lines; one directive per item when each item names its own
        addressee ("2. UBND xã: theo dõi sát ..."). Empty when no list follows."""
        bullets = self._bullets_after(index)
        if not bullets:
            return []
        if len(bullets) == 1 and self._is_heading(bullets[0]):
            # "... kết luận và chỉ đạo như sau: 1. Đánh giá chung": a section's heading, no
            # task; the tasks come under a later heading ("2.1. Đối với UBND phường X:")
            before = self.words.words_in(max(sentence.start, vstart - MAX_SUBJECT), vstart)
            self.announced = (form.verb, self._issuer(sentence, before, vstart))
            return []
        if boundary is not None:
            addressee_words = after[: boundary[0]]
        elif not after or after[-1].end >= sentence.end - 1:
            addressee_words = after[: self.lex.max_addressee_words]
        else:
            return []
        before = self.words.words_in(max(sentence.start, vstart - MAX_SUBJECT), vstart)
        issuer = self._issuer(sentence, before, vstart)
        last = index + len(bullets)
        if addressed := self._addressed_items(bullets, form):
            # "yêu cầu các cơ quan, đơn vị, địa phương: 1. Theo dõi ...; 4. Bộ Chỉ huy Quân
            # sự tỉnh bố trí ...": an item naming whom it tells is theirs, the others the verb's
            general = self._list_addressee(after, addressee_words) if addressee_words else None
            found = [Found(verb, issuer, self._addressee(who) if who else general, actions,
                           vstart, actions[-1][1], last) for who, actions, verb in addressed]
            self.skip_until = last + 1
            return found
        actions: list[tuple[int, int]] = []
        for bullet in bullets:
            actions.extend(self._item_actions(bullet.start, bullet.end))
        if not actions:
            return []
        addressee = self._list_addressee(after, addressee_words)
        self.skip_until = last + 1
        return [Found(form.verb, issuer, addressee, actions, vstart, actions[-1][1], last)]

    def _is_heading(self, item: Sentence) -> bool:
        """Whether a list's only item is a section's heading ("1. Đánh giá chung"): a few
        words with no mark, numbered, its next number further down after prose ("2. Nhiệm
        vụ thời gian tới"); not a list of one short task ("- Rà soát hồ sơ")."""
        if not _HEADING.fullmatch(self.text, item.start, item.end):
            return False
        number = _ITEM_NUMBER.search(self.text, max(0, item.start - 6), item.start)
        if number is None:
            return False
        after = re.compile(rf"(?m)^[ \t]*{int(number.group(1)) + 1}[.)][ \t]")
        return after.search(self.text, item.end) is not None

    def _list_addressee(self, after: list[Word], addressee_words: list[Word]) -> str | None:
        """Whom a list's verb tells: the bodies its words name ("Đảng ủy, UBND xã Sìn
        Hồ:"), else the last directive's addressee."""
        if after:
            named = [r for r in self._refs_in(after[0].start, after[0].end) if not r.person]
            if named and named[0].start == after[0].start:
                end = self._joined_bodies_end(named[0], addressee_words)
                addressee_words = [w for w in addressee_words if w.end <= end]
        addressee = self._addressee(addressee_words)
        if addressee is None and self.found:
            addressee = self.found[-1].addressee
        return addressee

    def _joined_bodies_end(self, first: Reference, words: list[Word]) -> int:
        """Where the bodies named from ``first`` on, joined by "," or "và", end within
        ``words``: "Đảng ủy, UBND xã Sìn Hồ:" names both, not "Đảng ủy" alone."""
        end = first.end
        if not words:
            return end
        for ref in self._refs_in(first.end, words[-1].end):
            if ref.person or ref.start < end:
                continue
            if not COORDINATOR.fullmatch(self.text, end, ref.start):
                break
            end = ref.end
        return end

    def _names_someone(self, words: list[Word]) -> bool:
        """Whether ``words`` name a body or an official ("Sở Y tế", "Chủ tịch UBND các
        huyện", "UBND các xã"), not a thing ("Điện thoại có ...")."""
        texts = _texts(words)
        if " ".join(texts[:2]).lower() == "trường hợp":
            return False  # "Trường hợp cố tình không chấp hành, ...": a case, no school
        return bool(
            self.lex.titles.match(texts, 0)
            or self.lex.bare_subject_heads.match(texts, 0)
            or self._refs_in(words[0].start, words[-1].end)
        )

    def _item_actions(self, start: int, stop: int) -> list[tuple[int, int]]:
        """The actions of one list item; an item of two sentences is two tasks
        ("- Tích cực ... bão. Đồng thời, lưu ý ...")."""
        actions: list[tuple[int, int]] = []
        for k, (begin, end) in enumerate(self._item_sentences(Sentence(start, stop, -1))):
            words = self.words.words_in(begin, min(end, begin + MAX_REGION))
            if k and (self._is_topic(words) or self._body_after_opener(words)):
                break  # "Riêng hai huyện A, B cần ...": the next body's task, read on its own
            actions.extend(self._actions(words, end)[0])
        return actions

    def _body_after_opener(self, words: list[Word]) -> bool:
        """Whether a sentence names a body of its own after an opener and its comma
        ("Trong đó, UBND phường Long An ... chủ động ..."): another body's task."""
        n = self.lex.continuation_openers.match(_texts(words), 0)
        return bool(n) and words[n - 1].comma_after and n < len(words) \
            and self._names_a_body(words[n:])

    def _addressed_items(self, bullets: list[Sentence], form: VerbForm) -> list[tuple]:
        """``(addressee words, actions, verb)`` per item when items open with whom they
        tell: before a colon ("3. Công an, Quân sự xã: sẵn sàng lực lượng ...") or as the
        subject of the first verb ("1. Chủ tịch UBND các huyện tổ chức rà soát ...",
        "4. Giao Sở Tài chính tham mưu ...", whose own verb it keeps). An item that is
        only a name and a colon ("1. Sở Nông nghiệp và PTNT:") heads the items under it;
        an item that names none has no addressee words. [] when no item names one."""
        addressed = []
        heading: list[Word] = []
        for bullet in self._split_items(bullets):
            verb, start = self._item_verb(bullet, form)
            colon = self.text.find(":", start, min(bullet.end, start + 120))
            who = self.words.words_in(start, colon) if colon > 0 else []
            if who and len(who) <= self.lex.max_addressee_words and not any(
                m.group()[0].islower()  # "Sở Giao thông vận tải:" names a body, no verb
                for m in self.lex.verb_pattern.finditer(self.text, start, colon)
            ):
                actions = self._item_actions(colon + 1, bullet.end)
                heading = [] if actions else who
                addressed.append((who, actions, verb))
                continue
            words = self.words.words_in(start, min(bullet.end, start + 120))
            boundary = self._named_addressee(words) or self._action_start(words, form)
            who = words[: boundary[0]] if boundary and boundary[0] <= _ITEM_SUBJECT_WORDS else []
            if who and self.lex.openers.match([w.lower() for w in _texts(who[:4])], 0):
                who = []  # "Báo cáo tình hình về UBND tỉnh ... định kỳ": a task, no subject
            if who and self._names_someone(who):
                at = words[boundary[1]].start
                addressed.append((who, self._item_actions(at, bullet.end), verb))
            elif heading and addressed and addressed[-1][0] is heading:
                addressed[-1][1].extend(self._item_actions(start, bullet.end))  # one task more
            elif self.lex.agreements.match([w.lower() for w in _texts(words[:2])], 0):
                continue  # "1. Thống nhất chủ trương ...": the chair's own decision, no task
            else:
                addressed.append((heading, self._item_actions(start, bullet.end), verb))
        if not any(who for who, _, _ in addressed):
            return []
        return [item for item in addressed if item[1]]

    def _split_items(self, bullets: list[Sentence]) -> list[Sentence]:
        """The items, each cut where a new order to a named body starts after ";" ("1.
        Thống nhất chủ trương ...; giao Ban QLDA giao thông cập nhật ...")."""
        items = []
        for bullet in bullets:
            start = bullet.start
            for m in _ITEM_RESTART.finditer(self.text, bullet.start, bullet.end):
                if m.group(1).lower() in self.lex.restart_verbs:
                    items.append(Sentence(start, m.start(), bullet.paragraph))
                    start = m.end()
            items.append(Sentence(start, bullet.end, bullet.paragraph))
        return items

    def _item_verb(self, item: Sentence, form: VerbForm) -> tuple[str, int]:
        """The verb an item gives its own task with ("Giao Sở Tài chính ..."), else the
        list's; and where the item's words start past it."""
        m = self.lex.verb_pattern.match(self.text, item.start, item.end)
        if m is None or not self.text[m.end() : m.end() + 1].isspace():
            return form.verb, item.start
        own = self.lex.form_of(m.group())
        if own is None or own.needs_modal:
            return form.verb, item.start
        return own.verb, m.end() + 1

    def _item_sentences(self, item: Sentence) -> list[tuple[int, int]]:
        """The sentences of a list item, as ``(start, end)`` offsets."""
        cuts = [m.end() for m in _ITEM_BREAK.finditer(self.text, item.start, item.end)]
        starts = [item.start, *cuts]
        ends = [*cuts, item.end]
        return list(zip(starts, ends, strict=True))

    def _counted_list_after(self, index: int) -> bool:
        """The next sentence opens a counted list ("Một là, ...", "Thứ nhất, ...")."""
        if index + 1 >= len(self.sentences):
            return False
        return _COUNTED.match(self.text, self.sentences[index + 1].start) is not None

    def _bullets_after(self, index: int) -> list[Sentence]:
        """The list items right after sentence ``index`` ("- Tập trung ...;", "1. Rà soát ..."),
        each without its marker; a sentence on the same line as an item extends it."""
        items: list[Sentence] = []
        lead = self.sentences[index].paragraph
        # paragraphs after "chỉ đạo:" each opening with the body told, none marked
        unmarked = self.text[self.sentences[index].end - 1] == ":"
        for sentence in self.sentences[index + 1 : index + 40]:
            m = _BULLET.match(self.text, sentence.start, sentence.end)
            if m and m.end() < sentence.end and not (unmarked and items):
                unmarked = False
                items.append(Sentence(m.end(), sentence.end, sentence.paragraph))
            elif unmarked and (not items or sentence.paragraph != items[-1].paragraph):
                if not self._opens_with_body_told(sentence):
                    break
                items.append(sentence)
            elif items and sentence.paragraph == items[-1].paragraph != lead:
                # an item on a line of its own runs to the line's end; items inline
                # after the lead ("yêu cầu: 1. ... 2. ...") end at the first plain sentence
                items[-1] = Sentence(items[-1].start, sentence.end, sentence.paragraph)
            else:
                break
        return items

    def _opens_with_body_told(self, sentence: Sentence) -> bool:
        """Whether a paragraph opens with a body (not a person), then its task within a few
        words: "Sở GD&ĐT chủ trì, phối hợp ...", "UBND các xã, phường không tự ý ..."."""
        if sentence.start == 0 or self.text[sentence.start - 1] != "\n":
            return False  # a paragraph's first sentence only
        words = self.words.words_in(sentence.start, min(sentence.end, sentence.start + 120))
        if not words or not self._names_a_body(words):
            return False
        if any(r.person and r.start == words[0].start
               for r in self._refs_in(words[0].start, words[0].end)):
            return False  # "Ông X ..." opens with a person, not a body
        boundary = self._action_start(words, _PLAIN_FORM)
        return boundary is not None and 0 < boundary[0] <= 12

    def _told_before(self, before: list[Word]) -> bool:
        """A modal among the few words before the verb, in its clause: the verb is part of
        what someone is told to do ("X phải trực tiếp chỉ đạo việc ..."), not an order."""
        for word in reversed(before[-4:]):
            if word.stop_after:
                return False
            if word.text.lower() in _TOLD:
                return True
        return False

    def _past_request(self, before: list[Word], form: VerbForm) -> bool:
        """ "đã yêu cầu": a request verb right after a past marker."""
        return (
            form.verb in self.lex.past_requests
            and bool(before)
            and before[-1].text.lower() in self.lex.past_markers
        )

    def _reported_act(self, before: list[Word]) -> bool:
        """ "đã kịp thời chỉ đạo", "đã lãnh đạo, chỉ đạo": a past act reported, not an order."""
        texts = [w.lower() for w in _texts(before)]
        i = len(texts)
        while i > 0:
            for k in (2, 1):
                if i >= k and self.lex.reported_adverbs.match(texts[i - k : i], 0) == k:
                    i -= k
                    break
            else:
                break
        return i < len(texts) and i > 0 and texts[i - 1] in self.lex.past_markers

    def _proposed(self, before: list[Word]) -> bool:
        """ "tham mưu UBND tỉnh giao Sở Công Thương ...": what a body is advised to order,
        named inside an action, not an order given."""
        words = before[-8:]
        if not words:
            return False
        said = self.text[words[0].start : words[-1].end].lower()
        if not any(word in said for word in self.lex.proposal_syllables):
            return False  # most verbs: no proposal before them
        texts = [w.lower() for w in _texts(words)]
        for j in range(len(texts) - 2, -1, -1):
            n = self.lex.proposals.match(texts, j)
            if n and j + n < len(texts) and not self._refs_in(words[j].start, words[j].end):
                start, end = words[j + n].start, words[-1].end
                return any(r.start <= start and r.end >= end and not r.person
                           for r in self._refs_in(start, end))
        return False

    def _is_noun_frame(self, before: list[Word], after: list[Word]) -> bool:
        """ "theo yêu cầu", "yêu cầu của", "phát biểu chỉ đạo": not a directive verb."""
        if before and before[-1].stop_after:
            before = []  # "... công việc; yêu cầu Sở ...": a new clause opens with the verb
        written = _texts(before[-4:])
        if written and after and self._counted(before, after):
            return True  # "37/58 kiến nghị đã được trả lời", "6 kiến nghị": counted, a noun
        texts = [w.lower() for w in written[-3:]]
        for k in (1, 2, 3):
            if len(texts) >= k and self.lex.not_after.match(texts[-k:], 0) == k:
                if k == 1 and len(written) > 1 and written[-1] != texts[-1] and (
                    texts[-1] in self.lex.lowercase_frames
                ):
                    continue  # a name's last word: "Lê Văn Đạt yêu cầu", not "đạt yêu cầu"
                spoken = k < len(texts) and self.lex.frame_exceptions.match(texts[-k - 1 :], 0)
                return not spoken
        if after and self.lex.adverbials.match(self.text, after[0].start):
            return False  # "đề nghị trên cơ sở ..., các ấp ...": a frame, then the addressee
        first = _texts(after[:3])
        return bool(self.lex.not_before.match(first, 0))

    def _counted(self, before: list[Word], after: list[Word]) -> bool:
        """Whether the words before a verb that is also a noun end in a count of it ("có 6
        kiến nghị", "37/58 kiến nghị"): not an item's number ("2. Giao ..."), a name's
        ("Điện gió Hướng Linh 7 kiến nghị") nor a clause's end ("Phường 9, kiến nghị")."""
        last = before[-1]
        if not _COUNT.fullmatch(last.text) or self.text[last.end] in ".),;:":
            return False
        if self.text[last.end : after[0].start].strip().lower() not in self.lex.counted_nouns:
            return False
        return len(before) < 2 or not before[-2].text[:1].isupper()

    def _reported(self, sentence: Sentence, vstart: int) -> bool:
        """The verb is reported speech of a report or a unit ("... cho biết, huyện đề nghị")."""
        head = self.text[max(sentence.start, vstart - MAX_SUBJECT) : vstart].lower()
        return any(phrase in head for phrase in self.lex.reported_before)

    def _skip_adverbials(self, start: int) -> int:
        """Past "năm 2020", "thời gian tới" and the like at the start of the addressee."""
        pos = start
        for _ in range(3):
            m = self.lex.adverbials.match(self.text, pos)
            if not m or m.end() == pos:
                break
            pos = m.end()
        return pos

    def _name_first(self, words: list[Word]) -> list[Word]:
        """An addressee that opens with a body's name and goes on with an apposition
        ("Sở Nông nghiệp với vai trò cơ quan thường trực cần ..."): the name alone.
        Coordination ("Sở Y tế và UBND các huyện") and lists stay whole."""
        if not words:
            return words
        named = [r for r in self._refs_in(words[0].start, words[0].end) if not r.person]
        if not named or named[0].start != words[0].start:
            return words
        end = max(r.end for r in named)
        rest = [w for w in words if w.start >= end]
        if not rest or rest[0].text in ("và", "cùng") or not rest[0].text[:1].islower():
            return words
        if any(w.end == end and w.comma_after for w in words):
            return words
        return [w for w in words if w.end <= end]

    def _told_subject(self, after: list[Word]) -> tuple[int, int] | None:
        """ "chỉ đạo, thời gian tới, các chủ đầu tư đẩy nhanh ...": after a comma, a
        clause whose subject names who is told (a body or "các ...") and whose verb
        opens an action, with no modal between them."""
        texts = _texts(after)
        if not texts:
            return None
        named = any(not r.person for r in self._refs_in(after[0].start, after[0].end))
        counted = texts[0].isdigit() and self.lex.bare_subject_heads.match(texts, 1)  # "2 cán bộ"
        if not (named or counted or self.lex.bare_subject_heads.match(texts, 0)):
            return None
        boundary = self._named_addressee(after) or self._action_start(after, _PLAIN_FORM)
        if boundary is None or boundary[0] == 0:
            return None
        if any(w.comma_after or w.stop_after for w in after[: boundary[0]]):
            return None  # the subject is a noun phrase, not a clause
        if self._reports(after[: boundary[0] + 1]) and not _described_group(after[: boundary[0]]):
            return None  # "chỉ đạo, các xã đã triển khai ...": a report
        return boundary

    def _told_group(self, after: list[Word], words: list[str], i: int) -> bool:
        """Whether the words before ``i`` name who is told, a body or a group ("các đơn
        vị", "nhà trường"), so that the verb at ``i`` opens their task without a modal."""
        if i == 0:
            return False
        return self.lex.bare_subject_heads.match(words, 0) > 0 or (
            self._named_addressee(after) == (i, i)
        )

    def _named_addressee(self, after: list[Word]) -> tuple[int, int] | None:
        """A named body right after the verb, then a lower-case verb: the actions start
        after the name ("Huyện ủy Đức Huệ lãnh đạo thực hiện ...")."""
        first = after[0].start
        refs = [r for r in self._refs_in(first, first + 1) if r.start == first and not r.person]
        if not refs:
            return None
        end = max(r.end for r in refs)
        for k, word in enumerate(after):
            if word.start >= end:
                aside = self._dashed_aside(after, k)
                if aside is not None:
                    return k, aside  # "Sở Tài chính - cơ quan thường trực - phối hợp ..."
                texts = _texts(after)
                # "Ban Chỉ huy ... huyện Tri Tôn, nhanh chóng huy động": a comma, then an opener
                plain = word.text[:1].islower() and (
                    not after[k - 1].comma_after or self.lex.openers.match(texts, k) > 0
                )
                modal_soon = any(self.lex.modals.match(texts, j) for j in range(k, k + 4))
                modal_soon = modal_soon or self._modal_before_verb(after, texts, k)
                joined = texts[k] == "và" or texts[k : k + 2] == ["cũng", "như"]
                if plain and not modal_soon and not joined:  # "UBND tỉnh cũng như các sở"
                    return k, k
                return None
        return None

    def _dashed_aside(self, after: list[Word], k: int) -> int | None:
        """Where the actions start past a phrase set between dashes right after a name
        ("Sở Tài chính - cơ quan thường trực Ban Chỉ đạo - phối hợp ..."); None when the
        words at ``k`` open no such phrase."""
        if after[k].text not in _DASHES:
            return None
        for j in range(k + 1, min(len(after) - 1, k + _ASIDE_WORDS)):
            if after[j].text in _DASHES:
                return j + 1 if after[j + 1].text[:1].islower() else None
        return None

    def _modal_before_verb(self, after: list[Word], texts: list[str], k: int) -> bool:
        """After a name, a phrase that is no verb ("với vai trò cơ quan thường trực") runs
        on to a modal within the clause: the actions start at the modal."""
        if self.lex.openers.match(texts, k):
            return False
        for j in range(k, min(len(texts), k + self.lex.max_addressee_words)):
            if self.lex.modals.match(texts, j) and not self.lex.not_modals.match(texts, j):
                return True
            if self.lex.openers.match(texts, j) or after[j].comma_after or after[j].stop_after:
                return False
        return False

    def _action_start(self, after: list[Word], form: VerbForm) -> tuple[int, int] | None:
        """Where the addressee ends and the actions begin, as word indexes.

        Args:
            after: the words after the verb.
            form: the verb form (whether it needs a modal).

        Returns:
            ``(addressee_end, action_start)``: equal at an opener, the modal's
            length apart at a modal; None when no action begins within reach.
        """
        lex = self.lex
        words = _texts(after)
        limit = min(len(words), lex.max_addressee_words + 1)
        inside = None  # the words inside bodies' names, found when an opener asks
        i = 0
        while i < limit:
            if not lex.action_gate.opens_none(words[i]):  # most words open no phrase below
                if lex.not_modals.match(words, i):
                    i += 1
                    continue
                n = lex.modals.match(words, i)
                if n and not (i and words[i - 1].lower() == "không"):
                    return i, i + n  # (not "không phải để xếp hạng": "is not", no modal)
                n = lex.addressee_words.match(words, i)
                if n:
                    i += n
                    continue
                if lex.not_actions.match(words, i):
                    return None  # "giao X chịu trách nhiệm trước ...": no task
                if form.told_not_to and words[i] == "không" and (
                    i or words[i + 1 : i + 2] == ["để"]
                ) and words[i + 1 : i + 2] not in (["chỉ"], ["phải"], ["còn"], ["lây"], ["bị"]) \
                        and self.lex.conditions.isdisjoint(words[:i]):
                    # ("không chỉ ... mà còn", "không phải do ...", "không còn ...", "bệnh
                    # không lây sang người", "không bị ...", "dễ nhiễm nấm mốc nếu bảo quản
                    # không đúng cách": a statement)
                    # "lưu ý các đơn vị không đốt ...": told what not to do; with no one
                    # named, only "không để ..." is an order ("lưu ý không để xảy ra ...")
                    return i, i
                if self._opens_action(words, i) and words[i - 1 : i] != ["Ban"] and (
                    not form.needs_modal or form.told_to and self._told_group(after, words, i)
                ):  # (after "Ban" an opener names a board: "các thành viên Ban chỉ đạo ...")
                    if inside is None:
                        inside = self._inside_bodies(after[:limit])
                    if i not in inside:  # "Ban Quản lý dự án đầu tư ...": a name, no action
                        return i, i
            if after[i].stop_after and self._semicolon_after(after[i]):
                return None  # an addressee does not run past ";"
            if i + 1 < len(after) and self.text[after[i].end : after[i].end + 1] == ":" and (
                after[i + 1].text[:1].isupper()
            ):
                if inside is None:
                    inside = self._inside_bodies(after[:limit])
                if i + 1 not in inside:  # "đề nghị xã Phố Cáo: Chủ động ...": the tasks follow
                    return i + 1, i + 1
            i += 1
        return None

    def _opens_action(self, texts: list[str], k: int) -> int:
        """The length of the opener at word ``k`` (0 when none): not the last syllable
        of a noun ("trình" of "công trình")."""
        if k and self.lex.opener_compounds.match(texts, k - 1) == 2:
            return 0
        return self.lex.openers.match(texts, k)

    def _order_in_part(self, words: list[Word], texts: list[str]) -> bool:
        """Whether a part after ";" gives an order of its own a few words in: a
        restarting verb (giao, yêu cầu ...) outside names, then its named addressee."""
        reach = 12  # words of the new subject before its verb
        inside = self._inside_bodies(words[:reach])
        for k in range(1, min(len(words) - 1, reach)):
            if words[k - 1].stop_after:
                return False
            if k in inside or texts[k] not in self.lex.restart_verbs:
                continue
            if _names_addressee(texts[k + 1]) and not self.lex.not_before.match(texts, k + 1):
                return True
        return False

    def _verb_outside_names(self, words: list[Word]) -> bool:
        """Whether a directive verb stands among ``words`` outside the bodies' names
        ("công trình giao thông" holds none)."""
        inside = self._inside_bodies(words)
        for i, word in enumerate(words):
            verb = self.lex.verb_pattern.match(self.text, word.start, word.start + 24)
            if verb is None or i in inside:
                continue
            n = len(verb.group().split())
            if not self.lex.not_before.match(_texts(words[i + n : i + n + 2]), 0):
                return True
        return False

    def _inside_bodies(self, words: list[Word]) -> set[int]:
        """Indexes of the words that lie inside a body's name begun before them."""
        if not words:
            return set()
        bodies = [r for r in self._refs_in(words[0].start, words[-1].end) if not r.person]
        return {
            i for i, w in enumerate(words)
            if any(r.start < w.start and w.end <= r.end for r in bodies)
        }

    # -- addressee and issuer ----------------------------------------------------------

    def _addressee(self, words: list[Word]) -> str | None:
        """The addressee: a body's canonical name where one is named, else the words as written."""
        words = _told_part(_without_closing_aside(words))
        words = self._past_circumstance(words)
        words = self._before_deadline(words)
        described = len(words) > 3 and " ".join(_texts(words[:3])).lower() == "các đồng chí"
        # "các đồng chí vừa được bầu ...": comrades described are told; alone they are filler
        words = words if described else self._trim(words, self.lex.addressee_fillers)
        if not words:
            return None
        start, end = words[0].start, words[-1].end
        refs = self._refs_in(start, end)
        for ref in refs:
            if ref.start <= start and ref.end >= end:
                return ref.name
        if len(words) == 1 and words[0].text[:1].isupper() \
                and words[0].text.lower() not in self.lex.unit_words:  # "Tỉnh": no Tỉnh ủy
            named = self._the_body_headed(words[0].text, start)
            if named:
                return named
        if self.text.count("(", start, end) > self.text.count(")", start, end):
            end += self.text.startswith(")", end)  # "từ cấp huyện (cũ)": a bracket closed
        return self._bodies_in_full(start, end, refs)

    def _before_deadline(self, words: list[Word]) -> list[Word]:
        """The words before a deadline that closes them: "Công an xã trước ngày 15/12/2025
        phải rà soát ...", "TAND hai cấp tỉnh trong năm 2026 tập trung ..." tell the body."""
        if len(words) < 3:
            return words
        phrases = find_deadlines(self.text, None, words[0].end, words[-1].end)
        if not phrases or phrases[-1].end != words[-1].end:
            return words
        return [w for w in words if w.end <= phrases[-1].start]

    def _the_body_headed(self, head: str, before: int) -> str | None:
        """The one body named before ``before`` whose name opens with the word ``head``:
        "đề nghị Cục tiếp tục ..." after "Cục QLTT tỉnh Lạng Sơn"; None when none or
        several are."""
        names = {r.name for r in self.refs if not r.person and r.start < before
                 and r.name.startswith(head + " ")}
        return names.pop() if len(names) == 1 else None

    def _bodies_in_full(self, start: int, end: int, refs: list[Reference]) -> str:
        """``text[start:end]`` with each body whose level the text names without its place
        named in full, as SPEC.md asks of an addressee: "Bộ Chỉ huy Quân sự tỉnh, Công an
        tỉnh" is "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk, Công an tỉnh Đắk Lắk". The rest stays as
        written: a list sharing its head ("UBND các xã A, B") or its place ("Đảng ủy, UBND
        xã X") is as compact in SPEC's golds."""
        parts, at = [], start
        for ref in refs:
            if ref.person or ref.start < at or ref.end > end:
                continue
            written = self.text[ref.start : ref.end]
            if not (_LEVEL_LAST.search(written) and _folded(ref.name).startswith(_folded(written))):
                continue
            parts += [self.text[at : ref.start], ref.name]
            at = ref.end
        return "".join(parts) + self.text[at:end]

    def _past_circumstance(self, words: list[Word]) -> list[Word]:
        """The words after a circumstance set off by a comma ("trong những tháng cuối
        năm, các tổ dân phố"): the addressee follows it. "trong đó" sets off none: "trong
        đó UBND xã A, B phải ..." singles out the bodies it names."""
        if [w.text.lower() for w in words[:2]] == ["trong", "đó"]:
            return words[2:]
        if len(words) < 3:
            return words
        if words[0].text.lower() not in self.lex.circumstances:
            return self._past_statement(words)
        comma = next((k for k, w in enumerate(words[:-1]) if w.comma_after), None)
        return words[comma + 1 :] if comma is not None else words

    def _past_statement(self, words: list[Word]) -> list[Word]:
        """The bodies after a statement the verb opens with ("lưu ý, dự báo từ ngày 24/11 có
        thể có mưa lớn, các địa phương phải ..."): a clause in small letters, then "các"."""
        if words[0].text[:1].isupper() or words[0].text.lower() in ("các", "những"):
            return words
        commas = [k for k, w in enumerate(words[:-1]) if w.comma_after]
        if commas and words[commas[-1] + 1].text.lower() in ("các", "những"):
            return words[commas[-1] + 1 :]
        return words

    def _trim(self, words: list[Word], fillers: PhraseSet) -> list[Word]:
        """Drop filler words from both ends ("cho", "cũng", ...)."""
        changed = True
        while words and changed:
            changed = False
            texts = _texts(words)
            n = fillers.match(texts, 0)
            if n:
                words, changed = words[n:], True
                continue
            for k in (2, 1):
                if len(words) >= k and fillers.match(texts[-k:], 0) == k:
                    words, changed = words[:-k], True
                    break
        return words

    def _issuer(self, sentence: Sentence, before: list[Word], vstart: int) -> str | None:
        """Who gave the directive: the subject before the verb, else the speaker."""
        subject = self._trim(self._after_cause(_clause_tail(before)), self.lex.subject_fillers)
        subject = self._titled_tail(subject)
        sender = self._sender(subject) or self._letter_sender(before)
        if sender is not None:
            return sender
        texts = _texts(subject)
        start = subject[0].start if subject else vstart
        persons = [r for r in self._refs_in(start, vstart) if r.person]
        if persons:
            return max(persons, key=lambda r: r.end).name
        if subject and self.lex.fronted_objects.match(texts, 0):
            return self._speaker(sentence, vstart)  # "Số tiền còn lại giao UBND huyện ..."
        if subject and self.lex.titles.match(texts, 0):
            whole = [r for r in self._refs_in(sentence.start, vstart) if r.person]
            if whole:
                return max(whole, key=lambda r: r.end).name
            name = texts[self.lex.titles.match(texts, 0) :]
            if len(name) >= 2 and all(w[:1].isupper() for w in name):
                return self.text[subject[-len(name)].start : subject[-1].end]  # "Đại biểu X Y"
            # a title no official holds: the speaker named in this paragraph, else
            # the post as written ("Chủ tịch UBND tỉnh")
            speaker = self._speaker(sentence, start)
            if speaker and self._named_in_paragraph(speaker, sentence, start):
                return speaker
            # else the post as written: "Phó Thủ tướng giao ..." names no one
            return self._body_name(subject) or speaker or self.text[start : subject[-1].end]
        bodies = [r for r in self._refs_in(start, vstart) if not r.person]
        if bodies:
            return max(bodies, key=lambda r: (r.end, r.end - r.start)).name
        if (
            not subject
            and before
            and before[-1].stop_after
            and self.text[vstart].isupper()
            and not self._semicolon_after(before[-1])
        ):
            # "UBND tỉnh có ý kiến như sau: Giao ...": who speaks before the colon
            said = _clause_tail(before[:-1]) + before[-1:]
            refs = self._refs_in(said[0].start, said[-1].end)
            if refs and not self._is_topic(said):  # "Đối với UBND huyện X: Yêu cầu ..."
                return max(refs, key=lambda r: (r.person, r.end)).name
        if not subject and [w.lower() for w in _texts(before[-2:])] == ["đồng", "thời"]:
            # "X chúc mừng ..., đồng thời yêu cầu ...": the sentence's first person asks,
            # not the one last named ("... của 2 tân Phó Chủ tịch UBND tỉnh")
            people = [r for r in self._refs_in(sentence.start, vstart) if r.person]
            if people:
                return people[0].name
        lowered = " ".join(texts).lower()
        if lowered in self.lex.first_person:
            return self._first_person(sentence, vstart)
        if not subject or lowered in self.lex.pronouns:
            return self._speaker(sentence, vstart) or self._sentence_subject(sentence, vstart)
        if self.lex.documents.match(texts, 0):
            if self.found:
                return self.found[-1].issuer
            return self._decision_issuer(vstart) or self._speaker(sentence, vstart)
        unit = self._context_unit(lowered)
        if unit:
            return unit
        said = self.text[start : subject[-1].end]
        if _NAMED_UNIT.fullmatch(said):
            return said  # "tỉnh Đắk Lắk yêu cầu ...": the unit as named
        if "là" in texts:  # "Nhiệm vụ năm 2021 là rất nặng nề": a clause, not a body
            return self._speaker(sentence, vstart)
        if texts[0] in self.lex.honorifics and len(texts) > 2:
            if all(t[:1].isupper() for t in texts[1:]):
                return " ".join(texts[1:])  # "Ông Trần Văn Nam" with no post: his name
        if texts[0][:1].isupper() or self.lex.delegations.match(texts, 0) == len(texts):
            return self.text[start : subject[-1].end]  # a body the lexicons do not know
        return self._speaker(sentence, vstart)

    def _titled_tail(self, subject: list[Word]) -> list[Word]:
        """The subject from "đồng chí <title>" on, where a frame precedes it with no
        comma ("Phát biểu chỉ đạo tại hội nghị đồng chí Chủ tịch UBND tỉnh yêu cầu")."""
        texts = _texts(subject)
        for k in range(len(texts) - 1, 0, -1):
            if texts[k - 1].lower() == "chí" and self.lex.titles.match(texts, k):
                return subject[k:]
        return subject

    def _sender(self, subject: list[Word]) -> str | None:
        """The body that sent a letter to the bodies named after "gửi", in a subject
        such as "UBND tỉnh đã có văn bản gửi Sở Y tế và UBND huyện"; else None."""
        texts = _texts(subject)
        for k, text in enumerate(texts):
            if text.lower() == "gửi" and self.lex.recipients_after.match(texts, k):
                refs = self._refs_in(subject[0].start, subject[k].start)
                return refs[0].name if refs else None
        return None

    def _letter_sender(self, before: list[Word]) -> str | None:
        """The sender where the recipients listed after "gửi" hold commas ("Bộ Y tế có văn
        bản gửi UBND các tỉnh, thành phố đề nghị ..."), so the clause's tail is theirs."""
        sent = self._recipients(before)
        if sent is None:
            return None
        k = sent[0]
        return self._sender(_clause_tail(before[:k]) + before[k:])

    def _sentence_subject(self, sentence: Sentence, vstart: int) -> str | None:
        """The body or person named first in the sentence, before the verb: the subject
        of its first clause ("Thường trực HĐND tỉnh ghi nhận ...; đề nghị ...")."""
        refs = self._refs_in(sentence.start, vstart)
        return refs[0].name if refs else None

    def _is_topic(self, words: list[Word]) -> bool:
        """Whether ``words`` open with "Đối với", "Riêng", "Về": what the sentence is
        about, not who speaks."""
        return bool(self.lex.topic_openers.match(_texts(words), 0))

    def _topic_body(self, sentence: Sentence, vstart: int) -> str | None:
        """The body a topic before the verb names ("Đối với UBND huyện X: Yêu cầu ...")."""
        before = self.words.words_in(sentence.start, vstart)
        if not before or not self._is_topic(before):
            return None
        bodies = [r for r in self._refs_in(before[0].start, vstart) if not r.person]
        return bodies[0].name if bodies else None

    def _after_cause(self, subject: list[Word]) -> list[Word]:
        """The words after the last "do vậy", "vì thế" ...: what comes before gives the
        reason for the directive, not who gives it."""
        if not subject or not any(
            word in self.text[subject[0].start : subject[-1].end]
            for word in self.lex.cause_syllables
        ):
            return subject  # most subjects give no reason
        texts = [t.lower() for t in _texts(subject)]
        for k in range(len(texts) - 1, -1, -1):
            n = self.lex.causes.match(texts, k)
            if n:
                return subject[k + n :]
        return subject

    def _named_in_paragraph(self, name: str, sentence: Sentence, pos: int) -> bool:
        """Whether the official ``name`` is mentioned before ``pos`` in the same paragraph."""
        for j in range(bisect.bisect_left(self.ref_starts, pos) - 1, -1, -1):
            ref = self.refs[j]
            if self._paragraph_of(ref.start) != sentence.paragraph:
                return False
            if ref.person and ref.name == name:
                return True
        return False

    def _body_name(self, subject: list[Word]) -> str | None:
        """A post written with its body, the body named in full ("Chủ tịch UBND tỉnh" ->
        "Chủ tịch Ủy ban nhân dân tỉnh Bình Định")."""
        texts = _texts(subject)
        n = self.lex.titles.match(texts, 0)
        if not n or n >= len(texts):
            return None
        bodies = [r for r in self._refs_in(subject[n].start, subject[-1].end) if not r.person]
        if not bodies or bodies[0].start != subject[n].start:
            return None
        return f"{self.text[subject[0].start : subject[n - 1].end]} {bodies[0].name}"

    def _speaker(self, sentence: Sentence, pos: int) -> str | None:
        """The person speaking at ``pos``: the nearest official named earlier in the
        paragraph, else the last directive's issuer, else the last official named."""
        nearest = None
        for j in range(bisect.bisect_left(self.ref_starts, pos) - 1, -1, -1):
            ref = self.refs[j]
            if ref.person and ref.end <= pos:
                nearest = ref
                break
        if nearest and self._paragraph_of(nearest.start) == sentence.paragraph:
            return nearest.name
        if self.found and self.found[-1].issuer and (
            nearest is None or nearest.start < self.found[-1].start
            or not self._speaks(nearest)
        ):
            return self.found[-1].issuer
        return nearest.name if nearest else None

    def _first_person(self, sentence: Sentence, pos: int) -> str | None:
        """Who "tôi" is at ``pos``: the person an interview's answer is labelled with
        ("Ông Pản: ... tôi đề nghị ..."), else the speaker as for any pronoun, passing
        over the persons the speaker himself names ("Tôi ghi nhận vai trò của đồng chí
        Y"): Y is spoken of, not speaking."""
        label = self._answer_label(sentence)
        if label is not None:
            return label
        while True:
            j = bisect.bisect_left(self.ref_starts, pos) - 1
            while j >= 0 and not (self.refs[j].person and self.refs[j].end <= pos):
                j -= 1
            if j < 0:
                break
            i = bisect.bisect_right(self.sentence_starts, self.refs[j].start) - 1
            if not _FIRST_PERSON.search(self.text, self.sentences[i].start, self.refs[j].start):
                break
            pos = self.sentences[i].start  # named by "tôi": look before his sentence
        return self._speaker(sentence, pos)

    def _answer_label(self, sentence: Sentence) -> str | None:
        """The person whose answer the sentence's paragraph is ("Ông Lò Văn Pản: ...",
        "Bà Hoa: ..."), by the full name the article gives him; None for no label."""
        i = bisect.bisect_right(self.sentence_starts, sentence.start) - 1
        while i > 0 and self.sentences[i - 1].paragraph == sentence.paragraph:
            i -= 1
        m = _ANSWER_LABEL.match(self.text, self.sentences[i].start if i >= 0 else 0)
        if m is None or not all(w[:1].isupper() for w in m["name"].split()):
            return None
        name = m["name"]
        for ref in self.refs:
            if ref.person and (ref.name == name or ref.name.endswith(" " + name)):
                return ref.name
        return name

    def _speaks(self, ref: Reference) -> bool:
        """Whether the person named at ``ref`` speaks right after the name ("Chủ tịch UBND
        tỉnh Nguyễn Hữu Thành nhấn mạnh: ..."): the one a later "Đồng chí yêu cầu" means."""
        return self.lex.speech_after.match(self.text, ref.end) is not None

    def _semicolon_after(self, word: Word) -> bool:
        """Whether ";" follows ``word``, glued, after a space ("2020-2025 ; ...") or after
        a closing quote or bracket ('phương châm "4 tại chỗ"; ...')."""
        return self.text[word.end : word.end + 4].lstrip(' "”’»)')[:1] == ";"

    def _paragraph_of(self, pos: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[i].paragraph if i >= 0 else -1

    def _context_unit(self, subject: str) -> str | None:
        """ "huyện" / "tỉnh" alone: the article's district or province, where known."""
        context = self.context
        unit = {"huyện": context.district, "tỉnh": context.province}.get(subject)
        if unit is None:
            return None
        return f"{unit.type} {unit.name}" if unit.type else unit.name

    def _refs_in(self, start: int, end: int) -> list[Reference]:
        """References that overlap ``[start, end)``."""
        found = []
        j = bisect.bisect_left(self.ref_starts, end) - 1
        while j >= 0 and self.ref_reach[j] > start:  # nothing earlier reaches ``start``
            if self.refs[j].end > start:
                found.append(self.refs[j])
            j -= 1
        return found[::-1]

    # -- actions ---------------------------------------------------------------------------

    def _actions(
        self, words: list[Word], sentence_end: int, cut: bool = True
    ) -> tuple[list[tuple[int, int]], int]:
        """Split the action words into separate actions.

        Args:
            words: the action words.
            sentence_end: where the sentence ends.
            cut: end them where a new directive starts (False: the caller has).

        Returns:
            The actions as ``(start, end)`` Doc offsets, and where the last one ends.
        """
        if not words:
            return [], 0
        start, end = words[0].start, min(sentence_end, words[-1].end)
        if cut:
            words = self._cut_at_new_directive(words)
        words = self._before_people_named(words)
        end = min(end, words[-1].end) if words else start
        pieces: list[list[Word]] = []
        current: list[Word] = []
        for k, w in enumerate(words):
            current.append(w)
            if not w.stop_after:
                continue
            if self._list_colon(words, k):
                if not self._list_lead(current):
                    pieces.extend(self._split_on_commas(current))
                current = []
            elif self._semicolon_after(w) and not self._person_next(words, k):
                pieces.extend(self._split_on_commas(current))
                current = []
        pieces.extend(self._split_on_commas(current))
        pieces = self._with_conditions(pieces)
        actions = []
        for k, piece in enumerate(pieces):
            if k and self._is_statement(piece):
                break  # "...; việc công nhận ... là khởi đầu cho giai đoạn mới"
            span = self._clean_action(piece)
            if span:
                actions.append(span)
        last_end = actions[-1][1] if actions else start
        return actions, last_end

    def _before_people_named(self, words: list[Word]) -> list[Word]:
        """The action words up to ", trong đó có" and the persons it names ("kiểm điểm trách
        nhiệm tập thể, cá nhân có liên quan, trong đó có ông X, nguyên ..."): who is meant,
        not more of the task."""
        texts = _texts(words)
        for k in range(1, len(words) - 3):
            n = self.lex.elaborations.match(texts, k) if words[k - 1].comma_after else 0
            if not n:
                continue
            at = k + n
            if texts[at] in self.lex.honorifics or any(
                    r.person for r in self._refs_in(words[at].start, words[at].end)):
                return words[:k]
        return words

    def _person_next(self, words: list[Word], k: int) -> bool:
        """Whether a person's name follows the semicolon after word ``k``: the next item of
        a list of people ("thi hành kỷ luật các đồng chí: A, nguyên ...; B, ..."), no task."""
        if k + 1 >= len(words):
            return False
        at = words[k + 1].start
        return any(r.person and r.start == at for r in self._refs_in(at, at + 1))

    def _with_conditions(self, pieces: list[list[Word]]) -> list[list[Word]]:
        """Join a clause of time or condition to the action after it: "trường hợp vượt
        thẩm quyền, kịp thời báo cáo ..." is one task, done in that case."""
        joined: list[list[Word]] = []
        pending: list[Word] = []
        for piece in pieces:
            texts = _texts(piece[:2])
            if self.lex.time_clause_openers.match([texts[0].lower()] + texts[1:], 0):
                pending += piece
                continue
            joined.append(pending + piece)
            pending = []
        if pending:
            joined.append(pending)
        return joined

    def _list_lead(self, words: list[Word]) -> bool:
        """Whether the words before a list's colon only announce it ("tập trung thực hiện
        tốt các nhiệm vụ: ..."): they ask for nothing the items do not, so are no task."""
        texts = _texts(words)
        n = len(texts)
        return any(self.lex.list_leads.match(texts, i) == n - i for i in range(max(0, n - 4), n))

    def _list_colon(self, words: list[Word], k: int) -> bool:
        """ "... các nhiệm vụ trọng tâm như: Thực hiện ...; tăng cường ...": a colon
        that opens a list of tasks, each an action of its own."""
        if self.text[words[k].end : words[k].end + 1] != ":" or k + 1 >= len(words):
            return False
        texts = _texts(words[k + 1 : k + 6])
        texts = [texts[0].lower()] + texts[1:]
        lead = self.lex.connectives.match(texts, 0)  # "...: một là, nâng cao ..."
        return bool(self.lex.openers.match(texts, lead))

    def _cut_at_new_directive(self, words: list[Word]) -> list[Word]:
        """End the actions where a new directive starts: "; đồng thời chỉ đạo ...",
        ", đồng thời yêu cầu ...", "; giao X ...", "và đề nghị Sở X ..."."""
        texts = _texts(words)
        for i in range(1, len(words)):
            prev = words[i - 1]
            at_and = texts[i] == "và"
            if not (prev.comma_after or prev.stop_after or at_and):
                continue
            j = i + self.lex.connectives.match(texts, i)
            if j >= len(words):
                break
            if self._semicolon_after(prev) and self._order_in_part(words[j:], texts[j:]):
                return words[:i]  # "...; các tiểu vùng tự phát ... giao Sở NN phối hợp ..."
            m = self.lex.verb_pattern.match(self.text, words[j].start, words[j].start + 40)
            if not m:
                continue
            if j > i and not at_and:
                return words[:i]  # ", đồng thời <verb>": any directive verb
            k = j + len(m.group().split())
            named = k < len(words) and _names_addressee(texts[k])
            after_semicolon = self._semicolon_after(prev)
            if m.group().lower() in self.lex.restart_verbs and (named or after_semicolon):
                return words[:i]
        return words

    def _is_statement(self, piece: list[Word]) -> bool:
        """A clause "X là Y" (a statement about something), not a verb phrase."""
        texts = _texts(piece[:12])
        lead = self.lex.connectives.match(texts, 0)
        lead += self.lex.modals.match(texts, lead)  # "...; phải xác định đây là ..."
        texts = texts[lead:]
        if not texts or self.lex.openers.match([texts[0].lower()] + texts[1:], 0):
            return False
        return "là" in texts[1:]

    def _split_on_commas(self, words: list[Word]) -> list[list[Word]]:
        """Split where "," or "và" is followed by an opener, not after a bare opener."""
        texts = _texts(words)
        lead = self.lex.connectives.match(texts, 0)
        n = self.lex.inner_directive_openers.match(texts, lead)
        if n and lead + n < len(texts):
            told = texts[lead + n]
            if told[:1].isupper() or self.lex.bare_subject_heads.match(texts, lead + n):
                return [words]  # "chỉ đạo các xã làm A, B": one action
        pieces, current = [], []
        for i, w in enumerate(words):
            # a new action starts only after a comma or at "và" (`_splits_before`)
            at_break = current and (words[i - 1].comma_after or texts[i] == "và")
            if at_break and self._splits_before(words, texts, i, current):
                pieces.append(current)
                current = []
            current.append(w)
        if current:
            pieces.append(current)
        return pieces

    def _splits_before(self, words, texts, i, current) -> bool:
        """Whether a new action starts at ``words[i]`` (``current`` is the piece so far)."""
        lex = self.lex
        prev = words[i - 1]
        if prev.comma_after:
            j = i + lex.connectives.match(texts, i)
            n = lex.openers.match(texts, j)
            split = bool(n) and lex.no_split_openers.match(texts, j) < n
            if j + n >= len(texts):
                return False  # "để sớm giải quyết, tháo gỡ.": a lone verb ends the group
        elif texts[i] == "và" and len(current) >= 3:
            n = lex.openers.match(texts, i + 1)
            if not n or lex.no_split_openers.match(texts, i + 1):
                return False
            follower = texts[i + 1 + n].lower() if i + 1 + n < len(texts) else ""
            split = follower not in ("của", "với", "và")
        else:
            return False
        if not split:
            return False
        if prev.comma_after and lex.target_openers.match(texts, j):
            return True  # "tổ chức tuyên truyền, phấn đấu 100% ...": a target of its own
        if prev.comma_after and texts[j].lower() in _NEGATIONS:
            return True  # "duy trì kiểm soát, không để ...": a ban shares no verb's object
        # "rà soát, nâng chất ...": a verb group sharing one object stays whole
        tail = _texts(current[-5:])  # the verb, and what may make it a noun before it
        if len(current) <= 5:  # the piece's first word may open a list item: "Rà soát, ..."
            tail[0] = tail[0].lower()
        # a noun after the comma ("lãnh đạo, chỉ đạo", "kiểm tra, giám sát năm 2023")
        # coordinates with the last; an adverb before a verb ("chủ động triển khai") does not
        j = i + lex.connectives.match(texts, i)
        n = lex.group_verbs.match(texts, j)
        following = n > 0 and (
            j + n >= len(words)
            or words[j + n - 1].comma_after
            or not lex.openers.match(texts, j + n)
        )
        return not self._ends_in_verb(tail, following)

    def _ends_in_verb(self, texts: list[str], following: bool = False) -> bool:
        """The words end in a verb ("chủ trì", "khẩn trương rà soát", "chủ trì tuần tra"),
        not in a verb made a noun ("các hoạt động giám sát, đảm bảo ...") unless another
        such noun ``following`` the comma shares its object ("công tác kiểm tra, giám sát")."""
        for k in (3, 2, 1):
            if len(texts) >= k and self.lex.group_verbs.match(texts[-k:], 0) == k:
                if self._after_preposition(texts):
                    return following  # "trong lãnh đạo, chỉ đạo, chủ động triển khai ..."
                before = texts[-k - 2 : -k] if len(texts) >= k + 2 else texts[: -k]
                noun = any(
                    self.lex.verb_nouns_before.match(before, j) == len(before) - j
                    for j in range(len(before))
                )
                return following or not noun
        return False

    def _after_preposition(self, texts: list[str]) -> bool:
        """Whether the words end in "trong" and group verbs only ("quyết liệt trong lãnh
        đạo, chỉ đạo"): nouns of a prepositional phrase, not a verb group."""
        if "trong" not in texts:
            return False
        rest = texts[len(texts) - texts[::-1].index("trong") :]
        k = 0
        while k < len(rest):
            n = self.lex.group_verbs.match(rest, k)
            if not n:
                return False
            k += n
        return bool(rest)

    def _clean_action(self, piece: list[Word]) -> tuple[int, int] | None:
        """An action's offsets without leading connectives and modals or trailing dots."""
        texts = _texts(piece)
        i = 0
        while i < len(piece):
            n = self.lex.connectives.match(texts, i) or self.lex.modals.match(texts, i)
            if not n:
                break
            i += n
        piece = piece[i:]
        last = piece[-1] if piece else None
        if last and self.text[last.end : last.end + 1] == ":" and last.text.lower() in _LIST_LEADS:
            piece = piece[:-1]  # "... các nhiệm vụ trọng tâm như:"
        if not piece or self.lex.not_actions.match(_texts(piece), 0):
            return None
        start, end = piece[0].start, piece[-1].end
        end = self._quote_closed(start, end)
        while end > start and self.text[end - 1] in _TRAIL_PUNCT + " /":
            end -= 1  # "... thành công tốt đẹp./"
        if self.text[end : end + 1] == ")" and self.text.count("(", start, end) > self.text.count(
            ")", start, end
        ):
            end += 1  # "... Nghị quyết Trung ương 4 (khóa XI)": its bracket closed
        closing = self.text[end : end + 1]
        if closing == '"' and self.text.count('"', start, end) % 2 or closing == "”" and (
            self.text.count("“", start, end) > self.text.count("”", start, end)
        ):
            end += 1  # 'thực hiện nghiêm phương châm "4 tại chỗ"': its quotation closed
        if end <= start or not any(map(str.isalpha, self.text[start:end])):
            return None
        return start, end

    def _quote_closed(self, start: int, end: int) -> int:
        """Where an action ends that runs past the quotation it opened in: '... theo đúng
        tiến độ", Phó Chủ tịch nhấn mạnh' (straight or typographic quotes)."""
        line = self.text.rfind("\n", 0, start) + 1
        for closing, opening in (('"', '"'), ("”", "“")):
            quote = self.text.find(closing, start, end)
            if quote <= start or self.text[quote + 1 : quote + 2] not in (",", ""):
                continue
            if closing == opening:
                still_open = self.text.count(closing, line, start) % 2 == 1
            else:
                still_open = self.text.count(opening, line, start) > self.text.count(
                    closing, line, start
                )
            if still_open:
                return quote
        return end

    # -- continuations -------------------------------------------------------------------

    def _continuation(self, index: int, sentence: Sentence) -> list[Found]:
        """A sentence that carries on the last directive ("Ngoài ra, cần ...")."""
        if not self.found:
            return []
        last = self.found[-1]
        gap = index - last.sentence
        if gap < 1 or gap > 2 or not (last.issuer or last.addressee):
            return []  # nothing carries on what asked no one of nobody (see `match`)
        words = self.words.words_in(sentence.start, min(sentence.end, sentence.start + MAX_REGION))
        if words and _SECTION_NUMBER.fullmatch(words[0].text):
            words = words[1:]  # "2.2. Riêng phường X cần ...": a conclusion's numbered part
        if not words or self.lex.warnings.search(self.text, sentence.start, sentence.end):
            return []
        texts = _texts(words)
        i, topic = self._continuation_lead(words, texts)
        if i is None:
            if gap != 1:
                return []
            if self._imperative(words, texts, last, sentence):
                return self._continuation_found(last, index, words, [], [], sentence)
            i = 0  # a bare "Các phường ... phải ..." right after a directive
        # the opener's own words are no look-alike: "Văn bản nêu rõ: ..." opens a document's tasks
        opener = min(self.lex.continuation_openers.match(texts, 0), i)
        head = " ".join(texts[opener:i]).lower()
        if any(phrase in head for phrase in self.lex.look_alikes):
            return []
        rest = words[i:]
        if not rest:
            return []
        if i > 0 and self.lex.openers.match(texts, i):
            # "Đồng thời, tăng cường ...": the actions start at once
            return self._continuation_found(last, index, rest, [], topic, sentence)
        limit = min(len(rest), self.lex.max_addressee_words if i else _BARE_SUBJECT_WORDS)
        for k in range(limit):
            if self.lex.modal_gate.opens_none(texts[i + k]):
                n = 0  # most words open neither a modal nor a word that is not one
            elif self.lex.not_modals.match(texts, i + k):
                continue
            else:
                n = self.lex.modals.match(texts, i + k)
                if n and texts[i + k - 1 : i + k] == ["không"]:
                    n = 0  # "... không phải chờ": "need not", no order
            if n:
                subject = rest[:k]
                if self._verb_outside_names(subject):
                    return []  # (not "Ban QLDA Giao thông phải ...")
                if i == 0 and not self._bare_continuation(subject, texts, k + n):
                    return []
                return self._continuation_found(
                    last, index, rest[k + n :], subject, topic, sentence
                )
            if rest[k].stop_after:
                break
        if i > 0 or rest[0].text[:1].isupper():
            # "Theo đó, Sở X chủ trì ...", or "Sở X phối hợp ..." right after a directive
            return self._body_then_verb(last, index, rest, topic, sentence)
        return []

    def _imperative(self, words: list[Word], texts: list[str], last: Found, sentence) -> bool:
        """A sentence that is itself a task, right after a directive's last sentence, in
        its paragraph or the next ("... yêu cầu các phòng làm tốt A. Đẩy mạnh B.")."""
        if not texts or not texts[0][:1].isupper():
            return False
        lowered = [texts[0].lower()] + texts[1:]
        n = self.lex.openers.match(lowered, 0)
        if not n:
            return False
        if any(not r.person and r.start == words[0].start for r in self._refs_in(
                words[0].start, words[0].end)):
            return False  # "Thanh tra tỉnh theo dõi ...": a body named, not the verb "thanh tra"
        # "Tổ chức hội nghị ..." reports; "Tổ chức quán triệt ..." asks
        lex = self.lex
        if lex.not_imperatives.match(lowered, 0) and not lex.imperatives.match(lowered, 0):
            return False
        if sentence.paragraph - self.sentences[last.sentence].paragraph > 1:
            return False
        said = self.text[sentence.start : sentence.end].rstrip(" \"”’)»")
        if said[-1:] not in (".", ";", "!"):
            return False  # a heading ("Thành lập Phường Lê Lợi ... từ ngày 01/01/2025")
        head = [t.lower() for t in texts[:8]]
        if any(t in self.lex.reported_markers or t == "là" for t in head):
            return False
        # "Tiếp thu ý kiến chỉ đạo, ông Long cho biết tỉnh sẽ ...", "Giải trình về việc
        # chậm tiến độ, ông Thạch, nguyên Giám đốc ..., cho biết ...": a frame, then a report
        clause = " ".join(t.lower() for t in texts[:_FRAME_WORDS])
        return not any(phrase in clause for phrase in self.lex.reported_before)

    def _body_then_verb(self, last, index, rest, topic, sentence) -> list[Found]:
        """ "Theo đó, Sở X chủ trì, phối hợp ...": a named body, then an action verb."""
        texts = _texts(rest)
        named = [r for r in self._refs_in(rest[0].start, rest[0].end) if not r.person]
        if not named and not self.lex.bare_subject_heads.match(texts, 0):
            return []
        inside = self._inside_bodies(rest[: self.lex.max_addressee_words])
        for k in range(1, min(len(rest), self.lex.max_addressee_words)):
            if self._reports(rest[k : k + 1]) or rest[k - 1].stop_after:
                return []
            if texts[k] in self.lex.conditions:
                return []  # "Chủ tịch UBND huyện chịu trách nhiệm ... nếu chỉ số tiếp tục giảm"
            if k not in inside and self._opens_action(texts, k):
                said = " ".join(texts[k : k + 3]).lower()
                if any(said.startswith(phrase) for phrase in self.lex.look_alikes):
                    return []  # "UBND huyện đánh giá cao ...": a report, not an order
                head = " ".join(texts[:k]).lower()
                if any(phrase in head for phrase in self.lex.reported_before):
                    return []  # "Chủ tịch UBND xã X phản ánh, xã có 14 công trình ..."
                subject = rest[: self._modal_before(texts, k)]
                return self._continuation_found(last, index, rest[k:], subject, topic, sentence)
        return []

    def _modal_before(self, texts: list[str], k: int) -> int:
        """Where a modal right before word ``k`` starts, else ``k``: a subject longer than
        a bare one reaches its modal only here ("Ban Quản lý dự án ... tỉnh Bắc Ninh
        phải phối hợp ...")."""
        for j in (k - 1, k - 2):
            if j > 0 and self.lex.modals.match(texts, j) == k - j:
                return j
        return k

    def _bare_continuation(self, subject: list[Word], texts: list[str], action: int) -> bool:
        """Whether "X phải ..." with no opener reads as an instruction: a plain noun
        phrase as subject (no clause before it) and an action verb after the modal
        ("Các phường phải báo cáo ...", not "Người dân cần được hỗ trợ")."""
        if not subject or any(w.stop_after for w in subject):
            return False
        named = self._refs_in(subject[0].start, subject[0].end)
        if not named and not self.lex.bare_subject_heads.match(_texts(subject), 0):
            if not self._post_unnamed(subject):
                return False
        return bool(self.lex.openers.match(texts, action))

    def _post_unnamed(self, subject: list[Word]) -> bool:
        """A post held by no one named, as a continuation's subject before its modal:
        "Giám đốc Sở Xây dựng phải tháo gỡ mặt bằng" (not "Giám đốc Sở X Nguyễn Văn A")."""
        if not self.lex.titles.match(_texts(subject), 0):
            return False
        return not any(r.person for r in self._refs_in(subject[0].start, subject[-1].end))

    def _continuation_found(self, last, index, action_words, subject, topic, sentence):
        """The continuation of ``last`` whose actions are ``action_words``.

        The addressee is the subject before the modal, else the topic of
        "Đối với X, ...", else the last directive's.
        """
        lowered = " ".join(_texts(subject)).lower()
        if any(phrase in lowered for phrase in self.lex.look_alikes):
            return []
        addressee = None
        circumstance = bool(subject) and lowered.split()[0] in self.lex.circumstances
        if subject and lowered not in self.lex.pronouns and not circumstance:
            addressee = self._addressee(subject)
        elif topic:
            addressee = self._addressee(topic)
        groups = self._addressee_groups(action_words)
        actions, end = self._actions(groups[0][1], sentence.end, cut=False)
        if not actions:
            return []
        start = subject[0].start if subject else action_words[0].start
        addressee = addressee or last.addressee
        found = [Found(last.verb, last.issuer, addressee, actions, start, end, index)]
        for who, group in groups[1:]:
            actions, end = self._actions(group, sentence.end, cut=False)
            if actions:
                name = self._addressee(who)
                found.append(Found(last.verb, last.issuer, name, actions, who[0].start, end, index))
        return found

    def _types_listed_after(self, words: list[Word], k: int) -> bool:
        """The comma after ``words[k]`` lists the kinds of unit ("các xã, phường mới
        tiếp nhận dự án"): a unit's type word on each side of it."""
        types = self.lex.unit_words
        pair = words[k : k + 2]
        return len(pair) == 2 and all(w.text.lower() in types for w in pair)

    def _last_name_then_modal(self, words: list[Word], texts: list[str], k: int) -> bool:
        """The comma after ``words[k]`` comes before a list's last name, which the modal
        follows: "Riêng hai huyện Hương Khê, Vũ Quang cần ..." (the topic is the subject)."""
        j = k + 1
        while j < len(words) and words[j].text[:1].isupper() and not words[j].comma_after:
            j += 1
        return j > k + 1 and bool(self.lex.modals.match(texts, j))

    def _list_then_modal(self, words: list[Word], texts: list[str], k: int) -> bool:
        """The comma after ``words[k]`` parts the places of a "Riêng" list that runs on to
        its modal, past "các", "và", unit type words, numbers and an aside between dashes:
        "Riêng UBND thành phố Vinh, các thị xã Cửa Lò, Hoàng Mai và huyện Diễn Châu phải",
        "Riêng các xã Cái Bè, Tân Phước 1 - nơi có vùng chuyên canh lớn - phải". A body
        after the comma is the subject itself ("Riêng xã A, UBND xã cần")."""
        if k + 1 >= len(words):
            return False  # the comma ends the words: nothing runs on to a modal
        if texts[k + 1 : k + 2] not in (["các"], ["những"]) and self._names_a_body(words[k + 1 :]) \
                and not self._list_member_at(words[k + 1]):
            return False
        j, end = k + 1, min(len(words), k + 21)
        while j < end:
            if self.lex.modals.match(texts, j):
                return True
            if texts[j] in _DASHES:
                close = next((m for m in range(j + 1, min(end, j + _ASIDE_WORDS))
                              if texts[m] in _DASHES), None)
                if close is None:
                    return False
                j = close + 1
                continue
            word = texts[j]
            if not (word[:1].isupper() or word.isdigit() or word in ("và", "các", "những")
                    or word in self.lex.unit_words):
                return False
            j += 1
        return False

    def _list_member_at(self, word: Word) -> bool:
        """Whether a body named at ``word`` is written as its place alone, the next item of a
        list of bodies ("UBND các huyện Hướng Hóa, Gio Linh ..."), not with its head."""
        refs = [r for r in self._refs_in(word.start, word.end)
                if not r.person and r.start == word.start]
        return bool(refs) and all(self._written_as_place(r) for r in refs)

    def _written_as_place(self, ref: Reference) -> bool:
        """Whether a body is written as its place alone ("Gio Linh", "TP.Dĩ An", "huyện Bàu
        Bàng"): its name ends in the words written, or they open with a unit type."""
        written = self.text[ref.start : ref.end]
        first = _FIRST_WORD.match(written)
        return ref.name.endswith(written) or bool(first) and (
            first.group().lower() in self.lex.unit_words)

    def _continuation_lead(self, words: list[Word], texts: list[str]):
        """Where a continuation's own words start, after "Ngoài ra," or "Đối với X,".

        Returns:
            ``(index, topic)``: the index of the first word after the opener
            (None when the sentence opens with neither) and the topic's words
            of "Đối với X," (empty otherwise).
        """
        n = self.lex.continuation_openers.match(texts, 0)
        if n and (words[n - 1].comma_after or words[n - 1].stop_after
                  or texts[n : n + 1] in (["các"], ["những"])):
            return n, []  # "Đặc biệt, ...", "Cụ thể: ..." or, unpunctuated, "Đặc biệt các xã ..."
        if n and texts[0] == "Đồng" and self.lex.openers.match(texts, n):
            return n, []  # "Đồng thời tổ chức thăm hỏi ...": unpunctuated, then the task
        n = self.lex.topic_openers.match(texts, 0)
        if n:
            alone = texts[0].lower() == "riêng"
            for k, w in enumerate(words[:20]):
                if alone and k >= n and self.lex.modals.match(texts, k):
                    return n, []  # "Riêng Sở X phải A, B": its modal before any comma
                if w.comma_after and (self._last_name_then_modal(words, texts, k)
                                      or alone and self._list_then_modal(words, texts, k)):
                    return n, []  # "Riêng hai huyện A, B cần ...": the list is the subject
                if w.comma_after and not (
                    _names_listed_after(words, k) or self._types_listed_after(words, k)
                    or self._topic_goes_on(words, texts, k)
                ):
                    k = self._last_topic_comma(words, texts, k)
                    return k + 1, words[n : k + 1]
            if texts[0].lower() == "riêng":
                return n, []  # "Riêng phường X cần ...": no comma, X is the subject
        if self.lex.time_clause_openers.match([texts[0].lower()] + texts[1:2], 0):
            commas = [k for k, w in enumerate(words[:_TIME_CLAUSE_WORDS]) if w.comma_after]
            named = [k for k in commas if k + 1 < len(words) and self._names_a_body(words[k + 1 :])]
            if commas:
                # "Sau khi nước rút, các địa phương cần ...", "Trường hợp đã vận động,
                # thuyết phục nhưng không chấp hành, các địa phương phải ...": up to the
                # comma before the bodies told
                return (named or commas)[0] + 1, []
        return None, []

    def _last_topic_comma(self, words: list[Word], texts: list[str], k: int) -> int:
        """The comma that ends a topic whose own commas list its traits: "Đối với các việc
        lớn, phức tạp, kéo dài tại thị xã Hoàng Mai, Cục phải ..." ends before the one
        capitalised word and its modal; ``k`` when no later comma does."""
        for j in range(k + 1, min(len(words) - 2, k + 1 + MAX_TOPIC_WORDS)):
            if self.lex.modals.match(texts, j) or words[j].stop_after:
                break
            if words[j].comma_after and texts[j + 1][:1].isupper() \
                    and self.lex.modals.match(texts, j + 2):
                return j
        return k

    def _topic_goes_on(self, words: list[Word], texts: list[str], k: int) -> bool:
        """Whether the topic of "Đối với X," goes on past the comma after word ``k``: a
        few small words that neither order nor act, then another comma ("Riêng đối với
        các xã vùng cao, biên giới, Sở Nội vụ ưu tiên ...")."""
        following = words[k + 1 : k + 1 + _TOPIC_ITEM_WORDS]
        if not following or not texts[k + 1][:1].islower():
            return False
        if self.lex.modals.match(texts, k + 1) or self.lex.openers.match(texts, k + 1):
            return False
        ends = [j for j, w in enumerate(following) if w.comma_after or w.stop_after]
        return bool(ends) and following[ends[0]].comma_after and k + 2 + ends[0] < len(words)


_TOPIC_ITEM_WORDS = 3  # the most words of one more item of a topic ("biên giới")
MAX_TOPIC_WORDS = 24  # the most words a topic of "Đối với ..." runs on past its first comma
# A count before a verb's form makes it a noun counted: "37/58", "6", "1.250".
# Not a year, which ends a term's name before its verb: "giai đoạn 2021 - 2025 đề nghị".
_COUNT = re.compile(r"(?!(?:19|20)\d\d$)\d[\d.,]*(?:/\d[\d.,]*)?")
_DASHES = ("-", "–")
_ASIDE_WORDS = 12  # the longest phrase set between dashes after a name, in words
# A line that announces the tasks of the directive before it: "Cụ thể:", "Cụ thể như sau:".
_SPECIFIED = re.compile(r"[ \t]*(?:Cụ thể|Theo đó|Trong đó)(?:[ \t]+như sau)?[ \t]*:[ \t]*")
# Between a verb and the colon of its list: "kết luận, chỉ đạo như sau:", "giao nhiệm vụ
# cụ thể như sau:".
_AS_FOLLOWS = re.compile(
    r"^(?:nhiệm vụ[ \t]+)?(?:cụ thể[ \t]+)?(?:như sau|sau đây)[ \t]*"
    # "giao nhiệm vụ cụ thể:", "giao 5 nhiệm vụ:", "giao các nhiệm vụ trọng tâm:": the list below
    r"|^(?:(?:\d{1,2}|các|một số|những)[ \t]+)?nhiệm vụ(?:[ \t]+(?:cụ thể|trọng tâm|sau))?"
    r"[ \t]*(?=[:.])"  # (or "." when a counted list follows: "... cụ thể. Thứ nhất, ...")
)
# The word before a colon that introduces a list ("các nhiệm vụ như: ...").
_LIST_LEADS = frozenset({"như", "sau", "gồm", "là", "cụ thể"})
# "“...” - đó là chỉ đạo của ...": a quoted order named after the quote.
# The nouns that name an order after it: "... - đó là chỉ đạo của ...".
_ORDER_NOUNS = (
    r"(?:những |một trong những )?(?P<verb>yêu cầu|chỉ đạo|đề nghị|lưu ý|nhấn mạnh|kết luận)"
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# Words opening a ban ("không để xảy ra ...", "tuyệt đối không ..."), an action of its own.
_NEGATIONS = frozenset({"không", "tuyệt"})
_QUOTED_ORDER = re.compile(
    r"[\"“](?P<quote>[^\"“”]{10,400})[\"”]\s*[-–]\s*(?:[Đđ]ó là |[Ll]à )"
    + _ORDER_NOUNS + r"(?: của)?\s+(?P<who>\S)"
)
# "“...”, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu." (`_quote_then_speaker`; or "“...” - ông
# Lộc nhấn mạnh."): the quote, then who said it and the verb ending the sentence.
_QUOTE_OPENING = re.compile(r'(?:^|(?<=[.!?]) )[“"]', re.MULTILINE)
_QUOTE_REACH = 900
_QUOTE_THEN_SPEAKER = re.compile(
    r"[\"“](?P<quote>[^\"“”]{10,700}?)[.!]?[\"”]\s*[,–-]\s*(?P<who>[^,.;:“”\"\n]{2,90}?)\s+"
    r"(?P<verb>yêu cầu|chỉ đạo|đề nghị|lưu ý|nhấn mạnh)(?=\s*(?:[.!]|$|khi |tại |trong |sau ))"
)
# "X nhấn mạnh: “...”": the speaker and verb, then the quote (`_speaker_then_quote`).
_SPEAKER_THEN_QUOTE = re.compile(
    r"(?P<who>[^:“”\"\n]{2,200}?)\s+(?P<verb>yêu cầu|chỉ đạo|đề nghị|lưu ý|nhấn mạnh)\s*:\s*"
    r"[\"“](?P<quote>[^\"“”]{10,700}?)[.!]?[\"”]"
)
# "Đó là chỉ đạo của đồng chí ...", after the order it names (`_order_named_after`).
_NAMED_AFTER = re.compile(
    r"(?:[Đđ]ó|[Đđ]ây) là (?:ý kiến )?" + _ORDER_NOUNS + r"(?: của)?\s+(?P<who>\S)"
)
# An interview's answer, labelled with who gives it: "Ông Lò Văn Pản: ...", "Bà Hoa: ...".
_ANSWER_LABEL = re.compile(r"(?:Ông|Bà|Đồng chí)[ \t]+(?P<name>[^\W\d_][^:\n]{0,40}?)[ \t]*:")
# After a body opening a sentence: it passes its task on ("Sở X chỉ đạo lực lượng ...").
_PASSED_ON = re.compile(r"[ \t]+(?:chỉ đạo|đôn đốc)[ \t]+\w")
# Bodies that give orders of their own ("UBND tỉnh chỉ đạo Sở Tài chính ..."), unlike the
# departments a directive tells.
_ISSUING_BODY = re.compile(
    r"Ủy ban nhân dân|Hội đồng nhân dân|Ban Thường vụ|Tỉnh ủy|Thành ủy|Huyện ủy"
)
# The speaker in the first person ("Tôi ghi nhận vai trò của đồng chí Y").
_FIRST_PERSON = re.compile(r"(?<!\w)[Tt]ôi(?!\w)")
# Whom the issuer met: "tại buổi làm việc với Ban Thường vụ ...", "khi kiểm tra tại ...".
_MEETING = r"(?:làm việc|đối thoại|tiếp xúc|gặp mặt|họp) với"
_MET = re.compile(_MEETING + r"\s+")
# In a sentence naming an order: the body met, or whom it was for ("... đối với các cấp ủy").
_TOLD_IN_NAMING = re.compile(rf"(?P<met>{_MEETING})\s+|(?<!\w)đối với\s+")
# Where "đối với X" ends: a phrase of time, place or purpose, or the clause's end.
_TOLD_END = re.compile(r"\s(?:trong|tại|khi|để|nhằm|từ nay)\s|[.;!]")
_DECISION = re.compile(r"(?<!\w)(?:[Qq]uyết định|[Cc]ông điện|[Cc]hỉ thị|[Cc]ông văn)(?!\w)")
_AFTER_COLON = re.compile(r":[ \t]*$")
# How a part after ";" is read for a new addressee: actions start at an opener.
_PLAIN_FORM = VerbForm("", "")


def _without_closing_aside(subject: list[Word]) -> list[Word]:
    """A subject without the phrase set between dashes it ends in ("các xã A, B - nơi có
    vùng chuyên canh lớn -" is "các xã A, B")."""
    if len(subject) < 3 or subject[-1].text not in _DASHES:
        return subject
    for j in range(len(subject) - 2, max(0, len(subject) - 1 - _ASIDE_WORDS), -1):
        if subject[j].text in _DASHES:
            return subject[:j] if j else subject
    return subject


def _names_listed_after(words: list[Word], k: int) -> bool:
    """The comma after ``words[k]`` separates names in a list ("các xã Tân Đức, Kha Sơn,
    UBND các xã phải ..."): capitalised words follow it up to the next comma."""
    j = k + 1
    while j < len(words) and words[j].text[:1].isupper() and not words[j].comma_after:
        j += 1
    return j < len(words) and j > k and words[j].text[:1].isupper() and words[j].comma_after

def _clause_tail(before: list[Word]) -> list[Word]:
    """The words after the last comma or colon: the verb's own subject."""
    for k in range(len(before) - 1, -1, -1):
        if before[k].comma_after or before[k].stop_after:
            return before[k + 1 :]
    return before


def _described_group(subject: list[Word]) -> bool:
    """ "các xã đã đạt chuẩn", "2 cán bộ được bổ nhiệm": a plural described by what it
    has done or undergone, not a report; the marker is followed by the description."""
    texts = [t.lower() for t in _texts(subject)]
    plural = texts[0] in ("các", "những") or texts[0].isdigit() if texts else False
    return len(texts) >= 4 and plural and texts[-1] not in ("đã", "đang", "được")


def _told_part(words: list[Word]) -> list[Word]:
    """The addressee's own words: after the last "là" ("yêu cầu đặt ra ... là Quảng Ninh
    phải ..."), after the comma that closes a fronted purpose or topic ("Để xây dựng Bến
    Tre ..., Ban Thường vụ Tỉnh ủy cần ...", "đối với 05 xã ..., BCĐ các xã ...")."""
    texts = _texts(words)
    for joint in ("là", "thì"):  # "cái nào thuộc thẩm quyền của huyện thì địa phương đó"
        if joint in texts:
            words = words[len(texts) - texts[::-1].index(joint) :]
            texts = _texts(words)
    lead = " ".join(_texts(words[:2])).lower()
    if words and (words[0].text == "Để" or lead == "đối với"):
        for k in range(len(words) - 1, -1, -1):
            if words[k].comma_after:
                return words[k + 1 :]
    return words


def _names_addressee(word: str) -> bool:
    """A "giao" directive names its addressee first: a body (capital) or "các ..."."""
    return bool(word) and (word[0].isupper() or word in ("các", "cho", "những", "sở"))
