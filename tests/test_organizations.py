"""vn_organizations: canonical names, implied units, coordination, generic plurals."""

from __future__ import annotations

import pytest

import extract
from extract.nlp.pipeline import build_nlp
from extract.normalize import normalize_text
from extract.record import Location

PROVINCES = {
    "Đồng Tháp": Location("Đồng Tháp", "tỉnh", "province"),
    "Bắc Giang": Location("Bắc Giang", "tỉnh", "province"),
    "Tây Ninh": Location("Tây Ninh", "tỉnh", "province"),
    "Cần Thơ": Location("Cần Thơ", "thành phố", "province"),
    "Thanh Hóa": Location("Thanh Hóa", "tỉnh", "province"),
    "Hà Tĩnh": Location("Hà Tĩnh", "tỉnh", "province"),
}


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(("vn_organizations",))


def analyse(nlp, text, province=None, district=None):
    """Run the component over ``text`` with the article context set by hand."""
    doc = nlp.make_doc(normalize_text(text))
    doc._.context.province = PROVINCES.get(province)
    if district:
        doc._.context.district = Location(district[1], district[0], "district")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def names(doc):
    return [o.name for o in doc._.organizations]


def test_implied_province_is_added(nlp):
    doc = analyse(nlp, "Hồ sơ đã trình UBND tỉnh thẩm định.", province="Đồng Tháp")
    assert names(doc) == ["Ủy ban nhân dân tỉnh Đồng Tháp"]
    [org] = doc._.organizations
    assert [doc.text[m.start : m.end] for m in org.mentions] == ["UBND tỉnh"]


def test_party_committee_takes_the_district_of_the_article(nlp):
    doc = analyse(
        nlp,
        "Huyện ủy đã chỉ đạo sát sao. Huyện uỷ cũng kiểm tra.",
        province="Đồng Tháp",
        district=("huyện", "Cao Lãnh"),
    )
    assert names(doc) == ["Huyện ủy Cao Lãnh"]
    assert len(doc._.organizations[0].mentions) == 2


def test_department_is_named_in_full_with_its_province(nlp):
    doc = analyse(nlp, "Giám đốc Sở Công Thương cho biết thêm.", province="Bắc Giang")
    assert names(doc) == ["Sở Công Thương tỉnh Bắc Giang"]
    doc = analyse(nlp, "Sở NN&PTNT chủ trì thực hiện.", province="Bắc Giang")
    assert names(doc) == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang"]


def test_land_registry_offices_and_the_youth_union(nlp):
    doc = analyse(
        nlp,
        "Hồ sơ được chuyển đến Văn phòng Đăng ký đất đai tỉnh; Chi nhánh Văn phòng đăng ký "
        "đất đai huyện Hoằng Hóa phối hợp với Đoàn Thanh niên xã Hoằng Lộc.",
        province="Thanh Hóa",
    )
    assert names(doc) == [
        "Văn phòng Đăng ký đất đai tỉnh Thanh Hóa",
        "Chi nhánh Văn phòng Đăng ký đất đai huyện Hoằng Hóa",
        "Đoàn Thanh niên xã Hoằng Lộc",
    ]


def test_health_stations_traffic_police_and_the_road_safety_board(nlp):
    doc = analyse(
        nlp,
        "Ban An toàn giao thông tỉnh phối hợp với Phòng Cảnh sát giao thông Công an tỉnh; "
        "Trường Tiểu học Mỹ Hòa và Trạm Y tế xã Mỹ Hòa tham gia.",
        province="Đồng Tháp",
    )
    assert names(doc) == [
        "Ban An toàn giao thông tỉnh Đồng Tháp",
        "Phòng Cảnh sát giao thông Công an tỉnh Đồng Tháp",
        "Trường Tiểu học Mỹ Hòa",
        "Trạm Y tế xã Mỹ Hòa",
    ]


def test_department_of_a_centrally_run_city(nlp):
    doc = analyse(nlp, "Sở Kế hoạch và Đầu tư tham mưu.", province="Cần Thơ")
    assert names(doc) == ["Sở Kế hoạch và Đầu tư thành phố Cần Thơ"]


def test_explicit_unit_wins_and_abbreviations_are_expanded(nlp):
    doc = analyse(
        nlp, "Đại diện HĐND tỉnh An Giang và UBND TP.Cao Lãnh dự họp.", province="Đồng Tháp"
    )
    assert names(doc) == ["Hội đồng nhân dân tỉnh An Giang", "Ủy ban nhân dân thành phố Cao Lãnh"]


def test_board_of_a_party_committee(nlp):
    doc = analyse(nlp, "Trưởng Ban Dân vận Tỉnh ủy Tây Ninh phát biểu.")
    assert "Ban Dân vận Tỉnh ủy Tây Ninh" in names(doc)


def test_elliptical_standing_committee_takes_the_body_of_the_next_title(nlp):
    doc = analyse(
        nlp, "Dự họp có bà Lê Thị Hoa, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Tây Ninh."
    )
    assert names(doc) == ["Ban Thường vụ Tỉnh ủy Tây Ninh", "Ban Tổ chức Tỉnh ủy Tây Ninh"]


def test_left_coordination_shares_the_unit(nlp):
    doc = analyse(nlp, "Đoàn làm việc với Đảng ủy, UBND xã Nhị Mỹ về kinh tế.")
    assert names(doc) == ["Đảng ủy xã Nhị Mỹ", "Ủy ban nhân dân xã Nhị Mỹ"]


def test_a_bare_body_before_an_acting_post_takes_its_unit(nlp):
    doc = analyse(nlp, "Đồng chí Lý Sa Quênh, Phó Bí thư Đảng ủy, Quyền Chủ tịch UBND xã "
                       "An Lạc Thôn báo cáo.")
    assert names(doc) == ["Đảng ủy xã An Lạc Thôn", "Ủy ban nhân dân xã An Lạc Thôn"]


