"""Serve the fixture sites over real HTTP on 127.0.0.1, with fault injection.

    python corpora/sites/serve.py            # all three sites, ports printed
    python corpora/sites/serve.py portal --port 8001

From Python (tests, benches):

    server = SiteServer(SITES / "portal").start()
    server.fail("/a.aspx", Fault(status=500))          # first request: 500
    server.always("/loop", Fault(redirect="/loop2"))   # every request
    ... server.base_url ...; server.requests("/a.aspx") ; server.stop()

A URL path maps to ``www/<path>`` (``dir/`` -> ``dir/index.html``, a query
``?q`` -> ``<file>@q``); ``serve.toml`` adds per-path response headers and
aliases (a second URL serving the same file). ``{{BASE}}`` in robots.txt and
sitemaps becomes the server's base URL. Responses carry an ETag and a
Last-Modified date and answer conditional requests with 304.
"""

from __future__ import annotations

import argparse
import hashlib
import threading
import time
import tomllib
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

SITES = Path(__file__).resolve().parent
LAST_MODIFIED = "Mon, 01 Jan 2024 00:00:00 GMT"


@dataclass
class Fault:
    """What to do instead of (or before) serving a path normally.

    status: answer with this status (and ``retry_after`` seconds if set);
    hang: sleep this many seconds, then serve normally;
    redirect: answer 302 to this location;
    truncate: promise the whole body, send half, close the connection;
    size: serve an HTML page of this many bytes;
    content_type: serve the file (or ``body``) with this Content-Type;
    body: serve these bytes.
    """

    status: int | None = None
    retry_after: float | None = None
    hang: float = 0.0
    redirect: str | None = None
    truncate: bool = False
    size: int | None = None
    content_type: str | None = None
    body: bytes | None = None


@dataclass
class Request:
    """One request the server saw."""

    path: str
    status: int | None  # None while the answer is being prepared (a hang)
    headers: dict[str, str]
    at: float  # time.monotonic() when the request arrived


class SiteServer:
    """One fixture site on its own 127.0.0.1 port, in a background thread."""

    def __init__(self, root: Path, port: int = 0):
        self.root = Path(root)
        config = self.root / "serve.toml"
        conf = tomllib.loads(config.read_text("utf-8")) if config.exists() else {}
        self.headers: dict[str, dict[str, str]] = conf.get("headers", {})
        self.aliases: dict[str, str] = conf.get("aliases", {})
        self.log: list[Request] = []
        self.active = 0  # requests being answered right now
        self.max_active = 0  # the most answered at once (politeness: should stay 1)
        self._once: dict[str, list[Fault]] = {}
        self._always: dict[str, Fault] = {}
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        self.httpd.daemon_threads = True
        # a client killed mid-response (the resume tests do it) is not worth a traceback
        self.httpd.handle_error = lambda request, address: None
        self.port = self.httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    def start(self) -> SiteServer:
        """Serve in a daemon thread; returns self."""
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail(self, path: str, *faults: Fault) -> None:
        """Queue faults for ``path``: the next requests get them, one each, in order."""
        with self._lock:
            self._once.setdefault(path, []).extend(faults)

    def always(self, path: str, fault: Fault) -> None:
        """Give ``path`` this fault on every request."""
        with self._lock:
            self._always[path] = fault

    def requests(self, path: str | None = None) -> list[Request]:
        """The requests seen (for ``path`` only, if given)."""
        with self._lock:
            return [r for r in self.log if path is None or r.path == path]

    def next_fault(self, path: str) -> Fault | None:
        with self._lock:
            queue = self._once.get(path)
            if queue:
                return queue.pop(0)
            return self._always.get(path)

    def record(self, path: str, headers: dict[str, str], at: float) -> Request:
        """Log a request as it arrives; its status is filled in when answered."""
        request = Request(path, None, headers, at)
        with self._lock:
            self.log.append(request)
        return request

    def resolve(self, target: str) -> Path | None:
        """The file for a request target (path and query), or None."""
        parts = urlsplit(target)
        path = self.aliases.get(parts.path, unquote(parts.path))
        file = self.root / "www" / path.lstrip("/")
        if path.endswith("/") or file.is_dir():
            file = file / "index.html"
        if parts.query:
            file = file.with_name(f"{file.name}@{parts.query}")
        try:
            file.resolve().relative_to((self.root / "www").resolve())
        except ValueError:
            return None
        return file if file.is_file() else None


def _content_type(file: Path) -> str:
    suffix = file.suffix.lower()
    if suffix == ".xml":
        return "application/xml"
    if suffix == ".txt":
        return "text/plain; charset=utf-8"
    if suffix in (".jpg", ".jpeg"):
        return "image/jpeg"
    return "text/html; charset=utf-8"


def _handler(server: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out in separate writes: without this, Nagle's
        # algorithm and delayed ACKs add 40 ms to every keep-alive response
        disable_nagle_algorithm = True

        def log_message(self, format, *args):  # noqa: A002 - quiet
            pass

        def do_GET(self):  # noqa: N802 - http.server's name
            self.logged = server.record(self.path, dict(self.headers.items()), time.monotonic())
            with server._lock:
                server.active += 1
                server.max_active = max(server.max_active, server.active)
            try:
                self.answer()
            finally:
                with server._lock:
                    server.active -= 1

        def answer(self):
            path = urlsplit(self.path).path
            key = self.path
            fault = server.next_fault(key) or server.next_fault(path)
            if fault and fault.hang:
                time.sleep(fault.hang)
            if fault and fault.status:
                extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after else {}
                return self.send(fault.status, b"<html><body>error</body></html>", extra)
            if fault and fault.redirect:
                return self.send(302, b"", {"Location": fault.redirect})
            if fault and fault.size:
                filler = b"<p>" + "Nội dung rất dài. ".encode() * 40 + b"</p>\n"
                body = (
                    b"<html><body>" + filler * (fault.size // len(filler) + 1) + b"</body></html>"
                )
                return self.send(200, body, {"Content-Type": "text/html; charset=utf-8"})
            file = server.resolve(self.path)
            if fault and fault.body is not None:
                body = fault.body
            elif file is None:
                return self.send(404, b"<html><body>not found</body></html>", {})
            else:
                body = file.read_bytes()
                if file.suffix in (".xml", ".txt"):
                    body = body.replace(b"{{BASE}}", server.base_url.encode())
            ctype = (fault and fault.content_type) or (
                _content_type(file) if file else "text/html; charset=utf-8"
            )
            extra = {"Content-Type": ctype, **server.headers.get(path, {})}
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            extra.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
            if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-Modified-Since") == LAST_MODIFIED
                and "If-None-Match" not in self.headers
            ):
                return self.send(304, b"", {"ETag": etag})
            if fault and fault.truncate:
                return self.send(200, body, extra, cut=len(body) // 2)
            return self.send(200, body, extra)

        def send(self, status, body, extra, cut=None):
            self.logged.status = status
            self.send_response(status)
            for name, value in extra.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            if cut is not None:
                self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(body if cut is None else body[:cut])
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass
            if cut is not None:
                self.close_connection = True

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="*", default=["portal", "newspaper", "generic"])
    parser.add_argument("--port", type=int, default=0, help="first port (default: any free)")
    parser.add_argument("--root", type=Path, default=SITES, help="directory of the sites")
    args = parser.parse_args()
    servers = []
    for i, name in enumerate(args.sites):
        server = SiteServer(args.root / name, port=args.port + i if args.port else 0).start()
        servers.append(server)
        print(f"{name}: {server.base_url}/", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    main()
