"""``vnextract text``: plain-text page dumps to records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extract.cli.output import add_record_options

HELP = """\
Read plain-text page dumps (the headline on the first line, then the page as
a scrape returns it) and write one JSON record per file.

A file's url is its file:// URI unless --url gives the page it came from
(one file) or --urls maps its name to it; the page's site tells the pipeline
which province "UBND tỉnh" is.
A file that cannot be read, or is mostly not text, is reported on stderr with
the reason and skipped; the others are still processed. A few bytes its
charset cannot read become U+FFFD: the file is kept and a warning names it
(--summary counts them). Exit status: 0 when every file
gave a record, 1 when any failed, 2 for bad arguments.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "text",
        help="plain-text page dumps -> JSON records",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="text files (UTF-8, windows-1258, ...)"
    )
    add_record_options(parser)
    parser.add_argument(
        "--url",
        help="the page URL the file came from, e.g. https://baodongthap.vn/a.aspx "
        "(for files --urls does not name)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extract.api import from_text
    from extract.cli.output import (
        extractor_error,
        open_output,
        replaced_line,
        summary_line,
        warn_replaced,
    )
    from extract.normalize import DecodeError, decode_report
    from extract.urls import read_url_map

    try:
        urls = read_url_map(args.urls)
    except OSError as error:
        print(f"vnextract text: cannot read --urls {args.urls}: {error.strerror}", file=sys.stderr)
        return 2
    failures, records, damaged, replaced = 0, [], 0, 0
    with open_output(args.output) as out:
        for name in args.files:
            path = Path(name)
            try:
                decoded = decode_report(path.read_bytes(), source=str(path))
            except (OSError, DecodeError) as error:
                failures += 1
                print(f"vnextract: skipped {name}: {error}", file=sys.stderr)
                continue
            warn_replaced(name, decoded.replaced, decoded.encoding)
            damaged += bool(decoded.replaced)
            replaced += decoded.replaced
            text = decoded.text
            url = urls.get(path.stem) or args.url or path.resolve().as_uri()
            try:
                record = from_text(text, url=url)
            except Exception as error:  # a bug met on one article never loses the others
                failures += 1
                print(f"vnextract: skipped {name}: {extractor_error(error)}", file=sys.stderr)
                continue
            out.write(record.to_json() + "\n")
            records.append(record)
    if args.summary:
        print(summary_line(records), file=sys.stderr)
        print(replaced_line(damaged, replaced), file=sys.stderr)
    if failures:
        print(f"vnextract: {failures} of {len(args.files)} files failed", file=sys.stderr)
    return 1 if failures else 0
