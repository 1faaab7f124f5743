"""Small helpers shared by the components: character spans to entities."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.record import Mention


def mention(start: int, end: int) -> Mention:
    """A mention in Doc coordinates (the record stage maps it to a field)."""
    return Mention("doc", start, end)


def add_entities(doc: Doc, spans: Iterable[tuple[int, int, str]]) -> None:
    """Add ``(start_char, end_char, label)`` spans to ``doc.ents``.

    Character spans snap outward to token boundaries; where spans overlap the
    longest wins (existing entities included), so components can run in any
    order without erasing each other's work wholesale.
    """
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
        doc.ents = filter_spans(list(doc.ents) + new)
    else:  # the common case: nothing to arbitrate, keep what is there as it is
        doc.set_ents(filter_spans(new), default="unmodified")


def first_word_finder(surfaces: Iterable[str]) -> re.Pattern[str]:
    """A zero-width pattern matching wherever one of ``surfaces`` could start: where
    its first word stands (a word starting with a letter or digit only at a word's
    start). A superset of the places the full alternation of ``surfaces`` matches."""
    words = sorted({s.split()[0] for s in surfaces if s.split()}, key=len, reverse=True)
    bounded = [re.escape(w) for w in words if w[0].isalnum()]
    loose = [re.escape(w) for w in words if not w[0].isalnum()]
    options = [rf"(?<!\w)(?={'|'.join(bounded)})"] if bounded else []
    options += [rf"(?={'|'.join(loose)})"] if loose else []
    return re.compile("|".join(options) or "(?!)")


def finditer_at(
    pattern: re.Pattern[str], candidates: re.Pattern[str], text: str
) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text)`` gives, found by trying ``pattern`` only
    where ``candidates`` (from `first_word_finder`) matches: a long alternation of
    phrases costs far less tried at a few places than scanned along the whole text."""
    taken_until = 0
    for candidate in candidates.finditer(text):
        at = candidate.start()
        if at < taken_until:
            continue
        m = pattern.match(text, at)
        if m:
            taken_until = max(m.end(), at + 1)
            yield m


TEXT_KEY = ("vnextract", "text")


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and shared by the components: spaCy joins the
    tokens again on every ``doc.text``. `doc_for_page` stores it up front."""
    text = doc.user_data.get(TEXT_KEY)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if text is None or len(text) != end:  # missing, or copied from another Doc
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def span_text(doc: Doc, start: int, end: int) -> str:
    """The Doc text between two character offsets."""
    return doc.text[start:end]


__all__ = ["Span", "add_entities", "doc_text", "mention", "span_text"]
