"""An HTML page's title, publication date and author, in an explicit order of trust.

    >>> meta = read_metadata(lxml.html.document_fromstring(html), url)
    >>> meta.title, meta.published, meta.author

Each field is looked for layer by layer, most trusted first:

1. JSON-LD (``NewsArticle``, ``Article``, … also inside ``@graph`` or lists):
   ``headline``, ``datePublished``, ``author.name``;
2. ``<meta>`` tags (``article:published_time``, ``pubdate``, ``og:title``,
   ``author`` …);
3. ``itemprop`` microdata (``headline``, ``datePublished``, ``author > name``);
4. what the reader sees: the headline element, the dateline nearest to it,
   the byline (an ``author`` element, or a right-aligned or bold name closing
   the body).

Title: the headline element wins over machine titles (pages shorten their
``og:title``); the machine titles only say which element is the headline, and
stand in, site suffix cut, when no element matches.

Date: the most trusted date is the base; a date from another layer that
agrees with it to the precision both give, but states more (seconds where the
base has minutes), refines it. So JSON-LD's "08:01:00" becomes the meta tag's
"08:01:53", and a date-only meta takes the dateline's time.

Author: persons only. An author of JSON-LD type Organization, or any name
equal to the publisher, the site's name, its host or one of ``outlets.txt``,
is not a person; neither is a name with an organisation word ("Báo …",
"… Online"), a one-word name, or a photo credit.

Selectors, meta names and word lists are data: ``metadata.toml``,
``outlets.txt``.
"""

from __future__ import annotations

import html
import json
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from itertools import chain
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from extract.normalize import normalize_text
from extract.page.body import is_hidden
from extract.page.dates import PRECISIONS, VIETNAM, Moment, read_moment
from extract.page.names import (
    author_name,
    has_lead,
    is_organisation,
    is_signed_dateline,
    is_site_name,
    site_key,
)
from extract.page.text import chrome_rules
from extract.page.tree import is_inside

__all__ = ["PageMetadata", "author_name", "read_metadata"]

_BLOCKS = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "td",
        "blockquote",
        "section",
        "article",
        "figure",
        "figcaption",
        "center",
        "address",
    }
)
_INLINE = frozenset({"span", "time", "small", "em", "i", "b", "strong", "font"})
_ARTICLE_PARTS = frozenset({"header", "footer"})
_STOPS = frozenset({"h1", "h2", "h3", "h4", "ul", "ol", "li", "table", "form"})
_SKIP = frozenset({"script", "style", "noscript", "template", "svg"})


@dataclass(frozen=True)
class PageMetadata:
    """What a page says about its article.

    Attributes:
        title: the article's headline, no site suffix.
        published: ISO 8601 with +07:00, keeping the time when the page gives one.
        author: persons only, in proper-name case, several joined with ", ";
            None where the page names no person.
        stated_body: the ``articleBody`` its JSON-LD states (the page's own article
            first), the only full text of a page whose script fills its body in later.
    """

    title: str | None = None
    published: str | None = None
    author: str | None = None
    stated_body: str | None = None


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Rules:
    """metadata.toml, compiled."""

    data: dict
    dateline_labels: re.Pattern[str]
    dateline_updated: re.Pattern[str]
    dateline_document: re.Pattern[str]
    dateline_published: re.Pattern[str]
    dateline_chrome: re.Pattern[str]
    page_header: re.Pattern[str]
    boxes: re.Pattern[str]
    marks: Marks


@cache
def _data() -> dict:
    return tomllib.loads(files("extract.page").joinpath("metadata.toml").read_text("utf-8"))


@cache
def rules() -> Rules:
    """The rules of metadata.toml, loaded once per process."""
    data = _data()
    marks = Marks.of(
        {
            "headline": data["title"]["headline"],
            "byline": data["author"]["byline"],
            "body": data["body"],
            "published": data["published"]["itemprop"],
        }
    )
    return Rules(
        data=data,
        # one look-behind for every label: tried once a position, not once a label
        dateline_labels=re.compile(
            "(?i)(?<!\\w)(?:"
            + "|".join(rf"(?:{label})(?!\w)" for label in data["dateline"]["labels"])
            + ")"
        ),
        dateline_updated=re.compile(data["dateline"]["updated"]),
        dateline_document=re.compile(data["dateline"]["document"]),
        dateline_published=re.compile(data["dateline"]["published"]),
        dateline_chrome=re.compile(data["dateline"]["chrome"]),
        page_header=re.compile(data["dateline"]["page_header"]),
        boxes=re.compile(data["author"]["boxes"]),
        marks=marks,
    )


# ---------------------------------------------------------------- entry points


def read_metadata(
    root: etree._Element, url: str | None = None, body: etree._Element | None = None
) -> PageMetadata:
    """Read the title, the publication date and the author of an HTML page.

    Args:
        root: the page, parsed by ``lxml.html`` (its strings not yet normalised).
        url: where it came from; its host is one of the site's names.
        body: the element holding the article body, if the caller found it; it
            anchors the dateline and the closing byline (when it is None or
            the whole page, the body is guessed from ``metadata.toml``'s marks).
            The tree is only read, never changed.

    Returns:
        A `PageMetadata`; each field None where the page does not give it.
    """
    page = _Page.read(root, url, body)
    headline = _headline_element(page)
    title = _headline_text(headline) if headline is not None else _machine_title(page)
    return PageMetadata(
        title=title or None,
        published=_published(page, headline),
        author=_author(page, headline),
        stated_body=next(
            (a["articleBody"] for a in page.articles if isinstance(a.get("articleBody"), str)),
            None,
        ),
    )


# ---------------------------------------------------------------- the page's layers


_KNOWN_CLASSES = 20000


