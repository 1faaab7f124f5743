"""Names on a news page: the persons of a byline, and the sites and outlets that never are.

    >>> author_name("Tin, ảnh: Hồng Nhung"), author_name("NHẬT XUÂN - NGHI VŨ")
    ('Hồng Nhung', 'Nhật Xuân, Nghi Vũ')
    >>> site_key("Báo điện tử Dân Trí") == site_key("dantri.com.vn")
    True

A person's name is two to five capitalised words with a vowel each (or an
initial and a name, "T.Hà"); it holds no digit or hyphen ("VOV-Tây Nam Bộ"),
no organisation word ("Báo",
"Online", "Tổng hợp"), is no domain, and is no site or outlet: the page's own
names (compared as `site_key`s) and those of ``outlets.txt``. The rules are
data: ``names.toml``, ``outlets.txt``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import takewhile

from extract.normalize import normalize_text

__all__ = [
    "author_name",
    "has_lead",
    "is_organisation",
    "is_site_name",
    "name_rules",
    "site_key",
]

_VOWEL = re.compile(r"[aeiouy]")
_BAR = re.compile(r"\s*\|\s*")
_WORD_START = re.compile(r"(?<=\s)\S")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# The date a byline line may end with: "NGUYÊN ĐOAN - HOÀNG LIÊN 18/10/2024 06:40"
_TRAILING_DATE = re.compile(
    r"\s*[-–|,]?\s*(?:\d{1,2}:\d{2}\s*[,|]?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[,|]?\s*\d{1,2}:\d{2})?\s*$"
)
_TRAILING_NOTE = re.compile(r"\s*\([^)]*\)\s*$")  # "Hà Thu (tổng hợp)", "Minh Anh (TTXVN)"


@dataclass(frozen=True)
class NameRules:
    """names.toml and outlets.txt, compiled."""

    lead: re.Pattern[str]
    rank: re.Pattern[str]
    credit: re.Pattern[str]
    source_after: re.Pattern[str]
    separators: re.Pattern[str]
    organisation_words: re.Pattern[str]
    domain: re.Pattern[str]
    filler: re.Pattern[str]
    host_labels: frozenset[str]
    site_leads: tuple[str, ...]
    max_words: int
    outlets: frozenset[str]


@cache
def name_rules() -> NameRules:
    """The rules of names.toml and the outlets of outlets.txt, loaded once per process."""
    folder = files("extract.page")
    data = tomllib.loads(folder.joinpath("names.toml").read_text("utf-8"))
    words = "|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in data["organisation_words"])
    filler = sorted(data["site_filler"], key=len, reverse=True)
    partial = NameRules(
        lead=re.compile(data["lead"]),
        rank=re.compile(data["rank"]),
        credit=re.compile(data["credit"]),
        source_after=re.compile(data["source_after"]),
        separators=re.compile(data["separators"]),
        organisation_words=re.compile(f"(?i){words}"),
        domain=re.compile(data["domain"]),
        filler=re.compile(r"\b(?:" + "|".join(re.escape(f) for f in filler) + r")\b"),
        host_labels=frozenset(data["host_labels"]),
        site_leads=tuple(data["site_leads"]),
        max_words=data["max_words"],
        outlets=frozenset(),
    )
    lines = folder.joinpath("outlets.txt").read_text("utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    names += data["accounts"]  # never persons either
    keys = frozenset(k for k in (_key(name, partial) for name in names) if k)
    return NameRules(**{**partial.__dict__, "outlets": keys})


def author_name(byline: str, sites: Iterable[str] = ()) -> str | None:
    """The person or persons a byline names, in proper-name case.

    >>> author_name("VnExpress"), author_name("Theo TTXVN")
    (None, None)

    Args:
        byline: the byline's text ("Tin, ảnh: …", "Theo …", "A - B", "A (tổng hợp)").
        sites: `site_key`s of the page's own names (og:site_name, publisher, host),
            which are never a person, besides the outlets of ``outlets.txt``.

    Returns:
        The names joined by ", ", or None when the byline names no person
        (an outlet, a site, a group of reporters, a photo credit).
    """
    rules = name_rules()
    text = " ".join(normalize_text(byline or "").split())
    text = rules.lead.sub("", text, count=1).strip()
    if not text or rules.credit.match(text):
        return None
    # "Thực hiện: A – B | Kỹ thuật: C", "Bài: A – B Ảnh: C" (a line break gone): the credits
    # after a bar or inside the line are the crew's, not the writers'
    segments = [piece for segment in _BAR.split(text) for piece in _credits_apart(segment, rules)]
    text = " | ".join(takewhile(lambda segment: not rules.credit.match(segment), segments))
    # an office in brackets may hold a separator: "Thu Hà (Trung tâm Văn hóa - Truyền thông)"
    text = _BRACKETED.sub(" ", text).strip()
    text = _TRAILING_DATE.sub("", rules.source_after.sub("", text))
    sites = frozenset(sites)
    names: list[str] = []
    for part in rules.separators.split(text):
        name = _person(part, sites)
        if name and name not in names:
            names.append(name)
    return ", ".join(names) or None


def _credits_apart(text: str, rules: NameRules) -> list[str]:
    """``text`` cut before each credit label inside it ("Hoàng Gia Ảnh: Minh Thuận")."""
    starts = [m.start() for m in _WORD_START.finditer(text) if rules.credit.match(text[m.start():])]
    bounds = zip([0, *starts], [*starts, len(text)], strict=True)
    return [piece for a, b in bounds if (piece := text[a:b].strip())]


def is_signed_dateline(text: str) -> bool:
    """Whether ``text`` is names, then the date: "NGUYÊN ĐOAN - HOÀNG LIÊN 18/10/2024 06:40"."""
    names = _TRAILING_DATE.sub("", text)
    if names == text or not author_name(names):
        return False
    return all(word[:1].isupper() or word in ("-", "–", ",") for word in names.split())


def has_lead(text: str) -> bool:
    """Whether ``text`` opens with a byline's lead words ("Tin, ảnh:", "Theo", "Bài:")."""
    return name_rules().lead.match(text) is not None


