"""Plain-text page dumps (what a naive scrape returns) to a `Page`.

A dump is the headline on its first line, then the page top to bottom:
datelines, captions, body paragraphs, bylines and widgets. We keep the body
and sort the rest into the page's fields, using the chrome patterns of
``chrome.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from extract.normalize import normalize_text
from extract.page.dates import parse_date
from extract.page.model import Page

_CORPUS_DATE_PREFIX = re.compile(r"^\s*date\s+((?:19|20)\d\d)(?:-(\d\d))?(?:-(\d\d))?\s*$")
_BYLINE_LEAD = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin-ảnh|bài-ảnh)\s*:\s*|ctv\s+)",
    re.IGNORECASE,
)
_BYLINE_NAME = re.compile(
    r"^(?:[A-ZĐÀ-Ỹ][\w]*\.?\s*){0,4}[A-ZĐÀ-Ỹ][\w]*(?:\s*\([^)]{1,30}\))?(?:\s*/\s*[\w.]{2,20})?$"
)


@dataclass(frozen=True)
class ChromeRules:
    """The compiled patterns of chrome.toml."""

    stop: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    source: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    agency_prefix: tuple[re.Pattern[str], ...]
    dateline_rest: re.Pattern[str]

    def any(self, kind: str, line: str) -> bool:
        return any(p.search(line) for p in getattr(self, kind))


@cache
def chrome_rules() -> ChromeRules:
    """Load and compile chrome.toml once per process."""
    data = tomllib.loads(files("extract.page").joinpath("chrome.toml").read_text("utf-8"))

    def compile_all(key: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, flags) for p in data[key])

    words = "|".join(data["dateline_words"])
    return ChromeRules(
        stop=compile_all("stop"),
        drop=compile_all("drop"),
        source=compile_all("source"),
        caption=compile_all("caption"),
        agency_prefix=compile_all("agency_prefix", 0),
        dateline_rest=re.compile(rf"(?i)^(?:{words}|[\s,:|\-–—/.()])*$"),
    )


def page_from_text(text: str, url: str | None = None) -> Page:
    """Turn a plain-text dump into a `Page`.

    Args:
        text: the dump; any Unicode form (it is normalised here).
        url: where the page came from, if known.

    Returns:
        A `Page` whose ``text`` holds only the body paragraphs, joined by a
        blank line; ``summary`` stays None (a dump does not mark the sapo).
    """
    rules = chrome_rules()
    lines = [line.strip() for line in normalize_text(text).split("\n")]
    lines = [line for line in lines if line]
    published = None
    if lines and (match := _CORPUS_DATE_PREFIX.match(lines[0])):
        lines = lines[1:]
        published = _date_from_prefix(match)
    if not lines:
        return Page(url=url, published=published)
    title, body_lines = lines[0], lines[1:]

    captions: list[str] = []
    body: list[str] = []
    for line in body_lines:
        if rules.any("stop", line):
            break
        if rules.any("drop", line):
            continue
        if _is_dateline(line, rules):
            published = published or parse_date(line)
            continue
        if rules.any("caption", line) and len(line) < 300 and not _BYLINE_LEAD.match(line):
            if line not in captions:
                captions.append(line)
            continue
        body.append(line)

    body, author = _strip_tail(body, rules)
    if body:
        body[0] = _strip_agency_prefix(body[0], rules)
        body[-1] = re.sub(r"\s*\./\.\s*$", ".", body[-1])
    return Page(
        url=url,
        title=title,
        published=published,
        author=author,
        text="\n\n".join(p for p in body if p),
        captions=captions,
    )


def _date_from_prefix(match: re.Match[str]) -> str | None:
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return parse_date(f"{year}-{month}-{day}T00:00:00+07:00")


def _is_dateline(line: str, rules: ChromeRules) -> bool:
    """A short line that is a date (and time) with at most a few label words."""
    if len(line) > 90 or not re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d\d-\d\d", line):
        return False
    rest = re.sub(r"\d{1,4}[/.:\-]\d{1,2}(?:[/.:\-]\d{2,4})?|\d+", " ", line)
    return bool(rules.dateline_rest.match(rest))


def _strip_tail(body: list[str], rules: ChromeRules) -> tuple[list[str], str | None]:
    """Remove source lines and the byline from the end; return the author."""
    author = None
    while body:
        last = body[-1]
        if rules.any("source", last) or last in {"./.", "."}:
            body = body[:-1]
            continue
        name = _byline_name(last)
        if name and author is None and len(body) > 1:
            author = name
            body = body[:-1]
            continue
        break
    return body, author


def _byline_name(line: str) -> str | None:
    """The name in a short signature line ("T.Hà", "MINH THƯ", "Tin, ảnh: Hồng Nhung")."""
    candidate = _BYLINE_LEAD.sub("", line.strip().rstrip("."))
    if len(candidate) > 40 or len(candidate.split()) > 5 or not candidate:
        return None
    if not _BYLINE_NAME.match(candidate):
        return None
    candidate = re.sub(r"\s*/\s*[\w.]{2,20}$", "", candidate)  # "Thanh Lan/THĐT"
    return candidate.strip() or None


def _strip_agency_prefix(paragraph: str, rules: ChromeRules) -> str:
    for pattern in rules.agency_prefix:
        stripped = pattern.sub("", paragraph, count=1)
        if stripped != paragraph:
            return stripped
    return paragraph
