"""``vnextract html``: HTML pages (files, URLs or WARC archives) to records."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from extract.cli.output import add_record_options

HELP = """\
Read HTML pages and write one JSON record per article.

Each argument is an HTML file, an http(s) URL (fetched once, politely: robots.txt,
a User-Agent naming the tool, timeouts, a size cap) or a WARC file
(*.warc.gz, e.g. a crawl's DIR/warc/*.warc.gz: every archived article is
re-extracted without touching the site). Page fields come from site profiles
(Liferay-style provincial portals, provincial newspapers) or a generic
extractor; charsets from the BOM, the <meta> declaration or detection
(windows-1258 included).

A file's url is its file:// URI unless --urls maps its name to the page it
came from. Failures are reported on stderr and skipped: an unsupported URL
scheme (file:, ftp:, mailto: ...), a host that does not resolve, a page
robots.txt forbids, a file that is mostly not text. A few bytes the page's
charset cannot read become U+FFFD: the page is kept and a warning names it
(--summary counts them). Exit status: 0 when
every input gave a record, 1 when any failed, 2 for bad arguments.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "html",
        help="HTML files, URLs or WARC archives -> JSON records",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="FILE_OR_URL", help="HTML files, http(s) URLs, .warc.gz files"
    )
    add_record_options(parser)
    parser.add_argument(
        "--contact", metavar="EMAIL_OR_URL", help="added to the User-Agent when fetching URLs"
    )
    parser.add_argument(
        "--allow-private", action="store_true", help="allow fetching loopback and private addresses"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extract.api import from_page
    from extract.cli.output import (
        extractor_error,
        open_output,
        replaced_line,
        summary_line,
        warn_replaced,
    )
    from extract.crawl import FetchError, records_from_warc
    from extract.normalize import DecodeError
    from extract.urls import read_url_map

    try:
        urls = read_url_map(args.urls)
    except OSError as error:
        print(f"vnextract html: cannot read --urls {args.urls}: {error.strerror}", file=sys.stderr)
        return 2
    failures, records, damaged, replaced = 0, [], 0, 0
    with open_output(args.output) as out:
        for name in args.inputs:
            try:
                if name.endswith((".warc.gz", ".warc")) and not _scheme(name):
                    found = list(records_from_warc([Path(name)]))
                else:
                    page = _page(name, urls, args)
                    warn_replaced(name, page.replaced_bytes)
                    damaged += bool(page.replaced_bytes)
                    replaced += page.replaced_bytes
                    found = [from_page(page)]
            except (OSError, DecodeError, FetchError, _Unsupported) as error:
                failures += 1
                print(f"vnextract: skipped {name}: {error}", file=sys.stderr)
                continue
            except Exception as error:  # a bug met on one page never loses the others
                failures += 1
                print(f"vnextract: skipped {name}: {extractor_error(error)}", file=sys.stderr)
                continue
            for record in found:
                out.write(record.to_json() + "\n")
                records.append(record)
    if args.summary:
        print(summary_line(records), file=sys.stderr)
        print(replaced_line(damaged, replaced), file=sys.stderr)
    if failures:
        print(f"vnextract: {failures} of {len(args.inputs)} inputs failed", file=sys.stderr)
    return 1 if failures else 0


class _Unsupported(ValueError):
    """An input written as a URL whose scheme we do not read."""


def _scheme(name: str) -> str | None:
    """The URL scheme ``name`` starts with ("http", "file"), or None for a path
    (a Windows drive letter "C:" is not a scheme)."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]+):", name)
    return match.group(1).lower() if match else None


def _page(name: str, urls: dict[str, str], args: argparse.Namespace):
    """The `Page` of one input: an http(s) URL fetched politely, or an HTML file."""
    from extract.crawl.client import Client, fetch_page
    from extract.page.html import page_from_html

    scheme = _scheme(name)
    if scheme in ("http", "https"):
        client = Client(contact=args.contact, allow_private=args.allow_private)
        response = fetch_page(name, client=client)
        return page_from_html(response.body, response.url, response.charset)
    if scheme:
        raise _Unsupported(
            f"unsupported scheme {scheme}: (give an http(s) URL, an HTML file or a WARC)"
        )
    path = Path(name)
    url = urls.get(path.stem) or path.resolve().as_uri()
    return page_from_html(path.read_bytes(), url=url)
