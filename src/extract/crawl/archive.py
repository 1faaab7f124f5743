"""The WARC archive: every HTTP exchange as a request record and a response record.

Files are ``DIR/warc/crawl-<run>.warc.gz``, gzip per record, one file per run,
so a run killed half-way through a record never corrupts what a later run
appends. `read_responses` reads them back (a truncated last record is
ignored) for re-extraction without touching the site.
"""

from __future__ import annotations

import hashlib
import io
import os
import random
import uuid
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extract.crawl.client import ContentTypeHeader, Exchange

# Our extension field: the frontier URL a response answers (after redirects
# the record's target URI is the final URL).
FRONTIER_FIELD = "WARC-X-Vnextract-Frontier-URL"
# Record ids need to be unique, not secret: one seed from the OS, then a fast
# generator (uuid4() reads os.urandom for every record, which is slow on some VMs).
_IDS = random.Random(os.urandom(16))
_HOP_HEADERS = {
    "content-encoding",
    "transfer-encoding",
    "content-length",
    "connection",
    "keep-alive",
}


@dataclass
class ArchivedResponse(ContentTypeHeader):
    """One response record read back from a WARC file."""

    url: str
    frontier_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    file: str
    offset: int


class Archive:
    """Appends exchanges to this run's WARC file."""

    def __init__(self, directory: Path, run: int, software: str):
        from warcio.warcwriter import WARCWriter

        self.directory = Path(directory) / "warc"
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / f"crawl-{run:04d}.warc.gz"
        self._file = open(self.path, "ab")  # noqa: SIM115 - closed in close()
        self._writer = WARCWriter(self._file, gzip=True)
        if self._file.tell() == 0:
            info = self._writer.create_warcinfo_record(
                self.path.name, {"software": software, "format": "WARC File Format 1.1"}
            )
            self._writer.write_record(info)
            self._file.flush()

    def close(self) -> None:
        self._file.close()

    def write(self, exchange: Exchange, frontier_url: str) -> tuple[str, int]:
        """Append one exchange (request record, then response record) and flush.

        Returns:
            (file name, byte offset) of the response record.
        """
        from warcio.statusandheaders import StatusAndHeaders

        request_head = StatusAndHeaders(
            f"GET {_path(exchange.url)} HTTP/1.1",
            [("Host", _netloc(exchange.url)), *exchange.request_headers.items()],
            is_http_request=True,
        )
        request = self._writer.create_warc_record(
            exchange.url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=request_head,
            warc_headers_dict={"WARC-Record-ID": _record_id()},
        )
        # The body is stored decoded, so hop-by-hop and encoding headers would lie.
        headers = [(k, v) for k, v in exchange.headers if k.lower() not in _HOP_HEADERS]
        headers.append(("Content-Length", str(len(exchange.body))))
        response_head = StatusAndHeaders(
            f"{exchange.status} {exchange.reason}".strip(), headers, protocol="HTTP/1.1"
        )
        response = self._writer.create_warc_record(
            exchange.url,
            "response",
            payload=io.BytesIO(exchange.body),
            http_headers=response_head,
            warc_headers_dict={"WARC-Record-ID": _record_id(), FRONTIER_FIELD: frontier_url},
        )
        request.rec_headers.add_header(
            "WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID")
        )
        self._writer.write_record(request)
        offset = self._file.tell()
        self._writer.write_record(response)
        self._file.flush()
        return self.path.name, offset


def _record_id() -> str:
    return f"<urn:uuid:{uuid.UUID(int=_IDS.getrandbits(128), version=4)}>"


def warc_files(directory: Path) -> list[Path]:
    """The crawl's WARC files, oldest first."""
    return sorted((Path(directory) / "warc").glob("*.warc.gz"))


def read_responses(paths: list[Path] | Path) -> Iterator[ArchivedResponse]:
    """Every complete response record of the given WARC files, in order.

    A record cut short (the process was killed while writing it) ends the
    file's iteration silently: it was never acknowledged in the frontier.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    for path in [paths] if isinstance(paths, Path) else paths:
        with open(path, "rb") as stream:
            iterator = ArchiveIterator(stream)
            try:
                for record in iterator:
                    if record.rec_type != "response":
                        continue
                    body = record.content_stream().read()
                    offset = iterator.get_record_offset()  # after reading: it finishes the record
                    declared = record.http_headers.get_header("Content-Length")
                    if declared and declared.isdigit() and len(body) != int(declared):
                        break  # the last record was cut short
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    yield ArchivedResponse(
                        url=url,
                        frontier_url=record.rec_headers.get_header(FRONTIER_FIELD) or url,
                        status=int(record.http_headers.get_statuscode() or 0),
                        headers={k.lower(): v for k, v in record.http_headers.headers},
                        body=body,
                        file=path.name,
                        offset=offset,
                    )
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error):
                continue  # a damaged tail: the records before it were yielded


def content_hash(body: bytes) -> str:
    """The hash that recognises the same page under different URLs."""
    return hashlib.sha1(body).hexdigest()


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _netloc(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc
