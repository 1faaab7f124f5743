"""Vietnamese page dates to ISO 8601 with the +07:00 offset.

Datelines come in many shapes ("Cập nhật ngày: 02/05/2019 04:46:15",
"Cập nhật : 10:15 | 12/07/2021", "Thứ Hai, 12/07/2021 - 09:15",
"07:30:00 11/09/2019", "2021-07-09T08:30:00+07:00"); all of them are a day,
a month, a year and maybe a time, which is what we look for.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

VIETNAM = timezone(timedelta(hours=7))

_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
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
    iso = _parse_iso(text)
    if iso is not None:
        return _unless_future(iso, now)
    for pattern, order in ((_DMY, "dmy"), (_YMD, "ymd"), (_WORDS, "dmy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = [int(g) for g in match.groups()]
        day, month, year = parts if order == "dmy" else parts[::-1]
        rest = text[: match.start()] + " " + text[match.end() :]
        hour, minute, second = _parse_time(rest)
        try:
            moment = datetime(year, month, day, hour, minute, second, tzinfo=VIETNAM)
        except ValueError:
            return None
        return _unless_future(moment, now)
    return None


def _parse_iso(text: str) -> datetime | None:
    candidate = text.strip()
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?", candidate):
        return None
    try:
        moment = datetime.fromisoformat(candidate.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=VIETNAM)


def _parse_time(text: str) -> tuple[int, int, int]:
    match = _TIME.search(text)
    if not match:
        return 0, 0, 0
    hour, minute = int(match.group(1)), int(match.group(2))
    second = int(match.group(3) or 0)
    if hour > 23 or minute > 59 or second > 59:
        return 0, 0, 0
    return hour, minute, second


def _unless_future(moment: datetime, now: datetime | None) -> str | None:
    now = now or datetime.now(VIETNAM)
    if moment > now + timedelta(days=1):
        return None
    return moment.astimezone(VIETNAM).isoformat()
