import json
import re
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract.page import page_from_text
from extract.page import text as text_module
from extract.page.line_rules import LineRules, anchored
from extract.page.text import chrome_rules


def test_seed_title_caption_and_clean_text(seed_text):
    page = page_from_text(seed_text)
    assert page.title == "Cao Lãnh thực hiện 5/12 chỉ tiêu kế hoạch"
    assert page.captions == ["Toàn cảnh buổi làm việc (Ảnh: dongthap.gov)"]
    assert "Ảnh:" not in page.text
    assert "Phản hồi" not in page.text and "Các tin khác" not in page.text
    assert page.text.startswith("Năm 2021, Ban Chấp hành Đảng bộ huyện Cao Lãnh")
    assert page.text.endswith("trên địa bàn huyện.")
    assert "Huyện ủy Cao Lãnh cần đổi mới" in page.text  # tone placement repaired
    assert page.published is None and page.author is None


DUMP = """\
 date 2021-12
Ngày hội đại đoàn kết ở Tháp Mười
Cập nhật ngày: 02/05/2019 04:46:15
Phóng lớn Trở về mặc định Thu nhỏ
ĐTO - Sáng 1/5, huyện Tháp Mười tổ chức ngày hội đại đoàn kết.
Lãnh đạo huyện trao quà cho các hộ (Ảnh: T.H)
![]() |
Lãnh đạo huyện trao quà cho các hộ (Ảnh: T.H)
Đến nay, 5/6 xã đạt chuẩn nông thôn mới./.
MINH THƯ
(Theo: baochinhphu.vn)
CÁC TIN KHÁC:
Huyện Lấp Vò đạt 10/10 chỉ tiêu
"""


def test_chrome_captions_byline_and_dates_are_sorted_out():
    page = page_from_text(DUMP)
    assert page.title == "Ngày hội đại đoàn kết ở Tháp Mười"
    assert page.published == "2019-05-02T04:46:15+07:00"  # the dateline beats the corpus prefix
    assert page.captions == ["Lãnh đạo huyện trao quà cho các hộ (Ảnh: T.H)"]
    assert page.author == "Minh Thư"  # SPEC.md: the person, in proper-name case
    assert page.text == (
        "Sáng 1/5, huyện Tháp Mười tổ chức ngày hội đại đoàn kết.\n\n"
        "Đến nay, 5/6 xã đạt chuẩn nông thôn mới."
    )


def test_datelines_in_common_shapes():
    for line, iso in [
        ("Cập nhật ngày: 06/06/2022 05:45:27", "2022-06-06T05:45:27+07:00"),
        ("Thứ Hai, 12/07/2021 - 09:15", "2021-07-12T09:15:00+07:00"),
        ("07:30:00 11/09/2019", "2019-09-11T07:30:00+07:00"),
        ("Cập nhật : 10:15 | 12/07/2021", "2021-07-12T10:15:00+07:00"),
    ]:
        page = page_from_text(f"Tiêu đề\n{line}\nNội dung bài viết.")
        assert page.published == iso, line
        assert page.text == "Nội dung bài viết."


def test_byline_with_lead_words_and_agency_prefixes():
    page = page_from_text("Tiêu đề\n(QNO) - Sáng nay, tỉnh họp.\nNội dung.\nTin, ảnh: Hồng Nhung")
    assert page.author == "Hồng Nhung"
    assert page.text == "Sáng nay, tỉnh họp.\n\nNội dung."
    assert page.captions == []
    page = page_from_text("Tiêu đề\nLSO-Chiều 2.3, huyện họp.\nCTV Thanh Lan/THĐT")
    assert page.text == "Chiều 2.3, huyện họp."
    assert page.author == "Thanh Lan"


def test_signatures_in_their_common_shapes():
    for line, name in [
        ("Thanh Lê./.", "Thanh Lê"),
        ("CTV Minh Thuận/TTVH Ea Kar", "Minh Thuận"),
        ("Ngọc Lan (Trung tâm Thông tin - Dịch vụ)", "Ngọc Lan"),
        ("Thanh Tùng - Ngọc Bích", "Thanh Tùng, Ngọc Bích"),
        ("NHẬT XUÂN - NGHI VŨ", "Nhật Xuân, Nghi Vũ"),  # SPEC.md's own example
        ("H Lim", "H Lim"),  # an Ê Đê name: "H" is its prefix, not an acronym
        ("T.Hà", "T.Hà"),
    ]:
        page = page_from_text(f"Tiêu đề\nNội dung bài viết.\n{line}\nLink gốc: https://x.vn/a")
        assert (page.author, page.text) == (name, "Nội dung bài viết."), line
    page = page_from_text("Tiêu đề\nNgày đăng bài 25/08/2022 | Tác giả Hoàng Yến\nNội dung.")
    assert (page.author, page.published) == ("Hoàng Yến", "2022-08-25T00:00:00+07:00")
    page = page_from_text("Tiêu đề\nNội dung.\nchỉ là một câu thường")
    assert page.author is None


def test_repeated_lines_and_image_remnants_are_captions():
    page = page_from_text(
        "Tiêu đề\nQuang cảnh hội nghị.\nNội dung.\n![hoi-nghi.jpg]() | Quang cảnh hội nghị."
    )
    assert page.captions == ["Quang cảnh hội nghị."]
    assert page.text == "Nội dung."


def test_future_dateline_is_rejected():
    page = page_from_text("Tiêu đề\nCập nhật ngày: 01/01/2099 08:00\nNội dung.")
    assert page.published is None


def test_empty_and_title_only():
    assert page_from_text("").title is None
    assert page_from_text("Chỉ có tiêu đề").text == ""


def test_widget_header_above_the_body_does_not_cut_the_article():
    body = "Ngày 17/3, đoàn kiểm tra của tỉnh đã làm việc với huyện về nông thôn mới."
    page = page_from_text(f"Tiêu đề\nXem thêm\n{body}\nTin liên quan\nTin khác 1")
    assert page.text == body


PORTAL_DUMP = """\
Thứ Ba, 03/10/2023
27 C
Hanoi
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH
Đường dây nóng: 0239.3855.555
Trang chủ
.
Xây dựng nông thôn mới
Can Lộc có thêm 3 xã đạt chuẩn nông thôn mới nâng cao
Cập nhật ngày: 03/10/2023 08:15
Ngày 2/10, UBND huyện Can Lộc tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn.
"""


def test_chrome_above_the_headline_is_skipped():
    page = page_from_text(PORTAL_DUMP)
    assert page.title == "Can Lộc có thêm 3 xã đạt chuẩn nông thôn mới nâng cao"
    assert page.published == "2023-10-03T08:15:00+07:00"
    assert page.text == (
        "Ngày 2/10, UBND huyện Can Lộc tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn."
    )


def test_a_breadcrumb_or_short_section_label_is_not_the_title():
    for label in ["Tin tức > Xây dựng nông thôn mới", "Tin ảnh", "Nông nghiệp - Nông thôn"]:
        page = page_from_text(
            f"{label}\nHuyện Tam Nông ra quân làm đường giao thông nông thôn\nNội dung bài."
        )
        assert page.title == "Huyện Tam Nông ra quân làm đường giao thông nông thôn", label


def test_a_dump_that_opens_with_the_body_has_no_title():
    first = (
        "Ngày 3/10, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Đức Thọ tổ chức "
        "hội nghị đánh giá kết quả xây dựng nông thôn mới 9 tháng đầu năm."
    )
    for opening in [first, "(HTO) - Sáng nay, huyện Đức Thọ tổ chức hội nghị sơ kết công tác."]:
        page = page_from_text(f"Thứ Ba, 03/10/2023\n.\n{opening}\nĐoạn thứ hai của bài.")
        assert page.title is None, opening
        assert page.text.startswith(opening.removeprefix("(HTO) - ")[:20])
        assert page.text.endswith("Đoạn thứ hai của bài.")


def test_a_short_first_line_before_a_body_line_stays_the_title():
    page = page_from_text("Tin vắn\nSáng 5/3, xã Mỹ An tổ chức ra quân làm đường.")
    assert page.title == "Tin vắn"
    assert page.text == "Sáng 5/3, xã Mỹ An tổ chức ra quân làm đường."


def test_an_all_capital_headline_is_kept_and_a_portal_name_is_not():
    page = page_from_text(
        "BÁO HÀ GIANG ĐIỆN TỬ\nCHUẨN BỊ KỸ LƯỠNG CHO NGÀY BẦU CỬ\n09:47, 15/03/2021\n"
        "Công tác chuẩn bị đang được gấp rút tiến hành.\n"
        "Tác giả bài viết: Đặng Thanh Bằng - BTG\nÝ kiến bạn đọc"
    )
    assert page.title == "CHUẨN BỊ KỸ LƯỠNG CHO NGÀY BẦU CỬ"
    assert page.published == "2021-03-15T09:47:00+07:00"
    assert page.author == "Đặng Thanh Bằng"
    assert page.text == "Công tác chuẩn bị đang được gấp rút tiến hành."


def test_address_lines_and_a_related_box_are_chrome():
    page = page_from_text(
        "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TIỀN GIANG\n"
        "Số 23 đường 30/4, Phường 1, TP Mỹ Tho | ĐT: (0273) 3873.xxx\n"
        "Tin hoạt động\nPhó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống dịch\n"
        f"Cập nhật ngày: 29/07/2021 21:40:12\n{BODY}\n"
        "Tin: Trúc Linh - Ảnh: Trúc Linh\nBài liên quan\nMột tin khác"
    )
    assert page.title == "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống dịch"
    assert (page.author, page.text) == ("Trúc Linh", BODY)



FIRST_PARAGRAPH = (
    "Sáng 8/10, đoàn công tác của huyện Tam Nông kiểm tra tiến độ nạo vét kênh Đồng Tiến, "
    "nơi mực nước lũ đang lên nhanh."
)
LAST_PARAGRAPH = (
    "Tại buổi kiểm tra, Phó Chủ tịch UBND huyện yêu cầu các xã tăng cường lực lượng trực đê, "
    "gia cố những đoạn bờ bao xung yếu và sẵn sàng phương án di dời các hộ dân ở vùng trũng "
    "thấp khi nước lên cao."
)


@pytest.mark.parametrize(
    "below",
    [
        f"Sáng 8/10, {FIRST_PARAGRAPH[11:]}",  # a paragraph opening with its date
        "Chủ tịch UBND huyện Tam Nông kiểm tra tiến độ nạo vét kênh.",  # the headline again
    ],
)
def test_a_headline_written_as_a_sentence_is_still_the_headline(below):
    headline = "Chủ tịch UBND huyện Tam Nông kiểm tra tiến độ nạo vét kênh."
    page = page_from_text(f"{headline}\n{below}\n{LAST_PARAGRAPH}")
    assert page.title == headline
    assert page.text.endswith(LAST_PARAGRAPH) and headline not in page.text


def test_a_dump_that_opens_with_its_body_has_no_headline():
    opening = "Huyện Tam Nông đã hoàn thành nạo vét 12 tuyến kênh trước mùa lũ năm nay."
    page = page_from_text(f"{opening}\nCác xã đã huy động nhân dân cùng tham gia.")
    assert page.title is None and page.text.startswith(opening)


@pytest.mark.parametrize(
    "line",
    [
        "Lượt xem: 3210 lượt xem",
        "5/5 - (2 bình chọn)",
        "1250 người đang online",
        "Đang truy cập: 87",
        ">> Tam Nông ra quân nạo vét kênh mương nội đồng",
        "20231005_101530_img",
        "Hình ảnh 1/3",
    ],
)
def test_counters_ratings_links_and_file_names_inside_the_body_are_chrome(line):
    headline = "Tam Nông khẩn trương nạo vét kênh trước lũ"
    page = page_from_text(f"{headline}\n{FIRST_PARAGRAPH}\n{line}\n{LAST_PARAGRAPH}")
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"


