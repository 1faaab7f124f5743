"""Article or not: listing, home, tag and search pages, told apart from articles.

    >>> listing_reason(root, body, "https://site.vn/tag/nong-thon-moi")
    'tag page: 12 article links in the main block, 90 characters of text each'

An article's main block is running text; a listing's is a column of other
articles' linked titles, each with a line or two of teaser. So a page is a
listing when its main block holds at least ``min_teasers`` linked titles and
little text per title. Its address then names the kind (home, tag, search,
or a plain listing). The address alone never rejects a page: an article
published at an odd address is still an article.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

__all__ = ["listing_reason", "page_kind_by_address"]

# A linked title: a link with at least this many characters of text.
MIN_TITLE_CHARS = 20
# A main block with this many linked titles or more may be a listing ...
MIN_TEASERS = 4
# a main block whose children are this many look-alike teasers is a listing
MIN_ITEMS = 3
# ... a teaser (title, sapo, date) is shorter than this
MAX_TEASER_CHARS = 1200
# ... and is one when it holds less running text than this per title.
MAX_TEXT_PER_TEASER = 350

# an excerpt (a teaser's text) is shorter than this
MAX_EXCERPT_CHARS = 700
_CUT = re.compile(r"\[\s*(?:…|\.\.\.|đọc tiếp)\s*\]", re.IGNORECASE)
_READ_MORE = re.compile(
    r"(?i)^(?:đọc tiếp|xem tiếp|đọc thêm|xem chi tiết|chi tiết|read more|continue reading)\b"
)
_TAG = re.compile(r"(?i)/(?:tags?|chu-de|tu-khoa|topics?|keywords?|su-kien|event)(?:/|$|-)")
_SEARCH = re.compile(
    r"(?i)/(?:search|tim-kiem|timkiem|tra-cuu)(?:/|$|\.|-)|[?&](?:q|s|keyword|tukhoa|search)="
)
_HOME = re.compile(r"(?i)^/?(?:(?:index|default|home|trang-chu)\.(?:html?|php|aspx?|jsp))?$")


def page_kind_by_address(url: str | None) -> str | None:
    """ "home page", "tag page" or "search page" when the address says so, else None."""
    if not url:
        return None
    parts = urlsplit(url)
    address = parts.path + ("?" + parts.query if parts.query else "")
    if _SEARCH.search(address):
        return "search page"
    if _TAG.search(parts.path):
        return "tag page"
    if _HOME.match(parts.path) and not parts.query:
        return "home page"
    return None


def listing_reason(
    root: etree._Element, body: etree._Element | None, url: str | None
) -> str | None:
    """Why the page is a listing, home, tag or search page, or None for an article.

    Args:
        root: the parsed page.
        body: the main block the content scorer chose (None: it found no
            running text at all).
        url: the page's address, which names the kind of listing.

    Returns:
        "<kind>: <evidence>" or None.
    """
    by_address = page_kind_by_address(url)
    kind = by_address or "listing page"
    if body is None:
        return f"{kind}: no block of running text"
    # an address naming a home, tag or search page, or a pager beside the block,
    # is evidence too: then two teasers make a listing (the pager is looked for
    # only when there are two or more)
    repeated, items = _repeated_item(body, 2), _teaser_items(body, 2)
    if (repeated or items) and max(repeated, items) < MIN_ITEMS:
        if not (by_address or _pager_near(body)):
            repeated, items = _repeated_item(body, MIN_ITEMS), _teaser_items(body, MIN_ITEMS)
    if repeated:
        return f"{kind}: the main block is one of {repeated} similar items with linked titles"
    if items:
        return f"{kind}: the main block is a column of {items} teasers (linked title and text)"
    titles, text = _titles_and_text(body)
    if titles >= MIN_TEASERS and text < MAX_TEXT_PER_TEASER * titles:
        return (
            f"{kind}: {titles} article links in the main block, "
            f"{text // titles} characters of text each"
        )
    return None


def excerpt_reason(body: etree._Element | None, url: str | None) -> str | None:
    """Why ``body`` is a teaser rather than an article: a short excerpt cut with
    "[…]" or closed by a "Đọc tiếp" link to another page. None otherwise.

    Run before the clean-up, which removes "Đọc tiếp" links."""
    if body is None:
        return None
    text = " ".join(body.text_content().split())
    if len(text) > MAX_EXCERPT_CHARS:
        return None
    kind = page_kind_by_address(url) or "listing page"
    if _CUT.search(text):
        return f"{kind}: the main block is an excerpt cut short"
    for link in body.iter("a"):
        href = (link.get("href") or "").strip()
        if (
            href
            and not href.startswith(("#", "javascript:"))
            and _READ_MORE.match(" ".join(link.text_content().split()) or link.get("title", ""))
        ):
            return f"{kind}: the main block is an excerpt with a link to read on"
    return None


def _pager_near(body: etree._Element) -> bool:
    """Whether a pager (page 2, 3, next) stands near ``body``, as under a listing."""
    scope = body
    for _ in range(3):
        if scope.getparent() is None:
            break
        scope = scope.getparent()
    return any(len(pager.findall(".//a")) >= 1 for pager in _PAGER(scope))


_PAGER = etree.XPath(
    "descendant::*[contains(@class,'pag') or contains(@id,'pag') or contains(@class,'phan-trang')"
    " or contains(@class,'phantrang')][.//a]"
)


def _repeated_item(body: etree._Element, least: int) -> int:
    """How many items like the one holding ``body`` stand side by side, each
    with a linked title (a teaser column), or 0 when it stands alone."""
    node = body
    for _ in range(4):
        parent = node.getparent()
        if parent is None:
            return 0
        signature = _signature(node)
        if signature is not None:
            alike = [s for s in parent if _signature(s) == signature and _has_title(s)]
            if len(alike) >= least and _teaser_sized(node, alike):
                return len(alike)
        node = parent
    return 0


def _teaser_items(body: etree._Element, least: int) -> int:
    """How many of ``body``'s children are look-alike teasers (a linked title in a
    heading or beside text) when they hold most of its text; else 0."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in body:
        signature = _signature(child) or (
            (child.tag, "") if isinstance(child.tag, str) and child.tag in ("div", "tr") else None
        )
        if signature is not None and _teaser(child):
            groups.setdefault(signature, []).append(child)
    if not groups:
        return 0
    items = max(groups.values(), key=len)
    if len(items) < least:
        return 0
    held = sum(len(" ".join(i.text_content().split())) for i in items)
    total = len(" ".join(body.text_content().split()))
    return len(items) if held >= 0.6 * total and held <= MAX_TEASER_CHARS * len(items) else 0


