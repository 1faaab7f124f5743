"""The vn_admin_units component: which units an article names, and their codes."""

from __future__ import annotations

import re

import pytest

from extract.nlp import build_nlp, doc_for_page
from extract.normalize import normalize_text
from extract.page import Page
from extract.record import build_record

DONG_THAP = "https://baodongthap.vn/chinh-tri/a.aspx"
AN_GIANG = "https://baoangiang.com.vn/chinh-tri/a.html"
LAM_DONG = "https://baolamdong.vn/kinh-te/a.html"


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(("vn_admin_units",))


def analyse(nlp, text, url=None, published="2021-07-09T08:30:00+07:00", title=None):
    page = Page(url=url, title=normalize_text(title) if title else None,
                published=published, text=normalize_text(text))
    doc = doc_for_page(page, nlp)
    return doc, build_record(page, {"locations": list(doc._.locations)}, doc._.context.fields)


def units(nlp, text, **kwargs):
    """{(level, type, name): code} of the locations found."""
    _, record = analyse(nlp, text, **kwargs)
    return {(loc.level, loc.type, loc.name): loc.code for loc in record.locations}


# --- the seed ---------------------------------------------------------------------------


def test_seed_gives_exactly_the_three_gold_locations(seed_record):
    found = {(loc.level, loc.type, loc.name, loc.code) for loc in seed_record.locations}
    assert found == {
        ("province", "tỉnh", "Đồng Tháp", "87"),
        ("district", "huyện", "Cao Lãnh", "873"),
        ("commune", "xã", "Nhị Mỹ", "30097"),
    }


def test_seed_bare_title_name_is_the_district_the_article_is_about(seed_record):
    district = next(loc for loc in seed_record.locations if loc.level == "district")
    assert any(m.field == "title" and seed_record.mentioned(m) == "Cao Lãnh"
               for m in district.mentions)
    assert len(district.mentions) >= 4  # "Huyện ủy Cao Lãnh", "huyện Cao Lãnh", ...


def test_seed_location_details_follow_spec(seed_record):
    commune = next(loc for loc in seed_record.locations if loc.level == "commune")
    assert (commune.district, commune.district_code) == ("Cao Lãnh", "873")
    assert (commune.province, commune.province_code) == ("Đồng Tháp", "87")
    assert commune.lat == pytest.approx(10.49, abs=0.05)
    assert commune.current.name == "Mỹ Trà" and commune.current.code == "29888"
    assert commune.current.province_code == "82"
    for location in seed_record.locations:
        for m in location.mentions:
            assert location.name in seed_record.mentioned(m)


def test_seed_context_names_the_province_and_district(nlp, seed_text):
    from extract.page import page_from_text
    from tests.conftest import SEED_URL

    doc = doc_for_page(page_from_text(seed_text, SEED_URL), nlp)
    assert (doc._.context.province.name, doc._.context.province.code) == ("Đồng Tháp", "87")
    assert doc._.context.district.type == "huyện"
    assert doc._.context.district.code == "873"


# --- recognition -----------------------------------------------------------------------


def test_type_words_including_abbreviations_glued_to_the_name(nlp):
    found = units(nlp, "Đoàn làm việc tại TP.Cao Lãnh, TX.Hồng Ngự và huyện Tháp Mười, "
                       "tỉnh Đồng Tháp; sau đó về TP Hồ Chí Minh.", url=DONG_THAP)
    assert found[("district", "thành phố", "Cao Lãnh")] == "866"
    assert found[("district", "huyện", "Tháp Mười")] == "872"
    assert found[("province", "tỉnh", "Đồng Tháp")] == "87"
    assert found[("province", "thành phố", "Hồ Chí Minh")] == "79"
    # Hồng Ngự was a thị xã until 2020; the gazetteer has it as a thành phố.
    assert found[("district", "thị xã", "Hồng Ngự")] == "868"


