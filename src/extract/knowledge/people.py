"""People across articles: who held which post when.

    >>> persons = extract.people(records)
    >>> persons[0]["name"], [p["position"] for p in persons[0]["positions"]]

Each record already ties its own references together ("ông Thắng", a name in
capitals, a title alone) to one official with a full name. Across records,
one person is one full name in one province's career (`career_key`):

- the province of a post is the one its body names ("Sở Tài chính tỉnh Hà
  Tĩnh"), else that of the district or commune it names, as the article
  places it ("Huyện ủy Bình Liêu": Quảng Ninh, even on another province's
  site), else the article's (its site, or the province it names), compared
  under 2025 names;
- a post in a central body (Chính phủ, Quốc hội, a Bộ) names no province: it
  joins the only career of that name, or the one already serving in that
  same body; otherwise it stands alone;
- two people of the same name in different provinces stay two, however often
  each appears.

The rule is `career_key` and `_attach_national`; everything else is bookkeeping.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from extract.knowledge.provinces import (
    is_national,
    province_of_body,
    province_of_record,
    province_of_unit,
    successor,
)
from extract.knowledge.sources import as_dict
from extract.normalize import fold
from extract.record import Record

__all__ = ["Mention", "PeopleIndex", "people"]



@dataclass(frozen=True)
class Mention:
    """One article naming one official, with the post it gives first."""

    url: str | None
    record_id: str
    published: str | None
    position: str | None
    organization: str | None
    qualifier: str | None
    kind: str | None  # a transition the article states, or None
    name: str
    province: str | None  # the career's province (2025 name), None for a central post
    province_written: str | None  # the province as the article's time named it


@dataclass
class Person:
    """The mentions of one person, gathered."""

    name: str
    province: str | None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def person_id(self) -> str:
        key = f"{fold(self.name)}|{fold(self.province or '')}"
        return "p-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def career_key(name: str, province: str | None) -> tuple[str, str | None]:
    """The key that makes two mentions one person: the folded full name and the
    career's province (None for central posts, placed later by `_attach_national`)."""
    return fold(name), fold(province) if province else None


def people(records: Iterable[Record | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Resolve the officials of many records into persons with post histories.

    Args:
        records: `Record` objects or record dicts, any iterable (streamed once).

    Returns:
        One dict per person, ordered by name then province: ``person_id``,
        ``name``, ``province``, ``mentions`` (one per record naming them),
        ``positions`` (date order, the same post merged across articles, with
        first_seen, last_seen and urls) and ``transitions`` (each change of
        post, with the kind an article states, else None).
    """
    index = PeopleIndex()
    for record in records:
        index.add(record)
    return index.persons()


class PeopleIndex:
    """The people of an archive, built one record at a time (memory: the mentions only)."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str | None], Person] = {}

    def add(self, record: Record | Mapping[str, Any]) -> list[Mention]:
        """Add the officials of one record; returns their `Mention` objects."""
        mentions = mentions_of(as_dict(record))
        for mention in mentions:
            key = career_key(mention.name, mention.province)
            person = self._found.setdefault(key, Person(mention.name, mention.province))
            person.mentions.append(mention)
        return mentions

    def persons(self) -> list[dict[str, Any]]:
        """The resolved persons (see `people`); call once, after the last `add`."""
        _attach_national(self._found)
        persons = [_as_output(p) for p in self._found.values()]
        return sorted(
            persons, key=lambda p: (fold(p["name"]), p["province"] or "", p["person_id"])
        )


def mentions_of(record: Mapping[str, Any]) -> list[Mention]:
    """The officials of one record as `Mention` objects (one per official).

    Args:
        record: a record dict.

    Returns:
        A mention per official, with the first post the article gives, its
        province and any transition the article states about them.
    """
    home = province_of_record(record)
    found = []
    for official in record.get("officials") or []:
        roles = official.get("roles") or [
            {"position": official.get("position"), "organization": official.get("organization"),
             "qualifier": None}
        ]
        role = roles[0]
        organization = role.get("organization")
        written = None if is_national(organization) else (
            province_of_body(organization) or province_of_unit(organization, record) or home
        )
        found.append(
            Mention(
                url=record.get("url"),
                record_id=record.get("id") or "",
                published=record.get("published"),
                position=role.get("position"),
                organization=organization,
                qualifier=role.get("qualifier"),
                kind=stated_transition(record, official),
                name=official["name"],
                province=successor(written),
                province_written=written,
            )
        )
    return found


def stated_transition(record: Mapping[str, Any], official: Mapping[str, Any]) -> str | None:
    """The kind of change of post the article states in a sentence naming the official.

    Returns:
        "elected", "appointed", "transferred", "retired", "relieved" or None.
    """
    for item in official.get("mentions") or []:
        text = record.get(item["field"]) or ""
        sentence = _sentence_around(text, item["start"], item["end"])
        for kind, pattern in _transition_patterns():
            if pattern.search(sentence):
                return kind
    return None


@cache
def _transition_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = tomllib.loads(files("extract.knowledge").joinpath("transitions.toml").read_text("utf-8"))
    return tuple(
        (kind, re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE))
        for kind, phrases in data["kinds"].items()
    )


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    hits = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return text[lo : min(hits) if hits else len(text)]


def _attach_national(found: dict[tuple[str, str | None], Person]) -> None:
    """Give each central-post person to the provincial career of the same name that
    evidence points to: the only one there is, or the one serving in the same body."""
    for key in [k for k in found if k[1] is None]:
        careers = [p for k, p in found.items() if k[0] == key[0] and k[1] is not None]
        national = found[key]
        bodies = {fold(m.organization or "") for m in national.mentions}
        sharing = [p for p in careers if bodies & {fold(m.organization or "") for m in p.mentions}]
        target = careers[0] if len(careers) == 1 else (sharing[0] if len(sharing) == 1 else None)
        if target is not None:
            target.mentions += national.mentions
            del found[key]


# --- output -----------------------------------------------------------------------------


def _as_output(person: Person) -> dict[str, Any]:
    mentions = sorted(person.mentions, key=lambda m: (m.published or "9999", m.record_id))
    positions = _positions(mentions)
    written = [m.province_written for m in mentions if m.province_written]
    return {
        "person_id": person.person_id,
        "name": _best_name(mentions),
        "province": written[-1] if written else None,  # as the latest article names it
        "mentions": [
            {"url": m.url, "record_id": m.record_id, "published": m.published,
             "position": m.position, "organization": m.organization}
            for m in mentions
        ],
        "positions": positions,
        "transitions": _transitions(mentions, positions),
    }


def _best_name(mentions: list[Mention]) -> str:
    """The name as most articles write it, preferring mixed case to capitals."""
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.name] = counts.get(m.name, 0) + (1 if not m.name.isupper() else 0)
    return max(counts, key=lambda n: (counts[n], not n.isupper(), n))


