"""The scorer of SPEC.md (`extract.evaluate`, `vnextract eval`) on small hand-made cases."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest

from extract.evaluate import (
    check_record,
    evaluate,
    gold_as_records,
    load_gold,
    normalize,
    token_f1,
    url_stem,
)
from tests.conftest import ROOT

URL = "https://baodongthap.vn/chinh-tri/{}.aspx"


def record(stem: str, text: str = "", **facts) -> dict:
    """A record for ``stem`` whose items all carry a valid mention of ``text``[0:1]."""
    rec = {"url": URL.format(stem), "title": "Tiêu đề", "text": text or "x", "summary": None}
    for kind, items in facts.items():
        rec[kind] = [
            item | {"mentions": [{"field": "text", "start": 0, "end": 1}]} for item in items
        ]
    return rec


def score(gold: dict, rec: dict | None, stem: str = "a01", **kw):
    golds = {stem: gold}
    return evaluate(golds, [rec] if rec else [], **kw)


# --- normalisation -------------------------------------------------------------------------


def test_tone_placement_case_and_nfd_are_one_string():
    assert normalize("Huyện uỷ Cao Lãnh") == normalize("Huyện ủy Cao Lãnh")
    nfd = unicodedata.normalize("NFD", "HUYỆN UỶ CAO LÃNH")
    assert normalize(nfd) == "huyện ủy cao lãnh"


def test_abbreviations_are_expanded():
    assert normalize("UBND tỉnh Đồng Tháp") == normalize("Ủy ban nhân dân tỉnh Đồng Tháp")
    assert normalize("HĐND huyện") == "hội đồng nhân dân huyện"
    assert normalize("Ủy ban MTTQ xã") == "ủy ban mặt trận tổ quốc xã"
    assert normalize("TP.Cao Lãnh") == normalize("thành phố Cao Lãnh")
    assert normalize("Tp. Cao Lãnh") == "thành phố cao lãnh"
    assert normalize("TX Hồng Ngự") == "thị xã hồng ngự"
    # only whole words: a name that merely starts with the letters is left alone
    assert normalize("TPBank") == "tpbank"


def test_apostrophes_spaces_and_edge_punctuation():
    assert normalize("K'Nớ") == normalize("KNớ") == "knớ"
    assert normalize("  «Huyện   ủy»,  ") == "huyện ủy"
    assert normalize("Sở NN&PTNT.") == "sở nn&ptnt"  # inner punctuation stays


def test_token_f1_and_url_stem():
    assert token_f1("rà soát, thống kê", "rà soát thống kê") == 1.0
    assert token_f1("a b", "c d") == 0.0
    assert token_f1("xây dựng nông thôn", "nông thôn kiểu mẫu") == 0.5
    assert url_stem("https://x.vn/a/d01-cao-lanh.aspx?id=3#top") == "d01-cao-lanh"
    assert url_stem("file:///tmp/t02.txt") == "t02"
    assert url_stem(None) is None


# --- matching and counting -----------------------------------------------------------------


def test_organizations_by_normalised_name_with_abbreviation_and_tone():
    gold = {
        "organizations": [{"name": "Ủy ban nhân dân tỉnh Đồng Tháp"}, {"name": "Huyện ủy Cao Lãnh"}]
    }
    rec = record(
        "a01", organizations=[{"name": "UBND tỉnh Đồng Tháp"}, {"name": "Huyện uỷ Cao Lãnh"}]
    )
    s = score(gold, rec).fields["organizations"]
    assert (s.tp, s.fp, s.fn, s.f1) == (2, 0, 0, 1.0)


def test_optional_items_are_neither_rewarded_nor_punished():
    gold = {
        "organizations": [
            {"name": "Huyện ủy Cao Lãnh"},
            {"name": "Quốc hội", "optional": True},
            {"name": "Đảng bộ huyện Cao Lãnh", "optional": True},
        ]
    }
    found = record("a01", organizations=[{"name": "Huyện ủy Cao Lãnh"}, {"name": "Quốc hội"}])
    s = score(gold, found).fields["organizations"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    assert (s.n_gold, s.n_pred, s.optional_matched) == (1, 1, 1)
    # the same optional name twice: the second copy matches nothing and is an error
    twice = record("a01", organizations=[{"name": "Quốc hội"}, {"name": "Quốc hội"}])
    s = score(gold, twice).fields["organizations"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)


def test_aliases_match_but_only_once():
    gold = {
        "organizations": [
            {"name": "Ủy ban nhân dân tỉnh Đồng Tháp", "aliases": ["Ủy ban nhân dân tỉnh"]}
        ]
    }
    alias = record("a01", organizations=[{"name": "UBND tỉnh"}])
    assert score(gold, alias).fields["organizations"].tp == 1
    both = record("a01", organizations=[{"name": "UBND tỉnh"}, {"name": "UBND tỉnh Đồng Tháp"}])
    s = score(gold, both).fields["organizations"]
    assert (s.tp, s.fp) == (1, 1)


def test_direct_name_wins_over_an_alias():
    # the prediction "Ủy ban nhân dân tỉnh" is the optional item's name and the
    # required item's alias; with the required item's own name also predicted,
    # both predictions find a partner and nothing counts as an error
    gold = {
        "organizations": [
            {"name": "Ủy ban nhân dân tỉnh Cà Mau", "aliases": ["Ủy ban nhân dân tỉnh"]},
            {"name": "Ủy ban nhân dân tỉnh", "optional": True},
        ]
    }
    rec = record("a01", organizations=[{"name": "UBND tỉnh"}, {"name": "UBND tỉnh Cà Mau"}])
    s = score(gold, rec).fields["organizations"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_locations_need_level_type_and_name_and_report_code_accuracy():
    gold = {
        "locations": [
            {"level": "district", "type": "huyện", "name": "Cao Lãnh", "code": "873"},
            {"level": "district", "type": "thành phố", "name": "Cao Lãnh", "code": "866"},
            {"level": "commune", "type": "xã", "name": "Nhị Mỹ", "code": "30097"},
        ]
    }
    rec = record(
        "a01",
        locations=[
            {"level": "district", "type": "huyện", "name": "Cao Lãnh", "code": "873"},
            {"level": "district", "type": "TP", "name": "Cao Lãnh", "code": "873"},
            {"level": "district", "type": "xã", "name": "Nhị Mỹ", "code": "30097"},
        ],
    )
    s = score(gold, rec).fields["locations"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)  # "TP" = thành phố; wrong level for Nhị Mỹ
    assert s.extras["code"].value == 0.5  # the city got the district's code


def test_officials_position_and_organization_accuracy_use_roles():
    gold = {
        "officials": [
            {
                "name": "Lê Văn An",
                "position": "Chủ tịch",
                "organization": "Ủy ban nhân dân tỉnh Đồng Tháp",
            },
            {"name": "Trần Thị Bình", "position": "Bí thư", "organization": "Huyện ủy Cao Lãnh"},
        ]
    }
    rec = record(
        "a01",
        officials=[
            {
                "name": "Lê Văn An",
                "position": "Phó Bí thư",
                "organization": "Tỉnh ủy Đồng Tháp",
                "roles": [
                    {"position": "Phó Bí thư", "organization": "Tỉnh ủy Đồng Tháp"},
                    {"position": "Chủ tịch", "organization": "UBND tỉnh Đồng Tháp"},
                ],
            },
            {
                "name": "Trần Thị Bình",
                "position": "Phó Bí thư",
                "organization": "Huyện uỷ Cao Lãnh",
            },
        ],
    )
    s = score(gold, rec).fields["officials"]
    assert s.tp == 2
    assert s.extras["position"].value == 0.5
    assert s.extras["organization"].value == 1.0
    assert s.extras["role"].value == 0.5


def test_ratios_match_on_numbers_and_unit_and_report_predicate_f1():
    gold = {
        "ratios": [
            {
                "numerator": 17,
                "denominator": 17,
                "unit": "xã",
                "predicate": "đạt chuẩn nông thôn mới",
            },
            {"numerator": 5, "denominator": 12, "unit": "chỉ tiêu", "predicate": "đạt"},
        ]
    }
    rec = record(
        "a01",
        ratios=[
            {"numerator": 17, "denominator": 17, "unit": "Xã", "predicate": "đạt chuẩn"},
            {"numerator": 5, "denominator": 12, "unit": "tiêu chí", "predicate": "đạt"},
        ],
    )
    s = score(gold, rec).fields["ratios"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert s.extras["predicate_f1"].value == pytest.approx(2 * 2 / (2 + 5))


def test_percent_values_and_ranges_match_within_a_hundredth():
    gold = {"percents": [{"value": 91.5}, {"low": 60, "high": 100}, {"value": 4.1}]}
    rec = record(
        "a01",
        percents=[{"value": 91.505}, {"low": 60.0, "high": 100.0}, {"value": 4.12}],
    )
    s = score(gold, rec).fields["percents"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)
    # a value is not a range, even when it equals one end
    s = score(gold, record("a01", percents=[{"value": 60}])).fields["percents"]
    assert s.tp == 0


def directive(actions, issuer="Phan Văn Thắng", addressee="Huyện ủy Cao Lãnh", **extra):
    return {"verb": "yêu cầu", "issuer": issuer, "addressee": addressee, "actions": actions} | extra


def test_action_pairing_is_greedy_one_to_one():
    # X fits A best (1.0) and B at the threshold (0.5); Y fits only A (0.5).
    # Greedy takes X-A first, so Y and B are left: one hit, not two.
    a, b = "xây dựng nông thôn", "xây dựng trường học"
    x, y = "xây dựng nông thôn", "nông thôn kiểu mẫu"
    assert token_f1(x, a) == 1.0 and token_f1(x, b) == 0.5 and token_f1(y, a) == 0.5
    assert token_f1(y, b) == 0.0
    gold = {"directives": [directive([a, b])]}
    s = score(gold, record("a01", directives=[directive([x, y])])).fields["actions"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_actions_are_pooled_across_directives_with_a_threshold_of_one_half():
    gold = {"directives": [directive(["xây dựng nông thôn"]), directive(["nâng cao chất lượng"])]}
    at = record("a01", directives=[directive(["nông thôn kiểu mẫu", "nâng cao chất lượng"])])
    assert score(gold, at).fields["actions"].tp == 2
    below = record("a01", directives=[directive(["nông thôn kiểu mẫu mới", "nâng cao chất lượng"])])
    s = score(gold, below).fields["actions"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)


def test_issuer_and_addressee_are_right_when_one_contains_the_other():
    gold = {"directives": [directive(["rà soát các tiêu chí"], addressee="huyện Cao Lãnh")]}
    rec = record(
        "a01",
        directives=[
            directive(
                ["rà soát các tiêu chí"],
                issuer="đồng chí Phan Văn Thắng",
                addressee="UBND huyện Cao Lãnh",
            )
        ],
    )
    s = score(gold, rec).fields["actions"]
    assert s.extras["issuer"].value == 1.0 and s.extras["addressee"].value == 1.0
    wrong = record("a01", directives=[directive(["rà soát các tiêu chí"], issuer=None)])
    s = score(gold, wrong).fields["actions"]
    assert s.extras["issuer"].value == 0.0


def test_optional_directive_actions_are_not_errors():
    gold = {"directives": [directive(["xem xét công nhận huyện"], optional=True)]}
    s = score(gold, record("a01", directives=[directive(["xem xét công nhận huyện"])]))
    assert (s.fields["actions"].fp, s.fields["actions"].fn) == (0, 0)
    assert score(gold, record("a01")).fields["actions"].fn == 0


def test_a_missing_record_counts_every_gold_item_as_missed():
    gold = {
        "organizations": [{"name": "Huyện ủy Cao Lãnh"}, {"name": "Quốc hội", "optional": True}],
        "percents": [{"value": 12.5}],
        "directives": [directive(["a b", "c d"])],
    }
    other = record("zz99", organizations=[{"name": "Huyện ủy Cao Lãnh"}])
    report = score(gold, other)
    assert report.missing_records == ["a01"]
    assert report.records_without_gold == [URL.format("zz99")]
    counts = {name: (f.tp, f.fp, f.fn) for name, f in report.fields.items()}
    assert counts["organizations"] == (0, 0, 1)
    assert counts["percents"] == (0, 0, 1)
    assert counts["actions"] == (0, 0, 2)


def test_micro_average_and_headline():
    golds = {
        "a01": {"percents": [{"value": 1}, {"value": 2}, {"value": 3}]},
        "a02": {"percents": [{"value": 4}]},
    }
    records = [
        record("a01", percents=[{"value": 1}]),
        record("a02", percents=[{"value": 4}, {"value": 5}]),
    ]
    report = evaluate(golds, records)
    s = report.fields["percents"]
    assert (s.precision, s.recall) == (2 / 3, 2 / 4)
    assert s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # the other five fields have nothing to find and nothing predicted: 1.0 each
    assert report.headline == pytest.approx((5 + s.f1) / 6)


# --- checks --------------------------------------------------------------------------------


def test_mention_offsets_and_nfc_are_checked():
    good = record("a01", text="Huyện ủy Cao Lãnh", organizations=[{"name": "Huyện ủy Cao Lãnh"}])
    good["organizations"][0]["mentions"] = [{"field": "text", "start": 0, "end": 17}]
    assert check_record(good) == []
    outside = json.loads(json.dumps(good))
    outside["organizations"][0]["mentions"] = [{"field": "text", "start": 10, "end": 40}]
    empty = json.loads(json.dumps(good))
    empty["organizations"][0]["mentions"] = [{"field": "text", "start": 5, "end": 5}]
    no_field = json.loads(json.dumps(good))
    no_field["organizations"][0]["mentions"] = [{"field": "summary", "start": 0, "end": 3}]
    none = json.loads(json.dumps(good))
    none["organizations"][0]["mentions"] = []
    nfd = json.loads(json.dumps(good))
    nfd["organizations"][0]["name"] = unicodedata.normalize("NFD", "Huyện ủy")
    for bad in (outside, empty, no_field, none):
        assert any("organizations[0]" in p for p in check_record(bad)), bad
    assert check_record(nfd) == ["organizations[0].name: not NFC"]
    report = evaluate({"a01": {}}, [outside])
    assert report.violations and not report.ok


def test_gold_as_records_scores_one_everywhere(tmp_path):
    gold = {
        "url": URL.format("a01"),
        "title": "Huyện Cao Lãnh có 15/17 xã đạt chuẩn",
        "published": "2019-09-11T07:30:00+07:00",
        "author": None,
        "officials": [{"name": "Lê Văn An", "position": "Chủ tịch", "organization": "UBND tỉnh"}],
        "organizations": [
            {"name": "Ủy ban nhân dân tỉnh Đồng Tháp", "aliases": ["Ủy ban nhân dân tỉnh"]},
            {"name": "Quốc hội", "optional": True},
        ],
        "locations": [{"level": "province", "type": "tỉnh", "name": "Đồng Tháp", "code": "87"}],
        "ratios": [{"numerator": 15, "denominator": 17, "unit": "xã", "predicate": "đạt chuẩn"}],
        "percents": [{"value": 4.1, "predicate": "hộ nghèo"}, {"low": 60, "high": 100}],
        "directives": [
            directive(["rà soát các tiêu chí", "phát huy vai trò"]),
            directive(["xem xét công nhận"], optional=True),
        ],
    }
    (tmp_path / "a01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    golds, problems = load_gold(tmp_path)
    records = gold_as_records(tmp_path)
    assert problems == [] and len(records) == 1
    report = evaluate(golds, records, check_mentions=False)
    assert report.ok and report.headline == 1.0
    for s in report.fields.values():
        assert s.f1 == 1.0 and all(m.value == 1.0 for m in s.extras.values())
    pages = evaluate(golds, records, pages=True, check_mentions=False)
    assert all(m.value == 1.0 for m in pages.fields["text"].extras.values())
    # gold-made records carry no mentions, which the real check would report
    assert not evaluate(golds, records).ok


def test_gold_of_the_corpus_scores_one_against_itself():
    for split in ("dev", "test", "blind"):
        folder = ROOT / "corpora" / split
        golds, problems = load_gold(folder)
        if not golds:
            pytest.skip(f"corpora/{split} has no gold files yet")
        report = evaluate(golds, gold_as_records(folder), check_mentions=False)
        assert report.headline == 1.0, report.table()
        assert report.violations == []  # gold text is NFC


def test_pages_score_title_date_author_and_text_tokens():
    gold = {
        "title": "Cao Lãnh thực hiện 5/12 chỉ tiêu",
        "published": "2021-07-09",
        "author": "Hồng Nhung",
        "text": "Sáng nay, huyện họp. Huyện đạt 5/12 chỉ tiêu.",
    }
    rec = {
        "url": URL.format("p01"),
        "title": "Cao Lãnh thực hiện 5/12 chỉ tiêu",
        "published": "2021-07-09T08:30:00+07:00",
        "author": None,
        "text": "Sáng nay, huyện họp. Phản hồi",
    }
    report = evaluate({"p01": gold}, [rec], pages=True)
    s = report.fields["text"]
    assert s.extras["title"].value == 1.0 and s.extras["published"].value == 1.0
    assert s.extras["author"].value == 0.0
    assert (s.tp, s.fp, s.fn) == (4, 2, 6)  # gold: 10 tokens, "huyện" twice
    assert report.headline == pytest.approx((1 + 1 + 0 + s.f1) / 4)


# --- the command ---------------------------------------------------------------------------


def vnextract(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "extract.cli", *args], capture_output=True, text=True, input=stdin
    )


def test_eval_command_prints_table_or_json_and_sets_the_exit_status(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    gold = {"organizations": [{"name": "Huyện ủy Cao Lãnh"}], "percents": [{"value": 95}]}
    (gold_dir / "a01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    rec = record(
        "a01",
        text="Huyện uỷ Cao Lãnh",
        organizations=[{"name": "Huyện ủy Cao Lãnh"}],
        percents=[{"value": 95.0}, {"value": 3.0}],
    )
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")

    result = vnextract("eval", str(gold_dir), str(good))
    assert result.returncode == 0, result.stderr
    assert "organizations" in result.stdout and "headline" in result.stdout

    result = vnextract("eval", str(gold_dir), str(good), "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["fields"]["organizations"]["f1"] == 1.0
    assert data["fields"]["percents"]["precision"] == 0.5
    assert data["articles"]["a01"]["percents"]["spurious"] == ["3.0%"]

    rec["percents"][0]["mentions"] = [{"field": "text", "start": 3, "end": 99}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(rec, ensure_ascii=False) + "\nnot json\n", encoding="utf-8")
    result = vnextract("eval", str(gold_dir), str(bad), "--json")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert any("percents[0].mentions[0]" in v for v in data["violations"])
    assert any(":2: not JSON" in p for p in data["problems"])

    result = vnextract("eval", str(gold_dir), "-", stdin=good.read_text(encoding="utf-8"))
    assert result.returncode == 0

    assert vnextract("eval", str(tmp_path / "nowhere"), str(good)).returncode == 2
    assert vnextract("eval", str(gold_dir), str(tmp_path / "none.jsonl")).returncode == 2
    assert "Exit status" in vnextract("eval", "--help").stdout
