"""Ratios and percents: the seed, one passage per case of issue 6, and the decoys."""

import pytest

import extract
from extract.nlp.quantities import QuantityFinder, parse_number

finder = QuantityFinder()


def ratios(text):
    return [(r.numerator, r.denominator, r.unit) for r in finder.match_ratios(text)]


def percents(text):
    return [(p.value, p.low, p.high) for p in finder.match_percents(text)]


def test_seed_gives_exactly_specs_ratios_and_percent(seed_record):
    got = {(r.numerator, r.denominator, r.unit): r.predicate for r in seed_record.ratios}
    assert got == {
        (5, 12, "chỉ tiêu"): "thực hiện đạt từ 60% - 100%",
        (7, 12, "chỉ tiêu"): "đang tập trung thực hiện",
        (17, 17, "xã"): "đạt chuẩn nông thôn mới",
    }
    five = next(r for r in seed_record.ratios if r.numerator == 5)
    assert [m.field for m in five.mentions] == ["title", "text"]  # one fact, two mentions
    assert [(p.value, p.low, p.high) for p in seed_record.percents] == [(None, 60.0, 100.0)]
    for fact in seed_record.ratios + seed_record.percents:
        for m in fact.mentions:
            surface = seed_record.mentioned(m)
            assert surface[0].isdigit() or surface.startswith("từ")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Đến nay có 09/19 chỉ tiêu đạt và vượt.", [(9, 19, "chỉ tiêu")]),
        ("Toàn tỉnh có 5.775/8.227 xã đạt chuẩn.", [(5775, 8227, "xã")]),
        ("Có 95/159 xã, phường, thị trấn hoàn thành.", [(95, 159, "xã, phường, thị trấn")]),
        ("Huyện có 04/04 xã được công nhận (chiếm 100%).", [(4, 4, "xã")]),
        ("Xã Mỹ Long đạt 14/19 tiêu chí; xã Mỹ Hiệp mới đạt 11/19.",
         [(14, 19, "tiêu chí"), (11, 19, "tiêu chí")]),
        ("Trong xây dựng nông thôn mới, xã Tân Hòa mới đạt 11/19.", [(11, 19, "tiêu chí")]),
        # "chi" for chi bộ, in the list it opens
        ("Đã có 21/23 chi, đảng bộ tổ chức xong đại hội.", [(21, 23, "chi, đảng bộ")]),
        # places counted, not a score: "điểm" out of a count that is no full mark
        ("Đã xử lý 5/7 điểm sạt lở và 3/6 điểm.", [(5, 7, "điểm sạt lở"), (3, 6, "điểm")]),
        ("Đồng chí A được bầu giữ chức Bí thư với số phiếu 27/27 (đạt 100%).",
         [(27, 27, "phiếu")]),
        ("Có 9/11 tổ chức tín dụng đã giảm lãi suất.", [(9, 11, "tổ chức tín dụng")]),
        ("HĐND tỉnh thông qua 29/29 nghị quyết; đã cấp phát 152/186 tấn giống.",
         [(29, 29, "nghị quyết"), (152, 186, "tấn")]),
        ("Nhà thầu mở 18/24 mũi thi công, lao lắp 46/52 đốt dầm.",
         [(18, 24, "mũi thi công"), (46, 52, "đốt dầm")]),
        # a generic head ("đơn vị", "điểm") that a counted phrase makes specific
        ("Tiếp nhận 1.250/1.400 đơn vị máu; mới có 2/5 điểm tập kết đạt yêu cầu.",
         [(1250, 1400, "đơn vị máu"), (2, 5, "điểm tập kết")]),
        ("Đã xử lý 67/67 sự cố; 14/22 trọng điểm có phương án; 1.846/2.310 khu dân cư ra quân.",
         [(67, 67, "sự cố"), (14, 22, "trọng điểm"), (1846, 2310, "khu dân cư")]),
    ],
)
def test_ratio_phrasings(text, expected):
    assert ratios(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/7, đoàn đến làm việc với 3 xã.",
        "Ngày 21/6/2024, huyện tổ chức hội nghị.",
        "Hội nghị diễn ra ngày 06/06/2022 tại xã.",
        "Theo Quyết định 2205/QĐ-TTg và Nghị quyết số 18-NQ/TW.",
        "Thực hiện Nghị định 30/2020/NĐ-CP về công tác văn thư.",
        "Đội bóng thắng với tỷ số 2/1 trước 3 xã bạn.",
        "Trung tâm phục vụ 24/7 cho người dân các xã.",
        "Trụ sở tại số 3/12 đường Lê Lợi, phường 1.",
        "Từ tháng 5/2013, xã bắt đầu làm đường.",
        "Chiều 2.3, huyện họp bàn 12 chỉ tiêu chủ yếu.",
        "Thu ngân sách đạt 1/4 kế hoạch năm.",
        "Bình quân đạt 12,9 tiêu chí/xã và 62,78 triệu đồng/người/năm.",
        "Trong đợt đánh giá giữa năm, tỉnh đạt 87/100 điểm, xếp loại khá.",
    ],
)
def test_decoys_are_not_ratios(text):
    assert ratios(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tỷ lệ hộ dùng nước sạch đạt 91,5%.", [(91.5, None, None)]),
        ("Có 5 chỉ tiêu đạt từ 60% - 100%.", [(None, 60.0, 100.0)]),
        ("Năng suất tăng 60-70% so với trước.", [(None, 60.0, 70.0)]),
        ("Có 25 xã giải ngân từ 30% đến dưới 50% kế hoạch.", [(None, 30.0, 50.0)]),
        ("Lợi nhuận tăng 15-35,6% so với canh tác cũ.", [(None, 15.0, 35.6)]),
        ("Trên 95% hộ dân và gần 80% diện tích.", [(95.0, None, None), (80.0, None, None)]),
        ("Tăng 12,3% so với cùng kỳ.", [(12.3, None, None)]),
        ("Hộ nghèo giảm từ 18,6% xuống còn 2,87%.", [(18.6, None, None), (2.87, None, None)]),
        ("GRDP tăng 3,2 % và xuất khẩu tăng 4,06%so với năm trước.",
         [(3.2, None, None), (4.06, None, None)]),
        ("Thu ngân sách bằng 105% kế hoạch.", [(105.0, None, None)]),
        ("Tỷ suất sinh 4‰, giảm 0,5 điểm phần trăm.", []),
    ],
)
def test_percent_phrasings(text, expected):
    assert percents(text) == expected


