"""The Vietnamese clean-up of an article body, whatever found it.

    >>> captions = clean_body(body, rules)      # removes chrome, returns captions
    >>> blocks = body_blocks(body)              # [Block(text, element), ...]
    >>> blocks, byline = split_tail(blocks)     # the signature leaves the text

What leaves the body, in order:

- furniture: scripts, forms, hidden elements (``display:none``, ``d-none``),
  elements whose class, id or CMS ``type`` names chrome (share bars,
  comments, tags, "RelatedNewsBox", ad slots);
- boxes that open with a related-news heading ("Tin liên quan", "Xem thêm",
  "Đọc thêm", "Đọc tiếp", "Tham khảo thêm", "Các tin khác", "Tin cùng
  chuyên mục"), and blocks that are mostly link text (lists of other
  articles, embedded article cards, a paragraph that is one linked title);
- captions, which go to ``captions``: ``figcaption`` and caption classes,
  the text cell of an image table, a short centred or italic line under an
  image, and "Ảnh: …" credit lines;
- at the end of the text: the byline and "Theo …" / "Nguồn: …" source lines.

The patterns are data: the ``[cleanup]`` table of ``profiles/generic.toml``
and ``chrome.toml``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from lxml import etree

from extract.normalize import normalize_text
from extract.page.body import body_rules, is_hidden, link_density
from extract.page.text import UNIT_SUFFIX, chrome_rules
from extract.page.tree import drop, is_inside

__all__ = [
    "Block",
    "CleanupRules",
    "body_blocks",
    "clean_body",
    "cleanup_rules",
    "is_right_aligned",
    "is_source_line",
    "looks_like_byline",
    "split_tail",
    "strip_chrome",
    "take_captions_and_links",
    "take_captions",
]

_CENTRED = re.compile(r"text-align\s*:\s*center|\bcenter\b", re.IGNORECASE)
_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
_WORD = re.compile(r"\w")
# a signature that credits the photos too ("Bài, ảnh: Thu Thảo") is a byline, not a caption
# ("Phóng sự ảnh: Quang Huy" signs a photo story)
_PUBLISHED_LINE = re.compile(r"(?i)^(?:ngày )?xuất bản\s*:\s*[\d:/.\s-]+$")
_FIELDS = etree.XPath(".//input[not(@type='hidden')] | .//textarea | .//select")
_SIGNED = re.compile(r"(?i)^(?:tin|bài|thực hiện|phóng sự)\b[^:]{0,14}:")


@dataclass(frozen=True)
class Block:
    """One paragraph of the body: its normalised text and the element that holds it."""

    text: str
    element: etree._Element


@dataclass(frozen=True)
class CleanupRules:
    """The compiled ``[cleanup]`` table of ``profiles/generic.toml``."""

    chrome: re.Pattern[str]
    chrome_attributes: tuple[str, ...]
    related_heading: re.Pattern[str]
    box_tags: frozenset[str]
    max_box_links: float
    max_line_links: float
    caption_xpath: etree.XPath
    block_tags: frozenset[str]
    source_line: re.Pattern[str]
    byline_max_chars: int


@cache
def cleanup_rules() -> CleanupRules:
    """The clean-up rules, loaded once per process."""
    source = files("extract.page").joinpath("profiles", "generic.toml").read_text("utf-8")
    data = tomllib.loads(source)
    clean = data["cleanup"]
    return CleanupRules(
        chrome=re.compile(clean["chrome"]),
        chrome_attributes=tuple(clean["chrome_attributes"]),
        related_heading=re.compile(clean["related_heading"]),
        box_tags=frozenset(clean["box_tags"]),
        max_box_links=clean["max_box_links"],
        max_line_links=clean["max_line_links"],
        caption_xpath=etree.XPath(clean["caption_xpath"]),
        block_tags=frozenset(clean["block_tags"]),
        source_line=re.compile(clean["source_line"]),
        byline_max_chars=clean["byline_max_chars"],
    )


def clean_body(body: etree._Element) -> list[str]:
    """Remove page chrome from ``body`` (in place) and return its captions.

    Args:
        body: the article body element (from `extract.page.body.find_body`
            or a site profile).

    Returns:
        The captions, in page order, each once.
    """
    strip_chrome(body)
    return take_captions_and_links(body)


def take_captions_and_links(body: etree._Element) -> list[str]:
    """The rest of `clean_body` once `strip_chrome` has run: captions out (and
    returned), then blocks that are mostly link text."""
    captions = take_captions(body)
    _drop_all(_link_blocks(body, cleanup_rules()))
    return captions


def strip_chrome(body: etree._Element) -> None:
    """Remove furniture (scripts, forms, hidden and chrome-classed elements) and
    related-news boxes from ``body``, in place; `clean_body` begins with this."""
    rules = cleanup_rules()
    _drop_all(_furniture(body, rules))
    _drop_all(_related_boxes(body, rules))


def take_captions(body: etree._Element, selectors: tuple[str, ...] = ()) -> list[str]:
    """Remove the captions from ``body`` and return their texts, in page order, once each.

    Args:
        body: the body element.
        selectors: a profile's own caption selectors, tried besides the generic ones.

    Returns:
        The caption texts (empty captions give nothing).
    """
    from extract.page.selectors import select

    rules = cleanup_rules()
    found = list(rules.caption_xpath(body))
    for selector in selectors:
        found += select(body, selector)
    for table in body.iter("table"):
        if table.find(".//img") is not None and len(table.findall(".//tr")) <= 4:
            found.append(table)
    for element in body.iter("p", "div", "center"):
        if element in found or len(element) > 8:
            continue
        if _is_caption_line(element) or _SHORTCODE_CAPTION.match(element.text_content().strip()):
            found.append(element)
    captions: list[str] = []
    order = {el: i for i, el in enumerate(body.iter())}
    for element in sorted(set(found), key=lambda e: order.get(e, 0)):
        if not is_inside(element, body):
            continue
        for block in body_blocks(element):
            text = _SHORTCODE_CAPTION.sub(r"\1", block.text)
            if text and text not in captions:
                captions.append(text)
        drop(element)
    for figure in list(body.iter("figure", "picture")):
        if is_inside(figure, body) and not _has_text(figure):
            drop(figure)
    return captions


def body_blocks(element: etree._Element) -> list[Block]:
    """The paragraphs of ``element``: text between block boundaries,
    normalised (`extract.normalize.normalize_text`), white space collapsed.

    The paragraphs are normalised together, in one call, not one call each."""
    skip = body_rules().skip_tags
    block_tags = cleanup_rules().block_tags
    raw: list[tuple[str, etree._Element]] = []
    buffer: list[str] = []
    holder: list[etree._Element] = [element]

    def flush() -> None:
        if not buffer:
            return
        text = " ".join("".join(buffer).split())
        buffer.clear()
        if text:
            raw.append((text, holder[-1]))

    def walk(node: etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in skip:
            return
        if tag == "tr" and _figure_row(node):
            flush()  # a table of figures: a row reads as one line, its cells in order
            raw.append((" ".join(" ".join(c.text_content().split()) for c in _cells(node)), node))
            return
        block = tag in block_tags
        if block:
            flush()
            holder.append(node)
        if node.text:
            buffer.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                buffer.append(child.tail)
        if block:
            flush()
            holder.pop()

    walk(element)
    flush()
    if not raw:
        return []
    # white space is collapsed, so no paragraph holds a line break: "\n" separates them
    texts = normalize_text("\n".join(text for text, _ in raw)).split("\n")
    if len(texts) != len(raw):  # normalisation never adds or removes a line; be safe anyway
        texts = [normalize_text(text) for text, _ in raw]
    out = []
    for text, (_, node) in zip(texts, raw, strict=True):
        text = " ".join(text.split())
        if text and _WORD.search(text):
            out.append(Block(text, node))
    return out


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


# The most a row of figures holds: a label, a unit and a few numbers.
_ROW_CHARS = 300


def _figure_row(row: etree._Element) -> bool:
    """A row of a table of figures ("1 | Kim ngạch xuất khẩu | Triệu USD | 9.874,5"):
    two cells or more, short, each a line of text (no image, list or second paragraph),
    which a layout table's cells never are."""
    cells = _cells(row)
    if len(cells) < 2 or len(row.text_content()) > _ROW_CHARS:
        return False
    for cell in cells:
        if cell.find(".//img") is not None or cell.find(".//table") is not None:
            return False
        if len(cell.findall(".//p")) + len(cell.findall(".//div")) + len(cell.findall(".//li")) > 1:
            return False
    return True


