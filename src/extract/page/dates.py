"""Vietnamese page dates to ISO 8601 with the +07:00 offset.

Datelines come in many shapes ("Cập nhật ngày: 02/05/2019 04:46:15",
"Cập nhật : 10:15 | 12/07/2021", "Thứ Hai, 12/07/2021 - 09:15",
"07:30:00 11/09/2019", "2021-07-09T08:30:00+07:00"); all of them are a day,
a month, a year and maybe a time, which is what we look for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
# Year first, as some portals print it: "2025-12-03", "2025/12/03", "2025.12.03"
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
# A two-digit year, as Liferay 6 prints its dates ("22/11/24 10:05"): only with a clock
# after it, which no ratio or document number has.
_DMY_SHORT = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)(?=\s+\d{1,2}:\d\d(?!\d))")
_WORDS = re.compile(r"(?i)ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)")
_TIME = re.compile(r"(?<![\d/.])(\d{1,2})\s*[:hg]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d/])")


def parse_date(text: str, now: datetime | None = None) -> str | None:
    """The first date in ``text`` as ISO 8601 (``2019-05-02T04:46:15+07:00``).

    Args:
        text: a dateline or a date attribute.
        now: the moment after which a date counts as "in the future"
            (default: the current time). Future dates are rejected: they are
            typos or event announcements, never a publication date.

    Returns:
        The ISO string, or None when no valid date is found.
    """
    moment = read_moment(text, now)
    return moment.iso() if moment else None


def _unless_future(moment: datetime, now: datetime | None) -> str | None:
    now = now or datetime.now(VIETNAM)
    if moment > now + timedelta(days=1):
        return None
    return moment.astimezone(VIETNAM).isoformat()


# ---------------------------------------------------------------- moments with a precision
#
# Metadata layers disagree by seconds (JSON-LD to the second, a meta tag in
# another second, the visible dateline to the minute). To pick among them a
# date must say how much it knows: a day, a minute or a second.

_ISO_LOOSE = re.compile(
    r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)"
    r"(?:[T\s]+(\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d\d:?\d\d)?\s*$"
)
_GLUED_OFFSET = re.compile(r"^\s*(\d{4}-\d\d-\d\d)\+(\d\d)(\d\d:\d\d(?::\d\d)?)\s*$")
_GMT = re.compile(r"(?i)\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d\d)?\s*\)?")
_MERIDIEM = re.compile(r"(?i)\s*(am|pm|sa|ch|sáng|chiều|tối)\b")
_AFTERNOON = {"pm", "ch", "chiều", "tối"}
PRECISIONS = ("day", "minute", "second")
# WordPress in Vietnamese writes "18 Tháng Mười Một, 2022" (also "18 tháng 11, 2022").
_MONTH_NAMES = "một hai ba tư năm sáu bảy tám chín mười".split() + ["mười một", "mười hai"]
_MONTHS = {word: number for number, word in enumerate(_MONTH_NAMES, start=1)}
_MONTH_WORD = re.compile(
    r"(?i)(?<!\d)(\d{1,2})\s+tháng\s+(mười một|mười hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín"
    r"|\d{1,2})\s*,?\s*(?:năm\s+)?((?:19|20)\d\d)(?!\d)"
)


@dataclass(frozen=True)
class Moment:
    """A publication moment and how precisely the page stated it.

    ``precision`` is "day", "minute" or "second"; a time whose seconds are
    ":00" counts as "minute" (CMSs that store minutes write ":00").
    """

    when: datetime
    precision: str

    def iso(self) -> str:
        """ISO 8601 in Vietnam's offset (``2019-05-02T04:46:15+07:00``)."""
        return self.when.astimezone(VIETNAM).isoformat()

    def agrees(self, other: Moment) -> bool:
        """Same moment at the coarser of the two precisions (in Vietnam time)."""
        a, b = self.when.astimezone(VIETNAM), other.when.astimezone(VIETNAM)
        coarser = min(PRECISIONS.index(self.precision), PRECISIONS.index(other.precision))
        if coarser == 0:
            return a.date() == b.date()
        if coarser == 1:
            return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)
        return a.replace(microsecond=0) == b.replace(microsecond=0)

    def finer_than(self, other: Moment) -> bool:
        """Whether this moment states more than ``other`` (seconds beat minutes beat days)."""
        return PRECISIONS.index(self.precision) > PRECISIONS.index(other.precision)