def test_thousands_dots_are_never_decimals():
    assert parse_number("1.700") == 1700
    assert parse_number("91,5") == 91.5
    assert parse_number("5.775") == 5775
    assert parse_number("1.234,5") == 1234.5


def test_headline_percent_repeated_in_body_is_one_fact():
    text = "Kinh tế tăng trưởng 5,27%\n\nSáu tháng, GRDP đạt 5,27%; thu tăng 5,27%."
    record = extract.from_text(text)
    assert [len(p.mentions) for p in record.percents] == [2, 1]


def test_ratio_predicate_and_subject_use_the_sentence():
    record = extract.from_text("Tin\n\nĐến nay, 13/13 xã của huyện đạt chuẩn nông thôn mới.")
    (ratio,) = record.ratios
    assert ratio.predicate == "đạt chuẩn nông thôn mới"


def predicates(text):
    return {(r.numerator, r.denominator, r.unit): r.predicate for r in finder.match_ratios(text)}


def test_ratio_predicates_in_real_shapes():
    got = predicates(
        "Toàn huyện hiện có 15/17 xã (chiếm 88,2%) đã được công nhận đạt chuẩn nông thôn mới, "
        "5/15 xã đạt chuẩn nông thôn mới nâng cao và các xã còn lại đạt từ 15 tiêu chí trở lên. "
        "Xã Thạch Bằng mới đạt 16/19 tiêu chí và đang tập trung nâng chất tiêu chí thu nhập. "
        "Huyện đạt 9/12 chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX."
    )
    assert got == {
        (15, 17, "xã"): "đã được công nhận đạt chuẩn nông thôn mới",
        (5, 15, "xã"): "đạt chuẩn nông thôn mới nâng cao",
        (16, 19, "tiêu chí"): "mới đạt",
        (9, 12, "chỉ tiêu"): "đạt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XX",
    }


