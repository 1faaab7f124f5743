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

from spacy.tokens import Doc

from extract.record import Location

FACT_EXTENSIONS = ("locations", "organizations", "officials", "ratios", "percents", "directives")


@dataclass
class ArticleContext:
    """What a component may know about the article beyond its words.

    ``fields`` lists ``(name, start, end)`` of title, summary and text inside
    the Doc text, in that order. ``province`` and ``district`` are the units
    the article is about (the `Location` objects), filled in by the admin-units
    component from the source site and the article's own mentions, so later
    components can resolve "UBND tỉnh" or "Huyện ủy" to a named body.
    """

    url: str | None = None
    source: str | None = None
    published: str | None = None
    fields: list[tuple[str, int, int]] = field(default_factory=list)
    province: Location | None = None
    district: Location | None = None

    @property
    def year(self) -> int | None:
        """The publication year, when the page gave a date."""
        return int(self.published[:4]) if self.published else None


CONTEXT_KEY = ("vnextract", "context")


def _list_extension(name: str) -> None:
    key = ("vnextract", name)

    def getter(doc: Doc) -> list:
        return doc.user_data.setdefault(key, [])

    def setter(doc: Doc, value: list) -> None:
        doc.user_data[key] = value

    Doc.set_extension(name, getter=getter, setter=setter, force=True)


def register_extensions() -> None:
    """Register the Doc extensions (idempotent; called when the pipeline is built)."""
    for name in FACT_EXTENSIONS:
        _list_extension(name)

    def context_getter(doc: Doc) -> ArticleContext:
        context = doc.user_data.get(CONTEXT_KEY)
        if context is None:  # not setdefault's argument: built on every read
            context = doc.user_data[CONTEXT_KEY] = ArticleContext()
        return context

    def context_setter(doc: Doc, value: ArticleContext) -> None:
        doc.user_data[CONTEXT_KEY] = value

    Doc.set_extension("context", getter=context_getter, setter=context_setter, force=True)

    def phrases_getter(doc: Doc):
        from extract.nlp.phrase_index import phrase_hits  # loads the automaton on first use

        return phrase_hits(doc)

    Doc.set_extension("phrases", getter=phrases_getter, force=True)