def _teaser(item: etree._Element) -> bool:
    return any(
        len(" ".join(a.text_content().split())) >= MIN_TITLE_CHARS and _teaser_title(a)
        for a in item.iter("a")
    )


def _teaser_sized(item: etree._Element, alike: list[etree._Element]) -> bool:
    """Whether ``item`` is no bigger than a teaser and than its look-alikes (an
    article in one of a portal's many similar boxes is much bigger than the rest)."""
    size = len(" ".join(item.text_content().split()))
    others = sorted(len(" ".join(s.text_content().split())) for s in alike if s is not item)
    median = others[len(others) // 2] if others else 0
    return size <= MAX_TEASER_CHARS and size <= 2.5 * max(median, 1)


def _signature(element: etree._Element) -> tuple[str, str] | None:
    """An item's tag and first class; None for an element nothing marks as an item."""
    if not isinstance(element.tag, str):
        return None
    classes = (element.get("class") or "").split()
    if not classes and element.tag not in ("li", "article"):
        return None
    return element.tag, classes[0] if classes else ""


def _has_title(element: etree._Element) -> bool:
    return any(
        len(" ".join(a.text_content().split())) >= MIN_TITLE_CHARS for a in element.iter("a")
    )


def _titles_and_text(body: etree._Element) -> tuple[int, int]:
    """(distinct teaser titles, characters of text outside links) in ``body``.

    A teaser title is a linked title in a heading, or beside a teaser's text;
    a lone linked title between an article's paragraphs is not one."""
    hrefs = set()
    linked = 0
    for link in body.iter("a"):
        text = " ".join(link.text_content().split())
        linked += len(text)
        if len(text) >= MIN_TITLE_CHARS and link.get("href") and _teaser_title(link):
            hrefs.add(link.get("href"))
    total = len(" ".join(body.text_content().split()))
    return len(hrefs), max(0, total - linked)


def _teaser_title(link: etree._Element) -> bool:
    item = link.getparent()
    while item is not None and item.tag in _INLINE:
        item = item.getparent()
    if item is None:
        return False
    if item.tag in ("h2", "h3", "h4", "h5", "h6", "dt"):
        return True
    own = " ".join(item.text_content().split())
    return len(own) - len(" ".join(link.text_content().split())) >= 40


_INLINE = frozenset({"span", "strong", "b", "em", "i", "font", "u"})
