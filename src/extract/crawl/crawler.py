"""The crawl: discover, fetch politely, archive, extract; resumable at any moment.

One thread (the caller's) owns the frontier, the archive and the records
file; a pool of worker threads only makes HTTP requests. Each host has at
most one request in flight and waits ``delay`` seconds (or its robots.txt
``Crawl-delay``, whichever is longer) between requests; different hosts are
fetched concurrently.

The order of writes makes a kill harmless: the URL is marked ``fetching``
(committed) before the request; its response goes to the WARC (flushed);
then its record is appended to ``records.jsonl`` (flushed); then one
transaction marks it done and queues its links. A restarted crawl finds the
URLs left ``fetching``, takes their responses from the WARC when they got
there (no second fetch), re-fetches only those whose response never arrived,
and never writes a record twice.
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from extract.crawl.archive import (
    Archive,
    ArchivedResponse,
    content_hash,
    read_responses,
    warc_files,
)
from extract.crawl.client import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    HOST_REFUSED,
    Client,
    FetchError,
    Response,
)
from extract.crawl.frontier import Entry, Frontier, host_of
from extract.crawl.robots import RobotsRules
from extract.urls import canonical_url

STATE_FILE = "crawl.sqlite"
RECORDS_FILE = "records.jsonl"
# Links to these are never queued: they are not pages.
SKIP_EXTENSIONS = frozenset(
    ".jpg .jpeg .png .gif .webp .svg .bmp .ico .pdf .doc .docx .xls .xlsx .ppt .pptx .zip .rar .7z "
    ".gz .mp3 .mp4 .avi .mov .wmv .flv .css .js .json .xml .rss .txt .apk .exe".split()
)
# Fetch failures that mean "not for us" rather than "broken".
SKIP_KINDS = frozenset(
    {
        "robots",
        "private-address",
        "unsupported-scheme",
        "not-html",
        "too-large",
        "off-site",
        "bad-url",
    }
)
SCHEMES = ("http", "https")


@dataclass
class CrawlOptions:
    """How to crawl (the ``vnextract crawl`` flags)."""

    delay: float = 1.0
    max_pages: int | None = None
    since: str | None = None
    contact: str | None = None
    allow_private: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = 3
    backoff: float = 1.0
    max_wait: float = 120.0
    workers: int = 4
    recrawl: bool = False
    progress: bool | None = None  # None: when stderr is a terminal


@dataclass
class CrawlSummary:
    """What one run did (this run only) and what the crawl holds (all runs)."""

    fetched: int = 0
    recovered: int = 0
    records: int = 0
    not_modified: int = 0
    duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    queued: int = 0
    elapsed: float = 0.0
    damaged: int = 0  # pages kept though some bytes were undecodable
    replaced_bytes: int = 0  # those bytes (U+FFFD in the records; untouched in the WARC)

    @property
    def rate(self) -> float:
        return self.fetched / self.elapsed if self.elapsed else 0.0

    def lines(self) -> list[str]:
        """A human summary, one fact per line."""

        def listed(counts: dict[str, int]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"

        lines = [
            f"fetched {self.fetched} pages in {self.elapsed:.1f} s ({self.rate:.1f}/s)"
            + (f", {self.recovered} recovered from the archive" if self.recovered else ""),
            f"records written {self.records}; not modified {self.not_modified}; "
            f"duplicates {self.duplicates}",
            f"skipped {sum(self.skipped.values())} ({listed(self.skipped)})",
            f"errors {sum(self.errors.values())} ({listed(self.errors)})",
            f"still queued {self.queued}",
        ]
        if self.damaged:
            lines.append(
                f"undecodable bytes on {self.damaged} pages ({self.replaced_bytes} bytes"
                " replaced by U+FFFD; the WARC keeps the bytes as received)"
            )
        return lines


@dataclass
class HostState:
    robots: RobotsRules | None = None
    blocked: str | None = None  # a reason every URL of the host is skipped for
    busy: bool = False
    next_time: float = 0.0


class RecordsFile:
    """``records.jsonl``, appended one flushed line at a time, never a record twice."""

    def __init__(self, path: Path):
        self.path = path
        self.ids: set[str] = set()
        if path.exists():
            self._repair()
        self._file = open(path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115

    def _repair(self) -> None:
        """Drop a last line cut short by a kill, and learn the ids already written."""
        data = self.path.read_bytes()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            with open(self.path, "r+b") as stream:
                stream.truncate(end)
        for line in data[:end].splitlines():
            try:
                self.ids.add(json.loads(line)["id"])
            except (ValueError, KeyError, TypeError):
                continue

    def write(self, record) -> bool:
        """Append ``record`` unless its id is already there. Returns whether it was written."""
        if record.id in self.ids:
            return False
        self._file.write(record.to_json() + "\n")
        self._file.flush()
        self.ids.add(record.id)
        return True

    def close(self) -> None:
        self._file.close()


class Crawler:
    """One crawl directory: state, archive, records. Run it with `run`."""

    def __init__(
        self,
        start_urls: list[str],
        out_dir: str | Path,
        options: CrawlOptions | None = None,
        nlp=None,
    ):
        self.options = options or CrawlOptions()
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.frontier = Frontier(self.out / STATE_FILE)
        wanted = [canonical_url(u) for u in start_urls]
        self.start_urls = [u for u in wanted if urlsplit(u).scheme in SCHEMES]
        self.unsupported = [u for u in wanted if urlsplit(u).scheme not in SCHEMES]
        known_hosts = json.loads(self.frontier.get_meta("hosts") or "[]")
        self.hosts_allowed = sorted(set(known_hosts) | {host_of(u) for u in self.start_urls})
        self.frontier.set_meta("hosts", json.dumps(self.hosts_allowed))
        self._sites = {h.removeprefix("www.") for h in self.hosts_allowed}
        run = int(self.frontier.get_meta("runs") or 0) + 1
        self.frontier.set_meta("runs", str(run))
        from extract import __version__

        self.archive = Archive(self.out, run, f"vnextract {__version__}")
        self.records = RecordsFile(self.out / RECORDS_FILE)
        self.client = Client(
            contact=self.options.contact,
            timeout=self.options.timeout,
            max_bytes=self.options.max_bytes,
            retries=self.options.retries,
            backoff=self.options.backoff,
            max_wait=self.options.max_wait,
            allow_private=self.options.allow_private,
        )
        self.nlp = nlp
        self.hosts: dict[str, HostState] = {}
        self.summary = CrawlSummary()
        self._pages_fetched = self.frontier.pages_fetched()
        self._inflight: dict[Future, tuple[str, Entry | None]] = {}
        self._last_progress = self._started = 0.0
        progress = self.options.progress
        self.show_progress = sys.stderr.isatty() if progress is None else progress

    # ---------------------------------------------------------------- the run

    def run(self) -> CrawlSummary:
        """Crawl until nothing is left (or --max-pages); returns the summary."""
        started = self._started = time.monotonic()
        self.frontier.set_meta("state", "running")
        self._recover()
        if self.options.recrawl:
            self.frontier.requeue_finished()
        self.frontier.add(self.start_urls, kind="page")
        self._refuse_unsupported()
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            self.pool = pool
            try:
                self._loop()
            finally:
                for future in list(self._inflight):
                    future.cancel()
        self.summary.elapsed = time.monotonic() - started
        self.summary.queued = self.frontier.counts().get("queued", 0)
        self.frontier.set_meta("state", "finished" if not self.summary.queued else "stopped")
        self._progress(force=True, final=True)
        self.close()
        return self.summary

    def _refuse_unsupported(self) -> None:
        """Record the start URLs whose scheme we do not fetch (file:, ftp:, mailto: ...)."""
        for url in self.unsupported:
            with self.frontier:
                self.frontier.add([url], kind="page")
                self.frontier.finish(url, "skipped", "unsupported-scheme")
            self._count("skipped", "unsupported-scheme")

    def close(self) -> None:
        self.archive.close()
        self.records.close()
        self.frontier.close()

    def _loop(self) -> None:
        while True:
            now = time.monotonic()
            waits = self._dispatch(now)
            if not self._inflight:
                if waits is None:
                    return  # nothing queued that may still be fetched
                time.sleep(min(max(waits - now, 0.001), 1.0))
                continue
            timeout = None if waits is None else max(waits - now, 0.001)
            done, _ = wait(list(self._inflight), timeout=timeout, return_when=FIRST_COMPLETED)
            fetched = []
            for future in done:
                task, entry = self._inflight.pop(future)
                if task == "robots":
                    self._handle_robots(entry.host, self.hosts[entry.host], future.result())
                    self._release(entry.host)  # after: the robots' Crawl-delay applies
                else:
                    self._release(entry.host, entry, future.result())
                    fetched.append((entry, future.result()))
            if fetched:
                # the hosts are free again: start their next requests before the slow part
                self._dispatch(time.monotonic())
            for entry, result in fetched:
                self._handle_fetch(entry, result)
            self._progress()

    def _budget_left(self) -> bool:
        if self.options.max_pages is None:
            return True
        in_flight = sum(
            1 for task, e in self._inflight.values() if task == "fetch" and e.kind == "page"
        )
        return self._pages_fetched + in_flight < self.options.max_pages

    def _dispatch(self, now: float) -> float | None:
        """Start what may start now; return when the next host becomes free
        (None when nothing queued can ever start)."""
        earliest = None
        for host in self.frontier.queued_hosts():
            state = self.hosts.setdefault(host, HostState())
            if state.busy:
                continue
            if now < state.next_time:
                earliest = state.next_time if earliest is None else min(earliest, state.next_time)
                continue
            if len(self._inflight) >= self.options.workers:
                earliest = now + 0.001 if earliest is None else earliest
                break
            if state.robots is None and state.blocked is None:
                self._submit("robots", host, None)
                continue
            kinds = ("sitemap", "page") if self._budget_left() else ("sitemap",)
            entry = self.frontier.next_for(host, kinds)
            if entry is None:
                continue
            reason = state.blocked or (None if state.robots.allowed(entry.url) else "robots")
            if reason:
                status = "skipped" if reason in SKIP_KINDS else "error"
                self.frontier.finish(entry.url, status, reason)
                self._count(status, reason)
                earliest = now if earliest is None else min(earliest, now)
                continue
            self.frontier.start(entry.url)
            self._submit("fetch", host, entry)
        return earliest

    def _submit(self, task: str, host: str, entry: Entry | None) -> None:
        self.hosts[host].busy = True
        if task == "robots":
            scheme = urlsplit(self._any_url(host)).scheme or "http"
            future = self.pool.submit(RobotsRules.fetch, self.client, f"{scheme}://{host}/")
        else:
            future = self.pool.submit(self._fetch, entry)
        self._inflight[future] = (task, entry) if entry else (task, Entry(host, host, "robots", 0))

    def _any_url(self, host: str) -> str:
        row = self.frontier.db.execute(
            "SELECT url FROM urls WHERE host = ? LIMIT 1", (host,)
        ).fetchone()
        return row[0] if row else f"http://{host}/"

    def _fetch(self, entry: Entry) -> Response | FetchError:
        """Runs in a worker thread: the HTTP request only."""
        try:
            return self.client.get(
                entry.url,
                etag=entry.etag,
                last_modified=entry.last_modified,
                html_only=entry.kind == "page",
            )
        except FetchError as error:
            return error

    # ---------------------------------------------------------------- results

    def _release(self, host: str, entry: Entry | None = None, result=None) -> None:
        """A request of ``host`` is over: the host may be asked again after its delay."""
        state = self.hosts[host]
        state.busy = False
        delay = self.options.delay
        if state.robots is not None and state.robots.crawl_delay:
            delay = max(delay, state.robots.crawl_delay)
        state.next_time = time.monotonic() + delay
        answered = isinstance(result, Response) or (
            isinstance(result, FetchError) and result.response is not None
        )
        if entry is not None and entry.kind == "page" and answered:
            self._pages_fetched += 1  # counted now: --max-pages must not overshoot

    def _handle_robots(self, host: str, state: HostState, rules: RobotsRules) -> None:
        outcome = rules.response
        exchanges = outcome.exchanges if outcome is not None else []
        for exchange in exchanges:
            self.archive.write(exchange, exchange.url)
        if isinstance(outcome, FetchError) and outcome.kind in HOST_REFUSED:
            state.blocked = outcome.kind  # "dns", "private-address": every URL of the host
            return
        state.robots = rules
        sitemaps = [canonical_url(u) for u in rules.sitemaps]
        with self.frontier:
            self.frontier.add([u for u in sitemaps if self._on_site(u)], kind="sitemap")

    def _handle_fetch(self, entry: Entry, result: Response | FetchError) -> None:
        exchanges = result.exchanges if isinstance(result, (Response, FetchError)) else []
        for exchange in exchanges:
            self.archive.write(exchange, entry.url)
        if isinstance(result, FetchError):
            self._failed(entry, result)
            return
        self.summary.fetched += 1
        if result.not_modified:
            with self.frontier:
                self.frontier.finish(entry.url, "done", "not-modified", http_status=304)
            self.summary.not_modified += 1
            return
        self._process(
            entry,
            canonical_url(result.url),
            result.status,
            result.headers,
            result.body,
            result.charset,
        )

    def _failed(self, entry: Entry, error: FetchError) -> None:
        status = "skipped" if error.kind in SKIP_KINDS else "error"
        http_status = error.response.status if error.response is not None else None
        with self.frontier:
            self.frontier.finish(entry.url, status, error.kind, http_status=http_status)
        self._count(status, error.kind)

    def _process(
        self, entry: Entry, url: str, status: int, headers: dict, body: bytes, charset
    ) -> None:
        """Archive-independent handling of a fetched body: dedupe, sitemap or page."""
        digest = content_hash(body)
        columns = {
            "http_status": status,
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
            "content_hash": digest,
        }
        if (
            url != entry.url
            and self.frontier.known(url)
            and self.frontier.status(url) in ("done", "duplicate")
        ):
            with self.frontier:
                self.frontier.finish(
                    entry.url, "redirected", "redirect", duplicate_of=url, **columns
                )
            return
        first = self.frontier.claim_hash(digest, entry.url)
        if first is not None:
            with self.frontier:
                self.frontier.finish(
                    entry.url, "duplicate", "same-content", duplicate_of=first, **columns
                )
            self.summary.duplicates += 1
            return
        if entry.kind == "sitemap":
            links, kind = self._sitemap_links(body)
            with self.frontier:
                self.frontier.add(links, kind=kind, depth=entry.depth + 1)
                self.frontier.finish(entry.url, "done", "sitemap", **columns)
            return
        self._process_page(entry, url, body, charset, columns)

    def _process_page(self, entry: Entry, url: str, body: bytes, charset, columns: dict) -> None:
        from extract.api import from_page
        from extract.normalize import DecodeError
        from extract.page.html import is_article, page_and_links

        try:
            page, links = page_and_links(body, url, charset)
        except DecodeError as error:
            with self.frontier:
                self.frontier.finish(entry.url, "error", "decode", **columns)
            self._count("error", f"decode: {error.reason}")
            return
        if page.replaced_bytes:
            self.summary.damaged += 1
            self.summary.replaced_bytes += page.replaced_bytes
        reason, record_id = "listing", None
        if is_article(page):
            reason = "article"
            if self.options.since and (page.published or "")[:10] < self.options.since:
                reason = "older-than-since"
            else:
                record = from_page(page, self.nlp)
                record_id = record.id
                if self.records.write(record):
                    self.summary.records += 1
        queue = self._filter_links(links)
        with self.frontier:
            self.frontier.add(queue, kind="page", depth=entry.depth + 1)
            if url != entry.url:
                self.frontier.add([url])
                self.frontier.finish(url, "redirected", "redirect-target", duplicate_of=entry.url)
            self.frontier.finish(
                entry.url, "done", reason, record_id=record_id, published=page.published, **columns
            )

    def _filter_links(self, links: list[str]) -> list[str]:
        out, seen = [], set()
        for link in links:
            parts = urlsplit(link)
            if parts.scheme not in ("http", "https"):
                continue
            url = canonical_url(link)
            if url in seen or not self._on_site(url):
                continue
            if os.path.splitext(urlsplit(url).path)[1].lower() in SKIP_EXTENSIONS:
                continue
            seen.add(url)
            out.append(url)
        return out

    def _on_site(self, url: str) -> bool:
        """Is ``url`` on one of the start URLs' sites ("www." or not)?"""
        return host_of(url).removeprefix("www.") in self._sites

    def _sitemap_links(self, body: bytes) -> tuple[list[str], str]:
        """The <loc>s of a sitemap (pages) or a sitemap index (sitemaps), filtered."""
        import gzip

        from lxml import etree

        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except (OSError, EOFError):
                return [], "page"
        try:
            root = etree.fromstring(
                body, parser=etree.XMLParser(recover=True, resolve_entities=False)
            )
        except etree.XMLSyntaxError:
            return [], "page"
        if root is None:
            return [], "page"
        kind = "sitemap" if etree.QName(root).localname == "sitemapindex" else "page"
        links = []
        for item in root:
            if not isinstance(item.tag, str):
                continue
            loc = lastmod = None
            for child in item:
                if not isinstance(child.tag, str):
                    continue
                name = etree.QName(child).localname
                if name == "loc":
                    loc = (child.text or "").strip()
                elif name == "lastmod":
                    lastmod = (child.text or "").strip()
            if not loc:
                continue
            if (
                kind == "page"
                and self.options.since
                and lastmod
                and lastmod[:10] < self.options.since
            ):
                continue
            links.append(loc)
        filtered = (
            self._filter_links(links)
            if kind == "page"
            else [canonical_url(u) for u in links if self._on_site(canonical_url(u))]
        )
        return filtered, kind

    # ---------------------------------------------------------------- resume

    def _recover(self) -> None:
        """Finish the URLs a killed run left in flight: from the WARC when their
        response got there, else back to the queue."""
        pending = {e.url: e for e in self.frontier.in_flight()}
        if not pending:
            return
        found: dict[str, ArchivedResponse] = {}
        for response in read_responses(warc_files(self.out)):
            if response.frontier_url in pending and response.status not in (
                301,
                302,
                303,
                307,
                308,
            ):
                found[response.frontier_url] = response
        for url, entry in pending.items():
            archived = found.get(url)
            if archived is None:
                self.frontier.requeue(url)
                continue
            self.summary.recovered += 1
            if entry.kind == "page":
                self._pages_fetched += 1
            if archived.status == 304:
                with self.frontier:
                    self.frontier.finish(url, "done", "not-modified", http_status=304)
                continue
            if archived.status >= 400 or (
                entry.kind == "page"
                and archived.content_type not in ("", "text/html", "application/xhtml+xml")
            ):
                self.frontier.requeue(url)  # a failure on the way: let the retry logic see it
                continue
            self._process(
                entry,
                canonical_url(archived.url),
                archived.status,
                archived.headers,
                archived.body,
                archived.charset,
            )

    # ---------------------------------------------------------------- reporting

    def _count(self, status: str, reason: str) -> None:
        bucket = self.summary.skipped if status == "skipped" else self.summary.errors
        bucket[reason] = bucket.get(reason, 0) + 1

    def _progress(self, force: bool = False, final: bool = False) -> None:
        if not self.show_progress:
            return
        now = time.monotonic()
        if not force and now - self._last_progress < 0.5:
            return
        self._last_progress = now
        counts = self.frontier.counts()
        s = self.summary
        rate = s.fetched / max(now - self._started, 1e-9)
        line = (
            f"\rfetched {s.fetched}  queued {counts.get('queued', 0)}  "
            f"skipped {sum(s.skipped.values())}  errors {sum(s.errors.values())}  "
            f"records {s.records}  {rate:.1f} pages/s "
        )
        print(line, end="\n" if final else "", file=sys.stderr, flush=True)