@dataclass(frozen=True)
class Marks:
    """The elements a page marks as a headline, a byline or a body (the marks tables of
    metadata.toml), found in the one pass `read_metadata` makes over the page.

    CSS selectors would cost a pass each; here each element costs a few
    dictionary look-ups.
    """

    classes: dict[str, tuple[str, ...]]  # class name or id -> what it marks
    class_parts: tuple[tuple[str, str], ...]  # (piece of a class attribute, what it marks)
    attributes: dict[tuple[str, str], tuple[str, ...]]  # (name, value) -> what it marks
    attribute_names: tuple[str, ...]
    links: tuple[tuple[str, str], ...]  # (piece of an <a href>, what it marks)
    tags: tuple[tuple[str, str], ...]  # (tag, what it marks): "<address>" in an article header
    # class attributes already matched, and their marks (up to _KNOWN_CLASSES)
    known_classes: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, tables: dict[str, dict]) -> Marks:
        """Index tables with ``classes``, ``class_parts``, ``attributes``, ``links`` and
        ``tags``."""
        classes: dict[str, tuple[str, ...]] = {}
        attributes: dict[tuple[str, str], tuple[str, ...]] = {}
        for name, table in tables.items():
            for c in table.get("classes", []):
                classes[c] = (*classes.get(c, ()), name)
            for a in table.get("attributes", []):
                key = tuple(a.split("=", 1))
                attributes[key] = (*attributes.get(key, ()), name)  # type: ignore[index]
        return cls(
            classes=classes,
            class_parts=tuple((p, n) for n, t in tables.items() for p in t.get("class_parts", [])),
            attributes=attributes,
            attribute_names=tuple(sorted({n for n, _ in attributes})),
            links=tuple((k, n) for n, t in tables.items() for k in t.get("links", [])),
            tags=tuple((g, n) for n, t in tables.items() for g in t.get("tags", [])),
        )

    def scan(self, root: etree._Element) -> tuple[list, dict, dict[str, list[etree._Element]]]:
        """The page's elements in page order, their positions, and the marked elements
        by mark (in page order). The one pass over the page, kept lean: class
        attributes are read in Python, each distinct one matched once; ids and
        attributes are found by XPath, which touches only the few elements that
        carry them; links are read from the <a> elements alone."""
        nodes = list(root.iter(etree.Element))
        order = dict(zip(nodes, range(len(nodes)), strict=True))
        found = self._by_class(nodes)
        for el in _WITH_ID(root):
            found += [(mark, el) for mark in self.classes.get(el.get("id"), ())]
        for el in self._attributed(root):
            for name in self.attribute_names:
                found += [(mark, el) for mark in self.attributes.get((name, el.get(name)), ())]
        for el in root.iter("a"):
            href = el.get("href")
            if href:
                found += [(mark, el) for link, mark in self.links if link in href]
        found += [("h1", el) for el in root.iter("h1")]
        for tag, mark in self.tags:
            found += [(mark, el) for el in root.iter(tag)]
        marked: dict[str, list[etree._Element]] = {"h1": []}
        for mark, el in sorted(dict.fromkeys(found), key=lambda f: order[f[1]]):
            marked.setdefault(mark, []).append(el)
        return nodes, order, marked

    def _by_class(self, nodes: list[etree._Element]) -> list[tuple[str, etree._Element]]:
        """(mark, element) for every element whose class attribute marks something."""
        names_of = [el.get("class") for el in nodes]
        # a page repeats a few hundred class attributes over its elements, and a site
        # the same ones over its pages: each is matched once, and most mark nothing
        class_keys, known = frozenset(self.classes), self.known_classes
        marking = {}
        for names in set(names_of) - {None}:
            marks = known.get(names)
            if marks is None:
                if len(known) >= _KNOWN_CLASSES:
                    known.clear()
                marks = known[names] = self._class_marks(names, class_keys)
            if marks:
                marking[names] = marks
        if not marking:
            return []
        return [
            (mark, el)
            for el, names in zip(nodes, names_of, strict=True)
            if names in marking
            for mark in marking[names]
        ]

    def _class_marks(self, names: str, class_keys: frozenset[str]) -> tuple[str, ...]:
        """What a class attribute marks: its class names', then its pieces' marks."""
        tokens = names.split()
        marks: list[str] = []
        if not class_keys.isdisjoint(tokens):
            marks += [mark for t in tokens for mark in self.classes.get(t, ())]
        lowered = names.lower()  # old CMSs write classes in CamelCase: "TieuDe", "NewsTitle"
        marks += [mark for part, mark in self.class_parts if part in lowered]
        return tuple(marks)

    @property
    def _attributed(self) -> etree.XPath:
        """The elements carrying a marking attribute (see the note at ``_WITH_ID``)."""
        return _xpath(" | ".join(f"descendant-or-self::*/@{n}/.." for n in self.attribute_names))


# The XPaths of the scan are relative to the root, as root.iter() is: a damaged page may hold
# elements beside <html> (a page repeated), which "//" would find and the order
# lacks. They step through the attribute to its element ("@rel/.."): libxml2 finds
# those far faster than it tests "[@a or @b]" on every element.
_WITH_ID = etree.XPath("descendant-or-self::*/@id/..")


@cache
def _xpath(expression: str) -> etree.XPath:
    return etree.XPath(expression)


@dataclass
class _Page:
    """The layers of one page, read in one pass."""

    root: etree._Element
    body: etree._Element | None
    articles: list[dict]
    metas: dict[str, list[str]]
    sites: frozenset[str]
    nodes: list[etree._Element]
    order: dict[etree._Element, int]
    marked: dict[str, list[etree._Element]]
    url: str | None = None
    # the machine titles without and with <title> (see _machine_titles), once read
    titles: tuple[list[str], list[str]] | None = None
    # the text a reader sees, without tone marks (see _shown), once read
    shown_text: str | None = None

    @classmethod
    def read(cls, root: etree._Element, url: str | None, body: etree._Element | None) -> _Page:
        nodes, order, marked = rules().marks.scan(root)
        objects = list(_jsonld_objects(root))
        metas = _metas(root)
        if body is None or body.tag in ("html", "body"):  # no body, or no better than none
            body = _guess_body(root, marked.get("body", []))
        data = rules().data["jsonld"]
        articles = [o for o in objects if _types(o) & set(data["article_types"])]
        articles.sort(key=lambda article: not _describes(article, url))  # related ones last
        sites = _site_names(objects, metas, url)
        return cls(root, body, articles, metas, sites, nodes, order, marked, url)

    def meta(self, names: Iterable[str]) -> Iterator[str]:
        """The contents of the meta tags called ``names``, in the order of ``names``."""
        for name in names:
            yield from self.metas.get(name.lower(), ())


def _describes(article: dict, url: str | None) -> bool:
    """Whether a JSON-LD article is the page's own (its url, @id or mainEntityOfPage)."""
    if not url:
        return False
    main = article.get("mainEntityOfPage")
    if isinstance(main, dict):
        main = main.get("@id") or main.get("url")
    path = urlsplit(url).path
    for value in (article.get("url"), article.get("@id"), main):
        if isinstance(value, str) and value and urlsplit(urljoin(url, value)).path == path:
            return True
    return False