def test_list_sharing_one_type_word_with_parent_in_parentheses(nlp):
    found = units(nlp, "Trong tháng 5, các xã: Mỹ Hội, Mỹ Hiệp, Phong Mỹ (Cao Lãnh) được "
                       "công nhận đạt chuẩn nông thôn mới.", url=DONG_THAP)
    assert found == {
        ("commune", "xã", "Mỹ Hội"): "30109",
        ("commune", "xã", "Mỹ Hiệp"): "30112",
        ("commune", "xã", "Phong Mỹ"): "30088",
        ("district", "huyện", "Cao Lãnh"): "873",
    }


def test_numbered_wards_listed_after_one_type_word(nlp):
    found = units(nlp, "Tình trạng xây dựng sai phép vẫn diễn ra tại Phường 4, 5, 7, 9, 10 "
                       "và 12 của thành phố Đà Lạt.", url=LAM_DONG, published="2024-05-14")
    wards = {name for (level, _, name) in found if level == "commune"}
    assert wards == {f"Phường {n}" for n in (4, 5, 7, 9, 10, 12)}
    assert found[("commune", "phường", "Phường 4")] == "24793"
    assert found[("district", "thành phố", "Đà Lạt")] == "672"


def test_units_inside_organization_names(nlp):
    found = units(nlp, "Huyện ủy Cao Lãnh, Đảng ủy xã Nhị Mỹ và UBND xã Phong Mỹ báo cáo "
                       "với Tỉnh ủy Đồng Tháp.", url=DONG_THAP)
    assert found == {
        ("district", "huyện", "Cao Lãnh"): "873",
        ("commune", "xã", "Nhị Mỹ"): "30097",
        ("commune", "xã", "Phong Mỹ"): "30088",
        ("province", "tỉnh", "Đồng Tháp"): "87",
    }


def test_office_words_without_a_name_are_no_location(nlp):
    assert units(nlp, "Thường trực Tỉnh ủy, Huyện ủy, UBND tỉnh và Thành ủy dự họp.",
                 url=DONG_THAP) == {}


def test_organization_title_then_person_name_keeps_only_the_unit(nlp):
    found = units(nlp, "Bí thư Huyện ủy Tân Yên Dương Minh Tiến chủ trì hội nghị.",
                  url="https://baobacgiang.vn/a.bbg")
    assert found == {("district", "huyện", "Tân Yên"): "216"}


def test_address_chain_picks_the_right_commune_among_namesakes(nlp):
    # Mỹ Hiệp is a commune of both Đồng Tháp and An Giang; the site says nothing here.
    found = units(nlp, "Ông A ở xã Mỹ Hiệp, huyện Chợ Mới, tỉnh An Giang.", url=None)
    assert found[("commune", "xã", "Mỹ Hiệp")] == "30652"


@pytest.mark.parametrize(("url", "code"), [(DONG_THAP, "30112"), (AN_GIANG, "30652")])
def test_source_site_decides_between_namesakes(nlp, url, code):
    assert units(nlp, "Xã Mỹ Hiệp đạt chuẩn nông thôn mới.", url=url) == {
        ("commune", "xã", "Mỹ Hiệp"): code
    }


def test_still_ambiguous_is_emitted_without_a_code(nlp):
    assert units(nlp, "Xã Mỹ Hiệp đạt chuẩn nông thôn mới.", url=None) == {
        ("commune", "xã", "Mỹ Hiệp"): None
    }


def test_bare_names_resolve_from_the_article(nlp):
    found = units(nlp, "Đến nay huyện Cao Lãnh có 15/17 xã đạt chuẩn; xã Mỹ Xương đạt 14/19. "
                       "Mỹ Xương phấn đấu về đích trong năm.",
                  url=DONG_THAP, title="Cao Lãnh về đích nông thôn mới")
    assert found == {("district", "huyện", "Cao Lãnh"): "873",
                     ("commune", "xã", "Mỹ Xương"): "30121"}


