"""Baseline: records made from underthesea's named-entity tagger, for comparison.

    .venv/bin/python bench/baseline_underthesea.py corpora/dev -o /tmp/baseline.dev.jsonl --score

The page fields come from `extract.page.page_from_text`, as in our pipeline,
so only the entity finding differs. Each paragraph of the title and body is
tagged with ``underthesea.ner`` (its bundled CRF model; nothing is
downloaded): PER entities become officials (a name, no position),
ORG entities organizations, and LOC entities locations whose type and level
are guessed from the unit word before the name or at its start ("tỉnh",
"thành phố" -> province; "huyện", "quận", "thị xã" -> district; "xã",
"phường", "thị trấn" -> commune). Mentions are real offsets into the record.
Ratios, percents and directives are not attempted.

The URL of each file comes from the ``urls*.tsv`` files of the corpus folder
(``stem<TAB>url``). Speed (articles per second, model loading excluded) goes
to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extract.normalize import decode
from extract.page import page_from_text
from extract.record import record_id
from extract.urls import corpus_urls, source_of

# unit word (lower case) -> (type, level); longest words are tried first
UNIT_WORDS = {
    "thành phố": ("thành phố", "province"),
    "tỉnh": ("tỉnh", "province"),
    "huyện": ("huyện", "district"),
    "quận": ("quận", "district"),
    "thị xã": ("thị xã", "district"),
    "thị trấn": ("thị trấn", "commune"),
    "xã": ("xã", "commune"),
    "phường": ("phường", "commune"),
}
LABELS = {"PER": "officials", "ORG": "organizations", "LOC": "locations"}


def read_urls(corpus: Path) -> dict[str, str]:
    """``stem -> url`` from every ``urls*.tsv`` file of ``corpus``."""
    return corpus_urls(corpus)


def _is_punctuation(word: str) -> bool:
    return all(unicodedata.category(c)[0] in "PS" for c in word)


def tag(text: str) -> list[tuple[str, int, int]]:
    """Named entities of ``text`` with character offsets.

    Args:
        text: one paragraph.

    Returns:
        ``(label, start, end)`` per entity (labels PER, ORG, LOC), with
        punctuation trimmed from both ends; words underthesea changed beyond
        recognition are skipped.
    """
    from underthesea import ner

    entities: list[tuple[str, int, int]] = []
    current: list[Any] | None = None  # [label, start, end]
    cursor = 0
    for word, _pos, _chunk, label in ner(text):
        found = text.find(word, cursor)
        if found < 0 or found - cursor > 40:  # the tagger rewrote the word: skip it
            continue
        start, end = found, found + len(word)
        cursor = end
        kind = label[2:] if label[:2] in ("B-", "I-") else None
        if kind is None or _is_punctuation(word):
            # "O" ends an entity; so does punctuation, which the tagger sometimes
            # puts inside one ("Cao Lãnh , tỉnh Đồng Tháp")
            current = _close(current, entities)
        elif label.startswith("I-") and current and current[0] == kind:
            current[2] = end
        else:
            _close(current, entities)
            current = [kind, start, end]
    _close(current, entities)
    return entities


def _close(current: list[Any] | None, entities: list[tuple[str, int, int]]) -> None:
    if current and current[0] in LABELS:
        entities.append((current[0], current[1], current[2]))
    return None


def paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """``(offset, paragraph)`` for each non-empty line of ``text``."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def unit_of(text: str, start: int, end: int) -> tuple[str | None, str | None, str, int]:
    """Guess a LOC entity's unit type and level.

    Returns:
        ``(type, level, name, name_start)``: the unit word at the entity's
        start or just before it decides type and level (None when there is
        none); ``name`` is the entity without that word.
    """
    span = text[start:end]
    lower = span.lower()
    for word in sorted(UNIT_WORDS, key=len, reverse=True):
        if lower.startswith(word + " "):
            name = span[len(word) :].strip()
            return *UNIT_WORDS[word], name, end - len(name)
    before = text[max(0, start - 12) : start].lower().rstrip()
    for word in sorted(UNIT_WORDS, key=len, reverse=True):
        if before.endswith(word) and (
            len(before) == len(word) or not before[-len(word) - 1].isalnum()
        ):
            return *UNIT_WORDS[word], span, start
    return None, None, span, start


def baseline_record(text: str, url: str | None) -> dict[str, Any]:
    """A record (SPEC.md's JSON object) from underthesea's entities in a page dump.

    Args:
        text: the plain-text dump.
        url: its page URL.

    Returns:
        The record; one item per distinct name (mentions merged), ordered by
        first mention.
    """
    page = page_from_text(text, url)
    record: dict[str, Any] = {
        "schema": "vn-news-record/1",
        "id": record_id(page.url, page.text or page.title or ""),
        "url": page.url,
        "source": source_of(page.url),
        "title": page.title,
        "published": page.published,
        "author": page.author,
        "summary": page.summary,
        "text": page.text or "",
        "captions": list(page.captions),
    }
    items: dict[str, dict[tuple, dict[str, Any]]] = {kind: {} for kind in LABELS.values()}
    for field in ("title", "summary", "text"):
        for offset, paragraph in paragraphs(record[field] or ""):
            for label, start, end in tag(paragraph):
                _add(
                    items[LABELS[label]], label, record[field], field, offset + start, offset + end
                )
    for kind in ("officials", "organizations", "locations", "ratios", "percents", "directives"):
        record[kind] = list(items.get(kind, {}).values())
    return record


def _add(items: dict, label: str, text: str, field: str, start: int, end: int) -> None:
    """Add one entity occurrence to ``items`` (merging repeated names)."""
    if label == "LOC":
        unit, level, name, name_start = unit_of(text, start, end)
        if not name:
            return
        key: tuple = (level, unit, name)
        item = {"name": name, "type": unit, "level": level, "code": None}
        mention = {"field": field, "start": name_start, "end": end}
    else:
        name = text[start:end]
        key = (name,)
        item = {"name": name}
        if label == "PER":
            item |= {"position": None, "organization": None, "roles": []}
        mention = {"field": field, "start": start, "end": end}
    items.setdefault(key, item | {"mentions": []})["mentions"].append(mention)


def run_corpus(corpus: Path) -> tuple[list[dict[str, Any]], float]:
    """Baseline records for every ``*.txt`` of ``corpus``.

    Returns:
        ``(records, seconds)``: the records and the tagging time (the
        model's first load excluded).
    """
    from underthesea import ner

    ner("Khởi động mô hình.")  # load the model before timing
    urls = read_urls(corpus)
    files = sorted(corpus.glob("*.txt"))
    began = time.perf_counter()
    records = [
        baseline_record(decode(path.read_bytes(), source=str(path)), urls.get(path.stem))
        for path in files
    ]
    return records, time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="folder of <stem>.txt dumps and urls*.tsv")
    parser.add_argument("-o", "--output", help="write records here (JSON Lines; default stdout)")
    parser.add_argument("--score", action="store_true", help="print the scores against the gold")
    args = parser.parse_args(argv)
    records, seconds = run_corpus(args.corpus)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.output:
        Path(args.output).write_text(lines, encoding="utf-8")
    elif not args.score:
        sys.stdout.write(lines)
    speed = len(records) / seconds if seconds else float("inf")
    print(
        f"baseline: {len(records)} articles in {seconds:.2f} s ({speed:.1f} articles/s)",
        file=sys.stderr,
    )
    if args.score:
        from extract.evaluate import evaluate, load_gold

        golds, _ = load_gold(args.corpus)
        sys.stdout.write(evaluate(golds, records).table())
    return 0


if __name__ == "__main__":
    sys.exit(main())
