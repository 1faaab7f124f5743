"""Batch outputs: JSON Lines (plain or gzip), Parquet, SQLite, DuckDB, or a folder of parts.

`writer_for(path)` picks the format from OUT's name. Every writer builds its
file under a temp name beside OUT and renames it into place on `commit`, so a
reader never sees half a file; `abort` removes the temp file. A writer can
start from the records an earlier run already wrote (`copy_existing`), and
`existing_ids` lists them, so a re-run only adds what is new.

    >>> with writer_for("out.sqlite") as w:
    ...     w.write(record.to_json())
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gzip
import json
import os
import shutil
import sqlite3
import tempfile
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

from extract.record import FACT_KINDS, Record

SQLITE_ENDINGS = (".sqlite", ".sqlite3", ".db")
DUCKDB_ENDINGS = (".duckdb", ".ddb")
DUCKDB_HINT = "DuckDB output needs duckdb: pip install 'vnextract[duckdb]'"


def output_kind(path: str) -> str:
    """The format OUT's name asks for: jsonl, jsonl.gz, parquet, sqlite, duckdb or folder."""
    name = path.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(SQLITE_ENDINGS):
        return "sqlite"
    if name.endswith(DUCKDB_ENDINGS):
        return "duckdb"
    return "folder"


def errors_path(out: str) -> str:
    """Where the failures of a batch writing ``out`` go: ``OUT.errors.jsonl``."""
    return f"{out.rstrip('/') or out}.errors.jsonl"


def writer_for(path: str, part_size: int = 10_000, part_format: str = "jsonl") -> Writer:
    """The writer for OUT ``path`` (a folder when its name has no known ending).

    Args:
        path: the output file or folder.
        part_size: records per part file, for a folder.
        part_format: format of a folder's parts: "jsonl", "jsonl.gz" or "parquet".
    """
    kind = output_kind(path)
    if kind == "folder":
        return FolderWriter(path, part_size, part_format)
    writers = {
        "jsonl": JsonlWriter,
        "jsonl.gz": JsonlWriter,
        "parquet": ParquetWriter,
        "duckdb": DuckdbWriter,
    }
    return writers.get(kind, SqliteWriter)(path)


