"""Deadlines inside directives: "trước ngày 30/4/2020", "trong quý III/2024" (record 1.1).

    >>> from extract.nlp.deadlines import parse_deadline
    >>> parse_deadline("trong quý III/2024", year=2024)
    '2024-09-30'
    >>> parse_deadline("trước 15/12", year=2023)
    '2023-12-15'

The `DeadlineFinder` component (``vn_deadlines``) runs after the directives
component and gives each directive a ``deadlines`` list: one `Deadline` for
each action that states when it is due, found in the action itself, or in
the rest of its sentence (then it holds for every action of that sentence
that has none of its own). The phrases are data: ``lexicons/deadlines.toml``.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from extract.nlp.extensions import context_of, facts_of
from extract.nlp.lexicon import LEXICONS
from extract.nlp.spans import doc_text, finditer_at, mention
from extract.record import Deadline, Directive

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["DeadlineFinder", "Phrase", "find_deadlines", "parse_deadline"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_SENTENCE_END = re.compile(r"[.;!?\n]")


@dataclass(frozen=True)
class Phrase:
    """A deadline phrase found in a text: where, what it says, and its date if any."""

    start: int
    end: int
    text: str
    date: str | None


@dataclass(frozen=True)
class _Patterns:
    phrase: re.Pattern[str]
    dates: tuple[tuple[str, re.Pattern[str]], ...]
    openings: re.Pattern[str]  # where a phrase may start: every one opens with one


@cache
def _patterns() -> _Patterns:
    data = tomllib.loads((LEXICONS / "deadlines.toml").read_text("utf-8"))
    leads = "|".join(f"(?:{lead})" for lead in data["leads"])
    dates = "|".join(f"(?:{d['pattern']})" for d in data["dates"])
    # group names repeat across the date patterns: strip them for the finder
    dates = re.sub(r"\(\?P<\w+>", "(?:", dates)
    events = "|".join(f"(?:{e})" for e in data["events"])
    phrase = rf"(?<!\w)(?:(?:{leads})\s+(?:{dates})|{events})(?!\w)"
    openings = tuple(word.lower() for word in data["openings"])
    for pattern in data["leads"] + data["events"]:
        if not pattern.lower().startswith(openings):
            raise ValueError(f"deadlines.toml: {pattern!r} opens with none of the openings")
    return _Patterns(
        phrase=re.compile(phrase, re.IGNORECASE),
        dates=tuple((d["kind"], re.compile(d["pattern"], re.IGNORECASE)) for d in data["dates"]),
        openings=_word_openings(openings),
    )


def _word_openings(openings: tuple[str, ...]) -> re.Pattern[str]:
    """Where a phrase may start: the first word of an opening at a word start, in
    any case. Its first character is written as a class of both cases, not under
    IGNORECASE nor behind a look-ahead, so the regex engine jumps from one such
    character to the next instead of trying every offset (a superset: "đrước"
    matches too, and the phrase pattern then fails there)."""
    firsts = sorted({opening.split()[0] for opening in openings}, key=len, reverse=True)
    chars = sorted({case(word[0]) for word in firsts for case in (str.lower, str.upper)})
    rests = "|".join(re.escape(word[1:]) for word in firsts)
    return re.compile(f"[{''.join(map(re.escape, chars))}](?<!\\w.)(?i:{rests})")


def parse_deadline(phrase: str, year: int | None) -> str | None:
    """The last day a deadline phrase allows, as an ISO date.

    Args:
        phrase: "trước ngày 30/4/2020", "trong tháng 6", "trong quý III/2024", ...
        year: the article's year, for phrases that give none ("trước 15/12").

    Returns:
        ``"2020-04-30"``; None when the phrase names an event, not a date
        ("trước khi bão đổ bộ"), or a date that does not exist, or when the
        year is needed and unknown.
    """
    for kind, pattern in _patterns().dates:
        match = pattern.search(phrase)
        if match:
            return _to_date(kind, match.groupdict(), year)
    return None


def _to_date(kind: str, parts: dict[str, str | None], year: int | None) -> str | None:
    y = int(parts["year"]) if parts.get("year") else year
    if y is None:
        return None
    try:
        if kind in ("day_month_year", "day_month"):
            return date(y, int(parts["month"]), int(parts["day"])).isoformat()
        if kind in ("month_year", "month"):
            return _month_end(y, int(parts["month"]))
        if kind in ("quarter_year", "quarter"):
            quarter = parts["quarter"].upper()
            return _month_end(y, 3 * (_ROMAN.get(quarter) or int(quarter)))
        if kind == "half_year":
            return _month_end(y, 6)
        if kind in ("year", "year_end"):
            return date(y, 12, 31).isoformat()
    except ValueError:
        return None
    return None


def _month_end(year: int, month: int) -> str:
    return date(year, month, calendar.monthrange(year, month)[1]).isoformat()


def find_deadlines(text: str, year: int | None, start: int = 0, end: int | None = None):
    """Deadline phrases in ``text[start:end]``, in order.

    Args:
        text: the text to search.
        year: the article's year (see `parse_deadline`).
        start, end: the part of ``text`` to search.

    Returns:
        A list of `Phrase`, offsets into ``text``.
    """
    found = []
    patterns = _patterns()
    for match in finditer_at(patterns.phrase, patterns.openings, text, start, end):
        surface = match.group(0).rstrip()
        found.append(Phrase(match.start(), match.start() + len(surface), surface,
                            parse_deadline(surface, year)))
    return found


class DeadlineFinder:
    """Gives each directive the deadlines its actions state (``directive.deadlines``)."""

    def __init__(self, nlp: Language | None = None, name: str = "vn_deadlines"):
        """Args: nlp, name: spaCy's factory arguments (unused)."""
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Find the deadlines of ``doc._.directives`` and attach them."""
        matches = self.match(doc)
        self.set_annotations(doc, matches)
        return doc

    def match(self, doc: Doc) -> list[list[Deadline]]:
        """The deadlines of each directive of ``doc``, in directive order.

        Args:
            doc: a Doc the directives component has run on.

        Returns:
            One list of `Deadline` per directive (mentions in Doc coordinates).
        """
        text, year = doc_text(doc), context_of(doc).year
        return [self._deadlines(text, year, d) for d in facts_of(doc, "directives")]

    def _deadlines(self, text: str, year: int | None, directive: Directive) -> list[Deadline]:
        if not directive.mentions:
            return []
        lo, hi = directive.mentions[0].start, directive.mentions[-1].end
        sentence_end = _sentence_end(text, hi)
        spans, cursor = [], lo
        for action in directive.actions:
            where = text.find(action, cursor, sentence_end)
            spans.append((where, where + len(action)) if where >= 0 else None)
            cursor = where + len(action) if where >= 0 else cursor
        own: dict[int, Phrase] = {}
        for i, span in enumerate(spans):
            if span:
                inside = find_deadlines(text, year, span[0], span[1])
                if inside:
                    own[i] = inside[0]
        outside = [
            p for p in find_deadlines(text, year, lo, sentence_end)
            if not any(s and s[0] <= p.start < s[1] for s in spans)
        ]
        deadlines = []
        for i in range(len(directive.actions)):
            phrase = own.get(i) or (outside[0] if outside else None)
            if phrase:
                deadlines.append(
                    Deadline(i, phrase.text, phrase.date, [mention(phrase.start, phrase.end)])
                )
        return deadlines

    def set_annotations(self, doc: Doc, matches: list[list[Deadline]]) -> None:
        """Store each list on its directive's ``deadlines``.

        Args:
            doc: the Doc the matches came from.
            matches: from `match`.
        """
        for directive, deadlines in zip(facts_of(doc, "directives"), matches, strict=True):
            directive.deadlines = deadlines


def _sentence_end(text: str, position: int) -> int:
    match = _SENTENCE_END.search(text, position)
    return match.start() if match else len(text)
