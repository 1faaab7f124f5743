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
from extract.page.cleanup import is_right_aligned
from extract.page.metadata import author_name
from extract.page.tree import comes_before, is_inside

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
_DIGIT = re.compile(r"\d")
_LEAD = re.compile(
    r"(?i)^(?:tác giả|người viết|phóng viên|bài|tin|ảnh|bài và ảnh|tin và ảnh|thực hiện|theo"
    r"|nội dung)"
    r"\b[^:]{0,12}:?"
)
_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "section", "article", "h2", "h3", "h4"})


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
    for element in _signature_lines(body) + _author_elements(body) + _credit_lines(body):
        text = " ".join(normalize_text(element.text_content()).split())
        if not 0 < len(text) <= MAX_BYLINE_CHARS or _DIGIT.search(text):
            continue  # a name has no digits: a dateline or a related item's time
        name = author_name(text)
        if name:
            return name
    return None


def _signature_lines(body: etree._Element) -> list[etree._Element]:
    """Signature lines just after the body (in the next two elements beside it or
    beside its parent): a one-line block set right, or opening with a byline lead
    ("Tác giả: THU HIỀN"), as CMSs print under the article."""
    lines = []
    for anchor in (body, body.getparent()):
        if anchor is None:
            continue
        siblings = [s for s in anchor.itersiblings() if isinstance(s.tag, str)][:2]
        for sibling in siblings:
            for line in sibling.iter("p", "div", "span", "td"):
                if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in line):
                    continue
                text = " ".join(line.text_content().split())
                if text and (is_right_aligned(line) or _LEAD.match(text)):
                    lines.append(line)
    return lines


def _credit_lines(body: etree._Element) -> list[etree._Element]:
    """Credit lines just before the body (in the two elements before it or before its
    parent) that open with a byline lead: an e-magazine's "Nội dung: NGỌC THUẬN", "Ảnh:
    ...", "Trình bày: ..." over the story."""
    lines = []
    for anchor in (body, body.getparent()):
        if anchor is None:
            continue
        siblings = [s for s in anchor.itersiblings(preceding=True) if isinstance(s.tag, str)][:2]
        for sibling in siblings:
            for line in sibling.iter("p", "div", "span", "li"):
                if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in line):
                    continue
                if _LEAD.match(" ".join(line.text_content().split())):
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
        if _COMMENT.search(element.get("class") or "") or is_inside(element, body):
            continue
        (before if comes_before(element, body) else after).append(element)
    return after + before
