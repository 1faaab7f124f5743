"""HTML pages to a `Page`: a generic article extractor, site profiles as overrides.

    >>> page = page_from_html(raw_bytes, url="https://baodongthap.vn/a.aspx")
    >>> page.title, page.published, page.author, page.summary, page.captions

Steps, once per page:

1. decode the bytes (`extract.normalize.decode_report`: BOM, UTF-8, the
   declared or ``<meta>`` charset, windows-1258; a few damaged bytes become
   U+FFFD and are counted) and parse them with lxml. The raw document is
   never normalised as a whole: only the strings we keep are
   (`extract.normalize.normalize_text`), which is most of the speed.
2. find the body with our content scorer (`extract.page.body.find_body`).
3. a site profile (``profiles/*.toml``) that fits the page may override the
   body and the fields; it is ignored for a page where it finds no body or
   much less text than the scorer's body.
4. title, date and author in order of trust (`extract.page.metadata`), read
   before the clean-up touches the tree.
5. the Vietnamese clean-up (`extract.page.cleanup`): the sapo to
   ``summary``, captions to ``captions``, related-news boxes, linked titles,
   datelines, bylines, source lines and agency prefixes out of the text; the
   signature names the author when the metadata names no person
   (`extract.page.byline`).
6. article or not (`extract.page.kind`): listing, home, tag and search pages
   get ``not_article``, which `article_problem` / `is_article` report.
"""

from __future__ import annotations

import codecs
import re
import threading
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import islice
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from extract.normalize import Decoded, decode_report, normalize_text
from extract.page.body import find_body
from extract.page.byline import find_byline
from extract.page.cleanup import (
    Block,
    body_blocks,
    is_centred,
    split_tail,
    strip_chrome,
    take_captions,
    take_captions_and_links,
)
from extract.page.dates import date_in_url, parse_date
from extract.page.kind import excerpt_reason, listing_reason, page_kind_by_address
from extract.page.metadata import author_name, read_metadata
from extract.page.model import Page
from extract.page.names import has_lead, is_signed_dateline
from extract.page.selectors import select, select_first
from extract.page.text import chrome_rules, is_dateline, strip_agency_prefix
from extract.page.tree import drop, in_foreign_language, is_inside

__all__ = [
    "Profile",
    "article_problem",
    "decode_html",
    "decode_html_report",
    "is_article",
    "page_and_links",
    "page_from_html",
    "parse_html",
    "pick_profile",
    "profiles",
]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_BROKEN_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)?\ufffd+([A-Za-z0-9]*)")


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
        """True when ``host`` is one of the profile's sites and its page still holds one of
        the profile's marks (a site may move to another CMS: 2025's merged outlets did), or
        when every detect selector matches."""
        if any(host == h or host.endswith("." + h) for h in self.hosts):
            return not self.detect or any(select(root, s) for s in self.detect[:1])
        return bool(self.detect) and all(select(root, s) for s in self.detect)


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


def parse_html(
    html: str | bytes, declared: str | None = None, source: str = "<html>"
) -> tuple[etree._Element | None, int]:
    """Decode (bytes) and parse a page. The text is not normalised here: the
    reader normalises only the strings it keeps.

    Returns:
        The ``lxml.html`` document (None when there is nothing to parse) and
        the number of bytes the charset could not read.

    Raises:
        extract.normalize.DecodeError: for bytes that are mostly not text.
    """
    replaced = 0
    if isinstance(html, bytes):
        decoded = decode_html_report(html, declared, source)
        if _plain_utf8(html, decoded):
            # libxml2 reads the bytes themselves: the same tree, without encoding the
            # decoded text back to bytes for it
            return _parse(html, _blank(decoded.text), _parser("utf-8")), 0
        html, replaced = decoded.text, decoded.replaced
    text = _XML_DECL.sub("", html, count=1)
    if "\x00" in text:  # libxml2 stops reading at a NUL byte: a stray one would cut the page
        text = text.replace("\x00", "")
    if replaced and "\ufffd" in text:
        # a damaged byte inside a tag's name ("</s\ufffdcript>") would let a script or a
        # comment swallow the rest of the page; inside a name it is never text
        text = _BROKEN_TAG.sub(r"<\1\2\3", text)
    return _parse(text, _blank(text), _parser()), replaced


def _blank(text: str) -> bool:
    return not text or text.isspace()