# --- not locations -----------------------------------------------------------------------


def test_rivers_hamlets_roads_regions_and_countries_are_not_units(nlp):
    text = ("Nông dân ở ấp Tân Hòa trồng xoài dọc sông Tiền và kênh Cao Lãnh, gần đường "
            "Lê Lợi; sản phẩm bán khắp miền Tây và xuất sang Campuchia, Trung Quốc. "
            "Hợp tác xã Mỹ Hiệp có 40 thành viên. Công tác an sinh xã hội được chú trọng.")
    assert units(nlp, text, url=DONG_THAP) == {}


def test_a_product_named_after_its_mountain_is_not_the_commune(nlp):
    text = "Các sản phẩm từ sâm Ngọc Linh, cà phê Arabica được du khách ưa chuộng."
    assert units(nlp, text, url="https://baokontum.com.vn/a.html") == {}


def test_temples_and_squares_named_like_wards_are_not_the_wards(nlp):
    text = "Du khách dâng hương tại đền Thiên Trường rồi dạo Quảng trường Ba Đình."
    assert units(nlp, text, url="https://hanoimoi.vn/a.html",
                 published="2025-10-08T22:15:00+07:00") == {}


def test_names_that_are_ordinary_words_or_given_names_need_context(nlp):
    text = ("Thanh niên Hòa Bình tham gia lễ ra quân. Ông Bình Minh, chị Thái Bình và anh "
            "Thống Nhất cho biết nhờ Đoàn Kết, Thắng Lợi mà Tân Tiến.")
    assert units(nlp, text, url=DONG_THAP) == {}


def test_a_given_name_is_a_unit_once_the_article_names_the_unit(nlp):
    found = units(nlp, "Thị xã Bình Minh có 8 xã, phường. Bình Minh phấn đấu lên thành phố.",
                  url="https://baovinhlong.com.vn/a.html")
    assert found == {("district", "thị xã", "Bình Minh"): "861"}


def test_person_names_are_not_units(nlp):
    text = "Ông Trần Văn Thời và bà Nguyễn Thị Kim Liên đến thăm. Đồng chí Cao Lãnh phát biểu."
    assert units(nlp, text, url=DONG_THAP) == {}


def test_one_syllable_names_never_count_bare_as_communes(nlp):
    # Vị Thanh has wards "Phường I" .. "Phường VII"; "quý I" is a quarter.
    found = units(nlp, "Quý I, thành phố Vị Thanh thu ngân sách đạt 30% dự toán.",
                  url="https://baohaugiang.com.vn/a.html")
    assert found == {("district", "thành phố", "Vị Thanh"): "930"}


# --- dates ---------------------------------------------------------------------------------


def test_article_after_the_2025_reorganisation_gets_current_units(nlp):
    found = units(nlp, "Chiều 5/8, UBND xã Mỹ Hiệp và phường Mỹ Trà, tỉnh Đồng Tháp làm việc "
                       "về vùng xoài của huyện Cao Lãnh (cũ).",
                  url=DONG_THAP, published="2025-08-06T09:00:00+07:00")
    assert found[("province", "tỉnh", "Đồng Tháp")] == "82"
    assert found[("commune", "phường", "Mỹ Trà")] == "29888"
    assert found[("commune", "xã", "Mỹ Hiệp")] == "30112"
    assert found[("district", "huyện", "Cao Lãnh")] is None  # a former unit: no code


def test_former_province_in_a_current_article_has_no_code(nlp):
    found = units(nlp, "Tỉnh Tiền Giang (cũ) và tỉnh Đồng Tháp đã hợp nhất.",
                  url=DONG_THAP, published="2025-09-01")
    assert found == {("province", "tỉnh", "Tiền Giang"): None,
                     ("province", "tỉnh", "Đồng Tháp"): "82"}