def test_a_commune_whose_name_ends_in_a_number(nlp):
    doc = analyse(nlp, "Đảng ủy xã Sơn Kim 1 và UBND các xã Sơn Kim 1, Sơn Kim 2 họp bàn.",
                  province="Hà Tĩnh")
    assert names(doc) == [
        "Đảng ủy xã Sơn Kim 1", "Ủy ban nhân dân xã Sơn Kim 1", "Ủy ban nhân dân xã Sơn Kim 2"
    ]


def test_a_ward_named_like_an_alias_of_its_city_keeps_its_own_name(nlp):
    doc = analyse(nlp, "UBND phường Sài Gòn và Công an phường Sài Gòn ra quân; UBND TP Sài Gòn "
                       "chỉ đạo.")
    assert names(doc) == [
        "Ủy ban nhân dân phường Sài Gòn", "Công an phường Sài Gòn",
        "Ủy ban nhân dân thành phố Hồ Chí Minh",
    ]


def test_listed_units_make_one_body_each(nlp):
    doc = analyse(nlp, "UBND các xã Mỹ Hội, Mỹ Hiệp và Phong Mỹ đã hoàn thành.")
    assert names(doc) == [
        "Ủy ban nhân dân xã Mỹ Hội",
        "Ủy ban nhân dân xã Mỹ Hiệp",
        "Ủy ban nhân dân xã Phong Mỹ",
    ]
    doc = analyse(nlp, "Chỉ đạo UBND huyện U Minh, huyện Trần Văn Thời trữ nước.")
    assert names(doc) == ["Ủy ban nhân dân huyện U Minh", "Ủy ban nhân dân huyện Trần Văn Thời"]


def test_generic_plurals_are_not_organizations(nlp):
    text = (
        "UBND các xã, thị trấn và các sở, ngành cần phối hợp; cấp ủy các cấp quan tâm. "
        "Chủ tịch UBND các huyện, thị xã, thành phố chỉ đạo."
    )
    assert names(analyse(nlp, text, province="Đồng Tháp")) == []


def test_levels_are_not_bodies(nlp):
    doc = analyse(
        nlp, "UBND tỉnh giao UBND cấp xã và HĐND các cấp thực hiện.", province="Đồng Tháp"
    )
    assert names(doc) == ["Ủy ban nhân dân tỉnh Đồng Tháp"]
    assert [doc.text[m.start : m.end] for m in doc._.organizations[0].mentions] == ["UBND tỉnh"]


def test_document_numbers_are_not_mentions(nlp):
    text = "Theo Chỉ thị số 08/CT-UBND và Nghị quyết số 18-NQ/TW, việc này được làm ngay."
    assert names(analyse(nlp, text, province="Đồng Tháp")) == []


def test_a_body_with_no_unit_takes_the_one_the_article_names(nlp):
    doc = analyse(nlp, "HĐND tỉnh Tây Ninh khai mạc kỳ họp. Thường trực HĐND giám sát.")
    assert names(doc) == [
        "Hội đồng nhân dân tỉnh Tây Ninh",
        "Thường trực Hội đồng nhân dân tỉnh Tây Ninh",
    ]


def test_commune_body_takes_the_commune_just_named(nlp):
    nlp_units = build_nlp(("vn_admin_units", "vn_organizations"))
    text = "Tại xã Nhị Mỹ, ông Trần Văn Bình, Chủ tịch UBND xã cho biết thêm."
    doc = analyse(nlp_units, text, province="Đồng Tháp", district=("huyện", "Cao Lãnh"))
    assert "Ủy ban nhân dân xã Nhị Mỹ" in names(doc)


def test_without_context_the_bare_form_stays(nlp):
    doc = analyse(nlp, "UBND tỉnh đã ban hành kế hoạch.")
    assert names(doc) == ["Ủy ban nhân dân tỉnh"]


def test_org_entities_are_on_the_doc(nlp):
    doc = analyse(nlp, "Sở Tài chính phối hợp với Huyện ủy Cao Lãnh.", province="Đồng Tháp")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Sở Tài chính", "ORG"),
        ("Huyện ủy Cao Lãnh", "ORG"),
    ]


def test_seed_organizations(seed_record):
    found = {o.name for o in seed_record.organizations}
    for name in (
        "Ban Chấp hành Đảng bộ huyện Cao Lãnh",
        "Ban Thường vụ Huyện ủy Cao Lãnh",
        "Huyện ủy Cao Lãnh",
        "Tỉnh ủy Đồng Tháp",
        "Đảng ủy xã Nhị Mỹ",
        "Ủy ban nhân dân tỉnh Đồng Tháp",
    ):
        assert name in found
    assert not {"Hội đồng nhân dân", "Đoàn công tác", "Cấp ủy"} & found
    for org in seed_record.organizations:
        for m in org.mentions:
            assert seed_record.mentioned(m)


def test_a_unit_passes_left_along_a_list_of_bodies(nlp):
    doc = analyse(
        nlp, "Đại diện Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh dự lễ.", province="Đồng Tháp"
    )
    assert names(doc) == [
        "Tỉnh ủy Đồng Tháp",
        "Hội đồng nhân dân tỉnh Đồng Tháp",
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp",
    ]
    doc = analyse(nlp, "Đảng ủy, UBND các xã, thị trấn cần vào cuộc.", province="Đồng Tháp")
    assert names(doc) == []


def test_parent_unit_written_after_is_not_part_of_the_name(nlp):
    doc = analyse(
        nlp,
        "Chủ tịch UBND xã Tân Phú, huyện Châu Thành phát biểu; Đảng ủy xã Mỹ "
        "Hiệp (Cao Lãnh) báo cáo.",
        province="Đồng Tháp",
    )
    assert names(doc) == ["Ủy ban nhân dân xã Tân Phú", "Đảng ủy xã Mỹ Hiệp"]


