"""The public functions: an article in, a `Record` out.

>>> import extract
>>> rec = extract.from_text(open("article.txt").read(), url="https://baodongthap.vn/a.aspx")
>>> [o.name for o in rec.officials]
"""

from __future__ import annotations

from spacy.language import Language

from extract.nlp import doc_for_page
from extract.nlp.extensions import FACT_EXTENSIONS
from extract.page import Page, page_from_text
from extract.record import Record, build_record


def from_page(page: Page, nlp: Language | None = None) -> Record:
    """Extract every fact from an already-parsed `Page`.

    Args:
        page: the page fields (from a text dump, HTML or your own source).
        nlp: a pipeline from `extract.nlp()`, to use your own components
            (default: the shared one).

    Returns:
        The article's `Record`.
    """
    doc = doc_for_page(page, nlp)
    facts = {kind: list(getattr(doc._, kind)) for kind in FACT_EXTENSIONS}
    return build_record(page, facts, doc._.context.fields)


def from_text(text: str, url: str | None = None, nlp: Language | None = None) -> Record:
    """Extract a record from the plain text of a page (a scrape or a dump).

    Args:
        text: the page text, headline on the first line; any Unicode form.
        url: where it came from; its site implies the province.
        nlp: an optional custom pipeline (see `extract.nlp()`).

    Returns:
        The article's `Record`.

    Example:
        >>> rec = from_text("Cao Lãnh thực hiện 5/12 chỉ tiêu\\n\\nĐến nay, 17/17 xã ...")
        >>> rec.title
        'Cao Lãnh thực hiện 5/12 chỉ tiêu'
    """
    return from_page(page_from_text(text, url), nlp)