def _jsonld_objects(root: etree._Element) -> Iterator[dict]:
    """Every JSON object of the page's JSON-LD scripts, ``@graph`` and lists flattened."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # a broken block says nothing; the other layers still do
        yield from _flatten(data)


def _flatten(data) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _metas(root: etree._Element) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in root.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = (meta.get("content") or "").strip()
        if name and content:
            found.setdefault(name.strip().lower(), []).append(content)
    return found


def _site_names(
    objects: list[dict], metas: dict[str, list[str]], url: str | None
) -> frozenset[str]:
    """The keys of every name the site goes by: og:site_name, publishers, the host."""
    names: list[str] = []
    for key in ("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site"):
        names += metas.get(key, [])
    organisation = set(rules().data["jsonld"]["organisation_types"]) - {"WebSite"}
    for obj in objects:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict):
            names += [_string(publisher.get("name")), _string(publisher.get("url"))]
        if _types(obj) & organisation:
            names += [_string(obj.get("name")), _string(obj.get("url"))]
    if url:
        names.append(urlsplit(url).hostname or "")
    return frozenset(k for k in map(site_key, names) if k)


def _string(value) -> str:
    """A JSON-LD value as clean text (entities decoded, even when encoded twice)."""
    if not isinstance(value, str):
        return ""
    for _ in range(3):
        decoded = html.unescape(value)
        if decoded == value:
            break
        value = decoded
    return " ".join(normalize_text(value).split())


def _clean(text: str | None) -> str:
    return " ".join(normalize_text(text or "").split())


def _guess_body(root: etree._Element, marked: list[etree._Element]) -> etree._Element | None:
    """The outermost element marked as a body, else the one holding the most text in
    paragraphs (a <p> counts for its parent) or written straight into it (<br> lines)."""
    if marked:
        return marked[0]
    scores: dict[etree._Element, int] = {}
    for el in root.iter("p", "div", "td"):
        if el.tag == "p":
            owner, length = el.getparent(), len(el.text_content().strip())
        else:
            owner, length = el, sum(len(t.strip()) for t in _OWN_TEXT(el))
        if owner is not None and length:
            scores[owner] = scores.get(owner, 0) + length
    return max(scores, key=scores.__getitem__) if scores else None


_OWN_TEXT = etree.XPath("text()")


# ---------------------------------------------------------------- title


def _headline_element(page: _Page) -> etree._Element | None:
    """The element showing the headline: the one the machine titles name, else the first
    h1 that reads as a headline, else the element styled as one nearest above the body."""
    data = rules().data["title"]
    candidates = {}
    for el in page.marked.get("h1", []) + page.marked.get("headline", []):
        if el.tag == "meta" or el in candidates or _in_page_chrome(el) or _in_link_or_list(el):
            continue
        if _links_home(el, page.url):
            continue
        text = _line(el, 400)
        lowered = text.lower()
        if len(text) >= 3 and lowered not in data["page_headings"] and not lowered.startswith(
            tuple(data["series_labels"])
        ):
            candidates[el] = text
    # a title of a word or three names a section ("Tin địa phương"), which a portal's
    # module heading repeats above the article: it identifies no headline
    titles = [
        t for t in _machine_titles(page)
        if len(t.split()) >= data["min_words"] and t.lower() not in data["page_headings"]
    ]
    references = [_tokens(t) for t in titles]
    best, best_score = None, data["min_overlap"]
    for el, text in candidates.items() if references else ():
        shown = _tokens(text)
        score = max(_overlap(shown, ref) for ref in references)
        if score < best_score and any(_holds(shown, ref) for ref in references):
            score = best_score  # the headline in full, a meta tag's shortened form inside it
        better = score > best_score or (score == best_score and best is None)
        if better or (best is not None and score == best_score and el.tag == "h1" != best.tag):
            best, best_score = el, score
    if best is None and references:
        best = _subheading_named(page, references, best_score)
    if best is not None:
        return best
    marked = [el for el in candidates if el.tag == "h1" and el in page.marked.get("headline", [])]
    if len(marked) == 1 and len(candidates[marked[0]].split()) >= 6:
        return marked[0]  # the one <h1> the page marks as its headline, whatever og:title says
    stated = [_tokens(t) for t in _machine_titles(page, with_title_element=False)]
    if stated and any(_tokens(text) & ref for text in candidates.values() for ref in stated):
        return None  # JSON-LD or a meta tag names the headline: it stands in (see read_metadata)
    if stated and not any(len(text.split()) >= 6 for text in candidates.values()):
        return None  # nothing on the page reads as a headline either
    # Only <title>, or no machine title: a headline element is no section's name
    # ("Tin tức": too few words) and no site's name.
    readable = [
        el
        for el, text in candidates.items()
        if len(text.split()) >= data["min_words"] and not is_site_name(text, page.sites)
    ]
    h1s = [el for el in readable if el.tag == "h1"]
    if h1s or page.body is None:
        return (h1s or readable or [None])[0]
    named = [el for el in readable if _headline_class(el)]
    if len(named) == 1:
        return named[0]  # "<div class='news-title'>" inside the body's box, a section's name above
    above = [el for el in readable if page.order[el] < page.order[page.body]]
    if not above:  # the <h1> is the site's logo: a plain <h2> above the body heads it,
        # or, on pages from before CSS, a headline set in a large font
        above = [
            el for el in chain(page.root.iter("h2", "h3"), _LARGE_FONT(page.root))
            if page.order[el] < page.order[page.body]
            and not (_in_page_chrome(el) or _in_link_or_list(el))
            and len(_line(el, 400).split()) >= data["min_words"]
            and not is_site_name(_line(el, 400), page.sites)
        ]
    return max(above, key=page.order.__getitem__) if above else None


def _headline_class(el: etree._Element) -> bool:
    """Whether ``el``'s class is one metadata.toml names for a headline ("news-title"),
    not one that only holds a part of such a name ("cate-title", "box-title")."""
    names = set((el.get("class") or "").split())
    return not names.isdisjoint(rules().data["title"]["headline"]["classes"])


_LARGE_FONT = etree.XPath(
    "descendant::font[@size='4' or @size='5' or @size='6' or starts-with(@size,'+')]"
)


def _subheading_named(
    page: _Page, references: list[set[str]], least: float
) -> etree._Element | None:
    """An <h2> or <h3> the machine titles name, where the <h1> is the site's logo
    ("BÁO HẬU GIANG ĐIỆN TỬ") and the headline a plain subheading."""
    for el in page.root.iter("h2", "h3"):
        if _in_page_chrome(el) or _in_link_or_list(el):
            continue
        shown = _tokens(_line(el, 400))
        if len(shown) >= 4 and max(_overlap(shown, ref) for ref in references) >= least:
            return el
    return None


def _links_home(el: etree._Element, url: str | None) -> bool:
    """Whether all of ``el``'s text is one link to the site's home page: the logo."""
    links = el.findall(".//a")
    if len(links) != 1 or _line(links[0], 400) != _line(el, 400):
        return False
    there = urlsplit(urljoin(url or "", links[0].get("href") or "#"))
    same_site = not url or there.netloc == urlsplit(url).netloc
    return same_site and there.path.lower().rstrip("/") in _home_paths() and not there.query


@cache
def _home_paths() -> frozenset[str]:
    return frozenset(path.rstrip("/") for path in rules().data["title"]["home_paths"])


def _in_link_or_list(el: etree._Element) -> bool:
    """Inside a link or a list item: another article's title in a list, not the headline."""
    return any(node.tag in ("a", "li") for node in el.iterancestors())


def _machine_titles(page: _Page, with_title_element: bool = True) -> list[str]:
    """The titles the page states for machines, most trusted first, site suffix cut:
    JSON-LD, meta tags, then (the weakest: often a section's name) ``<title>``.
    Read once a page (the headline and the title both ask)."""
    if page.titles is None:
        titles = [_string(a.get("headline")) for a in page.articles]
        metas = page.meta(rules().data["title"]["metas"])
        titles += [_cut_site(_string(t), page.sites) for t in metas]
        stated = [t for t in titles if t and not is_site_name(t, page.sites)]
        element = page.root.find(".//title")
        if element is not None:
            title = _cut_site(_string(element.text_content()), page.sites)
            titles = [title] if title and not is_site_name(title, page.sites) else []
        else:
            titles = []
        page.titles = (stated, stated + titles)
    return page.titles[1] if with_title_element else page.titles[0]


def _machine_title(page: _Page) -> str | None:
    headings = rules().data["title"]["page_headings"]
    titles = [t for t in _machine_titles(page) if t.lower() not in headings]
    return titles[0] if titles else None


