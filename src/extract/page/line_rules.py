"""Line patterns (chrome.toml's kinds) compiled to cost little on body lines.

A dump's lines are tested against each kind of chrome pattern: widget headers,
share buttons, photo credits, datelines. Most lines are body text that matches
none, so the work is in failing fast:

- a pattern anchored at the line's start ("^...") is tried there only, not at
  every offset as it would be inside one alternation with the others, and only
  when the line's first character is one its first item can match (a line
  opening with "T" is not tried against "^(in bài|bản in|...)");
- the patterns searched along the line are searched only when the line holds a
  literal every one of their matches must contain ("ảnh" for photo credits).

Both shortcuts skip only what the patterns cannot match, so `LineRules.search`
finds what one alternation of the patterns finds. The patterns are read with
the regex module's own parser; its list of letters that case-insensitive
matching widens ("ſ" matches "s") keeps those letters out of the needles.
"""

from __future__ import annotations

import re
from _sre import unicode_tolower
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
        self.at_start = StartRules(starts, flags) if starts else None
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


class StartRules:
    """Patterns matched at a line's start, each tried only on lines it may match.

    A pattern whose first item is known ("(in bài|bản in)", "[|\\s]+") is tried only
    on lines opening with a character that item can match. One that may open with
    any character (".{0,80}\\bcỡ chữ") is tried only on lines holding a literal it
    needs ("cỡ chữ"). Per line, the patterns left are matched as one alternation, in
    their order, compiled once per (first character, gates passed): the match found
    is the one the alternation of all the patterns finds.
    """

    def __init__(self, patterns: list[str], flags: int):
        """Args: the patterns without their "^", and the flags to compile them with."""
        self.patterns = patterns
        self.flags = flags
        self.folds_case = bool(flags & re.IGNORECASE)  # read per line; enum "&" is slow
        parsed = [re_parser.parse(p, flags) for p in patterns]
        self.firsts = [_first_characters(tree, flags) for tree in parsed]
        self.gates = [
            (index, _gate(tree, flags))
            for index, (tree, first) in enumerate(zip(parsed, self.firsts, strict=True))
            if first is None
        ]
        self.by_key: dict[tuple, re.Pattern[str] | None] = {}

    def match(self, line: str) -> re.Match[str] | None:
        """A match of one of the patterns at the start of ``line``, or None."""
        key = (line[:1], self._gates_passed(line))
        pattern = self.by_key.get(key, _UNSEEN)
        if pattern is _UNSEEN:
            pattern = self.by_key[key] = self._compile_for(*key)
        return pattern.match(line) if pattern is not None else None

    def _gates_passed(self, line: str) -> tuple[int, ...]:
        """The patterns of unknown first character whose gates ``line`` passes."""
        if not self.gates:
            return ()
        lowered = line.lower() if self.folds_case else line
        return tuple(index for index, needle in self.gates if needle is None or needle in lowered)

    def _compile_for(self, first: str, passed: tuple[int, ...]) -> re.Pattern[str] | None:
        chosen = [
            pattern
            for index, (pattern, can) in enumerate(zip(self.patterns, self.firsts, strict=True))
            if (index in passed if can is None else first and _may_open(first, can, self.flags))
        ]
        return any_of(chosen, self.flags) if chosen else None


_UNSEEN = object()
# Character classes a first item may be, as `_first_of` names them in its sets,
# each with the test the regex engine makes for it on a str.
_CLASSES = {
    re_constants.CATEGORY_DIGIT: ("digit", str.isdecimal),
    re_constants.CATEGORY_SPACE: ("space", str.isspace),
    re_constants.CATEGORY_WORD: ("word", lambda c: c.isalnum() or c == "_"),
}
_CLASS_TESTS = dict(_CLASSES.values())


def _may_open(first: str, can: frozenset, flags: int) -> bool:
    """Whether the character ``first`` is in ``can``, a set of `_first_of`."""
    if _fold(ord(first), flags) in can:
        return True
    return any(name in can and test(first) for name, test in _CLASS_TESTS.items())


def _fold(code: int, flags: int) -> int:
    """A character as a pattern compiled with ``flags`` compares it: lower-cased
    (as the regex engine lowers) under IGNORECASE."""
    return unicode_tolower(code) if flags & re.IGNORECASE else code


def _first_characters(parsed, flags: int) -> frozenset | None:
    """The characters (folded as `_fold` folds them, and class names) that can open
    a match of a parsed pattern; None when any might, or it is not read."""
    if (parsed.state.flags ^ flags) & re.IGNORECASE:
        return None  # an inline (?i) or (?-i): the line's first character folds otherwise
    return _first_of(parsed.data, flags)


def _first_of(items, flags: int) -> frozenset | None:
    """The first characters of a parsed sequence (None: any, or it may be empty)."""
    if not items:
        return None
    op, value = items[0]
    if op is re_constants.LITERAL:
        return _cases(value, flags)
    if op is re_constants.IN:
        return _set_of(value, flags)
    if op is re_constants.SUBPATTERN and not value[1] and not value[2]:  # no local flags
        return _first_of(value[-1].data, flags)
    if op is re_constants.BRANCH:
        return _union([_first_of(branch.data, flags) for branch in value[1]])
    if op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
        low, _, repeated = value
        inside = _first_of(repeated.data, flags)
        return inside if low >= 1 else _union([inside, _first_of(items[1:], flags)])
    if op is re_constants.ASSERT and value[0] == 1:  # a look-ahead consumes nothing
        return _first_of(items[1:], flags)
    return None


def _cases(code: int, flags: int) -> frozenset:
    """A literal's character and, under IGNORECASE, the characters the engine also
    lets it match ("s" also matches "ſ"), folded."""
    if not flags & re.IGNORECASE:
        return frozenset({code})
    lower = unicode_tolower(code)
    return frozenset({lower, *(_fold(c, flags) for c in _EXTRA_CASES.get(lower, ()))})


def _set_of(items, flags: int) -> frozenset | None:
    """The characters of a class "[...]" made of literals, short ranges and the
    digit, space and word classes."""
    found: set = set()
    for op, value in items:
        if op is re_constants.LITERAL:
            found |= _cases(value, flags)
        elif op is re_constants.RANGE and value[1] - value[0] <= 512:
            for code in range(value[0], value[1] + 1):
                found |= _cases(code, flags)
        elif op is re_constants.CATEGORY and value in _CLASSES:
            found.add(_CLASSES[value][0])
        else:
            return None  # a negation, another category, a wide range
    return frozenset(found)


def _union(sets: list[frozenset | None]) -> frozenset | None:
    return None if any(s is None for s in sets) else frozenset().union(*sets)


def _gate(parsed, flags: int) -> str | None:
    """A literal every match of a parsed pattern holds, lower-cased as `needles`
    reads them (a run is cut at the letters IGNORECASE widens); None when there is
    none."""
    runs = _required_literals(parsed.data, shortest=1)
    if not parsed.state.flags & re.IGNORECASE:
        runs = [run for run in runs if run == run.lower()]
    pieces = [piece for run in runs for piece in _WIDENED_LETTER.split(run.lower()) if piece]
    return max(pieces, key=len) if pieces else None


_WIDENED_LETTER = re.compile("[" + re.escape("".join(sorted(_WIDENED))) + "]")


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


def _required_literals(items, shortest: int = 2) -> list[str]:
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
            runs.extend(_required_literals(value[-1].data, shortest))
    runs.append(current)
    return [run for run in runs if len(run) >= shortest]
