"""The `Page`: what every page reader (text dump, HTML) produces."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Page:
    """The article fields of one page, all text normalised (NFC).

    ``replaced_bytes`` counts the bytes of the source its charset could not
    read (each run became U+FFFD): non-zero means the page's encoding was
    damaged. It is a reading note, not an article field: records leave it out.
    """

    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    summary: str | None = None
    text: str = ""
    captions: list[str] = field(default_factory=list)
    replaced_bytes: int = 0
    # why the page is not one article ("listing page: …"), None for an article
    not_article: str | None = field(default=None, compare=False)
