"""Records to pandas DataFrames: one row per article, or one row per fact.

    >>> import extract
    >>> records = [extract.from_text(text, url=url) for url, text in pages]
    >>> extract.to_frame(records, "officials")[["title", "name", "position"]]
    >>> extract.to_frame(records, "articles").groupby("source").size()

Every frame starts with the article's ``article_id``, ``url``, ``source``,
``title`` and ``published`` (a timezone-aware datetime, +07:00), so facts can
be grouped by site, date or article without a join. pandas is imported on
first use: install it with ``pip install 'vnextract[notebook]'``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import timedelta, timezone
from typing import TYPE_CHECKING, Any

from extract.record import (
    FACT_KINDS,
    CurrentUnit,
    Directive,
    Location,
    Mention,
    Official,
    Organization,
    Percent,
    Ratio,
    Record,
)

if TYPE_CHECKING:
    import pandas

VIETNAM = timezone(timedelta(hours=7))
KINDS: tuple[str, ...] = ("articles", *FACT_KINDS)
ARTICLE_COLUMNS = ("article_id", "url", "source", "title", "published")
FACT_CLASSES: dict[str, type] = {
    "officials": Official,
    "organizations": Organization,
    "locations": Location,
    "ratios": Ratio,
    "percents": Percent,
    "directives": Directive,
}


def to_frame(
    records: Iterable[Record | Mapping[str, Any]] | Record, kind: str = "articles"
) -> pandas.DataFrame:
    """A DataFrame of ``records``: one row per article, or one per fact of a kind.

    Args:
        records: `Record` objects or their JSON dicts (as read from JSON
            Lines), or a single `Record`; any iterable, e.g.
            ``extract.process(paths)``.
        kind: ``"articles"`` or a fact kind: ``"officials"``,
            ``"organizations"``, ``"locations"``, ``"ratios"``,
            ``"percents"``, ``"directives"``.

    Returns:
        The frame. Every row carries ``article_id``, ``url``, ``source``,
        ``title`` and ``published``. Fact rows then have the fact's own fields
        (a location's ``current`` unit flattened to ``current_name``,
        ``current_code``, ...; an official's ``roles`` and a directive's
        ``actions`` kept as lists), ``n_mentions`` and ``evidence``, the text
        of the first mention. Article rows have the page fields and one
        ``n_<kind>`` count per fact kind. An empty input gives an empty frame
        with the same columns.

    Raises:
        ValueError: for an unknown ``kind``.
        ImportError: when pandas is not installed.

    Example:
        >>> frame = to_frame([rec], "ratios")
        >>> frame[["numerator", "denominator", "unit", "predicate"]].iloc[0].tolist()
        [17, 17, 'xã', 'đạt chuẩn nông thôn mới']
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    pandas = _pandas()
    if isinstance(records, Record | Mapping):
        records = [records]
    rows: list[dict[str, Any]] = []
    for record in map(_as_record, records):
        rows.extend(_article_rows(record) if kind == "articles" else _fact_rows(record, kind))
    frame = pandas.DataFrame(rows, columns=columns(kind))
    # SPEC dates carry +07:00; one fixed zone keeps the column tz-aware even when empty
    published = pandas.to_datetime(frame["published"], utc=True, format="ISO8601")
    frame["published"] = published.dt.tz_convert(VIETNAM)
    counts = [c for c in frame.columns if c.startswith("n_")]
    frame[counts] = frame[counts].astype("int64")
    return frame


def columns(kind: str) -> list[str]:
    """The column names `to_frame` gives for ``kind``, in order."""
    if kind == "articles":
        page = ["author", "summary", "text", "captions"]
        return [*ARTICLE_COLUMNS, *page, *(f"n_{k}" for k in FACT_KINDS)]
    fields = []
    for f in dataclasses.fields(FACT_CLASSES[kind]):
        if f.name == "mentions":
            continue
        if f.name == "current":  # a location's present-day unit, flattened
            fields.extend(f"current_{c.name}" for c in dataclasses.fields(CurrentUnit))
        else:
            fields.append(f.name)
    return [*ARTICLE_COLUMNS, *fields, "n_mentions", "evidence"]


def _article_rows(record: Record) -> list[dict[str, Any]]:
    row = _article_columns(record)
    row.update(
        author=record.author,
        summary=record.summary,
        text=record.text,
        captions=list(record.captions),
    )
    row.update({f"n_{k}": len(getattr(record, k)) for k in FACT_KINDS})
    return [row]


def _fact_rows(record: Record, kind: str) -> list[dict[str, Any]]:
    rows = []
    for fact in getattr(record, kind):
        row = _article_columns(record)
        for f in dataclasses.fields(fact):
            value = getattr(fact, f.name)
            if f.name == "mentions":
                continue
            if f.name == "current":
                for c in dataclasses.fields(CurrentUnit):
                    row[f"current_{c.name}"] = getattr(value, c.name) if value else None
            elif isinstance(value, list):  # roles, actions: a fresh list of plain values
                row[f.name] = [
                    dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v for v in value
                ]
            else:
                row[f.name] = value
        row["n_mentions"] = len(fact.mentions)
        row["evidence"] = _evidence(record, fact.mentions)
        rows.append(row)
    return rows


def _article_columns(record: Record) -> dict[str, Any]:
    return {
        "article_id": record.id,
        "url": record.url,
        "source": record.source,
        "title": record.title,
        "published": record.published,
    }


def _evidence(record: Record, mentions: list[Mention]) -> str | None:
    """The surface text of the first mention, to check a fact at a glance."""
    return record.mentioned(mentions[0]) if mentions else None


def _as_record(item: Record | Mapping[str, Any]) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, Mapping):
        return Record.from_dict(item)
    raise TypeError(f"expected a Record or a record dict, got {type(item).__name__}")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:  # pandas is an optional extra
        raise ImportError(
            "extract.to_frame needs pandas: pip install 'vnextract[notebook]'"
        ) from error
    return pandas
