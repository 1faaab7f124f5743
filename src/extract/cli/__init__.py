"""The ``vnextract`` command: parses arguments and hands them to one subcommand.

Each subcommand lives in its own module here with ``register(subparsers)``;
modules import the heavy machinery inside their ``run`` so ``--help`` is fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand modules, in the order --help lists them
COMMANDS = ("text", "html", "crawl", "eval", "batch", "people", "directives", "units")

DESCRIPTION = """\
Turn Vietnamese provincial news into structured data: officials, organizations,
administrative units with their codes, ratio facts, percents and directives,
one JSON record per article (its JSON Schema: schemas/record.schema.json).

examples:
  vnextract text article.txt                       one record to stdout
  vnextract text article.txt --url https://baodongthap.vn/a.aspx
                                                   its page's site says which province
  vnextract text dumps/*.txt -o records.jsonl      many files to JSON Lines
  vnextract html page.html https://site/a.aspx     HTML files or URLs to records
  vnextract crawl https://baodongthap.vn/ --out crawl/ --contact me@example.org
                                                   polite, resumable crawl -> WARC + records
  vnextract eval corpora/dev records.jsonl         score records against gold files
  vnextract batch 'crawl/warc/*.warc.gz' -o out.parquet
                                                   to Parquet/SQLite/DuckDB/JSONL, resumable

across an archive (records in, tables out: .jsonl, .csv, .parquet, .sqlite):
  vnextract people records.jsonl -o people.jsonl   who held which post when
  vnextract directives records.jsonl -o register.csv
                                                   who asked whom to do what, by when
  vnextract units records.jsonl -o units.csv --as-of 2025-07-01
                                                   ratios and percents per unit and year

integrations (optional extras; the default install pulls none of them):
  Scrapy         ITEM_PIPELINES = {"extract.integrations.scrapy.RecordPipeline": 300}
                                                   pip install 'vnextract[scrapy]'
  BeautifulSoup  extract.from_html(soup, url=...)  pip install 'vnextract[bs4]'
  underthesea    extract.nlp(extras=["underthesea"])  its words, POS tags, entities on the Doc
                                                   pip install 'vnextract[underthesea]'
  DuckDB         vnextract batch ... -o out.duckdb pip install 'vnextract[duckdb]'
  Parquet, Dask  -o out.parquet, --engine dask     pip install 'vnextract[parquet]', '[dask]'
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnextract",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from extract import __version__

    parser.add_argument("--version", action="version", version=f"vnextract {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"extract.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``vnextract`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("vnextract: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
