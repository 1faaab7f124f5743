"""The gazetteer of Vietnamese administrative units, compiled from `vietnamadminunits`.

Two eras live side by side: ``legacy`` (the 63 provinces, their districts and
communes before the 1 July 2025 reorganisation) and ``current`` (the 34
provinces and their communes after it). Every legacy unit knows the current
unit that holds it, where the package's conversion table maps it cleanly.

Building reads the package's SQLite database and conversion table (about a
second); the result is pickled once into the user's cache directory, keyed by
the package version and `FORMAT`, so later processes load it in milliseconds.

    >>> gaz = load_gazetteer()
    >>> [(u.era, u.type, u.code) for u in map(gaz.units.__getitem__, gaz.named("nhị mỹ"))]
    [('legacy', 'phường', '28474'), ('legacy', 'xã', '30097')]

The package is read as data (its SQLite file and JSON), never imported: its
modules pull in geocoding libraries we do not need.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import pickle
import re
import sqlite3
import tempfile
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from extract.nlp.lexicon import LEXICONS, read_lexicon
from extract.normalize import normalize_text

PACKAGE = "vietnamadminunits"
ROMAN_NUMBER = re.compile(r"[IVX]{1,5}")  # the number of a ward: "Phường VII"
FORMAT = 5  # bump when the compiled structure or its build rules change

LEGACY, CURRENT = "legacy", "current"
LEVEL_RANK = {"commune": 1, "district": 2, "province": 3}
CACHE_MODULE = "extract.nlp.gazetteer"  # the classes in the cache file live here


class Unit(NamedTuple):
    """One administrative unit of one era.

    ``current`` is, for a legacy unit, the index of the current unit that holds
    it (None where it no longer maps cleanly: districts, divided communes); for
    a current unit, its own index.
    """

    era: str
    level: str
    type: str
    name: str
    code: str
    district: str | None
    district_code: str | None
    province: str
    province_code: str
    lat: float | None
    lon: float | None
    current: int | None


@dataclass
class Gazetteer:
    """Every unit, and the indexes the recognizer looks names up in.

    Attributes:
        units: all units, both eras.
        by_name: `name_key` of a name or alias to the indexes of the units so named.
        by_code: ``(era, level, code)`` to the unit's index.
        version: the `vietnamadminunits` version the gazetteer was built from.
    """

    units: list[Unit] = field(default_factory=list)
    by_name: dict[str, tuple[int, ...]] = field(default_factory=dict)
    by_code: dict[tuple[str, str, str], int] = field(default_factory=dict)
    version: str = ""

    def named(self, key: str) -> tuple[int, ...]:
        """Indexes of the units whose name or alias has this `name_key` (maybe empty)."""
        return self.by_name.get(key, ())

    def find(self, era: str, level: str, code: str | None) -> Unit | None:
        """The unit of ``era`` and ``level`` with GSO ``code``, or None."""
        index = self.by_code.get((era, level, code or ""))
        return None if index is None else self.units[index]


_DASH = re.compile(r"\s*[-–]\s*")
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """The lookup key of a unit name: NFC, one tone placement, lower case,
    single spaces, no apostrophes, dashes without spaces ("Bà Rịa-Vũng Tàu")."""
    key = normalize_text(name).lower().replace("'", "").replace("’", "")
    return _SPACE.sub(" ", _DASH.sub("-", key)).strip()


# Syllables real pages spell several ways; a name with one is also indexed under the others.
SPELLINGS = (("Đắk", "Đăk", "Đak", "Dak", "Đắc"), ("Lắk", "Lăk", "Lak"))


def spelling_variants(name: str) -> set[str]:
    """Other spellings of a name that real pages use ("Đăk Lăk" for "Đắk Lắk")."""
    variants = {name}
    for group in SPELLINGS:
        for variant in list(variants):
            words = variant.split(" ")
            for i, word in enumerate(words):
                if word in group:
                    variants |= {" ".join(words[:i] + [other] + words[i + 1 :]) for other in group}
    return variants


# --- building ----------------------------------------------------------------------------


def package_dir() -> Path:
    """Where `vietnamadminunits` is installed (found without importing it)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{PACKAGE} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def package_version() -> str:
    """The installed `vietnamadminunits` version."""
    return importlib.metadata.version(PACKAGE)


