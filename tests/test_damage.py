"""Damaged input: pages truncated, with stray bytes, with broken tags, repeated;
texts truncated, sprinkled with combining marks, without spaces, with random code
points. Nothing raises, nothing hangs, and a few stray bytes cost almost no text.

Pages: our fixture sites' articles (corpora/sites/*/www) and the real pages of
../shared/realpages/html when that folder is there. Every damage is drawn from a
random generator seeded per page, so a failure names a page and reproduces.
"""

from __future__ import annotations

import json
import random
import time
import zlib
from collections import Counter
from pathlib import Path

import pytest

import extract
from extract.normalize import DecodeError

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
# ../shared beside the repository (or beside the folder of worktrees); may be absent
REAL_PAGES = next(
    (
        folder / "shared" / "realpages" / "html"
        for folder in (ROOT.parent, ROOT.parent.parent)
        if (folder / "shared" / "realpages" / "html").is_dir()
    ),
    ROOT.parent / "shared" / "realpages" / "html",
)

SEED = 18
SECONDS_PER_PAGE = 5.0  # generous: the machine is shared; typical pages take ~0.1 s
MIN_TEXT_KEPT = 0.90  # of the undamaged page's tokens, after a few stray bytes
# bytes a broken CMS or a dropped packet leaves behind: lone UTF-8 lead and
# continuation bytes, bytes windows-1258 does not define, NUL, half a character
STRAY = (b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xe1\xbb", b"\x81", b"\x9d", b"\x00", b"\xef\xbf")


def fixture_articles() -> list[tuple[str, str, Path]]:
    """(name, url, file) of every fixture article page (those with a gold record)."""
    found = []
    for gold in sorted(SITES.glob("*/gold/*.json")):
        site = gold.parent.parent.name
        path = json.loads(gold.read_text("utf-8"))["url"]
        file = SITES / site / "www" / path.lstrip("/")
        found.append(
            (
                f"{site}/{gold.stem}",
                f"http://{site}.test{path}",
                file / "index.html" if path.endswith("/") else file,  # WordPress permalinks
            )
        )
    return found


def real_pages() -> list[tuple[str, str, Path]]:
    if not REAL_PAGES.is_dir():
        return []
    return [
        (f"real/{p.stem}", f"https://{p.stem.split('__')[0]}/a", p)
        for p in sorted(REAL_PAGES.glob("*.html"))
    ]


PAGES = fixture_articles() + real_pages()


def rng_for(name: str) -> random.Random:
    return random.Random(SEED * 1_000_003 + zlib.crc32(name.encode()))


def with_stray_bytes(rng: random.Random, data: bytes, count: int) -> bytes:
    for _ in range(count):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + rng.choice(STRAY) + data[at:]
    return data


def with_broken_tags(rng: random.Random, data: bytes) -> bytes:
    """Up to 200 '<' and '>' gone, closing tags cut, unclosed tags thrown in."""
    out = bytearray(data)
    brackets = [i for i, b in enumerate(out) if b in b"<>"]
    for i in sorted(rng.sample(brackets, min(200, len(brackets))), reverse=True):
        del out[i]
    data = bytes(out).replace(b"</div>", b"</di", rng.randrange(1, 20))
    for junk in (b"<div><table><tr><td", b'<p class="', b"<!--", b"<script>", b"]]>"):
        at = rng.randrange(len(data) + 1)
        data = data[:at] + junk + data[at:]
    return data


def damaged(name: str, data: bytes) -> list[tuple[str, bytes]]:
    """Every damaged version of one page, labelled."""
    rng = rng_for(name)
    versions = [(f"truncated at {at}", data[:at]) for at in sorted(rng.sample(range(len(data)), 3))]
    versions += [(f"{n} stray bytes", with_stray_bytes(rng, data, n)) for n in (1, 3, 5)]
    versions.append(("broken tags", with_broken_tags(rng, data)))
    versions.append(("repeated 3 times", data * 3))
    cut = rng.randrange(len(data) // 2, len(data))
    versions.append(("stray bytes and truncated", with_stray_bytes(rng, data[:cut], 2)))
    return versions


def tokens(text: str | None) -> Counter:
    return Counter((text or "").split())


def kept(before: Counter, after: Counter) -> float:
    """The share of the undamaged page's tokens the damaged page still has."""
    total = sum(before.values())
    return sum((before & after).values()) / total if total else 1.0


def from_html_timed(data: bytes, url: str):
    started = time.perf_counter()
    record = extract.from_html(data, url=url)
    return record, time.perf_counter() - started


@pytest.mark.parametrize(("name", "url", "path"), PAGES, ids=[p[0] for p in PAGES])
def test_damaged_pages_never_raise_and_keep_their_text(name, url, path):
    data = path.read_bytes()
    original = extract.from_html(data, url=url)
    before = tokens(original.text)
    for label, version in damaged(name, data):
        try:
            record, seconds = from_html_timed(version, url)
        except DecodeError:
            pytest.fail(f"{name}, {label}: refused as undecodable")
        assert seconds < SECONDS_PER_PAGE, f"{name}, {label}: {seconds:.1f} s"
        if "stray" in label and "truncated" not in label:
            share = kept(before, tokens(record.text))
            assert share >= MIN_TEXT_KEPT, f"{name}, {label}: kept {share:.0%} of the text"


def test_there_are_pages_to_damage():
    assert len(fixture_articles()) >= 30
    assert all(path.is_file() for _, _, path in fixture_articles())


# ------------------------------------------------------------------ plain text


def mangled(rng: random.Random, text: str) -> list[tuple[str, str]]:
    marks = [chr(c) for c in range(0x300, 0x370)]
    sprinkled = "".join(c + (rng.choice(marks) if rng.random() < 0.2 else "") for c in text)
    points = list(text)
    for _ in range(50):
        code = rng.randrange(0x110000)  # any code point: controls, lone surrogates, unassigned
        points.insert(rng.randrange(len(points) + 1), chr(code))
    return [
        ("truncated", text[: rng.randrange(len(text))]),
        ("combining marks sprinkled", sprinkled),
        ("spaces removed", text.replace(" ", "")),
        ("random code points", "".join(points)),
        ("marks only", "".join(rng.choice(marks) for _ in range(300))),
        ("one long line", text.replace("\n", " ") * 5),
    ]


def article_texts() -> list[tuple[str, str]]:
    found = []
    for gold in sorted(SITES.glob("*/gold/*.json"))[:12]:
        record = json.loads(gold.read_text("utf-8"))
        found.append((gold.stem, f"{record['title']}\n\n{record['text']}"))
    return found


@pytest.mark.parametrize(("name", "text"), article_texts(), ids=[t[0] for t in article_texts()])
def test_mangled_texts_never_raise(name, text):
    rng = rng_for(name)
    for label, version in mangled(rng, text):
        record = extract.from_text(version, url="https://baodongthap.vn/a.aspx")
        assert isinstance(record.text, str), label
        record.to_json()
    raw = with_stray_bytes(rng, text.encode("utf-8"), 3)  # a dump as bytes, damaged
    record = extract.from_text(raw, url="https://baodongthap.vn/a.aspx")
    assert kept(tokens(text), tokens(f"{record.title}\n{record.text}")) >= MIN_TEXT_KEPT


# ------------------------------------------------------------------ where the damage is reported


def damaged_article(site: str = "generic") -> tuple[str, bytes, bytes]:
    """(URL path, bytes, the bytes with three stray 0xFF between words) of a fixture article."""
    gold = sorted((SITES / site / "gold").glob("*.json"))[0]
    path = json.loads(gold.read_text("utf-8"))["url"]
    clean = (SITES / site / "www" / path.lstrip("/")).read_bytes()
    body = clean.index(b"<body")
    spaces = [i for i in range(body, len(clean)) if clean[i] == 0x20]
    broken = clean
    for at in sorted(rng_for(path).sample(spaces, 3), reverse=True):
        broken = broken[:at] + b"\xff" + broken[at:]
    return path, clean, broken


def test_the_page_counts_its_replaced_bytes():
    from extract.page.html import page_from_html

    _, clean, broken = damaged_article()
    assert page_from_html(clean).replaced_bytes == 0
    page = page_from_html(broken)
    assert page.replaced_bytes == 3 and "\ufffd" in page.text  # some fell in markup


def test_batch_keeps_the_page_and_lists_the_warning(tmp_path, capsys):
    from extract.cli import main

    _, clean, broken = damaged_article()
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "clean.html").write_bytes(clean.replace(b"<title>", b"<title>Clean "))
    (pages / "broken.html").write_bytes(broken)
    (pages / "binary.html").write_bytes(random.Random(SEED).randbytes(3000))
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(pages), "-o", str(out), "-j", "1"]) == 0
    assert len(out.read_text("utf-8").splitlines()) == 2  # the damaged page is kept
    listed = [json.loads(line) for line in (tmp_path / "out.jsonl.errors.jsonl").open()]
    by_input = {Path(entry["input"]).name: entry for entry in listed}
    assert by_input["broken.html"]["replaced_bytes"] == 3 and "warning" in by_input["broken.html"]
    assert "mostly not text" in by_input["binary.html"]["reason"]  # binary is still refused
    err = capsys.readouterr().err
    assert "1 failed" in err and "1 kept with undecodable bytes (3 bytes replaced" in err