def test_a_city_and_its_province_are_one_body(nlp):
    doc = analyse(
        nlp, "UBND thành phố Cao Lãnh, tỉnh Đồng Tháp và UBND huyện Cao Lãnh, TP. Sa Đéc ký kết."
    )
    assert names(doc) == [
        "Ủy ban nhân dân thành phố Cao Lãnh",
        "Ủy ban nhân dân huyện Cao Lãnh",
        "Ủy ban nhân dân thành phố Sa Đéc",
    ]


# --- organizations beyond the state and party core (issue 14) -----------------------------


PROVINCES["Trà Vinh"] = Location("Trà Vinh", "tỉnh", "province")
PROVINCES["Sóc Trăng"] = Location("Sóc Trăng", "tỉnh", "province")


def test_enterprises_schools_hospitals_and_associations(nlp):
    doc = analyse(
        nlp,
        "Hỗ trợ có Công ty TNHH MTV Xổ số kiến thiết Trà Vinh, Công ty Cổ phần Dược phẩm Cửu "
        "Long, Tổng Công ty Điện lực miền Nam, Tập đoàn Lộc Trời, Trường THPT Cầu Ngang A, "
        "Trường Tiểu học Hiệp Mỹ Tây, Bệnh viện Đa khoa tỉnh Trà Vinh, Hội Người cao tuổi "
        "tỉnh, Liên minh Hợp tác xã Việt Nam, Báo Trà Vinh và Đoàn Thanh niên Cộng sản Hồ Chí "
        "Minh tỉnh Trà Vinh.",
        province="Trà Vinh",
    )
    assert names(doc) == [
        "Công ty TNHH MTV Xổ số kiến thiết Trà Vinh",
        "Công ty Cổ phần Dược phẩm Cửu Long",
        "Tổng Công ty Điện lực miền Nam",
        "Tập đoàn Lộc Trời",
        "Trường THPT Cầu Ngang A",
        "Trường Tiểu học Hiệp Mỹ Tây",
        "Bệnh viện Đa khoa tỉnh Trà Vinh",
        "Hội Người cao tuổi tỉnh Trà Vinh",
        "Liên minh Hợp tác xã Việt Nam",
        "Báo Trà Vinh",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Trà Vinh",
    ]


def test_a_long_board_name_ends_where_the_name_ends(nlp):
    doc = analyse(
        nlp,
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Trà Vinh giai đoạn 2021 - 2025 "
        "họp phiên thứ ba. Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh cũng "
        "báo cáo.",
        province="Trà Vinh",
    )
    assert names(doc) == [
        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Trà Vinh giai đoạn 2021 - 2025",
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Trà Vinh",
    ]


def test_a_free_running_name_stops_at_the_next_body_a_verb_or_a_person(nlp):
    doc = analyse(
        nlp,
        "Trường THCS Long Sơn và Bệnh viện Đa khoa khu vực Cầu Ngang đã nhận quà. Giám đốc "
        "Công ty TNHH Sông Chu Nguyễn Văn Tám cho biết Báo Trà Vinh đưa tin về việc này.",
        province="Trà Vinh",
    )
    assert names(doc) == [
        "Trường THCS Long Sơn",
        "Bệnh viện Đa khoa khu vực Cầu Ngang",
        "Công ty TNHH Sông Chu",
        "Báo Trà Vinh",
    ]


def test_generic_heads_name_no_body(nlp):
    doc = analyse(nlp, "Hội nghị bàn việc Công ty TNHH trên địa bàn; Trung tâm này mở cửa. "
                       "Trường hợp khó khăn được Ngân hàng cho vay.", province="Trà Vinh")
    assert names(doc) == []


def test_national_bodies_are_listed(nlp):
    doc = analyse(
        nlp,
        "Thực hiện kết luận của Bộ Chính trị, Ban Chấp hành Trung ương Đảng và Quốc hội, Ủy "
        "ban Kinh tế của Quốc hội, Tòa án nhân dân tối cao, Văn phòng Điều phối nông thôn mới "
        "Trung ương cùng Hội đồng thẩm định cấp tỉnh đã làm việc.",
        province="Trà Vinh",
    )
    assert names(doc) == [
        "Bộ Chính trị",
        "Ban Chấp hành Trung ương Đảng",
        "Quốc hội",
        "Ủy ban Kinh tế của Quốc hội",
        "Tòa án nhân dân tối cao",
        "Văn phòng Điều phối nông thôn mới Trung ương",
        "Hội đồng thẩm định cấp tỉnh Trà Vinh",  # the implied unit added, as for Tỉnh ủy
    ]


def test_standing_deputy_prime_minister_is_no_body(nlp):
    doc = analyse(nlp, "Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình ký quyết định.")
    assert "Thường trực Chính phủ" not in names(doc)


def test_a_provincial_agency_written_alone_is_the_provinces(nlp):
    doc = analyse(nlp, "Chi cục Thủy sản, Chi cục Chăn nuôi và Thú y cùng dự họp.",
                  province="Sóc Trăng")
    assert names(doc) == ["Chi cục Thủy sản tỉnh Sóc Trăng",
                          "Chi cục Chăn nuôi và Thú y tỉnh Sóc Trăng"]


def test_a_branch_keeps_its_place(nlp):
    doc = analyse(nlp, "Ngân hàng Chính sách xã hội chi nhánh tỉnh Trà Vinh giải ngân 20 tỷ.",
                  province="Trà Vinh")
    assert names(doc) == ["Ngân hàng Chính sách xã hội chi nhánh tỉnh Trà Vinh"]


