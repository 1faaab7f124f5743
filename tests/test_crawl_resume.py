"""A crawl killed with SIGKILL in the middle, then started again with the same command."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from extract.crawl.archive import read_responses, warc_files

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
SITE_NAMES = ("portal", "newspaper", "generic")

_spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
serve = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(serve)

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def command(servers, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "extract",
        "crawl",
        *[s.base_url + "/" for s in servers],
        "--out",
        str(out),
        "--delay",
        "0.03",
        "--allow-private",
        "--no-progress",
    ]


def stem_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].split("?")[0].rsplit(".", 1)[0]


def run_and_kill(cmd: list[str], servers, after_requests: int) -> None:
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if sum(len(s.log) for s in servers) >= after_requests:
            break
        time.sleep(0.005)
    assert process.poll() is None, "the crawl ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def test_sigkill_then_resume_loses_nothing_and_fetches_nothing_twice(tmp_path):
    servers = [serve.SiteServer(SITES / name).start() for name in SITE_NAMES]
    try:
        out = tmp_path / "crawl"
        cmd = command(servers, out)
        run_and_kill(cmd, servers, after_requests=12)
        first_run = sum(len(s.log) for s in servers)
        run_and_kill(cmd, servers, after_requests=first_run + 15)  # and once more, later on
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    finally:
        for server in servers:
            server.stop()

    # nothing lost: every fixture article is a record, exactly once
    expected = {p.stem for name in SITE_NAMES for p in (SITES / name / "gold").glob("*.json")}
    lines = (out / "records.jsonl").read_text("utf-8").splitlines()
    stems = Counter(stem_of(json.loads(line)["url"]) for line in lines)
    assert set(stems) == expected
    assert max(stems.values()) == 1

    # nothing fetched twice: robots.txt is read again by each run (its rules may
    # change); any other path twice only when its request was in flight at a
    # kill, so its response never reached the archive (at most one per host per kill)
    repeated = []
    for server in servers:
        paths = Counter(r.path for r in server.log if r.path != "/robots.txt")
        repeated += [p for p, n in paths.items() if n > 1]
        assert max(paths.values()) <= 3
    assert len(repeated) <= 2 * len(servers)

    # the archive holds each page's final response once per fetch, and the crawl's
    # state knows every URL it archived
    archived = {r.frontier_url for r in read_responses(warc_files(out))}
    db = sqlite3.connect(out / "crawl.sqlite")
    fetched = {
        u for (u,) in db.execute("SELECT url FROM urls WHERE status IN ('done', 'duplicate')")
    }
    left = db.execute("SELECT COUNT(*) FROM urls WHERE status IN ('queued', 'fetching')").fetchone()
    db.close()
    assert fetched and fetched <= archived
    assert left == (0,)
    print(f"repeated after kills: {repeated}")
    assert len(warc_files(out)) == 3  # one file per run: a killed run's tail is never appended to
