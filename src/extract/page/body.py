"""Find the article body of a parsed page: our own content scorer.

    >>> body = find_body(root)          # an lxml element, or None

Every paragraph of running text (a ``<p>``, a cell, a quote, or text written
straight into a ``<div>`` between ``<br>``) scores its length for the
element holding it and half of it for that element's parent. Text inside
links does not count, and a paragraph that is mostly link text (a menu
entry, a related-news title) scores nothing. A container's score is then
weighed by its class and id (``detail-content``, ``fck_detail``,
``entry-content`` up; ``comment``, ``related``, ``sidebar`` down) and by the
share of its text that is link text. The best container is the body.

This is the stage trafilatura and readability fill in their pipelines, kept
small: one pass over the paragraphs, one look at the few best containers.
The rules (tags, weights, thresholds) live in ``profiles/generic.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from lxml import etree

from extract.page.tree import in_foreign_language, is_inside

__all__ = ["BodyRules", "body_rules", "find_body", "is_hidden", "link_density"]


@dataclass(frozen=True)
class BodyRules:
    """The scorer's rules (the ``[body]`` table of ``profiles/generic.toml``)."""

    skip_tags: frozenset[str]
    outside_tags: frozenset[str]
    paragraph_tags: tuple[str, ...]
    own_text_tags: tuple[str, ...]
    inline_tags: frozenset[str]
    min_paragraph: int
    max_paragraph_links: float
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    positive_weight: float
    negative_weight: float
    hidden: re.Pattern[str]
    layout_class: re.Pattern[str]


@cache
def body_rules() -> BodyRules:
    """The scorer's rules, loaded once per process."""
    source = files("extract.page").joinpath("profiles", "generic.toml").read_text("utf-8")
    data = tomllib.loads(source)["body"]
    return BodyRules(
        skip_tags=frozenset(data["skip_tags"]),
        outside_tags=frozenset(data["outside_tags"]),
        paragraph_tags=tuple(data["paragraph_tags"]),
        own_text_tags=tuple(data["own_text_tags"]),
        inline_tags=frozenset(data["inline_tags"]),
        min_paragraph=data["min_paragraph"],
        max_paragraph_links=data["max_paragraph_links"],
        positive=re.compile(data["positive"]),
        negative=re.compile(data["negative"]),
        positive_weight=data["positive_weight"],
        negative_weight=data["negative_weight"],
        hidden=re.compile(data["hidden_style"]),
        layout_class=re.compile(data["layout_class"]),
    )


def find_body(root: etree._Element) -> etree._Element | None:
    """The element holding the article's running text.

    Args:
        root: the parsed page (``lxml.html`` document).

    Returns:
        The best-scoring container, or None when the page has no paragraph
        of running text at all (an empty page, a pure link list).
    """
    scores = paragraph_scores(root)
    if not scores:
        return None
    rules = body_rules()
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:5]
    best, best_score = None, 0.0
    for element, score in ranked:
        score *= _class_weight(element, rules)
        if score <= best_score:
            continue  # the share of link text only lowers a score: it cannot win
        score *= 1.0 - link_density(element)
        if score > best_score:
            best, best_score = element, score
    marked = _marked_body_inside(best, ranked)
    if marked is not None:
        return marked
    if best is None:
        return None
    chapters = _with_sibling_blocks(best, scores)
    if chapters is None:
        chapters = _with_kindred_blocks(best, scores, rules)
    return chapters if chapters is not None else _with_continuation(best, scores)


_SIBLING_BLOCK_SHARE = 0.2  # of the body's running text, for a block of its class to count
# A class a CSS-in-JS tool names ("css-0", "sc-bdVaJa"): shared by unrelated elements.
_GENERATED_CLASS = re.compile(r"(?:css|sc|jsx|emotion)-")


def _with_sibling_blocks(best: etree._Element, scores: dict[etree._Element, float]):
    """The element holding every block of the body's own class, when a long-form page
    writes its chapters as separate text blocks ("emg-text" in each chapter's section,
    between full-width photos and pull quotes); None when the body is its class's only
    block of running text."""
    classes = set((best.get("class") or "").split())
    if not classes or any(_GENERATED_CLASS.match(name) for name in classes):
        return None
    blocks = [
        element
        for element, score in scores.items()
        if element is not best
        and element.tag == best.tag
        and classes <= set((element.get("class") or "").split())
        and score >= scores[best] * _SIBLING_BLOCK_SHARE
        and not is_hidden(element)
        and link_density(element) < 0.2
        and not _in_other_article(element, best)
    ]
    # one more block of the class is the next article of an endless page, or the
    # English version beside the Vietnamese one: chapters come three and more
    if len(blocks) < 2:
        return None
    common = best.getparent()
    while common is not None and not all(is_inside(block, common) for block in blocks):
        common = common.getparent()
    if common is None or _holds_other_story(common, best):
        return None  # the chapters' holder holds the next story or another language too
    return common