def test_a_poll_above_the_headline_is_not_the_headline():
    page = page_from_text(
        "Ý kiến thăm dò\nBạn quan tâm đến chuyên mục nào trên trang?\n"
        f"Đánh giá của bạn về cổng thông tin điện tử\n312 người đã bình chọn\n"
        f"Tam Nông khẩn trương nạo vét kênh trước lũ\n{FIRST_PARAGRAPH}\n{LAST_PARAGRAPH}"
    )
    assert page.title == "Tam Nông khẩn trương nạo vét kênh trước lũ"
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"


def test_who_stands_where_in_a_photo_marks_a_caption_not_a_byline():
    caption = "Bà Lê Thị Hoa (thứ 2 từ trái sang) thăm mô hình nuôi cá"
    headline = "Tam Nông khẩn trương nạo vét kênh trước lũ"
    page = page_from_text(f"{headline}\n{FIRST_PARAGRAPH}\n{LAST_PARAGRAPH}\n{caption}")
    assert page.author is None and caption in page.captions


def test_a_stored_page_s_date_prefix_under_the_headline_dates_it():
    page = page_from_text(
        f"Tam Nông khẩn trương nạo vét kênh trước lũ\n date 2025-10-12 {FIRST_PARAGRAPH}\n"
        f"{LAST_PARAGRAPH}"
    )
    assert page.published == "2025-10-12T00:00:00+07:00"
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"


def test_the_headline_again_with_its_dateline_glued_on_dates_the_page():
    headline = "Tam Nông khẩn trương nạo vét kênh trước lũ"
    page = page_from_text(f"{headline}\n{headline} 10/11/2025 19:08\n{FIRST_PARAGRAPH}")
    assert (page.title, page.published) == (headline, "2025-11-10T19:08:00+07:00")
    assert page.text == FIRST_PARAGRAPH


def test_a_site_header_under_a_first_line_headline_is_chrome_and_its_widget_no_date():
    headline = "Tam Nông khẩn trương nạo vét kênh trước lũ"
    page = page_from_text(
        f"{headline}\nThứ năm, 25/04/2024\nĐồng Tháp 31 °C\nHotline: 0277.3851.xxx\nicon\n"
        f"0.5 1.0 1.5\ntam-nong-khan-truong-nao-vet-kenh-truoc-lu\n{headline}\n"
        f"Cập nhật: 14:47 ngày 11/07/2019\n{FIRST_PARAGRAPH}\n{LAST_PARAGRAPH}"
    )
    assert page.published == "2019-07-11T14:47:00+07:00"
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"


def test_a_related_box_between_two_paragraphs_is_dropped_not_cut_at():
    page = page_from_text(
        "Tam Nông khẩn trương nạo vét kênh trước lũ\n"
        f"{FIRST_PARAGRAPH}\nTin liên quan\nĐồng Tháp chủ động ứng phó lũ năm nay\n"
        "Nông dân Tam Nông xuống giống sớm\n"
        "Lực lượng xung kích gia cố bờ bao. Ảnh: Hữu Nghĩa\n"
        f"{LAST_PARAGRAPH}\nHữu Nghĩa\nTin liên quan\nHuyện Tháp Mười ra quân thủy lợi"
    )
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"
    assert page.author == "Hữu Nghĩa"


def test_related_teasers_with_their_summaries_still_end_the_body():
    page = page_from_text(
        "Tam Nông khẩn trương nạo vét kênh trước lũ\n"
        f"{FIRST_PARAGRAPH}\n{LAST_PARAGRAPH}\nTin liên quan\n"
        "Đồng Tháp chủ động ứng phó lũ năm nay\n"
        "Các địa phương trong tỉnh đã rà soát toàn bộ đê bao, chuẩn bị đủ vật tư và lực lượng "
        "để ứng phó khi lũ về.\n"
        "Nông dân Tam Nông xuống giống sớm\n"
        "Nhiều hợp tác xã đã hoàn thành xuống giống vụ Thu Đông trước thời điểm lũ về từ một đến "
        "hai tuần."
    )
    assert page.text == f"{FIRST_PARAGRAPH}\n\n{LAST_PARAGRAPH}"


@pytest.mark.parametrize(
    "heading", ["CÙNG CHUYÊN MỤC", "Xem nhiều nhất", "Bài viết khác", "Có thể bạn quan tâm"]
)
def test_widget_headings_at_the_end_are_chrome(heading):
    page = page_from_text(
        "Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng, chống dịch\n"
        f"Cập nhật ngày: 29/07/2021 21:40:12\n{BODY}\n\n{heading}\n"
        "Huyện Cái Bè ra quân làm đường giao thông nông thôn dịp đầu năm mới"
    )
    assert page.text == BODY

BODY = "Chiều 28/7, đoàn công tác của tỉnh kiểm tra các chốt kiểm soát dịch tại huyện Cái Bè."


def test_corpus_date_prefix_on_the_first_line_of_text():
    page = page_from_text(
        " date 2022-07 Cả nước có thêm 160 xã đạt chuẩn nông thôn mới\n"
        "Theo Bộ Nông nghiệp và Phát triển nông thôn, cả nước có 5.775/8.227 xã đạt chuẩn."
    )
    assert page.title == "Cả nước có thêm 160 xã đạt chuẩn nông thôn mới"
    assert page.published == "2022-07-01T00:00:00+07:00"
    assert page.text.startswith("Theo Bộ Nông nghiệp")  # a body line, not a source line
    body_first = page_from_text(
        " date 2025-12-12 Nhiệm kỳ vừa qua là nhiệm kỳ nhiều dấu ấn, để lại nhiều kết quả "
        "quan trọng trong công tác sắp xếp bộ máy của tỉnh.\nĐoạn hai."
    )
    assert body_first.title is None
    assert body_first.text.startswith("Nhiệm kỳ vừa qua")


def test_stray_words_captions_and_signed_datelines_around_the_headline():
    page = page_from_text(
        "Analytic\nThứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27\n"
        "Ưu tiên nguồn lực cho hộ nghèo vùng đồng bào dân tộc thiểu số\n"
        "Văn Hoa - 05:32, 24/11/2023\n"
        "Sau 3 năm triển khai chương trình, diện mạo vùng đồng bào đã thay đổi rõ rệt."
    )
    assert page.title == "Ưu tiên nguồn lực cho hộ nghèo vùng đồng bào dân tộc thiểu số"
    assert (page.author, page.published) == ("Văn Hoa", "2023-11-24T05:32:00+07:00")
    assert page.text.startswith("Sau 3 năm")
    page = page_from_text(
        "Phó Thủ tướng chủ trì cuộc họp. Ảnh: VGP/Thành Chung\n"
        "Không để các địa phương lúng túng với Bộ tiêu chí mới\n"
        "(Ngày Nay) - Bộ tiêu chí có ý nghĩa rất quan trọng, Phó Thủ tướng nói.\n75"
    )
    assert page.title == "Không để các địa phương lúng túng với Bộ tiêu chí mới"
    assert page.captions == ["Phó Thủ tướng chủ trì cuộc họp. Ảnh: VGP/Thành Chung"]
    assert page.text == "Bộ tiêu chí có ý nghĩa rất quan trọng, Phó Thủ tướng nói."


def test_bodies_opening_with_a_time_or_a_report_have_no_title():
    for first in [
        "Sáng nay (3/10), UBND huyện Đức Thọ tổ chức hội nghị sơ kết công tác.",
        "Chiều qua, đoàn công tác của tỉnh kiểm tra tiến độ các công trình.",
        "Theo báo cáo của UBND huyện, toàn huyện có 15 xã đạt chuẩn nông thôn mới.",
    ]:
        page = page_from_text(f"{first}\nĐoạn hai của bài.")
        assert page.title is None, first
        assert page.text.startswith(first[:10])


def test_liferay_portal_dump_labels_and_search_widget_are_chrome():
    # A Liferay portal prints the portlet's name, the title behind a "null" that
    # an unset field leaves, the detail page's label, then the article.
    page = page_from_text(
        "Xuất bản thông tin\n\nnull Xã Tân Mỹ đạt chuẩn nông thôn mới nâng cao\n\n"
        "Chi tiết bài viết Tin hoạt động\n\nXã Tân Mỹ đạt chuẩn nông thôn mới nâng cao\n\n"
        f"{BODY}\n\nMinh Tâm\n\nTìm theo ngày :\n"
    )
    assert page.title == "Xã Tân Mỹ đạt chuẩn nông thôn mới nâng cao"
    assert (page.author, page.text) == ("Minh Tâm", BODY)


def test_attachment_pointers_and_an_office_signature_leave_the_text():
    page = page_from_text(
        f"Tỉnh chỉ đạo rà soát hồ sơ đất đai\n\n{BODY}\n\n"
        "Xem chi tiết nội dung Chỉ thị tại đây\n\nVăn phòng HĐND-UBND\n"
    )
    assert (page.author, page.text) == (None, BODY)
    page = page_from_text(
        f"Tỉnh chỉ đạo rà soát hồ sơ đất đai\n\n{BODY}\nXem chi tiết công văn đính kèm./.\n"
        "Tác giả bài viết: Lê Hoàng Phúc - BTG\nÝ kiến bạn đọc\n"
    )
    assert (page.author, page.text) == ("Lê Hoàng Phúc", BODY)


def test_a_headline_naming_an_office_is_still_the_title():
    page = page_from_text(f"Sở Y tế kiểm tra an toàn thực phẩm\n\n{BODY}\n\nMinh Thư\n")
    assert (page.title, page.author, page.text) == (
        "Sở Y tế kiểm tra an toàn thực phẩm",
        "Minh Thư",
        BODY,
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Chính trị 14-06-2024", "2024-06-14"),
        ("Thời sự | 14/06/2024 08:30", "2024-06-14T08:30"),
    ],
)
def test_a_dateline_led_by_its_section_gives_the_date(line, published):
    page = page_from_text(f"Khai mạc kỳ họp thứ 9 HĐND tỉnh\n\n{line}\n\n{BODY}\n")
    assert page.published.startswith(published)
    assert page.text == BODY


# --- the line rules' literal prefilter --------------------------------------------------

_PIECES = ["ảnh", "ẢNH", "Ảnh", "(", ")", ":", ".", " ", "Quang cảnh", "Tin", "theo", "ſ", "İ",
           "K", "s", "i", "Hội nghị", "a", "1", "/", "|", "Điện tử", "online", "Chia sẻ", "cỡ chữ",
           "°C", "data:image/png;base64", "Hà Nội", ", ngày 2 tháng 3 năm 2024", "#", "»", "\t",
           "trở về", "In bài", "12", "٣", "_", "Thứ Hai"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example("Hà Nội, ngày 2 tháng 3 năm 2024")  # a named rule, not a line of the kind's list
def test_line_rules_find_what_one_alternation_finds(line):
    """Skipping the search where a needed word is missing never changes the answer."""
    for kind in ("caption", "portal", "stop", "drop", "source", "lead"):
        rules = getattr(chrome_rules(), kind)
        patterns = [f"(?:{p})" for p in _patterns_of(kind)]
        plain = re.compile("|".join(patterns), re.IGNORECASE)
        assert (rules.search(line) is None) == (plain.search(line) is None), (kind, line)


# Patterns whose first item is each kind `StartRules` reads: a literal ("s" also
# matches "ſ"), a class with a range and the digit, space and word classes, a group
# of branches, an optional item, a look-ahead, a pattern opening with any character
# (gated by the literal it needs), a pattern matched as written.
_START_PATTERNS = [
    r"^số\s*:", r"^[a-c\d]x", r"^(?:tin|bài) \w+$", r"^<?\s*trở về$", r"^(?=\d)\w+$",
    r"^.{0,20}cỡ chữ$", r"^[^,]{1,9}, ngày", r"^\s*\|", r"^(?-i:K)\d", r"^_[ſk]a",
    r"^(?:\d|tin)+", r"^sa", r"^ka",
]
_START_PIECES = ["số", "SỐ", "\u212a", ":", " ", "a", "C", "x", "1", "٣", "tin", "Bài", "ſ", "K",
                 "k", "<", "trở về", "cỡ chữ", ",", " ngày", "|", "_", "\t", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_START_PIECES), max_size=10).map("".join))
