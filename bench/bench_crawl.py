"""Crawl-and-extract throughput against the fixture sites served on 127.0.0.1, delay 0.

    .venv/bin/python bench/bench_crawl.py [--copies 10] [--workers 4]

Builds bigger versions of the three fixture sites in a temporary directory
(each article ``--copies`` times, with its own URL, title and first sentence,
so no copy is a duplicate), serves them from a separate process
(corpora/sites/serve.py) so that the crawler's process is measured alone,
warms the NLP pipeline, then runs `extract.crawl.crawl` with ``delay=0``:
robots.txt, sitemaps, listings with pagination, every page into the WARC, and
a record per article through the whole pipeline. Prints pages fetched per
second, records per second and the crawler's CPU use (one process: the
extraction runs on one core).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"


def load_build():
    spec = importlib.util.spec_from_file_location("fixture_build", SITES / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["fixture_build"] = module
    spec.loader.exec_module(module)
    return module


def replicate(articles: list[dict], copies: int) -> list[dict]:
    """Each article ``copies`` times, every copy a different page."""
    out = []
    for k in range(copies):
        for article in articles:
            twin = copy.deepcopy(article)
            if k:
                twin["stem"] = f"{article['stem']}-r{k}"
                twin["title"] = f"{article['title']} (kỳ {k})"
                twin["paragraphs"][0] = f"Kỳ {k}. {article['paragraphs'][0]}"
            out.append(twin)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, default=10, help="copies of each article (default 10)"
    )
    parser.add_argument("--workers", type=int, default=4, help="hosts fetched at once (default 4)")
    args = parser.parse_args()

    build = load_build()
    articles = replicate(build.load_articles(), args.copies)
    with tempfile.TemporaryDirectory(prefix="vnextract-bench-") as tmp:
        root = Path(tmp)
        build.build_sites(articles, root / "sites")
        server = subprocess.Popen(
            [sys.executable, str(SITES / "serve.py"), "--root", str(root / "sites")],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            urls = [server.stdout.readline().split(": ", 1)[1].strip() for _ in range(3)]
            import extract
            from extract.crawl import CrawlOptions, crawl

            extract.from_text("Huyện Cao Lãnh có 15/17 xã đạt chuẩn nông thôn mới.")  # warm up
            options = CrawlOptions(
                delay=0.0, allow_private=True, progress=False, workers=args.workers
            )
            cpu, wall = time.process_time(), time.perf_counter()
            summary = crawl(urls, root / "out", options)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        finally:
            server.terminate()
            server.wait()
    print(f"{len(articles)} articles on 3 local sites, delay 0, {args.workers} workers")
    print(f"fetched {summary.fetched} pages (robots.txt not counted), {summary.records} records")
    print(f"wall {wall:.2f} s, crawler CPU {cpu:.2f} s ({cpu / wall:.0%} of one core)")
    print(
        f"crawl-and-extract: {summary.fetched / wall:.1f} pages/s, "
        f"{summary.records / wall:.1f} records/s"
    )
    if summary.records != len(articles):
        print(f"WARNING: expected {len(articles)} records", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
