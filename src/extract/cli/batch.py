"""``vnextract batch``: archives of pages to records, locally or on a Dask cluster."""

from __future__ import annotations

import argparse
import sys

HELP = """\
Extract every article of WARC/ARC files (gzipped or not, any producer's;
only HTML responses are processed), JSON Lines files with {"url", "html"} or
{"url", "text"} per line, folders of saved .html/.txt pages, or glob patterns
("crawl/**/*.warc.gz"), into OUT. OUT's name picks the format:

  .jsonl / .jsonl.gz   one record per line
  .parquet             one row per article, facts as typed nested columns
  .sqlite              tables articles, officials, organizations, locations,
                       ratios, percents, directives, mentions (by article id)
  .duckdb              the same tables in a DuckDB file, for SQL without code
                       (pip install 'vnextract[duckdb]')
  anything else        a folder of part files (--part-size records each)

Records come out in input order, one per article id (the first wins). A page
that gives no record (corrupt, empty, not HTML, undecodable, an extractor
error, an HTML page that is not one article: a home or listing page, unless
--all-pages) is listed in OUT.errors.jsonl (input, position, url, reason) and
the batch goes on. A page with a few bytes its charset cannot read is kept
(those bytes become U+FFFD) and listed there too, with "warning" and
"replaced_bytes" instead of "reason"; the summary counts them. Work in
progress is kept beside OUT (.OUT.partial/): run the same command again
after an interruption and it finishes the rest; OUT only appears, whole, at
the end. Run it on an existing OUT and only articles not
yet in it are added.

--engine dask runs the same work on a Dask cluster: a LocalCluster of
--jobs worker processes, or the scheduler at --scheduler, whose workers must
see the inputs and OUT's folder at the same paths. Inputs are split by file
(and large files by record ranges), one part per partition; the merged OUT
is the same as the local engine's, and a re-run skips finished partitions.

Exit status: 0 when the batch finished (even with failed pages; see
--strict), 1 when it could not, 2 for bad arguments.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="archives (WARC, JSON Lines, folders) -> JSONL, Parquet or SQLite",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or globs")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output file/folder")
    parser.add_argument(
        "-j", "--jobs", type=int, metavar="N", help="worker processes (default: all cores)"
    )
    parser.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="default: local"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler (tcp://host:8786); default: a LocalCluster of --jobs workers",
    )
    parser.add_argument(
        "--partition-size",
        type=int,
        default=1000,
        metavar="N",
        help="Dask: items per partition; a WARC or JSON Lines file over 4 MB is split"
        " into ranges of N records (default 1000)",
    )
    parser.add_argument(
        "--part-size",
        type=int,
        default=10_000,
        metavar="N",
        help="folder OUT: records per part file (default 10000)",
    )
    parser.add_argument(
        "--part-format",
        choices=("jsonl", "jsonl.gz", "parquet"),
        default="jsonl",
        help="folder OUT: format of the part files (default jsonl)",
    )
    parser.add_argument(
        "--urls",
        metavar="URLS.tsv",
        help="'NAME<TAB>URL' lines: the page URL of saved .html/.txt files (default:"
        " the urls*.tsv files of each folder INPUT, if any)",
    )
    parser.add_argument(
        "--checkpoint",
        type=int,
        default=500,
        metavar="N",
        help="local engine: keep finished work every N pages (what a kill can lose)",
    )
    parser.add_argument(
        "--all-pages",
        action="store_true",
        help="keep HTML pages that do not look like an article (listings, home pages)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress, no summary")
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when any page failed"
    )
    parser.set_defaults(func=run)


def _missing_extra(args: argparse.Namespace) -> str | None:
    """What optional package this run needs and lacks, said as how to install it."""
    from importlib.util import find_spec

    from extract.batch.writers import output_kind

    if args.engine == "dask" and find_spec("distributed") is None:
        return "--engine dask needs Dask: pip install 'vnextract[dask]'"
    parquet = output_kind(args.output) == "parquet" or (
        output_kind(args.output) == "folder" and args.part_format == "parquet"
    )
    if parquet and find_spec("pyarrow") is None:
        return "Parquet output needs pyarrow: pip install 'vnextract[parquet]'"
    if output_kind(args.output) == "duckdb" and find_spec("duckdb") is None:
        return "DuckDB output needs duckdb: pip install 'vnextract[duckdb]'"
    return None


def run(args: argparse.Namespace) -> int:
    from extract.batch import BatchOptions, InputError, expand_inputs, run_batch
    from extract.batch.writers import OutputError
    from extract.urls import folder_urls, read_url_map

    if args.jobs is not None and args.jobs < 1:
        print("vnextract batch: --jobs must be at least 1", file=sys.stderr)
        return 2
    if args.scheduler and args.engine != "dask":
        print("vnextract batch: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    try:
        urls = read_url_map(args.urls) if args.urls else folder_urls(args.inputs)
        sources = expand_inputs(args.inputs, urls)
    except (InputError, OSError) as error:
        print(f"vnextract batch: {error}", file=sys.stderr)
        return 2
    options = BatchOptions(
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        partition_size=max(1, args.partition_size),
        part_size=max(1, args.part_size),
        part_format=args.part_format,
        checkpoint=max(1, args.checkpoint),
        all_pages=args.all_pages,
        progress=not args.quiet,
    )
    if args.output.strip() in ("-", ""):
        print("vnextract batch: OUT must be a file or folder name", file=sys.stderr)
        return 2
    missing = _missing_extra(args)
    if missing:
        print(f"vnextract batch: {missing}", file=sys.stderr)
        return 2
    try:
        result = run_batch(sources, args.output, options)
    except OutputError as error:
        print(f"vnextract batch: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"vnextract batch: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"vnextract batch: {result.summary()}", file=sys.stderr)
    return 1 if args.strict and result.errors else 0