def split_tail(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """Take the signature off the end of the text.

    Walks back from the last paragraph over source lines ("Theo TTXVN",
    "Nguồn: …", "(Theo Đại Đoàn kết)") and short signature lines: a
    right-aligned line, or a line that is a name or two ("NHẬT XUÂN - NGHI
    VŨ", "Hà Thu (tổng hợp)", "Tin, ảnh: Hồng Nhung").

    Returns:
        The remaining blocks, and the removed lines (last one first): the
        caller decides which of them names a person.
    """
    rules = cleanup_rules()
    removed: list[str] = []
    while len(blocks) > 1:
        last = blocks[-1]
        text = last.text
        short = len(text) <= rules.byline_max_chars
        if short and (
            is_source_line(text)
            or is_right_aligned(last.element)
            or looks_like_byline(text)
            or _PUBLISHED_LINE.match(text)  # an e-magazine's credits: "Xuất bản: 06:00 20/09/2025"
            or text in {".", "./."}
        ):
            removed.append(text)
            blocks = blocks[:-1]
            continue
        break
    return blocks, removed


def is_source_line(text: str) -> bool:
    """ "Theo TTXVN", "Nguồn: baochinhphu.vn", "(Theo Đại Đoàn kết)"; not "Theo dõi …"."""
    match = cleanup_rules().source_line.match(text)
    return (
        bool(match)
        and match.group("source")[:1].isupper()
        or bool(match and re.match(r"[\w.-]+\.(?:vn|com|net|org)\b", match.group("source")))
    )


def looks_like_byline(text: str) -> bool:
    """A short line that is only a name or names, maybe with a lead ("Bài, ảnh:")
    and a unit in brackets: "T.Hà", "MINH THƯ", "Hà Thu (tổng hợp)"."""
    candidate = _byline_core(text)
    if not candidate:
        return False
    names = [n.strip() for n in re.split(r"\s+[-–,]\s+|\s*,\s*", candidate)]
    return all(n and _is_name(n) for n in names)


def is_right_aligned(element: etree._Element) -> bool:
    """Whether the paragraph is set right (how many CMSs mark the signature)."""
    node = element
    for _ in range(3):
        if node is None:
            return False
        if _RIGHT.search(node.get("style") or "") or (node.get("align") or "").lower() == "right":
            return True
        if re.search(
            r"(?i)(?:^|[\s_-])(?:text-right|author|tac-?gia|byline)(?:$|[\s_-])",
            node.get("class") or "",
        ):
            return True
        node = node.getparent() if node.tag in ("strong", "b", "em", "i", "span") else None
    return False


def _byline_core(text: str) -> str:
    core = re.sub(
        r"(?i)^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin - ảnh|bài - ảnh|"
        r"thực hiện|nhóm phóng viên|tác giả|nội dung|thiết kế|đồ họa|đồ hoạ|trình bày|"
        r"biên tập|kỹ thuật|video)\s*:\s*|(?:ctv|pv|bởi)\s+)",
        "",
        text.strip(),
    )
    core = re.sub(r"\s*\./\.$|\.$", "", core)
    core = UNIT_SUFFIX.sub("", core)  # "Thanh Tâm - VP.HĐND&UBND huyện"
    return re.sub(r"\s*\([^)]{1,60}\)$", "", core).strip()


def _is_name(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 5 and all(
        re.fullmatch(r"(?:\w\.)*\w+\.?", w) and w[0].isupper() for w in words
    )


def _furniture(body: etree._Element, rules: CleanupRules) -> list[etree._Element]:
    skip = body_rules().skip_tags | {"form", "nav", "footer", "header"}
    doomed = []
    for element in body.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        if element.tag in skip or (element.tag == "aside" and not _boxed_note(element)):
            doomed.append(element)
            continue
        if element.tag == "table" and _FIELDS(element):
            doomed.append(element)  # a form laid out in a table (a page all in one <form>)
            continue
        if not element.attrib:
            continue  # most of a body: neither hidden nor named as chrome
        if is_hidden(element):
            doomed.append(element)
            continue
        names = " ".join(element.get(a) or "" for a in rules.chrome_attributes)
        if names.strip() and _names_chrome(names):
            doomed.append(element)
    return doomed


def _boxed_note(aside: etree._Element) -> bool:
    """Whether an <aside> inside the body is the article's own boxed note ("Thông tin cần
    biết": a heading and lines of text), not a box of links to other stories nor a pull
    quote and its speaker."""
    if aside.find(".//blockquote") is not None or link_density(aside) >= 0.2:
        return False
    return len(aside.text_content().strip()) >= _NOTE_CHARS


_NOTE_CHARS = 120  # a boxed note's text at least: shorter asides are labels and buttons


@lru_cache(maxsize=4096)
def _names_chrome(names: str) -> bool:
    """Whether an element's class, id and type names say chrome. The pattern is long
    (about 13 us a search) and pages repeat the same few names over many elements:
    each is matched once."""
    return cleanup_rules().chrome.search(names) is not None


# a heading with nothing linked after it is this long at most ("Tin liên quan:")
_SENTENCE_CHARS = 80


def _related_boxes(body: etree._Element, rules: CleanupRules) -> list[etree._Element]:
    """Boxes (and lone lines) that open with a related-news heading."""
    doomed = []
    body_length = len(body.text_content())
    for element in body.iterdescendants(*rules.box_tags):
        head = _opening(element)
        # NFC is enough to read a heading (and much cheaper than normalize_text)
        if not head or not rules.related_heading.match(unicodedata.normalize("NFC", head)):
            continue
        length = len(element.text_content())
        if element.tag in ("p", "span") and length > _SENTENCE_CHARS and _unlinked(element):
            continue  # a sentence: "Xem thêm các điểm đến trong vùng là nhu cầu của ..."
        if length < max(body_length / 2, 300):
            doomed.append(element)
    return doomed


def _unlinked(element: etree._Element) -> bool:
    return next(element.iter("a"), None) is None


def _opening(element: etree._Element) -> str:
    """The first words of ``element``'s text (read lazily: no full text_content)."""
    words: list[str] = []
    for piece in element.itertext():
        words += piece.split()
        if len(words) >= 6:
            break
    return " ".join(words)


def _link_blocks(body: etree._Element, rules: CleanupRules) -> list[etree._Element]:
    """Blocks that are mostly link text: lists of other articles, cards, linked titles."""
    counts: dict[etree._Element, tuple[int, int]] = {}
    _count_links(body, counts)
    doomed = []
    for element in body.iterdescendants(*rules.box_tags):
        total, linked = counts.get(element, (0, 0))
        if not total:
            continue
        limit = (
            rules.max_line_links
            if element.tag in ("p", "li", "h2", "h3", "h4")
            else rules.max_box_links
        )
        if linked / total > limit:
            doomed.append(element)
    return doomed


def _count_links(element: etree._Element, counts: dict) -> tuple[int, int]:
    """(visible characters, characters inside links) of ``element``, for every element."""
    if not isinstance(element.tag, str):
        return 0, 0
    total = len("".join((element.text or "").split()))
    linked = total if element.tag == "a" else 0
    for child in element:
        child_total, child_linked = _count_links(child, counts)
        tail = len("".join((child.tail or "").split()))
        total += child_total + tail
        linked += child_total if element.tag == "a" else child_linked
    counts[element] = (total, linked)
    return total, linked


# A WordPress caption left unrendered: '[caption id="attachment_1" ...]<img> Text[/caption]'
_SHORTCODE_CAPTION = re.compile(r"^\[caption\b[^\]]*\]\s*(.*?)\s*\[/caption\]$", re.S)


def _is_caption_line(element: etree._Element) -> bool:
    """A short line under an image: centred or italic, or a "(Ảnh: …)" credit."""
    text = " ".join(element.text_content().split())
    if not text or len(text) > 300 or _SIGNED.match(text):
        return False
    if chrome_rules().any("continued", text):
        return False  # "(Tiếp tục cập nhật...)" centred in italics: a live article's close
    previous = element.getprevious()
    after_image = element.find(".//img") is not None or _image_only(previous)
    italic = any(" ".join(i.text_content().split()) == text for i in element.iter("em", "i"))
    centred = is_centred(element)
    if centred and italic and not after_image and _under_document_title(previous):
        return False  # "QUYẾT ĐỊNH", then "Về việc ...": a document's subject, not a caption
    if (centred and (after_image or italic)) or (italic and after_image):
        return True
    text = unicodedata.normalize("NFC", text)
    if "ảnh" not in text.lower():  # every credit pattern names the photo
        return False
    return chrome_rules().any("caption", text) and (after_image or _credit_only(text))


def _credit_only(text: str) -> bool:
    """A line that is a photo credit, not a sentence that happens to mention one."""
    return (
        bool(re.match(r"(?i)^\(?\s*ảnh\s*:", text))
        or bool(re.search(r"(?i)(?:[.\s-]\s*|\()ảnh\s*:\s*[^.:]{1,60}\)?\.?$", text))
        and len(text) < 200
    )


def _under_document_title(previous: etree._Element | None) -> bool:
    """Whether ``previous`` is a document's title line: centred, in capitals."""
    if previous is None or not isinstance(previous.tag, str) or not is_centred(previous):
        return False
    text = " ".join(previous.text_content().split())
    return 0 < len(text) <= 60 and text.isupper()


def is_centred(element: etree._Element) -> bool:
    return bool(
        _CENTRED.search(element.get("style", ""))
        or element.get("align", "").lower() == "center"
        or element.tag == "center"
        or "center" in element.get("class", "").lower()
    )


def _image_only(element: etree._Element | None) -> bool:
    if element is None or not isinstance(element.tag, str):
        return False
    return (element.tag == "img" or element.find(".//img") is not None) and not _has_text(element)


def _has_text(element: etree._Element) -> bool:
    return bool(element.text_content().strip())


def _drop_all(elements: list[etree._Element]) -> None:
    for element in elements:
        drop(element)
