"""vn_admin_units against the dev corpus gold: locations F1 and code accuracy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.api import from_text
from extract.nlp import build_nlp
from extract.normalize import fold
from extract.urls import corpus_urls

DEV = Path(__file__).resolve().parent.parent / "corpora" / "dev"


def key(item, name):
    return item.get("level"), fold(item.get("type") or ""), fold(name)


def score(folder: Path):
    urls = corpus_urls(folder)
    nlp = build_nlp(("vn_admin_units",))
    tp = fp = fn = right = coded = 0
    for gold_path in sorted(folder.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["locations"]
        record = from_text(text_path.read_text(encoding="utf-8"), urls.get(gold_path.stem), nlp)
        predicted = [(key(vars(loc), loc.name), loc.code) for loc in record.locations]
        used: set[int] = set()
        for item in gold:
            names = [item["name"], *item.get("aliases", [])]
            keys = {key(item, name) for name in names}
            hit = next((i for i, (k, _) in enumerate(predicted) if i not in used and k in keys),
                       None)
            if hit is not None:
                used.add(hit)
            if item.get("optional"):
                continue
            if hit is None:
                fn += 1
                continue
            tp += 1
            if item.get("code"):
                coded += 1
                right += predicted[hit][1] == item["code"]
        fp += len(predicted) - len(used)
    return tp, fp, fn, right, coded


@pytest.mark.skipif(not any(DEV.glob("*.json")), reason="corpora/dev is not available")
def test_dev_locations_f1_and_code_accuracy_reach_the_target():
    tp, fp, fn, right, coded = score(DEV)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn)
    assert right / coded >= 0.95, (right, coded)