class Writer:
    """Base: a temp file beside ``path`` that `commit` renames into place."""

    suffix = ""

    def __init__(self, path: str):
        self.path = Path(path)
        self.count = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        os.close(fd)
        self.tmp = Path(tmp)
        _usual_mode(self.tmp, 0o666)  # mkstemp makes it private; OUT is an ordinary file
        self._open()

    def _open(self) -> None:
        raise NotImplementedError

    def write(self, record_json: str) -> None:
        """Add one record (its JSON line, as `Record.to_json` gives it)."""
        raise NotImplementedError

    def write_encoded(self, record_json: bytes) -> None:
        """Add one record given as its JSON line in UTF-8 (what a batch's parts hold)."""
        self.write(record_json.decode("utf-8"))

    def _close(self) -> None:
        raise NotImplementedError

    def commit(self) -> None:
        """Finish the file and move it to ``path`` (replacing what was there)."""
        self._close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temp file; ``path`` is left as it was."""
        with contextlib.suppress(Exception):
            self._close()
        _remove(self.tmp)

    def copy_existing(self) -> int:
        """Write first every record already in ``path``; returns how many."""
        count = 0
        for line in read_records(str(self.path)):
            self.write(line)
            count += 1
        return count

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


class JsonlWriter(Writer):
    """One record per line; gzip-compressed (reproducibly) when the name ends in .gz."""

    def _open(self) -> None:
        self._raw = open(self.tmp, "wb")  # noqa: SIM115 (closed in _close)
        binary = self._raw
        if str(self.path).lower().endswith(".gz"):
            # mtime=0 and no file name: the same records give the same bytes
            binary = gzip.GzipFile(filename="", mode="wb", fileobj=self._raw, mtime=0)
        self._gzip = binary if binary is not self._raw else None
        self._stream = binary

    def write(self, record_json: str) -> None:
        self.write_encoded(record_json.encode("utf-8"))

    def write_encoded(self, record_json: bytes) -> None:
        self._stream.write(record_json + b"\n")
        self.count += 1

    def _close(self) -> None:
        if not self._raw.closed:
            if self._gzip is not None:
                self._gzip.close()
            self._raw.close()


class ParquetWriter(Writer):
    """One row per article; facts are typed list<struct> columns (see `arrow_schema`)."""

    rows_per_group = 500

    def _open(self) -> None:
        import pyarrow.parquet as pq

        self._schema = arrow_schema()
        self._writer = pq.ParquetWriter(self.tmp, self._schema, compression="zstd")
        self._rows: list[dict] = []

    def write(self, record_json: str) -> None:
        self._rows.append(json.loads(record_json))
        self.count += 1
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self._schema))
            self._rows = []

    def _close(self) -> None:
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None


class SqliteWriter(Writer):
    """Tables articles, the six fact kinds and mentions, keyed by article id."""

    def _open(self) -> None:
        self._db = sqlite3.connect(self.tmp)
        self._db.execute("PRAGMA journal_mode=OFF")  # a temp file: atomicity comes from rename
        self._db.execute("PRAGMA synchronous=OFF")
        for statement in sqlite_schema():
            self._db.execute(statement)

    def copy_existing(self) -> int:
        self._db.close()
        shutil.copyfile(self.path, self.tmp)
        self._db = sqlite3.connect(self.tmp)
        self._db.execute("PRAGMA journal_mode=OFF")
        self._db.execute("PRAGMA synchronous=OFF")
        self.count = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return self.count

    def write(self, record_json: str) -> None:
        for statement, values in _table_rows(json.loads(record_json), self.count):
            self._db.execute(statement, values)
        self.count += 1
        if self.count % 1000 == 0:
            self._db.commit()

    def _close(self) -> None:
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None


class DuckdbWriter(SqliteWriter):
    """The SQLite writer's tables in a DuckDB file (``pip install 'vnextract[duckdb]'``).

    Rows are buffered and inserted many at a time: DuckDB is fast at that and
    slow at one INSERT per row.
    """

    flush_every = 500  # records

    def _open(self) -> None:
        duckdb = _import_duckdb()
        _remove(self.tmp)  # DuckDB creates its own file; an empty one is not a database
        self._db = duckdb.connect(str(self.tmp))
        self._pending: dict[str, list[list[Any]]] = {}
        for statement in sqlite_schema(dialect="duckdb"):
            self._db.execute(statement)

    def copy_existing(self) -> int:
        self._db.close()
        _remove(self.tmp)
        shutil.copyfile(self.path, self.tmp)
        self._db = _import_duckdb().connect(str(self.tmp))
        self.count = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return self.count

    def write(self, record_json: str) -> None:
        for statement, values in _table_rows(json.loads(record_json), self.count):
            self._pending.setdefault(statement, []).append(values)
        self.count += 1
        if self.count % self.flush_every == 0:
            self._flush()

    def _flush(self) -> None:
        # articles first: the fact tables' foreign keys point at them
        for statement in sorted(self._pending, key=lambda s: '"articles"' not in s):
            self._db.executemany(statement, self._pending[statement])
        self._pending.clear()

    def _close(self) -> None:
        if self._db is not None:
            self._flush()
            self._db.close()
            self._db = None


def _import_duckdb():
    try:
        import duckdb
    except ImportError as error:
        raise ImportError(DUCKDB_HINT) from error
    return duckdb


def _table_rows(data: dict, seq: int) -> Iterator[tuple[str, list[Any]]]:
    """(INSERT statement, values) for every row one record adds to the tables."""
    article = data["id"]
    columns = _article_columns()
    yield _insert("articles", columns), [
        seq if c == "seq" else _sql_value(data.get(c)) for c in columns
    ]
    for kind in FACT_KINDS:
        fact_columns = _fact_columns(kind)
        for idx, item in enumerate(data.get(kind) or []):
            flat = _flatten(item)
            values = [article, idx, *(_sql_value(flat.get(c)) for c in fact_columns[2:])]
            yield _insert(kind, fact_columns), values
            for mention in item.get("mentions") or []:
                surface = (data.get(mention["field"]) or "")[mention["start"] : mention["end"]]
                yield _insert("mentions", MENTION_COLUMNS), [
                    article,
                    kind,
                    idx,
                    mention["field"],
                    mention["start"],
                    mention["end"],
                    surface,
                ]


class FolderWriter(Writer):
    """A folder of numbered part files (part-00000.jsonl, ...), ``part_size`` records each."""

    def __init__(self, path: str, part_size: int = 10_000, part_format: str = "jsonl"):
        self.path = Path(path.rstrip("/") or path)
        self.part_size = max(1, part_size)
        self.part_format = part_format
        self.count = 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(
            tempfile.mkdtemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        )
        _usual_mode(self.tmp, 0o777)
        self._part: Writer | None = None
        self._parts = 0

    def write(self, record_json: str) -> None:
        self._next_slot().write(record_json)

    def write_encoded(self, record_json: bytes) -> None:
        self._next_slot().write_encoded(record_json)

    def _next_slot(self) -> Writer:
        """The part the next record goes to (a new one when the current is full)."""
        if self._part is None or self._part.count >= self.part_size:
            self._next_part()
        self.count += 1
        return self._part

    def _next_part(self) -> None:
        if self._part is not None:
            self._part.commit()
        name = self.tmp / f"part-{self._parts:05d}.{self.part_format}"
        self._part = writer_for(str(name))
        self._parts += 1

    def _close(self) -> None:
        if self._part is not None:
            self._part.commit()
            self._part = None

    def commit(self) -> None:
        self._close()
        old = None
        if self.path.exists():
            old = Path(
                tempfile.mkdtemp(
                    prefix=f".{self.path.name}.old.", suffix=".tmp", dir=self.path.parent
                )
            )
            os.replace(self.path, old / "out")
        os.replace(self.tmp, self.path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._close()
        shutil.rmtree(self.tmp, ignore_errors=True)


# --- reading back what a run wrote ----------------------------------------------------------


def read_records(path: str) -> Iterator[str]:
    """Yield, as JSON lines, the records in a batch output of any format."""
    kind = output_kind(path)
    if kind in ("jsonl", "jsonl.gz"):
        opener = gzip.open if kind == "jsonl.gz" else open
        with opener(path, "rt", encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    yield line.rstrip("\n")
    elif kind == "parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=500):
            for row in batch.to_pylist():
                yield Record.from_dict(row).to_json()
    elif kind in ("sqlite", "duckdb"):
        yield from _table_records(path, kind)
    else:
        for part in sorted(Path(path).glob("part-*")):
            yield from read_records(str(part))


def remove_stale_temps(path: str) -> int:
    """Delete temp files a killed run left beside OUT (``.OUT.xxxx.tmp``); returns how many."""
    target = Path(path.rstrip("/") or path)
    removed = 0
    for name in (target.name, Path(errors_path(path)).name):
        for stale in target.parent.glob(f".{glob_escape(name)}.*.tmp"):
            if stale.is_dir():
                shutil.rmtree(stale, ignore_errors=True)
            else:
                stale.unlink(missing_ok=True)
            removed += 1
    return removed


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


class OutputError(ValueError):
    """OUT exists and is not the output of an earlier batch: we will not overwrite it."""


def existing_ids(path: str) -> set[str]:
    """Ids of the records already in output ``path`` (empty when it does not exist).

    Raises:
        OutputError: ``path`` exists but is not a batch output of its kind
            (a folder holding other files, a file that does not parse).
    """
    if not os.path.exists(path):
        return set()
    try:
        return _existing_ids(path)
    except Exception as error:  # sqlite3, pyarrow, json and OS errors alike
        raise OutputError(
            f"{path} exists and is not a vnextract batch output ({type(error).__name__});"
            " remove it or choose another OUT"
        ) from error


def _existing_ids(path: str) -> set[str]:
    kind = output_kind(path)
    if kind == "folder":
        if not os.path.isdir(path):
            raise NotADirectoryError(path)
        strangers = [n for n in os.listdir(path) if not n.startswith("part-")]
        if strangers:
            raise FileExistsError(f"holds {strangers[0]}")
    if kind in ("sqlite", "duckdb"):
        with contextlib.closing(_connect_read_only(path, kind)) as db:
            return {row[0] for row in db.execute("SELECT id FROM articles").fetchall()}
    if kind == "parquet":
        import pyarrow.parquet as pq

        return set(pq.read_table(path, columns=["id"]).column("id").to_pylist())
    return {json.loads(line)["id"] for line in read_records(path)}


# --- Arrow schema, derived from the record classes ------------------------------------------


def arrow_schema():
    """The Parquet schema of a record: its fields as typed (nested) Arrow columns."""
    import pyarrow as pa

    hints = typing.get_type_hints(Record)
    ordered = ["schema"] + [f.name for f in dataclasses.fields(Record) if f.name != "schema"]
    return pa.schema([pa.field(name, _arrow_type(hints[name])) for name in ordered])


def _arrow_type(hint: Any):
    import pyarrow as pa

    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _arrow_type(inner[0])
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if origin is Literal:
        return pa.string()
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return pa.struct(
            [pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(hint)]
        )
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[hint]


# --- SQLite schema, derived from the record classes -----------------------------------------

MENTION_COLUMNS = ("article_id", "kind", "idx", "field", "start", "end", "surface")
_FACT_CLASSES = {
    kind: typing.get_args(typing.get_type_hints(Record)[kind])[0] for kind in FACT_KINDS
}
# the questions people ask: who, which unit, which organisation, which site, when
_INDEXES = [
    ("articles", "source"),
    ("articles", "published"),
    ("articles", "url"),
    ("officials", "name"),
    ("officials", "organization"),
    ("organizations", "name"),
    ("locations", "code"),
    ("locations", "name"),
    ("locations", "province_code"),
    ("ratios", "unit"),
    ("percents", "value"),
    ("directives", "issuer"),
    ("directives", "addressee"),
    ("mentions", "article_id, kind, idx"),
]


@functools.cache
def _article_columns() -> tuple[str, ...]:
    names = [f.name for f in dataclasses.fields(Record) if f.name not in FACT_KINDS]
    return ("id", "seq", *(n for n in names if n != "id"))


@functools.cache
def _fact_columns(kind: str) -> tuple[str, ...]:
    """article_id, idx, then the fact's fields; a nested unit (``current``) is
    flattened to current_name, current_code, ...; mentions go to their own table."""
    cls = _FACT_CLASSES[kind]
    hints = typing.get_type_hints(cls)
    columns = ["article_id", "idx"]
    for f in dataclasses.fields(cls):
        if f.name == "mentions":
            continue
        inner = _optional_inner(hints[f.name])
        if dataclasses.is_dataclass(inner):
            columns += [f"{f.name}_{g.name}" for g in dataclasses.fields(inner)]
        else:
            columns.append(f.name)
    return tuple(columns)


def _optional_inner(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner[0] if len(inner) == 1 else hint
    return hint


def _flatten(item: dict) -> dict:
    flat = {}
    for key, value in item.items():
        if isinstance(value, dict):
            flat.update({f"{key}_{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def _sql_value(value: Any) -> Any:
    """Lists (roles, actions, captions) are stored as JSON text."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


