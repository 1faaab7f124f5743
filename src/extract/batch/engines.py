"""Run a batch: the local engine (processes on this machine) and the Dask engine.

Both run the same per-record function (`extract.batch.work.extract_item`) and
write their outcomes as part files of a `Journal`; `run_batch` then merges the
parts in input order into OUT (first record of each id wins) and the failures
into ``OUT.errors.jsonl`` (with a warning line for each record kept from a
page with undecodable bytes). So both engines give the same OUT, and a re-run of
an interrupted batch only does what the parts do not hold yet.

    >>> from extract.batch import expand_inputs
    >>> run_batch(expand_inputs(["crawl/*.warc.gz"]), "records.parquet", BatchOptions(jobs=4))
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extract.batch.journal import Journal, manifest_of
from extract.batch.progress import Progress
from extract.batch.readers import FOLDER_FORMATS, Item, Source, count_items, read_source
from extract.batch.work import Outcome, error_outcome, extract_item, warm_up
from extract.batch.writers import (
    JsonlWriter,
    errors_path,
    existing_ids,
    remove_stale_temps,
    writer_for,
)

TASK_SIZE = 16  # items per task sent to a worker process: amortises the IPC


@dataclass
class BatchOptions:
    """How to run a batch.

    jobs: worker processes (None: all cores). engine: "local" or "dask".
    scheduler: a Dask scheduler address (None: a LocalCluster of ``jobs`` workers).
    partition_size: items per Dask partition (a large file is split in ranges).
    split_bytes: WARC/JSONL files larger than this are split by record ranges.
    checkpoint: outcomes per part file of the local engine (what a kill may lose).
    part_size, part_format: records per part and their format, for a folder OUT.
    progress: report progress on stderr; log_interval: seconds between log lines.
    all_pages: keep HTML pages that do not look like an article (listings, home pages).
    """

    jobs: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    partition_size: int = 1000
    split_bytes: int = 4 << 20
    checkpoint: int = 500
    part_size: int = 10_000
    part_format: str = "jsonl"
    progress: bool = True
    log_interval: float = 10.0
    all_pages: bool = False


@dataclass
class BatchResult:
    """What a batch did: counts, and where it wrote."""

    out: str
    errors_file: str | None
    records: int = 0  # records in OUT now
    new: int = 0  # records this run added
    errors: int = 0
    duplicates: int = 0  # items whose id was already in OUT or earlier in the input
    warnings: int = 0  # records kept whose pages had undecodable bytes
    replaced_bytes: int = 0  # those bytes, replaced by U+FFFD
    resumed: bool = False

    def summary(self) -> str:
        """One line for the end of a run."""
        text = f"{self.new:,} new records, {self.records:,} in {self.out}"
        if self.duplicates:
            text += f", {self.duplicates:,} already there or duplicated"
        if self.errors:
            text += f", {self.errors:,} failed"
        if self.warnings:
            text += (
                f", {self.warnings:,} kept with undecodable bytes"
                f" ({self.replaced_bytes:,} bytes replaced by U+FFFD)"
            )
        if self.errors or self.warnings:
            text += f" (see {self.errors_file})"
        return text + (" (resumed)" if self.resumed else "")


def run_batch(sources: list[Source], out: str, options: BatchOptions | None = None) -> BatchResult:
    """Extract every article of ``sources`` into ``out``, resuming an interrupted run.

    Args:
        sources: from `extract.batch.readers.expand_inputs`.
        out: the output path; its name picks the format (see `writers.writer_for`).
        options: engine, jobs and the rest (see `BatchOptions`).

    Returns:
        The counts of the run.
    """
    options = options or BatchOptions()
    jobs = options.jobs or os.cpu_count() or 1
    done_ids = existing_ids(out)
    remove_stale_temps(out)
    manifest = manifest_of(sources, options.engine, options.partition_size, options.all_pages)
    journal = Journal(out, manifest)
    progress = Progress(enabled=options.progress, interval=options.log_interval)
    if options.progress:
        _count_in_background(sources, progress)
    try:
        if options.engine == "dask":
            run_dask(sources, journal, jobs, options, done_ids, progress)
        else:
            run_local(sources, journal, jobs, options, done_ids, progress)
    finally:
        progress.close()
    result = merge(journal, out, done_ids, options)
    result.duplicates += progress.skipped  # known ids passed over before extraction
    result.resumed = journal.resumed
    journal.remove()
    return result


def _count_in_background(sources: list[Source], progress: Progress) -> None:
    """Count the items in a daemon thread; the progress shows an ETA once it is done."""
    import threading

    def count() -> None:
        progress.total = sum(count_items(source) for source in sources)

    threading.Thread(target=count, daemon=True, name="vnextract-count").start()


def merge(journal: Journal, out: str, done_ids: set[str], options: BatchOptions) -> BatchResult:
    """Write OUT and its errors file from the journal's parts, in input order.

    A record whose id is already in OUT (``done_ids``) or earlier in the input
    is dropped; OUT is rewritten only when there is something new.
    """
    result = BatchResult(out=out, errors_file=errors_path(out), records=len(done_ids))
    seen = {_short(i) for i in done_ids}
    writer = errors = None
    try:
        for outcome in journal.merged():
            if outcome.kind == "E":
                errors = errors or JsonlWriter(errors_path(out))
                errors.write_encoded(outcome.payload)
                result.errors += 1
                continue
            key = _short(outcome.id)
            if key in seen:
                result.duplicates += 1
                continue
            seen.add(key)
            if writer is None:
                writer = writer_for(out, options.part_size, options.part_format)
                if done_ids:
                    writer.copy_existing()
            writer.write_encoded(outcome.payload)
            result.new += 1
            if outcome.note:  # kept, with a warning: listed beside the failures
                errors = errors or JsonlWriter(errors_path(out))
                errors.write(outcome.note)
                result.warnings += 1
                result.replaced_bytes += json.loads(outcome.note).get("replaced_bytes", 0)
        if writer is None and not os.path.exists(out):
            writer = writer_for(out, options.part_size, options.part_format)  # an empty OUT
    except BaseException:
        for w in (writer, errors):
            if w is not None:
                w.abort()
        raise
    if writer is not None:
        writer.commit()
        result.records = writer.count
    if errors is not None:
        errors.commit()
    else:
        result.errors_file = None
        if os.path.exists(errors_path(out)):
            os.unlink(errors_path(out))  # a stale list from an earlier run
    return result


def _short(ident: str) -> int:
    """A record id as an int of its first 64 bits: a set of these stays small."""
    try:
        return int(ident[:16], 16)
    except ValueError:
        return hash(ident)


def predicted_id(item: Item) -> str | None:
    """The id the item's record will have, when its URL decides it."""
    if not item.url:
        return None
    from extract.record import record_id

    return record_id(item.url, "")