def test_a_branch_of_the_province_written_short_and_district_stations(nlp):
    """ "chi nhánh tỉnh" is the article's province's branch, and "chi nhánh Trà Vinh" the
    same body; a district's farming, extension and veterinary stations are bodies."""
    doc = analyse(nlp, "Ngân hàng Chính sách xã hội chi nhánh tỉnh và Agribank chi nhánh "
                       "huyện Càng Long giải ngân 20 tỷ; Ngân hàng Chính sách xã hội chi nhánh "
                       "Trà Vinh cho biết Trạm Khuyến nông huyện Càng Long và Trạm Trồng trọt và "
                       "Bảo vệ thực vật huyện Càng Long cùng tham gia.", province="Trà Vinh")
    assert names(doc) == [
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Trà Vinh",
        "Agribank chi nhánh huyện Càng Long",
        "Trạm Khuyến nông huyện Càng Long",
        "Trạm Trồng trọt và Bảo vệ thực vật huyện Càng Long",
    ]


def test_units_the_gazetteer_lacks_are_written_in_the_body_name(nlp):
    doc = analyse(
        nlp,
        "Huyện ủy Lộc Hà và UBND huyện Lộc Hà chỉ đạo; UBND các xã Vị Thủy, Vĩnh Tường và Vị "
        "Thanh 1 báo cáo.",
        province="Đồng Tháp",
        district=("huyện", "Cao Lãnh"),
    )
    assert names(doc) == [
        "Huyện ủy Lộc Hà",
        "Ủy ban nhân dân huyện Lộc Hà",
        "Ủy ban nhân dân xã Vị Thủy",
        "Ủy ban nhân dân xã Vĩnh Tường",
        "Ủy ban nhân dân xã Vị Thanh 1",
    ]


def test_a_body_keeps_the_name_of_its_time(nlp):
    doc = analyse(nlp, "UBND tỉnh Thừa Thiên Huế gửi công văn.")
    assert names(doc) == ["Ủy ban nhân dân tỉnh Thừa Thiên Huế"]


def test_the_party_delegation_of_a_people_s_committee():
    from extract import from_text

    found = from_text(
        "Chiều 5/5/2021, theo chỉ đạo của Thường trực Tỉnh ủy, Ban Cán sự Đảng UBND tỉnh đã "
        "giao các sở, ngành xử lý các điểm khai thác cát trái phép.",
        url="https://baobinhdinh.vn/a.htm",
    )
    assert "Ban Cán sự Đảng Ủy ban nhân dân tỉnh Bình Định" in {o.name for o in found.organizations}


def test_the_committee_of_ho_chi_minh_city_and_the_dike_department():
    from extract import from_text

    found = from_text(
        "Ngày 20/11/2025, theo Cục Quản lý đê điều và Phòng, chống thiên tai, mưa lũ làm 20 người "
        "chết. Đồng chí Lê Thị Thu, Ủy viên Ban Thường vụ Thành ủy TP.HCM, dự buổi làm việc.",
        url="https://sggp.org.vn/a.htm",
    )
    assert {"Cục Quản lý đê điều và Phòng, chống thiên tai",
            "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh"} <= {o.name for o in found.organizations}


def test_departments_written_with_a_small_head_letter(nlp):
    """ "phòng Giáo dục và Đào tạo": the head in small letters before a department's
    capitalised name is that department; "phòng" and "sở" alone stay common words."""
    doc = analyse(
        nlp,
        "Hội nghị nghe lãnh đạo phòng Kinh tế - Hạ tầng, phòng Giáo dục và Đào tạo báo cáo; "
        "sở Tài chính thẩm định. Phòng họp trực tuyến được kết nối tới các xã, phòng chống "
        "dịch được chú trọng.",
        province="Đồng Tháp",
        district=("huyện", "Tháp Mười"),
    )
    assert names(doc) == [
        "Phòng Kinh tế - Hạ tầng huyện Tháp Mười",
        "Phòng Giáo dục và Đào tạo huyện Tháp Mười",
        "Sở Tài chính tỉnh Đồng Tháp",
    ]


def test_culture_sports_and_tourism_abbreviated_with_dashes(nlp):
    doc = analyse(nlp, "Giám đốc Sở VH-TT-DL kiểm tra di tích.", province="Đồng Tháp")
    assert names(doc) == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp"]


def test_a_department_followed_by_a_name_shared_by_province_and_city_is_the_province_s(nlp):
    # Cà Mau is a province and was its capital city: a Sở belongs to the province
    doc = analyse(nlp, "Đại diện Sở Tài chính Cà Mau báo cáo.", province="Đồng Tháp")
    assert names(doc) == ["Sở Tài chính tỉnh Cà Mau"]


def test_a_board_named_by_its_subject_alone_is_the_board_of_the_unit_before_it(nlp):
    """ "UBND xã Mỹ Hiệp họp Ban chỉ đạo phòng chống thiên tai": that commune's board; a
    board with no subject ("Ban Chỉ đạo chủ trì hội nghị") names none."""
    doc = analyse(
        nlp,
        "Chiều 3/10, UBND xã Mỹ Hiệp họp Ban chỉ đạo phòng chống thiên tai để triển khai "
        "phương án. Trưởng Ban Chỉ đạo chủ trì hội nghị.",
        province="Đồng Tháp",
    )
    assert names(doc) == [
        "Ủy ban nhân dân xã Mỹ Hiệp",
        "Ban Chỉ đạo phòng chống thiên tai xã Mỹ Hiệp",
    ]