def crawl(
    start_urls: list[str], out_dir: str | Path, options: CrawlOptions | None = None, nlp=None
) -> CrawlSummary:
    """Crawl ``start_urls`` into ``out_dir`` (state, WARC, records.jsonl); resumable.

    Args:
        start_urls: where to start; only their hosts are crawled.
        out_dir: the crawl directory (created; reused to resume).
        options: politeness and limits (see `CrawlOptions`).
        nlp: an optional custom pipeline for the records.

    Returns:
        What this run did (`CrawlSummary`).
    """
    return Crawler(start_urls, out_dir, options, nlp).run()


def records_from_warc(paths: list[Path], nlp=None):
    """Re-extract records from WARC files without touching the sites.

    Args:
        paths: WARC files (a crawl's ``DIR/warc/*.warc.gz``).
        nlp: an optional custom pipeline.

    Yields:
        One `Record` per archived article page (HTML, status 200), each body
        once (the same page under two URLs gives one record).
    """
    from extract.api import from_page
    from extract.normalize import DecodeError
    from extract.page.html import is_article, page_from_html

    seen: set[str] = set()
    for response in read_responses(paths):
        if response.status != 200 or response.content_type not in (
            "text/html",
            "application/xhtml+xml",
            "",
        ):
            continue
        digest = content_hash(response.body)
        if digest in seen:
            continue
        seen.add(digest)
        try:
            page = page_from_html(response.body, canonical_url(response.url), response.charset)
        except DecodeError:
            continue
        if is_article(page):
            yield from_page(page, nlp)
