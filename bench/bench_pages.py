"""Page extraction on the fixture sites: our extractor against trafilatura alone.

    .venv/bin/python bench/bench_pages.py [--json]

For every article page of corpora/sites/*/ (gold in <site>/gold/<stem>.json)
it extracts the page twice, with `extract.page.html.page_from_html` (site
profiles, generic fallback) and with ``trafilatura.extract`` alone, and
prints side by side: bag-of-tokens precision, recall and F1 of ``text``
against the gold body (micro-averaged over pages, as SPEC.md scores pages),
title and date exact-match accuracy, author accuracy, and pages per second.

trafilatura has no summary field, so its text holds the sapo too; the row
"body F1" compares summary + text of both extractors with the gold's summary +
text, which is the fair comparison of body finding alone. trafilatura's
dates have no time, so its date accuracy compares the day only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITES = ROOT / "corpora" / "sites"


def tokens(text: str | None) -> Counter:
    """The bag of lower-cased word tokens of a text (NFC-normalised)."""
    from extract.normalize import normalize_text

    return Counter(re.findall(r"\w+", normalize_text(text or "").lower()))


class Score:
    """Micro-averaged bag-of-tokens precision/recall, plus exact-match counters."""

    def __init__(self) -> None:
        self.overlap = self.predicted = self.gold = 0
        self.hits: Counter = Counter()
        self.pages = 0

    def add_text(self, predicted: str | None, gold: str | None) -> None:
        p, g = tokens(predicted), tokens(gold)
        self.overlap += sum((p & g).values())
        self.predicted += sum(p.values())
        self.gold += sum(g.values())

    def prf(self) -> tuple[float, float, float]:
        precision = self.overlap / self.predicted if self.predicted else 0.0
        recall = self.overlap / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def pages() -> list[tuple[str, dict, bytes, str | None]]:
    """(site, gold, raw bytes, declared charset) for every article page."""
    found = []
    for site_dir in sorted(p for p in SITES.iterdir() if (p / "gold").is_dir()):
        conf_file = site_dir / "serve.toml"
        headers = (
            tomllib.loads(conf_file.read_text("utf-8")).get("headers", {})
            if conf_file.exists()
            else {}
        )
        for gold_file in sorted((site_dir / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text("utf-8"))
            raw = (site_dir / "www" / gold["url"].lstrip("/")).read_bytes()
            ctype = headers.get(gold["url"], {}).get("Content-Type", "")
            declared = ctype.split("charset=")[1] if "charset=" in ctype else None
            found.append((site_dir.name, gold, raw, declared))
    return found


def run_ours(items) -> tuple[dict[str, Score], float, list[str]]:
    from extract.page.html import page_from_html

    scores: dict[str, Score] = {}
    misses: list[str] = []
    start = time.perf_counter()
    results = [
        (site, gold, page_from_html(raw, "http://127.0.0.1" + gold["url"], declared))
        for site, gold, raw, declared in items
    ]
    elapsed = time.perf_counter() - start
    for site, gold, page in results:
        for key in (site, "all"):
            s = scores.setdefault(key, Score())
            s.pages += 1
            s.add_text(page.text, gold["text"])
            s.hits["title"] += page.title == gold["title"]
            s.hits["date"] += page.published == gold["published"]
            s.hits["author"] += page.author == gold["author"]
            s.hits["summary"] += page.summary == gold["summary"]
            s.hits["captions"] += page.captions == gold["captions"]
            body = scores.setdefault(key + ":body", Score())
            body.add_text(
                f"{page.summary or ''} {page.text}", f"{gold['summary'] or ''} {gold['text']}"
            )
        for field, ours in (
            ("title", page.title),
            ("published", page.published),
            ("author", page.author),
        ):
            if ours != gold[field]:
                misses.append(
                    f"ours {gold['url'].rsplit('/', 1)[-1]}: {field} {ours!r} != {gold[field]!r}"
                )
    return scores, len(items) / elapsed, misses


def run_trafilatura(items) -> tuple[dict[str, Score], float]:
    import trafilatura

    from extract.page.html import decode_html

    scores: dict[str, Score] = {}
    start = time.perf_counter()
    results = []
    for site, gold, raw, declared in items:
        html = decode_html(raw, declared)  # same decoding for both: we compare extraction
        out = trafilatura.extract(
            html, url="http://127.0.0.1" + gold["url"], output_format="json", with_metadata=True
        )
        results.append((site, gold, json.loads(out) if out else {}))
    elapsed = time.perf_counter() - start
    for site, gold, data in results:
        for key in (site, "all"):
            s = scores.setdefault(key, Score())
            s.pages += 1
            s.add_text(data.get("text"), gold["text"])
            s.hits["title"] += data.get("title") == gold["title"]
            s.hits["date"] += (data.get("date") or "")[:10] == (gold["published"] or "")[:10]
            s.hits["author"] += data.get("author") == gold["author"]
            body = scores.setdefault(key + ":body", Score())
            body.add_text(data.get("text"), f"{gold['summary'] or ''} {gold['text']}")
    return scores, len(items) / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", action="store_true", help="list our title/date/author errors")
    args = parser.parse_args()
    items = pages()
    ours, our_rate, misses = run_ours(items)
    theirs, their_rate = run_trafilatura(items)
    table = {}
    for name, scores, rate in (("vnextract", ours, our_rate), ("trafilatura", theirs, their_rate)):
        row = {}
        for key in [k for k in scores if ":" not in k]:
            s = scores[key]
            p, r, f = s.prf()
            row[key] = {
                "pages": s.pages,
                "text_p": round(p, 4),
                "text_r": round(r, 4),
                "text_f1": round(f, 4),
                "body_f1": round(scores[key + ":body"].prf()[2], 4),
                **{f"{k}_acc": round(v / s.pages, 4) for k, v in sorted(s.hits.items())},
            }
        row["pages_per_s"] = round(rate, 1)
        table[name] = row
    if args.json:
        print(json.dumps(table, indent=1))
    else:
        print(f"{len(items)} fixture pages ({', '.join(sorted({s for s, *_ in items}))})\n")
        print(
            f"{'':12} {'site':10} {'text P':>7} {'text R':>7} {'text F1':>8} {'body F1':>8} {'title':>6} {'date':>6} {'author':>7}"
        )
        for name, row in table.items():
            for key, v in row.items():
                if key == "pages_per_s":
                    continue
                print(
                    f"{name:12} {key:10} {v['text_p']:7.3f} {v['text_r']:7.3f} {v['text_f1']:8.3f} "
                    f"{v['body_f1']:8.3f} {v['title_acc']:6.2f} {v['date_acc']:6.2f} {v['author_acc']:7.2f}"
                )
            print(f"{name:12} {row['pages_per_s']:.0f} pages/s\n")
    if args.misses:
        print("\n".join(misses) or "no title/date/author errors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