def test_undated_article_takes_its_year_from_the_text(nlp):
    before = units(nlp, "Năm 2019, tỉnh Đồng Tháp có 70 xã đạt chuẩn.", url=None,
                   published=None)
    after = units(nlp, "Năm 2026, tỉnh Đồng Tháp có 70 xã đạt chuẩn.", url=None,
                  published=None)
    assert before == {("province", "tỉnh", "Đồng Tháp"): "87"}
    assert after == {("province", "tỉnh", "Đồng Tháp"): "82"}


# --- output ---------------------------------------------------------------------------------


def test_every_mention_is_a_loc_entity_and_points_at_the_name(nlp):
    doc, record = analyse(nlp, "UBND huyện Cao Lãnh và TP.Cao Lãnh ký kết hợp tác.",
                          url=DONG_THAP)
    assert {e.text for e in doc.ents if e.label_ == "LOC"} == {"huyện Cao Lãnh", "TP.Cao Lãnh"}
    assert [len(loc.mentions) for loc in record.locations] == [1, 1]


def test_no_text_no_locations(nlp):
    doc, record = analyse(nlp, "", url=None, published=None)
    assert record.locations == [] and doc._.context.province is None


def test_other_spellings_and_former_names_of_units(nlp):
    found = units(nlp, "Đoàn của tỉnh Thừa Thiên Huế thăm xã Đăk Nhau (huyện Bù Đăng) và "
                       "huyện đảo Lý Sơn.", url=None)
    # In 2021 the province was still tỉnh Thừa Thiên Huế (thành phố Huế since 2025).
    assert found == {
        ("province", "tỉnh", "Thừa Thiên Huế"): "46",
        ("commune", "xã", "Đak Nhau"): "25399",
        ("district", "huyện", "Bù Đăng"): "696",
        ("district", "huyện", "Lý Sơn"): "536",
    }


def test_the_presidents_name_is_not_the_city(nlp):
    assert units(nlp, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
                      "kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.", url=DONG_THAP) == {}


def test_a_district_named_in_the_article_places_its_commune(nlp):
    # Đồng Tháp has a xã Tân Mỹ in Thanh Bình and another in Lấp Vò.
    text = ("Năm 2020, tỉnh Đồng Tháp có thêm 10 xã đạt chuẩn. Trong đó, huyện Lấp Vò có "
            "xã Tân Mỹ về đích sớm; huyện Tam Nông đạt kế hoạch.")
    assert units(nlp, text, url=DONG_THAP)[("commune", "xã", "Tân Mỹ")] == "30175"
    # Both districts named: the one written just before it in its sentence places it ...
    both = text.replace("huyện Tam Nông", "huyện Thanh Bình")
    assert units(nlp, both, url=DONG_THAP)[("commune", "xã", "Tân Mỹ")] == "30175"
    # ... and with neither in its sentence nor standing out, it stays uncoded.
    apart = ("Năm 2020, huyện Lấp Vò và huyện Thanh Bình đạt kế hoạch. Xã Tân Mỹ về đích "
             "sớm.")
    assert units(nlp, apart, url=DONG_THAP)[("commune", "xã", "Tân Mỹ")] is None


def test_upgraded_unit_found_without_site_context(nlp):
    found = units(nlp, "Năm 2019, thị xã Hồng Ngự có 3 xã đạt chuẩn.", url=None)
    assert found == {("district", "thị xã", "Hồng Ngự"): "868"}


def test_city_press_abbreviations_for_wards_and_urban_districts(nlp):
    found = units(nlp, "Cháy nhà ở P.Bến Thành, Q.1; tại P.4, Q.Tân Bình không có thiệt hại. "
                       "Ảnh do anh P.Hà cung cấp.", url="https://sggp.org.vn/a.html")
    assert found == {
        ("commune", "phường", "Bến Thành"): "26743",
        ("district", "quận", "Quận 1"): "760",
        ("commune", "phường", "Phường 4"): "26968",
        ("district", "quận", "Tân Bình"): "766",
    }


