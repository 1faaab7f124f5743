# ruff: noqa: E501  (the sample article's lines are its paragraphs)
"""Deadlines on directives (record version 1.1) and reading version 1 records."""

from __future__ import annotations

import json

import pytest

import extract
from extract.nlp.deadlines import find_deadlines, parse_deadline
from extract.record import SCHEMA_ID, Record


@pytest.mark.parametrize(
    ("phrase", "year", "expected"),
    [
        ("trước ngày 30/4/2020", 2019, "2020-04-30"),
        ("trong tháng 6", 2024, "2024-06-30"),
        ("trong tháng 2", 2024, "2024-02-29"),  # the month's last day, leap years included
        ("trước 15/12", 2023, "2023-12-15"),  # no year: the article's
        ("trong quý III/2024", 2020, "2024-09-30"),
        ("trong quý 4 năm 2022", None, "2022-12-31"),
        ("chậm nhất ngày 5 tháng 3 năm 2021", None, "2021-03-05"),
        ("trong 6 tháng đầu năm 2025", None, "2025-06-30"),
        ("trước khi bão đổ bộ", 2024, None),  # an event, not a date
        ("trước 15/12", None, None),  # the year is needed and unknown
        ("trước ngày 31/2/2024", None, None),  # no such day
    ],
)
def test_a_deadline_phrase_gives_the_last_day_it_allows(phrase, year, expected):
    assert parse_deadline(phrase, year) == expected


def test_shares_and_counts_are_not_deadlines():
    text = "Huyện có 2/3 số xã hoàn thành, trong 12 tháng qua thu hút 15/20 dự án."
    assert find_deadlines(text, 2023) == []


ARTICLE = """Đồng Tháp đẩy nhanh giải ngân vốn đầu tư công
Cập nhật ngày: 02/05/2023 08:15:40
Chiều 1/5, Chủ tịch UBND tỉnh Đồng Tháp Phạm Thiện Nghĩa chủ trì cuộc họp về giải ngân vốn đầu tư công.
Phát biểu chỉ đạo, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát các dự án chậm tiến độ, hoàn thành trước ngày 30/6/2023; đồng thời đẩy nhanh giải ngân vốn đầu tư công trong quý III/2023.
Ông cũng đề nghị các địa phương chủ động phương án ứng phó trước khi bão đổ bộ.
"""


def test_directives_carry_the_deadlines_their_actions_state():
    rec = extract.from_text(ARTICLE, url="https://baodongthap.vn/a.aspx")
    assert rec.schema == SCHEMA_ID == "vn-news-record/1.1"
    found = [
        (d.actions[x.action], x.text, x.date) for d in rec.directives for x in d.deadlines
    ]
    assert ("đẩy nhanh giải ngân vốn đầu tư công trong quý III/2023", "trong quý III/2023",
            "2023-09-30") in found
    assert any(t == "trước ngày 30/6/2023" and d == "2023-06-30" for _, t, d in found)
    assert any(t == "trước khi bão đổ bộ" and d is None for _, t, d in found)
    for directive in rec.directives:
        for deadline in directive.deadlines:
            (m,) = deadline.mentions
            assert rec.mentioned(m) == deadline.text


def test_a_version_1_record_is_read_unchanged():
    rec = extract.from_text(ARTICLE, url="https://baodongthap.vn/a.aspx")
    old = rec.to_dict()
    old["schema"] = "vn-news-record/1"
    for directive in old["directives"]:
        del directive["deadlines"]
    back = Record.from_json(json.dumps(old, ensure_ascii=False))
    assert back.schema == "vn-news-record/1"
    assert [d.actions for d in back.directives] == [d.actions for d in rec.directives]
    assert all(d.deadlines == [] for d in back.directives)


def test_the_json_schema_accepts_both_versions():
    jsonschema = pytest.importorskip("jsonschema")
    from extract.record import json_schema

    rec = extract.from_text(ARTICLE, url="https://baodongthap.vn/a.aspx").to_dict()
    jsonschema.validate(rec, json_schema())
    rec["schema"] = "vn-news-record/1"
    for directive in rec["directives"]:
        del directive["deadlines"]
    jsonschema.validate(rec, json_schema())