def _strip_type(full: str, unit_type: str) -> str:
    """ "Huyện Cao Lãnh" -> "Cao Lãnh"; numbered units keep the word ("Phường 1", and
    "Phường VII" of the wards numbered in Roman figures)."""
    rest = full[len(unit_type) :].strip() if full.lower().startswith(unit_type) else full
    return full if rest.isdigit() or ROMAN_NUMBER.fullmatch(rest) else rest


def _type_of(full: str) -> str:
    """The lower-case type word that starts a full unit name."""
    for word in ("thành phố", "tỉnh", "thị xã", "thị trấn", "đặc khu", "huyện", "quận"):
        if full.lower().startswith(word):
            return word
    return full.split()[0].lower()


class _Builder:
    """Collects units and indexes while reading the package's tables."""

    def __init__(self) -> None:
        self.gaz = Gazetteer(version=package_version())
        self.by_key: dict[tuple, int] = {}  # package keys -> unit index

    def add(self, unit: Unit, package_key: tuple) -> int:
        index = len(self.gaz.units)
        self.gaz.units.append(unit)
        self.gaz.by_code[(unit.era, unit.level, unit.code)] = index
        self.by_key[package_key] = index
        return index


def _text(value: str | None) -> str:
    return normalize_text(value or "").strip()


def _read_current(b: _Builder, db: sqlite3.Connection) -> None:
    rows = db.execute(
        "select province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey,"
        " ward, wardType, wardCode, wardLat, wardLon, wardKey from admin_units"
    ).fetchall()
    for prov, prov_short, pcode, plat, plon, pkey, *_ in rows:
        if (CURRENT, "province", pkey) in b.by_key:
            continue
        name = _text(prov_short)
        unit = Unit(CURRENT, "province", _type_of(_text(prov)), name, pcode, None, None,
                    name, pcode, plat, plon, len(b.gaz.units))
        b.add(unit, (CURRENT, "province", pkey))
    for _, prov_short, pcode, _, _, pkey, ward, wtype, wcode, wlat, wlon, wkey in rows:
        if not wcode:
            continue
        wtype = _text(wtype).lower()
        unit = Unit(CURRENT, "commune", wtype, _strip_type(_text(ward), wtype), wcode, None,
                    None, _text(prov_short), pcode, wlat, wlon, len(b.gaz.units))
        b.add(unit, (CURRENT, "commune", pkey, wkey))


def _read_legacy(b: _Builder, db: sqlite3.Connection, converter: dict) -> None:
    new_province = {old: new for new, olds in converter["DICT_PROVINCE"].items() for old in olds}
    new_ward = {
        old: (new_pkey, new_wkey)
        for new_pkey, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items()
        for new_wkey, olds in wards.items()
        for old in olds
    }
    rows = db.execute(
        "select province, provinceShort, provinceCode, provinceLat, provinceLon, provinceKey,"
        " district, districtType, districtCode, districtLat, districtLon, districtKey,"
        " ward, wardType, wardCode, wardLat, wardLon, wardKey from admin_units_legacy"
    ).fetchall()
    for row in rows:
        prov, prov_short, pcode, plat, plon, pkey = row[:6]
        district, dtype, dcode, dlat, dlon, dkey = row[6:12]
        ward, wtype, wcode, wlat, wlon, wkey = row[12:]
        pname = _text(prov_short)
        if (LEGACY, "province", pkey) not in b.by_key:
            current = b.by_key.get((CURRENT, "province", new_province.get(pkey)))
            b.add(Unit(LEGACY, "province", _type_of(_text(prov)), pname, pcode, None, None,
                       pname, pcode, plat, plon, current), (LEGACY, "province", pkey))
        dtype = _text(dtype).lower()
        dname = _strip_type(_text(district), dtype)
        if (LEGACY, "district", pkey, dkey) not in b.by_key:
            b.add(Unit(LEGACY, "district", dtype, dname, dcode, None, None, pname, pcode,
                       dlat, dlon, None), (LEGACY, "district", pkey, dkey))
        if not wcode or (LEGACY, "commune", wcode) in b.by_key:
            continue  # island districts have no communes; a few rows repeat a commune
        wtype = _text(wtype).lower()
        target = new_ward.get(f"{pkey}_{dkey}_{wkey}")
        current = b.by_key.get((CURRENT, "commune", *target)) if target else None
        b.add(Unit(LEGACY, "commune", wtype, _strip_type(_text(ward), wtype), wcode, dname,
                   dcode, pname, pcode, wlat, wlon, current), (LEGACY, "commune", wcode))


