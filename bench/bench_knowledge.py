"""Across-archive commands on 100,000 records: time and memory, in one pass each.

    .venv/bin/python bench/bench_knowledge.py [--records 100000] [--json]

The records of corpora/dev (made once by the pipeline) are replicated to N
records, each copy with its own id, URL and publication year, and streamed
through `extract.people`, `extract.directive_register` and
`extract.unit_series`: each in its own child process, so that each reports
its own peak RSS. Memory is compared with the size of the table the command
builds (its JSON), at N/10 and N records: what grows beyond the table would
be records held in memory, which the commands must not do.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def base_records() -> list[dict]:
    from extract.api import from_text
    from extract.urls import corpus_urls

    urls = corpus_urls(ROOT / "corpora" / "dev")
    return [
        from_text(path.read_text("utf-8"), url=urls.get(path.stem)).to_dict()
        for path in sorted((ROOT / "corpora" / "dev").glob("*.txt"))
    ]


def replicated(base: list[dict], n: int):
    """N records: copies of ``base`` with new ids, URLs and years (streamed, never stored)."""
    for i in range(n):
        record = dict(base[i % len(base)])
        copy = i // len(base)
        record["id"] = f"{record['id']}-{copy}"
        record["url"] = f"{record['url']}?copy={copy}"
        if record.get("published"):
            year = 2000 + copy % 26
            record["published"] = f"{year}{record['published'][4:]}"
        yield record


def run_one(job: str, n: int, base: list[dict], queue) -> None:
    import extract

    start = time.perf_counter()
    if job == "people":
        table = extract.people(replicated(base, n))
    elif job == "directives":
        table = extract.directive_register(replicated(base, n))
    else:
        table = extract.unit_series(replicated(base, n), as_of="2025-07-01")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table_mb = len(json.dumps(table, ensure_ascii=False).encode("utf-8")) / 2**20
    queue.put({"job": job, "records": n, "seconds": round(seconds, 1),
               "records_per_s": round(n / seconds), "peak_rss_mb": round(peak_mb),
               "table_json_mb": round(table_mb, 1)})


def measure(job: str, n: int, base: list[dict]) -> dict:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=run_one, args=(job, n, base, queue))
    child.start()
    result = queue.get()
    child.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = base_records()
    results = []
    for job in ("people", "directives", "units"):
        for n in (args.records // 10, args.records):
            results.append(measure(job, n, base))
            print(json.dumps(results[-1]), file=sys.stderr)
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    print("| command | records | seconds | records/s | peak RSS (MB) | table as JSON (MB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(f"| {r['job']} | {r['records']:,} | {r['seconds']} | {r['records_per_s']:,} | "
              f"{r['peak_rss_mb']} | {r['table_json_mb']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
