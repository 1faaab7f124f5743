"""Small helpers shared by the components: character spans to entities."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick_rs
from ahocorasick_rs import MATCHKIND_STANDARD

from extract.nlp.article import Article
from extract.record import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def mention(start: int, end: int) -> Mention:
    """A mention in Doc coordinates (the record stage maps it to a field)."""
    return Mention("doc", start, end)


# ``doc.user_data[RECORD_ONLY_KEY] = True``: a Doc made only to become a record
# (`doc_for_page(..., for_record=True)`); the components leave ``doc.ents`` alone.
RECORD_ONLY_KEY = ("vnextract", "record_only")


def add_entities(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> None:
    """Add ``(start_char, end_char, label)`` spans to ``doc.ents``.

    Character spans snap outward to token boundaries; where spans overlap the
    longest wins (existing entities included), so components can run in any
    order without erasing each other's work wholesale.

    A Doc made only to become a record (``doc_for_page(..., for_record=True)``),
    and an `Article`, get none: no record field is read from ``doc.ents``, and
    writing them was a tenth of the pipeline's time.
    """
    if isinstance(doc, Article) or doc.user_data.get(RECORD_ONLY_KEY):
        return
    from spacy.tokens import Span  # a real Doc: spaCy is loaded already
    from spacy.util import filter_spans

    new = []
    for start, end, label in spans:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            new.append(span)
    if not new:
        return
    # a token inside an entity has IOB "B" (3) or "I" (1), both odd: asking the new spans'
    # tokens costs less than building every existing entity's Span
    if any(token.ent_iob & 1 for span in new for token in span):
        kept = filter_spans(list(doc.ents) + new)
        # what ``doc.ents = kept`` does, in two steps that cost less: every token
        # outside (O), then the entities kept (spaCy's default for the tokens left
        # out of them tests each token in Python)
        doc.set_ents([], outside=[Span(doc, 0, len(doc))], default="unmodified")
        doc.set_ents(kept, default="unmodified")
    else:  # the common case: nothing to arbitrate, keep what is there as it is
        doc.set_ents(new if _apart(new) else filter_spans(new), default="unmodified")


def _apart(spans: list[Span]) -> bool:
    """Whether no two spans share a token (then `filter_spans` would keep them all)."""
    bounds = sorted((span.start, span.end) for span in spans)
    return all(end <= start for (_, end), (start, _) in pairwise(bounds))


def first_word_finder(surfaces: Iterable[str]) -> re.Pattern[str]:
    """A zero-width pattern matching wherever one of ``surfaces`` could start: where
    its first word stands (a word starting with a letter or digit only at a word's
    start). A superset of the places the full alternation of ``surfaces`` matches.

    `finditer_at` finds the places of a pattern made here without running it: one
    Aho-Corasick scan per text finds the first words of every such pattern at once."""
    words = sorted({s.split()[0] for s in surfaces if s.split()}, key=len, reverse=True)
    bounded = [w for w in words if w[0].isalnum()]
    loose = [w for w in words if not w[0].isalnum()]
    options = [rf"(?<!\w)(?={'|'.join(map(re.escape, bounded))})"] if bounded else []
    options += [rf"(?={'|'.join(map(re.escape, loose))})"] if loose else []
    pattern = re.compile("|".join(options) or "(?!)")
    if words and pattern not in _FINDERS:
        _FINDERS[pattern] = _FIRST_WORDS.add(words)
    return pattern


class _FirstWords:
    """The places every `first_word_finder` pattern matches in a text, from one
    automaton over all their first words. The scan is kept for the last text: the
    components ask for their places in the same article one after another, and
    each scan of its own would cost the most of it again (the automaton reads the
    whole text before it matches anything: 6 us of a 12 us scan)."""

    def __init__(self) -> None:
        self.finders: list[list[str]] = []  # the first words of each pattern
        self.state: _ScanState | None = None  # built on the first scan after an add
        self.last: tuple[str | None, list[list[int]]] = (None, [])

    def add(self, words: list[str]) -> int:
        """Take the first words of one more pattern; returns its number for `starts`."""
        self.finders.append(words)
        self.state = None
        return len(self.finders) - 1

    def starts(self, finder: int, text: str) -> list[int]:
        """Where in ``text`` a first word of pattern ``finder`` starts (after no word
        character if it is a word), in order: ``[m.start() for m in pattern.finditer(text)]``."""
        last_text, found = self.last
        if last_text is not text or finder >= len(found):
            found = self._scan(text)
            self.last = (text, found)  # one assignment: a thread reads the old or the new
        return found[finder]

    def _scan(self, text: str) -> list[list[int]]:
        state = self.state or self._build()
        found: list[set[int]] = [set() for _ in range(state.finders)]
        for index, start, _ in state.automaton.find_matches_as_indexes(text, overlapping=True):
            if state.bounded[index] and start and is_word_char(text[start - 1]):
                continue
            for finder in state.owners[index]:
                found[finder].add(start)
        return [sorted(places) for places in found]

    def _build(self) -> _ScanState:
        finders = list(self.finders)
        owners: dict[str, list[int]] = {}
        for finder, words in enumerate(finders):
            for word in words:
                owners.setdefault(word, []).append(finder)
        words = list(owners)
        self.state = _ScanState(
            automaton=ahocorasick_rs.AhoCorasick(words, matchkind=MATCHKIND_STANDARD),
            bounded=[word[0].isalnum() for word in words],
            owners=[tuple(owners[word]) for word in words],
            finders=len(finders),
        )
        return self.state


class _ScanState(NamedTuple):
    automaton: ahocorasick_rs.AhoCorasick
    bounded: list[bool]  # per word: a word (not punctuation) starts it
    owners: list[tuple[int, ...]]  # per word: the patterns it is a first word of
    finders: int


_FIRST_WORDS = _FirstWords()
# first_word_finder's patterns -> their numbers in _FIRST_WORDS (patterns compare by text)
_FINDERS: dict[re.Pattern[str], int] = {}


def first_word_starts(candidates: re.Pattern[str], text: str) -> list[int] | None:
    """Where ``candidates``, a pattern from `first_word_finder`, matches in ``text``
    (from the shared scan); None for a pattern made elsewhere."""
    finder = _FINDERS.get(candidates)
    return None if finder is None else _FIRST_WORDS.starts(finder, text)


# Between two names of one coordination: "huyện U Minh, huyện Trần Văn Thời", "Đảng ủy và
# UBND xã" (organizations, and the directives' addressees).
COORDINATOR = re.compile(r"[ \t]*(?:,|và)[ \t]*")


def is_word_char(char: str) -> bool:
    """What ``\\w`` matches: letters, digits and "_"."""
    return char.isalnum() or char == "_"


def finditer_at(
    pattern: re.Pattern[str],
    candidates: re.Pattern[str],
    text: str,
    pos: int = 0,
    endpos: int | None = None,
) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, found by trying
    ``pattern`` only where ``candidates`` (from `first_word_finder`, or any pattern
    matching wherever a match may start) matches: a long alternation of phrases
    costs far less tried at a few places than scanned along the whole text."""
    endpos = len(text) if endpos is None else endpos
    starts = first_word_starts(candidates, text)
    if starts is not None:
        places: Iterable[int] = starts[bisect_left(starts, pos) : bisect_right(starts, endpos)]
    else:  # a pattern made elsewhere: its own scan
        places = (m.start() for m in candidates.finditer(text, pos, endpos))
    taken_until = pos
    for at in places:
        if at < taken_until:
            continue
        m = pattern.match(text, at, endpos)
        if m:
            taken_until = max(m.end(), at + 1)
            yield m