def test_long_ratio_predicates_are_not_cut_at_ten_words():
    got = predicates(
        "Đến nay 35/37 trường học đã bố trí phòng cách ly tạm thời theo hướng dẫn của ngành y tế."
    )
    assert got[(35, 37, "trường học")] == (
        "đã bố trí phòng cách ly tạm thời theo hướng dẫn của ngành y tế"
    )


def test_counted_nouns_of_the_genre_and_a_name_after_a_comma():
    got = predicates(
        "Xã Tân Thành đạt 17/19 tiêu chí, xã Phú Minh đạt 16/19 tiêu chí. Đã kiểm tra 38/52 mẫu "
        "tôm; 412/460 xã, phường, thị trấn đã thành lập đội phòng, chống dịch."
    )
    assert set(got) == {
        (17, 19, "tiêu chí"),
        (16, 19, "tiêu chí"),
        (38, 52, "mẫu"),
        (412, 460, "xã, phường, thị trấn"),
    }
    assert got[(412, 460, "xã, phường, thị trấn")] == "đã thành lập đội phòng, chống dịch"


def test_counted_nouns_of_epidemics_reservoirs_and_registers():
    got = predicates(
        "Đã xử lý 146/152 ổ dịch; 41/165 hồ đã tích đầy nước; phường làm sạch dữ liệu cho "
        "98.640/101.200 nhân khẩu và bố trí 4/12 quầy hướng dẫn. Đã giải quyết 86/92 đơn thư; "
        "38/42 điểm giữ trẻ mở cửa; 38/112 tác phẩm vào chung khảo."
    )
    assert {(n, d, unit) for n, d, unit in got} == {
        (146, 152, "ổ dịch"),
        (41, 165, "hồ"),
        (98640, 101200, "nhân khẩu"),
        (4, 12, "quầy"),
        (86, 92, "đơn thư"),
        (38, 42, "điểm giữ trẻ"),
        (38, 112, "tác phẩm"),
    }


def test_a_total_before_a_ratio_is_no_document_number():
    from extract import from_text

    found = from_text(
        "Đến nay, huyện Thanh Sơn có tổng số 9/22 xã, thị trấn đạt chuẩn nông thôn mới.",
        url="https://baophutho.vn/a.htm",
    )
    assert [(r.numerator, r.denominator, r.unit) for r in found.ratios] == [(9, 22, "xã, thị trấn")]


def test_a_ratio_without_a_noun_counts_the_level_named_before_it_and_a_rate_is_no_count():
    from extract import from_text

    found = from_text(
        "Theo đó, đối với cấp xã: nguy cơ cao 13/173; bình thường mới 152/173. Đối với cấp "
        "huyện: nguy cơ 2/13. Tỉnh có tỉ lệ mắc 1/100.000 dân; 51/137 đơn vị hành chính cấp xã "
        "đã sáp nhập.",
        url="https://baoquangngai.vn/a.htm",
    )
    assert [(r.numerator, r.denominator, r.unit) for r in found.ratios] == [
        (13, 173, "xã"), (152, 173, "xã"), (2, 13, "huyện"), (51, 137, "đơn vị hành chính cấp xã")
    ]


