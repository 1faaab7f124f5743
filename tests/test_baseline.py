"""The underthesea baseline (bench/baseline_underthesea.py) emits sound, scorable records."""

from __future__ import annotations

import importlib
import sys

import pytest

from extract.evaluate import check_record, evaluate
from tests.conftest import ROOT

pytest.importorskip("underthesea")


@pytest.fixture(scope="module")
def baseline():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        yield importlib.import_module("baseline_underthesea")
    finally:
        sys.path.remove(str(ROOT / "bench"))


DUMP = """Huyện Cao Lãnh ra quân làm đường giao thông nông thôn
Sáng nay, ông Nguyễn Văn Bình kiểm tra công trình tại xã Mỹ Hiệp, huyện Cao Lãnh, tỉnh Đồng Tháp.
Ông Bình đề nghị địa phương đẩy nhanh tiến độ.
"""


def test_entities_become_items_with_real_mentions(baseline):
    record = baseline.baseline_record(DUMP, "https://baodongthap.vn/a/b01-cao-lanh.aspx")
    assert check_record(record) == []
    assert record["ratios"] == record["percents"] == record["directives"] == []
    names = {o["name"] for o in record["officials"]}
    assert "Nguyễn Văn Bình" in names
    units = {(loc["level"], loc["type"], loc["name"]) for loc in record["locations"]}
    assert ("commune", "xã", "Mỹ Hiệp") in units
    assert ("province", "tỉnh", "Đồng Tháp") in units
    for loc in record["locations"]:
        for m in loc["mentions"]:
            assert record[m["field"]][m["start"] : m["end"]] == loc["name"]


def test_unit_word_before_or_inside_the_entity(baseline):
    text = "làm việc với thị xã Hồng Ngự và thành phố Cao Lãnh"
    start = text.index("Hồng Ngự")
    assert baseline.unit_of(text, start, start + 8)[:3] == ("thị xã", "district", "Hồng Ngự")
    start = text.index("thành phố")
    assert baseline.unit_of(text, start, len(text))[:3] == ("thành phố", "province", "Cao Lãnh")
    assert baseline.unit_of("ở Cao Lãnh", 2, 10)[:2] == (None, None)


def test_baseline_records_score_against_gold(baseline):
    record = baseline.baseline_record(DUMP, "https://baodongthap.vn/a/b01-cao-lanh.aspx")
    gold = {
        "officials": [{"name": "Nguyễn Văn Bình", "position": None, "organization": None}],
        "locations": [
            {"level": "commune", "type": "xã", "name": "Mỹ Hiệp", "code": "30112"},
        ],
    }
    report = evaluate({"b01-cao-lanh": gold}, [record])
    assert report.paired == 1 and report.ok
    assert report.fields["officials"].tp == 1 and report.fields["locations"].tp == 1