# --- lists without a type word per item; units the gazetteer lacks (issue 14) -----------

HA_TINH = "https://baohatinh.vn/nong-thon-moi/a.html"
LAO_CAI = "https://baolaocai.vn/nong-thon-moi/a.html"


def test_every_item_of_a_list_after_one_type_word_is_a_location(nlp):
    found = units(nlp, "UBND tỉnh vừa công nhận các xã Tân Thạnh, Phú Điền, Long Thuận và "
                       "Mỹ Quý đạt chuẩn nông thôn mới năm 2022.", url=DONG_THAP,
                  published="2022-12-20")
    communes = {name: code for (level, typ, name), code in found.items() if level == "commune"}
    assert set(communes) == {"Tân Thạnh", "Phú Điền", "Long Thuận", "Mỹ Quý"}
    assert all(code for code in communes.values())


def test_a_district_list_then_a_town_with_its_own_type_word(nlp):
    found = units(nlp, "Các huyện Đức Thọ, Can Lộc, Hương Sơn và thị xã Kỳ Anh về đích sớm.",
                  url=HA_TINH)
    assert found == {
        ("district", "huyện", "Đức Thọ"): "440",
        ("district", "huyện", "Can Lộc"): "443",
        ("district", "huyện", "Hương Sơn"): "439",
        ("district", "thị xã", "Kỳ Anh"): "449",
    }


def test_names_listed_after_gom_a_few_words_after_the_counted_type_word(nlp):
    found = units(nlp, "Đợt này tỉnh công nhận thêm 4 xã gồm: Nậm Mòn, Cốc Lầu (huyện Bắc Hà), "
                       "Tân Thượng (huyện Văn Bàn) và Xuân Thượng (huyện Bảo Yên).", url=LAO_CAI)
    communes = {name for (level, _, name) in found if level == "commune"}
    assert communes == {"Nậm Mòn", "Cốc Lầu", "Tân Thượng", "Xuân Thượng"}
    assert {name for (level, _, name) in found if level == "district"} == {
        "Bắc Hà", "Văn Bàn", "Bảo Yên"}


def test_a_list_broken_across_paragraphs_and_closed_by_a_parent(nlp):
    found = units(nlp, "Ba xã về đích năm nay là các xã Sơn Kim 1, Sơn Tây và\n\nSơn Lĩnh "
                       "(huyện Hương Sơn).", url=HA_TINH)
    assert {name for (level, _, name) in found if level == "commune"} == {
        "Sơn Kim 1", "Sơn Tây", "Sơn Lĩnh"}
    assert found[("commune", "xã", "Sơn Kim 1")] == "18196"


def test_a_numbered_unit_the_gazetteer_lacks_is_kept_without_a_code(nlp):
    found = units(nlp, "Hợp tác xã ở xã Phước Cát 1 thu hoạch lúa hữu cơ; xã Phước Cát 1 có "
                       "120 ha.", url=LAM_DONG, published="2019-04-02")
    assert found == {("commune", "xã", "Phước Cát 1"): None}  # never the thị trấn Phước Cát


def test_a_merged_district_is_no_namesake_of_another_level(nlp):
    # huyện Lộc Hà was merged into Thạch Hà before the package's snapshot, which keeps
    # only a thị trấn Lộc Hà: the district is a location without a code.
    found = units(nlp, "Bí thư Huyện ủy Lộc Hà Nguyễn Văn An làm việc với UBND huyện Lộc Hà.",
                  url=HA_TINH, published="2022-06-01")
    assert found == {("district", "huyện", "Lộc Hà"): None}


