"""The ten real pages of ../shared/realpages (third-party, never copied here): the
figures issue 13 asks for. Skipped where the folder is absent."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from extract.evaluate import normalize, tokens
from extract.page.html import article_problem, page_from_html

ROOT = Path(__file__).resolve().parent.parent


def real_pages_dir() -> Path | None:
    """$VNEXTRACT_REALPAGES, or shared/realpages beside the repository (or its worktree folder)."""
    candidates = [os.environ.get("VNEXTRACT_REALPAGES")]
    candidates += [str(base / "shared" / "realpages") for base in (ROOT.parent, ROOT.parent.parent)]
    for candidate in candidates:
        if (
            candidate
            and (Path(candidate) / "gold").is_dir()
            and (Path(candidate) / "html").is_dir()
        ):
            return Path(candidate)
    return None


FOLDER = real_pages_dir()
pytestmark = pytest.mark.skipif(FOLDER is None, reason="../shared/realpages is absent")


def pages() -> list[tuple[dict, bytes]]:
    found = []
    for gold_file in sorted((FOLDER / "gold").glob("*.json")):
        html = FOLDER / "html" / (gold_file.stem + ".html")
        found.append((json.loads(gold_file.read_text("utf-8")), html.read_bytes()))
    return found


def micro_f1(pairs: list[tuple[str, str]]) -> float:
    overlap = predicted = expected = 0
    for gold, text in pairs:
        gold_bag, pred_bag = Counter(tokens(gold)), Counter(tokens(text))
        overlap += sum((gold_bag & pred_bag).values())
        predicted += sum(pred_bag.values())
        expected += sum(gold_bag.values())
    precision, recall = overlap / predicted, overlap / expected
    return 2 * precision * recall / (precision + recall)


def test_real_pages_body_title_date_and_author():
    results = [(gold, page_from_html(raw, gold["url"])) for gold, raw in pages()]
    assert len(results) == 10
    ours = micro_f1([(gold["text"], page.text) for gold, page in results])
    assert ours >= 0.97
    for gold, page in results:
        assert article_problem(page) is None, gold["url"]
        assert normalize(page.title) == normalize(gold["title"]), gold["url"]
        assert (page.published or "")[:10] == gold["published"][:10], gold["url"]
        for caption in gold["captions"]:
            assert normalize(caption) not in normalize(page.text)
    authors = sum(normalize(page.author) == normalize(gold["author"]) for gold, page in results)
    assert authors >= 9


def test_real_pages_sapo_as_printed():
    """The sapo verbatim, its outlet's prefix included ("(Dân trí) - Giá vàng ...")."""
    for gold, raw in pages():
        page = page_from_html(raw, gold["url"])
        assert " ".join((page.summary or "").split()) == gold["summary"], gold["url"]


def test_real_pages_text_beats_trafilatura():
    trafilatura = pytest.importorskip("trafilatura")
    from extract.normalize import decode_report

    ours, theirs = [], []
    for gold, raw in pages():
        ours.append((gold["text"], page_from_html(raw, gold["url"]).text))
        out = trafilatura.extract(decode_report(raw).text, url=gold["url"])
        theirs.append((gold["text"], out or ""))
    assert micro_f1(ours) > micro_f1(theirs)