def _cut_site(title: str, sites: frozenset[str]) -> str:
    """ "Headline | Báo Dân trí" -> "Headline", when the last part names the site."""
    for separator in rules().data["title"]["separators"]:
        if separator not in title:
            continue
        head, tail = title.rsplit(separator, 1)
        key = site_key(tail)
        if len(key) >= 3 and (
            any(s in key or (len(key) >= 4 and key in s) for s in sites if len(s) >= 3)
            or is_organisation(tail)
            or is_site_name(tail, sites)
        ):
            return head.strip()
    return title


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _holds(shown: set[str], stated: set[str]) -> bool:
    """Whether a shown headline holds (nearly) every word of a machine title of four
    words or more: "Đức Hòa: Ra mắt 14 mô hình ..." for "Đức Hòa ra mắt mô hình ..."."""
    return len(stated) >= 4 and len(shown & stated) >= 0.9 * len(stated)


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


# ---------------------------------------------------------------- published


def _published(page: _Page, headline: etree._Element | None) -> str | None:
    """The publication date: the most trusted layer's, refined by a finer one that agrees."""
    candidates = list(_machine_dates(page))
    dateline = _dateline(page, headline)
    if dateline is not None:
        candidates.append(dateline)
    if not candidates:
        return _title_date(page)
    chosen = candidates[0]
    if dateline is not None and not _month_first(dateline, chosen) and (
        _shown_time_differs(dateline, chosen) or _shown_day_before(dateline, chosen)
    ):
        chosen = dateline  # the moment the reader sees, when the metadata's is off
    for moment in candidates:
        if moment.finer_than(chosen) and moment.agrees(chosen):
            chosen = moment
    return chosen.iso()


def _shown_time_differs(dateline: Moment, stated: Moment) -> bool:
    """Whether the visible dateline gives the same day as the metadata but another time
    ("08:15" shown, 08:11:37 stated): the page's own dateline is the one readers and
    the gold go by. A dateline of another day may be an update's, and loses."""
    if dateline.precision == "day" or dateline.agrees(stated):
        return False
    return Moment(dateline.when, "day").agrees(Moment(stated.when, "day"))


def _month_first(dateline: Moment, stated: Moment) -> bool:
    """Whether the dateline is the metadata's day written month first, as Drupal's
    default format does ("T5, 11/04/2021" for 4 November): read day first, its day and
    month are the metadata's swapped, in the same year."""
    shown = dateline.when.astimezone(VIETNAM).date()
    meant = stated.when.astimezone(VIETNAM).date()
    return shown != meant and (shown.year, shown.day, shown.month) == (
        meant.year, meant.month, meant.day
    )


def _shown_day_before(dateline: Moment, stated: Moment) -> bool:
    """Whether the visible dateline gives a day before the metadata's: no update comes
    before its article, so the metadata stamps something later (the page's build, a
    re-index) and the dateline ("Cập nhật lúc 09:45 ngày 12/08/2025") is the article's."""
    return dateline.when.astimezone(VIETNAM).date() < stated.when.astimezone(VIETNAM).date()


def _title_date(page: _Page) -> str | None:
    """The date a portal writes in the page's <title> only: "Đức Trọng ra quân ...
    (15/03/2024) - Cổng thông tin điện tử huyện Đức Trọng"."""
    element = page.root.find(".//title")
    text = _clean(element.text_content()) if element is not None else ""
    found = _BRACKETED_DATE.search(text)
    moment = read_moment(found.group(1)) if found else None
    return moment.iso() if moment else None


_BRACKETED_DATE = re.compile(r"\((\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d)\)")


def _machine_dates(page: _Page) -> Iterator[Moment]:
    """JSON-LD, then meta tags (``<meta itemprop>`` among them), then itemprop microdata;
    a video's JSON-LD upload date last."""
    values = [_string(a.get("datePublished")) for a in page.articles]
    values += list(page.meta(rules().data["published"]["metas"]))
    for el in page.marked.get("published", []):
        if el.tag != "meta" and not (_in_chrome(el, page) and not _beside_body(el, page)):
            # not a related item's microdata; a post's own footer may hold its date
            # Blogger: <abbr class="published" title="2025-09-20T20:15:00+07:00">
            title = el.get("title") if el.tag == "abbr" else None
            values.append(el.get("content") or el.get("datetime") or title or el.text_content())
    values += _app_state_dates(page)
    # a video's upload (the broadcast's evening) is its page's date when nothing else is
    values += [_string(a.get("uploadDate")) for a in page.articles]
    for value in values:
        moment = read_moment(_clean(value)) if value else None
        if moment is not None:
            yield moment


def _app_state_dates(page: _Page) -> list[str]:
    """The publication date a JavaScript app's state holds for this page's article
    (Next.js's ``__NEXT_DATA__``): the object whose slug the address ends with."""
    script = next((s for s in page.root.iter("script") if s.get("id") in _APP_STATES), None)
    if script is None or not page.url or not script.text:
        return []
    try:
        state = json.loads(script.text, strict=False)
    except ValueError:
        return []
    last = urlsplit(page.url).path.rstrip("/").rsplit("/", 1)[-1]
    stem = last.rsplit(".", 1)[0] if "." in last else last
    found = []
    for item in _app_objects(state):
        slug = item.get("slug")
        if isinstance(slug, str) and slug and stem.endswith(slug):
            found += [str(item[key]) for key in _APP_DATE_KEYS if item.get(key)]
    return found[:1]


_APP_STATES = frozenset({"__NEXT_DATA__", "__NUXT_DATA__"})
# The keys an app's article object keeps its date under, most telling first.
_APP_DATE_KEYS = ("publishedAt", "published_at", "publishDate", "publish_date", "datePublished",
                  "publishedDate", "publishTime", "createdAt", "created_at")


def _app_objects(data, depth: int = 0) -> Iterator[dict]:
    """Every object of an app's state, a few levels deep (articles sit near the top)."""
    if depth > _APP_DEPTH:
        return
    if isinstance(data, dict):
        yield data
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            yield from _app_objects(item, depth + 1)


_APP_DEPTH = 8


def _own_label(el: etree._Element) -> str:
    """The element's line and the cell or span before it, where a date's label stands
    ("Ngày ban hành:" | "11/03/2022"), without the dates beside it in one bar."""
    before = el.getprevious()
    label = _line(before) if before is not None else ""
    return f"{label} {_line(el)} {el.get('class') or ''} {el.get('id') or ''}"


def _dateline(page: _Page, headline: etree._Element | None) -> Moment | None:
    """The visible dateline nearest the headline, outside related lists, widgets and footers."""
    data = rules().data["dateline"]
    anchor = headline if headline is not None else page.body
    if anchor is None:
        return None
    start, end = _window(page, anchor)
    article = _article_container(page, headline)
    found: list[_Dateline] = []
    for el, moment in _date_elements(page, start, end):
        parent = el.getparent()
        context = _line(parent, data["max_chars"]) if parent is not None else ""
        context += f" {_line(el)} {el.get('class') or ''} {el.get('id') or ''}"
        if rules().dateline_document.search(_own_label(el)):
            continue  # a pasted document's issue date, in its info box
        distance = page.order[el] - page.order[anchor]
        # "Đăng lúc: 06:40 | Cập nhật lúc: 10:30" in one bar: the labelled line is no update
        published = bool(rules().dateline_published.search(_line(el)))
        found.append(
            _Dateline(
                moment,
                outside=article is not None and not is_inside(el, article),
                widget=distance < 0 and moment.precision == "day",
                updated=not published and bool(rules().dateline_updated.search(context)),
                published=published,
                # above the headline: more often a widget than below it
                distance=distance * -data["before_weight"] if distance < 0 else distance,
            )
        )
    if not found:
        return None
    best = min(found, key=lambda d: d.rank).moment
    # "<span>12/01/2024 08:30 <time datetime=…08:30:14></span>": the same moment, finer
    finer = [d.moment for d in found if d.moment.finer_than(best) and d.moment.agrees(best)]
    return max(finer, key=lambda m: PRECISIONS.index(m.precision)) if finer else best