def _plain_utf8(data: bytes, decoded: Decoded) -> bool:
    """Whether ``data`` is read as UTF-8 whole, with nothing `parse_html` would change
    (no BOM, no XML declaration, no NUL byte)."""
    return (
        decoded.encoding == "utf-8"
        and not decoded.replaced
        and not data.startswith(codecs.BOM_UTF8)
        and b"\x00" not in data
        and _XML_DECL.match(decoded.text) is None
    )


def _parse(markup: str | bytes, blank: bool, parser: etree.HTMLParser) -> etree._Element | None:
    """The ``lxml.html`` document of ``markup``; None when it is ``blank`` or unreadable."""
    if blank:
        return None
    try:
        return lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        return None


_PARSERS = threading.local()


def _parser(encoding: str | None = None) -> etree.HTMLParser:
    """This thread's HTML parser for text, or for bytes in ``encoding`` (lxml parsers
    are not shared between threads).

    Every element is an ``lxml.html.HtmlElement``, chosen in C: lxml.html's own
    parser asks a Python function for each element's class (for form
    elements we never use), which doubles the cost of walking the tree. No
    table of ids is built: nothing looks elements up by id."""
    name = f"parser_{encoding}"
    parser = getattr(_PARSERS, name, None)
    if parser is None:
        parser = etree.HTMLParser(encoding=encoding, collect_ids=False)
        parser.set_element_class_lookup(
            etree.ElementDefaultClassLookup(
                element=lxml.html.HtmlElement,
                comment=lxml.html.HtmlComment,
                pi=lxml.html.HtmlProcessingInstruction,
                entity=lxml.html.HtmlEntity,
            )
        )
        setattr(_PARSERS, name, parser)
    return parser


def page_from_html(html: str | bytes, url: str | None = None, declared: str | None = None) -> Page:
    """Turn one HTML page into a `Page`.

    Args:
        html: the page, as bytes (decoded here) or text.
        url: where it came from; its host may pick a site profile.
        declared: the HTTP header's charset, when ``html`` is bytes.

    Returns:
        The page's fields, every string normalised (NFC, one tone placement);
        ``text`` holds the body paragraphs joined by a blank line (empty when
        the page has no article); ``not_article`` says why a listing, home,
        tag or search page is not one.

    Raises:
        extract.normalize.DecodeError: for bytes no supported charset reads.
    """
    root, replaced = parse_html(html, declared, url or "<html>")
    if root is None:
        return Page(url=url, replaced_bytes=replaced, not_article="empty page")
    page = read_page(root, url)
    page.replaced_bytes = replaced
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
    root, replaced = parse_html(html, declared, url)
    if root is None:
        return Page(url=url, replaced_bytes=replaced, not_article="empty page"), []
    base = url
    base_el = root.find(".//base[@href]")
    if base_el is not None:
        base = urljoin(url, base_el.get("href").strip())
    links = []
    for href in root.xpath("//a/@href | //link[@rel='next']/@href"):
        href = href.strip()
        if href and not href.startswith(("#", "javascript:", "mailto:", "tel:")):
            links.append(urljoin(base, href))
    page = read_page(root, url)
    page.replaced_bytes = replaced
    return page, links


def read_page(root: etree._Element, url: str | None = None) -> Page:
    """The `Page` of a parsed document (the tree is cleaned in place).

    Args:
        root: an ``lxml.html`` document.
        url: the page's address, if known.

    Returns:
        The profile's page where a profile fits and finds the body, else the
        generic extractor's.
    """
    for label in _SCREEN_READER_LABELS(root):  # "Trở lại" inside a Liferay header title
        drop(label)
    fallbacks = [*root.iter("noscript"), *root.iter("template")]
    held = {fallback: _running_paragraphs(fallback) for fallback in fallbacks}
    # a lazy page serves its article one paragraph to a <noscript>: together they hold it
    if sum(held.values()) >= _FALLBACK_PARAGRAPHS:
        for fallback in held:
            if _serves_content(fallback):  # a script-built page's article, for readers without it
                fallback.drop_tag()
    for frame in list(root.iter("iframe")):
        _inline_srcdoc(frame)
    for segment in _STREAMED_SEGMENTS(root):
        _put_in_place(segment, root)
    for mark in [s for s in root.iter("sup") if _FOOTNOTE_MARK.fullmatch(s.text_content().strip())]:
        drop(mark)  # a footnote's marker "[1]" in a sentence: the notes are end matter
    body = find_body(root)
    profile = pick_profile(root, url)
    found = _profile_body(root, profile, body) if profile is not None else None
    # metadata first: the clean-up below removes elements it reads (datelines, bylines)
    meta = read_metadata(root, url, found if found is not None else body)
    if found is not None:
        page = _with_profile(root, profile, found, meta, url)
    else:
        page = _generic(root, body, meta, url)
    return _with_stated_body(page, meta.stated_body, root)


