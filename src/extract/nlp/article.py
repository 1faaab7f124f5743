"""An `Article`: what our components read of a spaCy Doc, without spaCy.

Our components read a Doc's text by character offsets and keep what they find
in ``doc.user_data``; they never read its tokens. An `Article` has just those
two things, so the record path (`extract.nlp.components.read_facts`) runs them
without importing spaCy at all, and builds no Doc per article.
"""

from __future__ import annotations

from extract.nlp.extensions import ArticleContext, set_context
from extract.page import Page
from extract.urls import source_of

FIELD_SEPARATOR = "\n\n"


class Article:
    """A page's title, summary and text joined as one text, and a ``user_data`` store.

    ``user_data`` holds the `ArticleContext` and, as the components run, their
    facts, under the keys `extract.nlp.extensions` reads and writes
    (``facts_of(article, "officials")`` as for a Doc).
    """

    __slots__ = ("text", "user_data")

    def __init__(self, text: str, context: ArticleContext | None = None) -> None:
        """Args: the text the components read, and what they may know beyond it."""
        self.text = text
        self.user_data: dict = {}
        if context is not None:
            set_context(self, context)


def article_of(page: Page) -> Article:
    """The article of a page: title, summary and text joined by blank lines.

    Args:
        page: the page fields.

    Returns:
        The `Article`; its context names the page's URL, site and date, and
        ``context.fields`` where title, summary and text lie in its text.
    """
    parts, fields, offset = [], [], 0
    for name in ("title", "summary", "text"):
        value = getattr(page, name) or ""
        if not value:
            continue
        if parts:
            parts.append(FIELD_SEPARATOR)
            offset += len(FIELD_SEPARATOR)
        parts.append(value)
        fields.append((name, offset, offset + len(value)))
        offset += len(value)
    context = ArticleContext(
        url=page.url, source=source_of(page.url), published=page.published, fields=fields
    )
    return Article("".join(parts), context)