@functools.cache
def _insert(table: str, columns: tuple[str, ...]) -> str:
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'


def sqlite_schema(dialect: str = "sqlite") -> list[str]:
    """CREATE statements: tables (columns typed as the record's fields; lists as
    JSON text) and the indexes of the SQLite output.

    Args:
        dialect: "sqlite", or "duckdb" (REAL becomes DOUBLE, DuckDB's REAL
            being a 4-byte float).
    """
    types = _sql_types()
    if dialect == "duckdb":
        types = {key: "DOUBLE" if t == "REAL" else t for key, t in types.items()}
    article_columns = ", ".join(
        '"id" TEXT PRIMARY KEY' if c == "id" else f'"{c}" {types.get(("articles", c), "")}'
        for c in _article_columns()
    )
    statements = [f"CREATE TABLE articles ({article_columns})"]
    for kind in FACT_KINDS:
        columns = ", ".join(f'"{c}" {types.get((kind, c), "")}' for c in _fact_columns(kind))
        statements.append(
            f"CREATE TABLE {kind} ({columns}, PRIMARY KEY (article_id, idx),"
            " FOREIGN KEY (article_id) REFERENCES articles(id))"
        )
    columns = ", ".join(f'"{c}" {types.get(("mentions", c), "")}' for c in MENTION_COLUMNS)
    statements.append(
        f"CREATE TABLE mentions ({columns}, FOREIGN KEY (article_id) REFERENCES articles(id))"
    )
    for table, column in _INDEXES:
        name = f"{table}_{column.split(',')[0].strip()}"
        quoted = ", ".join(f'"{c.strip()}"' for c in column.split(","))
        statements.append(f"CREATE INDEX {name} ON {table} ({quoted})")
    return statements


