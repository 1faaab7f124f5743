"""The compiled gazetteer and the site table behind vn_admin_units."""

from __future__ import annotations

import time

import pytest

from extract.nlp.gazetteer import (
    CURRENT,
    LEGACY,
    build_gazetteer,
    load_gazetteer,
    name_key,
    site_of,
    sites,
)


def count(gaz, era, level):
    return sum(1 for u in gaz.units if u.era == era and u.level == level)


def test_both_eras_are_complete():
    gaz = load_gazetteer()
    assert count(gaz, LEGACY, "province") == 63
    assert count(gaz, CURRENT, "province") == 34
    assert count(gaz, LEGACY, "district") > 690
    assert count(gaz, LEGACY, "commune") > 10_000
    assert count(gaz, CURRENT, "commune") > 3_300


def test_names_are_short_names_and_numbered_wards_keep_the_word():
    gaz = load_gazetteer()
    cao_lanh = {(u.type, u.code) for u in map(gaz.units.__getitem__, gaz.named("cao lãnh"))
                if u.era == LEGACY}
    assert cao_lanh == {("huyện", "873"), ("thành phố", "866")}
    ward = gaz.find(LEGACY, "commune", "24793")
    assert (ward.name, ward.type, ward.district) == ("Phường 4", "phường", "Đà Lạt")
    ward = gaz.find(LEGACY, "commune", "31330")  # numbered in Roman figures, in Vị Thanh
    assert (ward.name, ward.type, ward.district) == ("Phường VII", "phường", "Vị Thanh")


def test_legacy_units_know_the_unit_that_holds_them_today():
    gaz = load_gazetteer()
    nhi_my = gaz.find(LEGACY, "commune", "30097")
    assert gaz.units[nhi_my.current].code == "29888"  # phường Mỹ Trà
    tien_giang = gaz.find(LEGACY, "province", "82")
    assert gaz.units[tien_giang.current].name == "Đồng Tháp"
    assert gaz.find(LEGACY, "district", "873").current is None  # districts are gone


def test_aliases_and_spelling_variants():
    gaz = load_gazetteer()
    for alias in ("Thừa Thiên Huế", "TP.HCM", "Đăk Lăk", "Bà Rịa-Vũng Tàu"):
        assert gaz.named(name_key(alias)), alias


def test_cached_gazetteer_loads_fast_and_equals_a_fresh_build():
    load_gazetteer()  # make sure the cache file exists
    load_gazetteer.cache_clear()
    start = time.perf_counter()
    gaz = load_gazetteer()
    assert time.perf_counter() - start < 1.0
    fresh = build_gazetteer()
    assert gaz.units == fresh.units and gaz.by_name == fresh.by_name


def test_every_old_province_has_a_site_and_subdomains_match():
    assert {s.legacy_province for s in sites().values()} >= {
        u.name for u in load_gazetteer().units if u.era == LEGACY and u.level == "province"
    }
    assert site_of("baodongthap.vn").legacy_code == "87"
    assert site_of("www.sonnmt.dongthap.gov.vn").current_code == "82"
    assert site_of("baoapbac.vn").current_province == "Đồng Tháp"
    assert site_of("example.com") is None and site_of(None) is None


@pytest.mark.parametrize(
    ("host", "province"),
    [
        ("tinhuybinhphuoc.vn", "Bình Phước"),  # the party's site
        ("thainguyentv.vn", "Thái Nguyên"),  # the provincial television
        ("tuyphong.binhthuan.dcs.vn", "Bình Thuận"),  # a district's party portal
        ("baria-vungtau.dcs.vn", "Bà Rịa - Vũng Tàu"),
        ("nongthonmoihatinh.vn", "Hà Tĩnh"),
    ],
)
def test_an_unlisted_site_naming_its_province_belongs_to_it(host, province):
    assert site_of(host).legacy_province == province


@pytest.mark.parametrize(
    "host", ["vietnam.vn", "laodong.vn", "thanhnien.vn", "baodantoc.vn", "nongnghiep.vn"]
)
def test_national_outlets_name_no_province(host):
    assert site_of(host) is None


def test_an_unreadable_cache_file_is_rebuilt(tmp_path, monkeypatch):
    from extract.nlp.gazetteer import cache_path

    monkeypatch.setenv("VNEXTRACT_CACHE", str(tmp_path))
    cache_path().write_bytes(b"\x80\x04not a pickle")
    load_gazetteer.cache_clear()
    try:
        gaz = load_gazetteer()
        assert len(gaz.units) > 14_000
        load_gazetteer.cache_clear()
        assert load_gazetteer().units == gaz.units  # read back from the rewritten file
    finally:
        load_gazetteer.cache_clear()


@pytest.mark.parametrize(
    ("published", "text", "era"),
    [
        ("2025-07-01T08:00:00+07:00", "", "current"),
        ("2025-06-30T08:00:00+07:00", "", "legacy"),
        (None, "Ngày 20/8/2025, Thủ tướng làm việc với tỉnh.", "current"),
        (None, "Ngày 12/3/2025, huyện Cao Lãnh tổ chức hội nghị năm 2025.", "legacy"),
        (None, "Năm 2025, huyện phấn đấu có thêm 3 xã đạt chuẩn.", None),
        (None, "Năm 2023, huyện có 12/17 xã đạt chuẩn.", "legacy"),
        # a term's years do not date the article
        (None, "Ngày 28/4, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 họp bàn sắp xếp.", None),
        # a day without its year dates an article whose only year is 2025
        (None, "Ngày 07/11, đoàn kiểm tra đê bao vụ thu đông 2025.", "current"),
        (None, "Chiều 1-7, đoàn làm việc với tỉnh 2022; mục tiêu đến năm 2025.", None),
        # no year, but words only an article after the reorganisation writes
        (None, "Sáng 3/11, xã Mỹ Quý (huyện Tháp Mười, tỉnh Đồng Tháp cũ) họp.", "current"),
        (None, "Chiều 12/10, đặc khu Côn Đảo triển khai phương án ứng phó bão.", "current"),
        (None, "Sau 3 tháng vận hành chính quyền địa phương hai cấp, xã đã ổn định.", "current"),
        # but a day of 2025 before July dates it first: the plan, not the new units
        (None, "Ngày 5/6, tỉnh bàn phương án chính quyền địa phương hai cấp năm 2025.", "legacy"),
    ],
)
def test_the_era_of_an_article_by_its_date_or_else_its_text(published, text, era):
    from extract.nlp.units import era_of

    assert era_of(published, text) == era


@pytest.mark.parametrize(
    ("host", "province", "district"),
    [
        ("thapmuoi.dongthap.gov.vn", "87", "Tháp Mười"),
        ("tranvanthoi.camau.dcs.vn", "96", "Trần Văn Thời"),
        ("huyendamha.vn", "22", "Đầm Hà"),
        ("caolanh.dongthap.gov.vn", "87", None),  # the district and the city of Cao Lãnh
        ("camau.gov.vn", "96", None),  # the province's portal, not its capital city's
        ("www.dongthap.gov.vn", "87", None),
    ],
)
def test_a_district_portal_names_its_district(host, province, district):
    from extract.nlp.gazetteer import district_of_host, load_gazetteer

    gaz = load_gazetteer()
    code = district_of_host(gaz, host, province)
    assert (gaz.find("legacy", "district", code).name if code else None) == district