def site_key(name: str) -> str:
    """A site's name folded for comparison: "Báo điện tử Dân Trí", "dantri.com.vn" -> "dantri"."""
    return _key(name, name_rules())


def is_site_name(text: str, sites: Iterable[str] = ()) -> bool:
    """Whether ``text`` names a site ("Báo Đồng Tháp Online", "Cổng thông tin điện tử tỉnh X",
    one of ``sites``' keys or an outlet of outlets.txt) rather than an article or a person."""
    rules = name_rules()
    key = site_key(text)
    if key and (key in frozenset(sites) or key in rules.outlets):
        return True
    folded = text.casefold()
    for lead in rules.site_leads:
        if folded.startswith(lead + " "):
            rest = text[len(lead) + 1 :].split()
            return not rest or lead not in ("báo", "tạp chí") or rest[0][:1].isupper()
    return False


def is_organisation(text: str) -> bool:
    """Whether ``text`` holds an organisation word ("Báo", "Online", "Công ty", …)."""
    return name_rules().organisation_words.search(text) is not None


def _person(part: str, sites: frozenset[str]) -> str | None:
    """One name in proper-name case, or None when ``part`` is not a person."""
    rules = name_rules()
    part = rules.lead.sub("", part.strip(), count=1)
    if rules.credit.match(part):
        return None
    part = rules.rank.sub("", part, count=1)
    part = _TRAILING_NOTE.sub("", part).strip(" .:-–—'\"")
    words = part.split()
    # "T.Hà"; a Cơ Ho or M'nông name is often one word: "K'Brửi", "K'BRỬI"
    one_word_name = len(words) == 1 and ("." in part or _APOSTROPHE_NAME.match(part))
    if one_word_name and _INITIALS.match(part):
        return part  # initials have no vowel to test
    if not (2 <= len(words) <= rules.max_words or one_word_name):
        return None
    if re.search(r"[\d@:/\-–]", part) or is_organisation(part) or rules.domain.search(part):
        return None
    if not all(w[:1].isupper() and _has_vowel(w) for w in words):
        return None  # a lower-case word, or an acronym without a vowel ("TTXVN")
    if _WEEKDAY.match(part):
        return None  # "Thứ Ba, 13/06/2023 - 17:45" in an element classed "author-time"
    key = site_key(part)
    if key in sites or key in rules.outlets:
        return None
    return " ".join(_proper_case(w) for w in words)


_WEEKDAY = re.compile(r"(?i)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)$")
_APOSTROPHE_NAME = re.compile(r"^[^\W\d_]{1,2}['’][^\W\d_]{2,}$")
# A reporter signing with initials: "T.Đ", "N.T.H"
_INITIALS = re.compile(r"^[A-ZĐ]\.[A-ZĐ](?:\.[A-ZĐ])?$")
# Ê Đê and M'nông names open with "H" (women) or "Y" (men): "H Lim", "Y Thanh".
_NAME_PREFIXES = frozenset({"H", "Y"})


def _has_vowel(word: str) -> bool:
    return word in _NAME_PREFIXES or _VOWEL.search(_ascii(word).lower()) is not None


def _proper_case(word: str) -> str:
    """ "XUÂN" -> "Xuân", "T.HÀ" -> "T.Hà", "K'BRỬI" -> "K'Brửi"; a word in mixed case
    is left as written."""
    if not word.isupper():
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m[0][:1] + m[0][1:].lower(), word)


def _key(name: str, rules: NameRules) -> str:
    text = _ascii(name).lower().strip().lstrip("@")
    if "://" in text:
        text = text.split("://", 1)[1].split("/", 1)[0]
    if re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", text):  # a host
        return "".join(label for label in text.split(".") if label not in rules.host_labels)
    words = " ".join(re.findall(r"[a-z0-9]+", text))
    return rules.filler.sub(" ", words).replace(" ", "")


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c))