def _post_key(position: str | None, organization: str | None) -> tuple[str, str]:
    return fold(position or ""), fold(organization or "")


def _positions(mentions: list[Mention]) -> list[dict[str, Any]]:
    """Posts in date order; the same post across articles merged; former posts
    ("nguyên ...") only date what came before, so they are left out."""
    posts: dict[tuple[str, str], dict[str, Any]] = {}
    for m in mentions:
        if m.qualifier == "nguyên" or not m.position:
            continue
        post = posts.setdefault(
            _post_key(m.position, m.organization),
            {"position": m.position, "organization": m.organization,
             "first_seen": m.published, "last_seen": m.published, "urls": []},
        )
        if m.published:
            post["first_seen"] = min(filter(None, (post["first_seen"], m.published)))
            post["last_seen"] = max(filter(None, (post["last_seen"], m.published)))
        if m.url and m.url not in post["urls"]:
            post["urls"].append(m.url)
    return sorted(posts.values(), key=lambda p: (p["first_seen"] or "9999", p["last_seen"] or ""))


def _transitions(mentions: list[Mention], positions: list[dict[str, Any]]) -> list[dict]:
    """Each change of post: from the post before to the one first seen next, with the
    kind an article states; plus retirements and reliefs, which lead nowhere."""
    stated: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.kind:
            stated.setdefault(_post_key(m.position, m.organization), m)
    out = []
    for before, after in zip(positions, positions[1:], strict=False):
        cause = stated.pop(_post_key(after["position"], after["organization"]), None)
        moved = cause is not None and cause.kind not in ("retired", "relieved")
        url = cause.url if cause else (after["urls"] or [None])[0]
        out.append(_transition(after["first_seen"], before, after, cause.kind if moved else None,
                               url))
    first = _post_key(positions[0]["position"], positions[0]["organization"]) if positions else None
    for key, m in stated.items():
        post = {"position": m.position, "organization": m.organization}
        if m.kind in ("retired", "relieved"):
            out.append(_transition(m.published, post, None, m.kind, m.url))
        elif key == first:  # the first post we know of, entered as the article says
            out.append(_transition(m.published, None, post, m.kind, m.url))
    return sorted(out, key=lambda t: t["date"] or "9999")


def _transition(when, before, after, kind, url) -> dict[str, Any]:
    return {"date": when, "from": _post(before) if before else None,
            "to": _post(after) if after else None, "kind": kind, "url": url}


def _post(post: Mapping[str, Any]) -> dict[str, Any]:
    return {"position": post["position"], "organization": post["organization"]}


def people_tables(persons: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The persons as flat tables: ``people``, ``positions``, ``mentions``, ``transitions``.

    Args:
        persons: the output of `people`.

    Returns:
        Table name -> rows, each row keyed by ``person_id``.
    """
    tables: dict[str, list[dict[str, Any]]] = {
        "people": [], "positions": [], "mentions": [], "transitions": []
    }
    for p in persons:
        dates = [m["published"] for m in p["mentions"] if m["published"]]
        tables["people"].append({
            "person_id": p["person_id"], "name": p["name"], "province": p["province"],
            "articles": len(p["mentions"]), "first_seen": min(dates, default=None),
            "last_seen": max(dates, default=None),
        })
        for i, post in enumerate(p["positions"]):
            tables["positions"].append({"person_id": p["person_id"], "order": i, **post})
        for m in p["mentions"]:
            tables["mentions"].append({"person_id": p["person_id"], **m})
        for t in p["transitions"]:
            before, after = t["from"] or {}, t["to"] or {}
            tables["transitions"].append({
                "person_id": p["person_id"], "date": t["date"], "kind": t["kind"],
                "from_position": before.get("position"),
                "from_organization": before.get("organization"),
                "to_position": after.get("position"), "to_organization": after.get("organization"),
                "url": t["url"],
            })
    return tables