def test_a_title_then_a_persons_name_is_no_new_unit(nlp):
    assert units(nlp, "Chủ tịch UBND tỉnh Hồ Văn Mừng và Chủ tịch UBND xã Nguyễn Thị Hoa "
                      "dự lễ.", url=None) == {}
    assert units(nlp, "Xã Nông thôn mới kiểu mẫu là đích đến của các xã Anh hùng.",
                 url=None) == {}


def test_a_former_district_on_its_provinces_site_is_not_a_namesake_elsewhere(nlp):
    # Kỳ Sơn of Hòa Bình was merged in 2019; the gazetteer's Kỳ Sơn is in Nghệ An.
    found = units(nlp, "Năm 2019, huyện Kỳ Sơn phấn đấu có thêm 2 xã đạt chuẩn.",
                  url="https://baohoabinh.com.vn/kinh-te/a.htm", published="2019-08-27")
    assert found == {("district", "huyện", "Kỳ Sơn"): None}


def test_a_place_named_bare_inside_a_company_name_is_not_counted(nlp):
    # SPEC: units inside names of companies and schools are optional; a bare one is left out.
    found = units(nlp, "Công ty TNHH MTV Khai thác thủy lợi Ninh Thuận điều tiết nước cho "
                       "huyện Ninh Sơn.", url="https://baoninhthuan.com.vn/a.htm",
                  published="2024-04-02")
    assert found == {("district", "huyện", "Ninh Sơn"): "585"}


def test_letter_class_holds_exactly_its_letters():
    # the name patterns' classes are written as ranges; a range one too wide or
    # too short would quietly change which words count as capitalised
    from extract.nlp.units import letter_class

    for test in (str.isupper, str.islower):
        letters = [chr(c) for c in range(0x41, 0x1EFF) if chr(c).isalpha() and test(chr(c))]
        pattern = re.compile(f"[{letter_class(letters)}]")
        kept = set(letters)
        assert all(
            (pattern.fullmatch(chr(c)) is not None) == (chr(c) in kept) for c in range(0x2000)
        )
    assert letter_class("ABCDFxyz") == "A-DFx-z"


def test_an_undated_article_naming_units_that_exist_only_since_2025_takes_current_units(nlp):
    # nothing dates it; "phường Thành Vinh" and "phường Trường Vinh" are wards of 2025
    text = ("Chiều 25/8, gió mạnh làm gãy đổ nhiều cây xanh tại các phường Trường Vinh, "
            "Thành Vinh; một hộ ở xã Nghi Xuân (Hà Tĩnh) được đưa đến nơi an toàn.")
    found = units(nlp, text, url="https://baonghean.vn/thoi-su/a.html", published=None)
    assert found == {
        ("commune", "phường", "Trường Vinh"): "16690",
        ("commune", "phường", "Thành Vinh"): "16681",
        ("commune", "xã", "Nghi Xuân"): "18352",
        ("province", "tỉnh", "Hà Tĩnh"): "42",
    }
    # a district written as former is no sign of the years before
    text = ("Sáng 2/10, Đảng ủy xã Mỹ Thọ (huyện Cao Lãnh cũ) làm việc với các phường "
            "Trường Vinh, Thành Vinh.")
    found = units(nlp, text, url="https://baonghean.vn/thoi-su/a.html", published=None)
    assert found[("commune", "phường", "Thành Vinh")] == "16681"


def test_communes_and_wards_listed_after_one_colon_in_groups(nlp):
    """ "các xã, phường: A, B; C, ...": each name takes the type it has in the list's
    province, and the groups after ";" belong to the same list."""
    text = ("Lực lượng vũ trang giúp dân dọn bùn tại các xã, phường: Phú Lộc, Vinh Lộc; "
            "Kim Long, Phú Vang, Thuận Hoá; A Lưới 2, A Lưới 3.")
    found = units(nlp, text, url="https://baothuathienhue.vn/xa-hoi/a.html",
                  published="2025-11-03T09:00:00+07:00")
    assert found == {
        ("commune", "xã", "Phú Lộc"): "20107",
        ("commune", "xã", "Vinh Lộc"): "20122",
        ("commune", "phường", "Kim Long"): "19774",
        ("commune", "xã", "Phú Vang"): "19942",
        ("commune", "phường", "Thuận Hóa"): "19789",
        ("commune", "xã", "A Lưới 2"): "20044",
        ("commune", "xã", "A Lưới 3"): "20071",
    }