_SHOWN_TOO_SHORT = 200  # characters of body text below which a stated body may stand in


def _shown_alone(root: etree._Element, paragraph: str) -> bool:
    """Whether an element of the page shows ``paragraph`` as its whole text."""
    return any(
        " ".join(normalize_text(el.text_content()).split()) == paragraph
        for el in root.iter("h2", "h3", "p", "div", "span", "strong")
        if len(el.text_content()) < 2 * len(paragraph)
    )


def _with_stated_body(page: Page, stated: str | None, root: etree._Element) -> Page:
    """The page, its text taken from the JSON-LD ``articleBody`` when the page shows only
    a placeholder ("Đang tải nội dung...") and the metadata states the article in full;
    the body's first paragraph leaves it for the summary when the page shows it alone
    (the sapo above the placeholder)."""
    if not stated or len(page.text or "") >= _SHOWN_TOO_SHORT:
        return page
    paragraphs = [" ".join(p.split()) for p in normalize_text(stated).split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and (paragraphs[0] == page.summary or _shown_alone(root, paragraphs[0])):
        page.summary, paragraphs = page.summary or paragraphs[0], paragraphs[1:]
    if sum(map(len, paragraphs)) < 2 * _SHOWN_TOO_SHORT:
        return page
    page.text = "\n\n".join(paragraphs)
    page.not_article = None
    return page


_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_FALLBACK_PARAGRAPHS = 3  # <noscript>s holding this many paragraphs hold the article


def _serves_content(fallback: etree._Element) -> bool:
    """Whether a <noscript> of a lazy page holds a piece of the article (a paragraph, a
    photo and its caption, the byline), not a tracking pixel or a "bật JavaScript" note."""
    text = fallback.text_content()
    if not text.strip():
        return False
    if "javascript" in text.lower() and _running_paragraphs(fallback) < _FALLBACK_PARAGRAPHS:
        return False  # a "bật JavaScript" note, not a whole article that ends with one
    return next(fallback.iter("p", "figure", "div", "table"), None) is not None


def _running_paragraphs(fallback: etree._Element) -> int:
    """How many paragraphs of running text a <noscript> or <template> holds (none in a
    "bật JavaScript" note or a tracking pixel)."""
    return sum(len(p.text_content().strip()) >= 80 for p in fallback.iter("p"))


def _inline_srcdoc(frame: etree._Element) -> None:
    """Put an <iframe srcdoc="…">'s document in the page where it holds the article (a
    portal that frames its journal content), as a <div> in the iframe's place."""
    source = frame.get("srcdoc") or ""
    if len(source) < 400 or frame.getparent() is None:
        return
    try:
        inner = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError):
        return
    body = inner.find("body")
    if body is None or _running_paragraphs(body) < _FALLBACK_PARAGRAPHS:
        return
    body.tag = "div"
    frame.getparent().replace(frame, body)


# A React page streamed in pieces: the server sends a placeholder (<template id="B:0">
# and a skeleton, up to <!--/$-->) and, later in the page, the piece itself in
# <div hidden id="S:0">, which a script moves into place.
_STREAMED_SEGMENTS = etree.XPath("//div[@hidden][starts-with(@id,'S:')]")


def _put_in_place(segment: etree._Element, root: etree._Element) -> None:
    """Move a streamed piece (``<div hidden id="S:n">``) to its placeholder
    (``<template id="B:n">``), dropping the skeleton shown until it came."""
    holes = root.xpath("//template[@id=$id]", id="B:" + segment.get("id", "")[2:])
    if not holes or holes[0].getparent() is None:
        return
    hole = holes[0]
    for sibling in list(hole.itersiblings()):
        if isinstance(sibling, etree._Comment) and sibling.text == "/$":
            break
        if isinstance(sibling.tag, str):
            drop(sibling)
    del segment.attrib["hidden"]
    segment.tail = hole.tail  # its own tail is the script that moved it
    hole.getparent().replace(hole, segment)