# --- local engine ---------------------------------------------------------------------------


def run_local(
    sources: list[Source],
    journal: Journal,
    jobs: int,
    options: BatchOptions,
    done_ids: set[str],
    progress: Progress,
) -> None:
    """Process the items the journal does not hold yet, ``jobs`` processes, in order.

    Outcomes are written as a part every ``checkpoint`` items (or 30 s), so
    the parts always hold a prefix of the input: a re-run starts after it.
    """
    last = journal.last_position()
    items = pending_items(sources, last, done_ids, progress)
    number = len(journal.part_names())
    buffer: list[Outcome] = []
    flushed = time.monotonic()
    try:
        for outcome in map_ordered(items, jobs, options.all_pages):
            buffer.append(outcome)
            progress.update(1, errors=outcome.kind == "E")
            if len(buffer) >= options.checkpoint or time.monotonic() - flushed > 30:
                journal.write_part(f"local-{number:06d}", buffer)
                number, buffer, flushed = number + 1, [], time.monotonic()
    finally:
        if buffer:  # interrupted (Ctrl-C) or done: what was finished is kept
            journal.write_part(f"local-{number:06d}", buffer)


def pending_items(
    sources: list[Source],
    after: tuple[int, int] | None,
    done_ids: set[str],
    progress: Progress | None = None,
) -> Iterator[tuple[int, Item]]:
    """(source number, item) of every item after position ``after`` whose
    predicted id is not in ``done_ids``."""
    for number, source in enumerate(sources):
        start = 0
        if after is not None:
            if number < after[0]:
                continue
            if number == after[0]:
                start = after[1] + 1
        for item in read_source(source, start=start):
            ident = predicted_id(item) if done_ids else None
            if ident is not None and ident in done_ids:
                if progress is not None:
                    progress.skip()
                continue
            yield number, item


