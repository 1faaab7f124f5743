"""Plain-text page dumps (what a naive scrape returns) to a `Page`.

A dump is the headline on its first line, then the page top to bottom:
datelines, captions, body paragraphs, bylines and widgets. We keep the body
and sort the rest into the page's fields, using the chrome patterns of
``chrome.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from extract.normalize import normalize_text
from extract.page.dates import parse_date
from extract.page.line_rules import LineRules, any_of
from extract.page.model import Page
from extract.page.names import author_name

# " date 2021-12" opening a dump, alone on its line or before its first words.
_MONTH_LINE = re.compile(r"^(\d{1,2})/((?:19|20)\d\d)$")
_CORPUS_DATE_PREFIX = re.compile(r"^\s*date\s+((?:19|20)\d\d)(?:-(\d\d))?(?:-(\d\d))?(?:\s+|$)")
# "Văn Hoa - 05:32, 24/11/2023": the byline and the date on one line under the title;
# without the dash when a time comes first ("HỒ LAN (thực hiện) 00:40, 22/01/2023",
# an interviewer's role in brackets).
_AUTHOR_DATELINE = re.compile(
    r"^(?P<name>[^\d|:()]{2,40}?)(?:\s*\([^()\d]{1,20}\))?"
    r"(?:\s*[-–|•·]\s*(?P<when>(?:\d{1,2}:\d{2}\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}"
    r"(?:\s*,?\s*\d{1,2}:\d{2})?)"
    # with no mark between, the time makes it a dateline: "Hoàng Vân 22/07/2025 08:15"
    r"|\s+(?P<timed>\d{1,2}:\d{2}\s*,?\s*\d{1,2}/\d{1,2}/\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{4}\s*,?\s*\d{1,2}:\d{2}))"
    r"(?:\s*\(?GMT\s*\+\s*7\)?)?"  # "Bảo Minh - 15:39 05/08/2022 GMT+7"
    r"(?:\s*[·|]\s*[Cc]ập nhật\b[^|·]{0,40})?\s*$"  # "... GMT+7 · Cập nhật 15:20 12/07/2023"
)
_BYLINE_LEAD = re.compile(
    r"^(?:(?:tin|bài|ảnh|tin và ảnh|bài và ảnh|tin, ảnh|bài, ảnh|tin-ảnh|bài-ảnh"
    r"|tác giả|tác giả bài viết|tổng hợp)\s*:\s*|ctv\s+|đăng bởi\s*:?\s*)",
    re.IGNORECASE,
)


# The patterns below that open with white space open with "(?<!\s)" too: their
# leftmost match starts where the white space starts anyway, and without it each
# offset of a long run of spaces is tried, the run read again from each (quadratic).
_PHOTO_CREDIT = re.compile(r"(?<!\s)\s*[-–,]\s*ảnh\s*:.*$", re.IGNORECASE)
# A writer's office after a dash: "Đặng Thanh Bằng - BTG", "Thanh Tâm - VP.HĐND&UBND huyện",
# "Thanh Hà - Cổng TTĐT tỉnh".
UNIT_SUFFIX = re.compile(
    r"(?<!\s)\s+[-–]\s*(?:[A-ZĐ]{2,6}"
    r"|(?:VP|Văn phòng|Phòng|Trung tâm|Ban|UBND|HĐND|Cổng)[\s.].{2,40})$"
)
_CLOSING_DOT = re.compile(r"(?<!\s)\s*\./\.$|\.$")  # "Thanh Lê./."
_UNIT_IN_BRACKETS = re.compile(r"(?<!\s)\s*\([^)]{1,60}\)$")  # "Ngọc Lan (Trung tâm Thông tin)"
_UNIT_AFTER_SLASH = re.compile(r"(?<!\s)\s*/.{2,30}$")  # "Thanh Lan/THĐT"
_NAME_SEPARATOR = re.compile(r"(?<!\s)\s+[-–]\s+|,\s+(?=\w)")
_NAME_WORD = re.compile(r"(?:\w\.)*\w+(?:['’]\w+)?")  # "T.Hà", "Nghĩa", "H'Yâo", "K'Ly"
_END_MARK = re.compile(r"(?<!\s)\s*\./\.\s*$")  # the "./." that closes an article
# "Tác giả: Hoàng Yến", "Người viết: Hoàng Hà | Người đăng: quantri": up to the next bar
_AUTHOR_LABEL = re.compile(r"(?i)(?:tác giả|người viết)\s*:?\s*([^|]+?)\s*(?:\||$)")


@dataclass(frozen=True)
class ChromeRules:
    """The compiled patterns of chrome.toml."""

    stop: LineRules
    continued: LineRules
    related: LineRules
    drop: LineRules
    source: LineRules
    signature: LineRules
    caption: LineRules
    bare_caption: LineRules
    closed_caption: LineRules
    portrait_caption: LineRules
    document_place_date: re.Pattern[str]
    contact: LineRules
    agency_prefix: re.Pattern[str]
    image_prefix: re.Pattern[str]
    bullet_prefix: re.Pattern[str]
    dateline_rest: re.Pattern[str]
    lead: LineRules
    section: re.Pattern[str]
    portal: LineRules
    footer: LineRules
    section_run: re.Pattern[str]
    section_name: re.Pattern[str]

    def any(self, kind: str, line: str) -> bool:
        """Whether one of the ``kind`` patterns matches somewhere in ``line``."""
        return getattr(self, kind).search(line) is not None


def line_patterns(data: dict, kind: str) -> list[str]:
    """The patterns of one line kind of chrome.toml (``data``, as parsed), with the
    named rules the kind takes in: a pasted document's place-and-date line is dropped, a
    series' "(Còn nữa)" stops the text."""
    if kind == "drop":
        return data["drop"] + [rf"^{data['document_place_date']}\.?$"]
    if kind == "stop":
        return data["stop"] + data["continued"]
    return data[kind]


