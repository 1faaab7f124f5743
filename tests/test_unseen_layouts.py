"""Article pages in layouts no site profile was written for (issue 13, "done when").

The four sites of corpora/sites/build_unseen.py (an ASP.NET WebForms newspaper,
a WordPress district site, a NukeViet portal, a national newspaper CMS) were
written without reading the extractor: they measure the generic path. A user
pointing vnextract at such a site needs, for each site:
- the body text right (micro bag-of-tokens F1 >= 0.97, as SPEC.md scores pages),
  and every title, date and author right;
- every home, listing, tag and search page skipped as "not an article", and
  no article page skipped;
- a crawl from the home page that returns every article and nothing else.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import extract
from extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
# invented hosts: no site profile may exist for them, the generic path does the work
HOSTS = {
    "aspnet": "baoangiangonline.vn",
    "wordpress": "krongpac-daklak.vn",
    "nukeviet": "camxuyen-hatinh.vn",
    "national": "nongthonviet.vn",
}
UNSEEN = tuple(HOSTS)

_spec = importlib.util.spec_from_file_location("fixture_serve", SITES / "serve.py")
serve = sys.modules.setdefault("fixture_serve", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(serve)
SiteServer = serve.SiteServer


def golds(site: str) -> dict[str, dict]:
    """stem -> page gold of the site's articles."""
    return {
        p.stem: json.loads(p.read_text("utf-8"))
        for p in sorted((SITES / site / "gold").glob("*.json"))
    }


def not_articles(site: str) -> list[str]:
    """URL paths of the site's home, listing, tag and search pages."""
    return (SITES / site / "not_articles.txt").read_text("utf-8").split()


def page_bytes(site: str, target: str) -> bytes:
    """The bytes the fixture server answers for a URL path (as serve.py maps it)."""
    parts = urlsplit(target)
    file = SITES / site / "www" / unquote(parts.path).lstrip("/")
    if parts.path.endswith("/"):
        file = file / "index.html"
    if parts.query:
        file = file.with_name(f"{file.name}@{parts.query}")
    return file.read_bytes()


def url_of(site: str, target: str) -> str:
    return f"https://{HOSTS[site]}{target}"


@cache
def records(site: str) -> dict[str, dict]:
    """stem -> record (as JSON) of each gold article, extracted from its page."""
    out = {}
    for stem, gold in golds(site).items():
        record = extract.from_html(page_bytes(site, gold["url"]), url=url_of(site, gold["url"]))
        out[stem] = json.loads(record.to_json())
    return out


def mismatches(site: str, field: str) -> list[tuple[str, object, object]]:
    """(stem, gold, extracted) for each article whose ``field`` is wrong."""
    got = records(site)
    return [
        (stem, gold[field], got[stem][field])
        for stem, gold in golds(site).items()
        if got[stem][field] != gold[field]
    ]


def test_every_site_has_articles_and_pages_that_are_not():
    for site in UNSEEN:
        assert 6 <= len(golds(site)) <= 10, site
        assert len(not_articles(site)) >= 4, site  # home, two listings, tag or search


@pytest.mark.parametrize("site", UNSEEN)
def test_body_text_f1(site):
    report = evaluate(golds(site), list(records(site).values()), pages=True)
    assert report.paired == len(golds(site))
    text = report.fields["text"]
    assert text.f1 >= 0.97, (
        f"{site}: text P {text.precision:.3f} R {text.recall:.3f} F1 {text.f1:.3f}"
    )


@pytest.mark.parametrize("site", UNSEEN)
def test_every_title_is_the_headline(site):
    assert mismatches(site, "title") == []


@pytest.mark.parametrize("site", UNSEEN)
def test_every_date_is_the_articles_own(site):
    # never the header's "today" box, a related list's date, a comment's or a modification date
    assert mismatches(site, "published") == []


@pytest.mark.parametrize("site", UNSEEN)
def test_every_author_is_the_bylines_person_or_null(site):
    # "NHẬT XUÂN - NGHI VŨ" is "Nhật Xuân, Nghi Vũ";
    # a site name in meta or JSON-LD is never an author
    assert mismatches(site, "author") == []


@pytest.mark.parametrize("site", UNSEEN)
def test_only_article_pages_give_records(site):
    articles = [gold["url"] for gold in golds(site).values()]
    others = not_articles(site)
    inputs = [
        {"url": url_of(site, path), "html": page_bytes(site, path).decode("utf-8")}
        for path in articles + others
    ]
    errors: list[dict] = []
    kept = {record.url for record in extract.process(inputs, errors=errors)}
    rejected = {e["url"]: e["reason"] for e in errors}
    assert sorted({url_of(site, p) for p in articles} - kept) == [], rejected
    assert sorted(kept & {url_of(site, p) for p in others}) == []
    assert {url: reason.split(":")[0] for url, reason in rejected.items()} == {
        url_of(site, p): "not an article" for p in others
    }


@pytest.mark.parametrize("site", UNSEEN)
def test_a_crawl_returns_every_article(site, tmp_path):
    server = SiteServer(SITES / site).start()
    try:
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        }
        command = [
            sys.executable, "-m", "extract", "crawl", server.base_url + "/",
            "--out", str(tmp_path / "crawl"),
            "--delay", "0", "--allow-private", "--no-progress", "--timeout", "5", "--retries", "1",
        ]  # fmt: skip
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-2000:]
    lines = (tmp_path / "crawl" / "records.jsonl").read_text("utf-8").splitlines()
    paths = sorted(urlsplit(json.loads(line)["url"]).path for line in lines)
    assert paths == sorted(gold["url"] for gold in golds(site).values())