def _index_names(gaz: Gazetteer) -> None:
    names: dict[str, list[int]] = defaultdict(list)
    for index, unit in enumerate(gaz.units):
        for variant in spelling_variants(unit.name):
            key = name_key(variant)
            if index not in names[key]:
                names[key].append(index)
    for alias, name, level in (row[:3] for row in read_lexicon("unit_aliases.tsv")):
        alias_indexes = names[name_key(alias)]
        for index in list(names.get(name_key(name), ())):
            if gaz.units[index].level == level and index not in alias_indexes:
                alias_indexes.append(index)
    gaz.by_name = {key: tuple(indexes) for key, indexes in names.items()}


def build_gazetteer() -> Gazetteer:
    """Compile the gazetteer from the installed `vietnamadminunits` data (slow: ~1 s).

    Returns:
        A fresh `Gazetteer`; use `load_gazetteer` for the cached one.
    """
    data = package_dir() / "data"
    converter = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    builder = _Builder()
    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as db:
        _read_current(builder, db)
        _read_legacy(builder, db, converter)
    _index_names(builder.gaz)
    return builder.gaz


# --- caching -----------------------------------------------------------------------------


def cache_path() -> Path:
    """Where the compiled gazetteer is kept ($VNEXTRACT_CACHE, else the user cache dir).

    The file name carries the package version, `FORMAT` and a hash of the alias
    list, so a change to any of them builds a new file instead of reading a stale one.
    """
    root = os.environ.get("VNEXTRACT_CACHE") or os.environ.get("XDG_CACHE_HOME")
    base = Path(root) if root else Path.home() / ".cache"
    if not os.environ.get("VNEXTRACT_CACHE"):
        base = base / "vnextract"
    aliases = hashlib.sha1((LEXICONS / "unit_aliases.tsv").read_bytes()).hexdigest()[:10]
    return base / f"gazetteer-{package_version()}-f{FORMAT}-{aliases}.pickle"


@cache
def load_gazetteer() -> Gazetteer:
    """The compiled gazetteer, built once and cached on disk and in the process.

    Returns:
        The shared `Gazetteer` (do not modify it).
    """
    path = cache_path()
    try:
        with path.open("rb") as f:
            gaz = pickle.load(f)
        if isinstance(gaz, Gazetteer) and gaz.version == package_version():
            return gaz
    except Exception:  # any unreadable cache (truncated, foreign classes) is rebuilt
        pass
    gaz = build_gazetteer()
    # Only the installed module writes the cache: run as a script (a doctest), its
    # classes would be pickled under another module name that others cannot load.
    if Gazetteer.__module__ == CACHE_MODULE:
        _write_atomically(path, gaz)
    return gaz


