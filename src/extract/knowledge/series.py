"""Unit time series: every ratio and percent tied to the unit it is about.

    >>> rows = extract.unit_series(records)
    >>> df = pandas.DataFrame(rows)
    >>> df[df.predicate.str.contains("nông thôn mới")].groupby(["key_name", "year"]).numerator.max()

The unit is the fact's subject where the record gives one ("huyện Cao
Lãnh"), else the nearest unit named before it in the same paragraph, else
the article's only district, else its province. Each row carries the unit's
code as of the article and its 2025 successor; ``key_*`` is what to group
by: the unit itself, or with ``as_of`` on or after 1 July 2025, the 2025
unit that holds it (a district, abolished in 2025, is keyed by its province's
successor).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from extract.knowledge.provinces import successor
from extract.knowledge.sources import as_dict
from extract.normalize import fold
from extract.record import Record

__all__ = ["REORGANISATION", "SERIES_COLUMNS", "unit_series"]

REORGANISATION = "2025-07-01"
SERIES_COLUMNS = (
    "record_id", "url", "published", "year", "kind", "numerator", "denominator", "unit",
    "value", "low", "high", "predicate", "subject", "unit_name", "unit_type", "unit_level",
    "unit_code", "district", "province", "current_name", "current_type", "current_code",
    "current_province", "key_name", "key_code", "key_level",
)


def unit_series(
    records: Iterable[Record | Mapping[str, Any]], as_of: str | None = None
) -> list[dict[str, Any]]:
    """One row per ratio and percent of ``records``, tied to its unit.

    Args:
        records: `Record` objects or record dicts (streamed once).
        as_of: an ISO date; on or after 2025-07-01 the ``key_*`` columns name
            the 2025 units, so series across the reorganisation line up.

    Returns:
        Rows with `SERIES_COLUMNS`, in record order (unit columns None where no
        unit could be tied to the fact).
    """
    modern = bool(as_of) and as_of >= REORGANISATION
    rows = []
    for item in records:
        record = as_dict(item)
        for kind in ("ratios", "percents"):
            for fact in record.get(kind) or []:
                unit = unit_of(record, fact)
                rows.append(_row(record, kind[:-1], fact, unit, modern))
    return rows


def unit_of(record: Mapping[str, Any], fact: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The location a ratio or percent is about (see the module's rule)."""
    locations = record.get("locations") or []
    subject = fold(fact.get("subject") or "")
    if subject:
        for location in locations:
            names = {fold(location["name"]), fold(f"{location.get('type')} {location['name']}")}
            if subject in names:
                return location
    nearest = _nearest_before(record, fact, locations)
    if nearest is not None:
        return nearest
    districts = [loc for loc in locations if loc.get("level") == "district"]
    if len(districts) == 1:
        return districts[0]
    provinces = [loc for loc in locations if loc.get("level") == "province"]
    return provinces[0] if provinces else None


def _nearest_before(record, fact, locations):
    """The unit named last before the fact, in the same paragraph of the same field."""
    if not fact.get("mentions"):
        return None
    where = fact["mentions"][0]
    text = record.get(where["field"]) or ""
    paragraph_start = text.rfind("\n", 0, where["start"]) + 1
    best, best_end = None, -1
    for location in locations:
        if location.get("level") not in ("district", "commune", "province"):
            continue
        for m in location.get("mentions") or []:
            same = m["field"] == where["field"] and paragraph_start <= m["start"]
            if same and m["end"] <= where["start"] and m["end"] > best_end:
                best, best_end = location, m["end"]
    return best


def _row(record, kind, fact, unit, modern) -> dict[str, Any]:
    published = record.get("published")
    current = (unit or {}).get("current") or {}
    row = {
        "record_id": record.get("id"), "url": record.get("url"), "published": published,
        "year": int(published[:4]) if published else None, "kind": kind,
        "numerator": fact.get("numerator"), "denominator": fact.get("denominator"),
        "unit": fact.get("unit"), "value": fact.get("value"), "low": fact.get("low"),
        "high": fact.get("high"), "predicate": fact.get("predicate"),
        "subject": fact.get("subject"),
        "unit_name": (unit or {}).get("name"), "unit_type": (unit or {}).get("type"),
        "unit_level": (unit or {}).get("level"), "unit_code": (unit or {}).get("code"),
        "district": (unit or {}).get("district"), "province": (unit or {}).get("province"),
        "current_name": current.get("name"), "current_type": current.get("type"),
        "current_code": current.get("code"), "current_province": current.get("province"),
    }
    row.update(_key(row, unit, modern, published))
    return row


def _key(row, unit, modern, published) -> dict[str, Any]:
    """What to group by: the unit, or its 2025 holder when asked (see the module)."""
    own = {"key_name": row["unit_name"], "key_code": row["unit_code"],
           "key_level": row["unit_level"]}
    if not modern or unit is None or (published or "") >= REORGANISATION:
        return own
    if row["current_name"]:
        level = "province" if row["unit_level"] == "province" else "commune"
        return {"key_name": row["current_name"], "key_code": row["current_code"],
                "key_level": level}
    province = successor(row["province"] or (row["unit_name"] if row["unit_level"] == "province"
                                             else None))
    return {"key_name": province, "key_code": None, "key_level": "province"}