def read_moment(text: str, now: datetime | None = None) -> Moment | None:
    """The first date in ``text`` with its precision, or None.

    Reads what `parse_date` reads, and also the forms of metadata and
    datelines it does not: ISO with a space before the offset or
    milliseconds ("2026-03-07T08:52:11.000 +07:00"), a date and time with a
    space ("2026-03-07 08:07"), a 12-hour clock ("09:40 PM", "09:40 CH"),
    and a "(GMT+7)" suffix. Times without an offset are Vietnam time.

    Args:
        text: a dateline or a date attribute.
        now: the moment after which a date counts as "in the future"
            (default: now); future dates are rejected.

    Returns:
        A `Moment`, or None when no valid date is found.
    """
    if not text:
        return None
    moment = _read_iso(text)
    if moment is None:
        moment = _read_dmy(_GMT.sub(" ", text))
    if moment is None or _unless_future(moment.when, now) is None:
        return None
    return moment


def _read_iso(text: str) -> Moment | None:
    # NukeViet glues the offset between date and time: "2024-10-07+0710:15:00"
    text = _GLUED_OFFSET.sub(r"\1T\3+\2:00", text)
    match = _ISO_LOOSE.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    tz = VIETNAM
    if zone:
        zone = zone.replace(":", "")
        if zone == "Z":
            tz = UTC
        else:
            sign = 1 if zone[0] == "+" else -1
            tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))
    try:
        when = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    if hour is None:
        return Moment(when, "day")
    return Moment(when, "second" if second and int(second) else "minute")


def _read_dmy(text: str) -> Moment | None:
    patterns = ((_DMY, "dmy"), (_YMD, "ymd"), (_WORDS, "dmy"), (_MONTH_WORD, "dmy"),
                (_DMY_SHORT, "dmy"))
    for pattern, order in patterns:
        match = pattern.search(text)
        if not match:
            continue
        # (the year-first pattern also captures its separator, which is no part)
        parts = [_MONTHS.get(g.lower()) or int(g) for g in match.groups()
                 if g not in ("-", "/", ".")]
        day, month, year = parts if order == "dmy" else parts[::-1]
        if pattern is _DMY_SHORT:
            year += 2000
        if pattern is _DMY and month > 12:  # ASP.NET's en-US "11/24/2025 2:20:52 PM"
            day, month = month, day
        rest = text[: match.start()] + " " + text[match.end() :]
        hour, minute, second, precision = _read_clock(rest)
        try:
            when = datetime(year, month, day, hour, minute, second, tzinfo=VIETNAM)
        except ValueError:
            return None
        return Moment(when, precision)
    return None


def _read_clock(text: str) -> tuple[int, int, int, str]:
    match = _TIME.search(text)
    if not match:
        return 0, 0, 0, "day"
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    meridiem = _MERIDIEM.match(text, match.end())
    if meridiem and 1 <= hour <= 12:
        afternoon = meridiem.group(1).lower() in _AFTERNOON
        hour = hour % 12 + (12 if afternoon else 0)
    if hour > 23 or minute > 59 or second > 59:
        return 0, 0, 0, "day"
    return hour, minute, second, "second" if second else "minute"


# "/2023/06/14/slug" (WordPress and newspapers), "/portal/Pages/2025-10-21/slug.aspx"
# (the SharePoint platform of many provincial and commune portals)
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)|/((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})/"
)


def date_in_url(url: str | None) -> str | None:
    """The day an address files its page under ("/2023/06/14/slug",
    "/Pages/2025-10-21/slug.aspx"), for a page that shows no date: ISO 8601 at
    midnight, Vietnam time; else None."""
    m = _URL_DAY.search(url or "")
    if not m:
        return None
    year, month, day = (g for g in m.groups() if g is not None)
    return parse_date(f"{year}-{int(month):02d}-{int(day):02d}T00:00:00+07:00")
