"""The crawler against real HTTP servers on 127.0.0.1 serving corpora/sites, faults included."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sqlite3
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

import pytest

from extract.crawl import CrawlOptions, crawl, records_from_warc
from extract.crawl.archive import read_responses, warc_files
from extract.crawl.client import is_private_host, retry_after_seconds, user_agent
from extract.crawl.robots import RobotsRules, crawl_delay

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
SITE_NAMES = ("portal", "newspaper", "generic")

_spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
serve = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(serve)
Fault, SiteServer = serve.Fault, serve.SiteServer


def golds(site: str | None = None) -> dict[str, dict]:
    """stem -> gold of the fixture articles (of one site, or all)."""
    found = {}
    for name in [site] if site else SITE_NAMES:
        for path in (SITES / name / "gold").glob("*.json"):
            found[path.stem] = json.loads(path.read_text("utf-8"))
    return found


def stem_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].split("?")[0].rsplit(".", 1)[0]


def read_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "records.jsonl").read_text("utf-8").splitlines()]


def statuses(out: Path) -> dict[str, tuple[str, str]]:
    db = sqlite3.connect(out / "crawl.sqlite")
    try:
        return {u: (s, r) for u, s, r in db.execute("SELECT url, status, reason FROM urls")}
    finally:
        db.close()


def options(**overrides) -> CrawlOptions:
    base = dict(delay=0.0, allow_private=True, progress=False, timeout=2.0, backoff=0.05, retries=2)
    base.update(overrides)
    return CrawlOptions(**base)


@pytest.fixture
def servers():
    running = {name: SiteServer(SITES / name).start() for name in SITE_NAMES}
    yield running
    for server in running.values():
        server.stop()


# ------------------------------------------------------------------ one full crawl, many checks


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory):
    running = {name: SiteServer(SITES / name).start() for name in SITE_NAMES}
    out = tmp_path_factory.mktemp("crawl")
    summary = crawl(
        [s.base_url + "/" for s in running.values()], out, options(contact="crawl-test@example.org")
    )
    for server in running.values():
        server.stop()  # everything after this works without the sites
    return running, out, summary


def test_every_article_becomes_one_record(full_crawl):
    _, out, summary = full_crawl
    records = read_records(out)
    stems = Counter(stem_of(r["url"]) for r in records)
    expected = golds()
    assert set(stems) == set(expected)
    assert max(stems.values()) == 1
    assert summary.records == len(expected) >= 30
    for record in records:
        gold = expected[stem_of(record["url"])]
        assert record["title"] == gold["title"]
        assert record["published"] == gold["published"]
        assert record["schema"] == "vn-news-record/1.1"


def test_wrong_declared_charsets_are_survived(full_crawl):
    _, out, _ = full_crawl
    by_stem = {stem_of(r["url"]): r for r in read_records(out)}
    expected = golds("newspaper")
    # windows-1258 bytes under <meta charset=utf-8>; UTF-8 bytes under a Content-Type of iso-8859-1
    for stem in ("n11-cai-cach-hanh-chinh-mot-cua", "n10-lu-ve-som-an-phong"):
        assert by_stem[stem]["title"] == expected[stem]["title"]
        assert by_stem[stem]["author"] == expected[stem]["author"]


def test_nothing_fetched_twice_and_robots_obeyed(full_crawl):
    running, _, _ = full_crawl
    for server in running.values():
        paths = Counter(r.path for r in server.log)
        assert max(paths.values()) == 1, [p for p, n in paths.items() if n > 1]
        assert server.log[0].path == "/robots.txt"  # robots first
        assert server.max_active == 1  # one request at a time per host
        for request in server.log:
            assert not request.path.startswith(("/c/", "/tim-kiem", "/wp-admin"))
    assert any(r.path.endswith("sitemap.xml") for r in running["portal"].log)
    assert any(r.path == "/post-sitemap.xml" for r in running["generic"].log)  # via the index


def test_user_agent_names_the_tool_and_contact(full_crawl):
    running, _, _ = full_crawl
    agents = {r.headers.get("User-Agent") for s in running.values() for r in s.log}
    assert agents == {user_agent("crawl-test@example.org")}
    assert "vnextract/" in agents.pop()


def test_duplicates_under_other_urls_are_recognised(full_crawl):
    _, out, summary = full_crawl
    state = statuses(out)
    duplicates = [url for url, (status, _) in state.items() if status == "duplicate"]
    assert len(duplicates) == summary.duplicates == 1
    assert "/web/dong-thap/-/p01-" in duplicates[0]  # the Liferay short URL of p01
    # tracking parameters were dropped before queueing: one URL per page
    assert not any("utm_" in url for url in state)
    skipped = {url: reason for url, (status, reason) in state.items() if status == "skipped"}
    assert set(skipped.values()) == {"robots"}


def test_warc_holds_every_exchange_gzip_per_record(full_crawl):
    running, out, _ = full_crawl
    files = warc_files(out)
    assert files
    responses = list(read_responses(files))
    served = sum(len(s.log) for s in running.values())
    assert len(responses) == served
    from warcio.archiveiterator import ArchiveIterator

    kinds = Counter()
    for path in files:
        with open(path, "rb") as stream:
            kinds.update(record.rec_type for record in ArchiveIterator(stream))
        members, data = 0, path.read_bytes()
        while data:
            decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
            decompressor.decompress(data)
            data, members = decompressor.unused_data, members + 1
        assert members == sum(1 for _ in gzip.open(path).read().split(b"WARC/1.")[1:])
    assert kinds["request"] == kinds["response"] == served
    assert kinds["warcinfo"] == len(files)


def test_records_can_be_rebuilt_from_the_warc_alone(full_crawl):
    _, out, _ = full_crawl
    again = sorted(r.to_json() for r in records_from_warc(warc_files(out)))
    assert again == sorted((out / "records.jsonl").read_text("utf-8").splitlines())


def test_rerun_of_a_finished_crawl_fetches_nothing(full_crawl, tmp_path):
    running, out, _ = full_crawl
    # the servers are down: a finished crawl must not need them
    summary = crawl([s.base_url + "/" for s in running.values()], out, options(retries=0))
    assert summary.fetched == 0 and summary.records == 0


# ------------------------------------------------------------------ faults


@pytest.fixture
def fault_site(tmp_path):
    """A small site whose pages are fixture articles behind injected faults."""
    newspaper = golds("newspaper")
    www = tmp_path / "site" / "www"
    www.mkdir(parents=True)
    pages = {
        "/flaky.aspx": "n01-tam-nong-phat-trien-du-lich-sinh-thai",
        "/busy.aspx": "n02-hong-ngu-nuoi-ca-tra-xuat-khau",
        "/slow.aspx": "n03-dai-hoi-dang-bo-thanh-pho-cao-lanh",
        "/cut.aspx": "n04-thanh-binh-kenh-noi-dong",
        "/cp1258.aspx": "n11-cai-cach-hanh-chinh-mot-cua",
        "/latin1.aspx": "n10-lu-ve-som-an-phong",
        "/target.aspx": "n05-lap-vo-hop-tac-xa-kieu-moi",
        "/private/secret.aspx": "n06-hoi-thao-ca-linh",
    }
    for path, stem in pages.items():
        source = SITES / "newspaper" / "www" / newspaper[stem]["url"].lstrip("/")
        (www / path.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
        (www / path.lstrip("/")).write_bytes(source.read_bytes())
    links = [*pages, "/loop-a", "/huge.aspx", "/report", "/moved.aspx", "/missing.aspx"]
    (www / "index.html").write_text(
        "<html><body>" + "".join(f'<a href="{p}">{p}</a> ' for p in links) + "</body></html>",
        encoding="utf-8",
    )
    (www / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (tmp_path / "site" / "serve.toml").write_text(
        '[headers."/latin1.aspx"]\n"Content-Type" = "text/html; charset=iso-8859-1"\n',
        encoding="utf-8",
    )
    server = SiteServer(tmp_path / "site").start()
    server.fail("/flaky.aspx", Fault(status=500))
    server.fail("/busy.aspx", Fault(status=429, retry_after=1))
    server.fail("/slow.aspx", Fault(hang=1.5))
    server.fail("/cut.aspx", Fault(truncate=True))
    server.always("/loop-a", Fault(redirect="/loop-b"))
    server.always("/loop-b", Fault(redirect="/loop-a"))
    server.always("/huge.aspx", Fault(size=11 * 1024 * 1024))
    server.always("/report", Fault(content_type="application/pdf", body=b"%PDF-1.4 not a page"))
    server.always("/moved.aspx", Fault(redirect="/target.aspx"))
    yield server, {path: newspaper[stem] for path, stem in pages.items()}
    server.stop()


def test_faults_are_survived(fault_site, tmp_path):
    server, expected = fault_site
    out = tmp_path / "out"
    summary = crawl([server.base_url + "/"], out, options(timeout=0.5))
    by_path = {}
    for record in read_records(out):
        by_path["/" + record["url"].split("/", 3)[3]] = record
    # retried until they worked, each read whole and in the right charset
    for path in (
        "/flaky.aspx",
        "/busy.aspx",
        "/slow.aspx",
        "/cut.aspx",
        "/cp1258.aspx",
        "/latin1.aspx",
    ):
        assert by_path[path]["title"] == expected[path]["title"], path
        assert by_path[path]["author"] == expected[path]["author"], path
    assert [r.status for r in server.requests("/flaky.aspx")] == [500, 200]
    busy = server.requests("/busy.aspx")
    assert [r.status for r in busy] == [429, 200]
    assert busy[1].at - busy[0].at >= 0.95  # Retry-After: 1 honoured
    assert len(server.requests("/slow.aspx")) == 2  # timed out once, then answered
    assert len(server.requests("/cut.aspx")) == 2  # truncated once, then whole
    # a redirect is followed and the page is stored under its final URL
    assert "/target.aspx" in by_path and "/moved.aspx" not in by_path
    state = {"/" + url.split("/", 3)[3]: value for url, value in statuses(out).items()}
    assert state["/loop-a"] == ("error", "redirect-loop")
    assert state["/huge.aspx"] == ("skipped", "too-large")
    assert state["/report"] == ("skipped", "not-html")
    assert state["/private/secret.aspx"] == ("skipped", "robots")
    assert state["/missing.aspx"] == ("error", "http-404")
    assert server.requests("/private/secret.aspx") == []
    assert summary.skipped == {"too-large": 1, "not-html": 1, "robots": 1}
    # (the article copies link to sections this little site does not have: 404s)
    assert summary.errors["redirect-loop"] == 1 and set(summary.errors) == {
        "redirect-loop",
        "http-404",
    }


def test_5xx_that_never_heals_is_an_error_not_a_hang(fault_site, tmp_path):
    server, _ = fault_site
    server.always("/flaky.aspx", Fault(status=503))
    out = tmp_path / "out"
    started = time.monotonic()
    crawl([server.base_url + "/flaky.aspx"], out, options(retries=2, backoff=0.05))
    assert time.monotonic() - started < 5
    assert [r.status >= 500 for r in server.requests("/flaky.aspx")] == [True] * 3  # 1 + 2 retries
    assert statuses(out)[server.base_url + "/flaky.aspx"] == ("error", "http-503")


def test_kill_between_archive_and_commit_recovers_from_the_warc(servers, tmp_path, monkeypatch):
    """A crash after a response reached the WARC but before the frontier knew:
    the resumed crawl takes the page from the WARC instead of fetching it again."""
    from extract.crawl import crawler as crawler_module

    class Killed(BaseException):
        pass

    calls = {"n": 0}
    original = crawler_module.RecordsFile.write

    def dying_write(self, record):
        calls["n"] += 1
        if calls["n"] == 4:
            raise Killed  # after the WARC write, before the record and the commit
        return original(self, record)

    site = servers["generic"]
    out = tmp_path / "out"
    monkeypatch.setattr(crawler_module.RecordsFile, "write", dying_write)
    with pytest.raises(Killed):
        crawl([site.base_url + "/"], out, options())
    monkeypatch.setattr(crawler_module.RecordsFile, "write", original)
    before = len(site.log)
    in_flight = [u for u, (status, _) in statuses(out).items() if status == "fetching"]
    archived = {r.frontier_url for r in read_responses(warc_files(out))}
    saved = [u for u in in_flight if u in archived]
    assert len(saved) == 1  # the page whose processing crashed: its response is in the WARC
    summary = crawl([site.base_url + "/"], out, options())
    assert summary.recovered == 1
    paths = Counter(r.path for r in site.log if r.path != "/robots.txt")
    # only a request already in flight when the crash came may be repeated (one host: one)
    assert sum(n > 1 for n in paths.values()) <= 1 and max(paths.values()) <= 2
    assert paths["/" + saved[0].split("/", 3)[3]] == 1  # taken from the WARC, not fetched again
    stems = Counter(stem_of(r["url"]) for r in read_records(out))
    assert set(stems) == set(golds("generic")) and max(stems.values()) == 1
    assert len(site.log) > before


# ------------------------------------------------------------------ politeness and limits


def test_delay_and_crawl_delay_space_requests(servers, tmp_path):
    site = servers["generic"]
    crawl([site.base_url + "/"], tmp_path / "a", options(delay=0.15, max_pages=4))
    times = [r.at for r in site.log]
    assert len(times) >= 5
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.14
    other = servers["portal"]
    other.always(
        "/robots.txt", Fault(body=b"User-agent: *\nCrawl-delay: 0.3\n", content_type="text/plain")
    )
    crawl([other.base_url + "/"], tmp_path / "b", options(delay=0.0, max_pages=3))
    times = [r.at for r in other.log]
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.29


def test_hosts_are_crawled_concurrently(servers, tmp_path):
    started = time.monotonic()
    crawl([s.base_url + "/" for s in servers.values()], tmp_path / "out", options(delay=0.1))
    elapsed = time.monotonic() - started
    total = sum(len(s.log) for s in servers.values())
    assert elapsed < 0.6 * total * 0.1  # serially it would take at least total * delay
    for server in servers.values():
        assert server.max_active == 1


def test_max_pages_and_since(servers, tmp_path):
    site = servers["newspaper"]
    crawl([site.base_url + "/"], tmp_path / "a", options(max_pages=5))
    pages = [r for r in site.log if r.path != "/robots.txt"]
    assert len(pages) == 5
    out = tmp_path / "b"
    crawl([s.base_url + "/" for s in servers.values()], out, options(since="2023-01-01"))
    records = read_records(out)
    expected = {s for s, g in golds().items() if g["published"] >= "2023-01-01"}
    assert {stem_of(r["url"]) for r in records} == expected
    assert all(r["published"] >= "2023-01-01" for r in records)


def test_conditional_get_on_recrawl(servers, tmp_path):
    site = servers["generic"]
    out = tmp_path / "out"
    crawl([site.base_url + "/"], out, options())
    first = len(site.log)
    records = (out / "records.jsonl").read_text("utf-8")
    summary = crawl([site.base_url + "/"], out, options(recrawl=True))
    second = site.log[first:]
    pages = [r for r in second if r.path != "/robots.txt"]
    assert pages and all("If-None-Match" in r.headers for r in pages)
    assert all(r.status == 304 for r in pages)
    assert summary.not_modified == len(pages)
    assert (out / "records.jsonl").read_text("utf-8") == records


def test_private_addresses_need_allow_private(servers, tmp_path):
    site = servers["portal"]
    summary = crawl([site.base_url + "/"], tmp_path / "out", options(allow_private=False))
    assert site.log == []
    assert summary.skipped == {"private-address": 1}


def test_cli_progress_and_summary(servers, tmp_path, capsys):
    from extract.cli import main

    site = servers["generic"]
    out = tmp_path / "out"
    status = main(
        [
            "crawl",
            site.base_url + "/",
            "--out",
            str(out),
            "--delay",
            "0",
            "--allow-private",
            "--progress",
            "--contact",
            "me@example.org",
        ]
    )
    assert status == 0
    err = capsys.readouterr().err
    assert "pages/s" in err and "queued" in err and "errors" in err
    assert "records written 11" in err
    assert len(read_records(out)) == 11
    assert main(["crawl", site.base_url, "--out", str(out), "--since", "last week"]) == 2


# ------------------------------------------------------------------ small parts


def test_retry_after_parsing():
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    now = 1_700_000_000.0
    assert retry_after_seconds("Tue, 14 Nov 2023 22:13:30 GMT", now=now) == pytest.approx(10, abs=1)


def test_private_address_check():
    assert is_private_host("127.0.0.1")
    assert is_private_host("10.1.2.3")
    assert is_private_host("192.168.0.10")
    assert is_private_host("::1")
    assert not is_private_host("8.8.8.8")


def test_robots_parsing():
    rules = RobotsRules.parse(
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.5\nSitemap: https://x.vn/sitemap.xml\n"
    )
    assert not rules.allowed("https://x.vn/private/a")
    assert rules.allowed("https://x.vn/news/a")
    assert rules.crawl_delay == 0.5
    assert rules.sitemaps == ["https://x.vn/sitemap.xml"]
    assert (
        crawl_delay("User-agent: vnextract\nCrawl-delay: 2\n\nUser-agent: *\nCrawl-delay: 9") == 2
    )


# ------------------------------------------------- one page: from_url, vnextract html


def test_from_url_fetches_one_page_politely(servers):
    import extract
    from extract.crawl import FetchError

    site = servers["newspaper"]
    gold = golds("newspaper")["n10-lu-ve-som-an-phong"]  # served as iso-8859-1, really UTF-8
    record = extract.from_url(site.base_url + gold["url"], allow_private=True, contact="me@x.org")
    assert record.title == gold["title"] and record.author == gold["author"]
    assert [r.path for r in site.log] == ["/robots.txt", gold["url"]]
    with pytest.raises(FetchError) as refused:
        extract.from_url(site.base_url + "/tim-kiem.aspx", allow_private=True)
    assert refused.value.kind == "robots"
    with pytest.raises(FetchError) as private:
        extract.from_url(site.base_url + gold["url"])
    assert private.value.kind == "private-address"


def test_vnextract_html_reads_urls_and_warcs(full_crawl, servers, tmp_path):
    from extract.cli import main

    _, crawl_dir, _ = full_crawl
    out = tmp_path / "again.jsonl"
    assert main(["html", *map(str, warc_files(crawl_dir)), "-o", str(out)]) == 0
    assert sorted(out.read_text("utf-8").splitlines()) == sorted(
        (crawl_dir / "records.jsonl").read_text("utf-8").splitlines()
    )
    site = servers["generic"]
    gold = golds("generic")["g01-ra-quan-ve-sinh-moi-truong"]
    one = tmp_path / "one.jsonl"
    assert main(["html", site.base_url + gold["url"], "--allow-private", "-o", str(one)]) == 0
    assert json.loads(one.read_text("utf-8"))["title"] == gold["title"]
    assert main(["html", site.base_url + "/wp-admin/", "--allow-private", "-o", str(one)]) == 1
