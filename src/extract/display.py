"""How a `Record` shows itself in Jupyter: the article with its facts highlighted.

``Record._repr_html_`` calls `record_html`, so a record that ends a notebook
cell renders as its title, summary and text with every mention marked in the
style of spaCy's displaCy (officials as PERSON, organizations as ORG, units as
LOC, ratios, percents, directive verbs), followed by one table per fact kind.

    >>> from extract.display import record_html
    >>> html = record_html(rec)   # what Jupyter shows for ``rec``

The HTML is self-contained (inline styles, no script, no network) and every
piece of article text is escaped.
"""

from __future__ import annotations

import dataclasses
from html import escape
from typing import Any

from extract.record import FACT_KINDS, FIELDS, Mention, Record

# fact kind -> the entity label shown on its mentions, and its colour (displaCy's palette)
LABELS: dict[str, tuple[str, str]] = {
    "officials": ("PERSON", "#aa9cfc"),
    "organizations": ("ORG", "#7aecec"),
    "locations": ("LOC", "#ff9561"),
    "ratios": ("RATIO", "#bfe1d9"),
    "percents": ("PERCENT", "#e4e7d2"),
    "directives": ("DIRECTIVE", "#f0d0ff"),
}
# Where mentions overlap, one is shown: facts before directives (whose mentions
# may cover a whole request), then the longer span.
_TIER = {kind: (1 if kind == "directives" else 0) for kind in FACT_KINDS}

_WRAPPER = '<div class="entities" style="line-height: 2.5; direction: ltr">{}</div>'
_MARK = (
    '<mark class="entity" title="{tip}" style="background: {colour}; padding: 0.45em 0.6em;'
    ' margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">{text}'
    '<span style="font-size: 0.8em; font-weight: bold; line-height: 1;'
    ' border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}</span></mark>'
)


@dataclasses.dataclass(frozen=True)
class Highlight:
    """One marked span of a field: ``[start, end)`` with its label and tooltip."""

    start: int
    end: int
    kind: str
    tip: str


def record_html(record: Record) -> str:
    """The record as HTML: header, highlighted fields, captions and fact tables.

    Args:
        record: any `Record` (mentions must point into its own fields, as
            `extract.from_text` makes them).

    Returns:
        A self-contained HTML fragment.
    """
    parts = [_header(record)]
    for name in FIELDS:
        value = getattr(record, name)
        if value:
            parts.append(f"<h4>{name}</h4>")
            parts.append(highlight_field(value, highlights(record, name)))
    if record.captions:
        items = "".join(f"<li>{escape(c)}</li>" for c in record.captions)
        parts.append(f"<h4>captions</h4><ul>{items}</ul>")
    for kind in FACT_KINDS:
        facts = getattr(record, kind)
        parts.append(f"<h4>{kind} ({len(facts)})</h4>")
        if facts:
            parts.append(fact_table(facts))
    return '<div class="vnextract-record">' + "".join(parts) + "</div>"


def highlights(record: Record, field: str) -> list[Highlight]:
    """The non-overlapping mentions to mark in one field, in text order.

    Args:
        record: the record.
        field: ``"title"``, ``"summary"`` or ``"text"``.

    Returns:
        Highlights sorted by start; where mentions overlap, facts win over
        directives and then the longer span wins.
    """
    length = len(getattr(record, field) or "")
    candidates = []
    for kind in FACT_KINDS:
        for fact in getattr(record, kind):
            tip = describe(fact)
            for m in fact.mentions:
                if _inside(m, field, length):
                    candidates.append(Highlight(m.start, m.end, kind, tip))
    candidates.sort(key=lambda h: (_TIER[h.kind], h.start - h.end, h.start))
    chosen: list[Highlight] = []
    for h in candidates:
        if all(h.end <= c.start or c.end <= h.start for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def highlight_field(text: str, marks: list[Highlight]) -> str:
    """``text`` as escaped HTML with each highlight wrapped in a displaCy-style mark.

    Args:
        text: a field's text.
        marks: non-overlapping highlights sorted by start (see `highlights`).

    Returns:
        The HTML; line breaks become ``<br>``.
    """
    out, offset = [], 0
    for h in marks:
        out.append(_plain(text[offset : h.start]))
        label, colour = LABELS[h.kind]
        out.append(
            _MARK.format(
                tip=escape(h.tip), colour=colour, text=_plain(text[h.start : h.end]), label=label
            )
        )
        offset = h.end
    out.append(_plain(text[offset:]))
    return _WRAPPER.format("".join(out))


def fact_table(facts: list[Any]) -> str:
    """An HTML table of facts of one kind: one row each, one column per field.

    Mentions are left out (the highlighted text shows them); roles, the
    present-day unit of a location and directive actions are written out.
    """
    names = [f.name for f in dataclasses.fields(facts[0]) if f.name != "mentions"]
    head = "".join(f"<th>{escape(n)}</th>" for n in names)
    rows = []
    for fact in facts:
        cells = "".join(f"<td>{_cell(getattr(fact, n))}</td>" for n in names)
        rows.append(f"<tr>{cells}</tr>")
    return (
        '<table style="text-align: left; border-collapse: collapse">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def describe(fact: Any) -> str:
    """A one-line description of a fact, for the tooltip on its mentions."""
    values = []
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        if f.name == "mentions" or value in (None, [], ""):
            continue
        values.append(f"{f.name}: {_text(value)}")
    return "; ".join(values)


def _header(record: Record) -> str:
    bits = [escape(b) for b in (record.source, record.published, record.author) if b]
    link = ""
    if record.url:
        url = escape(record.url)
        link = f' · <a href="{url}" target="_blank" rel="noopener">{url}</a>'
    return (
        f"<h3>{escape(record.title or '(no title)')}</h3>"
        f"<p style=\"color: #666\">{' · '.join(bits)}{link}</p>"
    )


def _inside(m: Mention, field: str, length: int) -> bool:
    return m.field == field and 0 <= m.start < m.end <= length


def _plain(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _cell(value: Any) -> str:
    if isinstance(value, list) and value and isinstance(value[0], str):
        return "<ol>" + "".join(f"<li>{escape(v)}</li>" for v in value) + "</ol>"
    return escape(_text(value))


def _text(value: Any) -> str:
    """Plain text for a field value: roles and units written out, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    if dataclasses.is_dataclass(value):
        inner = [_text(getattr(value, f.name)) for f in dataclasses.fields(value)]
        return ", ".join(v for v in inner if v)
    return str(value)