@example("ſa")
@example("\u212aa")
@example("٣x")
def test_start_rules_find_what_one_alternation_finds(line):
    """Trying a pattern only where the line's first character and its needed literal
    allow never changes whether a line matches, nor which match is found."""
    for flags in (re.IGNORECASE, 0):
        rules = LineRules(_START_PATTERNS, flags=flags)
        plain = re.compile("|".join(f"(?:{p})" for p in _START_PATTERNS), flags)
        found, expected = rules.search(line), plain.search(line)
        assert (found and found.group()) == (expected and expected.group()), (flags, line)


def test_start_rules_try_a_pattern_only_where_its_first_character_stands():
    rules = LineRules([r"^(in bài|bản in)$", r"^[|\s]+$", r"^.{0,40}cỡ chữ$"]).at_start
    assert rules.match("IN BÀI") and rules.match(" | ") and rules.match("Xem với cỡ chữ")
    assert rules._compile_for("T", ()) is None  # no pattern may open with "T"
    assert rules.gates == [(2, "cỡ chữ")]


def test_a_kind_whose_patterns_all_need_a_word_is_searched_only_where_it_stands():
    rules = LineRules([r"\(\s*ảnh\s*:?[^()]{0,60}\)$", r"(?<=[.\s])ảnh\s*:\s*\w+$"])
    assert rules.needles == ("ảnh",)
    assert rules.search("Toàn cảnh hội nghị (ẢNH: Minh Thư)")
    assert rules.search("Toàn cảnh hội nghị") is None
    # a pattern with no literal of its own ("\\b(a|b)$") leaves every line to be searched
    assert LineRules([r"\b(điện tử|online)$", r"ảnh:"]).needles is None
    # "s" also matches "ſ" case-insensitively: no literal with an "s" may serve as a needle
    long_s = LineRules([r"(?<=\s)tas:"])
    assert long_s.needles is None
    assert long_s.search("x taſ:") and long_s.search("x TAS:")
    # matched as written (no IGNORECASE), a capital literal cannot be looked for lowered
    case_kept = LineRules([r"(?<=\s)Ảnh:"], flags=0)
    assert case_kept.needles is None and case_kept.search("x Ảnh:")


def _patterns_of(kind):
    data = tomllib.loads(files("extract.page").joinpath("chrome.toml").read_text("utf-8"))
    return text_module.line_patterns(data, kind)


def _byline_name_in_full(line):
    """`_byline_name` without its length shortcut: every cut, then the name test."""
    candidate = text_module._BYLINE_LEAD.sub("", line.strip())
    for cut in ("_PHOTO_CREDIT", "UNIT_SUFFIX", "_CLOSING_DOT", "_UNIT_IN_BRACKETS",
                "_UNIT_AFTER_SLASH"):
        candidate = getattr(text_module, cut).sub("", candidate)
    if len(candidate) > 50:
        return None
    names = [n.strip() for n in text_module._NAME_SEPARATOR.split(candidate)]
    return candidate if all(n and text_module._is_name(n) for n in names) else None