def test_military_and_border_commands_written_short_or_in_their_older_name(nlp):
    """ "Chính ủy BCH Quân sự tỉnh": BCH before Quân sự is Bộ Chỉ huy, not Ban Chấp hành;
    "Bộ Chỉ huy Biên phòng" (the older name) is kept as written, as annotators write it."""
    doc = analyse(
        nlp,
        "Dự có ông Nguyễn Tấn Thành - Chính ủy BCH Quân sự tỉnh. Đoạn đường do Bộ Chỉ huy "
        "Biên phòng tỉnh làm chủ đầu tư; lãnh đạo Bộ chỉ huy BĐBP tỉnh cùng dự.",
        province="Tây Ninh",
    )
    assert names(doc) == [
        "Bộ Chỉ huy Quân sự tỉnh Tây Ninh",
        "Bộ Chỉ huy Biên phòng tỉnh Tây Ninh",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh",
    ]


def test_departments_written_without_their_and(nlp):
    """ "Sở Giáo dục Đào tạo", "Phòng Văn hóa Thông tin": departments, named as written."""
    doc = analyse(
        nlp,
        "Đại diện Phòng Văn hóa Thông tin huyện Tân Yên và Sở Giáo dục Đào tạo dự họp.",
        province="Bắc Giang",
    )
    assert names(doc) == [
        "Phòng Văn hóa Thông tin huyện Tân Yên",
        "Sở Giáo dục Đào tạo tỉnh Bắc Giang",
    ]


def test_a_meeting_or_a_hall_written_in_capitals_is_no_association(nlp):
    """ "buổi Hội Nghị Đại biểu HĐND", "Hội Thi": events; "Hội Nông dân" stays a body."""
    doc = analyse(
        nlp,
        "Qua buổi Hội Nghị Đại biểu HĐND mong muốn cử tri tiếp tục giám sát. Hội Thi Tiếng "
        "hát được tổ chức; Hội Nông dân tỉnh phối hợp.",
        province="Tây Ninh",
    )
    assert names(doc) == ["Hội Nông dân tỉnh Tây Ninh"]


def test_the_front_committee_abbreviated_with_a_space(nlp):
    doc = analyse(nlp, "Dự có đại diện UB MTTQ tỉnh và các đoàn thể.", province="Tây Ninh")
    assert names(doc) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh"]


def test_a_city_written_with_its_type_glued_to_its_initials(nlp):
    doc = analyse(nlp, "UBND TPHCM vừa phê duyệt Đề án; HĐND TPHCM giám sát.", province="Cần Thơ")
    assert names(doc) == ["Ủy ban nhân dân thành phố Hồ Chí Minh",
                          "Hội đồng nhân dân thành phố Hồ Chí Minh"]


def test_a_board_at_every_commune_is_no_one_body(nlp):
    doc = analyse(nlp, "Các xã đã kiện toàn Ban Chỉ huy PCCCR cấp xã trước mùa khô.",
                  province="Kon Tum")
    assert names(doc) == []


def test_a_province_office_coordinated_with_communes_keeps_its_province():
    record = extract.from_text(
        "Kiểm tra rừng\nÔng Việt chỉ đạo Chi cục Kiểm lâm và UBND các xã Quảng Trực, Tuy Đức "
        "lập chốt chặn.",
        url="https://baolamdong.vn/a.html",
    )
    assert [o.name for o in record.organizations] == [
        "Chi cục Kiểm lâm tỉnh Lâm Đồng",
        "Ủy ban nhân dân xã Quảng Trực",
        "Ủy ban nhân dân xã Tuy Đức",
    ]


def test_the_social_policy_bank_s_district_office(nlp):
    doc = analyse(nlp, "Phòng giao dịch NHCSXH huyện Di Linh đã giải ngân 42 tỷ đồng.",
                  province="Lâm Đồng")
    assert names(doc) == ["Phòng giao dịch Ngân hàng Chính sách xã hội huyện Di Linh"]


def test_a_board_at_every_commune_named_in_small_words_is_no_one_body_either(nlp):
    doc = analyse(nlp, "119/119 xã đã kiện toàn Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm "
                       "cứu nạn cấp xã.", province="Quảng Trị")
    assert names(doc) == []


def test_the_border_guard_and_its_command_are_one_body():
    record = extract.from_text(
        "Mưa lũ\nCông điện gửi Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Lực lượng Bộ đội Biên phòng "
        "tỉnh đã hỗ trợ người dân di dời tài sản.",
        url="https://baoquangbinh.vn/a.html",
    )
    [guard] = record.organizations
    assert guard.name == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Bình"
    assert len(guard.mentions) == 2


def test_a_standing_office_and_a_department_the_lexicon_names_whole(nlp):
    doc = analyse(
        nlp,
        "Các đơn vị báo cáo về Văn phòng Thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm "
        "kiếm cứu nạn tỉnh; Cục Trồng trọt và Bảo vệ thực vật hướng dẫn khôi phục sản xuất.",
        province="Hà Tĩnh",
    )
    assert names(doc) == [
        "Văn phòng Thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh Hà Tĩnh",
        "Cục Trồng trọt và Bảo vệ thực vật",
    ]


def test_a_regional_weather_station_is_named_by_its_region(nlp):
    doc = analyse(nlp, "Theo Đài Khí tượng thủy văn khu vực Nam Bộ, triều cường sẽ đạt đỉnh.",
                  province="Cần Thơ")
    assert names(doc) == ["Đài Khí tượng Thủy văn khu vực Nam Bộ"]


def test_a_unit_list_ends_where_another_body_s_head_begins(nlp):
    doc = analyse(nlp, "Công an huyện Văn Lãng và Đồn Biên phòng Tân Thanh triệt phá đường dây.",
                  province="Lạng Sơn")
    assert names(doc)[0] == "Công an huyện Văn Lãng"
    assert "Công an huyện Đồn Biên" not in names(doc)


