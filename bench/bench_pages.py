"""Page extraction: vnextract against trafilatura alone, side by side, in one run.

    .venv/bin/python bench/bench_pages.py [--json] [--misses] [--real DIR] [--rounds N]

Two sets of pages:

- the fixture sites (corpora/sites, written by us), scored per site;
- the real pages of ``../shared/realpages`` (``html/``, ``gold/``; or ``--real DIR``,
  or the ``VNEXTRACT_REALPAGES`` variable), scored page by page: text precision,
  recall and F1 (bag of tokens, as `vnextract eval --pages`), title, date (to the
  day) and author, for vnextract and trafilatura side by side; then the speed of
  the whole html -> record path (`extract.from_html`: decoding, parsing, the
  clean-up and every NLP component) against trafilatura's extraction alone
  (``trafilatura.extract`` on the decoded text, metadata included), in pages
  per second of CPU time, best of ``--rounds`` alternating rounds. The real pages
  are skipped with a note when the folder is absent.

Every article page of corpora/sites/<site>/www (gold in <site>/gold/<stem>.json)
is extracted twice: with `extract.from_html` (site profiles, generic
fallback, then the whole NLP pipeline) and with ``trafilatura.extract`` alone.
Both sets of records are scored by `extract.evaluate.evaluate(..., pages=True)`,
the scorer of ``vnextract eval --pages``: bag-of-tokens precision, recall and
F1 of ``text`` against the gold body (micro-averaged over pages), and exact
title, date and author accuracy.

trafilatura has no summary field, so its text also holds the sapo: the
"body F1" column scores summary + text against gold summary + text, the fair
comparison of body finding alone. Its dates carry no time of day, so "day"
gives its date accuracy to the day. Both extractors read the same decoded
text (decoding is not what is compared).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
SITE_NAMES = ("portal", "newspaper", "generic", "aspnet", "wordpress", "nukeviet", "national")


def real_pages_dir(given: str | None = None) -> Path | None:
    """The real-pages folder: ``given``, $VNEXTRACT_REALPAGES, or ``shared/realpages``
    beside the repository (or beside the folder of worktrees); None when absent."""
    import os

    candidates = [given, os.environ.get("VNEXTRACT_REALPAGES")]
    candidates += [str(base / "shared" / "realpages") for base in (ROOT.parent, ROOT.parent.parent)]
    for candidate in candidates:
        if (
            candidate
            and (Path(candidate) / "gold").is_dir()
            and (Path(candidate) / "html").is_dir()
        ):
            return Path(candidate)
    return None


def pages(site: str) -> list[tuple[dict, bytes, str | None]]:
    """(gold, raw bytes, the charset the server declares) for every article page of a site."""
    root = SITES / site
    conf = (
        tomllib.loads((root / "serve.toml").read_text("utf-8"))
        if (root / "serve.toml").exists()
        else {}
    )
    found = []
    for gold_file in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        path = root / "www" / gold["url"].lstrip("/")
        raw = (path / "index.html" if gold["url"].endswith("/") else path).read_bytes()
        ctype = conf.get("headers", {}).get(gold["url"], {}).get("Content-Type", "")
        found.append((gold, raw, ctype.split("charset=")[1] if "charset=" in ctype else None))
    return found


def ours(items) -> list[dict]:
    from extract.api import from_page
    from extract.page.html import page_from_html

    return [
        from_page(page_from_html(raw, "http://127.0.0.1" + gold["url"], declared)).to_dict()
        for gold, raw, declared in items
    ]


def theirs(items) -> list[dict]:
    import trafilatura

    from extract.page.html import decode_html

    records = []
    for gold, raw, declared in items:
        url = "http://127.0.0.1" + gold["url"]
        out = trafilatura.extract(
            decode_html(raw, declared), url=url, output_format="json", with_metadata=True
        )
        data = json.loads(out) if out else {}
        records.append(
            {
                "url": url,
                "title": data.get("title"),
                "published": data.get("date"),
                "author": data.get("author"),
                "summary": None,
                "text": data.get("text") or "",
            }
        )
    return records


def score(golds: dict[str, dict], records: list[dict]) -> dict[str, float]:
    from extract.evaluate import evaluate

    text = evaluate(golds, records, pages=True, check_mentions=False).fields["text"]
    body_golds = {
        stem: {"text": f"{g.get('summary') or ''}\n\n{g['text']}"} for stem, g in golds.items()
    }
    body_records = [
        {**r, "text": f"{r.get('summary') or ''}\n\n{r.get('text') or ''}"} for r in records
    ]
    body = evaluate(body_golds, body_records, pages=True, check_mentions=False).fields["text"]
    from extract.evaluate import url_stem

    by_stem = {url_stem(r["url"]): r for r in records}
    day = sum(
        (by_stem.get(s, {}).get("published") or "")[:10] == (g["published"] or "")[:10]
        for s, g in golds.items()
    ) / len(golds)
    return {
        "text_p": text.precision,
        "text_r": text.recall,
        "text_f1": text.f1,
        "body_f1": body.f1,
        "title": text.extra("title").value,
        "date": text.extra("published").value,
        "day": day,
        "author": text.extra("author").value,
    }


def real_items(folder: Path) -> list[tuple[str, dict, bytes]]:
    """(stem, gold, raw bytes) of every real page with both gold and HTML."""
    found = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        page = folder / "html" / (gold_file.stem + ".html")
        if page.exists():
            found.append(
                (gold_file.stem, json.loads(gold_file.read_text("utf-8")), page.read_bytes())
            )
    return found


def real_records(items, name: str) -> list[dict]:
    """Records of the real pages by one extractor (field subset the page scorer reads)."""
    import trafilatura

    from extract.api import from_html
    from extract.normalize import decode_report

    records = []
    for _, gold, raw in items:
        if name == "vnextract":
            record = from_html(raw, url=gold["url"]).to_dict()
        else:
            out = trafilatura.extract(
                decode_report(raw).text, url=gold["url"], output_format="json", with_metadata=True
            )
            data = json.loads(out) if out else {}
            record = {
                "url": gold["url"],
                "title": data.get("title"),
                "published": data.get("date"),
                "author": data.get("author"),
                "summary": None,
                "text": data.get("text") or "",
            }
        records.append(record)
    return records


def page_scores(gold: dict, record: dict) -> dict:
    """One page's text P/R/F1 (bag of tokens) and title/date/day/author rightness."""
    from collections import Counter

    from extract.evaluate import _same_date, normalize, tokens

    gold_bag, pred_bag = Counter(tokens(gold["text"])), Counter(tokens(record.get("text")))
    overlap = sum((gold_bag & pred_bag).values())
    p = overlap / sum(pred_bag.values()) if pred_bag else 0.0
    r = overlap / sum(gold_bag.values()) if gold_bag else 0.0
    return {
        "tp": overlap,
        "n_pred": sum(pred_bag.values()),
        "n_gold": sum(gold_bag.values()),
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "title": normalize(gold["title"]) == normalize(record.get("title")),
        "date": _same_date(gold["published"], record.get("published")),
        "day": (record.get("published") or "")[:10] == (gold["published"] or "")[:10],
        "author": normalize(gold["author"]) == normalize(record.get("author")),
    }


