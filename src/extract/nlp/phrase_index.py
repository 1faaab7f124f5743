"""One scan for every lexicon phrase: a shared index of where each phrase stands.

The components look up titles, body heads, unit type words, directive verbs and
quantity units, each with its own alternation over the whole text. The phrase
index compiles every phrase of the sources in ``lexicons/phrase_index.toml``
into one Aho-Corasick automaton (``ahocorasick_rs``, chosen by
bench/bench_phrases.py over pyahocorasick and a regex alternation), runs it once
per article, and keeps the hits on the Doc for any component to read:

    >>> hits = phrase_hits(doc)            # scanned on first use, then kept
    >>> [doc_text(doc)[h.start:h.end] for h in hits.of("position")]
    ['Chủ tịch UBND tỉnh', 'Bí thư']

Matching is that of the components' ``surface_pattern``: case as written,
spaces and tabs between words flexible, a dash with or without spaces around
it (the text is scanned in a normalised copy, every offset mapped back), and a
word boundary at each end of a phrase that is a letter or digit. Every hit is
reported, overlapping ones included ("Ủy ban nhân dân" and "Ủy ban"), each once
with all the kinds whose lexicons list that phrase.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs
from spacy.tokens import Doc

from extract.nlp.lexicon import LEXICONS, read_lexicon
from extract.nlp.spans import doc_text
from extract.normalize import normalize_text

SOURCES = "phrase_index.toml"
PHRASES_KEY = ("vnextract", "phrases")
# What the normalised copy rewrites: a dash and the spaces around it become " - ",
# any other run of spaces and tabs but a single space becomes one space.
_REWRITE = re.compile(r"[ \t]*[-–][ \t]*|[ \t]{2,}|\t")
_WORD_CHAR = re.compile(r"\w")


def phrase_key(surface: str) -> str:
    """The form a phrase is indexed under: single spaces, every dash as " - "
    (the ``surface_key`` of the components' tables)."""
    return re.sub(r"\s*[-–]\s*", " - ", " ".join(surface.split()))


@dataclass(frozen=True, slots=True)
class Hit:
    """One phrase found: ``text[start:end]`` in Doc coordinates, its indexed form
    (`phrase_key`, the key of the components' tables) and the kinds listing it."""

    start: int
    end: int
    phrase: str
    kinds: tuple[str, ...]


class PhraseHits:
    """The hits of one article, in text order (longer first at one start)."""

    def __init__(self, hits: list[Hit]):
        self.hits = hits
        self._by_kind: dict[str, list[Hit]] = {}
        for hit in hits:
            for kind in hit.kinds:
                self._by_kind.setdefault(kind, []).append(hit)

    def of(self, kind: str) -> list[Hit]:
        """The hits of one kind ("position", "org_head", ...), in text order."""
        return self._by_kind.get(kind, [])

    def __iter__(self):
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)