# Words shown to screen readers only ("Trở lại", "Chia sẻ"): a label, never the
# headline's or the body's text.
_SCREEN_READER_LABELS = etree.XPath(
    "//*[contains(@class,'helper-hidden-accessible') or contains(@class,'sr-only')"
    " or contains(@class,'visually-hidden') or contains(@class,'screen-reader-text')]"
    "[string-length(normalize-space()) < 40]"
)


def is_article(page, min_chars: int = 200) -> bool:
    """Does the page (or record) look like one article?

    See `article_problem`; True when it finds none.
    """
    return article_problem(page, min_chars) is None


def article_problem(page, min_chars: int = 200) -> str | None:
    """Why a page is not one article, or None when it is.

    Args:
        page: a `Page` (or a `Record`, which has the same fields).
        min_chars: the least article text (summary and body) an article has.

    Returns:
        None for an article; else the reason: "listing page: …", "home
        page: …", "tag page: …", "search page: …" (from the page's
        structure and address), "no headline", or "no article text".
    """
    reason = getattr(page, "not_article", None)
    if reason:
        return reason
    kind = page_kind_by_address(page.url)
    if not page.title:
        return f"{kind}: no headline" if kind else "no headline"
    # the sapo's agency prefix ("ĐTO - ") is no article text
    if len(page.text or "") + len(strip_agency_prefix(page.summary or "")) < min_chars:
        short = f"no article text (under {min_chars} characters)"
        return f"{kind}: {short}" if kind else short
    return None


def pick_profile(root: etree._Element, url: str | None) -> Profile | None:
    """The first profile that fits the page (by host, then by markup), or None."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    return next((p for p in profiles() if p.fits(root, host)), None)


# ---------------------------------------------------------------- profile extraction


_MARK = "data-vnextract-drop"


def _profile_body(
    root: etree._Element, profile: Profile, scored: etree._Element | None
) -> etree._Element | None:
    """The profile's body, or None when it has none on this page or holds much
    less text than the scorer's body: then the profile does not fit the page."""
    found = select_first(root, profile.body)
    if found is None:
        return None
    if scored is not None and len(found.text_content()) < len(scored.text_content()) / 2:
        return None
    return found


def _with_profile(
    root: etree._Element, profile: Profile, found: etree._Element, meta, url: str | None
) -> Page:
    """The page by the profile's selectors, the metadata filling what they miss.

    The profile works on a copy of its body (the page's tree stays whole)."""
    title = _first_text(root, profile.title) or meta.title or _first_heading(root)
    published = _first_date(root, profile.published) or meta.published
    author_el = select_first(root, profile.author)
    author = _profile_byline(_text(author_el)) if author_el is not None else None
    summary_el = select_first(root, profile.summary)
    if summary_el is None:  # a template of the platform the profile does not list
        summary_el = _find_summary(root, found, title)
    summary, lead_captions = _summary_and_captions(summary_el)
    marked = [el for el in (author_el, summary_el) if el is not None]
    for el in marked:
        el.set(_MARK, "")
    body = _copy(found)
    for el in marked:
        del el.attrib[_MARK]
    for el in body.xpath(f"descendant-or-self::*[@{_MARK}]"):
        drop(el)
    for selector in profile.exclude:
        for el in select(body, selector):
            drop(el)
    strip_chrome(body)  # a related box inside the body ends no article
    captions = lead_captions + take_captions(body, profile.captions)
    texts, tail = _body_text(body_blocks(body), title, summary, captions)
    author = author or meta.author or _first_person(tail)
    return _page(url, title, published, author, summary, texts, captions)


def _profile_byline(text: str | None) -> str | None:
    """The person in a profile's byline element, as SPEC.md writes it ("Tin, ảnh:
    Hồng Nhung" -> "Hồng Nhung"; "Hồng Nhung (TTXVN)" -> "Hồng Nhung"; "HỮU NGHĨA"
    -> "Hữu Nghĩa"); None for a group ("Nhóm PV") or an outlet."""
    if not text:
        return None
    rules = _profile_rules()
    name = re.sub(rules["byline_prefix"], "", text.strip()).strip().rstrip(".").strip()
    name = re.sub(r"\s*\([^)]{1,30}\)$", "", name)
    name = re.sub(r"\s*/\s*[\w.]{2,20}$", "", name)  # "Thanh Lan/THĐT"
    if not name or len(name) > rules["byline_max_chars"]:
        return None
    return author_name(name) if len(name.split()) <= rules["byline_max_words"] else None