def test_a_commune_that_reached_a_bare_score_counts_criteria():
    """ "có 11/19 xã đạt chuẩn ...; hai xã mới đạt lần lượt 9/19 và 10/19": the huyện's
    communes, then each commune's criteria (SPEC.md: the noun the context implies)."""
    text = (
        "Đến nay huyện có 11/19 xã đạt chuẩn nông thôn mới. Hai xã Ia Púch và Ia Mơ mới đạt "
        "lần lượt 9/19 và 10/19, vướng các tiêu chí thu nhập và giao thông."
    )
    assert ratios(text) == [(11, 19, "xã"), (9, 19, "tiêu chí"), (10, 19, "tiêu chí")]


def test_growing_area_codes_are_counted_whole():
    text = "Tỉnh đã cấp 146/210 mã số vùng trồng sầu riêng đủ điều kiện xuất khẩu."
    assert ratios(text) == [(146, 210, "mã số vùng trồng")]


def test_a_table_cell_repeating_a_stated_figure_is_the_same_fact():
    record = extract.from_text(
        "Kinh tế 6 tháng\nGRDP 6 tháng ước tăng 8,2% so với cùng kỳ, thấp hơn mục tiêu 9 - 10%.\n"
        "Chỉ tiêu | Kế hoạch | Ước 6 tháng\nTăng trưởng GRDP | 9 - 10% | 8,2%\n",
        url="https://baobinhduong.vn/a.html",
    )
    assert [(p.value, p.low, p.high, len(p.mentions)) for p in record.percents] == [
        (8.2, None, None, 2), (None, 9.0, 10.0, 2)
    ]


def test_industrial_parks_counted_by_their_abbreviation():
    assert ratios("Hiện có 26/32 KCN có tỷ lệ lấp đầy trên 80%.") == [(26, 32, "KCN")]


def test_a_bare_ratio_listed_before_one_with_its_noun_takes_that_noun():
    text = "Tỉnh Cà Mau và tỉnh Bạc Liêu lần lượt đạt và vượt 21/24 và 19/22 chỉ tiêu Nghị quyết."
    assert ratios(text) == [(21, 24, "chỉ tiêu"), (19, 22, "chỉ tiêu")]
    assert ratios("Triều cường vượt báo động III tại 14/18 điểm quan trắc.") == [
        (14, 18, "điểm quan trắc")
    ]


def test_border_markers_hamlets_homestays_and_classrooms_are_counted():
    assert ratios("Đoàn kiểm tra 12/12 cột mốc; 32/35 xóm có đường bê tông.") == [
        (12, 12, "cột mốc"), (32, 35, "xóm")
    ]
    assert ratios("Xã có 46/52 homestay đạt chuẩn và 17/17 lớp học kiên cố.") == [
        (46, 52, "homestay"), (17, 17, "lớp học")
    ]


def test_canals_departments_and_offices_are_counted_whole():
    assert ratios("Đã nạo vét 26/31 tuyến kênh; 4/4 cơ quan chuyên môn và 5/5 sở mới đi vào "
                  "hoạt động.") == [
        (26, 31, "tuyến kênh"), (4, 4, "cơ quan chuyên môn"), (5, 5, "sở")
    ]


def test_candidates_children_and_sights_are_counted_whole():
    assert ratios("Có 37.912/38.107 thí sinh đỗ tốt nghiệp; 74.360/79.800 trẻ đã được tiêm; "
                  "18/18 cơ sở lưu trú và điểm tham quan đạt chuẩn.") == [
        (37912, 38107, "thí sinh"), (74360, 79800, "trẻ"),
        (18, 18, "cơ sở lưu trú và điểm tham quan"),
    ]


