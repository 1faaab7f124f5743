# ruff: noqa: E501  (sample articles: their lines are their sentences)
"""Across an archive: people and their posts, the directive register, unit time series."""

from __future__ import annotations

import csv
import json
import sqlite3

import pytest

import extract
from extract.cli import main
from extract.knowledge.scoring import score_people
from tests.conftest import ROOT


def record(url, published, text, officials=(), **facts):
    """A record dict as the pipeline writes it; officials' mentions found in ``text``."""
    items = []
    for name, position, organization, *rest in officials:
        start = text.find(name)
        items.append({
            "name": name, "position": position, "organization": organization,
            "roles": [{"position": position, "organization": organization,
                       "qualifier": rest[0] if rest else None}],
            "mentions": [{"field": "text", "start": start, "end": start + len(name)}],
        })
    host = url.split("/")[2]
    return {"schema": "vn-news-record/1.1", "id": url, "url": url, "source": host,
            "title": None, "published": published, "author": None, "summary": None,
            "text": text, "captions": [], "officials": items, "organizations": [],
            "locations": facts.get("locations", []), "ratios": facts.get("ratios", []),
            "percents": facts.get("percents", []), "directives": facts.get("directives", [])}


HT, DT = "https://baohatinh.vn/", "https://baodongthap.vn/"
ARCHIVE = [
    record(HT + "a1.html", "2019-03-02T08:00:00+07:00",
           "Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện Can Lộc dự hội nghị.",
           [("Nguyễn Văn Hùng", "Phó Chủ tịch", "Ủy ban nhân dân huyện Can Lộc")]),
    record(HT + "a2.html", "2021-06-10T08:00:00+07:00",
           "Ông Nguyễn Văn Hùng được bầu giữ chức Bí thư Huyện ủy Can Lộc.",
           [("Nguyễn Văn Hùng", "Bí thư", "Huyện ủy Can Lộc")]),
    record(HT + "a3.html", "2022-01-05T08:00:00+07:00",
           "Bí thư Huyện ủy Can Lộc NGUYỄN VĂN HÙNG kiểm tra mô hình.",
           [("NGUYỄN VĂN HÙNG", "Bí thư", "Huyện ủy Can Lộc")]),
    record(HT + "a4.html", "2023-09-01T08:00:00+07:00",
           "Ông Nguyễn Văn Hùng được điều động, bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Hà Tĩnh.",
           [("Nguyễn Văn Hùng", "Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh")]),
    # a namesake in another province: another person, however often he appears
    record(DT + "b1.aspx", "2020-05-01T08:00:00+07:00",
           "Bí thư Huyện ủy Tam Nông Nguyễn Văn Hùng chủ trì.",
           [("Nguyễn Văn Hùng", "Bí thư", "Huyện ủy Tam Nông")]),
    record(DT + "b2.aspx", "2024-05-01T08:00:00+07:00",
           "Ông Nguyễn Văn Hùng, Bí thư Huyện ủy Tam Nông nghỉ hưu theo chế độ.",
           [("Nguyễn Văn Hùng", "Bí thư", "Huyện ủy Tam Nông")]),
    # a central post joins the only career of that name
    record("https://baochinhphu.vn/c1.htm", "2025-02-01T08:00:00+07:00",
           "Thứ trưởng Bộ Tài chính Lê Thị Mai làm việc với tỉnh.",
           [("Lê Thị Mai", "Thứ trưởng", "Bộ Tài chính")]),
    record(HT + "a5.html", "2020-02-01T08:00:00+07:00",
           "Bà Lê Thị Mai, Giám đốc Sở Tài chính tỉnh Hà Tĩnh báo cáo.",
           [("Lê Thị Mai", "Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh")]),
]


def by_name_and_province(persons):
    return {(p["name"], p["province"]): p for p in persons}


def test_homonyms_in_two_provinces_stay_two_people():
    persons = by_name_and_province(extract.people(ARCHIVE))
    ha_tinh, dong_thap = persons[("Nguyễn Văn Hùng", "Hà Tĩnh")], persons[("Nguyễn Văn Hùng", "Đồng Tháp")]
    assert ha_tinh["person_id"] != dong_thap["person_id"]
    assert len(ha_tinh["mentions"]) == 4 and len(dong_thap["mentions"]) == 2