@cache
def chrome_rules() -> ChromeRules:
    """Load and compile chrome.toml once per process."""
    data = tomllib.loads(files("extract.page").joinpath("chrome.toml").read_text("utf-8"))
    words = "|".join(data["dateline_words"])
    sections = "|".join(map(re.escape, data["sections"]))
    return ChromeRules(
        stop=LineRules(line_patterns(data, "stop")),
        continued=LineRules(data["continued"]),
        related=LineRules(data["related"]),
        drop=LineRules(line_patterns(data, "drop")),
        source=LineRules(data["source"]),
        signature=LineRules(data["signature"]),
        caption=LineRules(data["caption"]),
        bare_caption=LineRules(data["bare_caption"]),
        closed_caption=LineRules(data["closed_caption"]),
        portrait_caption=LineRules(data["portrait_caption"], flags=0),
        document_place_date=re.compile(rf"(?i)\s*{data['document_place_date']}"),
        contact=LineRules(data["contact"]),
        agency_prefix=any_of(data["agency_prefix"], 0),
        image_prefix=re.compile(data["image_prefix"]),
        bullet_prefix=re.compile(data["bullet_prefix"]),
        # a section's name may stand before the date: "Chính trị 28-05-2024"
        dateline_rest=re.compile(rf"(?i)^(?:{words}|{sections}|[\s,:|\-–—/.()\[\]])*$"),
        lead=LineRules(data["lead"] + data["contact"]),
        section=re.compile(rf"(?i)^(?:(?:{sections})\s*(?:[>»/|:]\s*|$))+$"),
        portal=LineRules(data["portal"]),
        footer=LineRules(data["footer"]),
        # section names one after another, as a menu prints them: "Thời sự Chính trị Kinh tế";
        # after four of them, up to three words of the site's own ("... Quốc tế Quảng Nam 24h")
        section_run=re.compile(
            rf"(?i)^(?:(?:{sections}|trang chủ|video)(?:\s*[-,|/]\s*|\s+|$)){{3,}}$"
            rf"|^(?:(?:{sections}|trang chủ|video)(?:\s*[-,|/]\s*|\s+)){{4,}}\S+(?:\s+\S+){{0,2}}$"
        ),
        # one section's name anywhere in a line (`_is_menu` counts them)
        section_name=re.compile(rf"(?i)(?<!\w)(?:{sections}|trang chủ|video)(?!\w)"),
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
    below_image = _below_image(lines, rules)
    lines = [rules.image_prefix.sub("", line) for line in lines if line]
    # a heading a scrape left in Markdown's bold: "**Thọ Xuân: Khu di tích ...**"
    lines = [line[2:-2].strip() if line[:2] == "**" == line[-2:] else line for line in lines]
    lines = [rules.bullet_prefix.sub("", line) for line in lines]
    lines = [line for line in lines if line]  # a line that was only an image or a bullet
    lines = _unwrapped(lines)
    prefix_date = None
    # the stored pages' " date 2021-12" opens the dump, or the line under a headline
    for at in range(min(2, len(lines))):
        if match := _CORPUS_DATE_PREFIX.match(lines[at]):
            rest_of_line = lines[at][match.end() :].strip()
            lines = lines[:at] + ([rest_of_line] if rest_of_line else []) + lines[at + 1 :]
            prefix_date = _date_from_prefix(match)
            break
        if month := _MONTH_LINE.match(lines[at]):  # "11/2017" alone under the headline
            lines = lines[:at] + lines[at + 1 :]
            prefix_date = parse_date(f"{month[2]}-{int(month[1]):02d}-01T00:00:00+07:00")
            break
    if not lines:
        return Page(url=url, published=prefix_date)
    title, rest, lead_date = split_title(lines, rules)
    body_lines = _until_stop(_without_link_lists(rest), rules)
    # A photo caption is shown above the photo and again in the gallery, so a
    # line that appears twice is a caption even without a credit.
    counts = Counter(body_lines)
    repeated = {line for line, count in counts.items() if count > 1 and _one_sentence(line)}
    split_parts = _split_captions(body_lines, counts)  # read once, as the joined line
    if body_lines and body_lines[0] in body_lines[1:4]:
        # the lead printed twice (sapo and body, a dateline between), once kept
        repeated.discard(body_lines[0])
    seen: set[str] = set()

    captions: list[str] = []
    body: list[str] = []
    published, author, widget_date = None, None, None
    header_end = _repeated_title(body_lines, title)
    for index, line in enumerate(body_lines):
        if rules.any("drop", line) or _is_alt_text(line) or line in split_parts:
            continue
        if index < header_end and len(line) <= _HEADER_LINE_CHARS and not is_dateline(line):
            continue  # the page's header between the <title> line and the headline again
        if not body and _is_header_chrome(line, rules):
            if is_dateline(line):  # a "today" widget: any dated line of the page wins over it
                widget_date = widget_date or parse_date(line)
            continue  # the header's weather, hotline or widget under a first-line headline
        if (signed := _author_dateline(line)) is not None:
            published = published or signed[1]
            author = author or signed[0]
            continue
        if is_dateline(line):
            published = published or parse_date(line)
            author = author or _dateline_author(line)
            continue
        if (outlet := _OUTLET_BEFORE_DATE.match(line)) and is_dateline(line[outlet.end() :]):
            published = published or parse_date(line[outlet.end() :])
            continue  # "Báo Vĩnh LongBáo Vĩnh Long19/11/2025": the outlet's name, glued
        if not body and title and line.startswith(title) and is_dateline(line[len(title) :]):
            published = published or parse_date(line[len(title) :])  # "<headline> 10/11/2025 19:08"
            continue
        if not body and (
            _is_byline_above_body(line, rules) or _byline_over_dateline(index, body_lines)
        ):
            author = author or _byline_name(line)  # under the headline: "HOÀNG LIÊN - VĨNH LỘC"
            continue
        if not body and _is_header_line(line, title, rules):
            continue  # a section's name, a menu, the headline again, above the body
        if (
            line in repeated
            or _in_image_cell(index, body_lines, below_image)
            or _is_caption(line, rules)
            or _is_bare_caption(line, rules)
            or _is_portrait(index, body_lines, rules)
        ):
            if line not in captions:
                captions.append(line)
            continue
        if _GLUED_STOP.search(line) and len(_GLUED_SENTENCES.findall(line)) >= 2:
            captions.append(line)  # a slideshow's captions run together: "chào cờ.Đồng chí ..."
            continue
        if counts[line] > 1 and line in seen:
            continue  # a lead printed twice (sapo and body): its text once
        seen.add(line)
        body.append(line)

    body, byline = _strip_tail(body, rules)
    if body:
        body[0] = strip_agency_prefix(body[0])
        # a roundup's later items open with their own agency code: "(QNO) - Chiều 14.9, ..."
        body[1:] = [
            _AGENCY_CODE.sub("", line, count=1) if line[:1] == "(" or line[:1].isupper() else line
            for line in body[1:]
        ]
        if body[-1].rstrip().endswith("./."):
            body[-1] = _END_MARK.sub(".", body[-1])
    return Page(
        url=url,
        title=title,
        published=published or lead_date or widget_date or prefix_date,
        # the byline's persons as SPEC.md writes them: "NHẬT XUÂN - NGHI VŨ" is
        # "Nhật Xuân, Nghi Vũ", as on the HTML path
        author=author_name(byline or author or ""),
        text="\n\n".join(p for p in body if p),
        captions=captions,
    )


def _is_header_chrome(line: str, rules: ChromeRules) -> bool:
    """A header line under a first-line headline: weather, a hotline, a URL slug, a
    "today" widget ("Thứ năm, 25/04/2024"); not a dated line with its time
    ("Thứ Bảy, 13/01/2024, 08:15"), which is the article's, nor a paragraph."""
    if len(line.split()) > 12 or not rules.any("lead", line) or _is_paragraph(line, rules):
        return False
    return not (_TIME.search(line) and is_dateline(line))


def _is_byline_above_body(line: str, rules: ChromeRules) -> bool:
    """A byline between the headline and the body: a line that is only names, and not the
    site's name in capitals ("BÁO LÂM ĐỒNG ĐIỆN TỬ")."""
    return bool(_byline_name(line)) and not _is_site_name(line, rules)


def _byline_over_dateline(index: int, lines: list[str]) -> bool:
    """Names right under the headline with the dateline under them ("LÊ MINH TRIẾT", then
    "14/11/2025 05:30"): a byline, even in capitals that could name a site."""
    return (
        index == 0 and len(lines) > 1 and is_dateline(lines[1]) and bool(_byline_name(lines[0]))
    )


def _is_header_line(line: str, title: str | None, rules: ChromeRules) -> bool:
    """A line of the site's header between the headline and the body: a section's name,
    a menu, the site's name, or the headline printed again."""
    return (
        bool(rules.section.match(line))
        or _is_menu(line, rules)
        or _is_site_name(line, rules)
        or bool(_DOMAIN_LINE.match(line))
        or line == title
    )


def split_title(lines: list[str], rules: ChromeRules) -> tuple[str | None, list[str], str | None]:
    """Find the headline among the first lines of a dump.

    Chrome above the headline (a weekday-date or weather widget, the portal's
    name in capitals, the section name, contact lines, navigation words, a
    lone ".") is skipped. The first line after it is the title when it reads
    like a headline; when it reads like a paragraph ("Ngày 3/10, ...", "ĐTO -
    ...", a long sentence) the dump has no headline and every line is body.

    Args:
        lines: the dump's non-empty, stripped lines.
        rules: the chrome patterns.

    Returns:
        ``(title or None, the remaining lines, date)``: the date of a dated
        line above the title (a portal's dateline), else None; the caller
        prefers a dateline below the title.
    """
    at = _headline_over_dateline(lines, rules)
    if at is not None:  # a portal's header above it: menus, widgets, a breadcrumb
        title, dated = _title_and_date(lines[at])
        if dated is None and is_dateline(lines[at - 1]):  # the dateline over the headline
            dated = parse_date(lines[at - 1])
        return title, lines[at + 1 :], dated
    lead_date = None
    captions: list[str] = []  # a photo caption above the headline is still a caption
    for i, line in enumerate(lines):
        if i < len(lines) - 1 and _is_caption(line, rules):
            captions.append(line)
            continue
        if i < len(lines) - 1 and _is_lead_chrome(line, lines[i + 1 : i + 1 + _LOOKAHEAD], rules):
            if is_dateline(line) and not _is_header_widget(i, lines, rules):
                lead_date = _more_precise(lead_date, parse_date(line))
            continue
        if _is_paragraph(line, rules) and not _is_headline_sentence(line, lines[i + 1 :], rules):
            return None, captions + lines[i:], lead_date
        if _is_stray_word(line, lines[i + 1 :], rules):
            continue
        title, dated = _title_and_date(line)
        return title, captions + lines[i + 1 :], lead_date or dated
    return None, captions, lead_date


def _more_precise(known: str | None, found: str | None) -> str | None:
    """The first dated line's date, unless a later one gives its time: the same day's
    ("Thứ hai, 16/6/2025" then "Cập nhật lúc 10:20 ngày 16/06/2025"), or the day
    before's, when the first was the header's "today" widget ("Thứ Sáu, 03/10/2025"
    then "Thứ Năm, 02/10/2025 - 19:40" over the headline)."""
    if known is None or not found or known[11:19] != "00:00:00" or found[11:19] == "00:00:00":
        return known or found
    return found if found[:10] <= known[:10] else known


# How far down a portal's header may push the headline, and the most words a line of
# that header holds ("ĐẢNG CỘNG SẢN VIỆT NAM - NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_PORTAL_HEADER_LINES = 30
_PORTAL_HEADER_WORDS = 20


def _headline_over_dateline(lines: list[str], rules: ChromeRules) -> int | None:
    """Where the headline stands when a portal's header precedes it: the line that
    reads like a headline right above the article's dateline ("Ngày đăng: 20/11/2024
    | Lượt xem: 245"), with only short lines above it (menus, widgets, a breadcrumb).
    None when the dump opens with its headline, or when a paragraph comes first."""
    found = None
    for i in range(2, min(len(lines), _PORTAL_HEADER_LINES)):
        line = lines[i - 1]
        labelled = line in lines[: i - 1] or (
            rules.section.match(line) and not _headline_above(lines[: i - 1], rules)
        )
        if is_dateline(lines[i]) and labelled and _headline_below(i, lines, rules):
            # the section's label over the dateline ("Chính trị - Xây dựng Đảng", or a menu
            # item printed again: "Đại hội Đảng các cấp"), the headline under it
            return i + 1
        if (
            is_dateline(lines[i])
            and _is_headline(line, rules)
            # not "Cổng thông tin điện tử" over the header's "today" widget, nor a byline,
            # nor the header's links ("Cổng TTĐT thành phố | English | Sơ đồ cổng")
            and not (_is_site_name(line, rules) or _byline_name(line) or _is_menu(line, rules))
        ):
            if any(_is_paragraph(h, rules) for h in lines[: i - 1]):
                return found
            if found is None:
                found = i - 1
            # the page's <title> line opens the dump: the headline it names wins over a
            # slogan above the header's "today" widget ("Cơ quan của Đảng bộ ...")
            if lines[0].startswith(line) and len(lines[0]) > len(line):
                return i - 1
            continue
        if len(line.split()) > _PORTAL_HEADER_WORDS and not _is_menu(line, rules):
            break  # past the header: the dump's own text has begun
    return found


def _headline_above(lines: list[str], rules: ChromeRules) -> bool:
    """Whether a line of ``lines`` (a header's) reads like the headline, not the site's
    name: "BÁO KIÊN GIANG" over a section's label is no headline."""
    return any(_is_headline(h, rules) and not _is_site_name(h, rules) for h in lines)


def _headline_below(i: int, lines: list[str], rules: ChromeRules) -> bool:
    """Whether the line under the dateline ``lines[i]`` reads like a headline, a
    paragraph after it."""
    below = lines[i + 1 : i + 3]
    return (
        len(below) == 2
        and _is_headline(below[0], rules)
        and not _is_paragraph(below[0], rules)
        # a paragraph, or the byline first: "Tin, ảnh: THANH TÂM"
        and (_is_paragraph(below[1], rules) or _BYLINE_LEAD.match(below[1]) is not None)
    )


def _is_header_widget(i: int, lines: list[str], rules: ChromeRules) -> bool:
    """Whether the dated line ``lines[i]`` is the header's "today" widget: the header's
    contact lines ("Hotline: ...", "Email: ...") come right after it."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return rules.any("contact", following)


def _is_headline_sentence(line: str, after: list[str], rules: ChromeRules) -> bool:
    """A headline written as a sentence ("Chủ tịch UBND huyện kiểm tra các xã."): a short
    line with no date or agency opening, followed by itself again, by a dateline, by a
    paragraph that opens with one, or by a lead longer than itself."""
    words = len(line.split())
    if words > 30 or not after or rules.agency_prefix.match(line) or _DATE_OPENER.match(line):
        return False
    below = after[0]
    if below == line or is_dateline(below) or rules.agency_prefix.match(below):
        return True
    if _DATE_OPENER.match(below):
        return True
    return words <= 22 and len(below.split()) >= max(25, 2 * words) and _is_paragraph(below, rules)


# "... nông thôn mới (Thứ Hai 22/01/2018 | 09:27 GMT+7)": the page's dateline glued
# to the end of the headline.
_TITLE_DATELINE = re.compile(r"(?<!\s)\s*\(([^()]{6,60})\)$")


# "Như Thanh nỗ lực ... - Báo Thanh Hóa": the page's <title>, the site's name after a dash.
_TITLE_SITE = re.compile(r"(?<!\s)\s+[-–|]\s+(?P<site>[^-–|]{3,50})$")


def _title_and_date(line: str) -> tuple[str, str | None]:
    """A headline without the bracketed dateline that may end it, and that date; and
    without the site's name after a dash."""
    site = _TITLE_SITE.search(line)
    if site and _is_site_name(site.group("site"), chrome_rules()):
        line = line[: site.start()]
    if not line.endswith(")") or (match := _TITLE_DATELINE.search(line)) is None:
        return line, None
    if not is_dateline(match.group(1)):
        return line, None  # "(Đồng Tháp)", "(giai đoạn 2021-2025)": part of the headline
    return line[: match.start()], parse_date(match.group(1))


def _is_stray_word(line: str, rest: list[str], rules: ChromeRules) -> bool:
    """A lone word left by a script or widget ("Analytic") above chrome and a headline:
    the next line that is not chrome reads like a headline."""
    if len(line.split()) > 2 or any(map(str.isdigit, line)):
        return False
    for k, nxt in enumerate(rest[:6]):
        if _is_lead_chrome(nxt, rest[k + 1 : k + 1 + _LOOKAHEAD], rules):
            continue
        return _is_headline(nxt, rules)
    return False


_TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
# "Ngày 3/10, ...", "Sáng 12/5, ...", "Chiều nay 2.3 ...": a body's first words.
_DATE_OPENER = re.compile(
    r"(?i)^(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+)?(?:(?:nay|qua|ngày)\s+)?\(?\d{1,2}[/.-]\d{1,2}"
    r"(?:[/.-]\d{2,4})?\)?\s*(?:,|\(|vừa qua|tới)"
    r"|^(?:sáng|chiều|tối|trưa|đêm)\s+(?:nay|qua|hôm qua)\s*[,(]"
)


# A menu item with a number: "Nghệ An 24h", "Thời sự 24/7", "Tin 113".
_MENU_NUMBER = re.compile(r"(?<!\S)(?:24h|24/7|113|114|115)$", re.IGNORECASE)
# A section and its subsection on one line: "Nghiên cứu - Dữ liệu", "Xã hội / Y tế".
_SECTION_PAIR = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)? [-–/] [^\W\d_]+(?: [^\W\d_]+)?$")
# How many lines after a candidate headline are read to tell the site's header from it: a
# menu printed one section a line runs to a dozen lines ("Thời sự", "Chính trị", ...).
_LOOKAHEAD = 20
# A navigation menu on one line: "Thời sự | Kinh tế | Xã hội | Văn hóa".
_MENU_ITEM_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_MENU_GAP = re.compile(r"\s{2,}")  # what a scrape leaves between a menu's links
# A site's name as a line of the header: "Baonghean.vn".
_DOMAIN_LINE = re.compile(r"(?i)^[\w.-]+\.(?:vn|com|net|org)(?:\.vn)?$")