_BYLINE_PIECES = ["Tin: ", "Tác giả bài viết: ", "CTV ", "Nguyễn Văn Thắng", "Hữu Nghĩa", " - ",
                  "BTG", " ", "./.", "(" + "Trung tâm Văn hóa Thông tin huyện Tam Nông" + ")",
                  "(" + "x" * 58 + ")", "/TTVH Ea Kar", "/" + "y" * 29, " - Ảnh: ",
                  "Hội nghị tổng kết công tác năm ", "z" * 40, "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=16).map("".join))
def test_the_byline_shortcut_never_changes_the_answer(line):
    assert text_module._byline_name(line) == _byline_name_in_full(line)


@pytest.mark.parametrize(
    ("pattern", "at_start"),
    [(r"^(a|b)c", True), (r"^a|b", False), (r"^[|]x", True), (r"^[|]x|", False),
     (r"^\|x", True), (r"a^", False), (r"(?:^a)|b", False), (r"^(?:x|y)$", True),
     (r"^a(?=|)", True)],
)
def test_a_pattern_is_anchored_when_every_match_starts_at_the_line_start(pattern, at_start):
    assert anchored(pattern) is at_start


# --- layouts read on real provincial sites (the passages are ours) ---------------------

TWO_PARAGRAPHS = (
    "Năm nay, huyện Đức Trọng có thêm 3 xã đạt chuẩn nông thôn mới nâng cao.\n"
    "Huyện phấn đấu đến cuối năm 2025 có 14/14 xã đạt chuẩn nông thôn mới nâng cao."
)


def test_a_byline_before_lines_of_stray_punctuation_is_the_author():
    page = page_from_text(
        "Đức Trọng thêm 3 xã nông thôn mới nâng cao\n"
        f"Cập nhật lúc 08:43, Thứ Tư, 12/09/2018 (GMT+7)\n{TWO_PARAGRAPHS}\nVŨ VĂN\n,\n."
    )
    assert (page.author, page.published) == ("Vũ Văn", "2018-09-12T08:43:00+07:00")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_dateline_in_brackets_ends_the_headline():
    page = page_from_text(
        "Lâm Đồng: Thêm 12 xã đạt chuẩn nông thôn mới (Thứ Hai 22/01/2018 | 09:27 GMT+7)\n"
        f"VH- {TWO_PARAGRAPHS}\nThanh Dương\nPrint\nTags: nông thôn mới"
    )
    assert page.title == "Lâm Đồng: Thêm 12 xã đạt chuẩn nông thôn mới"
    assert (page.published, page.author) == ("2018-01-22T09:27:00+07:00", "Thanh Dương")
    assert page.text.startswith("Năm nay") and page.text.endswith("nâng cao.")
    # a bracket that is no dateline stays in the headline
    kept = page_from_text(f"Giải ngân vốn đầu tư công (giai đoạn 2021-2025)\n{TWO_PARAGRAPHS}")
    assert kept.title == "Giải ngân vốn đầu tư công (giai đoạn 2021-2025)"


def test_a_portal_footer_after_the_byline_is_chrome():
    page = page_from_text(
        "Đức Trọng thêm 3 xã nông thôn mới nâng cao\n"
        f"{TWO_PARAGRAPHS}\nDiệp Quỳnh (Nguồn: baolamdong.vn)\n"
        "TRUNG TÂM KHUYẾN NÔNG TỈNH LÂM ĐỒNG\n"
        "Tầng 4, Khu D, Trung tâm hành chính tỉnh - 36 Trần Phú - Phường 4 - TP. Đà Lạt\n"
        "ĐT: 0263 3812 000 - Fax: 0263 3812 001 - E-mail: ttkn@example.vn\n"
        "Chịu trách nhiệm chính: Ông Trần Văn Tú - Giám đốc Trung tâm\nTop"
    )
    assert page.author == "Diệp Quỳnh"
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


@pytest.mark.parametrize(
    ("line", "author", "published"),
    [
        ("HỒ LAN (thực hiện) 00:40, 22/01/2023", "Hồ Lan", "2023-01-22T00:40:00+07:00"),
        ("Minh Anh (thực hiện) 07:15, 03/05/2024", "Minh Anh", "2024-05-03T07:15:00+07:00"),
        ("THANH TÂM 10:05, 14/11/2023", "Thanh Tâm", "2023-11-14T10:05:00+07:00"),
    ],
)
def test_an_interviewer_s_byline_with_time_and_date_under_the_headline(line, author, published):
    page = page_from_text(f"Giữ vững tốc độ tăng trưởng trong năm mới\n{line}\n{TWO_PARAGRAPHS}")
    assert (page.author, page.published) == (author, published)
    assert page.text.startswith("Năm nay")


def test_a_date_after_a_weekday_or_a_place_is_no_byline():
    for line in ("Thứ Hai 22/01/2018", "Đức Trọng 22/01/2018"):
        page = page_from_text(f"Giữ vững tăng trưởng trong năm mới\n{line}\n{TWO_PARAGRAPHS}")
        assert page.author is None, line


def test_a_signed_dateline_may_end_with_its_time_zone():
    for line in ("Bảo Minh - 15:39 05/08/2022 GMT+7", "Bảo Minh - 15:39 05/08/2022 (GMT+7)"):
        page = page_from_text(f"Giữ vững tăng trưởng trong năm mới\n{line}\n{TWO_PARAGRAPHS}")
        assert (page.author, page.published) == ("Bảo Minh", "2022-08-05T15:39:00+07:00"), line


def test_a_byline_and_its_date_and_time_with_no_mark_between():
    page = page_from_text(
        "Báo Nghệ An điện tử\nThứ Ba, 22/07/2025\nSức khỏe\nGiữ vững tăng trưởng trong năm mới"
        f"\nHoàng Vân 22/07/2025 08:15\n{TWO_PARAGRAPHS}"
    )
    assert (page.author, page.published) == ("Hoàng Vân", "2025-07-22T08:15:00+07:00")


def test_a_masthead_with_a_central_body_s_slogan_is_no_headline():
    page = page_from_text(
        "ĐẠI ĐOÀN KẾT - CƠ QUAN TRUNG ƯƠNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM\nThứ Hai, 15/12/2025\n"
        "Mặt trận\nGiữ vững tăng trưởng trong năm mới\nHải Đăng\n15/12/2025 09:12\n"
        f"{TWO_PARAGRAPHS}"
    )
    assert page.title == "Giữ vững tăng trưởng trong năm mới"
    assert (page.author, page.published) == ("Hải Đăng", "2025-12-15T09:12:00+07:00")


DATA = Path(__file__).parent / "data"
# Known misses of the second set, each a judgement the reader cannot make yet.
KNOWN_MISSES: dict[str, str] = {}


def _heldout_dumps() -> list:
    cases = []
    for name in ("text_dumps_heldout.jsonl", "text_dumps_heldout2.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            miss = KNOWN_MISSES.get(case["name"])
            marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
            cases.append(pytest.param(case, id=case["name"], marks=marks))
    return cases


@pytest.mark.parametrize("case", _heldout_dumps())
def test_held_out_dumps_of_real_layouts(case):
    # written from SPEC.md and GENRE.md by helpers who had not read this code: bylines
    # before stray punctuation, datelines in the headline, portal footers, interviewers'
    # bylines (set 1); site headers with menus, names and sections, bylines under the
    # headline, comment forms and the ordinary layouts beside them (set 2)
    page = page_from_text(case["dump"], case["url"])
    assert (page.title, page.published, page.author) == (
        case["title"],
        case["published"],
        case["author"],
    )
    assert page.text.startswith(case["text_starts"]), page.text[:80]
    assert page.text.endswith(case["text_ends"]), page.text[-80:]


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        (  # a visitor counter and a poll, after a byline and a counted "Go top"
            "Tú Anh\n253 Go top\nHiện tại không có bình chọn nào đang hoạt động.\n"
            "Thống kê truy cập - Điểm tin\nThống kê truy cập\n• Khách Khách 325\n"
            "• Tổng lượt truy cập: 1593",
            "Tú Anh",
        ),
        # a channel's name in small letters, then a rating box
        ("vnews\nBài viết hay? Hãy đánh giá bài viết", None),
        # a byline in capitals, then share buttons printed as words
        ("HỮU TÂM\nShare Facebook Share Google Share Twitter", "Hữu Tâm"),
        # a reporter, then the station she writes for
        ("Thu Hà\nĐài TT-TH Cao Lãnh", "Thu Hà"),
        # two reporters named with a comma, then a view counter
        ("Lệ Xuân, Cao Duy\nLượt xem: 142", "Lệ Xuân, Cao Duy"),
        (  # related images whose alt text holds brackets, then a reader's form
            "Uy Vũ\n![[Infographic] Phiếu bầu như thế nào là hợp lệ?](/file/a.jpg?width=400)\n"
            "![🔴[Trực tiếp] - Tọa đàm về chuyển đổi số](/file/b.jpg)\n"
            "Thông tin bạn đọc\nĐóng Lưu thông tin",
            "Uy Vũ",
        ),
    ],
)
def test_portal_boxes_after_the_body_leave_the_text_and_the_byline(tail, author):
    page = page_from_text(f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\n{TWO_PARAGRAPHS}\n{tail}")
    assert page.author == author
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_bulleted_dump_lines_and_comment_forms():
    page = page_from_text(
        "• Đức Trọng thêm 3 xã nông thôn mới nâng cao\n  • 04/11/2020 15:39\n"
        f"  • {TWO_PARAGRAPHS}\nViết bình luận mới\nTrả lời\n"
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"
    )
    assert (page.title, page.published) == (
        "Đức Trọng thêm 3 xã nông thôn mới nâng cao",
        "2020-11-04T15:39:00+07:00",
    )
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_site_s_header_above_the_headline_and_a_byline_under_it():
    page = page_from_text(
        "Đức Trọng thêm 3 xã nông thôn mới nâng cao - Báo Lâm Đồng\n"
        "Hôm nay: Thứ Sáu, 22/03/2024\nBÁO LÂM ĐỒNG ĐIỆN TỬ\nBaolamdong.vn\n"
        "Thời sự | Kinh tế | Xã hội | Nông thôn mới | Bạn đọc\nThời sự Chính trị Kinh tế Xã hội\n"
        "Nông thôn mới\nĐức Trọng thêm 3 xã nông thôn mới nâng cao\nHOÀNG LIÊN - VĨNH LỘC\n"
        f"Thứ Năm, 21/09/2023 | 10:42\nCỡ chữ: A- A A+\n{TWO_PARAGRAPHS}\nChia sẻ Facebook Zalo"
    )
    assert page.title == "Đức Trọng thêm 3 xã nông thôn mới nâng cao"
    assert (page.published, page.author) == ("2023-09-21T10:42:00+07:00", "Hoàng Liên, Vĩnh Lộc")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")
    # a headline that opens with such a word stays the title
    kept = page_from_text(f"Tỉnh ủy Lâm Đồng triển khai nhiệm vụ năm 2026\n{TWO_PARAGRAPHS}")
    assert kept.title == "Tỉnh ủy Lâm Đồng triển khai nhiệm vụ năm 2026"


def test_the_person_a_republished_article_is_taken_from_is_its_author():
    for tail, author in [
        ("Theo Hồ Hương\nĐại Đoàn kết", "Hồ Hương"),  # as the real pages' gold reads it
        ("(Theo Hồ Hương)", "Hồ Hương"),
        ("Theo TTXVN", None),  # outlets and agencies are no authors
        ("Theo Báo Hà Giang", None),
        ("Theo baochinhphu.vn", None),
        ("Theo MINH TÂM (Nông Nghiệp)", "Minh Tâm"),  # the outlet in brackets after the name
    ]:
        page = page_from_text(f"Giữ vững tăng trưởng trong năm mới\n{TWO_PARAGRAPHS}\n{tail}")
        assert (page.author, page.text) == (author, TWO_PARAGRAPHS.replace("\n", "\n\n")), tail


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("VOV.VN - ", None),  # an outlet's name in capitals with its domain
        ("Đăng ngày 21 - 09 - 2023\n", "2023-09-21T00:00:00+07:00"),  # a spaced dateline
        ("- ", None),  # the dash left where a page's prefix was cut away
    ],
)
def test_what_opens_the_first_paragraph_is_not_text(opening, published):
    page = page_from_text(f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\n{opening}{TWO_PARAGRAPHS}")
    assert (page.published, page.text) == (published, TWO_PARAGRAPHS.replace("\n", "\n\n"))


@pytest.mark.parametrize(
    "chrome",
    [
        '» Tin tức và Sự kiện » Các hoạt động trong tỉnh » Đức Trọng thêm 3 xã',  # breadcrumb
        "Vui lòng nhập nội dung bình luận.",
        "Your browser does not support the audio element.",
        "Huyện Đức Trọng: Thêm 3 xã nông thôn mới nâng cao - ảnh 1",  # an image's alt text
    ],
)
def test_single_lines_of_chrome_inside_the_body_are_dropped(chrome):
    first, second = TWO_PARAGRAPHS.split("\n")
    headline = "Đức Trọng thêm 3 xã nông thôn mới nâng cao"
    page = page_from_text(f"{headline}\n{first}\n{chrome}\n{second}")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_an_image_box_caption_a_month_dateline_and_a_signing_office():
    page = page_from_text(
        "Đức Trọng thêm 3 xã nông thôn mới nâng cao\n11/2017\nQuang cảnh hội nghị. |\n"
        f"{TWO_PARAGRAPHS}\nTin, ảnh: Thành Trung.\nVăn phòng Điều phối nông thôn mới tỉnh."
    )
    assert page.captions == ["Quang cảnh hội nghị. |"]
    assert (page.published, page.author) == ("2017-11-01T00:00:00+07:00", "Thành Trung")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_dateline_in_words():
    page = page_from_text(
        f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\nNgày 24 tháng 08 năm 2019\n{TWO_PARAGRAPHS}"
    )
    assert page.published == "2019-08-24T00:00:00+07:00"
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_box_of_related_headlines_set_apart_by_dashes_is_dropped():
    box = (
        "-\nChính phủ ban hành Nghị định về tài sản kết cấu hạ tầng hàng hải\n-\n"
        "Hải Dương đặt mục tiêu quý II/2025 GRDP tăng 11,83%\n"
        "Bộ Chính trị xem xét, thi hành kỷ luật đảng viên vi phạm -\nChặn nhân tố gây lạm phát\n"
        "- Đến năm 2025, Hà Nội phấn đấu hoàn thành nhiệm vụ xây dựng nông thôn mới\n"
        "- Sửa đổi Bộ tiêu chí quốc gia về huyện nông thôn mới"
    )
    page = page_from_text(f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\n{box}\n{TWO_PARAGRAPHS}")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")
    # one dash-led line of the body stays
    single = f"{TWO_PARAGRAPHS}\n- Rà soát lại các tiêu chí còn thiếu"
    kept = page_from_text(f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\n{single}")
    assert kept.text.endswith("- Rà soát lại các tiêu chí còn thiếu")


def test_agency_codes_opening_later_paragraphs_and_a_station_s_name_are_cut():
    first, second = TWO_PARAGRAPHS.split("\n")
    page = page_from_text(
        f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\nLâm Đồng TV – {first}\n(LĐO) - {second}"
    )
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_photo_caption_without_credit_under_the_headline_is_a_caption():
    caption = "Đồng chí Nguyễn Văn Sâm, Phó Chủ tịch UBND tỉnh trình bày báo cáo tại kỳ họp"
    headline = "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ xây dựng nông thôn mới"
    page = page_from_text(f"{headline}\n{caption}\n{TWO_PARAGRAPHS}\nPowered by Techcity")
    assert page.title == headline  # the headline reads the same, and stays the title
    assert page.captions == [caption]
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_an_updated_dateline_with_its_time_in_english():
    page = page_from_text(
        f"Đức Trọng thêm 3 xã nông thôn mới nâng cao\n• Cập nhật: Thứ tư, 2/12/2020 | 7:54:28 AM\n"
        f"{TWO_PARAGRAPHS}"
    )
    assert page.published == "2020-12-02T07:54:28+07:00"
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_hard_wrapped_dump_is_read_as_paragraphs():
    page = page_from_text(
        "Đại hội Đảng bộ huyện Thanh Hà thành công tốt đẹp\nĐến dự và\n"
        "chỉ đạo Đại hội có các đồng\nchí: Nguyễn Mạnh Hiển, Bí thư Tỉnh\n"
        "ủy, Chủ tịch HĐND tỉnh; Triệu Thế Hùng, Phó Bí thư Tỉnh ủy dự và chỉ\n"
        "đạo đại hội cùng 236 đại biểu đã tham dự\nĐại hội.\n"
        "Trong đó có 30 đại biểu đương nhiệm. Đại\nbiểu cao tuổi nhất là 67 tuổi."
    )
    assert page.title == "Đại hội Đảng bộ huyện Thanh Hà thành công tốt đẹp"
    assert page.text == (
        "Đến dự và chỉ đạo Đại hội có các đồng chí: Nguyễn Mạnh Hiển, Bí thư Tỉnh ủy, Chủ tịch "
        "HĐND tỉnh; Triệu Thế Hùng, Phó Bí thư Tỉnh ủy dự và chỉ đạo đại hội cùng 236 đại biểu "
        "đã tham dự Đại hội.\n\nTrong đó có 30 đại biểu đương nhiệm. Đại biểu cao tuổi nhất là "
        "67 tuổi."
    )


@pytest.mark.parametrize(
    "chrome", ["58 phút trước", "Chờ...", "Xem với cỡ chữ", "(GMT+7)"]
)
def test_a_feed_s_age_a_placeholder_a_font_menu_a_time_zone_are_dropped(chrome):
    first, second = TWO_PARAGRAPHS.split("\n")
    headline = "Đức Trọng thêm 3 xã nông thôn mới nâng cao"
    page = page_from_text(f"{headline}\n{chrome}\n{first}\nTTH - {second}")
    assert page.text == TWO_PARAGRAPHS.replace("\n", "\n\n")


def test_a_short_caption_closed_by_a_stop_is_a_caption_and_a_speech_is_not():
    dump = (
        "Đại hội Đảng bộ xã Mỹ Hiệp lần thứ I\n"
        "Sáng 29/7, Đảng bộ xã Mỹ Hiệp tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n"
        "Đồng chí Trần Văn Hai, Chánh Văn phòng Tỉnh ủy tặng hoa chúc mừng Đại hội.\n"
        "Các đại biểu tham dự kỳ họp.\n"
        "Bà Lê Thị Thu phát biểu về công tác chuyển đổi số của xã.\n"
        "Ông Võ Văn Tư phát biểu tại hội nghị, đề nghị tỉnh hỗ trợ máy bơm.\n"
        "Đến nay, xã đạt 15/19 tiêu chí nông thôn mới.\n"
    )
    page = page_from_text(dump)
    assert page.captions == [
        "Đồng chí Trần Văn Hai, Chánh Văn phòng Tỉnh ủy tặng hoa chúc mừng Đại hội.",
        "Các đại biểu tham dự kỳ họp.",
    ]
    assert "Bà Lê Thị Thu phát biểu về công tác chuyển đổi số của xã." in page.text
    assert "đề nghị tỉnh hỗ trợ máy bơm" in page.text


def test_a_lead_printed_twice_stays_once_and_glued_captions_leave():
    lead = (
        "Trong 2 ngày 6 và 7/8, Đảng bộ xã Mỹ Hiệp tổ chức Đại hội đại biểu lần thứ I. "
        "Dự đại hội có đồng chí Lê Văn Phúc, Phó Chủ tịch HĐND tỉnh."
    )
    glued = (
        "Các đại biểu dự lễ chào cờ.Đồng chí Lê Văn Phúc phát biểu chỉ đạo đại hội."
        "Đoàn Chủ tịch điều hành đại hội."
    )
    page = page_from_text(f"Đại hội Đảng bộ xã Mỹ Hiệp\n{lead}\n{lead}\n{glued}\n")
    assert page.text == lead
    assert page.captions == [glued]
    # a lead of one sentence, printed twice, is no caption shown twice
    lead = "Sáng 12/9, Phó Thủ tướng Chính phủ Lê Văn Hùng kiểm tra công tác ứng phó bão số 7."
    rest = "Tại Sở chỉ huy tiền phương, Phó Thủ tướng nghe báo cáo của các địa phương."
    page = page_from_text(f"Phó Thủ tướng kiểm tra ứng phó bão\n{lead}\n{lead}\n{rest}\n")
    assert page.text == f"{lead}\n\n{rest}"
    assert page.captions == []


def test_drupal_s_submitted_line_a_share_line_and_an_image_uri():
    dump = (
        "UBND huyện giao ban quý I\n"
        "quantri gửi vào T6, 2019-04-12 15:01\n"
        "Ngày 12/4, UBND huyện tổ chức hội nghị giao ban quý I với các xã, thị trấn.\n"
        "<image>data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"
        "AAEAAAABCAYAAAAf</image>.jpg)\n"
        "Các đại biểu đã thống nhất nội dung kế hoạch.\n"
        "Lê Ngọc\n"
        "Chia sẻ bài viết\n"
    )
    page = page_from_text(dump)
    assert page.published == "2019-04-12T15:01:00+07:00"
    assert page.author == "Lê Ngọc"
    assert page.text.split("\n\n") == [
        "Ngày 12/4, UBND huyện tổ chức hội nghị giao ban quý I với các xã, thị trấn.",
        "Các đại biểu đã thống nhất nội dung kế hoạch.",
    ]


def test_the_header_between_the_title_line_and_the_headline_again_is_chrome():
    dump = (
        "UBND tỉnh thông tin kết luận thanh tra\n"
        "Cổng thông tin điện tử Hội Chữ Thập Đỏ tỉnh Kiên Giang\n"
        "Tin tức - sự kiện\n"
        "Xem với cỡ chữAA\n"
        "Trang chủ Tin TứcThời sự UBND tỉnh thông tin kết luận thanh tra\n"
        "Cập nhật:08/04/2021 8:55:07 SA\n"
        "Đăng bởi Lan Anh\n"
        "UBND tỉnh Kiên Giang vừa thông tin về kết luận thanh tra đất đai.\n"
        "Một góc trụ sở Thanh tra tỉnh.\n"
    )
    page = page_from_text(dump)
    assert page.text == "UBND tỉnh Kiên Giang vừa thông tin về kết luận thanh tra đất đai."
    assert page.published == "2021-04-08T08:55:07+07:00"
    assert page.author == "Lan Anh"
    assert page.captions == ["Một góc trụ sở Thanh tra tỉnh."]


def test_an_official_document_pasted_whole_leaves_its_furniture_out():
    dump = (
        "Thông cáo báo chí phiên họp thường kỳ tháng 3\n"
        "Số: 46/TCBC-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Cao Lãnh, ngày 05 tháng 4 năm 2023\n"
        "Ngày 31/3/2023, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2023.\n"
        "Giải ngân vốn đầu tư công đạt 12,4% kế hoạch.\n"
        "Nơi nhận:\n"
        "- Văn phòng Chính phủ;\n"
        "- Lưu: VT.\n"
    )
    page = page_from_text(dump)
    assert page.text.split("\n\n") == [
        "Ngày 31/3/2023, UBND tỉnh tổ chức phiên họp thường kỳ tháng 3/2023.",
        "Giải ngân vốn đầu tư công đạt 12,4% kế hoạch.",
    ]


def test_a_dump_s_weather_bar_and_follow_bar_are_chrome_not_the_title():
    page = page_from_text(
        "Thứ hai, 6-4-26 09:10:11\nBạc Liêu, 31°C/ 30°C - 33°C Icon thời tiết nắng\n"
        "Theo dõi Báo điện tử Bạc Liêu trên\nHuyện Hồng Dân dự kiến sắp xếp còn 3 xã\n"
        "Báo Bạc Liêu “Huyện Hồng Dân sẽ sắp xếp từ 9 xã, thị trấn còn 3 xã”. Đó là nội dung "
        "Ban Pháp chế HĐND tỉnh thẩm tra sáng 3/4.\n"
    )
    assert page.title == "Huyện Hồng Dân dự kiến sắp xếp còn 3 xã"
    assert page.text.startswith("“Huyện Hồng Dân sẽ sắp xếp")
    assert "°C" not in page.text and "Theo dõi" not in page.text


def test_teasers_led_by_their_site_end_the_body_and_leave_the_byline_above_them():
    page = page_from_text(
        "Xã Yên Lãng đạt chuẩn nông thôn mới\n"
        "Xã Yên Lãng vừa được UBND tỉnh công nhận đạt chuẩn nông thôn mới. Đến nay, huyện "
        "Thanh Sơn có tổng số 9/22 xã, thị trấn đạt chuẩn nông thôn mới.\n"
        "Hải Yến\n"
        "baophutho.vn Ngày 5/9, đồng chí Đỗ Văn Bình chủ trì hội nghị về chuyển đổi số.\n"
        "baophutho.vn Nhân dịp Quốc khánh 2/9, 3.000 đảng viên được tặng Huy hiệu Đảng...\n"
    )
    assert page.author == "Hải Yến"
    assert "Đỗ Văn Bình" not in page.text and "baophutho.vn" not in page.text


def test_a_portrait_caption_is_a_caption_but_a_list_of_members_is_text():
    portrait = "Đồng chí Hoàng Văn Đức, UVBTV – Trưởng phòng Văn hóa - Xã hội"
    page = page_from_text(
        "UBND xã Hiền Lương họp giao ban tháng 9\n"
        "Ngày 1/10, UBND xã Hiền Lương tổ chức hội nghị giao ban tháng 9. Đồng chí Đỗ Thị Hà, "
        "Chủ tịch UBND xã chủ trì hội nghị.\n"
        f"{portrait}\n"
        "Các đại biểu đã thảo luận về thu ngân sách và giải phóng mặt bằng.\n"
        "Ban Thường vụ Đảng ủy xã gồm các đồng chí:\n"
        "Đồng chí Lê Văn An, Bí thư Đảng ủy xã\n"
        "Đồng chí Vũ Thị Mai, Phó Bí thư Thường trực Đảng ủy xã\n"
    )
    assert page.captions == [portrait]
    assert "Đồng chí Vũ Thị Mai, Phó Bí thư Thường trực Đảng ủy xã" in page.text


def test_a_today_widget_over_the_header_s_contacts_and_a_section_pair_are_chrome():
    page = page_from_text(
        "Thứ hai 12/01/2026 09:05\nHotline: 024.000.00.000\nEmail: toasoan@baosongxanh.vn\n"
        "Nghiên cứu - Dữ liệu\n\nThái Bình: Họp bất thường về sắp xếp đơn vị hành chính\n\n"
        "Sáng 25/4, HĐND tỉnh khóa XVII tổ chức kỳ họp bất thường, thông qua chủ trương hợp "
        "nhất hai tỉnh và sắp xếp đơn vị hành chính cấp xã.\n"
    )
    assert page.title == "Thái Bình: Họp bất thường về sắp xếp đơn vị hành chính"
    assert page.published is None


def test_a_byline_above_tail_chrome_and_a_reporter_s_initials():
    for byline, tail, author in (
        ("Trần Hải", "In bài viết   Gửi cho bạn bè   Lên đầu trang", "Trần Hải"),
        ("MINH CHÂU", "Đang được quan tâm\n\nGửi bình luận", "Minh Châu"),
        ("T.Đ", "Xem thêm", "T.Đ"),
    ):
        page = page_from_text(
            "Thêm 3 xã đạt chuẩn nông thôn mới\n\nNgày 4/6, UBND tỉnh công nhận thêm 3 xã đạt "
            f"chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 97 xã.\n\n{byline}\n\n{tail}\n"
        )
        assert page.author == author


def test_a_lead_printed_around_an_outlet_dateline_stays_once_and_dates_the_page():
    """A stored copy: the lead, "Báo Vĩnh LongBáo Vĩnh Long19/11/2025" (the outlet's name
    printed twice, glued to the date), then the lead again. The lead is body text once,
    not a caption; the date is the page's; a line printed twice further down is a caption."""
    lead = ("Chiều 19/11, tại phường An Hội, Hội đồng thẩm định tỉnh Vĩnh Long họp xét công "
            "nhận 5 xã đạt chuẩn nông thôn mới năm 2025.")
    caption = "Phó Chủ tịch UBND tỉnh chủ trì và phát biểu kết luận tại cuộc họp."
    later = "Kết quả, 3 xã hoàn thành 19/19 tiêu chí; hồ sơ của các xã được chuẩn bị đầy đủ."
    page = page_from_text("\n".join([
        "Đề nghị xét, công nhận 5 xã nông thôn mới năm 2025", lead,
        "Báo Vĩnh LongBáo Vĩnh Long19/11/2025", lead, caption, caption, later,
    ]))
    assert page.published == "2025-11-19T00:00:00+07:00"
    assert page.text.split("\n\n") == [lead, later]
    assert page.captions == [caption]


def test_an_outlet_name_before_the_lead_s_time_leaves_the_body():
    page = page_from_text("Tiêu đề của bài báo ở đây\nBáo Cà Mau Chiều 25/6, UBND tỉnh họp "
                          "Ban Chỉ đạo xây dựng nông thôn mới tỉnh.")
    assert page.text == "Chiều 25/6, UBND tỉnh họp Ban Chỉ đạo xây dựng nông thôn mới tỉnh."


def test_a_portal_header_above_the_headline_is_not_the_title():
    dump = (
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO LÃNH\n"
        "Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản chỉ đạo điều hành\nLiên hệ\n"
        "Thứ Ba, 12/11/2024\n"
        "Trang chủ > Tin tức - Sự kiện > Kinh tế\n"
        "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô\n"
        "Ngày đăng: 11/11/2024 | Lượt xem: 318\n"
        f"{BODY}\n"
    )
    page = page_from_text(dump)
    assert page.title == "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô"
    assert page.published.startswith("2024-11-11")
    assert page.text == BODY


def test_the_portals_name_over_its_today_widget_is_not_the_title():
    dump = (
        "ỦY BAN NHÂN DÂN HUYỆN CAO LÃNH\nCổng thông tin điện tử\nThứ Ba, 12/11/2024\n"
        "Trang chủ | Giới thiệu | Tin tức | Chỉ đạo - Điều hành | Văn bản | Dịch vụ công "
        "trực tuyến | Hỏi đáp | Liên hệ | Sơ đồ cổng\n"
        "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô\n"
        "11/11/2024 15:20 | Tác giả: Văn phòng HĐND và UBND huyện\n"
        f"{BODY}\n"
    )
    page = page_from_text(dump)
    assert page.title == "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô"
    assert page.published.startswith("2024-11-11T15:20")


@pytest.mark.parametrize(
    ("tail", "author"),
    [
        ("Thanh Tâm\nChia sẻ: Facebook | Zalo | In bài\nCác tin khác\nTin cũ (01/02/2024)",
         "Thanh Tâm"),
        ("Thanh Tâm - VP HĐND và UBND xã\nTin liên quan\nTin cũ (22/09/2025)", "Thanh Tâm"),
    ],
)
def test_a_closing_byline_before_share_buttons_or_with_its_office(tail, author):
    page = page_from_text(f"Kiểm tra chốt kiểm soát dịch tại huyện Cái Bè\n\n{BODY}\n\n{tail}\n")
    assert (page.author, page.text) == (author, BODY)


def test_a_sites_long_tagline_in_the_header_is_not_the_title():
    dump = (
        "Thứ Tư, 13/11/2024\n"
        "Báo Sông Hậu - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sông Hậu xưa và nay\n"
        "Thời sự | Chính trị | Kinh tế | Xã hội\n.\n"
        "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô\n"
        "12/11/2024 16:42\n"
        f"{BODY}\n"
    )
    page = page_from_text(dump)
    headline = "Xã Mỹ Long ra quân nạo vét kênh nội đồng trước mùa khô"
    assert (page.title, page.text) == (headline, BODY)


def test_a_header_of_gapped_menu_items_and_a_town_s_today_line_is_passed_over():
    dump = (
        "Kon Tum, Thứ Tư 05/03/2025\n"
        "TRANG CHỦ  CHÍNH TRỊ  KINH TẾ  XÃ HỘI  VĂN HÓA  QUỐC PHÒNG - AN NINH  TIẾNG BA NA\n"
        "KINH TẾ\n"
        "Triển khai nhiệm vụ phòng cháy, chữa cháy rừng mùa khô năm 2025\n"
        "Cập nhật : 16:40 | 05/03/2025\n"
        "Chiều 5/3, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng "
        "mùa khô năm 2025, với sự tham dự của các sở, ngành và địa phương.\n"
    )
    page = page_from_text(dump)
    assert page.title == "Triển khai nhiệm vụ phòng cháy, chữa cháy rừng mùa khô năm 2025"
    assert page.text.startswith("Chiều 5/3")
    assert page.published.startswith("2025-03-05T16:40")


def test_share_rows_and_a_byline_of_names_with_apostrophes_close_the_body():
    dump = (
        "Đắk Lắk mở rộng vùng trồng sầu riêng\n"
        "Năm nay, diện tích sầu riêng của tỉnh tăng thêm 2.100 ha, chủ yếu ở các huyện phía "
        "đông; tỉnh đã cấp thêm nhiều mã số vùng trồng cho các hợp tác xã.\n"
        "Lưu  Chia sẻ  Copy link\n"
        "HOÀNG LINH – H'YÂO\n"
        "Chia sẻ bài viết:  f  Zalo  Twitter\n"
    )
    page = page_from_text(dump)
    assert page.author == "Hoàng Linh, H'Yâo"
    assert page.text.endswith("cho các hợp tác xã.")


def test_a_related_box_of_dashed_items_inside_the_body_does_not_end_it():
    body = (
        "Chiều 12/6, Chủ tịch UBND tỉnh đã ký công điện yêu cầu các địa phương chủ động ứng "
        "phó với bão số 1, bảo đảm an toàn cho người và tài sản của nhân dân."
    )
    later = (
        "Trước đó, sáng 12/6, đoàn công tác của tỉnh đã kiểm tra công tác phòng chống bão tại "
        "cảng cá Cửa Nhượng và yêu cầu huyện bố trí lực lượng hướng dẫn tàu thuyền neo đậu, "
        "không để xảy ra va đập, chìm tàu; đồng thời rà soát các hộ nuôi trồng thủy sản."
    )
    dump = (
        "Hà Tĩnh ra công điện khẩn ứng phó bão số 1\n" + body + "\nTin liên quan\n"
        "- Nghi Xuân hoàn thành chằng chống hơn 1.200 nhà dân trước bão (11/06/2025)\n"
        "- Chủ tịch UBND tỉnh kiểm tra hồ Kẻ Gỗ trước mùa mưa lũ (05/06/2025)\n"
        + later + "\nThu Hà - Đình Nhất\n"
        "Chia sẻ   Facebook   Zalo   In bài   Lượt xem: 2.317\n"
        "Ý kiến bạn đọc (0)\n"
    )
    page = page_from_text(dump)
    assert page.text == body + "\n\n" + later
    assert page.author == "Thu Hà, Đình Nhất"


def test_a_later_header_line_gives_the_time_of_the_day_a_first_one_named():
    dump = (
        "BÁO QUẢNG BÌNH ĐIỆN TỬ\nThứ hai, 16/6/2025\nXã hội\n"
        "Cập nhật lúc 10:20 ngày 16/06/2025\n"
        "Mưa lớn làm 18/26 xã, thị trấn của Lệ Thủy bị ngập sâu\n"
        "(QBĐT) - Do ảnh hưởng của hoàn lưu bão số 1, từ đêm 15/6 đến sáng 16/6 trên địa bàn "
        "huyện Lệ Thủy có mưa to đến rất to, nhiều nơi bị ngập sâu.\n"
    )
    assert page_from_text(dump).published == "2025-06-16T10:20:00+07:00"


def test_a_related_box_then_a_flattened_table_inside_the_body_does_not_end_it():
    first = (
        "Sáng 25/9, HĐND thành phố khai mạc kỳ họp thường lệ, nghe báo cáo tình hình kinh tế - "
        "xã hội 9 tháng năm 2025 và cho ý kiến nhiều nội dung quan trọng."
    )
    second = "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 1,2% xuống còn 0,5% trong 9 tháng."
    table = ["Một số chỉ tiêu chủ yếu", "Chỉ tiêu", "Kế hoạch 2025", "Ước 9 tháng",
             "Tăng trưởng GRDP", "8,5%", "7,4%"]
    last = (
        "Về vận hành chính quyền địa phương hai cấp, đến nay 168/168 xã, phường, đặc khu đã "
        "vận hành thông suốt hệ thống một cửa điện tử, hồ sơ được giải quyết đúng hạn."
    )
    dump = "\n".join(
        ["TP.HCM: GRDP 9 tháng tăng 7,4%", first, "Tin liên quan",
         "HĐND thành phố thông qua 8 nghị quyết về sắp xếp đơn vị sự nghiệp", second,
         *table, last, "Tin liên quan", "Thu ngân sách 8 tháng đạt 71% dự toán"]
    )
    assert page_from_text(dump).text == "\n\n".join([first, second, *table, last])


@pytest.mark.parametrize(
    "opening",
    ["BR-VT - Chiều 1/4, ", "Tây Ninh (TTXVN) - Chiều 1/4, "],
)
def test_agency_prefixes_with_a_dash_inside_or_a_national_agency_s_place(opening):
    rest = (
        "Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố, trao các quyết định về công tác cán "
        "bộ cho các đồng chí được điều động, bổ nhiệm."
    )
    page = page_from_text(f"Trao quyết định về công tác cán bộ\n{opening}{rest}")
    assert page.text == "Chiều 1/4, " + rest


def test_a_source_line_naming_a_body_of_a_city_written_short_is_chrome():
    body = (
        "Từ ngày 1/7/2025 đến nay, Ban Thường vụ Thành ủy đã điều động, luân chuyển 112 cán bộ "
        "về công tác tại các phường, xã và đặc khu của thành phố."
    )
    page = page_from_text(f"Điều động cán bộ\n{body}\nNguồn: Ban Tổ chức Thành ủy TP.HCM\n")
    assert page.text == body


def test_the_page_s_title_line_names_the_headline_over_a_slogan_and_its_widgets():
    dump = (
        "Khai mạc Lễ hội Đền Trần năm 2025 - Báo Ninh Bình điện tử\n"
        "BÁO NINH BÌNH\n"
        "Cơ quan của Đảng bộ, chính quyền và Nhân dân tỉnh Ninh Bình\n"
        "Thứ Năm, 09/10/2025\n"
        "Văn hóa\n"
        "Khai mạc Lễ hội Đền Trần năm 2025\n"
        "08/10/2025 22:15\n"
        "Cỡ chữ: A- A A+   In bài   Chia sẻ\n"
        "Tối 8/10, tại Khu di tích Đền Trần, UBND phường tổ chức khai mạc lễ hội với sự tham "
        "dự của đông đảo du khách và nhân dân trong tỉnh.\n"
        "![](den-tran.jpg) |\n"
        "Nghi thức rước nước tại lễ hội\n"
        "|\n"
        "Lễ hội diễn ra đến hết ngày 11/10 với nhiều hoạt động văn hóa, thể thao truyền thống "
        "của địa phương.\n"
    )
    page = page_from_text(dump)
    assert page.title == "Khai mạc Lễ hội Đền Trần năm 2025"
    assert page.published.startswith("2025-10-08T22:15")
    assert page.captions == ["Nghi thức rước nước tại lễ hội"]
    assert page.text.startswith("Tối 8/10") and "Cỡ chữ" not in page.text
    assert "Nghi thức" not in page.text


def test_a_town_before_the_dateline_a_video_title_and_a_related_list_heading():
    dump = (
        "BÁO CÀ MAU ĐIỆN TỬ\nChủ nhật, 12/10/2025\n"
        "Trang chủ  Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao  Pháp luật  Multimedia\n"
        "Chính trị - Xây dựng Đảng\n"
        "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I\n"
        "Cà Mau, 12/10/2025 - 11:42\n"
        "Sáng 12/10, Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025 - 2030 bế mạc "
        "sau ba ngày làm việc khẩn trương, nghiêm túc.\n"
        "Video: Đại hội biểu quyết thông qua Nghị quyết\n"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa I gồm 65 đồng chí và thông qua Nghị "
        "quyết với 25 chỉ tiêu chủ yếu.\n"
        "![]() |\n"
        "Ban Chấp hành Đảng bộ tỉnh khóa I ra mắt đại hội\n"
        "Bài, ảnh: HẠNH CHÂU\n"
        "Thông tin cùng chuyên mục:\n"
        "- Giá lúa tăng 300 - 500 đồng/kg, nông dân phấn khởi (03/09/2025)\n"
    )
    page = page_from_text(dump)
    assert page.title == "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I"
    assert page.published == "2025-10-12T11:42:00+07:00"
    assert page.captions == ["Ban Chấp hành Đảng bộ tỉnh khóa I ra mắt đại hội"]
    assert page.author == "Hạnh Châu"
    assert "Video" not in page.text and "Giá lúa" not in page.text
    assert len(page.text.split("\n\n")) == 2


def test_a_roundup_s_bold_headings_an_item_after_a_marked_box_and_varied_share_rows():
    item = (
        "Ngày 19/5, UBND xã Quảng Nham tổ chức hội nghị sơ kết 5 tháng thực hiện chương trình "
        "xây dựng nông thôn mới nâng cao, với nhiều phần việc được nhân dân đồng thuận."
    )
    last = (
        "Dịp nghỉ lễ vừa qua, Khu di tích lịch sử quốc gia đặc biệt Lam Kinh đón hơn 120.000 "
        "lượt khách, tăng 18% so với cùng kỳ năm trước, doanh thu dịch vụ tăng mạnh."
    )
    dump = "\n".join([
        "Điểm tin địa phương ngày 19/5/2025",
        "**Quảng Xương: Xã Quảng Nham đạt 17/19 tiêu chí**", item,
        "Tin liên quan", "» Thanh Hóa chủ động phòng cháy rừng", "» Nghi Sơn đón vốn FDI mới",
        "**Thọ Xuân: Khu di tích Lam Kinh đón hơn 120.000 lượt khách**", last,
        "LÊ MINH TRIẾT",
        "Chia sẻ:  Facebook  Zalo  Twitter   |  In bài  |  Gửi email",
    ])
    page = page_from_text(dump)
    assert page.text == "\n\n".join([
        "Quảng Xương: Xã Quảng Nham đạt 17/19 tiêu chí", item,
        "Thọ Xuân: Khu di tích Lam Kinh đón hơn 120.000 lượt khách", last,
    ])
    assert page.author == "Lê Minh Triết"


def test_a_byline_in_capitals_between_the_headline_and_its_dateline():
    dump = (
        "Bình luận - Góc nhìn\nGiữ chân lao động trẻ ở nông thôn: Đừng chỉ nhìn vào con số\n"
        "LÊ MINH TRIẾT\n14/11/2025 05:30\n"
        "Mỗi dịp sau Tết, các tuyến xe khách từ xã Tri Tôn đi TP Hồ Chí Minh lại kín chỗ, chở "
        "theo phần lớn lực lượng lao động trẻ của vùng biên giới.\n"
    )
    page = page_from_text(dump)
    assert page.author == "Lê Minh Triết" and page.text.startswith("Mỗi dịp sau Tết")


def test_captions_closed_by_a_stop_under_their_image_and_a_box_then_a_caption_in_the_body():
    first = (
        "Ngày 22/3, bà Hoàng Thị Mến, Phó Chủ tịch UBND tỉnh, kiểm tra tiến độ xóa nhà tạm tại "
        "huyện Bảo Lâm, nơi đã hoàn thành 1.245/1.300 căn nhà cho hộ nghèo."
    )
    second = (
        "Ông Chu Già Sừ, Chủ tịch UBND xã Y Tý, cho biết xã hiện có 46/52 homestay đạt tiêu "
        "chuẩn phục vụ khách quốc tế, chiếm 88,46%."
    )
    third = (
        "Tại hội nghị sơ kết, Phó Chủ tịch UBND tỉnh đề nghị các sở xây dựng chương trình kích "
        "cầu du lịch mùa lúa chín, hoàn thành trước ngày 30/9."
    )
    dump = "\n".join([
        "Xóa nhà tạm ở vùng cao", first,
        "![](/uploads/xoa-nha-tam-1.jpg) |",
        "Thợ xây dựng lợp mái nhà cho hộ nghèo ở xóm Nà Héng.",
        "Xem thêm", "Mù Cang Chải sẵn sàng cho mùa lúa chín 2025", "Bắc Hà: Chợ phiên đón khách",
        second, "Gian hàng giới thiệu sản phẩm OCOP tại phường Sa Pa.", third,
        "Hồng Duyên", "#OCOP    #du lịch Lào Cai    #Sa Pa", "Thêm ý kiến góp ý",
    ])
    page = page_from_text(dump)
    assert page.captions == ["Thợ xây dựng lợp mái nhà cho hộ nghèo ở xóm Nà Héng."]
    assert page.text.startswith(first) and second in page.text and third in page.text
    assert page.author == "Hồng Duyên"


def test_a_sentence_under_an_image_whose_caption_stands_above_it_is_text():
    body = (
        "Bí thư Đảng ủy xã Sao Vàng Lê Thị Hoa kiến nghị tỉnh sớm bố trí quỹ đất tái định cư "
        "cho các hộ còn lại."
    )
    dump = "\n".join([
        "Kiểm tra tiến độ giải phóng mặt bằng",
        "Sáng 9/3, Phó Chủ tịch UBND tỉnh cùng lãnh đạo Sở Xây dựng đã kiểm tra tiến độ các dự "
        "án hạ tầng tại xã Sao Vàng và xã Thọ Xuân.",
        "Phó Chủ tịch UBND tỉnh kiểm tra công trường tại xã Sao Vàng. Ảnh: Đ.Quang",
        "![]() |", body,
    ])
    assert page_from_text(dump).text.endswith(body)


def test_more_chrome_of_the_genre_a_slug_a_social_row_an_unaccented_font_bar():
    first = (
        "Sáng 15/11, UBND tỉnh ban hành công điện yêu cầu các địa phương đưa người trên lồng "
        "bè vào bờ trước 17 giờ ngày 16/11, bảo đảm an toàn tuyệt đối."
    )
    second = (
        "Các lực lượng chức năng đã kêu gọi 1.250 tàu cá vào nơi tránh trú an toàn, kiểm đếm "
        "từng phương tiện tại các cảng cá trên địa bàn tỉnh."
    )
    dump = "\n".join([
        "Đưa người trên lồng bè vào bờ trước bão số 9",
        "Phong lon  Tro ve mac dinh  Thu nho",
        "phu-yen-yeu-cau-dua-nguoi-tren-long-be-vao-bo-truoc-17-gio",
        first,
        "Tham khảo thêm:  Gia Lai thu hồi 3 dự án chậm triển khai (15/08/2025)",
        second, "NGỌC PHÚ", "Like   Share   Bình luận", "Bình luận (0)    Gửi bình luận",
    ])
    page = page_from_text(dump)
    assert page.text == first + "\n\n" + second
    assert page.author == "Ngọc Phú"



def test_a_menu_one_section_a_line_above_the_headline_and_a_byline_over_a_share_row():
    """A newspaper's header: its name, a "today" widget, a dozen menu lines (one of them
    "Nghệ An 24h"), then the article's dateline with its time, the headline, the body, the
    byline with its office in brackets and a share row whose links are set apart by
    spaces."""
    body = (
        "Sáng 2/10, Ban An toàn giao thông thành phố tổ chức hội nghị sơ kết 9 tháng, số vụ "
        "tai nạn giao thông giảm ở cả ba tiêu chí so với cùng kỳ năm trước."
    )
    menu = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao",
            "Nghệ An 24h", "Video", "Media", "Pháp luật"]
    dump = "\n".join([
        "Báo Hải Phòng điện tử", "Thứ Sáu, 03/10/2025", *menu, "Thứ Năm, 02/10/2025 - 19:40",
        "9 tháng năm 2025, tai nạn giao thông giảm cả 3 tiêu chí", body,
        "Tin: Minh Hằng (Ban An toàn giao thông)", "Chia sẻ  Facebook  Twitter  In trang",
        "In trang  Gửi email  Quay lại",
    ])
    page = page_from_text(dump)
    assert page.title == "9 tháng năm 2025, tai nạn giao thông giảm cả 3 tiêu chí"
    assert page.published == "2025-10-02T19:40:00+07:00"
    assert page.text == body
    assert page.author == "Minh Hằng"


def test_a_menu_ending_in_the_site_s_own_section_and_buttons_in_brackets_are_chrome():
    """ "Thời sự Chính trị ... Quốc tế Quảng Nam 24h": four section names and a few words of
    the site's own are a menu, not the headline; "[ Trở về ] [ In trang ]" after the byline
    leaves "Tin, ảnh: ..." the body's last line, so it is the author."""
    dump = (
        "BÁO QUẢNG NAM ONLINE\n"
        "Thứ Ba, 20/05/2025\n"
        "Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao Quốc tế Quảng Nam 24h\n"
        "Kinh tế > Nông nghiệp\n"
        "Quảng Nam đưa sản phẩm OCOP đi xa từ nền tảng hợp tác xã\n"
        "Thứ Ba, 20/05/2025 08:10 (GMT+7)\n"
        "Sau 6 năm triển khai Chương trình Mỗi xã một sản phẩm, Quảng Nam đã có 412 sản phẩm "
        "được công nhận, trong đó 86 sản phẩm đạt 4 sao.\n"
        "Tin, ảnh: Thu Trang\n"
        "[ Trở về ] [ In trang ] [ Gửi email ]\n"
    )
    page = page_from_text(dump)
    assert page.title == "Quảng Nam đưa sản phẩm OCOP đi xa từ nền tảng hợp tác xã"
    assert page.author == "Thu Trang"
    assert page.text.endswith("đạt 4 sao.")


def test_a_section_label_repeating_a_menu_item_over_the_dateline_is_not_the_headline():
    dump = (
        "CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN\n"
        "Trang chủ\nTin tức\nXây dựng Đảng\nĐại hội Đảng các cấp\nVăn kiện\n.\n"
        "Đại hội Đảng các cấp\n"
        "07:30:00 08/08/2025\n"
        "Đại hội Đảng bộ xã Diễn Châu lần thứ I, nhiệm kỳ 2025 – 2030\n"
        "Trong hai ngày 06 và 07/8/2025, Đảng bộ xã Diễn Châu tổ chức Đại hội đại biểu lần "
        "thứ I, nhiệm kỳ 2025 - 2030 với sự tham dự của 250 đại biểu.\n"
    )
    page = page_from_text(dump)
    assert page.title == "Đại hội Đảng bộ xã Diễn Châu lần thứ I, nhiệm kỳ 2025 – 2030"
    assert page.published.startswith("2025-08-08T07:30")
    assert page.text.startswith("Trong hai ngày")


def test_an_author_labelled_in_a_dateline_ends_at_the_next_bar():
    dump = (
        "Bảo Lâm hoàn thành rà soát hộ nghèo năm 2024\n"
        "Cập nhật ngày: 18/11/2024 08:15:42 | Tác giả: Hoàng Hà | Lượt xem: 20\n"
        "Ngày 15/11, Ban Chỉ đạo giảm nghèo huyện Bảo Lâm tổ chức hội nghị đánh giá kết quả "
        "rà soát hộ nghèo, hộ cận nghèo năm 2024 trên địa bàn huyện.\n"
    )
    assert page_from_text(dump).author == "Hoàng Hà"


@pytest.mark.parametrize("slogan", [
    "Báo Hà Tĩnh - Cơ quan của Đảng bộ tỉnh Hà Tĩnh",
    "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình",
])
def test_an_outlet_s_long_slogan_over_the_today_widget_is_not_the_headline(slogan):
    dump = (
        f"{slogan}\n"
        "Thứ Sáu, 16/08/2024 | 06:12\n"
        "Hà Tĩnh 27°C - 34°C\n"
        "Trang chủ  Chính trị  Kinh tế  Xã hội  Môi trường  Pháp luật\n"
        "Trang chủ / Môi trường\n"
        "Quá tải khu xử lý rác Cẩm Quan, yêu cầu hoàn thành ô chôn lấp số 4\n"
        "Thu Hà - Hoàng Anh\n"
        "15/08/2024 - 17:45\n"
        "A A A\n"
        "Chiều 15/8, Phó Chủ tịch UBND tỉnh Phan Đình Khải kiểm tra thực địa và làm việc về "
        "tình trạng quá tải tại khu xử lý chất thải rắn Cẩm Quan.\n"
    )
    page = page_from_text(dump)
    assert page.title == "Quá tải khu xử lý rác Cẩm Quan, yêu cầu hoàn thành ô chôn lấp số 4"
    assert page.published.startswith("2024-08-15T17:45")


def test_a_menu_of_the_site_s_own_sections_and_a_related_photos_box():
    """Five known section names among the site's own ("Dân tộc - Tôn giáo", "Podcast") make
    a menu, not the headline; "Tin, ảnh liên quan" heads the related box, so the byline
    above it is read."""
    dump = (
        "BÁO ĐẮK LẮK ĐIỆN TỬ\n"
        "Thời sự Chính trị Kinh tế Xã hội Văn hóa Thể thao Dân tộc - Tôn giáo Quốc phòng - An "
        "ninh Video Podcast\n"
        "Mặt trận tỉnh gặp mặt chức sắc các tôn giáo dịp Giáng sinh 2025\n"
        "Thứ Ba, 23/12/2025 - 16:20\n"
        "Chiều 23/12, Ủy ban MTTQ Việt Nam tỉnh gặp mặt chức sắc, chức việc các tôn giáo trên "
        "địa bàn tỉnh nhân dịp Giáng sinh năm 2025.\n"
        "PHƯƠNG NGHI\n"
        "Tin, ảnh liên quan\n"
        "Khánh Hòa: Khai mạc Tuần Văn hóa - Du lịch Chăm (20/10/2025)\n"
    )
    page = page_from_text(dump)
    assert page.title == "Mặt trận tỉnh gặp mặt chức sắc các tôn giáo dịp Giáng sinh 2025"
    assert page.author == "Phương Nghi"


def test_a_portal_s_link_bar_over_the_today_widget_and_its_name_closing_the_body():
    """ "Cổng TTĐT thành phố | English | Sơ đồ cổng" over the "today" widget is the
    header's links, not the headline; the portal's name under the body is chrome."""
    dump = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\n"
        "Cổng TTĐT thành phố | English | Sơ đồ cổng\n"
        "Thứ Tư, 22/10/2025\n"
        "Tin tức - Sự kiện\n"
        "Hải Phòng: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,4%\n"
        "21/10/2025 | 16:48\n"
        "Ngày 21/10, UBND thành phố tổ chức hội nghị sơ kết công tác cải cách hành chính 9 "
        "tháng năm 2025 với sự tham dự của các sở, ngành.\n"
        "Cổng TTĐT thành phố\n"
        "(Theo: Sở Nội vụ)\n"
        "Tin liên quan\n"
    )
    page = page_from_text(dump)
    assert page.title == "Hải Phòng: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,4%"
    assert page.text.endswith("các sở, ngành.")