def stream_outcomes(inputs, jobs: int = 1, all_pages: bool = False) -> Iterator[Outcome]:
    """Outcomes for paths, folders, globs and/or in-memory records, in input order.

    Args:
        inputs: a path (str or os.PathLike), or an iterable mixing paths and
            dicts ``{"url", "html"}`` / ``{"url", "text"}``; consecutive dicts
            form one source.
        jobs: worker processes (1: this process).
        all_pages: keep HTML pages that do not look like an article.
    """
    from extract.batch.readers import dict_item, expand_inputs

    if isinstance(inputs, str | os.PathLike | dict):
        inputs = [inputs]

    def items() -> Iterator[tuple[int, Item]]:
        number, index = 0, -1  # index >= 0 while inside a run of dicts
        for entry in inputs:
            if isinstance(entry, dict):
                index += 1
                yield number, dict_item(entry, index)
                continue
            if index >= 0:
                number, index = number + 1, -1
            for source in expand_inputs([os.fspath(entry)]):
                yield from ((number, item) for item in read_source(source))
                number += 1

    return map_ordered(items(), jobs, all_pages)


def map_ordered(
    items: Iterable[tuple[int, Item]], jobs: int, all_pages: bool = False
) -> Iterator[Outcome]:
    """`extract_item` over ``items`` in ``jobs`` processes, results in input order.

    At most a few tasks per process are in flight, so memory does not grow
    with the input. A worker that dies (out of memory, a crash in native code)
    fails only the items of its task, which are retried one by one to find the
    culprit; the batch goes on.
    """
    if jobs <= 1:
        warm_up()
        for number, item in items:
            yield extract_item(number, item, all_pages)
        return
    pool = _Pool(jobs, all_pages)
    pending: deque = deque()
    try:
        for task in _chunks(items, TASK_SIZE):
            pending.append((task, pool.submit(task)))
            while len(pending) >= jobs * 3:
                yield from pool.result(*pending.popleft())
        while pending:
            yield from pool.result(*pending.popleft())
    finally:
        pool.shutdown()


def _extract_task(task: list[tuple[int, Item]], all_pages: bool) -> list[Outcome]:
    return [extract_item(number, item, all_pages) for number, item in task]


class _Pool:
    """A process pool that is replaced when one of its workers dies."""

    def __init__(self, jobs: int, all_pages: bool = False):
        self.jobs = jobs
        self.all_pages = all_pages
        self.executor = self._new()

    def _new(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(
            self.jobs, mp_context=multiprocessing.get_context(method), initializer=_worker_start
        )

    def submit(self, task):
        return (self.executor, self.executor.submit(_extract_task, task, self.all_pages))

    def result(self, task, submitted) -> list[Outcome]:
        from concurrent.futures.process import BrokenProcessPool

        executor, future = submitted
        if executor is not self.executor:  # submitted to a pool that has since died
            executor, future = self.submit(task)
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart()
            return [self._alone(number, item) for number, item in task]

    def _alone(self, number: int, item: Item) -> Outcome:
        from concurrent.futures.process import BrokenProcessPool

        try:
            alone = [(number, item)]
            return self.executor.submit(_extract_task, alone, self.all_pages).result()[0]
        except BrokenProcessPool:
            self._restart()
            return error_outcome(number, item, "worker process died on this item")

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


# Native thread pools (OpenMP in spaCy's numeric libraries) would give every
# worker as many threads as there are cores: N workers then fight over the CPUs
# and two processes run no faster than one. One thread each, as Dask does.
THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "BLIS_NUM_THREADS",
)