@cache
def _profile_rules() -> dict:
    """``profiles/_common.toml``: the rules every site profile shares."""
    source = files("extract.page").joinpath("profiles", "_common.toml").read_text("utf-8")
    return tomllib.loads(source)


def _copy(element: etree._Element) -> etree._Element:
    import copy

    return copy.deepcopy(element)


# ---------------------------------------------------------------- generic extraction


def _generic(root: etree._Element, body: etree._Element | None, meta, url: str | None) -> Page:
    """The page by the content scorer's body and the metadata."""
    title, published = meta.title or _first_heading(root), meta.published
    if body is None:
        return Page(
            url=url,
            title=title,
            published=published,
            author=meta.author,
            not_article=listing_reason(root, None, url) or "no article body",
        )
    summary_el = _find_summary(root, body, title)
    summary, lead_captions = _summary_and_captions(summary_el)
    if summary_el is not None and is_inside(summary_el, body):
        drop(summary_el)
    reason = excerpt_reason(body, url)
    strip_chrome(body)  # related boxes out first: their titles are not a listing's
    reason = reason or listing_reason(root, body, url)
    above = lead_captions + _captions_above(body)
    captions = list(dict.fromkeys(above + take_captions_and_links(body)))
    blocks = body_blocks(body)
    # the first paragraph, past a dateline printed above it ("Thứ Hai, 18/12/2023 | 10:25")
    first = 1 if len(blocks) > 1 and is_dateline(blocks[0].text) else 0
    if summary is None and blocks and _is_bold_lead(blocks[first]):
        summary, blocks = blocks[first].text, blocks[:first] + blocks[first + 1 :]
    texts, tail = _body_text(blocks, title, summary, captions)
    # the metadata's author is a person when it is one; else the signature we took off
    author = meta.author or _first_person(tail) or find_byline(root, body)
    page = _page(url, title, published, author, summary, texts, captions)
    page.not_article = reason
    return page


def _summary_and_captions(element: etree._Element | None) -> tuple[str | None, list[str]]:
    """The sapo's text, and the captions inside its element: NukeViet sets the lead
    photo and its caption in the sapo's box, before or after the sapo's words."""
    if element is None:
        return None, []
    element = _copy(element)
    captions = take_captions(element)
    return _text(element), captions


def _captions_above(body: etree._Element) -> list[str]:
    """The captions of the lead photo set just above the body, beside it (between the
    sapo and the body: "<div class='img_lead'><img><div class='caption'>...")."""
    captions: list[str] = []
    for sibling in list(body.itersiblings(preceding=True))[:_PHOTO_REACH]:
        if isinstance(sibling.tag, str) and sibling.find(".//img") is not None:
            captions = take_captions(_copy(sibling)) + captions
    return captions


_PHOTO_REACH = 2  # elements before the body where its lead photo stands


def _first_heading(root: etree._Element) -> str | None:
    """The title of a page whose metadata names none: its first ``<h1>``, else
    its ``<title>`` (a listing's "Tin tức")."""
    for heading in [*root.iter("h1"), *root.iter("title")]:
        text = " ".join(normalize_text(heading.text_content()).split())
        if text:
            return text
    return None


def _first_person(lines: list[str]) -> str | None:
    """The person the first signature line naming one names (`author_name`)."""
    return next((name for name in map(author_name, lines) if name), None)