def _is_menu(line: str, rules: ChromeRules) -> bool:
    """A line of navigation: three or more short items between bars, four or more set
    apart by wide gaps ("TRANG CHỦ  CHÍNH TRỊ  KINH TẾ  TIẾNG BA NA"), or section names
    one after another ("Thời sự Chính trị Kinh tế Xã hội")."""
    if rules is chrome_rules():
        return _is_menu_line(line)  # the header's lines are asked again and again
    return _menu(line, rules)


@lru_cache(maxsize=4096)
def _is_menu_line(line: str) -> bool:
    return _menu(line, chrome_rules())


def _menu(line: str, rules: ChromeRules) -> bool:
    items = _MENU_ITEM_SEPARATOR.split(line)
    long_items = sum(len(item.split()) > 6 for item in items)
    if len(items) >= 3 and long_items <= (len(items) >= 5):
        return True  # (a menu's last link may be a long one: "Thái Nguyên - Bắc Kạn sau hợp nhất")
    if "  " in line and len(items := _MENU_GAP.split(line)) >= 4:
        return all(len(item.split()) <= 6 for item in items) and line[-1:] not in ".!?"
    if rules.section_run.match(line):
        return True
    # a menu of the site's own sections among the usual ones ("Thời sự Chính trị Kinh tế Xã hội
    # Văn hóa Thể thao Dân tộc - Tôn giáo ... Podcast"): five known names, no sentence marks
    if line[-1:] in ".!?:" or "," in line or not rules.section_name.match(line):
        return False  # (a menu opens with a section's name: most lines are passed over here)
    names = rules.section_name.findall(line)
    return len(names) >= 5 and sum(len(n.split()) for n in names) * 2 >= len(line.split())


