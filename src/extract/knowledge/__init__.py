"""Stage 4: many records -> knowledge across an archive (reads records only).

    >>> import extract
    >>> persons = extract.people(records)            # who held which post when
    >>> rows = extract.directive_register(records)   # who asked whom, by when
    >>> rows = extract.unit_series(records, as_of="2025-07-01")   # how each unit moved

Records may be `Record` objects or their JSON dicts, from any iterable:
`extract.process(...)`, or `read_records(paths)` over batch outputs (JSON
Lines, Parquet, SQLite, DuckDB). Everything streams: memory holds the
tables being built, never the records.
"""

from extract.knowledge.people import people
from extract.knowledge.register import directive_register
from extract.knowledge.series import unit_series
from extract.knowledge.sources import read_records

__all__ = ["directive_register", "people", "read_records", "unit_series"]