_SUMMARY_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:sapo|sapo-?detail|summary|description|desc|lead|chapeau|chapo|excerpt|"
    r"tomtat|tom-tat|trichyeu|trich-yeu|intro|abstract|teaser-text|article-sapo|detail-sapo|"
    r"hometext|post_subtitle|post-subtitle)"  # NukeViet's, JNews' (WordPress)
    r"(?:$|[\s_-])|sapo|[Ss]ummary(?=[A-Z])|(?<=[a-z])Summary"  # "SummaryDetail", "lblSummary"
)
# Words only a sapo's class holds; "lead" and the rest may also name an image's box.
_SAPO_WORDS = r"sapo|summary|tomtat|tom-tat|trichyeu|trich-yeu"
_NAMED_SAPO = re.compile(
    rf"(?i){_SAPO_WORDS}|lead|chapeau|chapo|excerpt|abstract|post_subtitle|post-subtitle"
)
_SAPO_WORD = re.compile(rf"(?i){_SAPO_WORDS}")
# A photo's caption styled as a description ("img-desc", "photo-desc"), the site's
# tagline in the page header (WordPress's "site-description"), a video player's dialog
# ("vjs-modal-dialog-description"): never the sapo.
_IMAGE_CLASS = re.compile(
    r"(?i)img|image|photo|picture|caption|figure|anh|site-desc|site_desc|dialog|modal|vjs-"
    r"|video"  # a video's box, its player's title bar and duration
)
_SUMMARY = (
    "[self::p or self::h2 or self::h3 or self::div or self::span or self::strong or self::section"
    " or self::td]"
    "[contains(@class,'apo') or contains(@class,'ummary') or contains(@class,'escription')"
    " or contains(@class,'lead') or contains(@class,'chap') or contains(@class,'xcerpt')"
    " or contains(@class,'desc') or contains(@class,'intro') or contains(@class,'tomtat')"
    " or contains(@class,'om-tat') or contains(@class,'richYeu') or contains(@class,'richyeu')"
    " or contains(@class,'TomTat') or contains(@id,'TomTat') or contains(@class,'hometext')"
    " or contains(@id,'sapo') or contains(@id,'summary') or contains(@id,'lead')"
    " or contains(@class,'Summary') or contains(@id,'Summary') or contains(@id,'Lead')"
    " or contains(@class,'post_subtitle') or contains(@class,'post-subtitle')]"  # JNews
)
_SUMMARY_XPATH = etree.XPath("descendant-or-self::*" + _SUMMARY)
_IS_SUMMARY = etree.XPath("self::*" + _SUMMARY)
# a sapo in the body is among its first nodes (the body itself and comments counted),
# before its first paragraph
_TOP_NODES = 40
_FIRST_PARAGRAPH_CHARS = 80  # a <p> this long opens the body's text


def _find_summary(
    root: etree._Element, body: etree._Element, title: str | None
) -> etree._Element | None:
    """The sapo: an element whose class names it at the top of the body or
    nearest before it, else the lead paragraph between the headline and the body.

    Only the body's top and what stands before it, up to four levels out, is
    searched (not the lists and comments after the article)."""
    for el in islice(body.iter(), _TOP_NODES):  # not a search of the whole body
        if not isinstance(el.tag, str):
            continue
        if _IS_SUMMARY(el) and _is_sapo(el, body):
            if _NAMED_SAPO.search(f"{el.get('class', '')} {el.get('id', '')}"):
                return el  # inside the body, a box only "desc" names is a newsletter's, a bio's
        elif el.tag == "p" and len(el.text_content()) > _FIRST_PARAGRAPH_CHARS:
            break  # the body's text has begun: a "sapo" below it is a teaser's
    node = body
    for _ in range(4):  # a sapo stands near its body
        if node.getparent() is None or node.tag == "body":
            break
        for sibling in node.itersiblings(preceding=True):  # nearest first
            if not isinstance(sibling.tag, str):
                continue
            found = [el for el in _SUMMARY_XPATH(sibling) if _is_sapo(el, body)]
            if found:
                return found[-1]
        node = node.getparent()
    return _lead_after_headline(root, body, title)


def _is_sapo(element: etree._Element, body: etree._Element) -> bool:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    return (
        _SUMMARY_CLASS.search(names) is not None
        # "img-desc" and "img_lead" are a photo's; a photo story's "photo-sapo" is its sapo
        and (_IMAGE_CLASS.search(names) is None or _SAPO_WORD.search(names) is not None)
        and not is_inside(body, element)
        and not _in_other_language(element)
        and _sapo_text(element)
    )


