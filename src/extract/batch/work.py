"""The per-record function every engine runs: one `Item` in, one `Outcome` out.

It never raises: an item that cannot become a record comes back as an error
outcome with the reason, so one bad page never stops a batch.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from extract.batch.readers import Item
from extract.normalize import DecodeError


class Outcome(NamedTuple):
    """What became of one item.

    ``source`` and ``index`` place it in the batch; ``kind`` is "R" (``payload``
    is the record's JSON line, ``id`` its id) or "E" (``payload`` is the
    error's JSON line: input, position, url, reason). ``note`` is a warning's
    JSON line about a record that was kept (input, position, url, warning,
    replaced_bytes), or "".

    ``payload`` is UTF-8 bytes: a worker encodes the JSON once, and the main
    process hands it on to the journal and OUT as it is (decoding and encoding
    it took a tenth of the main process's CPU).
    """

    source: int
    index: int
    kind: str
    id: str
    payload: bytes
    note: str = ""


NOT_ARTICLE = "not an article"


def extract_item(source: int, item: Item, all_pages: bool = False) -> Outcome:
    """Extract the record of one item (text via `from_text`, HTML via `from_html`).

    Args:
        source: the number of the item's source in the batch.
        item: what a reader yielded.
        all_pages: keep HTML pages that do not look like one article (home,
            listing and search pages); by default they are reported, as the
            crawler does (`extract.page.html.is_article`).

    Returns:
        The record's outcome, or an error outcome naming why there is none.
    """
    if item.kind == "error":
        return error_outcome(source, item, item.reason or "unreadable")
    try:
        record, replaced, problem = _record_of(item)
    except (_Undecodable, DecodeError) as error:
        return error_outcome(source, item, f"undecodable: {error}")
    except Exception as error:  # the batch goes on; the reason is reported
        detail = str(error).splitlines()[0][:200] if str(error) else ""
        return error_outcome(source, item, f"extractor error: {type(error).__name__}: {detail}")
    if not (record.text or "").strip() and not (record.title or "").strip():
        return error_outcome(source, item, "empty: no article title or text found")
    if item.kind == "html" and not all_pages and problem:
        return error_outcome(source, item, f"{NOT_ARTICLE}: {problem}")
    note = _replaced_note(item, replaced) if replaced else ""
    return Outcome(source, item.index, "R", record.id, record.to_json_bytes(), note)


def error_outcome(source: int, item: Item, reason: str) -> Outcome:
    """The outcome reporting that ``item`` gave no record, and why."""
    return Outcome(source, item.index, "E", "", _line(item, reason=reason).encode())


def _replaced_note(item: Item, replaced: int) -> str:
    warning = "undecodable bytes replaced by U+FFFD: the page's encoding is damaged"
    return _line(item, warning=warning, replaced_bytes=replaced)


def _line(item: Item, **fields) -> str:
    """One JSON line placing ``item`` (input, position, url) with ``fields``."""
    placed = {"input": item.input, "position": item.position, "url": item.url}
    return json.dumps({**placed, **fields}, ensure_ascii=False, separators=(",", ":"))


class _Undecodable(Exception):
    pass


def _record_of(item: Item):
    """The item's record, how many of its bytes could not be decoded, and why an
    HTML page is not one article (`extract.page.html.article_problem`; None for text)."""
    from extract import api
    from extract.normalize import DecodeError, decode_report

    data = item.data
    if item.kind == "html":
        from extract.page.html import article_problem, page_from_html

        # bytes: the HTTP header's charset if any, else <meta>, BOM, the bytes decide
        page = page_from_html(data, url=item.url, declared=item.charset)
        return api.from_page(page), page.replaced_bytes, article_problem(page)
    replaced = 0
    if isinstance(data, bytes):
        try:
            decoded = decode_report(data, declared=item.charset, source=item.url or item.input)
        except DecodeError as error:
            raise _Undecodable(str(error)) from None
        data, replaced = decoded.text, decoded.replaced
    return api.from_text(data, url=item.url), replaced, None


def warm_up() -> None:
    """Load the components now (a worker's start-up), not on its first article."""
    from extract.nlp.components import record_components

    record_components()