def _headline_follows(rest: list[str], rules: ChromeRules) -> bool:
    """Whether a line that reads like a headline comes among ``rest`` before any body
    paragraph, with only short lines and chrome before it (a site's header)."""
    for line in rest:
        if _is_paragraph(line, rules) or line.rstrip("\"”’)").endswith((".", "!", "?")):
            return False  # the body has begun: what was above it was the headline
        if _is_caption(line, rules) or _is_menu(line, rules) or _is_site_name(line, rules):
            continue
        if _is_headline(line, rules):
            return True
    return False


# An outlet's slogan under or beside its name: "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam
# tỉnh Quảng Bình", "Cơ quan ngôn luận của ...", "CƠ QUAN TRUNG ƯƠNG CỦA MẶT TRẬN ...".
_SLOGAN = re.compile(r"(?i)(?:^|[-–|]\s*)cơ quan (?:trung ương\s+)?(?:của|ngôn luận)\b")


def _is_site_name(line: str, rules: ChromeRules) -> bool:
    """A site's name in its header: "Báo Quảng Nam", "Báo Bắc Giang điện tử", "BAN CHẤP
    HÀNH ĐẢNG BỘ TỈNH THÁI NGUYÊN", "Trang thông tin điện tử Đảng bộ tỉnh X", not a
    headline that opens with such a word ("Tỉnh ủy Ninh Bình triển khai nhiệm vụ")."""
    words = line.split()
    if len(words) <= 20 and _SLOGAN.search(line):
        return True  # "Báo Hà Tĩnh - Cơ quan của Đảng bộ tỉnh Hà Tĩnh", however long
    if len(words) > 10 or line.endswith((".", "?", "!", ":")) or any(map(str.isdigit, line)):
        return False
    if not rules.portal.search(line):
        return line.isupper() and len(words) <= 4  # "LONG AN TV", not a headline in capitals
    capitalised = sum(word[:1].isupper() for word in words)
    lowered = line.lower()
    return capitalised / len(words) >= 0.6 or "điện tử" in lowered or "ttđt" in lowered


