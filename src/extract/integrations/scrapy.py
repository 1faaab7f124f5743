"""A Scrapy item pipeline that turns the pages your spider yields into vnextract records.

In your project's ``settings.py``::

    ITEM_PIPELINES = {"extract.integrations.scrapy.RecordPipeline": 300}
    VNEXTRACT_HTML_FIELD = "html"        # the item field holding response.body (default)
    VNEXTRACT_URL_FIELD = "url"          # the item field holding response.url (default)
    VNEXTRACT_RECORD_FIELD = None        # None: the item becomes the record; "record": attached
    VNEXTRACT_ALL_PAGES = False          # True: keep listing/home pages too

and in the spider's ``parse``::

    yield {"url": response.url, "html": response.body,
           "content_type": response.headers.get("Content-Type")}  # optional: its charset

Each page is read exactly as ``vnextract crawl`` reads a fetched page
(`extract.page.html.page_from_html`, then the whole pipeline), so the
records are the same. A page that is not an article is dropped with its
reason (``DropItem``), unless ``VNEXTRACT_ALL_PAGES`` is set. No downloader
middleware is needed; Scrapy keeps its own crawling, caching and output.
"""

from __future__ import annotations

from typing import Any

try:
    from scrapy.exceptions import DropItem
except ImportError as error:  # pragma: no cover - only without the extra
    hint = "the Scrapy pipeline needs Scrapy: pip install 'vnextract[scrapy]'"
    raise ImportError(hint) from error

__all__ = ["RecordPipeline"]


class RecordPipeline:
    """Scrapy item pipeline: HTML item in, vnextract record out (as a dict).

    Args:
        html_field: the item field that holds the page (bytes or str).
        url_field: the item field that holds the page's URL.
        record_field: None to replace the item by the record's dict; a field
            name to attach the record to the spider's own item instead.
        all_pages: keep pages that do not look like an article.
    """

    def __init__(
        self,
        html_field: str = "html",
        url_field: str = "url",
        record_field: str | None = None,
        all_pages: bool = False,
    ):
        self.html_field, self.url_field = html_field, url_field
        self.record_field, self.all_pages = record_field, all_pages

    @classmethod
    def from_crawler(cls, crawler) -> RecordPipeline:
        """Scrapy's constructor: reads the ``VNEXTRACT_*`` settings."""
        settings = crawler.settings
        return cls(
            html_field=settings.get("VNEXTRACT_HTML_FIELD", "html"),
            url_field=settings.get("VNEXTRACT_URL_FIELD", "url"),
            record_field=settings.get("VNEXTRACT_RECORD_FIELD"),
            all_pages=settings.getbool("VNEXTRACT_ALL_PAGES", False),
        )

    def process_item(self, item: Any, spider=None) -> Any:
        """Turn one item's page into a record.

        Args:
            item: a dict or a Scrapy Item with the HTML and URL fields.
            spider: the spider (unused; Scrapy passes it).

        Returns:
            The record as a dict, or ``item`` with the record attached under
            ``record_field``.

        Raises:
            DropItem: the item has no page, the page cannot be decoded, or it
                is not an article (the reason says which).
        """
        from extract.api import from_page
        from extract.normalize import DecodeError
        from extract.page.html import article_problem, page_from_html

        html, url = item.get(self.html_field), item.get(self.url_field)
        if not html:
            raise DropItem(f"no page in field {self.html_field!r} of the item from {url}")
        try:
            page = page_from_html(html, url, _charset(item.get("content_type")))
        except DecodeError as error:
            raise DropItem(str(error)) from error
        problem = None if self.all_pages else article_problem(page)
        if problem:
            raise DropItem(f"{url}: not an article: {problem}")
        record = from_page(page).to_dict()
        if self.record_field is None:
            return record
        item[self.record_field] = record
        return item


def _charset(content_type: bytes | str | None) -> str | None:
    """The charset of a Content-Type header value (Scrapy gives bytes), or None."""
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    if not content_type or "charset=" not in content_type.lower():
        return None
    value = content_type.lower().split("charset=", 1)[1]
    return value.split(";", 1)[0].strip().strip("\"'") or None