def search_at(
    pattern: re.Pattern[str], candidates: re.Pattern[str], text: str, pos: int, endpos: int
) -> re.Match | None:
    """``pattern.search(text, pos, endpos)``, with ``pattern`` tried only where
    ``candidates`` matches: a long alternation anchored at ``endpos`` ("...$")
    costs less tried at a few places of a window than at every one.

    Args:
        pattern: a pattern whose matches are never empty.
        candidates: a pattern matching (at least) wherever one of ``pattern``'s
            matches may start, e.g. a class of the characters they start with.
        text, pos, endpos: as for ``re.Pattern.search``.

    Returns:
        The leftmost match, as ``search`` gives it, or None.
    """
    for candidate in candidates.finditer(text, pos, endpos):
        m = pattern.match(text, candidate.start(), endpos)
        if m:
            return m
    return None


def first_chars(surfaces: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching one of the characters ``surfaces`` start with (for `search_at`)."""
    return re.compile("[" + "".join(sorted({re.escape(s[0]) for s in surfaces if s})) + "]")


TEXT_KEY = ("vnextract", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and shared by the components: spaCy joins the
    tokens again on every ``doc.text``. `doc_for_page` stores it up front."""
    if isinstance(doc, Article):
        return doc.text
    text = doc.user_data.get(TEXT_KEY)
    if len(doc):
        last = doc[-1]  # one Token object: each doc[-1] builds another
        # len(token) reads the lexeme's length; token.text_with_ws would copy the
        # text, all of it when the Doc is one token (`article_doc(tokens=False)`)
        end = last.idx + len(last) + len(last.whitespace_)
    else:
        end = 0
    if text is None or len(text) != end:  # missing, or copied from another Doc
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


__all__ = ["add_entities", "doc_text", "mention"]