@pytest.mark.parametrize(
    "tail",
    [
        "VIỆT DŨNG\nTừ khóa\nĐại hội Đảng bộ phường Chợ Lớn người Hoa\n",
        "Việt Dũng\nnguoi-dan-noi-gi-ve-trung-tam-phuc-vu-hanh-chinh-cong\nTin, bài liên quan:\n"
        "Đồng Nai: 95 xã, phường vận hành thông suốt (02/07/2025)\n",
    ],
)
def test_a_byline_over_a_tag_box_or_the_page_s_address(tail):
    dump = (
        "Đồng chí Diệp Bảo Ngọc được bầu giữ chức Bí thư Đảng ủy phường Chợ Lớn\n"
        "Thứ Tư, 20/8/2025 13:42 (GMT+7)\n"
        "Sáng 20-8, Đảng bộ phường Chợ Lớn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ "
        "2025-2030 với sự tham dự của 150 đại biểu.\n" + tail
    )
    page = page_from_text(dump)
    assert page.author == "Việt Dũng"
    assert page.text.endswith("150 đại biểu.")


def test_a_document_pasted_from_a_pdf_is_rejoined_at_its_wrap_width():
    """Lines cut at the PDF's width go on even when the next opens with a capital ("các
    xã Trảng Bom, Long" / "Thành có ..."); a word broken at a hyphen is mended ("Den-" /
    "gue"), a range keeps its dash ("2025-" / "2026"), a spaced dash stays ("kinh tế -")."""
    wrapped = (
        "Theo báo cáo của Sở Y tế, từ đầu năm đến ngày 10/8/2025, toàn tỉnh ghi\n"
        "nhận 9.846 ca mắc sốt xuất huyết Den-\n"
        "gue, tăng 38,5% so với cùng kỳ năm 2024, trong đó có 03 trường hợp tử\n"
        "vong; dịch đã xuất hiện tại 91/95 xã, phường. Các phường Trấn Biên,\n"
        "Tam Hiệp, Long Bình, Đồng Xoài, Bình Phước và các xã Trảng Bom, Long\n"
        "Thành có số ca mắc chiếm trên 40% tổng số ca, ảnh hưởng đến kinh tế -\n"
        "xã hội của tỉnh trong năm học 2025-\n"
        "2026 và những năm tiếp theo.\n"
    )
    page = page_from_text("Đồng Nai ra công điện khẩn phòng, chống sốt xuất huyết\n\n" + wrapped)
    assert page.text == (
        "Theo báo cáo của Sở Y tế, từ đầu năm đến ngày 10/8/2025, toàn tỉnh ghi nhận 9.846 ca "
        "mắc sốt xuất huyết Dengue, tăng 38,5% so với cùng kỳ năm 2024, trong đó có 03 trường "
        "hợp tử vong; dịch đã xuất hiện tại 91/95 xã, phường. Các phường Trấn Biên, Tam Hiệp, "
        "Long Bình, Đồng Xoài, Bình Phước và các xã Trảng Bom, Long Thành có số ca mắc chiếm "
        "trên 40% tổng số ca, ảnh hưởng đến kinh tế - xã hội của tỉnh trong năm học 2025-2026 "
        "và những năm tiếp theo."
    )


