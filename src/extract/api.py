"""The public functions: an article in, a `Record` out.

>>> import extract
>>> rec = extract.from_text(open("article.txt").read(), url="https://baodongthap.vn/a.aspx")
>>> [o.name for o in rec.officials]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.nlp.components import read_facts
from extract.nlp.extensions import FACT_EXTENSIONS, context_of, facts_of
from extract.page import Page, page_from_text
from extract.record import Record, build_record

if TYPE_CHECKING:
    from spacy.language import Language


def from_page(page: Page, nlp: Language | None = None) -> Record:
    """Extract every fact from an already-parsed `Page`.

    Args:
        page: the page fields (from a text dump, HTML or your own source).
        nlp: a pipeline from `extract.nlp()`, to use your own components
            (default: ours, run without spaCy; the records are the same as
            with an unchanged ``extract.nlp()``).

    Returns:
        The article's `Record`.
    """
    if nlp is None:
        facts, fields = read_facts(page)
        return build_record(page, facts, fields)
    from extract.nlp.pipeline import doc_for_page

    doc = doc_for_page(page, nlp, for_record=True)
    facts = {kind: list(facts_of(doc, kind)) for kind in FACT_EXTENSIONS}
    return build_record(page, facts, context_of(doc).fields)


def from_text(text: str | bytes, url: str | None = None, nlp: Language | None = None) -> Record:
    """Extract a record from the plain text of a page (a scrape or a dump).

    Args:
        text: the page text, headline on the first line; any Unicode form.
            Bytes are decoded first (BOM, UTF-8, windows-1258; a few
            undecodable bytes become U+FFFD, see `extract.normalize.decode_report`).
        url: where it came from; its site implies the province.
        nlp: an optional custom pipeline (see `extract.nlp()`).

    Returns:
        The article's `Record`.

    Example:
        >>> rec = from_text("Cao Lãnh thực hiện 5/12 chỉ tiêu\\n\\nĐến nay, 17/17 xã ...")
        >>> rec.title
        'Cao Lãnh thực hiện 5/12 chỉ tiêu'

    Raises:
        extract.normalize.DecodeError: bytes that are mostly not text.
    """
    if isinstance(text, bytes):
        from extract.normalize import decode_raw

        text = decode_raw(text, source=url or "<text>")
    return from_page(page_from_text(text, url), nlp)


def from_html(html, url: str | None = None, nlp: Language | None = None) -> Record:
    """Extract a record from one HTML page.

    Args:
        html: the page as bytes (the charset comes from a BOM, the ``<meta>``
            declaration, or detection, windows-1258 included), as text, or
            already parsed: a ``bs4.BeautifulSoup`` or ``Tag``, or an lxml
            element (read as is: nothing is fetched or decoded again).
        url: where it came from; its host may pick a site profile and its
            site implies the province.
        nlp: an optional custom pipeline (see `extract.nlp()`).

    Returns:
        The article's `Record` (title, date, author, summary, text and
        captions from the page's markup, then every fact).

    Raises:
        extract.normalize.DecodeError: bytes that are mostly not text (a few
            undecodable bytes only become U+FFFD; `extract.page.html.page_from_html`
            gives the page with its ``replaced_bytes`` count).

    Example:
        >>> rec = from_html(open("page.html", "rb").read(), url="https://baodongthap.vn/a.aspx")
        >>> rec = from_html(BeautifulSoup(response.text, "lxml"), url=response.url)
    """
    from extract.integrations.soup import is_parsed_page, markup_of
    from extract.page.html import page_from_html

    if is_parsed_page(html):
        html = markup_of(html)
    elif not isinstance(html, (str, bytes)):
        raise TypeError(
            f"from_html reads bytes, str, a bs4.BeautifulSoup/Tag or an lxml element, "
            f"not {type(html).__name__}"
        )

    return from_page(page_from_html(html, url), nlp)


def from_url(
    url: str,
    nlp: Language | None = None,
    contact: str | None = None,
    allow_private: bool = False,
    timeout: float = 30.0,
) -> Record:
    """Fetch one page politely and extract its record.

    One GET (after the site's robots.txt) with a User-Agent naming the tool,
    a timeout, a size cap and retries with backoff on timeouts, 429 and 5xx.

    Args:
        url: the page's address (http or https).
        nlp: an optional custom pipeline.
        contact: an e-mail or URL added to the User-Agent.
        allow_private: allow loopback and private addresses (refused by default).
        timeout: seconds to wait for the connection and for each read.

    Returns:
        The article's `Record` (its url is the final one, after redirects).

    Raises:
        extract.crawl.FetchError: its ``kind`` says why: "unsupported-scheme"
            (not http or https), "dns" (the host does not resolve),
            "private-address", "robots", or a failed fetch (status, timeout,
            size cap, not HTML).
    """
    from extract.crawl.client import Client, fetch_page
    from extract.page.html import page_from_html

    client = Client(contact=contact, allow_private=allow_private, timeout=timeout)
    response = fetch_page(url, client=client)
    return from_page(page_from_html(response.body, response.url, response.charset), nlp)


def process(inputs, jobs: int = 1, errors: list | None = None, all_pages: bool = False):
    """Records for many articles, streaming, in input order.

    Args:
        inputs: a path, folder or glob (WARC/ARC, JSON Lines, .html, .txt), or
            an iterable mixing paths and dicts ``{"url": ..., "html": ...}`` /
            ``{"url": ..., "text": ...}``. Read lazily: memory stays flat.
        jobs: worker processes (1: this process; more: an ordered pool).
        errors: a list that receives, for each page that gives no record,
            a dict with its input, position, url and reason (default: such
            pages are skipped silently).
        all_pages: keep HTML pages that do not look like an article (home,
            listing, search pages), which are otherwise reported as errors.

    Yields:
        A `Record` per article, in input order (duplicates are not removed;
        ``vnextract batch`` does that).

    Example:
        >>> for rec in process("crawl/*.warc.gz", jobs=4):
        ...     print(rec.title, len(rec.officials))
    """
    import json

    from extract.batch.engines import stream_outcomes

    for outcome in stream_outcomes(inputs, jobs, all_pages):
        if outcome.kind == "R":
            yield Record.from_json(outcome.payload)
        elif errors is not None:
            errors.append(json.loads(outcome.payload))