def test_a_listed_commune_the_gazetteer_lacks_is_not_cut_to_a_known_syllable(nlp):
    # "Thắng" is a commune's name elsewhere; "Thắng Quân", merged in 2020, is not in the
    # gazetteer. Read as "Thắng", it ended the list and lost the groups after it.
    text = ("Tỉnh trao bằng công nhận cho các xã Tứ Quận, Thắng Quân (Yên Sơn); Trung Hòa, "
            "Nhân Lý (Chiêm Hóa).")
    found = units(nlp, text, url="https://baotuyenquang.com.vn/xa-hoi/a.html",
                  published="2020-12-30T08:00:00+07:00")
    assert found == {
        ("commune", "xã", "Tứ Quận"): "02464",
        ("commune", "xã", "Thắng Quân"): None,
        ("district", "huyện", "Yên Sơn"): "075",
        ("commune", "xã", "Trung Hòa"): "02347",
        ("commune", "xã", "Nhân Lý"): "02362",
        ("district", "huyện", "Chiêm Hóa"): "073",
    }


def test_a_typed_city_after_a_list_of_counted_types_and_a_delegation_after_a_district(nlp):
    # "10 xã, thị trấn và TP.Tam Kỳ": the city keeps its type (no "các xã, phường:" head);
    # "huyện Núi Thành, Tổ Đại biểu ...": a delegation, not a second district
    text = ("Huyện Phú Ninh có 10 xã, thị trấn và TP.Tam Kỳ có 13 xã, phường. Tại xã Tam Mỹ "
            "Đông, huyện Núi Thành, Tổ Đại biểu HĐND tỉnh tiếp xúc cử tri.")
    found = units(nlp, text, url="https://baoquangnam.vn/thoi-su/a.html",
                  published="2018-01-23T08:00:00+07:00")
    assert found == {
        ("district", "huyện", "Phú Ninh"): "518",
        ("district", "thành phố", "Tam Kỳ"): "502",
        ("commune", "xã", "Tam Mỹ Đông"): "21005",
        ("district", "huyện", "Núi Thành"): "517",
    }


def test_a_bare_commune_name_after_2025_is_the_province_s_one_commune_of_that_name(nlp):
    """Since July 2025 communes hang off the province: "Tháp Mười, Tràm Chim" named bare in
    a Đồng Tháp article are its communes; in a 2021 article they are not (a commune
    counts bare only in the article's own district)."""
    text = "Các xã vùng trũng như Tháp Mười, Tràm Chim phải chủ động vận hành hệ thống bơm tiêu."
    after = units(nlp, text, url=DONG_THAP, published="2025-11-12T09:00:00+07:00")
    assert after[("commune", "xã", "Tràm Chim")] == "30001"
    assert after[("commune", "xã", "Tháp Mười")] == "30037"
    before = units(nlp, text, url=DONG_THAP)
    assert not any(level == "commune" for level, _, _ in before)