def _with_kindred_blocks(best: etree._Element, scores: dict[etree._Element, float],
                         rules: BodyRules):
    """The body's parent, when a sibling block of running text opens its class with the
    body's first class word and goes on otherwise: a reader's question ("qa-box
    qa-question") above the answer that holds most of the text ("qa-box qa-answer").
    None otherwise."""
    parent = best.getparent()
    classes = (best.get("class") or "").split()
    if parent is None or len(classes) < 2 or rules.layout_class.match(classes[0]):
        return None
    for sibling in parent:
        theirs = (sibling.get("class") or "").split()
        if (
            sibling is not best
            and sibling.tag == best.tag
            and theirs[:1] == classes[:1]
            and theirs[1:] != classes[1:]
            and scores.get(sibling, 0.0) > 0
            and _class_weight(sibling, rules) >= 1.0
            and not is_hidden(sibling)
            and link_density(sibling) < 0.2
        ):
            return parent
    return None


def _holds_other_story(element: etree._Element, best: etree._Element) -> bool:
    """Whether ``element`` holds an <article> or another language's tab that does not
    hold ``best``."""
    stories = [*element.iterfind(".//article"),
               *filter(in_foreign_language, element.iterfind(".//*[@lang]"))]
    return any(not is_inside(best, story) for story in stories)


