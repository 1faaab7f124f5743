"""The article record of SPEC.md: typed classes, JSON in and out, and its JSON Schema.

Only this module knows the JSON shape. Everything upstream produces these
classes; everything downstream (writers, evaluation, notebooks) reads them.

    >>> rec = Record.from_json(line)
    >>> rec.officials[0].name
    'Phan Văn Thắng'
    >>> rec.to_json()
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Literal

import orjson

from extract.urls import canonical_url, source_of

SCHEMA_ID = "vn-news-record/1.1"
# Versions this module reads: 1.1 adds optional ``deadlines`` to directives.
READABLE_SCHEMAS = ("vn-news-record/1", "vn-news-record/1.1")
FIELDS = ("title", "summary", "text")


@dataclass
class Mention:
    """Evidence: ``record[field][start:end]`` is the surface string found.

    Inside the NLP pipeline ``field`` is ``"doc"`` and the offsets count in
    the joined Doc text; `build_record` maps them to the record's fields.
    """

    field: Literal["title", "summary", "text", "doc"]
    start: int
    end: int


@dataclass
class Role:
    """One position an official holds, in the order the article states it."""

    position: str
    organization: str | None = None
    qualifier: Literal["nguyên", "quyền"] | None = None


@dataclass
class Official:
    """A person holding public office, with every role the article gives."""

    name: str
    position: str | None = None
    organization: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Organization:
    """A named body, in its canonical, expanded form."""

    name: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class CurrentUnit:
    """The unit that holds a location today, after the 2025 reorganisation."""

    name: str
    type: str
    code: str | None = None
    province: str | None = None
    province_code: str | None = None


@dataclass
class Location:
    """An administrative unit with its GSO code as of the article's date."""

    name: str
    type: str | None = None
    level: Literal["province", "district", "commune"] | None = None
    code: str | None = None
    district: str | None = None
    district_code: str | None = None
    province: str | None = None
    province_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    current: CurrentUnit | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Ratio:
    """A count fact "a/b unit": 17/17 xã đạt chuẩn nông thôn mới."""

    numerator: int
    denominator: int
    unit: str | None = None
    predicate: str | None = None
    subject: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Percent:
    """A percentage: either ``value`` or a ``low``/``high`` range."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    predicate: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Deadline:
    """When one action of a directive is due (record version 1.1)."""

    action: int  # index into the directive's actions
    text: str  # the phrase as written: "trước ngày 30/4/2020"
    date: str | None = None  # the last day it allows (ISO date); None for "trước khi bão đổ bộ"
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Directive:
    """Who asked whom to do what (and by when, where the text says)."""

    verb: str
    issuer: str | None = None
    addressee: str | None = None
    actions: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)



FACT_KINDS = ("officials", "organizations", "locations", "ratios", "percents", "directives")


@dataclass
class Record:
    """One article: page fields plus every fact found, each with evidence."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    summary: str | None = None
    text: str = ""
    captions: list[str] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    percents: list[Percent] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    schema: str = SCHEMA_ID

    def to_dict(self) -> dict[str, Any]:
        """The record as SPEC.md's JSON object (``schema`` first)."""
        data = _plain(self)
        return {"schema": data.pop("schema"), **data}

    def to_json(self) -> str:
        """One line of JSON, byte-identical for identical records."""
        return self.to_json_bytes().decode()

    def to_json_bytes(self) -> bytes:
        """`to_json`'s line as UTF-8 bytes, as files and workers take it."""
        top = {"schema": self.schema, **vars(self)}  # ``schema`` first, the rest in order
        # orjson writes each fact (a dataclass) with its fields in declaration
        # order, as json.dumps(..., separators=(",", ":"), ensure_ascii=False,
        # default=vars) did, in half the time
        return orjson.dumps(top)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Build a record from its JSON object (unknown keys are ignored)."""
        return _from_dict(cls, data)

    @classmethod
    def from_json(cls, line: str | bytes) -> Record:
        """Parse one JSON line written by `to_json` (as text, or UTF-8 bytes)."""
        return cls.from_dict(json.loads(line))

    def mentioned(self, mention: Mention) -> str:
        """The surface string a mention points at."""
        return (getattr(self, mention.field) or "")[mention.start : mention.end]

    def _repr_html_(self) -> str:
        from extract.display import record_html

        return record_html(self)


def build_record(
    page: Any, facts: dict[str, list[Any]], fields: list[tuple[str, int, int]]
) -> Record:
    """Assemble a `Record` from a page and the facts the NLP stage found.

    Args:
        page: an `extract.page.Page` (its url, title, published, author,
            summary, text and captions are copied).
        facts: fact kind (see `FACT_KINDS`) to a list of fact objects whose
            mentions are in Doc coordinates (``field == "doc"``).
        fields: ``(field, start, end)`` of each page field inside the Doc text.

    Returns:
        The record; mentions point into its fields, items without a mention
        are dropped, and every list is ordered by first mention.
    """
    record = Record(
        id=record_id(page.url, page.text or page.title or ""),
        url=page.url,
        source=source_of(page.url),
        title=page.title,
        published=page.published,
        author=page.author,
        summary=page.summary,
        text=page.text or "",
        captions=list(page.captions),
    )
    for kind in FACT_KINDS:
        items = [item for item in facts.get(kind, []) if item.mentions]
        items.sort(key=_first_mention)
        for item in items:
            item.mentions = _to_fields(item.mentions, fields)
            for deadline in getattr(item, "deadlines", ()):
                deadline.mentions = _to_fields(deadline.mentions, fields)
        setattr(record, kind, [item for item in items if item.mentions])
    return record


_SPAN = attrgetter("start", "end")


def _first_mention(item: Any) -> tuple[int, int]:
    """``(start, end)`` of an item's first mention: the order of a record's lists."""
    return min(map(_SPAN, item.mentions))


def _to_fields(mentions: list[Mention], fields: list[tuple[str, int, int]]) -> list[Mention]:
    """Map Doc-coordinate mentions into their fields; drop any that straddle two."""
    mapped, seen = [], set()
    for m in sorted(mentions, key=_SPAN):
        start, end = m.start, m.end
        if m.field != "doc":
            key = (m.field, start, end)
        else:
            key = None
            for name, lo, hi in fields:
                if lo <= start and end <= hi:
                    key = (name, start - lo, end - lo)
                    break
        if key and key not in seen:
            seen.add(key)
            mapped.append(Mention(*key))
    return mapped


def record_id(url: str | None, text: str) -> str:
    """Stable id: sha1 of the canonical URL, else of the text."""
    key = canonical_url(url) if url else text
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _plain(value: Any) -> Any:
    """Dataclasses to dicts, lists copied: what `dataclasses.asdict` does, at half the
    cost (no deep copies of the strings and numbers, which are immutable anyway)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return value