def _write_atomically(path: Path, gaz: Gazetteer) -> None:
    """Pickle to a temporary file and rename it, so readers never see half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            pickle.dump(gaz, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only home: keep the in-memory copy only


# --- data files --------------------------------------------------------------------------


class Site(NamedTuple):
    """The province a news or portal domain belongs to, before and after 2025."""

    domain: str
    legacy_province: str
    legacy_code: str
    current_province: str
    current_code: str


@cache
def sites() -> dict[str, Site]:
    """Domain -> `Site`, from lexicons/sites.tsv (loaded once)."""
    return {row[0].lower(): Site(*row[:5]) for row in read_lexicon("sites.tsv")}


def site_of(source: str | None) -> Site | None:
    """The `Site` of a source host ("www.baodongthap.vn", "sonnmt.dongthap.gov.vn").

    Args:
        source: the article's host name, or None.

    Returns:
        The entry of the longest listed domain the host ends with; else the
        province a label of the host names (`site_named_in`); else None.
    """
    if not source:
        return None
    host = full = source.lower().removeprefix("www.")
    table = sites()
    while host:
        if host in table:
            return table[host]
        _, _, host = host.partition(".")
    return site_named_in(full)


# Shorter slugs ("hue") are too likely inside unrelated words to be read there.
_SHORTEST_SLUG = 5


@cache
def province_slugs() -> dict[str, Site]:
    """A province's name as its domains spell it ("dongthap", "bariavungtau") -> its
    `Site`, read off the provincial portals ("<slug>.gov.vn") of sites.tsv."""
    slugs = {}
    for domain, site in sites().items():
        label, _, rest = domain.partition(".")
        if rest == "gov.vn" and len(label) >= _SHORTEST_SLUG:
            slugs[label.replace("-", "")] = site
    return slugs


@lru_cache(maxsize=1024)  # a batch meets the same few hosts again and again
def site_named_in(host: str) -> Site | None:
    """The province a host names in one of its labels, when sites.tsv does not list it:
    the party's and the TV's sites ("tinhuybinhphuoc.vn", "thainguyentv.vn") and the
    district portals ("tuyphong.binhthuan.dcs.vn") spell the province's name.

    Args:
        host: a lower-case host name.

    Returns:
        The `Site` of the longest province slug that opens or ends a label, or None.
    """
    best = None
    for label in host.replace("-", "").split(".")[:-1]:  # not the top-level domain
        for slug, site in province_slugs().items():
            if (label.startswith(slug) or label.endswith(slug)) and (
                best is None or len(slug) > len(best[0])
            ):
                best = (slug, site)
    return best[1] if best else None


# What a district portal's label may put before the district's name ("huyendamha.vn").
_DISTRICT_LABEL_PREFIXES = ("huyen", "thixa", "thanhpho", "quan", "tx", "tp")


def ascii_slug(name: str) -> str:
    """A name as host names spell it: no tone marks, no spaces ("Đắk Glong" -> "dakglong")."""
    decomposed = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_DISTRICT_SLUGS: dict[int, dict[tuple[str, str], tuple[str, ...]]] = {}


def _district_slugs(gaz: Gazetteer) -> dict[tuple[str, str], tuple[str, ...]]:
    """(province code, district slug) -> the codes of the legacy districts so spelled."""
    if id(gaz) not in _DISTRICT_SLUGS:
        slugs: dict[tuple[str, str], tuple[str, ...]] = {}
        for unit in gaz.units:
            # a city named as its province ("camau.gov.vn") is not read from a host
            if unit.era == LEGACY and unit.level == "district" and (
                ascii_slug(unit.name) != ascii_slug(unit.province or "")
            ):
                key = (unit.province_code, ascii_slug(unit.name))
                slugs[key] = (*slugs.get(key, ()), unit.code)
        _DISTRICT_SLUGS[id(gaz)] = slugs
    return _DISTRICT_SLUGS[id(gaz)]


# The shortest district slug read inside a longer label ("truyenhinhlucngan"): shorter
# ones ("anlao") are too likely part of unrelated words.
_SHORTEST_INNER_SLUG = 7
_DISTRICT_SITES: dict[str, Site | None] = {}


def district_site(gaz: Gazetteer, host: str | None) -> Site | None:
    """The province of a district's own site that sites.tsv does not list
    ("doluong.gov.vn", "bachthong.gov.vn", "truyenhinhlucngan.vn"): one label spells
    the name of exactly one district in the country (as a whole label, after a
    prefix such as "huyen", or, when long, at its end); else None."""
    if not host:
        return None
    if host not in _DISTRICT_SITES:
        _DISTRICT_SITES[host] = _district_site(gaz, host.lower().removeprefix("www."))
    return _DISTRICT_SITES[host]


def _district_site(gaz: Gazetteer, host: str) -> Site | None:
    provinces: dict[str, set[str]] = {}
    for (province_code, slug), codes in _district_slugs(gaz).items():
        provinces.setdefault(slug, set()).add(province_code)
        if len(codes) > 1:
            provinces[slug].add("several")
    # the domain's own label before a subdomain's: "camgiang.bachthong.gov.vn" is a commune's
    # page on Bạch Thông's portal, not Cẩm Giàng's
    for label in reversed(host.replace("-", "").split(".")[:-1]):
        spelled = [label[len(p) :] for p in ("", *_DISTRICT_LABEL_PREFIXES) if label.startswith(p)]
        spelled += [s for s in provinces if len(s) >= _SHORTEST_INNER_SLUG and label.endswith(s)]
        if label.endswith("tv"):
            spelled.append(label[:-2])  # a district's television: "badontv.vn"
        for slug in spelled:
            codes = provinces.get(slug, set())
            if len(codes) == 1 and "several" not in codes:
                return _province_site(host, codes.pop())
    return None


def _province_site(host: str, legacy_code: str) -> Site | None:
    """A `Site` for ``host`` in the province of ``legacy_code`` (as sites.tsv maps it)."""
    for site in sites().values():
        if site.legacy_code == legacy_code:
            return site._replace(domain=host)
    return None


# What a commune portal's label may put before the commune's name ("phuonguongbi").
_COMMUNE_LABEL_PREFIXES = ("phuong", "xa", "dackhu")


def commune_of_host(gaz: Gazetteer, host: str | None, province_code: str) -> Unit | None:
    """The commune of today (after 2025) of ``province_code`` whose portal ``host`` is
    ("uongbi.gov.vn", once a city's portal, now phường Uông Bí's), when the host's
    first label spells exactly one such commune's name; else None."""
    if not host:
        return None
    label = host.lower().removeprefix("www.").replace("-", "").split(".")[0]
    spelled = {label[len(p) :] for p in ("", *_COMMUNE_LABEL_PREFIXES) if label.startswith(p)}
    found = [gaz.units[i] for slug in spelled
             for i in _commune_slugs(gaz).get((province_code, slug), ())]
    return found[0] if len(found) == 1 else None


