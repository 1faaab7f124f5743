"""HTML pages to a `Page`: site profiles (data) first, a generic extractor otherwise.

    >>> page = page_from_html(raw_bytes, url="https://baodongthap.vn/a.aspx")
    >>> page.title, page.published, page.author, page.summary, page.captions

Steps: bytes are decoded (BOM, declared charset, ``<meta>``, windows-1258
detection: `extract.normalize.decode`) and normalised; the page is parsed
with lxml; a profile from ``profiles/*.toml`` is picked by host or by its
``detect`` selectors; its selectors give title, date, author, summary and
body; captions (``figcaption``, image tables, centred caption paragraphs)
leave the body for ``captions``; the body's blocks become paragraphs joined
by a blank line, with the chrome lines of ``chrome.toml`` dropped. Pages no
profile fits go to the generic extractor, which takes the container holding
the most paragraph text.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from extract.normalize import Decoded, decode_report, normalize_text
from extract.page.dates import parse_date
from extract.page.model import Page
from extract.page.selectors import select, select_first
from extract.page.text import chrome_rules, is_dateline, strip_agency_prefix

__all__ = [
    "Profile",
    "decode_html",
    "decode_html_report",
    "is_article",
    "page_and_links",
    "page_from_html",
    "pick_profile",
    "profiles",
]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_CENTRED = re.compile(r"text-align\s*:\s*center|\bcenter\b", re.IGNORECASE)


@dataclass(frozen=True)
class Profile:
    """A site family's selectors (one ``profiles/<name>.toml``)."""

    name: str
    hosts: tuple[str, ...] = ()
    detect: tuple[str, ...] = ()
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def fits(self, root: etree._Element, host: str) -> bool:
        """True when ``host`` is one of the profile's sites or every detect selector matches."""
        if any(host == h or host.endswith("." + h) for h in self.hosts):
            return True
        return bool(self.detect) and all(select(root, s) for s in self.detect)


@dataclass(frozen=True)
class Common:
    """The rules of ``_common.toml`` and ``generic.toml``, compiled."""

    skip_tags: frozenset[str]
    block_tags: frozenset[str]
    inline_tags: frozenset[str]
    byline_prefix: re.Pattern[str]
    byline_max_words: int
    byline_max_chars: int
    generic: dict
    chrome: re.Pattern[str]


def _load(name: str) -> dict:
    return tomllib.loads(files("extract.page").joinpath("profiles", name).read_text("utf-8"))


