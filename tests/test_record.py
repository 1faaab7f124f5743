import json

import jsonschema
import pytest

from extract.record import (
    Location,
    Mention,
    Official,
    Percent,
    Record,
    Role,
    build_record,
    json_schema,
)
from tests.conftest import ROOT

SCHEMA = json.loads((ROOT / "schemas" / "record.schema.json").read_text(encoding="utf-8"))


def validate(record: Record) -> None:
    jsonschema.validate(json.loads(record.to_json()), SCHEMA)


def test_committed_schema_matches_the_classes():
    assert SCHEMA == json_schema(), "run: python -m extract.record > schemas/record.schema.json"


def test_full_record_round_trips_and_validates():
    record = Record(
        id="x",
        text="Phó Bí thư Phan Văn Thắng",
        officials=[
            Official(
                name="Phan Văn Thắng",
                position="Phó Bí thư",
                organization="Tỉnh ủy Đồng Tháp",
                roles=[Role("Phó Bí thư", "Tỉnh ủy Đồng Tháp", None)],
                mentions=[Mention("text", 11, 25)],
            )
        ],
        locations=[
            Location(
                name="Nhị Mỹ",
                type="xã",
                level="commune",
                code="30097",
                mentions=[Mention("text", 0, 3)],
            )
        ],
        percents=[Percent(low=60.0, high=100.0, mentions=[Mention("text", 0, 3)])],
    )
    validate(record)
    again = Record.from_json(record.to_json())
    assert again == record
    assert again.to_json() == record.to_json()
    assert again.mentioned(again.officials[0].mentions[0]) == "Phan Văn Thắng"


def test_schema_rejects_a_record_missing_a_field():
    data = json.loads(Record(id="x").to_json())
    del data["officials"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_build_record_maps_doc_offsets_to_fields_and_drops_straddlers():
    class P:
        url, title, published, author, summary = None, "Tiêu đề", None, None, None
        text = "Nội dung bài"
        captions: list = []

    fields = [("title", 0, 7), ("text", 9, 21)]
    ok = Official(name="A", mentions=[Mention("doc", 13, 21)])
    straddling = Official(name="B", mentions=[Mention("doc", 5, 12)])
    record = build_record(P(), {"officials": [straddling, ok]}, fields)
    assert [o.name for o in record.officials] == ["A"]
    assert record.mentioned(record.officials[0].mentions[0]) == "dung bài"


def test_fast_json_equals_the_plain_dataclass_walk(seed_record):
    import dataclasses

    data = dataclasses.asdict(seed_record)
    data = {"schema": data.pop("schema"), **data}
    assert seed_record.to_json() == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert json.loads(seed_record.to_json()) == seed_record.to_dict()