def _from_dict(cls: type, data: Any) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint)
        return [_convert(item, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return _from_dict(hint, value)
    return value


# --- JSON Schema --------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Record`, derived from the classes above."""
    defs: dict[str, Any] = {}
    _schema_of(Record, defs)
    top = defs.pop("Record")
    top["properties"]["schema"] = {"enum": list(READABLE_SCHEMAS)}
    # version 1 records have no deadlines: optional, so that they still validate
    defs["Directive"]["required"].remove("deadlines")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://vnextract.invalid/schemas/record.schema.json",
        "title": "vnextract article record",
        **top,
        "$defs": defs,
    }


def _schema_of(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(a, defs) for a in typing.get_args(hint)]}
    if origin is list:
        return {"type": "array", "items": _schema_of(typing.get_args(hint)[0], defs)}
    if origin is Literal:
        return {"enum": list(typing.get_args(hint))}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # reserve first: classes may refer to each other
            hints = typing.get_type_hints(hint)
            fields = dataclasses.fields(hint)
            defs[name] = {
                "type": "object",
                "description": (hint.__doc__ or "").strip().splitlines()[0],
                "properties": {f.name: _schema_of(hints[f.name], defs) for f in fields},
                "required": [f.name for f in fields],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
    return {"type": simple[hint]}


if __name__ == "__main__":  # python -m extract.record > schemas/record.schema.json
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
