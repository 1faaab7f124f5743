"""``vnextract people``: the officials of many records resolved into persons."""

from __future__ import annotations

import argparse
import sys

HELP = """\
Resolve the officials named across many records into persons, each with the
articles naming them, the posts they held in date order (the same post seen
in several articles merged, with first and last seen) and the changes of post
("được bầu giữ chức", "được điều động, bổ nhiệm", "nghỉ hưu", "thôi giữ chức").

One person is one full name in one province's career: the province the
person's body names ("Sở Tài chính tỉnh Hà Tĩnh"), else the article's (its
site). Two people with the same name in different provinces stay two; a post
in a central body (Chính phủ, Quốc hội, a Bộ) joins the only career of that
name, or the one already serving in that body.

RECORDS are batch outputs of any format: .jsonl, .jsonl.gz, .parquet,
.sqlite, .duckdb or a folder of parts. OUT's name picks the format:
  .jsonl    one person per line, nested (mentions, positions, transitions)
  .csv      OUT holds the people; OUT's stem + .positions.csv, .mentions.csv,
            .transitions.csv the rest
  .parquet  the same tables as Parquet files
  .sqlite   tables people, positions, mentions, transitions

examples:
  vnextract people records.jsonl -o people.jsonl
  vnextract people crawl/records.jsonl facts.sqlite -o people.sqlite
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "people",
        help="resolve officials across records into persons and their posts over time",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("records", nargs="+", metavar="RECORDS", help="records files or folders")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="people.jsonl, .csv, .parquet or .sqlite")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extract.knowledge.people import people, people_tables
    from extract.knowledge.sources import read_records
    from extract.knowledge.tables import write_tables

    try:
        persons = people(read_records(args.records))
        written = write_tables(args.output, people_tables(persons), nested=persons)
    except (FileNotFoundError, ValueError, ImportError) as error:
        print(f"vnextract people: {error}", file=sys.stderr)
        return 2
    careers = sum(1 for p in persons if len(p["positions"]) > 1)
    print(
        f"vnextract people: {len(persons)} people ({careers} with more than one post) "
        f"-> {', '.join(map(str, written))}",
        file=sys.stderr,
    )
    return 0
