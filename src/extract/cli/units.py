"""``vnextract units``: ratios and percents as time series of the units they are about."""

from __future__ import annotations

import argparse
import sys

HELP = """\
Tie every ratio ("17/17 xã đạt chuẩn nông thôn mới") and percent of many
records to the administrative unit it is about (its subject, else the unit
named just before it, else the article's district or province), with the
unit's code at the time, its 2025 successor, the article's date and year and
the predicate: one row per fact, so that "how many communes of each district
met the standard, by year" is one group-by on key_name and year.

--as-of 2025-07-01 (or later) keys the rows by the 2025 units: a commune by
the commune that holds it today, a district (abolished in 2025) by its
province's successor, so series before and after the reorganisation line up.

RECORDS are batch outputs of any format. OUT: .jsonl, .csv, .parquet or
.sqlite (table units).

example:
  vnextract units records.jsonl -o units.csv --as-of 2025-07-01
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "units",
        help="ratios and percents tied to their units, as time series",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("records", nargs="+", metavar="RECORDS", help="records files or folders")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="units.jsonl, .csv, .parquet or .sqlite")
    parser.add_argument("--as-of", metavar="DATE", default=None,
                        help="key rows by the units of this date (from 2025-07-01: the 2025 units)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import re

    from extract.knowledge.series import unit_series
    from extract.knowledge.sources import read_records
    from extract.knowledge.tables import write_tables

    if args.as_of and not re.fullmatch(r"\d{4}-\d\d-\d\d", args.as_of):
        print(f"vnextract units: --as-of takes an ISO date (2025-07-01), not {args.as_of!r}",
              file=sys.stderr)
        return 2
    try:
        rows = unit_series(read_records(args.records), as_of=args.as_of)
        written = write_tables(args.output, {"units": rows})
    except (FileNotFoundError, ValueError, ImportError) as error:
        print(f"vnextract units: {error}", file=sys.stderr)
        return 2
    tied = sum(1 for r in rows if r["unit_name"])
    print(f"vnextract units: {len(rows)} facts, {tied} tied to a unit "
          f"-> {', '.join(map(str, written))}", file=sys.stderr)
    return 0