def test_a_career_is_one_person_with_posts_in_date_order():
    hung = by_name_and_province(extract.people(ARCHIVE))[("Nguyễn Văn Hùng", "Hà Tĩnh")]
    posts = [(p["position"], p["organization"]) for p in hung["positions"]]
    assert posts == [
        ("Phó Chủ tịch", "Ủy ban nhân dân huyện Can Lộc"),
        ("Bí thư", "Huyện ủy Can Lộc"),  # the capitals of a3 are the same post, merged
        ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh"),
    ]
    secretary = hung["positions"][1]
    assert secretary["first_seen"].startswith("2021-06-10")
    assert secretary["last_seen"].startswith("2022-01-05")
    assert secretary["urls"] == [HT + "a2.html", HT + "a3.html"]


def test_transitions_carry_the_kind_the_article_states():
    persons = by_name_and_province(extract.people(ARCHIVE))
    hung = persons[("Nguyễn Văn Hùng", "Hà Tĩnh")]
    kinds = [(t["to"]["position"] if t["to"] else None, t["kind"]) for t in hung["transitions"]]
    assert kinds == [("Bí thư", "elected"), ("Giám đốc", "transferred")]
    retired = persons[("Nguyễn Văn Hùng", "Đồng Tháp")]["transitions"]
    assert [(t["kind"], t["to"]) for t in retired] == [("retired", None)]


def test_a_central_post_joins_the_only_career_of_that_name():
    mai = [p for p in extract.people(ARCHIVE) if p["name"] == "Lê Thị Mai"]
    assert len(mai) == 1
    assert [p["position"] for p in mai[0]["positions"]] == ["Giám đốc", "Thứ trưởng"]


def test_people_accepts_records_in_every_batch_format(tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARCHIVE), "utf-8")
    from extract.record import Record

    sqlite_out = tmp_path / "records.sqlite"
    from extract.batch.writers import writer_for

    with writer_for(str(sqlite_out)) as writer:
        for r in ARCHIVE:
            writer.write(Record.from_dict(r).to_json())
    expected = extract.people(ARCHIVE)
    assert extract.people(extract.read_records(str(source))) == expected
    assert extract.people(extract.read_records(str(sqlite_out))) == expected


def test_the_people_command_writes_each_format(tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARCHIVE), "utf-8")
    assert main(["people", str(source), "-o", str(tmp_path / "people.jsonl")]) == 0
    lines = (tmp_path / "people.jsonl").read_text("utf-8").splitlines()
    first = json.loads(lines[0])
    assert set(first) == {"person_id", "name", "province", "mentions", "positions", "transitions"}
    assert main(["people", str(source), "-o", str(tmp_path / "people.csv")]) == 0
    with open(tmp_path / "people.positions.csv", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert {"person_id", "position", "organization", "first_seen", "last_seen"} <= set(rows[0])
    assert main(["people", str(source), "-o", str(tmp_path / "people.sqlite")]) == 0
    db = sqlite3.connect(tmp_path / "people.sqlite")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"people", "positions", "mentions", "transitions"} <= tables
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == len(lines)
    db.close()
    assert main(["people", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "p.jsonl")]) == 2
    assert main(["people", str(source), "-o", str(tmp_path / "people.txt")]) == 2


def test_person_scoring_counts_a_merged_homonym_against_precision():
    persons = extract.people(ARCHIVE)
    stems = {"Hà Tĩnh": ["a1", "a2", "a3", "a4"], "Đồng Tháp": ["b1", "b2"]}
    gold = {"people": [
        {"person_id": f"g{i}", "name": "Nguyễn Văn Hùng", "province": province,
         "mentions": [{"article": s} for s in articles],
         "positions": [{"position": p["position"], "organization": p["organization"]}
                       for p in by_name_and_province(persons)[("Nguyễn Văn Hùng", province)]
                       ["positions"]]}
        for i, (province, articles) in enumerate(stems.items())
    ]}
    report = score_people(gold, [p for p in persons if p["name"] == "Nguyễn Văn Hùng"])
    assert report.f1 == pytest.approx(1.0) and report.homonyms_merged == 0
    assert report.history_exact == 1.0
    merged = [{"person_id": "x", "name": "Nguyễn Văn Hùng", "positions": [],
               "mentions": [m for p in persons if p["name"] == "Nguyễn Văn Hùng"
                            for m in p["mentions"]]}]
    worse = score_people(gold, merged)
    assert worse.homonyms_merged == 1 and worse.precision < 0.6 and worse.recall == 1.0


# ------------------------------------------------------------------ the register and the series


REGISTER_TEXT = (
    "Chủ tịch UBND tỉnh Hồ Văn Lâm yêu cầu Sở Tài chính rà soát các dự án, "
    "hoàn thành trước ngày 30/6/2023."
)