def test_regional_health_centres_and_tax_offices_after_the_reorganisation(nlp):
    doc = analyse(nlp, "Trung tâm Y tế khu vực Phú Vang phối hợp với Chi cục Thuế khu vực Hòa "
                       "Thành - Châu Thành triển khai hóa đơn điện tử.", province="Huế")
    assert names(doc) == [
        "Trung tâm Y tế khu vực Phú Vang", "Chi cục Thuế khu vực Hòa Thành - Châu Thành"
    ]


PROVINCES["Lạng Sơn"] = Location("Lạng Sơn", "tỉnh", "province")
PROVINCES["Lâm Đồng"] = Location("Lâm Đồng", "tỉnh", "province")


def test_a_steering_board_against_corruption_or_social_evils_keeps_its_whole_subject(nlp):
    """ "tham nhũng" is no "tham mưu", "tệ nạn xã hội" names no commune: the board's name
    runs on to its province."""
    doc = analyse(
        nlp,
        "Chiều 5/11, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng "
        "họp phiên thường kỳ. Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh Lạng Sơn "
        "cũng tổ chức hội nghị. UBND tỉnh tham mưu cho Tỉnh ủy.",
        province="Lâm Đồng",
    )
    assert names(doc)[:2] == [
        "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Lâm Đồng",
        "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội tỉnh Lạng Sơn",
    ]


PROVINCES["Gia Lai"] = Location("Gia Lai", "tỉnh", "province")


def test_police_departments_project_boards_and_joint_ventures(nlp):
    doc = analyse(
        nlp,
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh phối hợp với Phòng Cảnh sát "
        "phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07) Công an tỉnh Gia Lai. Ban Quản lý dự "
        "án 85 (Bộ Xây dựng) và Liên danh Công ty cổ phần Đầu tư Xây dựng Minh Khang - Công ty "
        "TNHH Phú Hưng Thịnh cùng Hội đồng bồi thường, hỗ trợ và tái định cư huyện Gio Linh, "
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực Trảng Bàng họp.",
        province="Gia Lai",
    )
    assert names(doc) == [
        "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Gia Lai",
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Gia Lai",
        "Ban Quản lý dự án 85",
        "Bộ Xây dựng",
        "Liên danh Công ty cổ phần Đầu tư Xây dựng Minh Khang - Công ty TNHH Phú Hưng Thịnh",
        "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Gio Linh",
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực Trảng Bàng",
    ]


def test_religious_bodies_of_a_province(nlp):
    doc = analyse(nlp, "Dự có đại diện Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng, "
                       "Hội Đoàn kết sư sãi yêu nước tỉnh và Giáo phận Cần Thơ.",
                  province="Sóc Trăng")
    assert names(doc) == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Sóc Trăng",
        "Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng",
        "Giáo phận Cần Thơ",
    ]


def test_a_regional_office_of_2025_is_named_with_its_region(nlp):
    doc = analyse(
        nlp,
        "Kho bạc Nhà nước khu vực V kiểm soát chi; Chi cục Thuế khu vực XVII thu ngân sách.",
        province="Thái Nguyên",
    )
    assert names(doc) == ["Kho bạc Nhà nước khu vực V", "Chi cục Thuế khu vực XVII"]


def test_a_company_s_own_name_may_look_like_a_person_s(nlp):
    doc = analyse(
        nlp,
        "Cầu do Công ty TNHH Xây dựng Hoàng Phúc An thi công. Giám đốc Công ty TNHH Xây "
        "dựng Minh Phát Nguyễn Văn Hùng cho biết.",
        province="Gia Lai",
    )
    assert names(doc) == [
        "Công ty TNHH Xây dựng Hoàng Phúc An", "Công ty TNHH Xây dựng Minh Phát"
    ]


def test_the_youth_union_s_organisation_and_inspection_board(nlp):
    record = extract.from_text(
        "Ban Thường vụ Tỉnh đoàn Phú Thọ đã giao Ban Tổ chức - Kiểm tra Tỉnh đoàn hoàn thành "
        "bồi dưỡng nghiệp vụ cho bí thư đoàn xã.",
        url="https://baophutho.vn/tinh-doan-238001.htm",
    )
    assert "Ban Tổ chức - Kiểm tra Tỉnh đoàn Phú Thọ" in [o.name for o in record.organizations]


def test_steering_boards_of_numbered_schemes_and_abbreviated_subjects(nlp):
    record = extract.from_text(
        "Ban Chỉ đạo Đề án 06 tỉnh Hưng Yên họp phiên thường kỳ. Ban Chỉ đạo CCHC tỉnh "
        "Hưng Yên đánh giá chỉ số. Trung tâm Công nghệ thông tin và Truyền thông trực thuộc "
        "Sở Khoa học và Công nghệ đã vận hành hệ thống.",
        url="https://hungyen.gov.vn/portal/a-k8r2m9.aspx",
    )
    assert [o.name for o in record.organizations][:3] == [
        "Ban Chỉ đạo Đề án 06 tỉnh Hưng Yên",
        "Ban Chỉ đạo cải cách hành chính tỉnh Hưng Yên",
        "Trung tâm Công nghệ thông tin và Truyền thông",
    ]


def test_a_commune_s_page_on_its_district_s_portal_names_the_commune_s_bodies(nlp):
    """ "donphong.bachthong.gov.vn" is xã Đôn Phong's page on Bạch Thông's portal: its
    "Chủ tịch Ủy ban nhân dân xã" is Đôn Phong's, its "UBND huyện" still Bạch Thông's."""
    text = (
        "Sáng 30/6/2021, Ủy ban nhân dân xã tổ chức cuộc họp triển khai công tác phòng, "
        "chống dịch. Chủ trì cuộc họp có ông Triệu Phúc Tỵ, Chủ tịch Ủy ban nhân dân xã. Đại "
        "diện UBND huyện ghi nhận kết quả của xã."
    )
    record = extract.from_text(text, url="https://donphong.bachthong.gov.vn/tin-tuc/a/")
    assert [o.name for o in record.organizations] == [
        "Ủy ban nhân dân xã Đôn Phong", "Ủy ban nhân dân huyện Bạch Thông"
    ]
    plain = extract.from_text(text, url="https://bachthong.gov.vn/tin-tuc/a/")
    assert [o.name for o in plain.organizations] == ["Ủy ban nhân dân huyện Bạch Thông"]


