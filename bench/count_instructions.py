"""Instructions per article of text -> record, counted by valgrind: free of the host's noise.

    .venv/bin/python bench/count_instructions.py [--articles 40] [--stages] [--against REV]

The speed benches time wall clocks and CPU clocks, which this shared machine
moves by 20–40% from hour to hour. Instructions do not move: callgrind counts
those executed inside `extract.from_text` over the first ``--articles``
page-length articles of bench_batch.py (after one warm-up pass over the same
articles, so tables and caches are loaded), and prints millions per article.

``--stages`` counts each stage of `profile_pipeline.run` on its own (one
valgrind run per stage, about a minute each). ``--against REV`` counts the
same for a git revision of ``src/`` too (exported to a temp folder), side by
side with the working tree: the change of a step, measured exactly.

Needs valgrind (``apt install valgrind``); it runs Python about 50 times slower.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
TOTAL = "from_text"
# Only what runs inside functools.reduce is counted (callgrind toggles on the C function).
TOGGLE = "--toggle-collect=functools_reduce"


def count(src: Path, stage: str, articles: int) -> float:
    """Millions of instructions per article of ``stage``, for the package in ``src``."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={tmp}/callgrind.out",
            "--collect-atstart=no",
            TOGGLE,
            sys.executable,
            __file__,
            "--child",
            stage,
            "--articles",
            str(articles),
        ]
        # a fixed hash seed: with a random one the same code varied by 0.6% run to run
        env = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"valgrind run of {stage} failed:\n{done.stderr[-2000:]}")
    return int(found.group(1)) / articles / 1e6


def child(stage: str, articles: int) -> None:
    """Inside valgrind: warm up, then run the counted work inside functools.reduce."""
    sys.path.insert(0, str(BENCH))
    import extract
    from bench_batch import corpus_articles, page_length_articles

    items = page_length_articles(corpus_articles("dev") + corpus_articles("test"))[:articles]
    for url, text in items:
        extract.from_text(text, url=url)
    if stage == TOTAL:  # profile_pipeline not imported: it may not fit an older tree
        functools.reduce(lambda _, item: extract.from_text(item[1], url=item[0]), items, None)
        return
    from profile_pipeline import run

    def call(name, function, *args):
        if name != stage:
            return function(*args)
        return functools.reduce(lambda _, __: function(*args), [None], None)

    for url, text in items:
        run(url, text, call)


def stage_names() -> list[str]:
    """The stages of `profile_pipeline.run`, in order (read by running it once),
    after checking that they still make `extract.from_text`'s records."""
    sys.path.insert(0, str(BENCH))
    from bench_batch import corpus_articles, page_length_articles
    from profile_pipeline import check_stages, run

    check_stages(page_length_articles(corpus_articles("dev") + corpus_articles("test")))

    names: list[str] = []

    def note(name, function, *args):
        names.append(name)
        return function(*args)

    run("https://example.vn/a", "Tiêu đề\n\nUBND tỉnh yêu cầu các xã hoàn thành.", note)
    return names


def exported(rev: str, into: Path) -> Path:
    """``src/`` of git revision ``rev``, written under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=40, help="page-length articles counted")
    parser.add_argument("--stages", action="store_true", help="count each stage on its own")
    parser.add_argument("--against", metavar="REV", help="also count this git revision")
    parser.add_argument("--child", metavar="STAGE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.articles)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("count_instructions needs valgrind: apt install valgrind")
    stages = [TOTAL] + (stage_names() if args.stages else [])
    with tempfile.TemporaryDirectory() as tmp:
        trees = [("working tree", ROOT / "src")]
        if args.against:
            trees.append((args.against, exported(args.against, Path(tmp))))
        counts = {name: [count(src, s, args.articles) for s in stages] for name, src in trees}
    header = " | ".join(name for name, _ in trees)
    print(f"M instructions per article, first {args.articles} page-length articles\n")
    print(f"| stage | {header} |" + (" change |" if args.against else ""))
    print("| --- |" + " ---: |" * (len(trees) + bool(args.against)))
    for i, stage in enumerate(stages):
        row = [counts[name][i] for name, _ in trees]
        change = f" {100 * (row[0] / row[1] - 1):+.1f}% |" if args.against else ""
        print(f"| {stage} | " + " | ".join(f"{v:.3f}" for v in row) + " |" + change)


if __name__ == "__main__":
    main()
