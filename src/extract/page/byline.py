"""The article's byline: the signature at the end of the body, or the author box near it.

    >>> find_byline(root, body, tail=["Hà Thu (tổng hợp)"])
    'Hà Thu (tổng hợp)'

Where the byline stands, in the order we trust it:

1. the signature line taken off the end of the body (`cleanup.split_tail`);
2. a short signature line just under the body ("Tác giả: THU HIỀN"), or an
   author element after the body, near it (``p.author``, a
   ``box-author-detail`` under the article: where papers sign);
3. an author element before the body, near the headline (``a.author``,
   ``.detail-author``, a link to a ``/tac-gia/`` page).

Only a line that reads as names counts ("NHẬT XUÂN - NGHI VŨ", "Theo Hồ
Hương"); an author box holding more ("Nguyên Minh - 07/03/2026 08:47", "và 1
tác giả khác") is passed over for the name element inside it.
"""

from __future__ import annotations

import re

from lxml import etree

from extract.normalize import normalize_text
from extract.page.body import comes_before
from extract.page.cleanup import looks_like_byline

__all__ = ["find_byline", "is_publisher"]

_COMMENT = re.compile(r"(?i)comment|binh-?luan|reply")
_THEO = re.compile(r"(?i)^(?:theo|bởi|by)\s+")
_AUTHOR = (
    "contains(@class,'author') or contains(@class,'Author')"
    " or contains(@class,'tac-gia') or contains(@class,'tacgia') or contains(@class,'byline')"
    " or contains(@href,'/tac-gia') or contains(@href,'/author/') or @rel='author'"
    " or @itemprop='author'"
)
_AUTHOR_XPATH = etree.XPath(f"descendant::*[{_AUTHOR}]")


def find_byline(root: etree._Element, body: etree._Element | None, tail: list[str]) -> str | None:
    """The byline text (a person's name or names, as written), or None.

    Args:
        root: the parsed page.
        body: the article body (None when there is none).
        tail: the signature and source lines taken off the end of the body.

    Returns:
        The first line, in the order above, that reads as names.
    """
    for line in tail:
        name = _names(line)
        if name:
            return name
    if body is None:
        return None
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
    for element in _signature_lines(body) + after + before:
        name = _names(" ".join(normalize_text(element.text_content()).split()))
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


def is_publisher(name: str) -> bool:
    """Whether a byline names an outlet or a site ("Báo Đắk Lắk", "VnExpress",
    "baochinhphu.vn"), which is never an author."""
    return bool(_PUBLISHER.search(name.strip()))


_PUBLISHER = re.compile(
    r"(?i)\.(?:vn|com|net|org)$|^(?:báo|tạp chí|cổng|đài|trang|truyền hình|thông tấn|"
    r"ttxvn|vnexpress|vietnamnet|ban biên tập|admin|quản trị)\b|\b(?:online|news|vccorp)\b"
)


def _names(line: str) -> str | None:
    """``line`` when it reads as a byline (names only, maybe "Theo …"), else None."""
    line = _THEO.sub("", line.strip())
    if not line or len(line) > 80 or not looks_like_byline(line) or is_publisher(line):
        return None
    return line


def _inside(element: etree._Element, ancestor: etree._Element) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False