def test_a_menu_whose_last_link_is_long_is_not_the_headline():
    dump = (
        "Báo và Phát thanh, Truyền hình Thái Nguyên\n"
        "Thứ Hai, ngày 20/10/2025\n"
        "Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Thái Nguyên - Bắc Kạn sau hợp nhất\n"
        "Kinh tế\n"
        "Hỗ trợ hơn 180 tấn giống, khôi phục sản xuất vụ Đông sau lũ\n"
        "Thu Hà\n"
        "06:45, 20/10/2025\n"
        "Ngày 19/10, Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên cấp phát 152 tấn giống ngô "
        "cho các xã bị thiệt hại sau lũ.\n"
    )
    page = page_from_text(dump)
    assert page.title == "Hỗ trợ hơn 180 tấn giống, khôi phục sản xuất vụ Đông sau lũ"
    assert page.author == "Thu Hà"


_STORY = (
    "Chiều 8/10, Văn phòng UBND tỉnh phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức họp "
    "báo thông tin tình hình kinh tế - xã hội quý III/2025.\n"
    "Tại buổi họp báo, đại diện các sở đã trả lời nhiều câu hỏi của phóng viên về sạt lở, "
    "bảng giá đất và trường học sau sắp xếp.\n"
)


@pytest.mark.parametrize(
    ("above", "below", "author", "published"),
    [
        # two reporters and the moment on one line under the headline
        ("Thành Cường - Đình Tuyên • 08/10/2025 17:20\n", "", "Thành Cường, Đình Tuyên",
         "2025-10-08T17:20:00+07:00"),
        # a roundup signed "Tổng hợp:", a reporter signing with the portal's name
        ("08/10/2025\n", "Tổng hợp: Lê Hoài\n", "Lê Hoài", "2025-10-08T00:00:00+07:00"),
        ("08/10/2025\n", "Thanh Hà - Cổng TTĐT tỉnh\n", "Thanh Hà",
         "2025-10-08T00:00:00+07:00"),
    ],
)
def test_bylines_of_several_reporters_a_roundup_and_a_portal(above, below, author, published):
    page = page_from_text("Họp báo quý III: Nghệ An trả lời về sạt lở\n" + above + _STORY + below)
    assert (page.author, page.published) == (author, published)
    assert page.text == _STORY.strip().replace("\n", "\n\n")