def commune_of_district_host(gaz: Gazetteer, host: str | None, district_code: str) -> Unit | None:
    """The commune of before 2025 whose page on its district's portal ``host`` is
    ("donphong.bachthong.gov.vn": xã Đôn Phong of Bạch Thông), when the host's first
    label, before the district's own, spells exactly one of the district's communes."""
    if not host:
        return None
    labels = host.lower().removeprefix("www.").replace("-", "").split(".")
    if len(labels) < 3:
        return None  # the district's own portal: "bachthong.gov.vn"
    spelled = {labels[0][len(p) :] for p in ("", *_COMMUNE_LABEL_PREFIXES)
               if labels[0].startswith(p)}
    found = [gaz.units[i] for slug in spelled
             for i in _legacy_commune_slugs(gaz).get((district_code, slug), ())]
    return found[0] if len(found) == 1 else None


_LEGACY_COMMUNE_SLUGS: dict[int, dict[tuple[str, str], tuple[int, ...]]] = {}


def _legacy_commune_slugs(gaz: Gazetteer) -> dict[tuple[str, str], tuple[int, ...]]:
    """(district code, commune slug) -> the indexes of the communes of before 2025 so
    spelled, built once per gazetteer."""
    if id(gaz) not in _LEGACY_COMMUNE_SLUGS:
        slugs: dict[tuple[str, str], tuple[int, ...]] = {}
        for index, unit in enumerate(gaz.units):
            if unit.era == LEGACY and unit.level == "commune" and unit.district_code:
                key = (unit.district_code, ascii_slug(unit.name))
                slugs[key] = (*slugs.get(key, ()), index)
        _LEGACY_COMMUNE_SLUGS[id(gaz)] = slugs
    return _LEGACY_COMMUNE_SLUGS[id(gaz)]


_COMMUNE_SLUGS: dict[int, dict[tuple[str, str], tuple[int, ...]]] = {}


def _commune_slugs(gaz: Gazetteer) -> dict[tuple[str, str], tuple[int, ...]]:
    """(province code, commune slug) -> the indexes of today's communes so spelled."""
    if id(gaz) not in _COMMUNE_SLUGS:
        slugs: dict[tuple[str, str], tuple[int, ...]] = {}
        for index, unit in enumerate(gaz.units):
            if unit.era == CURRENT and unit.level == "commune":
                key = (unit.province_code, ascii_slug(unit.name))
                slugs[key] = (*slugs.get(key, ()), index)
        _COMMUNE_SLUGS[id(gaz)] = slugs
    return _COMMUNE_SLUGS[id(gaz)]


def district_of_host(gaz: Gazetteer, host: str | None, province_code: str) -> str | None:
    """The legacy district of ``province_code`` whose portal ``host`` is
    ("dakglong.daknong.gov.vn", "huyendamha.vn"), when one label of the host
    spells exactly one district's name; else None."""
    if not host:
        return None
    slugs = _district_slugs(gaz)
    for label in host.lower().replace("-", "").split(".")[:-1]:
        for prefix in ("", *_DISTRICT_LABEL_PREFIXES):
            if label.startswith(prefix):
                spelled = label[len(prefix) :]
                for slug in (spelled, spelled[:-2] if spelled.endswith("tv") else None):
                    codes = slugs.get((province_code, slug), ())
                    if len(codes) == 1:
                        return codes[0]
    return None

