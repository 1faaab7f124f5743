"""One scan for every lexicon phrase: a shared index of where each phrase stands.

The components look up titles, body heads, unit type words, directive verbs and
quantity units, each with alternations of its own over the text. The phrase
index compiles every phrase of the sources in ``lexicons/phrase_index.toml``
into one Aho-Corasick automaton (``ahocorasick_rs``, chosen by
bench/bench_phrases.py over pyahocorasick and a regex alternation), runs it once
per article, and keeps the hits on the Doc for any component to read:

    >>> doc = extract.nlp()("Chủ tịch UBND tỉnh yêu cầu Bí thư Huyện ủy ...")
    >>> hits = phrase_hits(doc)            # or doc._.phrases: scanned on first use, then kept
    >>> [(h.phrase, h.kinds) for h in hits.of("position")]
    [('Chủ tịch', ('position',)), ('Bí thư', ('position',))]

The automaton compiles in about 2 ms, so it is kept per process (``functools.cache``,
as the components keep their tables) rather than on disk.

Matching is that of the components' ``surface_pattern``: case as written,
spaces and tabs between words flexible, a dash (- or –) with or without spaces
around it, and a word boundary at each end of a phrase that is a letter or
digit. The automaton holds each dash's spellings, so the Doc text is scanned as
it is; only a text with tabs or runs of spaces is scanned in a copy with them
made single spaces, its offsets mapped back. Every hit is reported,
overlapping ones included ("cần phải", "cần" and "phải"), each once with all
the kinds whose lexicons list that phrase.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

import ahocorasick_rs

from extract.nlp.lexicon import LEXICONS, read_lexicon
from extract.nlp.spans import doc_text, is_word_char
from extract.normalize import normalize_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

SOURCES = "phrase_index.toml"
PHRASES_KEY = ("vnextract", "phrases")
# What the scanned copy rewrites (only where the text has any): tabs and runs of spaces.
_SPACES = re.compile(r"[ \t]{2,}|\t")
# How a phrase's " - " may be written in a text: either dash, spaces or not on each side.
_DASH_SPELLINGS = tuple(a + d + b for d in "-–" for a in ("", " ") for b in ("", " "))


def phrase_key(surface: str) -> str:
    """The form a phrase is indexed under: single spaces, every dash as " - "
    (the ``surface_key`` of the components' tables)."""
    return re.sub(r"\s*[-–]\s*", " - ", " ".join(surface.split()))


class Hit(NamedTuple):
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

    def longest(self, *kinds: str) -> list[Hit]:
        """The hits of these kinds that a regex alternation of their phrases, longest
        phrase first, finds with ``finditer``: leftmost, the longest phrase at each
        start, none overlapping (what a component's own scan gives today).

        Args:
            kinds: one or more kinds ("position", "qualifier", ...).

        Returns:
            The chosen hits, in text order.
        """
        pooled = sorted(
            {hit for kind in kinds for hit in self.of(kind)}, key=_leftmost_longest_phrase
        )
        chosen, free_from = [], 0
        for hit in pooled:
            if hit.start >= free_from:
                chosen.append(hit)
                free_from = hit.end
        return chosen

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
        spellings, self._entries = [], []
        for key, kinds in phrases.items():
            entry = (key, kinds, key[0].isalnum(), key[-1].isalnum())
            for spelling in _spellings(key):
                spellings.append(spelling)
                self._entries.append(entry)
        self._automaton = ahocorasick_rs.AhoCorasick(
            spellings, matchkind=ahocorasick_rs.MATCHKIND_STANDARD
        )

    def scan(self, text: str) -> list[Hit]:
        """Every phrase in ``text`` (any Unicode text; Doc text in the pipeline).

        Returns:
            The hits, by start then longest first, offsets into ``text``.
        """
        scanned, to_text = _single_spaced(text)
        entries, hits, length = self._entries, [], len(text)
        for index, start, end in self._automaton.find_matches_as_indexes(
            scanned, overlapping=True
        ):
            if to_text is not None:
                start, end = to_text(start, end)
            key, kinds, bound_start, bound_end = entries[index]
            if bound_start and start and is_word_char(text[start - 1]):
                continue
            if bound_end and end < length and is_word_char(text[end]):
                continue
            hits.append(Hit(start, end, key, kinds))
        hits.sort(key=_text_order)
        return hits


def _text_order(hit: Hit) -> tuple[int, int]:
    return hit.start, -hit.end


def _leftmost_longest_phrase(hit: Hit) -> tuple[int, int, str]:
    # the phrase's own length decides, as in an alternation sorted by length
    return hit.start, -len(hit.phrase), hit.phrase


def _spellings(key: str) -> list[str]:
    """Every way a text may write the phrase: each " - " with either dash, with or
    without a space on each side (spaces elsewhere are single in the scanned text)."""
    parts = key.split(" - ")
    return [
        "".join(itertools.chain.from_iterable(zip(parts, (*dashes, ""), strict=True)))
        for dashes in itertools.product(_DASH_SPELLINGS, repeat=len(parts) - 1)
    ]


def _single_spaced(text: str):
    """The text with tabs and runs of spaces made one space, and a function mapping
    a ``(start, end)`` in it back to ``text`` (the text itself and None when it has
    neither, as Doc texts of normalised pages do)."""
    if "\t" not in text and "  " not in text:
        return text, None
    pieces, scanned_at, text_at = [], [0], [0]  # anchors: equal offsets from here on
    last = length = 0
    for m in _SPACES.finditer(text):
        pieces += [text[last : m.start()], " "]
        length += m.start() - last + 1
        scanned_at.append(length)
        text_at.append(m.end())
        last = m.end()
    pieces.append(text[last:])

    def to_text(start: int, end: int) -> tuple[int, int]:
        # a phrase neither starts nor ends with a space, so both of its ends lie in
        # stretches copied unchanged
        i = bisect_right(scanned_at, start) - 1
        j = bisect_right(scanned_at, end - 1) - 1
        return text_at[i] + start - scanned_at[i], text_at[j] + end - scanned_at[j]

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