def _worker_start() -> None:
    """Set up a pool worker: one native thread, Ctrl-C ignored (the main
    process stops the pool and keeps what is finished), the pipeline loaded."""
    import signal

    for name in THREAD_VARIABLES:  # read when spaCy's libraries load, just below
        os.environ.setdefault(name, "1")
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    warm_up()


def _exit_with_parent(interval: float = 1.0) -> None:
    """Stop this worker when the main process is gone (killed with SIGKILL or by
    the OOM killer, it cannot stop its pool; the workers would wait forever)."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="vnextract-parent-watch").start()


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- Dask engine ----------------------------------------------------------------------------


def plan_partitions(
    sources: list[Source], size: int, split_bytes: int
) -> list[list[tuple[int, int, int | None]]]:
    """Split the batch into partitions of ``(source, start, stop)`` item ranges.

    Saved pages (one item per file) are grouped ``size`` files a partition; a
    WARC or JSON Lines file is one partition, or, when larger than
    ``split_bytes``, is counted and cut into ranges of ``size`` items.
    """
    partitions: list[list[tuple[int, int, int | None]]] = []
    group: list[tuple[int, int, int | None]] = []
    for number, source in enumerate(sources):
        if source.format in FOLDER_FORMATS:
            group.append((number, 0, None))
            if len(group) >= size:
                partitions.append(group)
                group = []
            continue
        if group:
            partitions.append(group)
            group = []
        if os.path.getsize(source.path) <= split_bytes:
            partitions.append([(number, 0, None)])
            continue
        total = count_items(source)
        for start in range(0, max(total, 1), size):
            stop = start + size if start + size < total else None  # the last takes the rest
            partitions.append([(number, start, stop)])
    if group:
        partitions.append(group)
    return partitions


def run_partition(
    number: int,
    ranges: list[tuple[int, int, int | None]],
    sources: list[Source],
    journal_dir: str,
    done_ids: frozenset[str] | None = None,
    all_pages: bool = False,
) -> tuple[int, int]:
    """Process one partition (on a Dask worker) into part ``dask-NNNNNN`` of the journal.

    Returns:
        (items processed, errors among them).
    """
    from extract.batch.journal import write_part_file

    counts = [0, 0]

    def outcomes() -> Iterator[Outcome]:
        for source, start, stop in ranges:
            for item in read_source(sources[source], start, stop):
                ident = predicted_id(item) if done_ids else None
                if ident is not None and ident in done_ids:
                    continue
                outcome = extract_item(source, item, all_pages)
                counts[0] += 1
                counts[1] += outcome.kind == "E"
                yield outcome

    write_part_file(journal_dir, f"dask-{number:06d}", outcomes())
    return counts[0], counts[1]


def run_dask(
    sources: list[Source],
    journal: Journal,
    jobs: int,
    options: BatchOptions,
    done_ids: set[str],
    progress: Progress,
) -> None:
    """Run the unfinished partitions on a Dask cluster, one part file each.

    With no scheduler address, a `LocalCluster` of ``jobs`` single-threaded
    worker processes on 127.0.0.1 is started and stopped. Workers must see
    the inputs and the journal folder at the same paths (one machine, or a
    shared file system).
    """
    from dask.distributed import Client, LocalCluster, as_completed

    partitions = plan_partitions(sources, options.partition_size, options.split_bytes)
    todo = [(n, r) for n, r in enumerate(partitions) if not journal.has_part(f"dask-{n:06d}")]
    if not todo:
        return
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=jobs,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    try:
        ids = frozenset(done_ids) if done_ids else None
        shared = client.scatter([sources, ids], broadcast=True)
        futures = [
            client.submit(
                run_partition,
                n,
                ranges,
                shared[0],
                str(journal.dir),
                shared[1],
                options.all_pages,
                pure=False,
            )
            for n, ranges in todo
        ]
        for future in as_completed(futures):
            items, errors = future.result()
            progress.update(items, errors=errors)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