def _in_other_language(element: etree._Element) -> bool:
    """Whether ``element`` is marked as in a language other than Vietnamese ("ENGLISH
    SUMMARY" beside the sapo: <div lang="en">). The page's own <html lang> is not
    read: many Vietnamese templates leave it "en"."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.get("lang"):
            return in_foreign_language(node)
    return False


_DATE_TIME = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[-|,]?\s*\d{1,2}/\d{1,2}/\d{4}"
)


def _lead_after_headline(
    root: etree._Element, body: etree._Element, title: str | None
) -> etree._Element | None:
    """A paragraph-like element between the headline and the body (no class needed)."""
    if not title:
        return None
    headline = next(
        (h for h in root.iter("h1") if " ".join(normalize_text(h.text_content()).split()) == title),
        None,
    )  # (the title is normalised: one apostrophe in "Cư M'gar")
    if headline is None or is_inside(headline, body):
        return None
    node = headline
    for _ in range(_LEAD_LEVELS):  # the headline may sit in wrappers of its own
        for el in node.itersiblings():
            if is_inside(body, el):
                return None
            if el.tag in ("h2", "p", "div") and _sapo_text(el) and len(el) <= 3:
                names = f"{el.get('class', '')} {el.get('id', '')}"
                return None if _IMAGE_CLASS.search(names) else el
        node = node.getparent()
        if node is None or node.tag == "body":
            break
    return None


_LEAD_LEVELS = 3  # how many wrappers of a headline ("<div class='css-0'><h1>") are climbed


def _sapo_text(element: etree._Element) -> bool:
    """Text a sapo could be: a sentence or a few (not a dateline or an info bar)."""
    text = " ".join(element.text_content().split())
    if not 40 <= len(text) <= 1200 or len(text.split()) < 10 or _DATE_TIME.search(text):
        return False
    if is_dateline(text):
        return False  # "Thứ năm, ngày 6 tháng 11 năm 2025 - 15:20": a date in words
    if not any(c.isalpha() and not c.isascii() for c in text):
        return False  # "Summary: In the first 11 months ...": an English box, no Vietnamese sapo
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked < len(text) * 0.3


def _is_bold_lead(block: Block) -> bool:
    """A first paragraph set all in bold, or all in italics and not centred (a caption
    is): the sapo of many plain CMSs."""
    element = block.element
    # (a <td> too: a table-laid portal's cell of <br>-separated paragraphs, its first bold)
    if element.tag not in ("p", "div", "h2", "h3", "td") or len(block.text) < 60:
        return False
    if _set_in(element, ("strong", "b"), block.text):
        return True
    return not is_centred(element) and _set_in(element, ("em", "i"), block.text)


def _set_in(element: etree._Element, tags: tuple[str, ...], text: str) -> bool:
    """Whether ``text``, the element's, is all inside ``tags`` at its top two levels."""
    pieces = [
        " ".join(b.text_content().split())
        for b in element.iter(*tags)
        if b.getparent() is element or b.getparent().getparent() is element
    ]
    styled = " ".join(pieces)
    if text in pieces:
        return True  # one of the <br>-separated paragraphs of a cell, all of it bold
    return styled == text or (len(styled) >= len(text) - 2 and styled in text)


# ---------------------------------------------------------------- shared pieces


# The most words a byline line has ("Bài và ảnh: NGUYỄN VĂN A - TRẦN THỊ B"); a longer
# first paragraph is running text even when it opens like one ("Theo Ban ... - Lạng Sơn").
_BYLINE_WORDS = 16


def _body_text(
    blocks: list[Block], title: str | None, summary: str | None, captions: list[str]
) -> tuple[list[str], list[str]]:
    """The text paragraphs, and the signature lines taken off their end (last one
    first), then a byline taken off their start ("Phóng viên: Lê Hoàng Phúc").

    Dropped: the title, the summary and captions repeated in the body, chrome
    lines and datelines; everything from a widget header ("Phản hồi", "Tin
    liên quan") on, once the body has begun."""
    rules = chrome_rules()
    kept: list[Block] = []
    opening: list[str] = []
    seen_body = False
    # the sapo printed again as the body's first paragraph, its outlet's prefix cut
    bare_summary = strip_agency_prefix(summary) if summary else None
    blocks = _without_pull_quotes(blocks)
    for index, block in enumerate(blocks):
        text = block.text
        if rules.any("stop", text) and seen_body:
            signed = blocks[index + 1] if index + 1 < len(blocks) else None
            if rules.any("continued", text) and signed and author_name(signed.text):
                kept.append(signed)  # "(Còn nữa)", then the part's reporters
            break
        if text in (title, summary, bare_summary) or text in captions:
            continue
        if rules.any("drop", text) or rules.any("stop", text) or is_dateline(text):
            continue
        if len(text) < _SIGNED_DATELINE_CHARS and is_signed_dateline(text):
            continue  # "Hồng Nhung - 09:40 | 14/05/2024": the byline and the date, not text
        if not seen_body and _BYLINE_WORDS >= len(text.split()) and has_lead(text) \
                and author_name(text):
            opening.append(text)  # a byline above the body's first paragraph
            continue
        seen_body = seen_body or len(text) > 80
        kept.append(block)
    kept, tail = split_tail(_without_title_in_capitals(kept, title))
    texts = [b.text for b in kept]
    if texts and not tail and (glued := _GLUED_BYLINE.search(texts[-1])):
        name = glued["name"] or glued["bracketed"]
        if author_name(name):  # "... trong năm nay. - Hoài Thu"
            texts[-1], tail = texts[-1][: glued.start()], [name]
    return texts, tail + opening