def test_2025_tax_offices_boards_of_directors_and_branches_as_written(nlp):
    record = extract.from_text(
        "Trả lời: Trưởng Thuế tỉnh Bắc Ninh Vũ Đình Khải cho biết đã hoàn thuế 4.000 tỷ "
        "đồng. Bà Ngô Thị Lan, Chủ tịch HĐQT Công ty CP Gốm Phù Lãng đề nghị được vay vốn. "
        "Agribank chi nhánh Bắc Giang và Ban Quản lý các KCN tỉnh cùng trả lời.",
        url="https://baobacninhtv.vn/doi-thoai-doanh-nghiep-postid428199.bbg",
    )
    assert [o.name for o in record.organizations] == [
        "Thuế tỉnh Bắc Ninh",
        "Hội đồng quản trị Công ty CP Gốm Phù Lãng",
        "Agribank chi nhánh Bắc Giang",
        "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh",
    ]
    khai = next(o for o in record.officials if o.name == "Vũ Đình Khải")
    assert (khai.position, khai.organization) == ("Trưởng", "Thuế tỉnh Bắc Ninh")


def test_associations_and_the_state_bank_s_branch(nlp):
    record = extract.from_text(
        "Theo Giám đốc NHNN chi nhánh tỉnh Huỳnh Thanh Phong, dư nợ tăng 8%. Hiệp hội Doanh "
        "nghiệp tỉnh và Hiệp hội Điều tỉnh Đồng Nai kiến nghị giảm lãi suất.",
        url="https://baosoctrang.org.vn/kinh-te/ngan-hang-doanh-nghiep-8d41c99",
    )
    assert [o.name for o in record.organizations] == [
        "Ngân hàng Nhà nước chi nhánh tỉnh Sóc Trăng",
        "Hiệp hội Doanh nghiệp tỉnh Sóc Trăng",
        "Hiệp hội Điều tỉnh Đồng Nai",
    ]
    [phong] = record.officials
    assert phong.organization == "Ngân hàng Nhà nước chi nhánh tỉnh Sóc Trăng"


def test_a_land_registry_branch_named_after_its_district_without_the_type_word(nlp):
    doc = analyse(nlp, "Chi nhánh Văn phòng Đăng ký đất đai Bình Sơn đã cấp 120 giấy chứng "
                       "nhận quyền sử dụng đất.", province="Quảng Ngãi")
    assert names(doc) == ["Chi nhánh Văn phòng Đăng ký đất đai Bình Sơn"]


def test_courts_police_investigators_and_army_units_of_the_genre(nlp):
    doc = analyse(
        nlp,
        "Tòa án nhân dân khu vực 1 - Bắc Ninh mở phiên tòa. Cơ quan CSĐT Công an tỉnh đã "
        "khởi tố bị can. Chủ tịch Hội đồng NVQS tỉnh trao quà cho tân binh nhập ngũ Sư đoàn "
        "324, Quân khu 4; Bộ Tư lệnh Quân khu 4 tặng cờ. Các quân khu đã họp.",
        province="Hà Tĩnh",
    )
    assert names(doc) == [
        "Tòa án nhân dân khu vực 1 - Bắc Ninh",
        "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh",
        "Hội đồng Nghĩa vụ quân sự tỉnh Hà Tĩnh",
        "Sư đoàn 324",
        "Quân khu 4",
        "Bộ Tư lệnh Quân khu 4",
    ]


def test_station_and_agencies_named_in_full_and_names_ending_before_their_verb(nlp):
    doc = analyse(
        nlp,
        "Đài Phát thanh và Truyền hình Bến Tre đưa tin. Chi cục Chăn nuôi, Thủy sản và Thú y "
        "tỉnh báo cáo; Cục Chăn nuôi và Thú y hướng dẫn; Chi cục Quản lý đất đai tỉnh kiểm "
        "tra. Bệnh viện Trung ương Huế chuyển giao kỹ thuật; Ban Chỉ đạo Chương trình chủ trì.",
        province="Đồng Tháp",
    )
    assert names(doc) == [
        "Đài Phát thanh và Truyền hình Bến Tre",
        "Chi cục Chăn nuôi, Thủy sản và Thú y tỉnh Đồng Tháp",
        "Cục Chăn nuôi và Thú y",
        "Chi cục Quản lý đất đai tỉnh Đồng Tháp",
        "Bệnh viện Trung ương Huế",
        "Ban Chỉ đạo Chương trình",
    ]


def test_national_parks_and_reserves_and_a_name_that_ends_before_o(nlp):
    doc = analyse(
        nlp,
        "Khách đến Vườn quốc gia Cúc Phương ở huyện Nho Quan tăng mạnh; Vườn quốc gia Phong "
        "Nha - Kẻ Bàng và Khu bảo tồn thiên nhiên Pù Luông cũng đón nhiều khách.",
        province="Thanh Hóa",
    )
    assert names(doc) == [
        "Vườn quốc gia Cúc Phương", "Vườn quốc gia Phong Nha - Kẻ Bàng",
        "Khu bảo tồn thiên nhiên Pù Luông",
    ]


