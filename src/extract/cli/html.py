"""``vnextract html``: HTML pages (files, URLs or WARC archives) to records."""

from __future__ import annotations

import argparse
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
came from. Failures are reported on stderr and skipped. Exit status: 0 when
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
    from extract.api import from_html, from_url
    from extract.cli.output import open_output, summary_line
    from extract.crawl import FetchError, records_from_warc
    from extract.normalize import DecodeError
    from extract.urls import read_url_map

    urls = read_url_map(args.urls)
    failures, records = 0, []
    with open_output(args.output) as out:
        for name in args.inputs:
            try:
                if name.startswith(("http://", "https://")):
                    found = [from_url(name, contact=args.contact, allow_private=args.allow_private)]
                elif name.endswith((".warc.gz", ".warc")):
                    found = list(records_from_warc([Path(name)]))
                else:
                    path = Path(name)
                    url = urls.get(path.stem) or path.resolve().as_uri()
                    found = [from_html(path.read_bytes(), url=url)]
            except (OSError, DecodeError, FetchError) as error:
                failures += 1
                print(f"vnextract: skipped {name}: {error}", file=sys.stderr)
                continue
            for record in found:
                out.write(record.to_json() + "\n")
                records.append(record)
    if args.summary:
        print(summary_line(records), file=sys.stderr)
    if failures:
        print(f"vnextract: {failures} of {len(args.inputs)} inputs failed", file=sys.stderr)
    return 1 if failures else 0
