"""The crawler's network edge: DNS failures, the private-address rule at connect time
(DNS rebinding), unsupported schemes. Real HTTP server on 127.0.0.1; DNS answers
come from stub resolvers, so no test leaves the machine."""

from __future__ import annotations

import importlib.util
import socket
import sqlite3
import sys
from pathlib import Path

import pytest
import urllib3.util.connection

from extract.crawl import CrawlOptions, FetchError, crawl
from extract.crawl.client import Client, fetch_page

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
_spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
serve = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(serve)

PUBLIC = "93.184.215.14"  # a global unicast address; never really connected to here
real_getaddrinfo = socket.getaddrinfo


class StubDNS:
    """A resolver with getaddrinfo's signature that gives, for each name, its
    answers in turn (the last one repeats); other names fail like NXDOMAIN."""

    def __init__(self, answers: dict[str, list[str]]):
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):
        self.asked.append(host)
        if host not in self.answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        turn = sum(1 for h in self.asked if h == host) - 1
        address = self.answers[host][min(turn, len(self.answers[host]) - 1)]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (address, port))]


@pytest.fixture
def site():
    server = serve.SiteServer(SITES / "portal").start()
    yield server
    server.stop()


@pytest.fixture
def connections(monkeypatch):
    """Where sockets are opened: loopback really connects, any other address is
    recorded and refused (so a test never touches the network)."""
    opened: list[str] = []
    real = urllib3.util.connection.create_connection

    def create_connection(address, *args, **kwargs):
        opened.append(address[0])
        if address[0] not in ("127.0.0.1", "::1"):
            raise ConnectionRefusedError(f"test: no network to {address[0]}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", create_connection)
    return opened


def client(dns: StubDNS, allow_private: bool = False) -> Client:
    return Client(allow_private=allow_private, resolver=dns, retries=0, timeout=2.0)


def test_a_host_that_does_not_resolve_is_a_dns_failure():
    with pytest.raises(FetchError) as failed:
        client(StubDNS({})).get("http://khong-ton-tai.test/a.html")
    assert failed.value.kind == "dns"
    assert "does not resolve" in str(failed.value)


def test_the_address_checked_is_the_address_connected_to(site, connections):
    """DNS rebinding: the first answer is public, every later one loopback. The
    request connects to the public address it checked, never to loopback."""
    dns = StubDNS({"rebind.test": [PUBLIC, "127.0.0.1"]})
    fetcher = client(dns)
    url = f"http://rebind.test:{site.port}/robots.txt"
    with pytest.raises(FetchError) as first:
        fetcher.get(url, html_only=False)
    assert first.value.kind == "connection"  # the public address refused (no network here)
    assert connections == [PUBLIC]
    assert dns.asked == ["rebind.test"]  # resolved once, for the connection itself
    with pytest.raises(FetchError) as second:  # a new connection: the answer is now loopback
        fetcher.get(url, html_only=False)
    assert second.value.kind == "private-address"
    assert connections == [PUBLIC]  # refused before any socket was opened
    assert site.log == []


@pytest.mark.parametrize(
    "answers",
    [["127.0.0.1"], ["10.0.0.7"], ["169.254.169.254"], ["::1"], [PUBLIC, "127.0.0.1"]],
)
def test_private_answers_are_refused_at_connect_time(site, connections, answers):
    def resolver(host, port, *rest):  # one answer holding all these addresses
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in answers]

    with pytest.raises(FetchError) as refused:
        Client(resolver=resolver, retries=0).get(f"http://intranet.test:{site.port}/")
    assert refused.value.kind == "private-address"
    assert connections == [] and site.log == []


def test_allowed_private_connects_to_the_resolved_address_keeping_the_host_name(site, connections):
    dns = StubDNS({"portal.test": ["127.0.0.1"]})
    response = client(dns, allow_private=True).get(
        f"http://portal.test:{site.port}/robots.txt", html_only=False
    )
    assert response.status == 200
    assert connections == ["127.0.0.1"]
    assert site.log[0].headers["Host"] == f"portal.test:{site.port}"