def test_counted_nouns_of_land_courts_and_mines_and_a_verb_after_a_comma():
    """ "hộ, chi trả": "chi" opens the clause's next verb there, no second counted noun."""
    assert ratios(
        "Phường đã phê duyệt phương án cho 571/612 hộ, chi trả cho 498/571 hộ. Đã bố trí "
        "412/520 lô đất, cấp 286/412 giấy; 31/47 mỏ lắp trạm cân; 5/9 điểm mỏ vi phạm; "
        "nhà thầu mới huy động 9/20 thiết bị; 21/58 phiên tòa lưu động; xử lý 19/34 vụ án, "
        "vụ việc."
    ) == [
        (571, 612, "hộ"), (498, 571, "hộ"), (412, 520, "lô đất"), (286, 412, "giấy"),
        (31, 47, "mỏ"), (5, 9, "điểm mỏ"), (9, 20, "thiết bị"), (21, 58, "phiên tòa"),
        (19, 34, "vụ án, vụ việc"),
    ]


def test_comrades_elected_and_exam_sites_are_counted():
    assert ratios("Ban Chấp hành đã bầu 9/9 đồng chí vào Ban Thường vụ; toàn tỉnh có 98/98 "
                  "điểm thi bảo đảm an toàn.") == [(9, 9, "đồng chí"), (98, 98, "điểm thi")]


def test_land_officers_posts_and_sets_of_files_are_counted():
    assert ratios("Xã chỉ có 2/5 công chức địa chính; trung tâm đã bố trí 7/9 vị trí; đã "
                  "xử lý xong 1.402/1.876 bộ hồ sơ.") == [
        (2, 5, "công chức địa chính"), (7, 9, "vị trí"), (1402, 1876, "bộ hồ sơ")
    ]


def test_a_headline_ratio_the_body_states_with_a_shorter_noun_is_one_fact():
    record = extract.from_text(
        "Tuyên Quang: Đã di dời 126/183 hộ dân khỏi vùng sạt lở\n\n"
        "Đến ngày 10/11, tỉnh đã di dời được 126/183 hộ, đạt 68,9%.",
        url="https://baotuyenquang.com.vn/di-doi-ho-dan-213456.html",
    )
    [ratio] = record.ratios
    assert (ratio.numerator, ratio.denominator, ratio.unit) == (126, 183, "hộ")
    assert len(ratio.mentions) == 2


def test_recruits_and_appeals_are_counted():
    assert ratios("Toàn tỉnh có 1.250/1.250 thanh niên lên đường nhập ngũ; huyện giao 112/112 "
                  "công dân; Tòa án chấp nhận 20/23 kháng nghị.") == [
        (1250, 1250, "thanh niên"), (112, 112, "công dân"), (20, 23, "kháng nghị")
    ]


def test_forest_compartments_dams_and_revenue_items_are_counted():
    assert ratios("Có 12/15 tiểu khu bị lấn chiếm, 18/26 hồ, đập cạn nước; 14/16 khoản thu, "
                  "sắc thuế đạt dự toán.") == [
        (12, 15, "tiểu khu"), (18, 26, "hồ, đập"), (14, 16, "khoản thu, sắc thuế")
    ]


def test_monitoring_points_party_units_border_gates_and_plots_are_counted():
    assert ratios("Có 9/12 điểm giám sát phát hiện lăng quăng; 40/46 tổ chức đảng được kiểm tra; "
                  "12/12 cửa khẩu, lối thông quan hoạt động; 23/58 nền giao sai đối tượng; "
                  "giải quyết 7/11 nhóm kiến nghị; vận động 37/45 chủ tàu ký cam kết; "
                  "6/8 điểm trường có nhà công vụ; tiếp nhận 22/25 kỹ thuật chuyên sâu.") == [
        (9, 12, "điểm giám sát"), (40, 46, "tổ chức đảng"), (12, 12, "cửa khẩu, lối thông quan"),
        (23, 58, "nền"), (7, 11, "nhóm kiến nghị"), (37, 45, "chủ tàu"), (6, 8, "điểm trường"),
        (22, 25, "kỹ thuật chuyên sâu"),
    ]
