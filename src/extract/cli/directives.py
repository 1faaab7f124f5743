"""``vnextract directives``: the directive register, one row per action, with deadlines."""

from __future__ import annotations

import argparse
import sys

HELP = """\
List every directive action of many records: who asked (the issuer, linked
to a person of `vnextract people` where it is an official), whom (the
addressee), what (the action), when (the article's date) and by when (the
deadline: "trước ngày 30/4/2020" -> 2020-04-30, "trong quý III/2024" ->
2024-09-30, "trước 15/12" in the article's year; "trước khi bão đổ bộ" stays
text with no date), with the deadline's place in the record as evidence.

RECORDS are batch outputs of any format (.jsonl, .parquet, .sqlite, .duckdb,
a folder of parts); version 1 records, which carry no deadlines, have theirs
read from the action's words. OUT: .jsonl, .csv, .parquet or .sqlite (table
directives).

example:
  vnextract directives records.jsonl -o register.csv
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "directives",
        help="the directive register: issuer, addressee, action, deadline",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("records", nargs="+", metavar="RECORDS", help="records files or folders")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="register.jsonl, .csv, .parquet or .sqlite")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extract.knowledge.register import directive_register
    from extract.knowledge.sources import read_records
    from extract.knowledge.tables import write_tables

    try:
        rows = directive_register(read_records(args.records))
        written = write_tables(args.output, {"directives": rows})
    except (FileNotFoundError, ValueError, ImportError) as error:
        print(f"vnextract directives: {error}", file=sys.stderr)
        return 2
    dated = sum(1 for r in rows if r["deadline"])
    print(f"vnextract directives: {len(rows)} actions, {dated} with a dated deadline "
          f"-> {', '.join(map(str, written))}", file=sys.stderr)
    return 0
