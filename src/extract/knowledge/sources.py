"""Records in: batch outputs of any format, or records already in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from extract.record import Record

__all__ = ["as_dict", "read_records"]


def read_records(paths: Iterable[str] | str) -> Iterator[dict[str, Any]]:
    """Stream the records of batch outputs, one dict at a time.

    Args:
        paths: files or folders written by ``vnextract batch``/``text``/``html``
            (``.jsonl``, ``.jsonl.gz``, ``.parquet``, ``.sqlite``, ``.duckdb``,
            or a folder of parts).

    Returns:
        An iterator of record dicts (SPEC.md's JSON objects), in file order.

    Raises:
        FileNotFoundError: a path that does not exist.
    """
    import os

    from extract.batch.writers import read_records as read_output

    for path in [paths] if isinstance(paths, str) else paths:
        if not os.path.exists(path):
            raise FileNotFoundError(f"{path}: no such records file or folder")
        for line in read_output(str(path)):
            yield json.loads(line)


def as_dict(record: Record | Mapping[str, Any]) -> Mapping[str, Any]:
    """A record as its JSON dict (a `Record` is converted, a dict passes as is)."""
    return record.to_dict() if isinstance(record, Record) else record