def _in_other_article(element: etree._Element, best: etree._Element) -> bool:
    """Whether ``element`` stands in an <article> or another language's tab that does not
    hold ``best``: the next story of the page, the English version."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "article" or in_foreign_language(ancestor):
            return not is_inside(best, ancestor)
    return False


_CONTINUATION_SHARE = 0.3  # of the body's own running text, for its second half to count


def _with_continuation(best: etree._Element, scores: dict[etree._Element, float]):
    """The body together with its second half, when the page splits the article over two
    containers ("content-lead", then "content-more" beside the lead's wrapper): the
    smallest element holding both, when the second stands right after the body or after
    the body's wrapper."""
    for anchor in (best, best.getparent()):
        if anchor is None:
            break
        following = anchor.getnext()
        while following is not None and not isinstance(following.tag, str):
            following = following.getnext()
        if following is None or scores.get(following, 0.0) < scores[best] * _CONTINUATION_SHARE:
            continue
        if link_density(following) > 0.2:
            continue  # a box of related links after the body
        return anchor.getparent()
    return best


def _marked_body_inside(best, ranked) -> etree._Element | None:
    """The element inside ``best`` that the page marks as its body ("article__body",
    metadata.toml's [body] classes) when it holds at least the running text ``best``
    is credited with: a photo story's few paragraphs lose to the article around them,
    whose class weighs more and which adds the sapo and the byline bar."""
    if best is None:
        return None
    raw = dict(ranked)
    for element, score in ranked:
        if element is best or score < raw[best] or not is_inside(element, best):
            continue
        if set((element.get("class") or "").split()) & _marked_body_classes():
            return element
    return None


@cache
def _marked_body_classes() -> frozenset[str]:
    source = files("extract.page").joinpath("metadata.toml").read_text("utf-8")
    return frozenset(tomllib.loads(source)["body"]["classes"])


def paragraph_scores(root: etree._Element) -> dict[etree._Element, float]:
    """Each container's raw score: the running text it holds (full for the
    element holding a paragraph, half for its parent).

    A container's own text is a paragraph of its parent when it is one line
    (``<div>text</div>`` used as a ``<p>``), and its own when it holds several
    (lines split by ``<br>``, or text beside block children)."""
    rules = body_rules()
    scores: dict[etree._Element, float] = {}
    verdicts: dict[etree._Element, bool] = {}
    for element in _paragraphs(root):
        own = element.tag in rules.own_text_tags or element.tag in _LINE_HOLDERS
        text, linked = _own_text(element, rules) if own else _paragraph_text(element)
        length = len(text)
        if length < rules.min_paragraph or linked > length * rules.max_paragraph_links:
            continue
        if _away(element, rules, verdicts):
            continue
        points = length - linked
        holder = element if own and _holds_lines(element, rules) else element.getparent()
        if holder is None:
            continue
        scores[holder] = scores.get(holder, 0.0) + points
        parent = holder.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + points / 2
    return scores


def _paragraphs(root: etree._Element) -> list[etree._Element]:
    """The candidate paragraphs: paragraph tags, and containers that hold text of
    their own (one walk of the tree, its tag filter applied in C)."""
    rules = body_rules()
    body = root.find("body")
    if body is None:
        return []
    found = []
    tags = (*rules.paragraph_tags, *rules.own_text_tags, *_LINE_HOLDERS)
    for element in body.iter(*tags):
        if element.tag in _LINE_HOLDERS:
            # old portals print the whole body in one <span> split by <br>
            if element.find("br") is None or not _has_own_text(element, rules):
                continue
        elif element.tag in rules.own_text_tags and not _has_own_text(element, rules):
            continue
        found.append(element)
    return found


# Inline elements that may hold a whole body, its lines split by <br>.
_LINE_HOLDERS = ("span", "font")


def _has_own_text(element: etree._Element, rules: BodyRules) -> bool:
    text = element.text  # lxml builds a new string at each reading: read once
    if text and not text.isspace():
        return True
    for child in element:
        if child.tag == "br":
            return True
        tail = child.tail
        if tail and not tail.isspace():
            return True
        if child.tag in rules.inline_tags and child.tag != "a" and _has_text(child):
            return True  # "<div><span>text</span></div>": a line of the div's own
    return False


def _has_text(element: etree._Element) -> bool:
    return any(not piece.isspace() for piece in element.itertext())


def link_density(element: etree._Element) -> float:
    """The share of ``element``'s visible characters that sit inside links."""
    total = len("".join(element.text_content().split()))
    if not total:
        return 1.0
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return min(1.0, linked / total)


def is_hidden(element: etree._Element) -> bool:
    """Whether the markup hides ``element`` (``hidden``, ``display:none``, ``d-none``)."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    rules = body_rules()
    style = element.get("style")
    if style and rules.hidden.search(style):
        return True
    names = element.get("class")
    return bool(names) and _HIDDEN_CLASS.search(names) is not None


_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:d-none|hidden|hide)(?:$|\s)")


def _class_weight(element: etree._Element, rules: BodyRules) -> float:
    names = f"{element.get('class', '')} {element.get('id', '')}"
    weight = 1.0
    if rules.positive.search(names):
        weight *= rules.positive_weight
    if rules.negative.search(names):
        weight *= rules.negative_weight
    if element.tag == "article":
        weight *= rules.positive_weight
    return weight


def _holds_lines(element: etree._Element, rules: BodyRules) -> bool:
    """Whether a container's own text is several lines (``<br>``, block children)."""
    return any(
        isinstance(child.tag, str) and (child.tag == "br" or child.tag not in rules.inline_tags)
        for child in element
    )


def _paragraph_text(element: etree._Element) -> tuple[str, int]:
    """A paragraph's collapsed text and how many of its characters are link text."""
    text = " ".join(element.text_content().split())
    if not text:
        return "", 0
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return text, linked


def _own_text(element: etree._Element, rules: BodyRules) -> tuple[str, int]:
    """The text of a container outside its block children (its inline children count)."""
    parts = [element.text or ""]
    linked = 0
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag in rules.inline_tags:
            inner = child.text_content()
            parts.append(inner)
            if tag == "a":
                linked += len(" ".join(inner.split()))
            else:
                linked += sum(len(" ".join(a.text_content().split())) for a in child.iter("a"))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split()), linked


def _away(element: etree._Element, rules: BodyRules, verdicts: dict[etree._Element, bool]) -> bool:
    """Whether ``element`` sits in page furniture (navigation, footer, a script)
    or in a block the markup hides. ``verdicts`` remembers the answer for every
    container passed, so each is judged once per page."""
    path = []
    node = element
    verdict = False
    while node is not None:
        known = verdicts.get(node)
        if known is not None:
            verdict = known
            break
        path.append(node)
        if node.tag in rules.skip_tags or node.tag in rules.outside_tags or is_hidden(node):
            verdict = True
            break
        node = node.getparent()
    for passed in path:
        verdicts[passed] = verdict
    return verdict
