"""The Dask engine on a real LocalCluster of two worker processes.

Its merged output must equal the local engine's, byte for byte; a large file
is split by record ranges; finished parts are not run again.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from extract.batch import BatchOptions, expand_inputs, run_batch
from extract.batch.engines import plan_partitions
from extract.batch.journal import Journal, manifest_of
from extract.batch.readers import read_source
from extract.batch.writers import read_records
from tests.test_batch import make_articles, make_html, warc_member, write_jsonl

pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A JSONL export split into ranges, a WARC.gz with one bad record, a folder of pages."""
    folder = tmp_path_factory.mktemp("dask")
    articles = make_articles(90)
    export = write_jsonl(folder / "export.jsonl", articles[:50])
    members = [warc_member(url, make_html(text)) for url, text in articles[50:70]]
    members.insert(5, warc_member("https://baodongthap.vn/anh.png", b"\x89PNG", "image/png"))
    warc = folder / "crawl.warc.gz"
    warc.write_bytes(b"".join(members))
    pages = folder / "pages"
    pages.mkdir()
    for i, (_, text) in enumerate(articles[70:]):
        (pages / f"p{i:02d}.txt").write_text(text, encoding="utf-8")
    return [str(export), str(warc), str(pages)]


def run(inputs, out, **options):
    options.setdefault("progress", False)
    return run_batch(expand_inputs(inputs), str(out), BatchOptions(**options))


DASK = {"engine": "dask", "jobs": 2, "partition_size": 12, "split_bytes": 1000}


def test_dask_output_equals_the_local_engines(inputs, tmp_path):
    sources = expand_inputs(inputs)
    partitions = plan_partitions(sources, 12, 1000)
    export_ranges = [p for p in partitions if p[0][0] == 0]
    assert len(export_ranges) == 5  # 50 lines in ranges of 12: the big file is split
    assert len(partitions) > len(sources) // 12 + 2

    local = run(inputs, tmp_path / "local.jsonl", jobs=1)
    dask = run(inputs, tmp_path / "dask.jsonl", **DASK)
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
    assert dask.new == local.new == 90
    errors = [json.loads(line) for line in open(f"{tmp_path / 'dask.jsonl'}.errors.jsonl")]
    assert [e["reason"] for e in errors] == ["not HTML: image/png"]

    # resumable: a finished part is not run again (this one was planted by hand)
    out = tmp_path / "resumed.jsonl"
    journal = Journal(str(out), manifest_of(sources, "dask", 12))
    first = partitions[0]
    planted = []
    for number, start, stop in first:
        for item in read_source(sources[number], start, stop):
            record = json.loads(next(read_records(str(tmp_path / "local.jsonl"))))
            record["title"] = "PLANTED"
            record["id"] = hashlib.sha1(f"planted {item.index}".encode()).hexdigest()
            planted.append((number, item.index, record))
    from extract.batch.work import Outcome

    journal.write_part(
        "dask-000000",
        [
            Outcome(n, i, "R", r["id"], json.dumps(r, ensure_ascii=False).encode())
            for n, i, r in planted
        ],
    )
    result = run(inputs, out, **DASK)
    titles = [json.loads(line)["title"] for line in read_records(str(out))]
    assert titles[: len(planted)] == ["PLANTED"] * len(planted)
    assert len(titles) == 90 and result.resumed