def _is_lead_chrome(line: str, rest: list[str], rules: ChromeRules) -> bool:
    """Whether a line above the headline is page chrome (given the lines after it)."""
    following = rest[0] if rest else ""
    after_following = rest[1] if len(rest) > 1 else ""
    if rules.any("drop", line) or rules.any("lead", line) or rules.any("stop", line):
        return True
    if rules.section.match(line) or is_dateline(line):
        return True
    if line.isupper() and (rules.portal.search(line) or 2 <= len(line.split()) <= 4):
        return True  # "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP", "BẮC NINH"
    # A short label right above a headline ("Tin ảnh", "Nông thôn mới", "Nghiên cứu -
    # Dữ liệu", a section and its subsection).
    short = (not any(map(str.isdigit, line)) or _MENU_NUMBER.search(line) is not None) and (
        len(line.split()) <= 3 or bool(_SECTION_PAIR.match(line))
    )
    if short and _is_headline(following, rules):
        return True
    # A section name right above the headline, which a dateline follows
    # ("Chính quyền địa phương hai cấp" / headline / "Cập nhật: ...").
    label = len(line.split()) <= 8 and not line.endswith((".", ":", "?", "!"))
    if label and _is_headline(following, rules) and is_dateline(after_following):
        return True
    # The site's header: menus, the site's name ("Báo Quảng Nam", "Baonghean.vn"),
    # section names one a line, when a headline comes below them.
    if _is_menu(line, rules) or _DOMAIN_LINE.match(line):
        return True
    header = short or _is_site_name(line, rules)
    return header and not line.endswith((".", "?", "!")) and _headline_follows(rest, rules)


def _is_headline(line: str, rules: ChromeRules) -> bool:
    """A line that reads like a headline: a few words, not a paragraph, not chrome."""
    words = len(line.split())
    if not 4 <= words <= 40 or line.endswith(".") or _is_paragraph(line, rules):
        return False
    chrome = rules.any("drop", line) or rules.any("lead", line) or rules.any("stop", line)
    return not (chrome or is_dateline(line) or rules.any("source", line))


def _is_paragraph(line: str, rules: ChromeRules) -> bool:
    """A body paragraph rather than a headline: it opens with an agency prefix or a
    date ("Ngày 3/10, ...", "Sáng 12/5, ..."), or it is a long sentence."""
    prefix = rules.agency_prefix.match(line)
    if prefix and prefix.group().strip() in ("-", "–", "—"):
        # a bare dash: a list item ("- Nghi Xuân chằng chống nhà dân") or a prefix cut away
        # ("- Ngày 25-3, ..."): what follows it tells
        line, prefix = line[prefix.end() :], None
    if prefix or _DATE_OPENER.match(line):
        return True
    words = len(line.split())
    return words > 40 or (words >= 12 and line.rstrip("\"”’)").endswith((".", ":")))


_LINE_END = re.compile(r"[.!?:;…\"”’)\]|]$")


