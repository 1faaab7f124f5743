"""Line patterns (chrome.toml's kinds) compiled to cost little on body lines.

A dump's lines are tested against each kind of chrome pattern: widget headers,
share buttons, photo credits, datelines. Most lines are body text that matches
none, so the work is in failing fast:

- a pattern anchored at the line's start ("^...") is tried there only, not at
  every offset as it would be inside one alternation with the others;
- the patterns searched along the line are searched only when the line holds a
  literal every one of their matches must contain ("ảnh" for photo credits).

Both shortcuts skip only what the patterns cannot match, so `LineRules.search`
finds what one alternation of the patterns finds. The patterns are read with
the regex module's own parser; its list of letters that case-insensitive
matching widens ("ſ" matches "s") keeps those letters out of the needles.
"""

from __future__ import annotations

import re
from re import _constants as re_constants
from re import _parser as re_parser
from re._casefix import _EXTRA_CASES

# Letters a case-insensitive pattern matches beyond their case pair, both ways.
_WIDENED = frozenset(
    chr(code) for key, others in _EXTRA_CASES.items() for code in (key, *others)
)


class LineRules:
    """One kind of line patterns: those anchored at the line's start ("^...") tried
    there, the others searched along the line."""

    def __init__(self, patterns: list[str], flags: int = re.IGNORECASE):
        """Args: the kind's patterns and the flags to compile them with."""
        at_start = [anchored(p, flags) for p in patterns]
        starts = [p[1:] for p, first in zip(patterns, at_start, strict=True) if first]
        anywhere = [p for p, first in zip(patterns, at_start, strict=True) if not first]
        self.at_start = any_of(starts, flags) if starts else None
        self.anywhere = any_of(anywhere, flags) if anywhere else None
        self.needles = needles(anywhere, flags) if anywhere else None

    def search(self, line: str) -> re.Match[str] | None:
        """A match of one of the patterns in ``line``, or None (``re.Pattern.search``)."""
        found = self.at_start.match(line) if self.at_start else None
        if found is None and self.anywhere and self._may_hold(line):
            found = self.anywhere.search(line)
        return found

    def _may_hold(self, line: str) -> bool:
        if self.needles is None:
            return True
        lowered = line.lower()
        return any(needle in lowered for needle in self.needles)


def any_of(patterns: list[str], flags: int) -> re.Pattern[str]:
    """One alternation of ``patterns``: a line is scanned once, not once per pattern."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def anchored(pattern: str, flags: int = 0) -> bool:
    """Whether ``pattern`` opens with "^" and no top-level "|" offers another way in."""
    if not pattern.startswith("^"):
        return False
    items = re_parser.parse(pattern, flags).data
    return items[0] == (re_constants.AT, re_constants.AT_BEGINNING)


def needles(patterns: list[str], flags: int) -> tuple[str, ...] | None:
    """For each pattern, a literal in lower case that every match of it contains,
    whatever the case it is written in; None when one pattern has none (then
    every line is searched)."""
    found = set()
    for pattern in patterns:
        parsed = re_parser.parse(pattern, flags)
        runs = _required_literals(parsed.data)
        if not parsed.state.flags & re.IGNORECASE:
            runs = [run for run in runs if run == run.lower()]  # "ảnh" in a lowered line
        runs = [r.lower() for r in runs if not any(c in _WIDENED for c in r.lower())]
        if not runs:
            return None
        found.add(max(runs, key=len))
    return tuple(found)


def _required_literals(items) -> list[str]:
    """The runs of literal characters that every match of a parsed sequence holds:
    those at its top level and in its plain groups (not in branches, repeats or
    look-arounds, which a match may pass by)."""
    runs, current = [], ""
    for op, value in items:
        if op is re_constants.LITERAL:
            current += chr(value)
            continue
        runs.append(current)
        current = ""
        if op is re_constants.SUBPATTERN and not value[1] and not value[2]:  # no local flags
            runs.extend(_required_literals(value[-1].data))
    runs.append(current)
    return [run for run in runs if len(run) >= 2]