def _sql_types() -> dict[tuple[str, str], str]:
    """(table, column) -> SQLite type: TEXT, INTEGER or REAL; lists are JSON TEXT."""
    simple = {str: "TEXT", int: "INTEGER", float: "REAL"}

    def of(hint: Any) -> str:
        inner = _optional_inner(hint)
        return simple.get(inner, "TEXT")

    types = {("articles", "seq"): "INTEGER"}
    hints = typing.get_type_hints(Record)
    for name in _article_columns():
        if name in hints:
            types[("articles", name)] = of(hints[name])
    for kind in FACT_KINDS:
        cls = _FACT_CLASSES[kind]
        types[(kind, "article_id")], types[(kind, "idx")] = "TEXT", "INTEGER"
        for f in dataclasses.fields(cls):
            inner = _optional_inner(typing.get_type_hints(cls)[f.name])
            if dataclasses.is_dataclass(inner):
                sub = typing.get_type_hints(inner)
                for g in dataclasses.fields(inner):
                    types[(kind, f"{f.name}_{g.name}")] = of(sub[g.name])
            else:
                types[(kind, f.name)] = of(inner)
    mention_types = ("TEXT", "TEXT", "INTEGER", "TEXT", "INTEGER", "INTEGER", "TEXT")
    types.update({("mentions", c): t for c, t in zip(MENTION_COLUMNS, mention_types, strict=True)})
    return types