def test_html_and_text_commands_warn_and_count(tmp_path, capsys):
    from extract.cli import main

    _, _, broken = damaged_article()
    page = tmp_path / "broken.html"
    page.write_bytes(broken)
    assert main(["html", str(page), "--summary", "-o", str(tmp_path / "h.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "broken.html: 3 undecodable bytes replaced" in err
    assert "1 page had undecodable bytes (3 bytes replaced by U+FFFD)" in err
    dump = tmp_path / "dump.txt"
    dump.write_bytes("Tiêu đề bài báo\n\nHuyện ủy Cao Lãnh họp ".encode() + b"\xff")
    assert main(["text", str(dump), "--summary", "-o", str(tmp_path / "t.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "dump.txt: 1 undecodable byte replaced" in err and "1 page had" in err


def test_a_crawl_counts_damaged_pages_and_archives_them_untouched(tmp_path):
    import importlib.util
    import sys

    from extract.crawl import CrawlOptions, crawl
    from extract.crawl.archive import read_responses, warc_files

    spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
    serve = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(serve)
    path, _, broken = damaged_article()
    server = serve.SiteServer(SITES / "generic").start()
    try:
        server.always(path, serve.Fault(body=broken))
        options = CrawlOptions(delay=0.0, allow_private=True, progress=False, timeout=2.0)
        summary = crawl([server.base_url + "/"], tmp_path / "out", options)
    finally:
        server.stop()
    assert (summary.damaged, summary.replaced_bytes) == (1, 3)
    assert any("undecodable bytes on 1 pages" in line for line in summary.lines())
    records = (tmp_path / "out" / "records.jsonl").read_text("utf-8")
    assert path in records  # the damaged article has its record
    archived = [r for r in read_responses(warc_files(tmp_path / "out")) if r.url.endswith(path)]
    assert archived and archived[0].body == broken  # the WARC keeps the bytes as received
