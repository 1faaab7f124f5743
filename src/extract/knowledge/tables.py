"""Writing knowledge tables: JSON Lines, CSV, Parquet or SQLite, by OUT's name.

A table is a list of flat dicts. JSON Lines holds the nested form (one person
per line, with their mentions and posts inside); CSV and Parquet write the
main table to OUT and every other table beside it (``people.csv``,
``people.positions.csv``, ...); SQLite writes them all as tables of one file.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["FORMATS", "write_tables"]

FORMATS = (".jsonl", ".csv", ".parquet", ".sqlite")


def write_tables(
    out: str | Path,
    tables: Mapping[str, list[dict[str, Any]]],
    nested: list[dict[str, Any]] | None = None,
) -> list[Path]:
    """Write ``tables`` to ``out`` in the format its name asks for.

    Args:
        out: the output path; its ending picks the format (`FORMATS`).
        tables: table name -> rows; the first is the main table.
        nested: what a ``.jsonl`` OUT holds, one object a line (default: the
            main table's rows).

    Returns:
        The files written.

    Raises:
        ValueError: an ending outside `FORMATS`, naming them.
    """
    out = Path(out)
    ending = out.suffix.lower()
    if ending not in FORMATS:
        given = ending or "no ending"
        raise ValueError(f"{out}: write .jsonl, .csv, .parquet or .sqlite (not {given})")
    out.parent.mkdir(parents=True, exist_ok=True)
    main = next(iter(tables))
    if ending == ".jsonl":
        rows = nested if nested is not None else tables[main]
        _atomic(out, lambda f: _write_jsonl(f, rows))
        return [out]
    if ending == ".sqlite":
        _atomic(out, lambda f: _write_sqlite(f, tables))
        return [out]
    written = []
    for name, rows in tables.items():
        path = out if name == main else out.with_name(f"{out.stem}.{name}{ending}")
        writer = _write_csv if ending == ".csv" else _write_parquet
        _atomic(path, lambda f, rows=rows, writer=writer: writer(f, rows))
        written.append(path)
    return written


def _atomic(path: Path, write) -> None:
    """Write to a temp file beside ``path``, then rename: no half-written outputs."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=_columns(rows))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as error:
        hint = "Parquet output needs pyarrow: pip install 'vnextract[parquet]'"
        raise ImportError(hint) from error
    columns = _columns(rows)
    table = pa.Table.from_pylist([{c: _cell(row.get(c)) for c in columns} for row in rows])
    pq.write_table(table, path)


def _write_sqlite(path: Path, tables: Mapping[str, list[dict[str, Any]]]) -> None:
    db = sqlite3.connect(path)
    try:
        for name, rows in tables.items():
            columns = _columns(rows) or ["empty"]
            quoted = ", ".join(f'"{c}"' for c in columns)
            db.execute(f'CREATE TABLE "{name}" ({quoted})')
            marks = ", ".join("?" * len(columns))
            db.executemany(
                f'INSERT INTO "{name}" ({quoted}) VALUES ({marks})',
                ([_cell(row.get(c)) for c in columns] for row in rows),
            )
        db.commit()
    finally:
        db.close()