def _unwrapped(lines: list[str]) -> list[str]:
    """Join the lines of a hard-wrapped dump: a line with no closing stop whose next
    line goes on in small letters ("... Bí thư Tỉnh" / "ủy, Chủ tịch HĐND tỉnh"), or
    a long line ending in a comma. Paragraphs never start in small letters."""
    # only a dump wrapped throughout: most pages have no line going on in small letters
    pairs = sum(
        1 for a, b in zip(lines, lines[1:], strict=False)
        if b[:1].islower() and not _LINE_END.search(a)
    )
    if pairs < 3 or pairs * 4 < len(lines):
        return lines
    # the width the text was wrapped at: a line that long, with no stop, goes on even when
    # the next opens with a capital ("... các xã Trảng Bom, Long" / "Thành có số ca ...")
    widths = sorted(len(a) for a, b in zip(lines, lines[1:], strict=False)
                    if b[:1].islower() and not _LINE_END.search(a))
    full = widths[len(widths) // 2] * 0.9
    out: list[str] = []
    for line in lines:
        if out and _wrapped(out[-1], line, full):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
    return out


def _joined(line: str, nxt: str) -> str:
    """Two lines of one paragraph joined: a word broken at the line's end rejoined ("Den-"
    / "gue", "thực hi-" / "ện"), a range kept ("2025-" / "2026")."""
    if _BROKEN_WORD.search(line) and nxt[:1].islower():
        return f"{line[:-1]}{nxt}"
    if _broken_range(line, nxt):
        return f"{line}{nxt}"
    return f"{line} {nxt}"


def _broken_range(line: str, nxt: str) -> bool:
    """A range broken at its dash: "năm học 2025-" / "2026"."""
    return line.endswith("-") and line[-2:-1].isdigit() and nxt[:1].isdigit()


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-$")  # a letter, then the hyphen ending the line


def _wrapped(line: str, nxt: str, full: float = 1e9) -> bool:
    if _LINE_END.search(line) or len(line.split()) < 3:
        return False
    if _broken_range(line, nxt):
        return True
    if nxt[:1].islower():
        return len(nxt.split()) >= 2 or bool(_LINE_END.search(nxt))
    if len(nxt.split()) <= 4 and nxt.endswith((".", "!", "?")):
        return True  # the sentence's last words: "... đã tham dự" / "Đại hội."
    if (len(line) >= max(full, 50) and len(line.split()) >= 8 and nxt[:1].isalpha()
            and not _ITEM_OPENING.match(nxt) and ":" not in nxt[:20] and not is_dateline(nxt)
            and "ảnh:" not in line.lower()):  # (not a caption credited "Ảnh: PV")
        return line[-1:].isalnum() or line.endswith(("-", ","))  # cut where it reached the width
    return line.endswith(",") and len(line) >= 60 and nxt[:1].isalpha()


_ITEM_OPENING = re.compile(r"[a-zđ0-9]{1,2}[.)]\s|[IVX]+\.\s")  # "a) ", "1. ", "II. "


# "(QBĐT) - ", "TTH - ", "(vhds.baothanhhoa.vn) - " opening a later paragraph
# An outlet's name (printed twice, glued) right before a date line.
_OUTLET_BEFORE_DATE = re.compile(
    r"(?:Báo ?[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3} ?){1,2}(?=\d{1,2}[/-]\d{1,2}[/-]\d{4})"
)
_AGENCY_CODE = re.compile(r"^(?:\([A-ZĐ]{2,6}\)|[A-ZĐ]{2,5}|\([a-z.]{4,40}\.vn\))\s*[-–—]\s*")


def _link_bullet(line: str) -> bool:
    """A headline bulleted with a dash and no closing stop: "- Quảng Ninh: Hai huyện ..."."""
    return (
        line.startswith(("- ", "– "))
        and len(line) <= 204
        and line[-1] not in ".;:!?…"
        and line[2:].strip() != ""
    )


def _link_mark(line: str) -> bool:
    """A lone dash, or a headline ending in one (string tests: this runs on every line)."""
    return line in ("-", "–") or line.endswith((" -", " –", "\t-", "\t–"))


def _without_link_lists(lines: list[str]) -> list[str]:
    """``lines`` without a box of related headlines printed as a list: headlines set
    apart by lone dashes ("-"), ending in one ("... Tết Bính Ngọ -"), or bulleted with
    one and no closing stop. A run counts when it holds two dash marks or more; the
    headline right after a dash mark belongs to it."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j, marks = i, 0
        while j < len(lines):
            line = lines[j]
            if _link_mark(line):
                marks += 1
                if j + 1 < len(lines) and not _link_mark(lines[j + 1]):
                    j += 1  # the headline the dash sets apart from this one
            elif not _link_bullet(line):
                break
            j += 1
        if marks >= 2:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return [line for k, line in enumerate(lines) if k not in drop]


def _until_stop(lines: list[str], rules: ChromeRules) -> list[str]:
    """The lines before the first widget header ("Các tin khác", "Phản hồi", ...).

    A header above the body (a "Xem thêm" button under the headline) is only
    dropped: cutting there would lose the whole article.
    """
    seen_body = False
    kept = []
    skip_until = 0
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        if rules.any("stop", line):
            if seen_body:
                skip_until = _box_inside_body(lines, i, rules)
                if skip_until:
                    continue
                break
            continue
        seen_body = seen_body or len(line.split()) >= 8
        kept.append(line)
    return kept


def _box_inside_body(lines: list[str], at: int, rules: ChromeRules) -> int:
    """Where the body goes on after a related-news box opened at ``at`` ("Tin liên
    quan", then a few headlines), or 0 when the box ends the body.

    The box is inside the body when what follows its headlines, up to the next
    widget header, is body paragraphs (captions aside, short lines such as a
    byline only after the last of them): a list of teasers that ends an article
    alternates headlines with their summaries instead.
    """
    if not rules.any("related", lines[at]):
        return 0
    end = at + 1
    marker = _BOX_MARKER.match(lines[end]) if end < len(lines) else None
    while end < len(lines) and end - at <= 5 and _is_box_headline(lines[end], rules):
        if marker and not lines[end].startswith(marker.group()):
            break  # "» A", "» B", then a line with no "»": the box has ended
        end += 1
    if end == at + 1:
        return 0
    rest = []
    for line in lines[end:]:
        if rules.any("stop", line):
            break
        if not (_is_caption(line, rules) or rules.any("drop", line)):
            rest.append(line)
    paragraphs = [_is_paragraph(line, rules) for line in rest]
    if True not in paragraphs:
        return 0
    last = len(paragraphs) - 1 - paragraphs[::-1].index(True)
    words = sum(len(line.split()) for line in rest[: last + 1])
    # between the paragraphs only a table's cells and subheadings, short lines; a list of
    # teasers alternates its headlines, longer, with their summaries
    cells = all(
        paragraph or len(line.split()) <= _CELL_WORDS
        or line[-1:] == "."  # a short sentence: a photo's caption (a teaser's title has no stop)
        or (i == 0 and marker and len(line.split()) <= _HEADING_WORDS)  # the next item's title
        for i, (line, paragraph) in enumerate(zip(rest[: last + 1], paragraphs, strict=False))
    )
    return end if words >= 40 and cells else 0


_CELL_WORDS = 6  # the most words of a table's cell or a subheading inside a body
_HEADING_WORDS = 20  # the most words of a roundup's item title after a marked box
_BOX_MARKER = re.compile(r"[»›►•+\-–]\s")  # what opens each headline of a related box


def _is_box_headline(line: str, rules: ChromeRules) -> bool:
    return len(line.split()) <= 25 and not line.endswith(".") and not _is_paragraph(line, rules)


_ALT_TEXT = re.compile(r"\s[-–]\sảnh\s\d{1,2}$")


def _is_alt_text(line: str) -> bool:
    """An image's alt text left as a line: "Huyện Thường Tín: Thành lập xã mới - ảnh 1"
    (tested apart from chrome.toml's drop rules: "ảnh" is in too many body lines)."""
    return line[-1:].isdigit() and _ALT_TEXT.search(line) is not None


def _repeated_title(lines: list[str], title: str | None) -> int:
    """Where the body starts when the headline comes again a few lines down, after the
    page's header (a portal's name, a section, a font menu, a breadcrumb ending in the
    headline: "Trang chủ Tin Tức Kinh tế <headline>"): 0 when it does not."""
    if not title:
        return 0
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if line == title or (line.endswith(title) and len(line) - len(title) <= 60):
            return index + 1
    return 0


_HEADER_LINES = 8
_HEADER_LINE_CHARS = 100  # a longer line there is a sapo printed above the headline


def _below_image(lines: list[str], rules: ChromeRules) -> set[str]:
    """The lines that come next after a line that is only an image ("![]() |"), blank
    lines passed over: a caption's place."""
    found, image, previous = set(), False, ""
    for line in lines:
        if not line:
            continue
        if image:
            found.add(line)
        image = (line[:2] == "![" and not rules.image_prefix.sub("", line)) or (
            line[-4:].lower() in _IMAGE_ENDINGS and _IMAGE_FILE.fullmatch(line) is not None
        )
        if image and previous and rules.any("caption", previous):
            image = False  # its caption stands above it ("... Ảnh: Đ.Quang", then the image)
        previous = line
    return found


_IMAGE_ENDINGS = frozenset({".jpg", "jpeg", ".png", ".gif", "webp"})
_IMAGE_FILE = re.compile(r"(?i)[\w.-]+\.(?:jpe?g|png|gif|webp)")  # "bo-nhiem-lanh-dao-so.jpg"


def _in_image_cell(index: int, lines: list[str], below_image: set[str]) -> bool:
    """A short line under an image or closed by a bare "|" line, as a scrape leaves the
    caption row of an image's table ("![]() |", the caption, "|"): one sentence, with no
    stop at its end, or a short one under the image itself."""
    line = lines[index]
    if len(line) > 200 or not _one_sentence(line):
        return False
    if line[-1:] in _CAPTION_NEVER_ENDS:
        # "Thợ xây dựng lợp mái nhà cho hộ nghèo ở xóm Nà Héng." under its image
        return line[-1:] == "." and len(line) <= _CAPTION_SENTENCE_CHARS and line in below_image
    closed = index + 1 < len(lines) and lines[index + 1].strip(" |") == ""
    return closed or line in below_image


_CAPTION_SENTENCE_CHARS = 150  # a caption closed by a stop is short


def _one_sentence(line: str) -> bool:
    """A caption's length and shape: one sentence, short."""
    return len(line) < 300 and _SENTENCE_BREAK.search(line.rstrip(".")) is None


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZĐÀ-Ỹ]")
_GLUED_SENTENCES = re.compile(r"[a-zà-ỹđ]\.[A-ZĐ][a-zà-ỹđ]")
# Whether a line has one: the same test opened by its "." (the engine looks for the
# "." alone, not for a letter at every place).
_GLUED_STOP = re.compile(r"\.(?<=[a-zà-ỹđ]\.)[A-ZĐ][a-zà-ỹđ]")


def _is_bare_caption(line: str, rules: ChromeRules) -> bool:
    """A photo's caption with no credit (chrome.toml's bare_caption); the cheap tests
    first, as most lines are long paragraphs that end with a stop."""
    if len(line) > 220:
        return False
    if line[-1:] == ".":
        return len(line) >= 20 and rules.any("closed_caption", line)
    if line[-1:] in _CAPTION_NEVER_ENDS:
        return False
    return rules.any("bare_caption", line)


_CAPTION_NEVER_ENDS = frozenset('.!?:;…"”')


def _is_portrait(index: int, lines: list[str], rules: ChromeRules) -> bool:
    """A portrait's caption: a person's name and posts, nothing done ("Đồng chí Hoàng
    Văn Minh, UVBTV – Trưởng phòng Văn hóa - Xã hội"), between lines of another shape:
    a run of such lines is a list of members, not captions."""
    if not rules.any("portrait_caption", lines[index]):
        return False
    neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
    return not any(rules.any("portrait_caption", line) for line in neighbours)


def _split_captions(lines: list[str], counts: Counter) -> set[str]:
    """A caption printed twice in two shapes, split over two lines and joined in one
    ("Bà X phát biểu." then "Ảnh: HỮU NGHĨA", and "Bà X phát biểu. Ảnh: HỮU NGHĨA"): the
    two parts of the split one."""
    parts = set()
    for first, second in zip(lines, lines[1:], strict=False):
        if counts.get(f"{first} {second}") and len(first) + len(second) < 300:
            parts.update((first, second))
    return parts


def _is_caption(line: str, rules: ChromeRules) -> bool:
    if len(line) >= 300 or _BYLINE_LEAD.match(line):
        return False
    # an image box's caption, its table cell's bar left at the end: "Quang cảnh hội nghị. |";
    # not a table's row, bars on both sides ("| 1 | Phường X | 99,81% |")
    if line.endswith("|") and len(line) > 2:
        return not (line.startswith("|") and line.count("|") >= 4)
    return rules.any("caption", line)


_SIGNED_DATELINE_ENDS = frozenset("0123456789)")


def _author_dateline(line: str) -> tuple[str, str | None] | None:
    """ "Văn Hoa - 05:32, 24/11/2023" -> ("Văn Hoa", its date); None for other lines."""
    if line.rstrip()[-1:] not in _SIGNED_DATELINE_ENDS:
        return None  # a date (or GMT+7) ends the line: a paragraph's "." spares the backtracking
    m = _AUTHOR_DATELINE.match(line)
    names = _NAME_SEPARATOR.split(m.group("name").strip()) if m else []
    if not names or not all(_is_name(n.strip()) for n in names):
        return None  # (several: "Thành Cường - Đình Tuyên • 08/10/2025 17:20")
    return m.group("name").strip(), parse_date(m.group("when") or m.group("timed"))


def _dateline_author(line: str) -> str | None:
    """"Ngày đăng bài 25/08/2022 | Tác giả Hoàng Yến" names the author (without the unit
    after a dash: "Thanh Tùng - Trung tâm Văn hóa, Thể thao và Truyền thanh huyện X")."""
    match = _AUTHOR_LABEL.search(line)
    if not match:
        return None
    name = match.group(1).strip()
    person, dash, unit = name.partition(" - ")
    return person if dash and _is_name(person) and not _is_name(unit) else name


def _date_from_prefix(match: re.Match[str]) -> str | None:
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return parse_date(f"{year}-{month}-{day}T00:00:00+07:00")


_DATE_IN_LINE = re.compile(r"\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}|\d{4}-\d\d-\d\d")
_DATE_IN_WORDS = re.compile(r"(?i:ngày) \d{1,2} tháng \d{1,2} năm \d{4}")
_NUMBERS = re.compile(r"\d{1,4}[/.:\-]\d{1,2}(?:[/.:\-]\d{2,4})?|\d+")


def is_dateline(line: str) -> bool:
    """A short line that is a date (and time) with at most a few label words
    ("Cập nhật ngày: 02/05/2019 04:46:15", "Cập nhật: 08:30 | 09/07/2021")."""
    label = _AUTHOR_LABEL.search(line)
    if label:  # "... | Tác giả: Thanh Tùng - Trung tâm Văn hóa ...": the author may run long
        line = line[: label.start()] + "tác giả"
    if len(line) > 90:
        return False
    if place := _PLACE_BEFORE_DATE.match(line):
        line = line[place.end() :]  # "Cà Mau, 12/10/2025 - 11:42": the paper's town first
    if not _DATE_IN_LINE.search(line) and not ("tháng" in line and _DATE_IN_WORDS.search(line)):
        return False  # "Ngày 24 tháng 08 năm 2019" is the one date written in words
    return bool(chrome_rules().dateline_rest.match(_NUMBERS.sub(" ", line)))


# A town's name and a comma before a date in figures: "Cà Mau, 12/10/2025 - 11:42".
_PLACE_BEFORE_DATE = re.compile(r"(?:[A-ZĐ][^\W\d_]*[ \t]+){0,3}[A-ZĐ][^\W\d_]*,[ \t]*(?=\d)")


def _strip_tail(body: list[str], rules: ChromeRules) -> tuple[list[str], str | None]:
    """Remove source lines, an office's signature and the byline from the end;
    return the author."""
    author = None
    while body:
        last = body[-1]
        if author is None and (taken := _republished_byline(body, rules)):
            author, cut = taken  # "Theo Hồ Hương" (then its outlet): the original's author
            body = body[:-cut]
            continue
        if (
            rules.any("source", last)
            or not any(map(str.isalnum, last))  # "./.", or a "," the markup left
            or (last.isalpha() and last.islower())  # one word in small letters: "vnews"
            or rules.any("drop", last)  # chrome: the page's address slug, a lone mark
            or (rules.portal.search(last) and _is_site_name(last, rules))  # "Cổng TTĐT tỉnh"
            or rules.any("footer", last)
            or (len(body) > 1 and rules.any("signature", last))
        ):
            body = body[:-1]
            continue
        # Only one byline is taken, never the last line: ask for a name (six
        # scans of what is usually a long paragraph) only when it could be used.
        if author is None and len(body) > 1 and (name := _byline_name(last)):
            author = name
            body = body[:-1]
            continue
        break
    return body, author



# "Theo Hồ Hương", "(Theo Hồ Hương)", "Theo TRỌNG LINH (Nông Nghiệp)"
_THEO = re.compile(
    r"(?i)^\(?\s*theo\s*:?\s+(?P<who>[^():]{2,50}?)\s*(?:\([^()]{2,40}\))?\s*\)?\.?$"
)


def _republished_byline(body: list[str], rules: ChromeRules) -> tuple[str, int] | None:
    """The author of a republished article at the end of ``body``, and how many lines
    name it: "Theo Hồ Hương" alone, or followed by the outlet on a line of its own
    ("Đại Đoàn kết", "Báo Hà Giang")."""
    if len(body) > 1 and (name := _republished_from(body[-1], rules)):
        return name, 1
    outlet = body[-1]
    short_name = len(outlet.split()) <= 5 and outlet[:1].isupper() and outlet[-1:].isalpha()
    if len(body) > 2 and short_name and (name := _republished_from(body[-2], rules)):
        return name, 2
    return None


def _republished_from(line: str, rules: ChromeRules) -> str | None:
    """The person of a "Theo <name>" source line ("Theo Hồ Hương"), not an outlet
    ("Theo Báo Hà Giang", "Theo TTXVN", "Theo baochinhphu.vn")."""
    match = _THEO.match(line)
    if match is None:
        return None
    who = match.group("who")
    if "." in who or (who.isupper() and " " not in who) or rules.portal.search(who):
        return None  # a site, an agency's acronym, a newspaper
    return who if _is_name(who) and len(who.split()) >= 2 else None


_MOST_NAME_CHARS = 50  # a byline's names, once its lead word and units are cut
# The most non-space characters a byline line may hold: its names and what the cuts
# of `_byline_name` remove besides a photo credit (its lead word, the unit after a
# dash, "./.", a unit in brackets, one after a slash), with a margin.
_MOST_BYLINE_CHARS = _MOST_NAME_CHARS + 20 + 8 + 3 + 62 + 31 + 26


def _byline_name(line: str) -> str | None:
    """The name in a short signature line: "T.Hà", "MINH THƯ", "Tin, ảnh: Hồng Nhung",
    "Thanh Lê./.", "CTV Minh Thuận/TTVH Ea Kar", "Ngọc Lan (Trung tâm Thông tin)"."""
    if len("".join(line.split())) > _MOST_BYLINE_CHARS and "ảnh" not in line.lower():
        return None  # a paragraph: the cuts below could not bring it down to a name
    candidate = _BYLINE_LEAD.sub("", line.strip())
    candidate = _PHOTO_CREDIT.sub("", candidate)  # "Tin: Trúc Linh - Ảnh: Trúc Linh"
    candidate = UNIT_SUFFIX.sub("", candidate)  # "Đặng Thanh Bằng - BTG"
    candidate = _CLOSING_DOT.sub("", candidate)
    candidate = _UNIT_IN_BRACKETS.sub("", candidate)
    candidate = _UNIT_AFTER_SLASH.sub("", candidate)
    if len(candidate) > _MOST_NAME_CHARS:
        return None
    names = [n.strip() for n in _NAME_SEPARATOR.split(candidate)]
    return candidate if all(n and _is_name(n) for n in names) else None


def _is_name(text: str) -> bool:
    """Up to five capitalised words or initials ("T.Hà", "Hữu Nghĩa", "MINH THƯ")."""
    words = text.split()
    return 0 < len(words) <= 5 and all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words)


def strip_agency_prefix(paragraph: str) -> str:
    """``paragraph`` without an agency prefix ("ĐTO - ", "(QNO) - ", "LSO-")."""
    return chrome_rules().agency_prefix.sub("", paragraph, count=1)