def test_the_register_has_a_row_per_action_with_issuer_person_and_deadline():
    action = "rà soát các dự án, hoàn thành trước ngày 30/6/2023"
    r = record(DT + "r1.aspx", "2023-05-02T08:00:00+07:00", REGISTER_TEXT,
               [("Hồ Văn Lâm", "Chủ tịch", "Ủy ban nhân dân tỉnh Đồng Tháp")],
               directives=[{"verb": "yêu cầu", "issuer": "Hồ Văn Lâm",
                            "addressee": "Sở Tài chính tỉnh Đồng Tháp", "actions": [action],
                            "mentions": [{"field": "text", "start": 30, "end": 120}]}])
    (row,) = extract.directive_register([r])  # a version 1 directive: the deadline is parsed
    assert (row["issuer"], row["action"], row["deadline"]) == ("Hồ Văn Lâm", action, "2023-06-30")
    (person,) = extract.people([r])
    assert row["issuer_person_id"] == person["person_id"]
    assert row["deadline_text"] == "trước ngày 30/6/2023"


def test_unit_series_ties_each_ratio_to_its_unit_and_keys_by_2025_units_on_request():
    district = {"name": "Tam Nông", "type": "huyện", "level": "district", "code": "870",
                "province": "Đồng Tháp", "current": None,
                "mentions": [{"field": "text", "start": 8, "end": 22}]}
    text = "Đến nay huyện Tam Nông có 12/12 xã đạt chuẩn nông thôn mới."
    ratio = {"numerator": 12, "denominator": 12, "unit": "xã",
             "predicate": "đạt chuẩn nông thôn mới", "subject": None,
             "mentions": [{"field": "text", "start": 26, "end": 34}]}
    r = record(DT + "u1.aspx", "2022-01-01T08:00:00+07:00", text,
               locations=[district], ratios=[ratio])
    (row,) = extract.unit_series([r])
    assert (row["unit_name"], row["unit_code"], row["year"]) == ("Tam Nông", "870", 2022)
    assert (row["key_name"], row["key_level"]) == ("Tam Nông", "district")
    (row,) = extract.unit_series([r], as_of="2025-07-01")
    assert (row["key_name"], row["key_level"]) == ("Đồng Tháp", "province")


def test_the_directives_and_units_commands_write_tables(tmp_path):
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ARCHIVE), "utf-8")
    assert main(["directives", str(source), "-o", str(tmp_path / "register.csv")]) == 0
    assert main(["units", str(source), "-o", str(tmp_path / "units.sqlite"),
                 "--as-of", "2025-07-01"]) == 0
    assert main(["units", str(source), "-o", str(tmp_path / "u.csv"), "--as-of", "July"]) == 2


def test_a_body_named_after_a_unit_places_the_person_even_on_another_provinces_site():
    binh_lieu = {"name": "Bình Liêu", "type": "huyện", "level": "district", "code": "198",
                 "province": "Quảng Ninh", "mentions": []}
    visiting = record(DT + "v1.aspx", "2024-10-16T08:00:00+07:00",
                      "Đoàn do ông Nguyễn Văn Hùng, Bí thư Huyện ủy Bình Liêu dẫn đầu thăm Tam Nông.",
                      [("Nguyễn Văn Hùng", "Bí thư", "Huyện ủy Bình Liêu")],
                      locations=[binh_lieu])
    persons = by_name_and_province(extract.people([*ARCHIVE, visiting]))
    assert len(persons[("Nguyễn Văn Hùng", "Đồng Tháp")]["mentions"]) == 2  # not 3
    assert persons[("Nguyễn Văn Hùng", "Quảng Ninh")]["mentions"][0]["url"] == DT + "v1.aspx"


def test_the_archive_corpus_resolves_its_people():
    """corpora/archive: 48 articles, 3 provinces, careers, homonym pairs (gold people.json)."""
    from extract.knowledge.scoring import read_gold
    from extract.urls import corpus_urls

    archive = ROOT / "corpora" / "archive"
    urls = corpus_urls(archive)
    records = [extract.from_text(p.read_text("utf-8"), url=urls[p.stem])
               for p in sorted(archive.glob("*.txt"))]
    report = score_people(read_gold(archive), extract.people(records))
    assert report.homonym_pairs >= 2 and report.homonyms_merged == 0
    assert report.precision >= 0.95 and report.f1 >= 0.9
    assert report.history_order == 1.0  # no career's posts out of order