class PhraseIndex:
    """Phrases compiled once into one automaton; `scan` finds them all in one pass."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]):
        """Args:
        phrases: indexed form (`phrase_key`) -> the kinds that list it.
        """
        if not phrases:
            raise ValueError("a phrase index needs at least one phrase")
        self.phrases = phrases
        self._keys = list(phrases)
        self._kinds = [phrases[k] for k in self._keys]
        self._bounded = [(k[0].isalnum(), k[-1].isalnum()) for k in self._keys]
        self._automaton = ahocorasick_rs.AhoCorasick(
            self._keys, matchkind=ahocorasick_rs.MATCHKIND_STANDARD
        )

    def scan(self, text: str) -> list[Hit]:
        """Every phrase in ``text`` (any Unicode text; Doc text in the pipeline).

        Returns:
            The hits, by start then longest first, offsets into ``text``.
        """
        normal, to_text = _normalised(text)
        hits = []
        for index, start, end in self._automaton.find_matches_as_indexes(
            normal, overlapping=True
        ):
            if to_text is not None:
                start, end = to_text(start, end)
            bound_start, bound_end = self._bounded[index]
            if bound_start and start and _WORD_CHAR.match(text, start - 1):
                continue
            if bound_end and _WORD_CHAR.match(text, end):
                continue
            hits.append(Hit(start, end, self._keys[index], self._kinds[index]))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _normalised(text: str):
    """The text with dashes and space runs rewritten, and a function mapping a
    ``(start, end)`` in it back to ``text`` (None when nothing was rewritten)."""
    pieces, normal_at, text_at = [], [0], [0]  # anchors: equal offsets from here on
    last = length = 0
    for m in _REWRITE.finditer(text):
        replacement = " - " if ("-" in m.group() or "–" in m.group()) else " "
        pieces += [text[last : m.start()], replacement]
        length += m.start() - last + len(replacement)
        normal_at.append(length)
        text_at.append(m.end())
        last = m.end()
    if last == 0:
        return text, None
    pieces.append(text[last:])

    def to_text(start: int, end: int) -> tuple[int, int]:
        # a phrase starts and ends outside the rewritten runs (it has no space or
        # dash at its ends), so each end lies in a stretch copied unchanged
        i = bisect_right(normal_at, start) - 1
        j = bisect_right(normal_at, end - 1) - 1
        return text_at[i] + start - normal_at[i], text_at[j] + end - normal_at[j]

    return "".join(pieces), to_text


def read_sources(path=None) -> dict[str, tuple[str, ...]]:
    """Indexed form -> kinds, from the sources listed in ``lexicons/phrase_index.toml``.

    Args:
        path: another sources file (default: the one under lexicons/).

    Returns:
        Every phrase of every source, under `phrase_key`, with its kinds in
        the order the sources come.
    """
    config = tomllib.loads((path or LEXICONS / SOURCES).read_text(encoding="utf-8"))
    phrases: dict[str, list[str]] = {}
    for source in config["source"]:
        for surface in _surfaces(source):
            kinds = phrases.setdefault(phrase_key(surface), [])
            if source["kind"] not in kinds:
                kinds.append(source["kind"])
    return {key: tuple(kinds) for key, kinds in phrases.items() if key}


def _surfaces(source: dict) -> Iterable[str]:
    """The phrases one source lists (see the comments of phrase_index.toml)."""
    name = source["file"]
    if name.endswith(".toml"):
        data = tomllib.loads((LEXICONS / name).read_text(encoding="utf-8"))
        head, _, field = source["key"].partition(".")
        value = data[head]
        if field and isinstance(value, list):  # a field of an array of tables
            value = [v for table in value for v in table[field]]
        elif field:
            value = value[field]
        yield from (normalize_text(v).strip() for v in value)
        return
    for row in read_lexicon(name):
        if len(row) <= source["column"]:
            continue
        cell = row[source["column"]]
        surfaces = cell.split(source["separator"]) if "separator" in source else [cell]
        any_case = "case_column" in source and row[source["case_column"]] == "any"
        for surface in surfaces:
            yield surface
            if any_case and surface:
                yield from (surface.lower(), surface[0].upper() + surface[1:], surface.upper())


@cache
def phrase_index() -> PhraseIndex:
    """The index of every lexicon phrase, compiled once per process."""
    return PhraseIndex(read_sources())


def phrase_hits(doc: Doc) -> PhraseHits:
    """The phrase hits of a Doc: scanned on the first call, kept in ``doc.user_data``.

    Args:
        doc: a Doc of our pipeline (or any Doc: its text is scanned).

    Returns:
        The `PhraseHits`, offsets in Doc characters.
    """
    text = doc_text(doc)
    kept = doc.user_data.get(PHRASES_KEY)
    if kept is None or kept[0] is not text:  # none yet, or another Doc's
        kept = doc.user_data[PHRASES_KEY] = (text, PhraseHits(phrase_index().scan(text)))
    return kept[1]