@dataclass(frozen=True)
class _Dateline:
    """A visible date, and what tells whether it is the article's."""

    moment: Moment
    outside: bool  # outside the block holding headline and body
    widget: bool  # a day without time above the headline ("Thứ Hai, 16/03/2026" up top)
    updated: bool  # an "updated" line ("Cập nhật ngày: …")
    published: bool  # a line labelled as the publication's ("Ngày đăng: …")
    distance: int  # elements from the headline, weighted above it

    @property
    def rank(self) -> tuple[bool, bool, bool, bool, int]:
        """Smaller is likelier: in the article (or labelled as its publication, as a
        portlet's title bar may be), no widget, no update, labelled as the publication
        inside the article (a live blog's "Đăng lúc" over its entries' times), nearest."""
        labelled = self.published and not self.outside
        return (self.outside and not self.published, self.widget, self.updated, not labelled,
                self.distance)


def _window(page: _Page, anchor: etree._Element) -> tuple[int, int]:
    """The positions where the article's dateline and byline may be: from a little
    above ``anchor`` (the headline) to a little below it, or below the body's end when
    the body is known."""
    data = rules().data["dateline"]
    start = page.order[anchor] - data["before"]
    end = page.order[anchor] + data["after"]
    if page.body is not None and page.order[page.body] >= page.order[anchor]:
        end = _last_index(page, page.body) + data["after_body"]
    return start, end


def _article_container(page: _Page, headline: etree._Element | None) -> etree._Element | None:
    """The smallest element holding both the headline and the body, when that is not
    the whole page: a dateline outside it (a "today" widget) loses to one inside."""
    if headline is None or page.body is None:
        return None
    ancestors = set(headline.iterancestors()) | {headline}
    node = page.body
    while node is not None and node not in ancestors:
        node = node.getparent()
    if node is None or node.tag in ("html", "body"):
        return None
    return node


def _date_elements(page: _Page, start: int, end: int) -> Iterator[tuple[etree._Element, Moment]]:
    """Elements between ``start`` and ``end`` (document order) that show a dateline.

    Of an element and its child showing the same dateline, the one that says
    more is kept ("<div><span>11/03/2025</span> <span>14:02</span></div>" is the div).
    """
    seen: dict[etree._Element, Moment | None] = {}

    def moment_of(el: etree._Element) -> Moment | None:
        if el not in seen:
            seen[el] = _dateline_moment(el)
        return seen[el]

    for el in _date_holders(page, start, end):
        moment = moment_of(el)
        if moment is None or is_hidden(el):
            continue  # a hidden span holds the metadata's date, not one a reader sees
        if _in_chrome(el, page) and not _section_publication_line(el):
            continue
        children = (moment_of(c) for c in el if isinstance(c.tag, str))
        if any(c is not None and not moment.finer_than(c) for c in children):
            continue  # a child shows it as well: the child is the dateline
        parent = el.getparent()
        above = moment_of(parent) if parent is not None else None
        if above is not None and above.finer_than(moment):
            continue  # the parent adds the time
        yield el, moment


def _section_publication_line(el: etree._Element) -> bool:
    """A line labelled as the publication's in the <header> of a <section> (a Liferay
    portlet's title bar: "Ngày đăng: 14/10/2022 | 15:20"), not in the page's header."""
    header = next((a for a in el.iterancestors() if a.tag == "header"), None)
    if header is None or not any(a.tag == "section" for a in header.iterancestors()):
        return False
    return rules().dateline_published.search(_line(el)) is not None


def _date_holders(page: _Page, start: int, end: int) -> list[etree._Element]:
    """Elements in the window whose own text holds a date, and their parents, in page order.

    Only these are read whole: reading every element's text would cost a pass
    over the page per level of nesting.
    """
    limit = rules().data["dateline"]["max_chars"]
    holders: dict[etree._Element, None] = {}
    for el in page.nodes[max(start, 0) : end + 1]:
        if el.tag in _SKIP:
            continue
        if el.get("datetime") or _may_show_date(el.text, limit):
            holders.update(dict.fromkeys(_self_and_parents(el, 2)))
        if _may_show_date(el.tail, limit):
            holders.update(dict.fromkeys(_self_and_parents(el.getparent(), 1)))
    return sorted(holders, key=page.order.__getitem__)


def _may_show_date(text: str | None, limit: int) -> bool:
    """Whether a piece of text could be (part of) a dateline: short enough, with a
    date-like figure. Most pieces are the indentation between tags, turned down
    before the pattern is searched."""
    return (
        bool(text)
        and not text.isspace()
        and _fits_line(text, limit)
        and _DATE_HINT.search(text) is not None
    )


def _fits_line(text: str, limit: int) -> bool:
    """Whether ``text`` could belong to a dateline: a paragraph longer than a dateline
    may be (its white space collapsed) makes every element holding it too long to be
    one, so its dates are not searched for."""
    return len(text) <= limit or len(" ".join(text.split())) <= limit


def _self_and_parents(el: etree._Element | None, levels: int) -> list[etree._Element]:
    found = []
    while el is not None and len(found) <= levels:
        found.append(el)
        el = el.getparent()
    return found


def _dateline_moment(el: etree._Element) -> Moment | None:
    """The moment ``el`` shows, when its short text is a dateline (its ``datetime`` first)."""
    if el.tag not in _BLOCKS and el.tag not in _INLINE:
        return None
    text = _line(el, rules().data["dateline"]["max_chars"])
    if text and not text.isascii():
        text = unicodedata.normalize("NFC", text)  # a windows-1258 page's "Tháng" is decomposed
    if el.get("datetime") and text:  # <time datetime=…>, whatever words it shows
        stated, shown = read_moment(_clean(el.get("datetime"))), read_moment(text)
        if stated and shown and shown.precision != "day" and not shown.agrees(stated):
            return shown  # the attribute in another offset than it says ("06:05+00:00")
        return stated or shown
    if not text:
        return None
    moment = read_moment(text)
    if moment is not None and (_is_dateline(text) or is_signed_dateline(text)):
        return moment
    # an info bar: "18/09/2019 14:30 | Lượt xem: 312 | In bài", "Cập nhật: 12/06/2013
    # 2:35:18 CH - Người đăng: admin", its date in one part
    for part in _INFO_BAR_SEP.split(text) if "|" in text or " - " in text else ():
        moment = read_moment(part)
        if moment is not None and _is_dateline(part):
            return moment
    return None


