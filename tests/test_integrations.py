"""The optional bridges: Scrapy, BeautifulSoup and lxml input, underthesea, DuckDB output."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from extract.crawl import CrawlOptions, crawl

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
PAGE = SITES / "newspaper" / "www"


def _serve():
    spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
    module = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def _an_article() -> tuple[bytes, str]:
    gold = json.loads(sorted((SITES / "newspaper" / "gold").glob("*.json"))[0].read_text("utf-8"))
    return (PAGE / gold["url"].lstrip("/")).read_bytes(), "https://baodongthap.vn" + gold["url"]


# ------------------------------------------------------------------ Scrapy


def test_a_scrapy_crawl_gives_the_records_vnextract_crawl_gives(tmp_path):
    pytest.importorskip("scrapy")
    server = _serve().SiteServer(SITES / "newspaper").start()
    try:
        out = tmp_path / "crawl"
        options = CrawlOptions(delay=0.0, allow_private=True, progress=False, timeout=5.0)
        crawl([server.base_url + "/"], out, options)
        feed = tmp_path / "scrapy.jsonl"
        done = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "scrapy_spider.py"), server.base_url + "/",
             str(feed)],
            capture_output=True, text=True, timeout=300,
        )
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-2000:]
    ours = {}
    for line in (out / "records.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        ours[record["url"]] = record
    theirs = {}
    for line in feed.read_text("utf-8").splitlines():
        record = json.loads(line)
        theirs[record["url"]] = record
    assert len(ours) >= 8
    # every article the crawl recorded, Scrapy's pipeline recorded identically
    for url, record in ours.items():
        assert theirs.get(url) == record, url
    # and Scrapy's extra items are the same pages under other addresses, never listings
    titles = {r["title"] for r in ours.values()}
    assert all(r["title"] in titles for r in theirs.values())


def test_the_scrapy_pipeline_drops_listing_pages_with_a_reason():
    pytest.importorskip("scrapy")
    from scrapy.exceptions import DropItem

    from extract.integrations.scrapy import RecordPipeline

    pipeline = RecordPipeline()
    home = (PAGE / "index.html").read_bytes()
    with pytest.raises(DropItem, match="not an article"):
        pipeline.process_item({"url": "https://baodongthap.vn/", "html": home})
    html, url = _an_article()
    attached = RecordPipeline(record_field="record").process_item({"url": url, "html": html})
    assert attached["record"]["url"] == url and attached["record"]["published"]


# ------------------------------------------------------------------ BeautifulSoup and lxml


@pytest.mark.parametrize("parser", ["html.parser", "lxml"])
def test_a_soup_gives_the_record_the_bytes_give(parser):
    bs4 = pytest.importorskip("bs4")
    html, url = _an_article()
    expected = extract.from_html(html, url=url).to_dict()
    soup = bs4.BeautifulSoup(html, parser)
    assert extract.from_html(soup, url=url).to_dict() == expected


def test_an_lxml_element_is_read_as_is():
    import lxml.html

    html, url = _an_article()
    expected = extract.from_html(html, url=url).to_dict()
    assert extract.from_html(lxml.html.fromstring(html), url=url).to_dict() == expected


def test_other_objects_are_refused_with_what_is_accepted():
    with pytest.raises(TypeError, match="bs4.BeautifulSoup"):
        extract.from_html(12345, url="https://baodongthap.vn/a.aspx")


# ------------------------------------------------------------------ underthesea


SENTENCE = (
    "Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa làm việc tại huyện Cao Lãnh.\n"
    "Ông Nguyễn Văn Hai, nông dân xã Mỹ Hiệp, chia sẻ kinh nghiệm."
)


def test_the_default_pipeline_does_not_load_underthesea():
    assert "underthesea" not in extract.nlp().pipe_names


def test_the_underthesea_bridge_puts_words_tags_and_entities_on_our_doc():
    pytest.importorskip("underthesea")
    nlp = extract.nlp(extras=["underthesea"])
    assert nlp.pipe_names[0] == "underthesea"
    doc = nlp(SENTENCE)
    first = [(t.text, t._.ut_word) for t in doc[:2]]
    assert first == [("Chủ", "B"), ("tịch", "I")]  # "Chủ tịch" is one word of two syllables
    assert all(t._.ut_pos for t in doc if not t.is_space)
    people = [s.text for s in doc.spans["underthesea"] if s.label_ == "PER"]
    assert any("Nguyễn Văn Hai" in p for p in people)
    # our own facts are untouched by the bridge
    plain = extract.from_text(SENTENCE).to_dict()
    assert extract.from_text(SENTENCE, nlp=nlp).to_dict() == plain


def test_an_unknown_extra_is_named():
    with pytest.raises(ValueError, match="underthesea"):
        extract.nlp(extras=["stanza"])


# ------------------------------------------------------------------ DuckDB


def test_batch_writes_a_duckdb_file_the_user_can_query(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    from extract.batch.writers import read_records
    from extract.cli import main

    out, jsonl = tmp_path / "facts.duckdb", tmp_path / "facts.jsonl"
    dev = str(ROOT / "corpora" / "dev")
    assert main(["batch", dev, "-o", str(out), "--quiet"]) == 0
    assert main(["batch", dev, "-o", str(jsonl), "--quiet"]) == 0
    assert list(read_records(str(out))) == list(read_records(str(jsonl)))
    con = duckdb.connect(str(out), read_only=True)
    rows = con.execute(
        "SELECT a.source, count(*) FROM ratios r JOIN articles a ON a.id = r.article_id"
        " WHERE r.predicate LIKE '%nông thôn mới%' GROUP BY 1"
    ).fetchall()
    con.close()
    assert rows and all(n > 0 for _, n in rows)
    # a second run adds nothing and keeps the file readable
    assert main(["batch", dev, "-o", str(out), "--quiet"]) == 0
    assert len(list(read_records(str(out)))) == len(list(read_records(str(jsonl))))


# ------------------------------------------------------------------ the default install


def _default_closure() -> set[str]:
    """Distribution names the default install of vnextract pulls, transitively."""
    from packaging.requirements import Requirement

    seen: set[str] = set()
    todo = ["vnextract"]
    while todo:
        name = todo.pop()
        try:
            requires = importlib.metadata.requires(name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for line in requires:
            requirement = Requirement(line)
            if requirement.marker and not requirement.marker.evaluate({"extra": ""}):
                continue
            key = re.sub(r"[-_.]+", "-", requirement.name).lower()
            if key not in seen:
                seen.add(key)
                todo.append(requirement.name)
    return seen


def test_the_default_install_pulls_no_integration():
    pulled = _default_closure()
    assert "spacy" in pulled
    assert not pulled & {"scrapy", "beautifulsoup4", "bs4", "underthesea", "duckdb"}
