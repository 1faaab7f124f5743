"""Page extraction on the fixture sites: vnextract against trafilatura alone, side by side.

    .venv/bin/python bench/bench_pages.py [--json] [--misses]

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
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"
SITE_NAMES = ("portal", "newspaper", "generic")


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
        raw = (root / "www" / gold["url"].lstrip("/")).read_bytes()
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
    by_stem = {r["url"].rsplit("/", 1)[-1].rsplit(".", 1)[0]: r for r in records}
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list our title/date/author errors")
    args = parser.parse_args()
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
        print(json.dumps(table, indent=1))
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
                f"{name:12} {rows['pages_per_s']:.0f} pages/s (vnextract: with the NLP pipeline)\n"
            )
    if args.misses:
        print("\n".join(misses) or "no title/date/author errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
