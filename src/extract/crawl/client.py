"""One polite HTTP client: User-Agent, timeouts, size cap, retries with backoff.

`Client.get` makes one logical request: it follows redirects itself (so a
loop is caught and every hop's scheme checked), connects only to public
addresses (checked at connect time, `extract.crawl.address`),
retries timeouts, broken connections, truncated bodies, 429 and 5xx with
exponential backoff (honouring ``Retry-After``), sends ``If-None-Match`` /
``If-Modified-Since`` when it has them, stops reading at the size cap and
refuses non-HTML bodies unless asked for them. Every HTTP exchange it makes
is returned in ``Response.exchanges`` so the archive can keep it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

from extract import __version__
from extract.crawl.address import (
    AddressGuard,
    BlockedAddress,
    GuardedAdapter,
    Resolver,
    UnresolvedHost,
    is_private_host,
)
from extract.urls import canonical_url

__all__ = ["Client", "FetchError", "Response", "fetch_page", "is_private_host", "user_agent"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
# Fetch errors that concern the host, not one page: every URL of it would fail the same way.
HOST_REFUSED = frozenset({"dns", "private-address", "unsupported-scheme", "bad-url"})


class FetchError(Exception):
    """A fetch that gave no usable page. ``kind`` says why, for the crawl's records:
    robots, unsupported-scheme, bad-url, dns (the host does not resolve),
    private-address, timeout, connection, truncated, http-<status>, too-large,
    not-html, redirect-loop, too-many-redirects, off-site."""

    def __init__(self, kind: str, url: str, detail: str = "", response: Response | None = None):
        self.kind, self.url, self.detail, self.response = kind, url, detail, response
        self.exchanges: list[Exchange] = []  # what was received on the way, for the archive
        super().__init__(f"{url}: {kind}" + (f" ({detail})" if detail else ""))


@dataclass
class Exchange:
    """One HTTP request and its response, as sent and received (body decoded from gzip)."""

    url: str
    request_headers: dict[str, str]
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    at: float


class ContentTypeHeader:
    """``content_type`` and ``charset`` read from a ``headers`` dict (lower-case keys)."""

    headers: dict[str, str]

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters ("text/html")."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        for part in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = part.strip().partition("=")
            if name.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


@dataclass
class Response(ContentTypeHeader):
    """The outcome of `Client.get`: the final response and every exchange on the way."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(contact: str | None = None) -> str:
    """The User-Agent we send: the tool, its version, and how to reach whoever runs it."""
    agent = f"vnextract/{__version__} (polite news crawler; +https://pypi.org/project/vnextract/"
    return agent + (f"; contact: {contact})" if contact else ")")


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """A ``Retry-After`` header (seconds or an HTTP date) in seconds from now, or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (now if now is not None else time.time()))


class Client:
    """A polite HTTP client (thread-safe: one requests session per thread).

    Args:
        contact: e-mail or URL for the User-Agent.
        timeout: seconds to wait for a connection and for each read.
        max_bytes: bodies larger than this are refused (FetchError "too-large").
        retries: extra attempts after a timeout, a broken or truncated
            response, 429 or 5xx.
        backoff: the first retry waits this many seconds, then twice as long
            each time (capped by ``max_wait``).
        max_wait: the longest wait before a retry, ``Retry-After`` included.
        allow_private: allow loopback and private addresses (tests, intranets).
        sleep: the function used to wait (tests may record waits).
        resolver: a function with `socket.getaddrinfo`'s signature, used to
            resolve hosts when connecting (default: the system's).
    """

    def __init__(
        self,
        contact: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = 3,
        backoff: float = 1.0,
        max_wait: float = 120.0,
        allow_private: bool = False,
        sleep=time.sleep,
        resolver: Resolver | None = None,
    ):
        self.user_agent = user_agent(contact)
        self.timeout, self.max_bytes, self.retries = timeout, max_bytes, retries
        self.backoff, self.max_wait = backoff, max_wait
        self.allow_private = allow_private
        self.sleep = sleep
        self.guard = AddressGuard(allow_private, resolver)
        self._local = threading.local()

    def _session(self):
        import requests

        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            for prefix in ("http://", "https://"):
                session.mount(prefix, GuardedAdapter(self.guard))
            session.headers.update(
                {
                    "User-Agent": self.user_agent,
                    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
                    "Accept-Language": "vi,en;q=0.5",
                }
            )
            self._local.session = session
        return session

    def get(
        self,
        url: str,
        etag: str | None = None,
        last_modified: str | None = None,
        html_only: bool = True,
        same_host: bool = True,
    ) -> Response:
        """Fetch ``url`` (following redirects, retrying transient failures).

        Args:
            url: the address to fetch.
            etag, last_modified: validators from an earlier fetch; a 304
                answer comes back as a Response with status 304.
            html_only: refuse bodies that are not HTML (robots and sitemaps
                pass False).
            same_host: refuse a redirect to another host.

        Returns:
            The final `Response` (2xx or 304).

        Raises:
            FetchError: for everything else; ``error.response`` holds what was
            received, if anything.
        """
        exchanges: list[Exchange] = []
        try:
            return self._follow(url, etag, last_modified, html_only, same_host, exchanges)
        except FetchError as error:
            error.exchanges = exchanges
            raise

    def _follow(self, url, etag, last_modified, html_only, same_host, exchanges) -> Response:
        seen = {canonical_url(url)}
        current = url
        start_host = urlsplit(url).hostname
        for _ in range(MAX_REDIRECTS + 1):
            self.check_address(current)
            response = self._get_with_retries(current, etag, last_modified, html_only, exchanges)
            if response.status not in (301, 302, 303, 307, 308):
                response.exchanges = exchanges
                return response
            location = response.headers.get("location")
            if not location:
                raise FetchError(
                    f"http-{response.status}", url, "redirect without Location", response
                )
            target = canonical_url(urljoin(current, location))
            if target in seen:
                raise FetchError("redirect-loop", url, f"back to {target}", response)
            if same_host and urlsplit(target).hostname != start_host:
                raise FetchError("off-site", url, f"redirects to {target}", response)
            seen.add(target)
            current = target
        raise FetchError("too-many-redirects", url, f"more than {MAX_REDIRECTS}")

    def check_address(self, url: str) -> None:
        """Raise FetchError for a URL we never fetch: a scheme other than http(s)
        ("unsupported-scheme") or no host ("bad-url"). Addresses are checked
        when connecting (a "dns" or "private-address" FetchError)."""
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            scheme = f"{parts.scheme}:" if parts.scheme else "no scheme"
            raise FetchError(
                "unsupported-scheme", url, f"{scheme}; only http and https are fetched"
            )
        if not parts.hostname:
            raise FetchError("bad-url", url, "no host name")

    def _get_with_retries(self, url, etag, last_modified, html_only, exchanges) -> Response:
        attempt = 0
        while True:
            try:
                response = self._get_once(url, etag, last_modified, html_only, exchanges)
            except FetchError as error:
                if (
                    error.kind not in ("timeout", "connection", "truncated")
                    or attempt >= self.retries
                ):
                    raise
                self.sleep(self._wait(attempt, None))
                attempt += 1
                continue
            if response.status in RETRY_STATUSES:
                if attempt >= self.retries:
                    raise FetchError(
                        f"http-{response.status}", url, f"after {attempt + 1} attempts", response
                    )
                self.sleep(self._wait(attempt, response.headers.get("retry-after")))
                attempt += 1
                continue
            if response.status >= 400:
                raise FetchError(f"http-{response.status}", url, "", response)
            return response

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        wait = self.backoff * (2**attempt)
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            wait = max(wait, asked)
        return min(wait, self.max_wait)

    def _get_once(self, url, etag, last_modified, html_only, exchanges) -> Response:
        import requests

        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        session = self._session()
        try:
            raw = session.get(
                url, headers=headers, timeout=self.timeout, allow_redirects=False, stream=True
            )
        except UnresolvedHost as error:
            raise FetchError("dns", url, str(error)) from None
        except BlockedAddress as error:
            raise FetchError("private-address", url, f"{error} (--allow-private)") from None
        except requests.Timeout as error:
            raise FetchError("timeout", url, str(error)) from None
        except requests.RequestException as error:
            raise FetchError("connection", url, str(error)) from None
        with raw:
            sent = dict(raw.request.headers)
            header_list = (
                list(raw.raw.headers.items()) if raw.raw is not None else list(raw.headers.items())
            )
            info = {k.lower(): v for k, v in raw.headers.items()}
            response = Response(url=url, status=raw.status_code, headers=info, body=b"")
            is_html = response.content_type in HTML_TYPES or not response.content_type
            if raw.status_code == 200 and html_only and not is_html:
                exchanges.append(
                    Exchange(
                        url, sent, raw.status_code, raw.reason or "", header_list, b"", time.time()
                    )
                )
                raise FetchError("not-html", url, response.content_type, response)
            declared = info.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError("too-large", url, f"{declared} bytes", response)
            response.body = self._read_body(raw, url, response)
        exchanges.append(
            Exchange(
                url,
                sent,
                response.status,
                raw.reason or "",
                header_list,
                response.body,
                time.time(),
            )
        )
        return response

    def _read_body(self, raw, url: str, response: Response) -> bytes:
        import requests

        chunks, size = [], 0
        try:
            for chunk in raw.iter_content(chunk_size=65536):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError("too-large", url, f"over {self.max_bytes} bytes", response)
                chunks.append(chunk)
        except requests.Timeout as error:
            raise FetchError("timeout", url, str(error)) from None
        except (requests.exceptions.ChunkedEncodingError, requests.ConnectionError) as error:
            raise FetchError("truncated", url, str(error)) from None
        body = b"".join(chunks)
        expected = response.headers.get("content-length", "")
        encoded = response.headers.get("content-encoding", "identity") not in ("", "identity")
        if expected.isdigit() and not encoded and len(body) < int(expected):
            raise FetchError("truncated", url, f"{len(body)} of {expected} bytes")
        return body


def fetch_page(url: str, contact: str | None = None, client: Client | None = None) -> Response:
    """Fetch one HTML page politely: the site's robots.txt first, then the page.

    Args:
        url: the page's address.
        contact: e-mail or URL for the User-Agent.
        client: a configured `Client` (default: a new one with default limits).

    Returns:
        The page's `Response`.

    Raises:
        FetchError: robots.txt disallows the page (kind "robots"), the URL's
            scheme is not http(s) ("unsupported-scheme"), its host does not
            resolve ("dns") or is not public ("private-address"), or the
            fetch failed.
    """
    from extract.crawl.robots import RobotsRules

    client = client or Client(contact=contact)
    client.check_address(url)
    rules = RobotsRules.fetch(client, url)
    unreachable = rules.response
    if isinstance(unreachable, FetchError) and unreachable.kind in HOST_REFUSED:
        raise unreachable  # the host itself is refused: say so, not "robots"
    if not rules.allowed(url):
        raise FetchError("robots", url, "disallowed by robots.txt")
    return client.get(url)
