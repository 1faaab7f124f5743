"""Stage 1: a page (plain-text dump or HTML) becomes a `Page` of clean fields.

This package knows nothing of spaCy; the NLP stage reads `Page` only.
"""

from extract.page.model import Page
from extract.page.text import page_from_text

__all__ = ["Page", "page_from_text"]