def test_a_crawl_of_an_unresolvable_host_reports_dns(tmp_path, monkeypatch):
    dns = StubDNS({})
    monkeypatch.setattr(socket, "getaddrinfo", dns)  # the default resolver, as a user has it
    options = CrawlOptions(delay=0.0, progress=False, timeout=2.0, retries=0)
    summary = crawl(["http://khong-ton-tai.test/tin-tuc/"], tmp_path / "out", options)
    assert summary.errors == {"dns": 1} and summary.skipped == {}
    db = sqlite3.connect(tmp_path / "out" / "crawl.sqlite")
    rows = db.execute("SELECT url, status, reason FROM urls").fetchall()
    db.close()
    assert rows == [("http://khong-ton-tai.test/tin-tuc/", "error", "dns")]
    with pytest.raises(FetchError) as failed:
        fetch_page("http://khong-ton-tai.test/tin-tuc/a.html")
    assert failed.value.kind == "dns"  # not "robots", not "private-address"


@pytest.mark.parametrize(
    "url", ["file:///etc/", "ftp://ftp.example.vn/a.html", "javascript:void(0)", "mailto:a@b.vn"]
)
def test_unsupported_schemes_are_named(url, tmp_path):
    import extract

    with pytest.raises(FetchError) as refused:
        extract.from_url(url)
    assert refused.value.kind == "unsupported-scheme"
    summary = crawl([url], tmp_path / "out", CrawlOptions(progress=False))
    assert summary.skipped == {"unsupported-scheme": 1} and summary.errors == {}


def test_cli_says_unsupported_scheme(tmp_path, capsys):
    from extract.cli import main

    assert main(["crawl", "file:///etc/", "--out", str(tmp_path / "out")]) == 2
    assert "unsupported scheme file:" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    status = main(["html", "file:///etc/passwd", "ftp://x.vn/a.html", "-o", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("unsupported scheme") == 2 and "robots" not in err


@pytest.fixture
def tls_site(tmp_path, monkeypatch):
    """An HTTPS server on 127.0.0.1 whose certificate names only "secure.test"."""
    import datetime
    import ssl
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "secure.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("secure.test")]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    seen: list[tuple[str | None, str]] = []  # (SNI, Host header) of each request

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            seen.append((self.connection.sni, self.headers["Host"]))
            body = b"User-agent: *\nDisallow:\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)

    def remember_sni(sock, server_name, _context):
        sock.sni = server_name

    context.sni_callback = remember_sni
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert_file))  # trust this certificate only
    yield server.server_address[1], seen
    server.shutdown()
    server.server_close()


def test_tls_checks_the_host_name_while_connecting_to_the_checked_address(tls_site):
    port, seen = tls_site
    dns = StubDNS({"secure.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]})
    fetcher = client(dns, allow_private=True)
    response = fetcher.get(f"https://secure.test:{port}/robots.txt", html_only=False)
    assert response.status == 200
    assert seen == [("secure.test", f"secure.test:{port}")]  # SNI and Host: the name, not the IP
    with pytest.raises(FetchError) as mismatch:  # same address, a name the certificate lacks
        fetcher.get(f"https://other.test:{port}/robots.txt", html_only=False)
    assert mismatch.value.kind == "connection"
    assert "not valid for 'other.test'" in str(mismatch.value)


def test_through_a_proxy_the_origin_is_still_checked(site, monkeypatch):
    """The proxy (the user's own, here on loopback) opens the connection; the
    origin's private answer is refused before the request is sent."""
    monkeypatch.setenv("HTTP_PROXY", site.base_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    dns = StubDNS({"intranet.test": ["10.0.0.7"], "news.test": [PUBLIC]})
    with pytest.raises(FetchError) as refused:
        client(dns).get("http://intranet.test/robots.txt", html_only=False)
    assert refused.value.kind == "private-address"
    assert site.log == []
    client(dns).get("http://news.test/robots.txt", html_only=False)  # public: goes to the proxy
    assert [r.path for r in site.log] == ["http://news.test/robots.txt"]
