"""Parsed pages as input: BeautifulSoup objects and lxml elements.

A user who already holds a parsed page passes it to `extract.from_html`
as is; its markup is serialised to text (already decoded: no charset is
guessed again, nothing is fetched again) and read like any page.
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_parsed_page", "markup_of"]


def is_parsed_page(obj: Any) -> bool:
    """Whether ``obj`` is a BeautifulSoup object or Tag, or an lxml element.

    Args:
        obj: anything passed where a page is expected.

    Returns:
        True for the parsed forms `markup_of` accepts. bs4 is never imported
        here: the test goes by the class's module, so bs4 stays optional.
    """
    module = type(obj).__module__ or ""
    return module.startswith(("bs4", "lxml"))


def markup_of(obj: Any) -> str:
    """The HTML text of a parsed page.

    Args:
        obj: a ``bs4.BeautifulSoup``, a ``bs4.Tag`` (the whole page or the
            part of it you want read) or an lxml element or tree.

    Returns:
        The markup as a str.

    Raises:
        TypeError: for any other object, naming what is accepted.
    """
    module = type(obj).__module__ or ""
    if module.startswith("bs4"):
        return obj.decode() if hasattr(obj, "decode") else str(obj)
    if module.startswith("lxml"):
        from lxml import etree

        return etree.tostring(obj, encoding="unicode", method="html")
    raise TypeError(
        f"cannot read a page from {type(obj).__name__}: pass bytes, str, "
        "a bs4.BeautifulSoup/Tag or an lxml element"
    )
