"""``vnextract eval``: score records against gold files (SPEC.md's scoring)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = """\
Score records (JSON Lines, e.g. from `vnextract text`) against the gold files
of GOLD_DIR (<stem>.json), the way SPEC.md's "Gold annotations and scoring"
says: per field precision, recall and F1, micro-averaged over the corpus, the
headline mean F1 and the extra accuracies. A record is paired with the gold
file named after the last segment of its url without the extension; a gold
file with no record counts all its items as missed.

Every record is also checked: each mention must point at a non-empty slice
of its field, and every string must be NFC.

With --pages the page fields are scored instead: the body text as a bag of
tokens (P/R/F1), title, published and author as exact matches.

With --people, GOLD_DIR is a people gold (people.json, or a folder holding
one, as corpora/archive/) and RECORDS the records of its articles or the
output of `vnextract people`: person clustering is scored as B-cubed
precision, recall and F1 over (article, person) mentions, with post-history
accuracy and the homonym pairs merged.

Exit status: 0 when every check passed, 1 when a record broke a check or an
input file or line could not be read (the scores are still printed), 2 for
bad arguments (no gold files, no records file).
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score records against gold files",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of <stem>.json gold files")
    parser.add_argument("records", metavar="RECORDS.jsonl", help="records to score ('-': stdin)")
    parser.add_argument(
        "--pages", action="store_true", help="score title, published, author and text"
    )
    parser.add_argument(
        "--people", action="store_true", help="score person resolution against people.json"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="list missed and spurious items per article"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_paths, gold_files

    if args.people:
        return _run_people(args)
    if not Path(args.gold_dir).exists() or not gold_files(args.gold_dir):
        print(f"vnextract eval: no gold files (*.json) in {args.gold_dir}", file=sys.stderr)
        return 2
    if args.records != "-" and not Path(args.records).is_file():
        print(f"vnextract eval: no such records file: {args.records}", file=sys.stderr)
        return 2
    source = sys.stdin if args.records == "-" else args.records
    report = evaluate_paths(args.gold_dir, source, pages=args.pages)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(report.table(errors=args.errors))
    return 0 if report.ok else 1


def _run_people(args: argparse.Namespace) -> int:
    import dataclasses

    from extract.knowledge.scoring import load_persons, read_gold, score_people

    try:
        gold, persons = read_gold(args.gold_dir), load_persons(args.records)
    except (OSError, ValueError, KeyError) as error:
        print(f"vnextract eval --people: {error}", file=sys.stderr)
        return 2
    report = score_people(gold, persons)
    if args.json:
        print(json.dumps(dataclasses.asdict(report), ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(report.table())
        if args.errors:
            sys.stdout.write("".join(f"  {m}\n" for m in report.misses))
    return 0
