"""CSS selectors of site profiles, compiled to lxml XPath.

Profiles are written in CSS because that is what one reads in a browser's
inspector; lxml evaluates XPath. This covers the subset profiles need:
``tag``, ``*``, ``#id``, ``.class``, ``[attr]``, ``[attr=v]``, ``[attr*=v]``,
``[attr^=v]``, ``[attr$=v]``, ``[attr~=v]``, ``:first-child``,
``:last-child``, the descendant (space) and child (``>``) combinators and
``,`` groups. A selector may also be a raw XPath when it starts with ``/``
or ``(``.

    >>> css_to_xpath("div#content > p[style*=right]:last-child")
    "descendant-or-self::div[@id='content']/p[contains(@style,'right')][not(following-sibling::*)]"
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<child>>)
    | (?P<comma>,)
    | (?P<tag>\*|[A-Za-z][\w-]*)
    | \#(?P<id>[\w-]+)
    | \.(?P<cls>[\w-]+)
    | \[\s*(?P<attr>[\w:-]+)\s*
        (?:(?P<op>[*^$~]?=)\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\]\s]+))\s*)?\]
    | :(?P<pseudo>first-child|last-child)
    )""",
    re.VERBOSE,
)


class SelectorError(ValueError):
    """A profile selector outside the supported CSS subset."""


def _literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    return "concat('" + value.replace("'", "',\"'\",'") + "')"


def _condition(match: re.Match[str]) -> str:
    if match.group("id"):
        return f"[@id={_literal(match.group('id'))}]"
    if match.group("cls"):
        # the plain contains() first: it turns down most elements without building
        # the padded class string, which costs libxml2 far more
        name, cls = _literal(match.group("cls")), _literal(" " + match.group("cls") + " ")
        return f"[contains(@class,{name})][contains(concat(' ',normalize-space(@class),' '),{cls})]"
    if match.group("pseudo") == "first-child":
        return "[not(preceding-sibling::*)]"
    if match.group("pseudo") == "last-child":
        return "[not(following-sibling::*)]"
    name, op = match.group("attr"), match.group("op")
    value = match.group("dq") or match.group("sq") or match.group("bare") or ""
    v = _literal(value)
    return {
        None: f"[@{name}]",
        "=": f"[@{name}={v}]",
        "*=": f"[contains(@{name},{v})]",
        "^=": f"[starts-with(@{name},{v})]",
        "$=": f"[substring(@{name},string-length(@{name})-{len(value) - 1})={v}]",
        "~=": f"[contains(concat(' ',normalize-space(@{name}),' '),{_literal(' ' + value + ' ')})]",
    }[op]


def css_to_xpath(selector: str) -> str:
    """Translate one CSS selector (or a group) into an XPath expression.

    Args:
        selector: CSS in the subset above, or an XPath starting with "/" or "(".

    Returns:
        The XPath string, relative to the context node (descendant-or-self).

    Raises:
        SelectorError: for syntax outside the subset.
    """
    selector = selector.strip()
    if selector.startswith(("/", "(")):
        return selector
    paths, steps, axis, current, pos = [], [], "descendant-or-self::", None, 0
    while pos < len(selector):
        match = _TOKEN.match(selector, pos)
        if not match or match.end() == pos:
            raise SelectorError(f"unsupported selector {selector!r} at {selector[pos:]!r}")
        spaced = match.group(0)[:1].isspace()
        pos = match.end()
        if match.group("comma"):
            steps.append(current)
            paths.append("".join(steps))
            steps, axis, current = [], "descendant-or-self::", None
            continue
        if match.group("child"):
            steps.append(current)
            axis, current = "/", None
            continue
        if current is not None and spaced:
            steps.append(current)
            axis, current = "//", None
        if current is None:
            current = axis + (match.group("tag") or "*")
            if match.group("tag"):
                continue
        current += _condition(match)
    steps.append(current)
    paths.append("".join(s for s in steps if s))
    return " | ".join(paths)


@cache
def compile_selector(selector: str) -> etree.XPath:
    """The compiled XPath of a selector, built once per process."""
    return etree.XPath(css_to_xpath(selector))


def select(node: etree._Element, selector: str) -> list[etree._Element]:
    """Elements under ``node`` (itself included) matching ``selector``, in document order."""
    return [e for e in compile_selector(selector)(node) if isinstance(e, etree._Element)]


def select_first(
    node: etree._Element, selectors: list[str] | tuple[str, ...]
) -> etree._Element | None:
    """The first match of the first selector that matches anything."""
    for selector in selectors:
        found = select(node, selector)
        if found:
            return found[0]
    return None