def _without_title_in_capitals(blocks: list[Block], title: str | None) -> list[Block]:
    """The blocks but the headline printed again in capitals at the body's top, over one
    line or two ("BỐ TRẠCH CHỦ ĐỘNG PHÒNG CHÁY, CHỮA CHÁY RỪNG" / "MÙA KHÔ NĂM 2025")."""
    if not title or not blocks:
        return blocks
    wanted, said = title.upper().split(), []
    for count, block in enumerate(blocks[:_TITLE_LINES], start=1):
        if not block.text.isupper():
            break
        said += block.text.split()
        if said == wanted:
            return blocks[count:]
    return blocks


_TITLE_LINES = 3  # the most lines a headline in capitals runs over


_SIGNED_DATELINE_CHARS = 90  # a byline and a date on one line are shorter than this
# A signature glued to the last sentence: ". - Hoài Thu", ". – MINH ANH", ". (Ngọc Hân)"
_GLUED_BYLINE = re.compile(
    r"(?<=[.!?”\"])\s+(?:[-–]\s+(?P<name>[A-ZĐÀ-Ỹ][^\s.,;:!?()]*(?:\s+[A-ZĐÀ-Ỹ][^\s.,;:!?()]*){1,3})"
    r"|\((?P<bracketed>[A-ZĐÀ-Ỹ][^\s.,;:!?()]*(?:\s+[A-ZĐÀ-Ỹ][^\s.,;:!?()]*){1,3})\))$"
)


def _without_pull_quotes(blocks: list[Block]) -> list[Block]:
    """The blocks but a pull-quote's: a <blockquote> that repeats a sentence of the body
    in large type, its speaker under it, is not text of its own."""
    quotes: dict[etree._Element, list[Block]] = {}
    for block in blocks:
        quote = next(block.element.iterancestors("blockquote"), None)
        if block.element.tag == "blockquote":
            quote = block.element
        if quote is not None:
            quotes.setdefault(quote, []).append(block)
    dropped: set[int] = set()
    for members in quotes.values():
        said = members[0].text.strip(_QUOTE_MARKS).rstrip(".").strip(_QUOTE_MARKS)
        inside = {id(b) for b in members}
        said = said.lower()  # trimmed to its sentence: "Từ khi ..." of "..., nhưng từ khi ..."
        if len(said) >= _PULL_QUOTE_CHARS and any(
            said in b.text.lower() for b in blocks if id(b) not in inside
        ):
            dropped |= inside
    return [b for b in blocks if id(b) not in dropped] if dropped else blocks


_QUOTE_MARKS = " \"'“”‘’«»"
_PULL_QUOTE_CHARS = 30  # shorter words may be repeated by chance


def _page(url, title, published, author, summary, texts: list[str], captions) -> Page:
    """The `Page`; an agency prefix leaves the first paragraph. The sapo keeps its own
    ("(Dân trí) - Giá vàng ..."): it is the sapo as printed, as page gold has it."""
    if summary:
        summary = " ".join(normalize_text(summary).split())
        signed = _BRACKETS_AT_END.search(summary)
        person = author_name(signed.group(1)) if signed and has_lead(signed.group(1)) else None
        if person:  # "... Thạnh Hóa. (Tin: Ngọc Hân)"; not "(Theo TTXVN)"
            summary, author = summary[: signed.start()], author or person
    if texts:
        texts[0] = strip_agency_prefix(texts[0])
        texts[-1] = re.sub(r"\s*\./\.\s*$", ".", texts[-1])
    return Page(
        url=url,
        title=title or None,
        published=published or date_in_url(url),
        author=author or None,
        summary=summary or None,
        text="\n\n".join(t for t in texts if t),
        captions=captions,
    )


# Brackets closing the sapo, a byline when they open with a byline's lead word (names.toml):
# "(Tin: Ngọc Hân)", "(Bài, ảnh: Minh Trí)".
_BRACKETS_AT_END = re.compile(r"\s*\(([^()]{4,70})\)$")


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    text = " ".join(b.text for b in body_blocks(el))
    return text or None


def _value(el: etree._Element | None) -> str | None:
    """An element's machine value (``content``, ``datetime``) or its text."""
    if el is None:
        return None
    for attr in ("content", "datetime"):
        if el.get(attr, "").strip():
            return " ".join(normalize_text(el.get(attr)).split())
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
