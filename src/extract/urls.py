"""URL canonicalisation: one page, one URL, one record id."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Parameters that name a campaign or a click, never a different page.
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "zarsrc", "igshid", "mc_cid", "mc_eid", "_ga", "ref"}
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """Canonical form of ``url``: fragment dropped, scheme and host lower-cased,
    default port and tracking parameters (``utm_*``, ``fbclid``, ...) removed.

    >>> canonical_url("HTTPS://BaoDongThap.vn:443/a.aspx?utm_source=x&id=3#top")
    'https://baodongthap.vn/a.aspx?id=3'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port  # parsed from the netloc on each access
    if port and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    path = parts.path or ("/" if host else "")
    return urlunsplit((scheme, host, path, _kept_query(parts.query), ""))


def _kept_query(query: str) -> str:
    """``query`` without its tracking parameters, re-encoded ("" stays "": most
    article URLs have no query, and parsing nothing costs as much as a short one)."""
    if not query:
        return ""
    kept = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS
    ]
    return urlencode(kept)


def source_of(url: str | None) -> str | None:
    """The site an article came from ("dongthap.gov.vn"), or None for local files."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def read_url_map(path: str | Path | None) -> dict[str, str]:
    """Parse a URLS.tsv file: ``stem<TAB>url`` per line, '#' comments allowed.

    It tells which page each saved file came from (``vnextract text --urls``).
    """
    if not path:
        return {}
    mapping = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stem, _, url = line.partition("\t")
            if url.strip():
                mapping[stem.strip()] = url.strip()
    return mapping


def corpus_urls(folder: str | Path) -> dict[str, str]:
    """``stem -> url`` from every ``urls*.tsv`` file of a corpus folder."""
    mapping: dict[str, str] = {}
    for path in sorted(Path(folder).glob("urls*.tsv")):
        mapping.update(read_url_map(path))
    return mapping


def folder_urls(inputs: list[str]) -> dict[str, str]:
    """``stem -> url`` from the ``urls*.tsv`` files of the folders among ``inputs``
    (the URL map a folder of saved pages carries, as our corpora do)."""
    mapping: dict[str, str] = {}
    for spec in inputs:
        if Path(spec).is_dir():
            mapping.update(corpus_urls(spec))
    return mapping
