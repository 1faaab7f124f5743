"""The Doc extensions our components fill, and the article context they read.

doc._.context        ArticleContext: url, source site, publication date, field offsets
doc._.locations      list[Location]
doc._.organizations  list[Organization]
doc._.officials      list[Official]
doc._.ratios         list[Ratio]
doc._.percents       list[Percent]
doc._.directives     list[Directive]
doc._.phrases        PhraseHits: every lexicon phrase in the text, from one scan
                     (`extract.nlp.phrase_index`; read-only, scanned on first use)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extract.record import Location

if TYPE_CHECKING:
    from spacy.tokens import Doc

FACT_EXTENSIONS = ("locations", "organizations", "officials", "ratios", "percents", "directives")


@dataclass
class ArticleContext:
    """What a component may know about the article beyond its words.

    ``fields`` lists ``(name, start, end)`` of title, summary and text inside
    the Doc text, in that order. ``province`` and ``district`` are the units
    the article is about (the `Location` objects), filled in by the admin-units
    component from the source site and the article's own mentions, so later
    components can resolve "UBND tỉnh" or "Huyện ủy" to a named body; ``commune``
    is the commune whose page on its district's portal the article is ("UBND xã").
    """

    url: str | None = None
    source: str | None = None
    published: str | None = None
    fields: list[tuple[str, int, int]] = field(default_factory=list)
    province: Location | None = None
    district: Location | None = None
    commune: Location | None = None

    @property
    def year(self) -> int | None:
        """The publication year, when the page gave a date."""
        return int(self.published[:4]) if self.published else None


# Where the extensions keep their values in ``doc.user_data``.
CONTEXT_KEY = ("vnextract", "context")
FACT_KEYS = {kind: ("vnextract", kind) for kind in FACT_EXTENSIONS}


# The components read and write the store below directly: it is what ``doc._.officials``
# reads, without the accessor object spaCy builds on every ``doc._`` (3 us a read,
# some twenty reads an article).


def facts_of(doc: Doc, kind: str) -> list:
    """``doc._.<kind>``: the facts of one kind the components have found so far.

    Args:
        doc: the Doc.
        kind: one of `FACT_EXTENSIONS`.

    Returns:
        The stored list itself (an empty one is stored on first read).
    """
    return doc.user_data.setdefault(FACT_KEYS[kind], [])


def set_facts(doc: Doc, kind: str, value: list) -> None:
    """``doc._.<kind> = value``.

    Args:
        doc: the Doc.
        kind: one of `FACT_EXTENSIONS`.
        value: the facts of that kind, replacing those stored.
    """
    doc.user_data[FACT_KEYS[kind]] = value


def context_of(doc: Doc) -> ArticleContext:
    """``doc._.context``: an empty one is stored on first read.

    Args:
        doc: the Doc.

    Returns:
        The Doc's `ArticleContext`.
    """
    found = doc.user_data.get(CONTEXT_KEY)
    if found is None:  # not setdefault's argument: that would build one on every read
        found = doc.user_data[CONTEXT_KEY] = ArticleContext()
    return found


def set_context(doc: Doc, value: ArticleContext) -> None:
    """``doc._.context = value``."""
    doc.user_data[CONTEXT_KEY] = value


def _list_extension(kind: str) -> None:
    from spacy.tokens import Doc

    Doc.set_extension(
        kind,
        getter=lambda doc: facts_of(doc, kind),
        setter=lambda doc, value: set_facts(doc, kind, value),
        force=True,
    )


def register_extensions() -> None:
    """Register the Doc extensions (idempotent; called when the pipeline is built)."""
    from spacy.tokens import Doc

    for name in FACT_EXTENSIONS:
        _list_extension(name)

    Doc.set_extension("context", getter=context_of, setter=set_context, force=True)

    def phrases_getter(doc: Doc):
        from extract.nlp.phrase_index import phrase_hits  # loads the automaton on first use

        return phrase_hits(doc)

    Doc.set_extension("phrases", getter=phrases_getter, force=True)