def test_a_section_label_over_the_dateline_and_the_headline_under_it():
    dump = (
        "BÁO KIÊN GIANG\n"
        "Chính trị - Xây dựng Đảng\n"
        "18/07/2024 - 17:40\n"
        "Ban Chỉ đạo phòng, chống tham nhũng tỉnh đưa 3 vụ án vào diện theo dõi\n"
        "Tin, ảnh: THANH TÂM\n" + _STORY
    )
    page = page_from_text(dump)
    assert page.title == "Ban Chỉ đạo phòng, chống tham nhũng tỉnh đưa 3 vụ án vào diện theo dõi"
    assert (page.author, page.published) == ("Thanh Tâm", "2024-07-18T17:40:00+07:00")
    assert page.text == _STORY.strip().replace("\n", "\n\n")


def test_a_two_digit_year_with_a_clock_is_a_date_and_a_bare_one_is_not():
    from extract.page.dates import parse_date

    assert parse_date("22/11/24 10:05") == "2024-11-22T10:05:00+07:00"
    assert parse_date("tỷ lệ 3/5/10") is None


def test_a_source_glued_after_the_byline_is_not_part_of_it():
    from extract.page.names import author_name

    assert author_name("Lê Hoàng - Thu Trang Nguồn: Báo Hậu Giang") == "Lê Hoàng, Thu Trang"


