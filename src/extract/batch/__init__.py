"""Batch processing: many articles from archives into one output.

- `readers`: WARC/ARC (gzipped or not), JSON Lines, folders of saved pages, globs.
- `work`: the per-record function every engine runs.
- `engines`: the local (processes) and Dask engines, and `run_batch`.
- `writers`: JSON Lines, Parquet, SQLite, a folder of parts.
- `journal`: the part files that let an interrupted batch resume.
"""

from extract.batch.engines import BatchOptions, BatchResult, run_batch
from extract.batch.readers import InputError, Source, expand_inputs

__all__ = ["BatchOptions", "BatchResult", "InputError", "Source", "expand_inputs", "run_batch"]