@cache
def profiles() -> tuple[Profile, ...]:
    """Every site profile shipped in ``profiles/`` (loaded once per process)."""
    found = []
    for entry in sorted(files("extract.page").joinpath("profiles").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml") or entry.name.startswith("_"):
            continue
        if entry.name == "generic.toml":
            continue
        data = tomllib.loads(entry.read_text("utf-8"))
        fields = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        found.append(Profile(**{k: v for k, v in fields.items() if k in Profile.__annotations__}))
    return tuple(found)


@cache
def common() -> Common:
    """The shared rules, loaded once per process."""
    data, generic = _load("_common.toml"), _load("generic.toml")
    return Common(
        skip_tags=frozenset(data["skip_tags"]),
        block_tags=frozenset(data["block_tags"]),
        inline_tags=frozenset(data["inline_tags"]),
        byline_prefix=re.compile(data["byline_prefix"]),
        byline_max_words=data["byline_max_words"],
        byline_max_chars=data["byline_max_chars"],
        generic=generic,
        chrome=re.compile(generic["chrome"]),
    )


# ---------------------------------------------------------------- entry points


def decode_html(data: bytes, declared: str | None = None, source: str = "<html>") -> str:
    """Bytes of a page to normalised text (`decode_html_report`, normalised)."""
    return normalize_text(decode_html_report(data, declared, source).text)


def decode_html_report(data: bytes, declared: str | None = None, source: str = "<html>") -> Decoded:
    """Bytes of a page to text (not normalised), with the count of replaced bytes.

    Args:
        data: the raw bytes.
        declared: the charset of the HTTP ``Content-Type`` header, if any; the
            page's ``<meta>`` charset is used when there is none.
        source: a URL or file name for error messages.

    Returns:
        An `extract.normalize.Decoded` (policy: `extract.normalize.decode_report`).

    Raises:
        extract.normalize.DecodeError: when the bytes are mostly not text.
    """
    if not declared:
        meta = _META_CHARSET.search(data[:8192])
        declared = meta.group(1).decode("ascii", "replace") if meta else None
    return decode_report(data, declared, source)


def page_from_html(html: str | bytes, url: str | None = None, declared: str | None = None) -> Page:
    """Turn one HTML page into a `Page`.

    Args:
        html: the page, as bytes (decoded here) or text.
        url: where it came from; its host may pick a profile.
        declared: the HTTP header's charset, when ``html`` is bytes.

    Returns:
        The page's fields; ``text`` holds the body paragraphs joined by a
        blank line (empty when the page has no article).

    Raises:
        extract.normalize.DecodeError: for bytes no supported charset reads.
    """
    decoded = (
        decode_html_report(html, declared, url or "<html>") if isinstance(html, bytes) else None
    )
    text = normalize_text(decoded.text if decoded else html)
    root = _parse(text)
    if root is None:
        return Page(url=url, replaced_bytes=decoded.replaced if decoded else 0)
    profile = pick_profile(root, url)
    page = _with_profile(root, profile, url) if profile else None
    if page is None or not page.text:
        page = _generic(_parse(text), url)
    page.replaced_bytes = decoded.replaced if decoded else 0
    return page


def page_and_links(html: bytes, url: str, declared: str | None = None) -> tuple[Page, list[str]]:
    """`page_from_html` plus the page's links, decoding and parsing once.

    Args:
        html: the page's bytes.
        url: its (final) address: relative links are resolved against it, or
            against the page's ``<base href>``.
        declared: the HTTP header's charset.

    Returns:
        The `Page` and the absolute URLs of its ``<a href>`` and
        ``<link rel=next>`` links, in page order (not canonicalised, not filtered).
    """
    decoded = decode_html_report(html, declared, url)
    text = normalize_text(decoded.text)
    root = _parse(text)
    if root is None:
        return Page(url=url, replaced_bytes=decoded.replaced), []
    base = url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(url, base_el.get("href").strip())
    links = []
    for href in root.xpath("//a/@href | //link[@rel='next']/@href"):
        href = href.strip()
        if href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            links.append(urljoin(base, href))
    profile = pick_profile(root, url)
    page = _with_profile(root, profile, url) if profile else None
    if page is None or not page.text:
        page = _generic(_parse(text), url)
    page.replaced_bytes = decoded.replaced
    return page, links


def is_article(page: Page, min_chars: int = 200) -> bool:
    """Does the page look like one article (not a listing, a search form or a home page)?

    An article has a title, a date and at least ``min_chars`` of body text.
    """
    return bool(page.title) and page.published is not None and len(page.text) >= min_chars


def pick_profile(root: etree._Element, url: str | None) -> Profile | None:
    """The first profile that fits the page (by host, then by markup), or None."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    return next((p for p in profiles() if p.fits(root, host)), None)


def _parse(text: str) -> etree._Element | None:
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None


# ---------------------------------------------------------------- profile extraction


def _with_profile(root: etree._Element, profile: Profile, url: str | None) -> Page | None:
    body = select_first(root, profile.body)
    if body is None:
        return None
    title = _first_text(root, profile.title) or _generic_title(root)
    published = _first_date(root, profile.published)
    author_el = select_first(root, profile.author)
    author = _byline(_text(author_el)) if author_el is not None else None
    summary_el = select_first(root, profile.summary)
    summary = _text(summary_el) if summary_el is not None else None
    for el in (author_el, summary_el):
        if el is not None and _inside(el, body):
            _drop(el)
    for selector in profile.exclude:
        for el in select(body, selector):
            _drop(el)
    captions = _take_captions(body, profile.captions)
    return _assemble(url, title, published, author, summary, _blocks(body), captions)


# ---------------------------------------------------------------- generic extraction


def _generic(root: etree._Element, url: str | None) -> Page:
    rules = common().generic
    title = _generic_title(root)
    published = _first_date(root, rules["published"])
    if published is None:
        published = _first_date(root, rules["published_text"])
    author_el = select_first(root, rules["author"])
    author = _byline(_value(author_el)) if author_el is not None else None
    body = _best_container(root)
    if body is None or _link_density(body) > rules["max_link_density"]:
        # no body, or a list of links (a listing, a home page): not an article
        return Page(url=url, title=title, published=published, author=author)
    summary_el = select_first(body, rules["summary"])
    summary = _text(summary_el) if summary_el is not None else None
    if summary_el is not None:
        _drop(summary_el)
    _drop_chrome(body)
    captions = _take_captions(body, rules["captions"])
    blocks = [b for b in _blocks(body) if b != title]
    if author is None and len(blocks) > 1:
        author = _byline(blocks[-1], strict=True)
        if author:
            blocks = blocks[:-1]
    return _assemble(url, title, published, author, summary, blocks, captions)


def _generic_title(root: etree._Element) -> str | None:
    rules = common().generic
    title = _first_text(root, rules["title"])
    if title:
        return title
    meta = select_first(root, rules["title_meta"])
    if meta is not None and meta.get("content", "").strip():
        return " ".join(meta.get("content").split())
    element = root.find(".//title")
    if element is None or not (element.text or "").strip():
        return None
    text = " ".join(element.text.split())
    for separator in rules["title_separators"]:
        if separator in text:
            return text.rsplit(separator, 1)[0].strip()
    return text


def _best_container(root: etree._Element) -> etree._Element | None:
    """The element holding the most paragraph text (a paragraph scores for its
    parent in full and for its grandparent by half), outside chrome."""
    rules, chrome = common().generic, common().chrome
    scores: dict[etree._Element, float] = {}
    body = root.find("body")
    if body is None:
        return None
    for p in body.iter("p", "pre", "blockquote", "div", "td"):
        if p.tag in ("div", "td"):
            # text written straight into a div or a cell (paragraphs split by <br>)
            length = len(" ".join(_own_text(p).split()))
        else:
            length = len(" ".join(p.text_content().split()))
        if length < rules["min_paragraph"] or _in_chrome(p, chrome):
            continue
        # a paragraph scores for its container; a div's own text for the div itself
        parent = p if p.tag in ("div", "td") else p.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + length
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + length / 2
    if not scores:
        return body
    return max(scores, key=lambda el: scores[el])


def _own_text(el: etree._Element) -> str:
    """The text of ``el`` outside its block children (inline children count)."""
    inline = common().inline_tags
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag in inline:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return "".join(parts)


def _link_density(el: etree._Element) -> float:
    """The share of ``el``'s text that sits inside links (high on listings and menus)."""
    total = len("".join(el.text_content().split()))
    if not total:
        return 1.0
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return linked / total


def _in_chrome(el: etree._Element, chrome: re.Pattern[str]) -> bool:
    skip = common().skip_tags
    while el is not None:
        if el.tag in skip or el.tag in ("header", "footer"):
            return True
        if chrome.search(f"{el.get('class', '')} {el.get('id', '')}"):
            return True
        el = el.getparent()
    return False


def _drop_chrome(body: etree._Element) -> None:
    chrome = common().chrome
    doomed = [
        el
        for el in body.iterdescendants()
        if isinstance(el.tag, str) and chrome.search(f"{el.get('class', '')} {el.get('id', '')}")
    ]
    for el in doomed:
        if el.getparent() is not None:
            _drop(el)


# ---------------------------------------------------------------- shared pieces


def _assemble(url, title, published, author, summary, blocks, captions) -> Page:
    rules = chrome_rules()
    kept: list[str] = []
    for block in blocks:
        if rules.any("stop", block):
            break
        if rules.any("drop", block) or is_dateline(block):
            continue
        kept.append(block)
    if summary:
        summary = strip_agency_prefix(summary)
    elif kept:
        kept[0] = strip_agency_prefix(kept[0])
    if kept:
        kept[-1] = re.sub(r"\s*\./\.\s*$", ".", kept[-1])
    return Page(
        url=url,
        title=title or None,
        published=published,
        author=author or None,
        summary=summary or None,
        text="\n\n".join(k for k in kept if k),
        captions=captions,
    )


def _take_captions(body: etree._Element, selectors) -> list[str]:
    """Remove captions from ``body`` and return their texts, in page order, once each.

    Captions are the profile's caption selectors, image tables (a small table
    holding an image), and a short centred paragraph right under an image, or
    sharing a centred paragraph with one.
    """
    found: list[etree._Element] = []
    for selector in selectors:
        found += select(body, selector)
    for table in body.iter("table"):
        if table.find(".//img") is not None and len(table.findall(".//tr")) <= 4:
            found.append(table)
    for el in body.iter("p", "div", "center"):
        if el in found or len(el) > 8:
            continue
        text = " ".join(el.text_content().split())
        if not text or len(text) > 300 or not _is_centred(el):
            continue
        previous = el.getprevious()
        holds_image = el.find(".//img") is not None
        if holds_image or (previous is not None and _image_only(previous)):
            found.append(el)
    captions: list[str] = []
    for el in sorted(set(found), key=lambda e: _position(body, e)):
        if el.getparent() is None or not _inside(el, body):
            continue
        for block in _blocks(el):
            if block not in captions:
                captions.append(block)
        _drop(el)
    return captions


def _position(body: etree._Element, el: etree._Element) -> int:
    for i, node in enumerate(body.iter()):
        if node is el:
            return i
    return 0


def _is_centred(el: etree._Element) -> bool:
    return bool(
        _CENTRED.search(el.get("style", ""))
        or el.get("align", "").lower() == "center"
        or el.tag == "center"
        or "center" in el.get("class", "")
    )


def _image_only(el: etree._Element) -> bool:
    return (el.tag == "img" or el.find(".//img") is not None) and not el.text_content().strip()


def _blocks(el: etree._Element) -> list[str]:
    """The paragraphs of ``el``: text between block boundaries, white space collapsed."""
    rules = common()
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text and re.search(r"\w", text):
            out.append(text)

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in rules.skip_tags:
            return
        block = tag in rules.block_tags
        if block:
            flush()
        if node.text:
            buffer.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()

    walk(el)
    flush()
    return out


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    text = " ".join(_blocks(el))
    return text or None


def _value(el: etree._Element | None) -> str | None:
    """An element's machine value (``content``, ``datetime``) or its text."""
    if el is None:
        return None
    for attr in ("content", "datetime"):
        if el.get(attr, "").strip():
            return normalize_text(el.get(attr).strip())
    return _text(el)


def _first_text(root: etree._Element, selectors) -> str | None:
    for selector in selectors:
        for el in select(root, selector):
            text = _value(el)
            if text:
                return text
    return None


def _first_date(root: etree._Element, selectors) -> str | None:
    for selector in selectors:
        for el in select(root, selector):
            value = _value(el)
            date = parse_date(value) if value else None
            if date:
                return date
    return None


def _byline(text: str | None, strict: bool = False) -> str | None:
    """The author's name in a byline ("Tin, ảnh: Hồng Nhung" -> "Hồng Nhung").

    With ``strict`` (a guess from the last body line) the name must also look
    like one: every word capitalised.
    """
    if not text:
        return None
    rules = common()
    name = rules.byline_prefix.sub("", text.strip()).strip().rstrip(".").strip()
    name = re.sub(r"\s*\([^)]{1,30}\)$", "", name)  # "Hồng Nhung (TTXVN)"
    name = re.sub(r"\s*/\s*[\w.]{2,20}$", "", name)  # "Thanh Lan/THĐT"
    if not name or len(name) > rules.byline_max_chars or len(name.split()) > rules.byline_max_words:
        return None
    if strict and not all(w[:1].isupper() for w in name.replace(".", ". ").split()):
        return None
    return name


def _inside(el: etree._Element, ancestor: etree._Element) -> bool:
    node = el
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False


def _drop(el: etree._Element) -> None:
    """Remove ``el`` from the tree, keeping the text that follows it."""
    if el.getparent() is not None:
        el.drop_tree()
