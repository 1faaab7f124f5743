"""Scoring person resolution: B-cubed over (article, person) mentions, and post histories.

The gold is ``people.json`` (see corpora/archive/README.md): persons with the
articles naming them and their posts in career order. A mention is an
(article, name) pair: the article is the last segment of a record's URL
without its extension, as `vnextract eval` pairs records with gold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.normalize import fold

__all__ = ["PeopleReport", "score_people"]

Item = tuple[str, str]  # (article stem, folded name)


@dataclass
class PeopleReport:
    """B-cubed precision, recall, F1; post-history accuracy; homonyms merged."""

    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    history_exact: float = 0.0  # gold careers whose posts match exactly, in order
    history_order: float = 0.0  # gold careers whose posts found appear in the right order
    homonym_pairs: int = 0
    homonyms_merged: int = 0
    gold_people: int = 0
    predicted_people: int = 0
    misses: list[str] = field(default_factory=list)

    def table(self) -> str:
        """The report as a short text table."""
        lines = [
            "| measure | value |", "| --- | ---: |",
            f"| B-cubed precision | {self.precision:.3f} |",
            f"| B-cubed recall | {self.recall:.3f} |",
            f"| **B-cubed F1** | **{self.f1:.3f}** |",
            f"| post history right (exact) | {self.history_exact:.3f} |",
            f"| posts in the right order | {self.history_order:.3f} |",
            f"| homonym pairs merged | {self.homonyms_merged} of {self.homonym_pairs} |",
            f"| people: gold / predicted | {self.gold_people} / {self.predicted_people} |",
        ]
        return "\n".join(lines) + "\n"


def score_people(gold: dict[str, Any], persons: list[dict[str, Any]]) -> PeopleReport:
    """Score predicted persons against gold.

    Args:
        gold: the parsed ``people.json`` (``{"people": [...]}``).
        persons: the output of `extract.people` (or its JSON Lines, parsed).

    Returns:
        The `PeopleReport`.
    """
    from extract.evaluate import normalize, url_stem

    gold_of: dict[Item, str] = {}
    for person in gold["people"]:
        for m in person["mentions"]:
            gold_of[(m["article"], fold(person["name"]))] = person["person_id"]
    pred_of: dict[Item, str] = {}
    for person in persons:
        for m in person["mentions"]:
            pred_of[(url_stem(m["url"]) or m["record_id"], fold(person["name"]))] = person[
                "person_id"
            ]
    report = PeopleReport(gold_people=len(gold["people"]), predicted_people=len(persons))
    report.precision = _bcubed(pred_of, gold_of)
    report.recall = _bcubed(gold_of, pred_of)
    total = report.precision + report.recall
    report.f1 = 2 * report.precision * report.recall / total if total else 0.0

    by_id = {p["person_id"]: p for p in persons}
    exact = ordered = 0
    for person in gold["people"]:
        items = [(m["article"], fold(person["name"])) for m in person["mentions"]]
        votes: dict[str, int] = {}
        for item in items:
            if item in pred_of:
                votes[pred_of[item]] = votes.get(pred_of[item], 0) + 1
        match = by_id.get(max(votes, key=votes.get)) if votes else None
        want = [_post(p, normalize) for p in person["positions"]]
        got = [_post(p, normalize) for p in (match or {}).get("positions", [])]
        exact += got == want
        found = [g for g in got if g in want]
        right_order = found == [w for w in want if w in found] and bool(found)
        ordered += right_order
        if got != want:
            report.misses.append(f"{person['name']}: posts {got} (gold {want})")
    report.history_exact = exact / len(gold["people"]) if gold["people"] else 0.0
    report.history_order = ordered / len(gold["people"]) if gold["people"] else 0.0
    report.homonym_pairs, report.homonyms_merged = _homonyms(gold, gold_of, pred_of)
    return report


def _post(post: dict[str, Any], normalize) -> tuple[str, str]:
    return normalize(post.get("position")), normalize(post.get("organization"))


def _bcubed(items_of: dict[Item, str], other_of: dict[Item, str]) -> float:
    """Mean over ``items_of``'s items of |own cluster ∩ other cluster| / |own cluster|."""
    if not items_of:
        return 0.0
    own: dict[str, set[Item]] = {}
    for item, cluster in items_of.items():
        own.setdefault(cluster, set()).add(item)
    other: dict[str, set[Item]] = {}
    for item, cluster in other_of.items():
        other.setdefault(cluster, set()).add(item)
    total = 0.0
    for item, cluster in items_of.items():
        mine = own[cluster]
        theirs = other[other_of[item]] if item in other_of else {item}
        total += len(mine & theirs) / len(mine)
    return total / len(items_of)


def _homonyms(gold, gold_of, pred_of) -> tuple[int, int]:
    """(pairs of gold persons sharing a name, how many of them were merged into one)."""
    people = gold["people"]
    pairs = merged = 0
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if fold(a["name"]) != fold(b["name"]):
                continue
            pairs += 1
            pa = {pred_of.get(k) for k, v in gold_of.items() if v == a["person_id"]} - {None}
            pb = {pred_of.get(k) for k, v in gold_of.items() if v == b["person_id"]} - {None}
            merged += bool(pa & pb)
    return pairs, merged


def load_persons(path: str | Path) -> list[dict[str, Any]]:
    """Persons from a ``vnextract people`` JSON Lines file, or resolved from a records file."""
    from extract.knowledge.people import people
    from extract.knowledge.sources import read_records

    with open(path, encoding="utf-8") as stream:
        first = stream.readline()
    if first.strip() and "person_id" in json.loads(first):
        return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line]
    return people(read_records(str(path)))


def read_gold(path: str | Path) -> dict[str, Any]:
    """The gold ``people.json`` (a folder holding one is accepted too)."""
    path = Path(path)
    if path.is_dir():
        path = path / "people.json"
    return json.loads(path.read_text("utf-8"))
