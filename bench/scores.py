"""The README's scores table: our pipeline against the underthesea baseline.

    .venv/bin/python bench/scores.py            # corpora/test and corpora/blind
    .venv/bin/python bench/scores.py --dev      # corpora/dev as well

For each corpus folder it runs `extract.from_text` and the baseline
(bench/baseline_underthesea.py) over every ``*.txt`` (URLs from the folder's
``urls*.tsv`` files), scores both with `extract.evaluate` (the code behind
``vnextract eval``) and prints Markdown: per field P/R/F1 for both, the extra
accuracies, speeds and the gold self-check (gold turned into records must
score 1.0). With ``--out DIR`` the records are also written there as
``<split>.ours.jsonl`` and ``<split>.baseline.jsonl`` for ``vnextract eval``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for baseline_underthesea


def our_records(corpus: Path) -> tuple[list[dict[str, Any]], float]:
    """Our pipeline's records for every ``*.txt`` of ``corpus``, and the seconds taken
    (the pipeline is built before timing)."""
    from baseline_underthesea import read_urls
    from extract.api import from_text
    from extract.nlp import shared_nlp
    from extract.normalize import decode

    shared_nlp()
    urls = read_urls(corpus)
    texts = [
        (decode(p.read_bytes(), source=str(p)), urls.get(p.stem))
        for p in sorted(corpus.glob("*.txt"))
    ]
    began = time.perf_counter()
    records = [from_text(text, url=url).to_dict() for text, url in texts]
    return records, time.perf_counter() - began


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def markdown(split: str, ours: Any, base: Any, speeds: dict[str, float], selfcheck: float) -> str:
    """The Markdown section of one corpus split.

    Args:
        split: the folder's name, e.g. "corpora/test".
        ours: our `Report`.
        base: the baseline's `Report`.
        speeds: articles per second, "ours" and "baseline".
        selfcheck: the headline F1 of the gold scored against itself.

    Returns:
        The section text.
    """
    lines = [
        f"### {split} ({ours.gold_articles} articles)",
        "",
        "| field | n gold | ours P | ours R | **ours F1** | baseline P | baseline R "
        "| **baseline F1** |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, s in ours.fields.items():
        b = base.fields[name]
        lines.append(
            f"| {name} | {s.n_gold} | {s.precision:.3f} | {s.recall:.3f} | **{s.f1:.3f}** "
            f"| {b.precision:.3f} | {b.recall:.3f} | **{b.f1:.3f}** |"
        )
    lines.append(
        f"| **headline (mean F1)** | | | | **{ours.headline:.3f}** | | | **{base.headline:.3f}** |"
    )
    lines += ["", "| also reported | ours | baseline |", "| --- | ---: | ---: |"]
    for name, s in ours.fields.items():
        for key in dict.fromkeys([*s.extras, *base.fields[name].extras]):
            mine, theirs = s.extras.get(key), base.fields[name].extras.get(key)
            lines.append(
                f"| {name}: {key} | {_cell(mine.value if mine else None)} "
                f"| {_cell(theirs.value if theirs else None)} |"
            )
    lines += [
        "",
        f"Speed (one process, models loaded before timing): ours "
        f"{speeds['ours']:.0f} articles/s, baseline {speeds['baseline']:.1f} articles/s. "
        f"Gold scored against itself: headline {selfcheck:.3f}. "
        f"Checks: ours {len(ours.violations)} violations, baseline {len(base.violations)}.",
    ]
    if ours.missing_records:
        lines.append(f"Gold files without a .txt/url: {', '.join(ours.missing_records)}.")
    return "\n".join(lines) + "\n"


def score_split(corpus: Path, out: Path | None) -> tuple[str, dict[str, Any]]:
    """Run both extractors over ``corpus`` and score them.

    Returns:
        The Markdown section and the two reports as JSON-ready data.
    """
    from baseline_underthesea import run_corpus
    from extract.evaluate import evaluate, gold_as_records, load_gold

    golds, _ = load_gold(corpus)
    ours, our_seconds = our_records(corpus)
    base, base_seconds = run_corpus(corpus)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for name, records in (("ours", ours), ("baseline", base)):
            path = out / f"{corpus.name}.{name}.jsonl"
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8"
            )
    our_report, base_report = evaluate(golds, ours), evaluate(golds, base)
    selfcheck = evaluate(golds, gold_as_records(corpus), check_mentions=False).headline
    speeds = {
        "ours": len(ours) / our_seconds if our_seconds else 0.0,
        "baseline": len(base) / base_seconds if base_seconds else 0.0,
    }
    name = str(corpus.relative_to(ROOT)) if corpus.is_relative_to(ROOT) else str(corpus)
    text = markdown(name, our_report, base_report, speeds, selfcheck)
    return text, {
        "ours": our_report.to_dict(),
        "baseline": base_report.to_dict(),
        "speeds": speeds,
        "selfcheck": selfcheck,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", action="store_true", help="also score corpora/dev")
    parser.add_argument("--corpus", type=Path, action="append", help="score this folder instead")
    parser.add_argument("--out", type=Path, help="also write the records here")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    args = parser.parse_args(argv)
    corpora = args.corpus or [ROOT / "corpora" / "test", ROOT / "corpora" / "blind"]
    if args.dev and not args.corpus:
        corpora.append(ROOT / "corpora" / "dev")
    sections, data = [], {}
    for corpus in corpora:
        text, reports = score_split(corpus, args.out)
        sections.append(text)
        data[str(corpus)] = reports
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print("\n".join(sections), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
