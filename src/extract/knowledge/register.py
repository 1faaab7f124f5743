"""The directive register: one row per action, with its issuer, addressee and deadline.

    >>> rows = extract.directive_register(records)
    >>> [(r["issuer"], r["action"], r["deadline"]) for r in rows[:3]]

Deadlines come from the record (version 1.1 gives each directive its
``deadlines``); for version 1 records they are parsed here, from the action's
own words, the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from extract.knowledge.people import PeopleIndex
from extract.knowledge.sources import as_dict
from extract.normalize import fold
from extract.record import Record

__all__ = ["REGISTER_COLUMNS", "directive_register"]

REGISTER_COLUMNS = (
    "record_id", "url", "published", "verb", "issuer", "issuer_person_id", "addressee",
    "action_index", "action", "deadline_text", "deadline", "deadline_field",
    "deadline_start", "deadline_end",
)


def directive_register(
    records: Iterable[Record | Mapping[str, Any]], persons: list[dict] | None = None
) -> list[dict[str, Any]]:
    """One row per directive action across ``records``.

    Args:
        records: `Record` objects or record dicts (streamed once).
        persons: the output of `extract.people` over the same records, to link
            issuers to persons; computed here when not given.

    Returns:
        Rows with `REGISTER_COLUMNS`, in record then action order. ``deadline``
        is an ISO date or None (no deadline, or one that names no date, whose
        words stay in ``deadline_text``); ``deadline_field/start/end`` is its
        evidence in the record.
    """
    rows: list[dict[str, Any]] = []
    index = PeopleIndex()
    for item in records:
        record = as_dict(item)
        index.add(record)
        rows += _rows(record)
    persons = persons if persons is not None else index.persons()
    linked = {
        (m["record_id"], fold(p["name"])): p["person_id"] for p in persons for m in p["mentions"]
    }
    for row in rows:
        row["issuer_person_id"] = linked.get((row["record_id"], fold(row["issuer"] or "")))
    return rows


def _rows(record: Mapping[str, Any]) -> list[dict[str, Any]]:
    year = int(record["published"][:4]) if record.get("published") else None
    rows = []
    for directive in record.get("directives") or []:
        deadlines = {d["action"]: d for d in directive.get("deadlines") or []}
        for index, action in enumerate(directive.get("actions") or []):
            deadline = deadlines.get(index) or _parsed(action, year)
            where = (deadline.get("mentions") or [{}])[0] if deadline else {}
            rows.append({
                "record_id": record.get("id"), "url": record.get("url"),
                "published": record.get("published"), "verb": directive.get("verb"),
                "issuer": directive.get("issuer"), "issuer_person_id": None,
                "addressee": directive.get("addressee"), "action_index": index,
                "action": action,
                "deadline_text": deadline.get("text") if deadline else None,
                "deadline": deadline.get("date") if deadline else None,
                "deadline_field": where.get("field"), "deadline_start": where.get("start"),
                "deadline_end": where.get("end"),
            })
    return rows


def _parsed(action: str, year: int | None) -> dict[str, Any] | None:
    """A deadline read from the action's words (version 1 records carry none)."""
    from extract.nlp.deadlines import find_deadlines

    found = find_deadlines(action, year)
    return {"text": found[0].text, "date": found[0].date, "mentions": []} if found else None
