"""Benchmark the administrative-units step alone (the ``vn_admin_units`` component).

Builds the Docs of every article in a corpus once (tokenizer and page parsing
are not timed), then runs only the component over fresh copies of them,
several passes, counting the CPU time of this process (one core). As a
yardstick measured in the same process, it also times a plain regex pass over
the same texts (``\\w+`` words), so the figure can be read independently of the
machine's speed.

The main figure assumes the Doc text is at hand (``doc_for_page`` has it when it
builds the Doc); the second adds spaCy joining the text from its tokens, which
whichever component asks first pays once per Doc.

    .venv/bin/python bench/bench_units.py [CORPUS_DIR ...] [--rounds N]

Target (issue 4): >= 2,000 articles/s.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from extract.nlp import build_nlp, doc_for_page
from extract.nlp.gazetteer import load_gazetteer
from extract.nlp.spans import TEXT_KEY
from extract.nlp.units import AdminUnitRecognizer
from extract.page import page_from_text
from extract.urls import corpus_urls

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def corpus_pages(dirs: list[Path]) -> list:
    """Pages of every ``*.txt`` article under ``dirs``, with their URLs where listed."""
    pages = []
    for folder in dirs:
        urls = corpus_urls(folder)
        for path in sorted(folder.glob("*.txt")):
            pages.append(page_from_text(path.read_text(encoding="utf-8"), urls.get(path.stem)))
    return pages


def rate(function, make_items, rounds: int) -> float:
    """Items per second of CPU time (one core) of ``function``, best of ``rounds`` passes.

    Args:
        function: called on each item.
        make_items: returns a fresh list of items for each pass (not timed).
        rounds: how many passes.
    """
    best = float("inf")
    for _ in range(rounds):
        items = make_items()
        start = time.process_time()
        for item in items:
            function(item)
        best = min(best, time.process_time() - start)
    return len(items) / best


def fresh(docs: list, with_text: bool) -> list:
    """Copies of ``docs`` as the pipeline hands them over: no entities, no locations;
    with the Doc text already at hand (``with_text``) or still to be joined by spaCy."""
    copies = [doc.copy() for doc in docs]
    for copy, doc in zip(copies, docs, strict=True):
        if with_text:
            copy.user_data[TEXT_KEY] = doc.text
        else:
            copy.user_data.pop(TEXT_KEY, None)
    return copies


def main() -> None:
    """Print articles/s of the units step and of the regex yardstick."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "corpora" / "dev"])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    start = time.perf_counter()
    load_gazetteer()
    load_seconds = time.perf_counter() - start

    nlp = build_nlp(())  # tokenizer only: the Docs are made once, outside the timing
    docs = [doc_for_page(page, nlp) for page in corpus_pages(args.dirs)]
    if not docs:
        raise SystemExit("no articles found")
    component = AdminUnitRecognizer(nlp)
    texts = [doc.text for doc in docs]
    units_rate = rate(component, lambda: fresh(docs, True), args.rounds)
    cold_rate = rate(component, lambda: fresh(docs, False), max(3, args.rounds // 4))
    regex_rate = rate(WORD.findall, lambda: texts, args.rounds)
    chars = sum(map(len, texts)) / len(docs)

    print(f"articles: {len(docs)} (mean {chars:,.0f} characters), best of {args.rounds} passes")
    print(f"gazetteer load (cached): {load_seconds * 1000:.0f} ms")
    print(f"vn_admin_units: {units_rate:,.0f} articles/s (target >= 2,000)")
    print(f"  the same, when spaCy must first join the Doc text: {cold_rate:,.0f} articles/s")
    print(f"regex \\w+ pass over the same texts: {regex_rate:,.0f} articles/s (yardstick)")
    print(f"the units step costs {regex_rate / units_rate:.1f}x a plain regex pass")


if __name__ == "__main__":
    main()
