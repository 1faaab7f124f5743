"""Which addresses the crawler may connect to, checked when the socket opens.

A check made by a look-up before the request is not enough: the DNS answer
can change between that look-up and the connection (DNS rebinding), and the
request would then reach loopback or the local network. So the rule lives in
the connection itself: `GuardedAdapter` gives requests connections whose
``_new_conn`` resolves the host once, refuses the answer when any address is
loopback, private, link-local or otherwise not public, and opens the socket
to an address of that same answer. The Host header, TLS SNI and certificate
checks still use the host name: only the socket's destination is pinned.

A host that does not resolve raises `UnresolvedHost`; a refused address
`BlockedAddress`. Neither is an ``OSError``, so urllib3 does not retry or
wrap them: they reach `extract.crawl.client.Client`, which reports them as
the fetch errors "dns" and "private-address".
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter
from requests.utils import select_proxy
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

# socket.getaddrinfo's signature: (host, port, family, type) -> [(family, type, proto, name, addr)]
Resolver = Callable[..., list]


class UnresolvedHost(Exception):
    """The host name has no address (NXDOMAIN, no network, a malformed name)."""


class BlockedAddress(Exception):
    """The host resolves to an address we must not connect to."""


def is_public_ip(address: str) -> bool:
    """True for a global unicast address (not loopback, private, link-local, multicast...)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    return ip.is_global and not ip.is_multicast


@lru_cache(maxsize=4096)
def is_private_host(host: str) -> bool:
    """True when ``host`` is, or resolves to, a loopback, private, link-local or
    otherwise non-public address (or cannot be resolved). A quick look-up for
    callers that only ask; fetches are guarded at connect time instead."""
    try:
        return not all(is_public_ip(a) for a in resolve(host, 80))
    except UnresolvedHost:
        return True


def resolve(host: str, port: int, resolver: Resolver | None = None) -> list[str]:
    """The addresses of ``host`` (an IP literal is its own answer), in the
    resolver's order, each once.

    Raises:
        UnresolvedHost: the name does not resolve.
    """
    look_up = resolver or socket.getaddrinfo
    try:
        answers = look_up(host, port, 0, socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:  # socket.gaierror is an OSError
        raise UnresolvedHost(f"{host} does not resolve ({error})") from None
    addresses = list(dict.fromkeys(info[4][0] for info in answers))
    if not addresses:
        raise UnresolvedHost(f"{host} has no address")
    return addresses


class AddressGuard:
    """The rule: which of a host's addresses a connection may use.

    Args:
        allow_private: allow loopback and private addresses (tests, intranets).
        resolver: a function with `socket.getaddrinfo`'s signature (default:
            the system's), so tests can answer as a changing DNS would.
    """

    def __init__(self, allow_private: bool = False, resolver: Resolver | None = None):
        self.allow_private = allow_private
        self.resolver = resolver

    def addresses(self, host: str, port: int) -> list[str]:
        """Resolve ``host`` once and return the addresses a socket may open to.

        Raises:
            UnresolvedHost: the name does not resolve.
            BlockedAddress: an address of the answer is not public (unless allowed).
        """
        addresses = resolve(host, port, self.resolver)
        if not self.allow_private:
            blocked = [a for a in addresses if not is_public_ip(a)]
            if blocked:
                raise BlockedAddress(f"{host} resolves to {blocked[0]}")
        return addresses


class _GuardedConnection:
    """Mixed into urllib3's connections: resolve, check, connect to that address."""

    guard: AddressGuard

    def _new_conn(self) -> socket.socket:
        host = self._dns_host
        error: Exception | None = None
        for address in self.guard.addresses(host, self.port):
            # urllib3 connects to _dns_host: point it at the checked address for
            # this one call; `host` (Host header, SNI, certificate) is the name again after
            self._dns_host = address
            try:
                return super()._new_conn()
            except NewConnectionError as failed:  # refused: try the answer's next address
                error = failed
            finally:
                self._dns_host = host
        raise error


def _pool_classes(guard: AddressGuard) -> dict[str, type]:
    """HTTP and HTTPS connection pools whose connections obey ``guard``."""
    http_conn = type(
        "GuardedHTTPConnection", (_GuardedConnection, HTTPConnection), {"guard": guard}
    )
    https_conn = type(
        "GuardedHTTPSConnection", (_GuardedConnection, HTTPSConnection), {"guard": guard}
    )
    return {
        "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
        "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
    }


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose every new connection goes through an `AddressGuard`.

    Through a proxy (``HTTP_PROXY``/``HTTPS_PROXY``) the proxy opens the
    connection, so the origin can only be checked by a look-up before the
    request; the proxy itself is the user's choice and is not checked.
    """

    def __init__(self, guard: AddressGuard, **kwargs):
        self.guard = guard
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self.guard)

    def send(self, request, **kwargs):
        """Send ``request``; through a proxy, after checking the origin's address."""
        if select_proxy(request.url, kwargs.get("proxies")):
            parts = urlsplit(request.url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
            self.guard.addresses(parts.hostname or "", port)
        return super().send(request, **kwargs)