def _connect_read_only(path: str, kind: str):
    if kind == "duckdb":
        return _import_duckdb().connect(path, read_only=True)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _query(db, sql: str, params: tuple = ()) -> list[dict[str, Any]]:
    """Rows as dicts, for sqlite3 and DuckDB connections alike."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _table_records(path: str, kind: str) -> Iterator[str]:
    """Rebuild records from the tables (in the order they were written)."""
    db = _connect_read_only(path, kind)
    try:
        for row in _query(db, "SELECT * FROM articles ORDER BY seq"):
            data = {k: v for k, v in row.items() if k != "seq"}
            data["captions"] = json.loads(data["captions"] or "[]")
            for fact_kind in FACT_KINDS:
                data[fact_kind] = _table_facts(db, fact_kind, data["id"])
            yield Record.from_dict(data).to_json()
    finally:
        db.close()


def _table_facts(db, kind: str, article: str) -> list[dict]:
    cls = _FACT_CLASSES[kind]
    hints = typing.get_type_hints(cls)
    rows = _query(db, f"SELECT * FROM {kind} WHERE article_id = ? ORDER BY idx", (article,))
    mentions = _query(
        db,
        'SELECT idx, field, start, "end" FROM mentions'
        " WHERE article_id = ? AND kind = ? ORDER BY rowid",
        (article, kind),
    )
    facts = []
    for row in rows:
        item: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            inner = _optional_inner(hints[f.name])
            if f.name == "mentions":
                item["mentions"] = [
                    {"field": m["field"], "start": m["start"], "end": m["end"]}
                    for m in mentions
                    if m["idx"] == row["idx"]
                ]
            elif dataclasses.is_dataclass(inner):
                sub = {g.name: row[f"{f.name}_{g.name}"] for g in dataclasses.fields(inner)}
                item[f.name] = sub if any(v is not None for v in sub.values()) else None
            elif typing.get_origin(inner) is list:
                item[f.name] = json.loads(row[f.name] or "[]")
            else:
                item[f.name] = row[f.name]
        facts.append(item)
    return facts


def _usual_mode(path: Path, mode: int) -> None:
    """Give ``path`` the permissions a plain open() would (``mode`` less the umask)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, mode & ~umask)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
