"""Batch inputs: WARC files, JSON Lines exports, folders of saved pages, globs.

Every input becomes a list of `Source` files (`expand_inputs`); every source
yields `Item`s, one per article-to-be, in file order (`read_source`). An item
the reader already knows cannot become a record (corrupt, empty, not HTML)
is yielded with ``kind == "error"`` and a reason, so the batch reports it and
goes on. Nothing here knows spaCy or the record: items carry raw content.

Item positions: a WARC record's byte offset, a JSON Lines line number
(1-based), 0 for a file that is one page.
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# file name ending -> source format
FORMATS = {
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc": "warc",
    ".arc.gz": "warc",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}
# what a folder contributes: saved pages only (archives are named explicitly)
FOLDER_FORMATS = ("html", "text")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_GLOB_CHARS = re.compile(r"[*?\[]")
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_READ_SIZE = 1 << 20
MAX_PAGE_BYTES = 32 << 20  # an HTML "page" larger than this is not an article
CUT_OFF = "cut-off record: payload shorter than declared"


class _CorruptRecord(Exception):
    """A record whose framing is broken: reading must resume at the next boundary."""


class InputError(ValueError):
    """An input argument names nothing readable (a usage error, not a bad record)."""


@dataclass(frozen=True)
class Source:
    """One input file and how to read it."""

    path: str
    format: str  # "warc", "jsonl", "html" or "text"
    url: str | None = None  # the page URL of a one-page file, when known


@dataclass(frozen=True, slots=True)
class Item:
    """One article to extract, or a reason it cannot be.

    ``kind`` is "text" (``data`` is str), "html" (``data`` is bytes or str,
    ``charset`` what the HTTP header declared) or "error" (``reason`` says why).
    ``index`` counts the items of the source from 0; (source number, index)
    orders the whole batch.
    """

    input: str
    index: int
    position: int
    url: str | None
    kind: str
    data: bytes | str | None = None
    charset: str | None = None
    reason: str | None = None


def format_of(path: str) -> str | None:
    """The source format its name implies ("warc", "jsonl", "html", "text") or None."""
    name = path.lower()
    for ending in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(ending):
            return FORMATS[ending]
    return None


def expand_inputs(inputs: list[str], urls: dict[str, str] | None = None) -> list[Source]:
    """Turn command-line inputs into the ordered list of source files.

    Args:
        inputs: files, folders (searched recursively for .html/.htm/.txt)
            and glob patterns (``**`` allowed), in the order given.
        urls: optional file stem -> page URL map for one-page files
            (their URL is otherwise the file:// URI).

    Returns:
        Sources in a stable order (folders and globs sorted), each file once.

    Raises:
        InputError: an input matches nothing, or a file's type is unknown.
    """
    urls = urls or {}
    sources, seen = [], set()
    for spec in inputs:
        for path, fmt in _paths_of(spec):
            key = os.path.realpath(path)
            if key in seen:
                continue
            seen.add(key)
            url = None
            if fmt in FOLDER_FORMATS:
                url = urls.get(_stem(path)) or Path(path).resolve().as_uri()
            sources.append(Source(path=path, format=fmt, url=url))
    return sources


def _stem(path: str) -> str:
    name = os.path.basename(path)
    return name[: -len(".html")] if name.lower().endswith(".html") else os.path.splitext(name)[0]


def _paths_of(spec: str) -> list[tuple[str, str]]:
    """(path, format) of every file one input argument names."""
    if os.path.isdir(spec):
        found = []
        for root, dirs, names in os.walk(spec):
            dirs.sort()
            for name in sorted(names):
                fmt = format_of(name)
                if fmt in FOLDER_FORMATS:
                    found.append((os.path.join(root, name), fmt))
        if not found:
            raise InputError(f"{spec}: folder holds no .html, .htm or .txt file")
        return found
    if os.path.exists(spec):
        fmt = format_of(spec)
        if fmt is None:
            raise InputError(
                f"{spec}: unknown input type (expected .warc[.gz], .jsonl[.gz], .html, .txt)"
            )
        return [(spec, fmt)]
    if _GLOB_CHARS.search(spec):
        matches = []
        for path in sorted(glob.glob(spec, recursive=True)):
            if os.path.isdir(path):
                continue
            fmt = format_of(path)
            if fmt is not None:
                matches.append((path, fmt))
        if not matches:
            raise InputError(f"{spec}: the pattern matches no readable file")
        return matches
    raise InputError(f"{spec}: no such file or folder")


def read_source(source: Source, start: int = 0, stop: int | None = None) -> Iterator[Item]:
    """Yield the items of one source, in file order, streaming.

    Args:
        source: the file to read.
        start: index of the first item to yield (earlier ones are skipped).
        stop: index after the last item to yield (None: to the end).

    Returns:
        An iterator of `Item`; read errors become error items, never exceptions.
    """
    readers = {"warc": read_warc, "jsonl": read_jsonl, "html": read_page, "text": read_page}
    for item in readers[source.format](source):
        if stop is not None and item.index >= stop:
            return
        if item.index >= start:
            yield item


def count_items(source: Source) -> int:
    """How many items `read_source` yields for ``source`` (reads the file once)."""
    if source.format in FOLDER_FORMATS:
        return 1
    if source.format == "jsonl":  # one item per non-blank line: no need to parse them
        try:
            return sum(1 for _, raw in _lines(source.path) if raw.strip())
        except (OSError, EOFError, ValueError):
            pass  # a broken file: count what the reader yields, tail error included
    return sum(1 for _ in read_source(source))


def dict_item(obj, index: int, input_name: str = "<records>") -> Item:
    """The item of one in-memory record: ``{"url", "html"}`` or ``{"url", "text"}``.

    Args:
        obj: the record (anything but a dict is an error item).
        index: its number among the records (also its ``position``).
        input_name: what error reports name as the input.
    """
    source = Source(input_name, "jsonl")
    if not isinstance(obj, dict):
        return _error(source, index, index, None, "unparseable: not a dict")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    for kind in ("html", "text"):
        value = obj.get(kind)
        if isinstance(value, str | bytes):
            if not value.strip():
                return _error(source, index, index, url, "empty")
            return Item(input_name, index, index, url, kind, value)
    return _error(source, index, index, url, 'unparseable: no "html" or "text"')


# --- one page per file ----------------------------------------------------------------------


def read_page(source: Source) -> Iterator[Item]:
    """The single item of a saved .html or .txt page."""
    try:
        with open(source.path, "rb") as fh:
            data = fh.read()
    except OSError as error:
        yield _error(source, 0, 0, source.url, f"unreadable: {error.strerror or error}")
        return
    if not data.strip():
        yield _error(source, 0, 0, source.url, "empty")
        return
    if source.format == "text":
        # bytes: the worker decodes (BOM, UTF-8, windows-1258), so decoding runs in parallel
        yield Item(source.path, 0, 0, source.url, "text", data)
    else:
        yield Item(source.path, 0, 0, source.url, "html", data)  # the page's <meta> says


# --- JSON Lines -----------------------------------------------------------------------------


def read_jsonl(source: Source) -> Iterator[Item]:
    """One item per non-blank line: ``{"url", "html"}`` or ``{"url", "text"}``."""
    index = 0
    try:
        for number, raw in _lines(source.path):
            if not raw.strip():
                continue
            yield _jsonl_item(source, index, number, raw)
            index += 1
    except (OSError, EOFError, ValueError) as error:  # gzip.BadGzipFile is an OSError
        yield _error(source, index, -1, None, f"unreadable end of file: {error}")


def _lines(path: str) -> Iterator[tuple[int, bytes]]:
    import gzip

    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from enumerate(fh, start=1)


def _jsonl_item(source: Source, index: int, number: int, raw: bytes) -> Item:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return _error(source, index, number, None, f"undecodable: not UTF-8 at byte {error.start}")
    try:
        obj = json.loads(line)
    except ValueError as error:
        return _error(source, index, number, None, f"unparseable JSON: {error}")
    if not isinstance(obj, dict):
        return _error(source, index, number, None, "unparseable: a line is not a JSON object")
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    for kind in ("html", "text"):
        value = obj.get(kind)
        if isinstance(value, str):
            if not value.strip():
                return _error(source, index, number, url, "empty")
            return Item(source.path, index, number, url, kind, value)
    return _error(source, index, number, url, 'unparseable: no "html" or "text" string')


# --- WARC -----------------------------------------------------------------------------------


def read_warc(source: Source) -> Iterator[Item]:
    """One item per HTTP response or resource record of a WARC (or ARC), gzipped or not.

    Requests, metadata, revisits and warcinfo records are not pages and are
    passed over. A response that is not a 2xx HTML page, an empty one, one whose
    digest does not match or whose payload is cut short is an error item. A
    corrupt record is an error item too: reading resumes at the next record
    boundary found after it; a corrupt or cut-off end is one last error item.
    """
    from warcio.archiveiterator import ArchiveIterator

    size = os.path.getsize(source.path)
    gzipped = _is_gzip(source.path)
    index = offset = 0
    with open(source.path, "rb") as fh:
        while offset < size:
            fh.seek(offset)
            iterator = ArchiveIterator(fh, check_digests=True)
            current = offset
            try:
                for record in iterator:
                    current = iterator.offset
                    item = _warc_item(source, index, current, record)
                    if item is not None:
                        index += 1
                        yield item
                    current = None  # past this record: a failure now is in the next one
                end = iterator.offset
                if not gzipped or not _truncated_gzip(iterator):
                    if _only_padding(fh, end, size):
                        return
                failed_at, reason = end, "corrupt or cut-off end of file"
            except _CorruptRecord as error:
                failed_at, reason = current, f"corrupt record: {error}"
            except Exception as error:  # warcio raises many types on bad bytes
                failed_at = current if current is not None else iterator.offset
                detail = str(error).encode("ascii", "replace").decode()[:120]
                reason = f"corrupt record: {type(error).__name__}: {detail}"
            yield _error(source, index, failed_at, None, reason)
            index += 1
            offset = _next_boundary(fh, failed_at + 1, gzipped)


def _warc_item(source: Source, index: int, offset: int, record) -> Item | None:
    """The item of one WARC record, or None for records that are not pages.

    Status and content type are checked from the headers first, so the payload
    of an image or a video is never read into memory (warcio skips it).
    """
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if record.rec_type == "response" and http is None:
        return None  # dns:, whois: and other non-HTTP responses
    if not (record.rec_headers.get_header("Content-Length") or "").strip().isdigit():
        raise _CorruptRecord("no valid Content-Length")
    if http is not None and record.rec_type == "response":
        status = http.get_statuscode() or ""
        if not status.isdigit():
            return _error(source, index, offset, url, "corrupt record: no HTTP status line")
        if not status.startswith("2"):
            return _error(source, index, offset, url, f"not a page: HTTP status {status}")
    # a response's media type is in its HTTP header; a resource's in the WARC header
    content_type = (http or record.rec_headers).get_header("Content-Type") or ""
    media = content_type.split(";")[0].strip().lower()
    if (media and media not in HTML_TYPES) or record.payload_length > MAX_PAGE_BYTES:
        size = _drain(record)  # streamed and dropped: only its length matters
        if record.payload_length >= 0 and size < record.payload_length:
            return _error(source, index, offset, url, CUT_OFF)
        if media and media not in HTML_TYPES:
            return _error(source, index, offset, url, f"not HTML: {media}")
        return _error(source, index, offset, url, f"too large: {size:,} bytes")
    raw = record.raw_stream.read()
    if record.payload_length >= 0 and len(raw) < record.payload_length:
        return _error(source, index, offset, url, CUT_OFF)
    if record.digest_checker is not None and record.digest_checker.passed is False:
        return _error(source, index, offset, url, "corrupt record: digest mismatch")
    try:
        body = _decoded_body(raw, http)
    except Exception as error:
        return _error(source, index, offset, url, f"undecodable body: {error}")
    if not body.strip():
        return _error(source, index, offset, url, "empty")
    if not media and not _looks_like_html(body):
        return _error(source, index, offset, url, "not HTML: no content type, no markup")
    charset = _charset(content_type.encode("latin-1", "replace"))  # the HTTP header's
    return Item(source.path, index, offset, url, "html", body, charset)


def _drain(record) -> int:
    """Read a record's payload to its end without keeping it; returns its length."""
    size = 0
    while chunk := record.raw_stream.read(_READ_SIZE):
        size += len(chunk)
    return size


def _decoded_body(raw: bytes, http) -> bytes:
    """Undo chunked transfer and gzip/deflate/brotli content encoding, as warcio does."""
    if http is None:
        return raw
    encoding = (http.get_header("Content-Encoding") or "").lower() or None
    chunked = (http.get_header("Transfer-Encoding") or "").lower() == "chunked"
    if not encoding and not chunked:
        return raw
    import io

    from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    stream = io.BytesIO(raw)
    if chunked:
        return ChunkedDataReader(stream, decomp_type=encoding).read()
    if encoding:
        return BufferedReader(stream, decomp_type=encoding).read()
    return raw


def _is_gzip(path: str) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _truncated_gzip(iterator) -> bool:
    """True when the last gzip member stopped before its end marker."""
    decompressor = getattr(iterator.reader, "decompressor", None)
    return decompressor is not None and not getattr(decompressor, "eof", True)


def _only_padding(fh, offset: int, size: int) -> bool:
    """True when nothing but blank bytes follows ``offset`` to the end of the file."""
    if offset >= size:
        return True
    fh.seek(offset)
    while chunk := fh.read(_READ_SIZE):
        if chunk.strip(b"\r\n\t \x00"):
            return False
    return True


def _next_boundary(fh, offset: int, gzipped: bool) -> int:
    """Offset of the next record start at or after ``offset`` (end of file if none).

    A gzip member starts with its magic bytes; an uncompressed record with a
    "WARC/" version line at the start of a line.
    """
    marker = b"\x1f\x8b\x08" if gzipped else b"\nWARC/"
    fh.seek(offset)
    base, tail = offset, b""
    while chunk := fh.read(_READ_SIZE):
        data = tail + chunk
        found = data.find(marker)
        if found >= 0:
            return base - len(tail) + found + (0 if gzipped else 1)
        tail = data[-(len(marker) - 1) :]
        base += len(chunk)
    return base


def _looks_like_html(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head


def _charset(header: bytes) -> str | None:
    match = _CHARSET.search(header)
    return match.group(1).decode("ascii").lower() if match else None


def _error(source: Source, index: int, position: int, url: str | None, reason: str) -> Item:
    return Item(source.path, index, position, url, "error", reason=reason)
