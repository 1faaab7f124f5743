"""The byline near the body, when the page's metadata names no person.

    >>> find_byline(root, body)
    'Thu Hiền'

`extract.page.metadata.read_metadata` reads the author from JSON-LD, meta
tags, microdata and the visible byline; the reader takes that author when it
is a person, else the signature taken off the end of the body. This module is
the last layer: an author line standing just under the body ("Tác giả: THU
HIỀN", a right-aligned signature outside the content block), or an author
element near the article (``p.author``, ``a.author``, a link to a ``/tac-gia/``
page), those after the body first (where papers sign), then those before it.
Every candidate goes through `extract.page.metadata.author_name`, which keeps
persons only (never an outlet, a site or a photo credit).
"""

from __future__ import annotations

import re

from lxml import etree

from extract.normalize import normalize_text
from extract.page.body import comes_before
from extract.page.metadata import author_name

__all__ = ["find_byline"]

_AUTHOR = (
    "contains(@class,'author') or contains(@class,'Author')"
    " or contains(@class,'tac-gia') or contains(@class,'tacgia') or contains(@class,'byline')"
    " or contains(@href,'/tac-gia') or contains(@href,'/author/') or @rel='author'"
    " or @itemprop='author'"
)
_AUTHOR_XPATH = etree.XPath(f"descendant::*[{_AUTHOR}]")
_COMMENT = re.compile(r"(?i)comment|binh-?luan|reply")
MAX_BYLINE_CHARS = 80


def find_byline(root: etree._Element, body: etree._Element | None) -> str | None:
    """The person an author line near the body names, or None.

    Args:
        root: the parsed page.
        body: the article body (None when there is none).

    Returns:
        The name or names (`author_name`: proper case, ", "-joined).
    """
    if body is None:
        return None
    for element in _signature_lines(body) + _author_elements(body):
        text = " ".join(normalize_text(element.text_content()).split())
        name = author_name(text) if 0 < len(text) <= MAX_BYLINE_CHARS else None
        if name:
            return name
    return None


def _signature_lines(body: etree._Element) -> list[etree._Element]:
    """The short lines just after the body (the next few elements beside it or
    beside its parent): where a CMS prints "Tác giả: …" under the article."""
    lines = []
    for anchor in (body, body.getparent()):
        if anchor is None:
            continue
        for sibling in list(anchor.itersiblings())[:3]:
            if not isinstance(sibling.tag, str):
                continue
            for line in sibling.iter("p", "div", "span"):
                if len(line) <= 3 and len(" ".join(line.text_content().split())) <= 80:
                    lines.append(line)
    return lines


def _author_elements(body: etree._Element) -> list[etree._Element]:
    """Author elements near the article (not in comments), those after the body first."""
    scope = body
    for _ in range(4):  # an author box stands near the article, not in a far list
        if scope.getparent() is None or scope.tag == "body":
            break
        scope = scope.getparent()
    after, before = [], []
    for element in _AUTHOR_XPATH(scope):
        if _COMMENT.search(element.get("class") or "") or _inside(element, body):
            continue
        (before if comes_before(element, body) else after).append(element)
    return after + before


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
