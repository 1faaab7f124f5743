"""The work in progress of one batch, kept beside OUT so a re-run can resume.

A batch writing ``OUT`` keeps a hidden folder ``.OUT.partial/`` holding
``manifest.json`` (the inputs it was started on) and part files. Each part is
written to a temp file and renamed, so a part either exists whole or not at
all; a killed run loses at most the part it was filling. A part line is::

    SOURCE<TAB>INDEX<TAB>KIND<TAB>ID<TAB>NOTE<TAB>JSON

(KIND "R" record, "E" error; NOTE a warning's JSON or empty; parts written
before NOTE existed have no NOTE column and are read too), sorted by
(SOURCE, INDEX) within the part. When the batch finishes, the parts are
merged in input order into OUT and the folder is removed.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from extract.batch.readers import Source
from extract.batch.work import Outcome

MANIFEST = "manifest.json"


def partial_dir(out: str) -> Path:
    """The hidden work folder of a batch writing ``out``."""
    target = Path(out.rstrip("/") or out)
    return target.parent / f".{target.name}.partial"


def manifest_of(
    sources: list[Source], engine: str, partition_size: int, all_pages: bool = False
) -> dict:
    """What identifies a batch: its inputs (path, size), how it was split, what it keeps.

    The inputs are kept as a count and a digest, so the manifest stays small
    for a folder of a million pages.
    """
    digest = hashlib.sha1()
    for source in sources:
        try:
            size = os.path.getsize(source.path)
        except OSError:
            size = -1
        line = json.dumps([source.path, source.format, source.url, size], ensure_ascii=False)
        digest.update(line.encode("utf-8") + b"\n")
    return {
        "version": 1,
        "engine": engine,
        "partition_size": partition_size,
        "all_pages": all_pages,
        "sources": len(sources),
        "sources_sha1": digest.hexdigest(),
    }


class Journal:
    """The part files of one batch: written atomically, read back in order."""

    def __init__(self, out: str, manifest: dict):
        """Open (or start) the work folder of a batch writing ``out``.

        A folder left by an interrupted run of the same inputs is resumed;
        one left by different inputs is discarded (``self.discarded`` is True).
        """
        self.dir = partial_dir(out)
        self.resumed = False
        self.discarded = False
        found = self._read_manifest()
        if found is not None and found != manifest:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.discarded = True
        elif found is not None:
            self.resumed = bool(self.part_names())
        self.dir.mkdir(parents=True, exist_ok=True)
        for stale in self.dir.glob(".tmp-*"):  # a part a killed run was filling
            stale.unlink(missing_ok=True)
        self._write_atomic(MANIFEST, json.dumps(manifest, ensure_ascii=False) + "\n")

    def _read_manifest(self) -> dict | None:
        try:
            return json.loads((self.dir / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def part_names(self) -> list[str]:
        """Names of the finished part files, in input order (by kind, then number)."""
        if not self.dir.is_dir():
            return []
        names = [p.name for p in self.dir.iterdir() if p.name.endswith(".part")]
        return sorted(names, key=_part_key)

    def has_part(self, name: str) -> bool:
        """True when part ``name`` (without ".part") was finished."""
        return (self.dir / f"{name}.part").exists()

    def write_part(self, name: str, outcomes: Iterable[Outcome]) -> int:
        """Write outcomes (already in input order) as part ``name``; returns how many."""
        return write_part_file(str(self.dir), name, outcomes)

    def last_position(self) -> tuple[int, int] | None:
        """The greatest (source, index) the parts hold (the last line of the last
        part, parts being in input order), or None when there is none."""
        names = self.part_names()
        if not names:
            return None
        last = collections.deque(self._read(names[-1]), maxlen=1)
        return (last[0].source, last[0].index) if last else None

    def merged(self) -> Iterator[Outcome]:
        """Every outcome of every part, in input order, streaming.

        Parts follow one another in input order (the local engine writes a
        growing prefix; Dask part N covers partition N), so reading them in
        turn is enough and only one file is open at a time.
        """
        last = (-1, -1)
        for name in self.part_names():
            for outcome in self._read(name):
                position = (outcome.source, outcome.index)
                if position <= last:
                    raise RuntimeError(f"{self.dir / name}: parts out of order; delete the folder")
                last = position
                yield outcome

    def _read(self, name: str) -> Iterator[Outcome]:
        # Bytes: the records' JSON is most of a part, and decoding it only to
        # encode it again into OUT took half of the merge.
        with open(self.dir / name, "rb") as stream:
            for line in stream:
                fields = line.rstrip(b"\n").split(b"\t", 5)
                if len(fields) == 5:  # a part from before the NOTE column
                    fields.insert(4, b"")
                source, index, kind, ident, note, payload = fields
                yield Outcome(
                    int(source), int(index), kind.decode(), ident.decode(), payload, note.decode()
                )

    def _write_atomic(self, name: str, text: str) -> None:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.dir)
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(tmp, self.dir / name)

    def remove(self) -> None:
        """Delete the work folder (after OUT was written)."""
        shutil.rmtree(self.dir, ignore_errors=True)


def _part_key(name: str) -> tuple[str, int]:
    """("local", 12) for "local-000012.part": numbers compare as numbers."""
    kind, _, number = name.removesuffix(".part").rpartition("-")
    return (kind, int(number) if number.isdigit() else -1)


def write_part_file(folder: str, name: str, outcomes: Iterable[Outcome]) -> int:
    """Stream ``outcomes`` into ``folder/name.part`` via a temp file and a rename.

    Returns:
        How many outcomes were written.
    """
    count = 0
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            for outcome in outcomes:
                stream.write(format_line(outcome))
                count += 1
        os.replace(tmp, os.path.join(folder, f"{name}.part"))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return count


def format_line(outcome: Outcome) -> bytes:
    """One part-file line; JSON never holds a raw tab or newline."""
    head = f"{outcome.source}\t{outcome.index}\t{outcome.kind}\t{outcome.id}\t{outcome.note}\t"
    return head.encode() + outcome.payload + b"\n"
