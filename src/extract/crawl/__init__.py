"""Stage 0: polite, resumable crawling of news sites into WARC and records.

    >>> from extract.crawl import crawl, CrawlOptions
    >>> summary = crawl(["https://baodongthap.vn/"], "out/", CrawlOptions(delay=1.0))

Modules: `client` (HTTP with retries, size cap, private-address guard),
`robots` (robots.txt), `frontier` (SQLite state), `archive` (WARC),
`crawler` (the loop that ties them together). Nothing here knows spaCy; the
records come from `extract.api.from_page`.
"""

from extract.crawl.client import Client, FetchError, fetch_page
from extract.crawl.crawler import CrawlOptions, CrawlSummary, crawl, records_from_warc

__all__ = [
    "Client",
    "CrawlOptions",
    "CrawlSummary",
    "FetchError",
    "crawl",
    "fetch_page",
    "records_from_warc",
]
