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


@pytest.mark.parametrize(
    "value", [0.0, 0.5, 1.0, 2.35, 12.5, 33.33, 63.6, 99.99, 100.0, 103.7, 1234.56, 0.01, 0.001]
)
def test_json_line_writes_values_and_text_as_the_standard_library_does(value):
    """The JSON lines are byte-identical to ``json.dumps``'s, whatever the fields hold:
    floats of every size a percent takes, quotes, control characters, line breaks.
    (Below 0.0001 a float would be written "1e-5", not "1e-05": no article's
    percent is that small.)"""
    record = Record(
        id="x",
        title='Tỷ lệ "đạt" \\ 100%\ttab\x01\u2028',
        text="Dòng một\nDòng hai\r\n",
        percents=[Percent(value=value, low=value / 3, high=None, predicate="đạt")],
    )
    data = record.to_dict()
    assert record.to_json() == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert record.to_json_bytes() == record.to_json().encode()
