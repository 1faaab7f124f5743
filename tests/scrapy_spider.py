"""A Scrapy project in one file, run by tests/test_integrations.py in its own process.

    python tests/scrapy_spider.py START_URL OUT.jsonl

Crawls one site (links on its host only) and exports what the vnextract
pipeline makes of each page, as a Scrapy user would set it up.
"""

import sys
from urllib.parse import urlsplit

import scrapy
from scrapy.crawler import CrawlerProcess


class SiteSpider(scrapy.Spider):
    name = "province"

    def __init__(self, start: str, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start]
        self.host = urlsplit(start).netloc

    def parse(self, response):
        if b"html" not in (response.headers.get("Content-Type") or b""):
            return
        yield {
            "url": response.url,
            "html": response.body,
            "content_type": response.headers.get("Content-Type"),
        }
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if urlsplit(url).netloc == self.host:
                yield scrapy.Request(url, callback=self.parse)


if __name__ == "__main__":
    start, out = sys.argv[1], sys.argv[2]
    process = CrawlerProcess(
        settings={
            # the five lines of settings.py the README shows
            "ITEM_PIPELINES": {"extract.integrations.scrapy.RecordPipeline": 300},
            "ROBOTSTXT_OBEY": True,
            "FEEDS": {out: {"format": "jsonlines", "encoding": "utf-8"}},
            "LOG_LEVEL": "ERROR",
            "DOWNLOAD_DELAY": 0,
            "TELNETCONSOLE_ENABLED": False,
        }
    )
    process.crawl(SiteSpider, start=start)
    process.start()
