"""Writing records: JSON Lines to stdout or to a file replaced atomically."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """Yield a text stream: stdout for None or "-", else a temp file that
    replaces ``path`` only when the block finishes without error."""
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def summary_line(records: list) -> str:
    """ "12 records: 30 officials, 55 organizations, ..." for the end of a run."""
    from extract.record import FACT_KINDS

    counts = ", ".join(f"{sum(len(getattr(r, k)) for r in records)} {k}" for k in FACT_KINDS)
    return f"{len(records)} records: {counts}"


def replaced_line(pages: int, replaced: int) -> str:
    """ "2 pages had undecodable bytes (5 bytes replaced by U+FFFD)" for --summary."""
    if not pages:
        return "no undecodable bytes"
    replaced_bytes = _count(replaced, "byte")
    return f"{_count(pages, 'page')} had undecodable bytes ({replaced_bytes} replaced by U+FFFD)"


def warn_replaced(name: str, replaced: int, encoding: str | None = None) -> None:
    """Say on stderr that ``name`` was read with ``replaced`` undecodable bytes."""
    if replaced:
        how = f" as {encoding}" if encoding else ""
        print(
            f"vnextract: warning: {name}: {_count(replaced, 'undecodable byte')} replaced"
            f" by U+FFFD (read{how}); the page was kept",
            file=sys.stderr,
        )


def extractor_error(error: Exception) -> str:
    """How the extractor's own failure on one input is reported, as a batch reports it:
    the error's type and the first line of its message. The run goes on past it."""
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    return f"extractor error: {type(error).__name__}: {detail}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def add_record_options(parser: argparse.ArgumentParser) -> None:
    """The options every page-to-record command shares: -o, --urls, --summary."""
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here (default: stdout)")
    parser.add_argument(
        "--urls",
        metavar="URLS.tsv",
        help="'NAME<TAB>URL' lines: the page URL of each file (NAME: file name, no extension)",
    )
    parser.add_argument(
        "--summary", action="store_true", help="print counts of what was found to stderr"
    )