_INFO_BAR_SEP = re.compile(r"\s*\|\s*|\s+[-–]\s+")


def _is_dateline(text: str) -> bool:
    """Whether a text that holds a date says little else (labels, weekday, time), and is
    no period nor deadline ("Từ 15/12/2025 đến 15/02/2026", "Trước 15/12/2025": a table's
    deadline column) nor a pasted document's own "Phú Yên, ngày 21 tháng 4 năm 2021"."""
    if _PERIOD.search(text) or _DEADLINE.match(text):
        return False
    if chrome_rules().document_place_date.match(text):
        return False
    rest = re.sub(r"\d+", " ", rules().dateline_labels.sub(" ", text))
    words = re.findall(r"\w+", rest)
    return len(words) <= rules().data["dateline"]["max_other_words"]


# A deadline, as a table of tasks prints it: "Trước 15/12/2025", "Chậm nhất ngày 10/01/2026".
_DEADLINE = re.compile(r"(?i)\s*(?:trước|chậm nhất|hạn chót|hạn|từ|đến)\s+(?:ngày\s+)?\d")
_PERIOD = re.compile(
    r"(?i)\d{1,2}/\d{1,2}/\d{4}\s*(?:đến|[-–])\s*(?:ngày\s+)?\d{1,2}/\d{1,2}/\d{4}"
)


def _in_chrome(el: etree._Element, page: _Page, byline: bool = False) -> bool:
    """Whether ``el`` sits in page chrome: the page's header or footer, a nav, an aside,
    a list item, a box whose class or id says related/comments/widget…, or a link
    to another page (a byline may link to its author's page; a date may link to
    the article itself, as WordPress does)."""
    data = rules().data["dateline"]
    if not byline and _beside_headline_link(el, page):
        return True  # "<a>Đăk Hà: Ra quân trồng cây ...</a> <span>(10/03/2016)</span>": a teaser's
    # Elementor sets the post's own parts (its info line) in "widgets" too
    post_widget = any(_POST_WIDGET.search(a.get("class") or "") for a in el.iterancestors())
    node = el
    while node is not None:
        tag = node.tag
        if tag in data["chrome_tags"] and not (
            (tag in _ARTICLE_PARTS and _in_article(node))
            or (tag == "li" and _info_list_item(node, page))
        ):
            return True
        if tag == "a" and not byline and not _links_here(node, page.url):
            return True
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if not post_widget and (
            rules().dateline_chrome.search(names) or rules().page_header.search(names)
        ):
            # a box holding the article's own body is no chrome ("div.widget.Blog" on Blogger)
            return page.body is None or not is_inside(page.body, node)
        node = node.getparent()
    return False


def _beside_body(el: etree._Element, page: _Page) -> bool:
    """Whether ``el``'s microdata item is the one holding the body (Blogger's date in
    the "post-footer" of the blogPost item whose "post-body" is the body), not another
    article's (a related item's own itemscope)."""
    if page.body is None:
        return False
    item = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    return item is not None and is_inside(page.body, item)


# Elementor's widgets of the post itself: its info line, featured image, content.
_POST_WIDGET = re.compile(r"elementor-widget-(?:post-info|theme-post-)")


def _beside_headline_link(el: etree._Element, page: _Page) -> bool:
    """Whether ``el`` stands beside a link to another page that reads as a headline:
    the date of a related item, whatever markup holds the list (a table's rows too)."""
    parent = el.getparent()
    if parent is None:
        return False
    for link in parent.iterchildren("a"):
        if len(link.text_content().split()) >= 5 and not _links_here(link, page.url):
            return True
    return False


def _info_list_item(item: etree._Element, page: _Page) -> bool:
    """Whether a list item belongs to an info bar ("<ul class='list-inline'><li>Thứ sáu -
    07/11/2025 10:05</li><li><a>In ra</a></li>"), not to a list of other news: no item
    of its list links another page with words enough for a headline."""
    listing = item.getparent()
    if listing is None or listing.tag not in ("ul", "ol"):
        return False
    for link in listing.iter("a"):
        if len(link.text_content().split()) >= 5 and not _links_here(link, page.url):
            return False
    return True


def _in_page_chrome(el: etree._Element) -> bool:
    """Inside a nav, an aside, or the page's (not the article's) header or footer."""
    for node in el.iterancestors():
        if node.tag in ("nav", "aside"):
            return True
        if node.tag in _ARTICLE_PARTS and not _in_article(node):
            return True
    return False


def _in_article(el: etree._Element) -> bool:
    """An article's own header or footer sits inside its <article> or <main>."""
    return any(node.tag in ("article", "main") for node in el.iterancestors())


def _links_here(link: etree._Element, url: str | None) -> bool:
    if "bookmark" in (link.get("rel") or ""):
        return True
    href = link.get("href") or ""
    if not (url and href):
        return False
    there, here = urlsplit(urljoin(url, href)), urlsplit(url)
    # "chitiet.asp?id=2735" is another article than "chitiet.asp?id=2741"
    return there.path == here.path and (not there.query or _query(there) == _query(here))