def test_a_phone_page_s_widgets_between_paragraphs_are_not_text():
    page = page_from_text(
        "Quảng Ninh đón 10 triệu lượt khách\n"
        "Thu Chung  |  06:40 12/07/2023 GMT+7 · Cập nhật 15:20 12/07/2023\n"
        "▶ Nghe đọc bài A- A+\n"
        "Tốc độ 1x\n"
        "Sáu tháng đầu năm, toàn tỉnh đón khoảng 10 triệu lượt khách, tăng 18% so với cùng kỳ.\n"
        "Tàu du lịch đón khách tại cảng Tuần Châu.\n"
        "Ảnh: THU CHUNG\n"
        "Tàu du lịch đón khách tại cảng Tuần Châu. Ảnh: THU CHUNG\n"
        "QUẢNG CÁO\n"
        "Tổng thu từ du lịch ước đạt 24.000 tỷ đồng, bằng 55% kế hoạch năm của tỉnh Quảng Ninh.\n"
        "Chia sẻ bài viết: f Zalo 🔗 (24)\n"
        "Theo dõi Báo Quảng Ninh trên Google News | Zalo | Facebook\n"
        "Bạn thấy bài viết thế nào? 👍 12 👎 0\n"
    )
    assert page.text.split("\n\n") == [
        "Sáu tháng đầu năm, toàn tỉnh đón khoảng 10 triệu lượt khách, tăng 18% so với cùng kỳ.",
        "Tổng thu từ du lịch ước đạt 24.000 tỷ đồng, bằng 55% kế hoạch năm của tỉnh Quảng Ninh.",
    ]
    assert page.captions == ["Tàu du lịch đón khách tại cảng Tuần Châu. Ảnh: THU CHUNG"]
    assert (page.author, page.published) == ("Thu Chung", "2023-07-12T06:40:00+07:00")


def test_an_acting_chairman_s_q_dot_opens_a_paragraph_not_a_signature():
    dump = ("Như Thanh: thôn kiểu mẫu mở lối\n\nToàn huyện đã cứng hóa 63,4 km đường giao thông "
            "nông thôn với tổng kinh phí trên 96 tỷ đồng.\n\nQ. Chủ tịch UBND xã Thanh Kỳ Hà Thị "
            "Mai chia sẻ, khó nhất của xã là đường lên các thôn vùng cao.\n\nKT. CHỦ TỊCH\n\n"
            "PHÓ CHỦ TỊCH\n\nLê Văn Hải\n")
    page = page_from_text(dump, "https://baothanhhoa.vn/a.html")
    assert page.text.endswith("khó nhất của xã là đường lên các thôn vùng cao.")
