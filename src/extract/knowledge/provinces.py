"""Which province a record, or a body named in it, belongs to.

A person's career is placed in a province by the bodies they serve in
("Sở Tài chính tỉnh Hà Tĩnh", "Tỉnh ủy Quảng Ninh"), else by the article's
site (baohatinh.vn is Hà Tĩnh) or its own province mentions. Provinces are
compared under their 2025 names, so a career in Tiền Giang before the merger
and in Đồng Tháp after it is one career.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from extract.normalize import fold

__all__ = [
    "NATIONAL",
    "is_national",
    "province_of_body",
    "province_of_record",
    "province_of_unit",
    "successor",
]

# Bodies of the central state and party: a post in them is in no province.
NATIONAL = re.compile(
    r"(?i)^(?:chính phủ|quốc hội|bộ chính trị|ban bí thư|ban chấp hành trung ương|"
    r"văn phòng chính phủ|văn phòng trung ương|ủy ban thường vụ quốc hội|"
    r"bộ (?!chỉ huy)|ủy ban .* của quốc hội|tòa án nhân dân tối cao|"
    r"viện kiểm sát nhân dân tối cao|kiểm toán nhà nước|ngân hàng nhà nước việt nam|"
    r"trung ương|ban .* trung ương|mặt trận tổ quốc việt nam|.*việt nam$)"
)
_PROVINCE_BODY = re.compile(r"(?i)(?:tỉnh|tỉnh ủy|thành phố|thành ủy)\s+(.+)$")


@cache
def _province_names() -> dict[str, str]:
    """folded name -> the province's name, before and after 2025."""
    from extract.nlp.gazetteer import sites

    names = {}
    for site in sites().values():
        for name in (site.legacy_province, site.current_province):
            names[fold(name)] = name
    return names


@cache
def _successors() -> dict[str, str]:
    from extract.nlp.gazetteer import sites

    return {fold(s.legacy_province): s.current_province for s in sites().values()}


def successor(province: str | None) -> str | None:
    """The province's 2025 name ("Tiền Giang" -> "Đồng Tháp"); the name itself if unchanged."""
    if not province:
        return None
    return _successors().get(fold(province), province)


def province_of_body(organization: str | None) -> str | None:
    """The province a body's name places it in ("Huyện ủy Tam Nông" gives none).

    Args:
        organization: a canonical body name from a record.

    Returns:
        The province's name as written in the body's name, or None.
    """
    if not organization:
        return None
    match = _PROVINCE_BODY.search(organization)
    while match:
        name = _province_names().get(fold(match.group(1)))
        if name:
            return name
        match = _PROVINCE_BODY.search(match.group(1))
    return None


def province_of_unit(organization: str | None, record: Mapping[str, Any]) -> str | None:
    """The province of the district or commune a body's name ends with ("Huyện ủy Bình
    Liêu"), as the record's own locations place that unit; None when none does."""
    if not organization:
        return None
    body = fold(organization)
    for location in record.get("locations") or []:
        if location.get("level") in ("district", "commune") and location.get("province"):
            if body.endswith(" " + fold(location["name"])):
                return location["province"]
    return None


def province_of_record(record: Mapping[str, Any]) -> str | None:
    """The province an article is about: its site's, else the first province it names."""
    from extract.nlp.gazetteer import site_of

    site = site_of(record.get("source"))
    if site:
        after = (record.get("published") or "") >= "2025-07-01"
        return site.current_province if after else site.legacy_province
    for location in record.get("locations") or []:
        if location.get("level") == "province":
            return location.get("name")
    return None


def is_national(organization: str | None) -> bool:
    """Whether a body is of the central state or party (a post there is in no province)."""
    return bool(organization) and bool(NATIONAL.match(organization))