def _query(parts) -> list[tuple[str, str]]:
    """A URL's query parameters, sorted, without the trackers' ("utm_source")."""
    return sorted((k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_"))


def _last_index(page: _Page, el: etree._Element) -> int:
    """The document-order index of the last element inside ``el``."""
    return page.order[el] + sum(1 for _ in el.iterdescendants(etree.Element))


# ---------------------------------------------------------------- author


def _author(page: _Page, headline: etree._Element | None) -> str | None:
    """The first layer that names a person: JSON-LD, meta, itemprop, the visible byline;
    a name a machine layer wrote without tone marks ("QUOC THAI") takes the marks of
    the same name further down ("QUỐC THÁI"), and one person of the JSON-LD takes the
    co-authors the page prints beside him ("VĂN SỰ - HỮU PHÚC" where it names "Văn Sự")."""
    found = None
    for byline in _bylines(page, headline):
        persons = author_name(byline, page.sites)
        if not persons:
            continue
        if found is None:
            if not persons.isascii():
                return _with_coauthors(persons, page, headline)
            found = persons
        elif _unmarked(persons) == _unmarked(found):
            return persons
    return found


def _with_coauthors(found: str, page: _Page, headline: etree._Element | None) -> str:
    """``found``, or the printed byline that names that one person among others: the
    machine layers often keep the first reporter only. A page without JSON-LD is left as
    read (its first layer is most often the printed byline itself)."""
    if not page.articles:
        return found
    if page.body is not None and (signed := _signed_otherwise(found, page)):
        return signed
    if ", " in found:
        return found
    printed = _visible_bylines(page, headline)
    if page.body is not None:
        printed = chain(printed, _closing_byline(page))
    for byline in printed:
        persons = author_name(byline, page.sites) or ""
        if ", " in persons and _unmarked(found) in _unmarked(persons).split(", "):
            return persons
    return found


def _signed_otherwise(found: str, page: _Page) -> str | None:
    """The persons who sign the article's close when none of them is ``found``: the
    JSON-LD then describes something else on the page (a podcast's episode above it)."""
    for byline in _closing_byline(page):
        if persons := author_name(byline, page.sites):
            ours = {_unmarked(name) for name in found.split(", ")}
            return None if ours & set(_unmarked(persons).split(", ")) else persons
    return None


def _unmarked(name: str) -> str:
    """A name without tone marks, in lower case: "Quốc Thái" -> "quoc thai"."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _bylines(page: _Page, headline: etree._Element | None) -> Iterator[str]:
    organisation = set(rules().data["jsonld"]["organisation_types"])
    for article in page.articles:
        authors = article.get("author")
        names = []
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and not _types(author) & organisation:
                names.append(_string(author.get("name")))
            elif isinstance(author, str):
                names.append(_string(author))
        yield "; ".join(n for n in names if n)  # one byline: several persons
    # a meta tag's name the page never shows may be whoever posted it, not its
    # reporters: a byline the page prints goes first
    unshown = []
    for value in page.meta(rules().data["author"]["metas"]):
        if "://" in value:
            continue
        if _shown(page, value):
            yield _string(value)
        else:
            unshown.append(_string(value))
    yield from _visible_bylines(page, headline)
    yield from _labelled_bylines(page, headline)
    if page.body is not None:
        yield from _closing_byline(page)
    yield from _capitals_beside_dateline(page, headline)
    yield from unshown


_VISIBLE_TEXT = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]")


def _shown(page: _Page, name: str) -> bool:
    """Whether the page prints ``name`` (in any case) where a reader sees it."""
    if page.shown_text is None:
        page.shown_text = _unmarked(" ".join(" ".join(_VISIBLE_TEXT(page.root)).split()))
    return _unmarked(" ".join(_string(name).split())) in page.shown_text


_AUTHOR_LABEL = re.compile(r"(?i)(?:tác giả|người viết)\s*:\s*([^|\n]{2,60})")


def _capitals_beside_dateline(page: _Page, headline: etree._Element | None) -> Iterator[str]:
    """Names in capitals in the bar under the headline, beside its dateline, where no
    class marks a byline ("<span class='css-1f2n9dy'>THANH HÀ - MINH KHÔI</span>
    <time …>"), or several in proper case ("Hoàng Quỳnh - Mạnh Trường"): the last
    layer, as pages print their reporters so."""
    if headline is None:
        return
    at = page.order[headline]
    for el in page.nodes[at + 1 : at + _INFO_BAR_REACH]:
        if len(el) or not isinstance(el.tag, str) or el.tag in _SKIP:
            continue
        text = _line(el, 60)
        if not text or not (text.isupper() or _names_several(text)):
            continue
        if _in_chrome(el, page, byline=True):
            continue
        bar = el.getparent()
        bar = bar.getparent() if bar is not None and len(bar) == 1 else bar
        if bar is not None and any(_dateline_moment(d) for d in bar.iter() if d is not el):
            yield text


def _names_several(text: str) -> bool:
    """Whether ``text`` lists two or more names in proper case, "Hoàng Quỳnh - Mạnh
    Trường": reporters, as a section's name ("Kinh tế - Xã hội") is not; one such
    name alone might be a place or a section, so it is not taken."""
    parts = _NAME_LIST.split(text)
    return len(parts) >= 2 and all(
        2 <= len(part.split()) <= 4
        and all(word[:1].isupper() for word in part.split())
        and not chrome_rules().section.match(part)
        for part in parts
    )


_NAME_LIST = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+")


def _labelled_bylines(page: _Page, headline: etree._Element | None) -> Iterator[str]:
    """A "Tác giả: X" (or "Người viết: X") in a short info bar near the headline, whatever
    its class: "Thứ Tư, 18/09/2019 - 14:30 | Tác giả: Thạch Minh Tâm | Lượt xem: 312"."""
    starts = [page.order[headline] + 1] if headline is not None else []
    if page.body is not None:  # or the bar closing the article: "Tác giả: X | Nguồn: Y"
        starts.append(max(page.order.get(d, 0) for d in page.body.iter()) + 1)
    for at in starts:
        for el in page.nodes[at : at + _INFO_BAR_REACH]:
            text = el.text or ""
            if text and not text.isascii():
                text = unicodedata.normalize("NFC", text)  # a page in windows-1258 decomposes
            if "giả" not in text and "viết" not in text:
                continue
            cell = _value_cell(el, text)
            if cell is not None:  # SharePoint's field table: "Tác giả" | "Thanh Nhàn"
                text = f"Tác giả: {_line(cell, 80)}"
            elif not _AUTHOR_LABEL.search(text):  # the name in an element of its own
                text = unicodedata.normalize("NFC", _line(el, 160))  # "Tác giả: <b>X</b>"
            label = _AUTHOR_LABEL.search(text)
            if label is not None and not _in_chrome(el, page, byline=True):
                yield label.group(1).strip()


_INFO_BAR_REACH = 12  # elements after the headline where an info bar stands


def _value_cell(el: etree._Element, text: str) -> etree._Element | None:
    """The cell beside a table cell that holds only an author label ("Tác giả"): the
    name, as field tables print it."""
    if not _BARE_AUTHOR_LABEL.match(text):
        return None
    cell = next((a for a in el.iterancestors() if a.tag in ("td", "th")), None)
    if el.tag in ("td", "th"):
        cell = el
    following = cell.getnext() if cell is not None else None
    return following if following is not None and following.tag == "td" else None


_BARE_AUTHOR_LABEL = re.compile(r"(?i)\s*(?:tác giả|người viết)\s*:?\s*$")


def _visible_bylines(page: _Page, headline: etree._Element | None) -> Iterator[str]:
    """Visible bylines, nearest the headline (or body) first, outside lists and chrome.

    A byline shown as several elements (one link per author) is read whole:
    the names of the byline elements sharing a small container are joined.
    """
    data = rules().data["author"]
    anchor = headline if headline is not None else page.body
    found = [el for el in page.marked.get("byline", []) if el.tag != "meta"]
    ancestors = {a for el in found for a in el.iterancestors()}
    # document order, not a set's: equally near bylines must tie the same way every run
    innermost = [el for el in found if el not in ancestors]
    start, end = _window(page, anchor) if anchor is not None else (0, len(page.nodes))
    near = []
    for el in innermost:
        if not start <= page.order[el] <= end:
            continue  # another article's byline (a related card), or the page's
        text = _byline_text(el, data["max_chars"])
        if not text or _in_chrome(el, page, byline=True):
            continue
        near.append((abs(page.order[el] - page.order[anchor]) if anchor is not None else 0, el))
    elements = {el for _, el in near}
    for _, el in sorted(near, key=lambda n: n[0]):
        group = _byline_group(el, elements)
        yield "; ".join(dict.fromkeys(_byline_text(el) for el in group))


def _byline_text(el: etree._Element, limit: int | None = None) -> str | None:
    """A byline element's words: a meta's content, a signature image's alt text
    ("<img class='author-sign' alt='Thanh Phong'>"), else its line of text."""
    if el.tag == "img":
        return el.get("alt")
    return el.get("content") or _line(el, limit)


def _byline_group(el: etree._Element, elements: set[etree._Element]) -> list[etree._Element]:
    """The byline elements in the widest small container around ``el`` (document order)."""
    data = rules().data["author"]
    group, node = [el], el.getparent()
    for _ in range(data["group_levels"]):
        if node is None or not _line(node, data["group_max_chars"]):
            break
        inside = [d for d in node.iterdescendants() if d in elements]
        if len(inside) > len(group):
            group = inside
        node = node.getparent()
    if len(group) == 1:
        # one element per author, side by side in a larger header: "<address>A</address>
        # <address>B</address>"
        siblings = [el]
        while (following := siblings[-1].getnext()) is not None and following in elements:
            siblings.append(following)
        group = siblings
    return group


def _closing_byline(page: _Page) -> Iterator[str]:
    """A right-aligned, bold or capitalised short line closing the article ("Hà Thu
    (tổng hợp)", "MINH THƯ"), among the body's last blocks and the short lines right
    after the body (NukeViet's "Tác giả bài viết: …").

    Source lines ("Theo X", an outlet) below it are stepped over; a plain
    paragraph ends the search.
    """
    limit = rules().data["author"]["max_chars"]
    tail = [(el, _line(el)) for el in _last_leaves(page.body, 6, skip_boxes=True)]
    tail += _short_lines_after(page, limit, 4)
    tail = [(el, text) for el, text in tail if text]
    for position in range(len(tail) - 1, -1, -1):
        el, text = tail[position]
        if len(text) > limit:
            return
        if chrome_rules().any("stop", text):
            continue  # a box's heading after the body ("CÁC TIN ĐÃ ĐƯA"), no one's name
        if any(_signed_above().search(line) for _, line in tail[max(0, position - 3) : position]):
            return  # "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (Đã ký) / Name": a document's signer
        if _is_emphasised(el) or has_lead(text) or text.isupper():
            yield text
            if author_name(text) is not None:
                return
            continue  # an outlet ("Theo TTXVN", "Nông thôn ngày nay"): the byline may be above
        before = tail[position - 1][1] if position else ""
        if len(before) > limit and len(re.findall(r"\w+", text)) <= 10:
            yield text  # a plain short line closing the article, after its last paragraph
        if author_name(text) is not None:
            return


@cache
def _signed_above() -> re.Pattern[str]:
    """metadata.toml's lines above the signer of an official document pasted whole."""
    return re.compile(rules().data["author"]["signed_above"])


def _boxed(el: etree._Element, body: etree._Element) -> bool:
    """Inside a list, or a box of the body whose class or id says share/related/comments…"""
    node = el
    while node is not None and node is not body:
        if node.tag in ("li", "ul", "ol") or rules().boxes.search(
            f"{node.get('class') or ''} {node.get('id') or ''}"
        ):
            return True
        node = node.getparent()
    return False


def _last_leaves(el: etree._Element, count: int, skip_boxes: bool = False) -> list[etree._Element]:
    """The last ``count`` blocks of ``el`` that hold no block themselves, in page order
    (with ``skip_boxes``, none from its share, related or comment boxes)."""
    leaves: list[etree._Element] = []
    for block in reversed(list(el.iter(*_BLOCKS))):
        if any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in block.iterdescendants()):
            continue
        if skip_boxes and _boxed(block, el):
            continue
        leaves.append(block)
        if len(leaves) == count:
            break
    return leaves[::-1]


def _short_lines_after(page: _Page, limit: int, count: int) -> list[tuple[etree._Element, str]]:
    """Up to ``count`` short lines in the blocks following the body, until a long one,
    a heading, a list or page chrome."""
    lines: list[tuple[etree._Element, str]] = []
    for sibling in page.body.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _SKIP:
            continue
        if sibling.tag in _STOPS or _in_chrome(sibling, page, byline=True):
            break
        for leaf in _last_leaves(sibling, count) or [sibling]:
            text = _line(leaf, limit)
            if not text or leaf.tag in _STOPS:
                return lines
            lines.append((leaf, text))
        if len(lines) >= count:
            break
    return lines[:count]


def _is_emphasised(el: etree._Element) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    if "text-align:right" in style or (el.get("align") or "").lower() == "right":
        return True
    if re.search(
        r"(?i)(?:^|[\s_-])(?:author|byline|right|tac-?gia)(?:$|[\s_-])", el.get("class") or ""
    ):
        return True
    strong = "".join(_line(b) for b in el.iter("strong", "b"))
    return bool(strong) and strong.strip() == re.sub(r"\s*\([^)]*\)\s*$", "", _line(el)).strip()


# ---------------------------------------------------------------- element text


def _headline_text(headline: etree._Element) -> str:
    """The headline's words, without a badge element opening it ("Trực tiếp")."""
    text = _element_text(headline)
    first = next((c for c in headline if isinstance(c.tag, str)), None)
    if first is None or (headline.text or "").strip():
        return text
    badge = _element_text(first)
    data = rules().data["title"]["headline"]
    labelled = re.search(data["badge_classes"], first.get("class") or "") is not None
    if (badge.lower() in data["badges"] or labelled) and text != badge:
        return text[len(badge) :].lstrip(" :-–|")
    return text


def _element_text(el: etree._Element | None) -> str:
    if el is None:
        return ""
    if next(el.iter("br"), None) is None:
        return _clean(el.text_content())
    return _clean(_text_with_breaks(el))  # "Hoài Nhơn<br>vươn khơi": two words, not one


def _text_with_breaks(el: etree._Element) -> str:
    """``el``'s text with a space where a <br> breaks the line (text_content() joins the
    two lines with nothing between)."""
    pieces = [el.text or ""]
    for child in el:
        if child.tag == "br":
            pieces.append(" ")
        elif isinstance(child.tag, str):
            pieces.append(_text_with_breaks(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _line(el: etree._Element, limit: int | None = None) -> str:
    """An element's visible text on one line, normalised (scripts and styles left out).

    With ``limit``, a text longer than that is "" (and is not normalised).
    """
    if limit is not None and _TEXT_LENGTH(el) > 2 * limit:
        return ""  # surely too long (counted in C, scripts included): not read at all
    text = " ".join(" ".join(_visible_text(el)).split())
    if limit is not None and len(text) > limit:
        return ""
    return _clean(text)


_TEXT_LENGTH = etree.XPath("string-length(normalize-space(.))")
_HIDDEN_TEXT = ("script", "style", "noscript")


def _visible_text(el: etree._Element) -> list[str]:
    """The text pieces under ``el`` in page order, none inside a script, a style or a
    noscript (that one may be ``el`` itself or around it)."""
    if el.tag in _HIDDEN_TEXT or next(el.iterancestors(*_HIDDEN_TEXT), None) is not None:
        return []
    if next(el.iter(*_HIDDEN_TEXT), None) is None:
        return list(el.itertext())  # nothing to leave out: read in C
    pieces: list[str] = []
    _add_visible_text(el, pieces)
    return pieces


def _add_visible_text(el: etree._Element, pieces: list[str]) -> None:
    if el.text:
        pieces.append(el.text)
    for child in el:
        # a comment's or a processing instruction's own text is not the page's
        if isinstance(child.tag, str) and child.tag not in _HIDDEN_TEXT:
            _add_visible_text(child, pieces)
        if child.tail:
            pieces.append(child.tail)


_DATE_HINT = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}([-/.])\d\d?\1\d\d?|(?i:tháng|tha\u0301ng)\s+\w"
)  # "tháng" also decomposed, as windows-1258 pages store it
