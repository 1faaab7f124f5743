"""Where elements stand in a parsed page: inside another, before another; and removing one.

Shared by the page stages (body, clean-up, metadata, byline), which all
reason about the same lxml tree.
"""

from __future__ import annotations

from lxml import etree

__all__ = ["comes_before", "drop", "in_foreign_language", "is_inside"]


def is_inside(element: etree._Element, ancestor: etree._Element) -> bool:
    """Whether ``element`` is ``ancestor`` or one of its descendants."""
    return element is ancestor or any(node is ancestor for node in element.iterancestors())


def in_foreign_language(element: etree._Element) -> bool:
    """Whether ``element``'s own ``lang`` names a language other than Vietnamese
    (<div lang="en">: an English version or summary beside the article)."""
    lang = element.get("lang")
    return bool(lang) and not lang.lower().startswith("vi")


def drop(element: etree._Element) -> None:
    """Remove ``element`` from the tree, keeping the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def comes_before(element: etree._Element, other: etree._Element) -> bool:
    """Whether ``element`` starts before ``other`` in the page (and is not inside it).

    Compares the two branches where they part, instead of counting every
    element before each of them."""
    chain = []
    node = other
    while node is not None:
        chain.append(node)
        node = node.getparent()
    on_chain = {id(n): i for i, n in enumerate(chain)}
    child, node = element, element
    while node is not None and id(node) not in on_chain:
        child, node = node, node.getparent()
    if node is None or node is element:
        return False  # another tree, or ``other`` is inside ``element``
    if node is other:
        return False  # ``element`` is inside ``other``
    branch = chain[on_chain[id(node)] - 1]
    return node.index(child) < node.index(branch)
