"""The crawl's state in one SQLite file: the frontier, every URL's status, content hashes.

A URL's life: ``queued`` -> ``fetching`` (committed before the request goes
out) -> ``done`` | ``duplicate`` | ``skipped`` | ``error`` | ``redirected``.
A crawl killed at any moment leaves at most the URLs in flight as
``fetching``; `Frontier.in_flight` lists them so the crawler can recover them
from the WARC (when the response got there) instead of fetching them again.
The database runs in WAL mode with ``synchronous=NORMAL``: a killed process
loses nothing that was committed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY,          -- canonical URL
    host TEXT NOT NULL,            -- host[:port], the unit of politeness
    kind TEXT NOT NULL,            -- page | sitemap
    seq INTEGER NOT NULL,          -- discovery order (the queue is FIFO per host)
    depth INTEGER NOT NULL DEFAULT 0,
    -- queued | fetching | done | duplicate | skipped | error | redirected
    status TEXT NOT NULL,
    -- why skipped or failed, or what it was: article, listing, sitemap, not-modified
    reason TEXT,
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,             -- sha1 of the body
    duplicate_of TEXT,
    record_id TEXT,                -- the record written for this page, if any
    published TEXT,
    fetched_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (status, host, seq);
CREATE TABLE IF NOT EXISTS hashes (hash TEXT PRIMARY KEY, url TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

FINAL = ("done", "duplicate", "skipped", "error", "redirected")


@dataclass
class Entry:
    """One URL of the frontier."""

    url: str
    host: str
    kind: str
    depth: int
    etag: str | None = None
    last_modified: str | None = None
    attempts: int = 0


def host_of(url: str) -> str:
    """The politeness key of a URL: host, with the port when it is not the default."""
    return urlsplit(url).netloc.lower()


class Frontier:
    """The SQLite state of one crawl directory. Not thread-safe: one owner thread."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM urls").fetchone()
        self._seq = row[0]

    def close(self) -> None:
        self.db.close()

    # -- transactions --------------------------------------------------------------

    def __enter__(self) -> Frontier:
        self.db.execute("BEGIN IMMEDIATE")
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    # -- meta ------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- adding and taking -----------------------------------------------------------

    def add(self, urls: Iterable[str], kind: str = "page", depth: int = 0) -> int:
        """Queue URLs not seen before (canonical already). Returns how many were new."""
        added = 0
        for url in urls:
            self._seq += 1
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO urls (url, host, kind, seq, depth, status) "
                "VALUES (?, ?, ?, ?, ?, 'queued')",
                (url, host_of(url), kind, self._seq, depth),
            )
            added += cursor.rowcount
        return added

    def known(self, url: str) -> bool:
        return self.db.execute("SELECT 1 FROM urls WHERE url = ?", (url,)).fetchone() is not None

    def status(self, url: str) -> str | None:
        row = self.db.execute("SELECT status FROM urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def queued_hosts(self) -> list[str]:
        """Hosts with queued URLs."""
        return [
            r[0] for r in self.db.execute("SELECT DISTINCT host FROM urls WHERE status = 'queued'")
        ]

    def next_for(self, host: str, kinds: tuple[str, ...] = ("sitemap", "page")) -> Entry | None:
        """The oldest queued URL of ``host`` (sitemaps first), or None."""
        marks = ",".join("?" * len(kinds))
        row = self.db.execute(
            "SELECT url, host, kind, depth, etag, last_modified, attempts FROM urls "
            f"WHERE status = 'queued' AND host = ? AND kind IN ({marks}) "
            "ORDER BY kind = 'page', seq LIMIT 1",
            (host, *kinds),
        ).fetchone()
        return Entry(*row) if row else None

    def start(self, url: str) -> None:
        """Mark a URL as being fetched (committed before the request is sent)."""
        self.db.execute(
            "UPDATE urls SET status = 'fetching', attempts = attempts + 1 WHERE url = ?", (url,)
        )

    def in_flight(self) -> list[Entry]:
        """URLs a killed run left in the middle of a fetch."""
        rows = self.db.execute(
            "SELECT url, host, kind, depth, etag, last_modified, attempts FROM urls "
            "WHERE status = 'fetching' ORDER BY seq"
        )
        return [Entry(*row) for row in rows]

    def requeue(self, url: str) -> None:
        self.db.execute("UPDATE urls SET status = 'queued' WHERE url = ?", (url,))

    def finish(self, url: str, status: str, reason: str | None = None, **fields) -> None:
        """Record the outcome of a URL (status in FINAL) and any of its columns."""
        columns = {"status": status, "reason": reason, **fields}
        if status != "queued":
            columns.setdefault("fetched_at", time.time())
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self.db.execute(f"UPDATE urls SET {assignments} WHERE url = ?", (*columns.values(), url))

    def claim_hash(self, digest: str, url: str) -> str | None:
        """Register a body's hash for ``url``; returns the URL that had it first, if another."""
        row = self.db.execute("SELECT url FROM hashes WHERE hash = ?", (digest,)).fetchone()
        if row and row[0] != url:
            return row[0]
        self.db.execute("INSERT OR IGNORE INTO hashes (hash, url) VALUES (?, ?)", (digest, url))
        return None

    def requeue_finished(self) -> int:
        """Queue every fetched URL again (a re-crawl: validators are kept for conditional GET)."""
        cursor = self.db.execute(
            "UPDATE urls SET status = 'queued' WHERE status IN ('done', 'duplicate') "
            "OR (status = 'error' AND reason NOT LIKE 'http-4%')"
        )
        return cursor.rowcount

    # -- counts ----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """URLs per status."""
        return dict(self.db.execute("SELECT status, COUNT(*) FROM urls GROUP BY status").fetchall())

    def reasons(self, status: str) -> dict[str, int]:
        """Reasons and their counts among URLs of ``status``."""
        rows = self.db.execute(
            "SELECT COALESCE(reason, ''), COUNT(*) FROM urls WHERE status = ? GROUP BY reason",
            (status,),
        )
        return dict(rows.fetchall())

    def pages_fetched(self) -> int:
        """HTML pages fetched so far (what --max-pages counts), over every run."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM urls WHERE kind = 'page' AND fetched_at IS NOT NULL "
            "AND http_status IS NOT NULL"
        ).fetchone()
        return row[0]