def real_speed(items, rounds: int) -> dict[str, dict[str, float]]:
    """Pages per CPU second on the real pages: from_html (the whole path) and
    trafilatura.extract (extraction alone), in one process.

    "new": one pass over pages neither has seen, after both warmed up on every
    fixture-site article (modules loaded, patterns compiled): what a crawl
    meets; the order of the two passes alternates between processes. "repeat":
    the best of ``rounds`` further passes over the same pages, where
    trafilatura's string caches (functools.lru_cache) and spaCy's tokenizer
    cache already hold them."""
    import trafilatura

    from extract.api import from_html
    from extract.normalize import decode_report

    for _, raw, _ in (p for site in SITE_NAMES for p in pages(site)):
        from_html(raw)
        trafilatura.extract(decode_report(raw).text, output_format="json", with_metadata=True)
    texts = [decode_report(raw).text for _, _, raw in items]
    runs = {
        "vnextract": lambda: [from_html(raw, url=g["url"]) for _, g, raw in items],
        "trafilatura": lambda: [
            trafilatura.extract(t, output_format="json", with_metadata=True) for t in texts
        ],
    }
    speed: dict[str, dict[str, float]] = {name: {} for name in runs}
    order = list(runs) if os.getpid() % 2 else list(runs)[::-1]
    for name in order:
        start = time.process_time()
        runs[name]()
        speed[name]["new"] = len(items) / (time.process_time() - start)
    best = {name: float("inf") for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    for name in runs:
        speed[name]["repeat"] = len(items) / best[name]
    return speed


def speed_in_processes(folder: Path, rounds: int, processes: int) -> dict:
    """`real_speed` in ``processes`` fresh processes (pages are new to each), medians."""
    import statistics
    import subprocess

    command = [sys.executable, __file__, "--speed-worker", "--real", str(folder)]
    command += ["--rounds", str(rounds)]
    runs = [
        json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for _ in range(processes)
    ]
    return {
        name: {when: statistics.median(r[name][when] for r in runs) for when in ("new", "repeat")}
        for name in ("vnextract", "trafilatura")
    }


def real_report(folder: Path, rounds: int, processes: int = 3) -> dict:
    """Score both extractors on the real pages and time them; the report as a dict."""
    items = real_items(folder)
    report: dict = {
        "pages": {},
        "micro": {},
        "speed": speed_in_processes(folder, rounds, processes),
    }
    for name in ("vnextract", "trafilatura"):
        records = real_records(items, name)
        totals = {"tp": 0, "n_pred": 0, "n_gold": 0, "title": 0, "date": 0, "day": 0, "author": 0}
        for (stem, gold, _), record in zip(items, records, strict=True):
            scores = page_scores(gold, record)
            report["pages"].setdefault(stem, {})[name] = scores
            for key in totals:
                totals[key] += scores[key]
        p = totals["tp"] / totals["n_pred"] if totals["n_pred"] else 0.0
        r = totals["tp"] / totals["n_gold"] if totals["n_gold"] else 0.0
        report["micro"][name] = {
            "p": p,
            "r": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0,
            **{k: totals[k] for k in ("title", "date", "day", "author")},
            "n": len(items),
        }
    return report


def print_real(report: dict) -> None:
    """The real-pages table, page by page, then micro figures and speed."""
    print(f"\n{len(report['pages'])} real pages (text P/R/F1; t=title d=day a=author right)\n")
    print(
        f"{'page':44} {'vnextract P/R/F1':>20} {'tda':>4}   {'trafilatura P/R/F1':>20} {'tda':>4}"
    )
    for stem, by_name in report["pages"].items():
        cells = []
        for name in ("vnextract", "trafilatura"):
            v = by_name[name]
            marks = "".join(k[0] if v[k] else "-" for k in ("title", "day", "author"))
            cells.append(f"{v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {marks:>4}")
        print(f"{stem[:44]:44} {cells[0]}   {cells[1]}")
    print()
    for name, v in report["micro"].items():
        print(
            f"{name:12} micro P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}; "
            f"title {v['title']}/{v['n']}, date {v['date']}/{v['n']} exact, "
            f"{v['day']}/{v['n']} to the day, author {v['author']}/{v['n']}"
        )
    speed = report["speed"]
    print("\nspeed, pages per CPU second, median of fresh processes (vnextract: html -> record,")
    print("NLP included; trafilatura: extraction alone)")
    for when in ("new", "repeat"):
        ours, theirs = speed["vnextract"][when], speed["trafilatura"][when]
        print(
            f"  {when + ' pages':13} vnextract {ours:5.0f}   trafilatura {theirs:5.0f}   "
            f"ratio {ours / theirs:.2f}x"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list our title/date/author errors")
    parser.add_argument("--real", help="the real-pages folder (default: ../shared/realpages)")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds on the real pages")
    parser.add_argument("--real-only", action="store_true", help="skip the fixture sites")
    parser.add_argument(
        "--processes", type=int, default=3, help="fresh processes timing the real pages (median)"
    )
    parser.add_argument("--speed-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = real_pages_dir(args.real)
    if args.speed_worker:
        print(json.dumps(real_speed(real_items(folder), args.rounds)))
        return 0
    real = real_report(folder, args.rounds, args.processes) if folder else None
    if args.real_only:
        if args.json:
            print(json.dumps({"real": real}, indent=1))
        elif real:
            print_real(real)
        else:
            print("real pages: folder not found (../shared/realpages); skipped")
        return 0
    from extract.evaluate import load_gold

    table: dict[str, dict] = {"vnextract": {}, "trafilatura": {}}
    speed = {"vnextract": [0, 0.0], "trafilatura": [0, 0.0]}
    all_golds, all_records = {}, {"vnextract": [], "trafilatura": []}
    misses = []
    ours([pages("portal")[0]])  # load the pipeline before timing
    for site in SITE_NAMES:
        golds, problems = load_gold(SITES / site / "gold")
        assert not problems, problems
        items = pages(site)
        all_golds.update(golds)
        for name, run in (("vnextract", ours), ("trafilatura", theirs)):
            start = time.perf_counter()
            records = run(items)
            speed[name][0] += len(items)
            speed[name][1] += time.perf_counter() - start
            all_records[name] += records
            table[name][site] = score(golds, records)
            if name == "vnextract":
                for record, (gold, _, _) in zip(records, items, strict=True):
                    for field in ("title", "published", "author"):
                        if record[field] != gold[field]:
                            misses.append(
                                f"{gold['url']}: {field} {record[field]!r} != {gold[field]!r}"
                            )
    for name in table:
        table[name]["all"] = score(all_golds, all_records[name])
        table[name]["pages_per_s"] = speed[name][0] / speed[name][1]
    if args.json:
        print(json.dumps({"fixtures": table, "real": real}, indent=1))
    else:
        print(
            f"{len(all_golds)} fixture pages; scored by extract.evaluate (vnextract eval --pages)\n"
        )
        head = f"{'':12} {'site':10} {'text P':>7} {'text R':>7} {'text F1':>8} {'body F1':>8}"
        print(head + f" {'title':>6} {'date':>6} {'day':>6} {'author':>7}")
        for name, rows in table.items():
            for site, v in rows.items():
                if site == "pages_per_s":
                    continue
                print(
                    f"{name:12} {site:10} {v['text_p']:7.3f} {v['text_r']:7.3f} "
                    f"{v['text_f1']:8.3f} "
                    f"{v['body_f1']:8.3f} {v['title']:6.2f} {v['date']:6.2f} {v['day']:6.2f} "
                    f"{v['author']:7.2f}"
                )
            print(
                f"{name:12} {rows['pages_per_s']:.0f} pages/s (wall clock; vnextract: the whole"
                " html -> record path, trafilatura: extraction alone)\n"
            )
    if not args.json:
        if real:
            print_real(real)
        else:
            print("real pages: folder not found (../shared/realpages); skipped")
    if args.misses:
        print("\n".join(misses) or "no title/date/author errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