def test_a_list_type_word_covers_towns_and_communes_of_each_bracketed_district(nlp):
    """ "thị trấn Lộc Ninh, Lộc Thuận, Lộc Thành (huyện Lộc Ninh); Thiện Hưng, Thanh Hòa
    (huyện Bù Đốp)": the type word is the first name's; the others are the xã the
    gazetteer has in their district (or the ward), not towns nor dropped."""
    found = units(
        nlp,
        "Các xã có nguy cơ dịch ở cấp độ 3 gồm: thị trấn Lộc Ninh, Lộc Thuận, Lộc Thành "
        "(huyện Lộc Ninh); Thiện Hưng, Thanh Hòa (huyện Bù Đốp); Tiến Thành, Tiến Hưng "
        "(Đồng Xoài).",
        url="https://binhphuoc.gov.vn/x", published="2021-12-09T07:43:00+07:00",
    )
    communes = {key: code for key, code in found.items() if key[0] == "commune"}
    assert communes == {
        ("commune", "thị trấn", "Lộc Ninh"): "25270",
        ("commune", "xã", "Lộc Thuận"): "25288",
        ("commune", "xã", "Lộc Thành"): "25294",
        ("commune", "xã", "Thiện Hưng"): "25312",
        ("commune", "xã", "Thanh Hòa"): "25315",
        ("commune", "phường", "Tiến Thành"): "25210",
        ("commune", "xã", "Tiến Hưng"): "25213",
    }


def test_a_list_of_units_ends_where_a_longer_name_runs_on(nlp):
    text = ("Công an huyện Văn Lãng và Đồn Biên phòng Tân Thanh triệt phá đường dây; các xã "
            "Hoàng Việt, Tân Mỹ và Tân Thanh đang rà soát.")
    found = units(nlp, text, url="https://baolangson.vn/a.html")
    assert ("district", "huyện", "Văn Lãng") in found
    assert not any(name == "Đồn Biên" for _, _, name in found)
    assert ("commune", "xã", "Tân Thanh") in found


def test_a_road_end_in_the_title_is_not_the_district_the_article_is_about(nlp):
    """ "cao tốc Vạn Ninh – Cam Lộ" names a road; a district portal's bare "huyện" is
    its own district's."""
    doc, _ = analyse(
        nlp,
        "UBND huyện Gio Linh làm việc với các đơn vị về tồn tại sau giải phóng mặt bằng. "
        "Chủ tịch UBND huyện đề nghị hoàn thành trước ngày 30/4.",
        url="https://giolinh.quangtri.gov.vn/vi/news/a-18472.html",
        published="2025-03-14T08:00:00+07:00",
        title="Tháo gỡ tồn tại sau giải phóng mặt bằng cao tốc Vạn Ninh – Cam Lộ trên địa bàn "
        "huyện",
    )
    assert doc._.context.district.name == "Gio Linh"


def test_wards_numbered_in_roman_figures_keep_the_word(nlp):
    found = units(nlp, "Phường I, Phường III và Phường VII của thành phố Vị Thanh họp.",
                  url="https://baohaugiang.com.vn/a.html", published="2024-05-14")
    assert found[("commune", "phường", "Phường VII")] == "31330"
    assert ("commune", "phường", "Phường I") in found


def test_a_new_commune_named_after_the_town_it_absorbs_is_not_that_town(nlp):
    # May 2025: "xã Chợ Rã (mới)" does not exist yet; "thị trấn Chợ Rã" does
    found = units(
        nlp,
        "Huyện Ba Bể, tỉnh Bắc Kạn dự kiến sắp xếp các xã. Trong đó, xã Chợ Rã (mới) được "
        "thành lập trên cơ sở thị trấn Chợ Rã và các xã Thượng Giáo, Địa Linh.",
        published="2025-05-21T15:08:33+07:00",
    )
    assert found[("commune", "thị trấn", "Chợ Rã")] == "01888"
    assert found[("commune", "xã", "Chợ Rã")] is None


def test_numbered_communes_listed_by_their_numbers_alone(nlp):
    found = units(nlp, "Tỉnh ủy chỉ đạo các xã Tân Phước 1, 2 và 3 rà soát hồ sơ nông thôn mới.",
                  url="https://baodongthap.vn/chinh-tri/a.aspx", published="2025-10-02")
    assert [found.get(("commune", "xã", f"Tân Phước {n}")) for n in (1, 2, 3)] == [
        "28321", "28327", "28345"
    ]
