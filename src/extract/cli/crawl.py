"""``vnextract crawl``: polite, resumable crawling into WARC and records."""

from __future__ import annotations

import argparse
import re
import sys

HELP = """\
Crawl news sites from the start URLs: articles are discovered from the
sitemaps that robots.txt names and from listing pages with their pagination,
on the start URLs' hosts only. Everything goes to DIR:

  DIR/crawl.sqlite     the frontier: every URL's status, validators and content hash
  DIR/warc/*.warc.gz   every HTTP request and response (gzip per record)
  DIR/records.jsonl    one JSON record per article

Politeness: robots.txt (and its Crawl-delay) is obeyed; one request at a time
per host with --delay seconds between them; hosts are crawled concurrently;
timeouts, 429 and 5xx are retried with exponential backoff, honouring
Retry-After. Loopback and private addresses are refused unless
--allow-private. Pages over --max-bytes and non-HTML responses are recorded
and skipped; the same page under another URL is recognised by its hash.

Stopped or killed (even with SIGKILL), the same command resumes: nothing
fetched twice, nothing lost. Run again with --recrawl to revisit every page
with conditional requests (ETag, Last-Modified). To re-extract without the
network: vnextract html DIR/warc/*.warc.gz -o again.jsonl
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "crawl",
        help="crawl sites politely -> WARC + JSON records (resumable)",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "urls", nargs="+", metavar="URL", help="start URLs (their hosts bound the crawl)"
    )
    parser.add_argument(
        "--out", "-o", required=True, metavar="DIR", help="crawl directory (created or resumed)"
    )
    parser.add_argument(
        "--delay",
        type=float,
        default=1.0,
        metavar="S",
        help="seconds between requests to one host (default 1)",
    )
    parser.add_argument(
        "--max-pages", type=int, metavar="N", help="stop after fetching N pages (over all runs)"
    )
    parser.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="write records only for articles published on or after this date",
    )
    parser.add_argument(
        "--contact",
        metavar="EMAIL_OR_URL",
        help="added to the User-Agent so site owners can reach you",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow loopback and private addresses (tests, intranets)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="connect/read timeout per request (default 30)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=10 * 1024 * 1024,
        metavar="N",
        help="size cap per page (default 10 MB)",
    )
    parser.add_argument(
        "--retries",
        type=int,
        default=3,
        metavar="N",
        help="retries after a timeout, 429 or 5xx (default 3)",
    )
    parser.add_argument(
        "--backoff",
        type=float,
        default=1.0,
        metavar="S",
        help="first retry wait, doubled each time (default 1)",
    )
    parser.add_argument(
        "--max-wait",
        type=float,
        default=120.0,
        metavar="S",
        help="longest wait before a retry, Retry-After included (default 120)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=4,
        metavar="N",
        help="hosts fetched at the same time (default 4)",
    )
    parser.add_argument(
        "--recrawl", action="store_true", help="revisit fetched pages with conditional GET"
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="show progress (default: on a terminal)",
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from urllib.parse import urlsplit

    from extract.crawl import CrawlOptions, crawl

    for url in args.urls:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            said = f"unsupported scheme {scheme}:" if scheme else "no scheme"
            print(
                f"vnextract crawl: {url}: {said}; start URLs are http:// or https:// addresses",
                file=sys.stderr,
            )
            return 2
    if args.since and not re.fullmatch(r"\d{4}-\d\d-\d\d", args.since):
        print("vnextract crawl: --since takes a date like 2024-01-31", file=sys.stderr)
        return 2
    options = CrawlOptions(
        delay=args.delay,
        max_pages=args.max_pages,
        since=args.since,
        contact=args.contact,
        allow_private=args.allow_private,
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        retries=args.retries,
        backoff=args.backoff,
        max_wait=args.max_wait,
        workers=args.workers,
        recrawl=args.recrawl,
        progress=args.progress,
    )
    summary = crawl(args.urls, args.out, options)
    for line in summary.lines():
        print(f"vnextract crawl: {line}", file=sys.stderr)
    return 0
