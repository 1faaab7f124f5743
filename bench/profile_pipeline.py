"""Where the time of text -> record goes, per stage and per component.

    .venv/bin/python bench/profile_pipeline.py [--rounds 5] [--top 3]

Over the page-length articles of bench_batch.py (dev and test articles brought
to 1-4 kB of text), two passes in this process:

1. timing: the CPU time of each stage of `extract.from_text` (reading the
   page, joining its fields into an `Article`, each component, building the
   record, its JSON),
   summed over ``--rounds`` passes: the share of each and milliseconds per
   article;
2. profiling: each component under its own cProfile, to tell how much of its
   time is spent inside the ``re`` module (its own scans and matches) and
   which of its functions cost most (own time, cProfile's overhead included,
   so read these as proportions).

It ends with the one scan of the shared phrase index (`extract.nlp.phrase_index`)
per article, to set against what the components spend scanning today.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_batch's article sets

import extract  # noqa: E402
from bench_batch import corpus_articles, page_length_articles  # noqa: E402
from extract.nlp.article import article_of  # noqa: E402
from extract.nlp.components import COMPONENTS, record_components  # noqa: E402
from extract.nlp.extensions import FACT_EXTENSIONS, context_of, facts_of  # noqa: E402
from extract.nlp.phrase_index import phrase_index  # noqa: E402
from extract.page import page_from_text  # noqa: E402
from extract.record import build_record  # noqa: E402


def run(url: str, text: str, call) -> str:
    """One article through the stages of `extract.from_text`, the record's path
    (`extract.nlp.components.read_facts`: an `Article`, no spaCy Doc), each
    stage made by ``call(stage, function, *args)``; returns the record's JSON."""
    page = call("page_from_text (page fields)", page_from_text, text, url)
    doc = call("Article (joined fields)", article_of, page)
    for name, component in zip(COMPONENTS, record_components(), strict=True):
        doc = call(name, component, doc)
    record = call("build_record", _record_of, page, doc)
    return call("to_json", record.to_json)


def _record_of(page, doc):
    facts = {kind: list(facts_of(doc, kind)) for kind in FACT_EXTENSIONS}
    return build_record(page, facts, context_of(doc).fields)


def check_stages(items) -> None:
    """Stop if the stages no longer give `extract.from_text`'s records (the
    pipeline changed and `run` did not follow)."""
    for url, text in items[:20]:
        if run(url, text, _plain) != extract.from_text(text, url=url).to_json():
            raise SystemExit(f"bench: run()'s stages no longer make from_text's record ({url})")


def _plain(stage, function, *args):
    return function(*args)


def timed(clock, spent: dict, profiles: dict | None = None):
    """A ``call`` for `run` adding each stage's ``clock()`` time to ``spent``
    (and profiling the components named in ``profiles``)."""

    def call(stage, function, *args):
        profile = profiles.get(stage) if profiles else None
        start = clock()
        if profile is not None:
            profile.enable()
        result = function(*args)
        if profile is not None:
            profile.disable()
        spent[stage] += clock() - start
        return result

    return call


def regex_share(stats: pstats.Stats) -> float:
    """Seconds spent inside re.Pattern / re.Match methods and re's functions."""
    total = 0.0
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():
        if (
            "re.Pattern" in function
            or "re.Match" in function
            or filename.endswith("/re/__init__.py")
        ):
            total += tottime
    return total


def top_functions(stats: pstats.Stats, n: int) -> list[tuple[str, float]]:
    """The ``n`` functions with the most own time, as ``module:function``."""
    rows = []
    for (filename, _, function), (_, _, tottime, _, _) in stats.stats.items():
        where = Path(filename).stem if filename != "~" else ""
        rows.append((f"{where}:{function}" if where else function, tottime))
    return sorted(rows, key=lambda row: -row[1])[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--top", type=int, default=3, help="functions listed per component")
    args = parser.parse_args()
    items = page_length_articles(corpus_articles("dev") + corpus_articles("test"))
    size = sum(len(t.encode()) for _, t in items) / len(items) / 1000
    check_stages(items)
    for url, text in items:  # warm-up: tables load, caches fill
        run(url, text, timed(time.process_time, defaultdict(float)))

    spent: dict[str, float] = defaultdict(float)
    by_size: dict[int, list[float]] = defaultdict(list)  # whole kB -> seconds per article
    start = time.process_time()
    for _ in range(args.rounds):
        for url, text in items:
            before = time.process_time()
            run(url, text, timed(time.process_time, spent))
            by_size[len(text.encode()) // 1000].append(time.process_time() - before)
    total = time.process_time() - start
    n = args.rounds * len(items)
    print(
        f"{len(items)} articles of {size:.1f} kB of text on average, {args.rounds} rounds:"
        f" {n / total:,.0f} articles/s (CPU time, timers included).\n"
    )
    print("| stage | share | ms / article |")
    print("| --- | ---: | ---: |")
    for stage, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {100 * seconds / total:.1f}% | {1e3 * seconds / n:.3f} |")
    rest = total - sum(spent.values())
    print(f"| (between stages) | {100 * rest / total:.1f}% | {1e3 * rest / n:.3f} |")
    print("\n| text size | articles | ms / article |")
    print("| --- | ---: | ---: |")
    for kb, seconds in sorted(by_size.items()):
        print(
            f"| {kb}–{kb + 1} kB | {len(seconds) // args.rounds}"
            f" | {1e3 * sum(seconds) / len(seconds):.2f} |"
        )

    profiles = {name: cProfile.Profile() for name in COMPONENTS}
    for url, text in items:
        run(url, text, timed(time.process_time, defaultdict(float), profiles))
    print("\nInside each component (one pass under cProfile):\n")
    print("| component | in `re` | costliest own time |")
    print("| --- | ---: | --- |")
    regex_seconds = profiled_seconds = 0.0
    for name, profile in profiles.items():
        stats = pstats.Stats(profile)
        in_re = regex_share(stats)
        regex_seconds += in_re
        profiled_seconds += stats.total_tt
        top = ", ".join(
            f"{f} {100 * s / stats.total_tt:.0f}%" for f, s in top_functions(stats, args.top)
        )
        print(f"| {name} | {100 * in_re / stats.total_tt:.0f}% | {top} |")

    texts = [article_of(page_from_text(t, u)).text for u, t in items]
    index = phrase_index()
    start = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            index.scan(text)
    scan = (time.process_time() - start) / n
    components = sum(spent[name] for name in COMPONENTS) / n
    print(
        f"\nOne phrase-index scan: {1e6 * scan:.0f} µs per article, against"
        f" {1e6 * components:.0f} µs in the components ({100 * scan / components:.1f}%);"
        f" the components spent {100 * regex_seconds / profiled_seconds:.0f}%"
        " of their (profiled) time in `re`."
    )


if __name__ == "__main__":
    main()