def test_numbered_tax_offices_of_the_province_and_a_park_named_after_nui_ba(nlp):
    doc = analyse(
        nlp,
        "Thuế cơ sở 1 tỉnh Thanh Hóa phụ trách các phường; Thuế cơ sở 7 thu đạt 118% dự toán. "
        "Ban Quản lý Vườn quốc gia Bidoup - Núi Bà tổ chức diễn tập.",
        province="Thanh Hóa",
    )
    assert names(doc) == [
        "Thuế cơ sở 1 tỉnh Thanh Hóa", "Thuế cơ sở 7 tỉnh Thanh Hóa",
        "Ban Quản lý Vườn quốc gia Bidoup - Núi Bà",
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Quản lý KKT Nghi Sơn và các KCN đã cấp giấy chứng nhận đầu tư.",
         "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
        ("Ban Chỉ đạo GPMB các dự án trọng điểm tỉnh họp phiên thường kỳ.",
         "Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm tỉnh Thanh Hóa"),
    ],
)
def test_economic_zone_and_land_clearance_abbreviations_are_written_out(nlp, text, name):
    assert name in names(analyse(nlp, text, province="Thanh Hóa"))


@pytest.mark.parametrize(
    ("text", "province", "expected"),
    [
        ("UBND thị xã Kỳ Anh và các huyện Cẩm Xuyên, Thạch Hà, Nghi Xuân quản lý chặt tàu cá.",
         "Hà Tĩnh", ["thị xã Kỳ Anh", "huyện Cẩm Xuyên", "huyện Thạch Hà", "huyện Nghi Xuân"]),
        ("Đoàn đề nghị UBND các xã, phường ven biển: Quỳnh Phú, Quỳnh Anh, Cửa Lò rà soát.",
         "Nghệ An", ["xã Quỳnh Phú", "xã Quỳnh Anh", "phường Cửa Lò"]),
        ("Chủ tịch UBND các xã ven biển Cửa Tùng, Vĩnh Hoàng và đặc khu Cồn Cỏ kêu gọi tàu "
         "thuyền vào bờ.", "Quảng Trị", ["xã Cửa Tùng", "xã Vĩnh Hoàng", "đặc khu Cồn Cỏ"]),
    ],
)
def test_units_listed_after_a_sub_list_or_a_qualifier_each_have_a_committee(
    nlp, text, province, expected
):
    found = names(analyse(nlp, text, province=province))
    assert found == [f"Ủy ban nhân dân {unit}" for unit in expected]


def test_a_plural_of_unit_types_with_no_names_stays_generic(nlp):
    assert names(analyse(nlp, "Đảng ủy, UBND các xã, phường ven biển tăng cường tuyên truyền.",
                         province="Nghệ An")) == []


def test_ministry_departments_with_a_dash_or_and_in_their_names(nlp):
    doc = analyse(
        nlp,
        "Dự có đại diện Cục Quản lý nhà và thị trường bất động sản, Cục Kinh tế - Quản lý đầu "
        "tư xây dựng, Vụ Kế hoạch - Tài chính (Bộ Xây dựng).",
        province="Bắc Ninh",
    )
    assert names(doc) == [
        "Cục Quản lý nhà và thị trường bất động sản",
        "Cục Kinh tế - Quản lý đầu tư xây dựng",
        "Vụ Kế hoạch - Tài chính",
        "Bộ Xây dựng",
    ]


def test_a_regional_branch_of_the_state_bank(nlp):
    doc = analyse(nlp, "Lãnh đạo NHNN chi nhánh Khu vực 10 báo cáo dư nợ tín dụng.",
                  province="Lâm Đồng")
    assert names(doc) == ["Ngân hàng Nhà nước chi nhánh khu vực 10"]


def test_a_board_s_order_to_a_body_is_no_part_of_the_board_s_name(nlp):
    doc = analyse(nlp, "Trưởng Ban Chỉ đạo giao Sở Y tế chỉ đạo các cơ sở khám, chữa bệnh "
                       "nâng cao chất lượng dịch vụ.", province="Thanh Hóa")
    assert names(doc) == ["Sở Y tế tỉnh Thanh Hóa"]


def test_donors_named_with_brand_and_branch_region_or_a_person_like_name(nlp):
    # a bank's brand in brackets, then its branch; a power corporation of a region
    # before a verb; a company named after a person-like name
    doc = analyse(
        nlp,
        "Ngân hàng TMCP Công Thương Việt Nam (VietinBank) - Chi nhánh Hà Tĩnh hỗ trợ 2,5 tỷ "
        "đồng; Tổng Công ty Điện lực miền Trung ủng hộ 1 tỷ đồng; Công ty CP Xây lắp Hồng Lam "
        "hỗ trợ 800 triệu đồng.",
        province="Hà Tĩnh",
    )
    assert names(doc) == [
        "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh",
        "Tổng Công ty Điện lực miền Trung",
        "Công ty CP Xây lắp Hồng Lam",
    ]


def test_a_board_with_a_two_part_short_name_in_brackets_takes_its_unit():
    record = extract.from_text(
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn (PCTT và TKCN) tỉnh tổ chức "
        "hội nghị tổng kết.",
        url="https://baonghean.vn/tong-ket-pctt.html",
    )
    assert [o.name for o in record.organizations] == [
        "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Nghệ An"
    ]


def test_either_of_two_schools_is_two_names(nlp):
    doc = analyse(nlp, "Học sinh đăng ký vào Trường THPT Thành Sen hoặc Trường THPT Lý Tự Trọng.")
    assert names(doc) == ["Trường THPT Thành Sen", "Trường THPT Lý Tự Trọng"]


def test_a_2025_statistics_office_is_named_like_the_tax_office(nlp):
    doc = analyse(
        nlp,
        "Theo Thống kê tỉnh Gia Lai, chỉ số giá tăng 3,18%. Thống kê cho thấy giá thịt tăng.",
        province="Gia Lai",
    )
    assert names(doc) == ["Thống kê tỉnh Gia Lai"]
